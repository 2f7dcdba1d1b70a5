#[doc = "Register `SPEED` reader"]
pub type R = crate::R<SpeedSpec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
#[doc = "Velocity\n\nYou can [`read`](crate::Reg::read) this register and get [`speed::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct SpeedSpec;
impl crate::RegisterSpec for SpeedSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`speed::R`](R) reader structure"]
impl crate::Readable for SpeedSpec {}
#[doc = "`reset()` method sets SPEED to value 0"]
impl crate::Resettable for SpeedSpec {}
