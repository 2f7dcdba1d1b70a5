#[doc = "Register `MMIS` reader"]
pub type R = crate::R<MmisSpec>;
#[doc = "Field `MIS` reader - Master masked interrupt"]
pub type MisR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Master masked interrupt"]
    #[inline(always)]
    pub fn mis(&self) -> MisR {
        MisR::new((self.bits & 1) != 0)
    }
}
#[doc = "Master masked interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`mmis::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MmisSpec;
impl crate::RegisterSpec for MmisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mmis::R`](R) reader structure"]
impl crate::Readable for MmisSpec {}
#[doc = "`reset()` method sets MMIS to value 0"]
impl crate::Resettable for MmisSpec {}
