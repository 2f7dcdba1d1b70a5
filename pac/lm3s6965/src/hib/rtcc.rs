#[doc = "Register `RTCC` reader"]
pub type R = crate::R<RtccSpec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
#[doc = "RTC counter\n\nYou can [`read`](crate::Reg::read) this register and get [`rtcc::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RtccSpec;
impl crate::RegisterSpec for RtccSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rtcc::R`](R) reader structure"]
impl crate::Readable for RtccSpec {}
#[doc = "`reset()` method sets RTCC to value 0"]
impl crate::Resettable for RtccSpec {}
