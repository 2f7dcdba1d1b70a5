#[doc = "Register `TIME` reader"]
pub type R = crate::R<TimeSpec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
#[doc = "Velocity timer\n\nYou can [`read`](crate::Reg::read) this register and get [`time::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TimeSpec;
impl crate::RegisterSpec for TimeSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`time::R`](R) reader structure"]
impl crate::Readable for TimeSpec {}
#[doc = "`reset()` method sets TIME to value 0"]
impl crate::Resettable for TimeSpec {}
