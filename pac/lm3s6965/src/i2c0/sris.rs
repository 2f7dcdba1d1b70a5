#[doc = "Register `SRIS` reader"]
pub type R = crate::R<SrisSpec>;
#[doc = "Field `DATARIS` reader - Data raw interrupt"]
pub type DatarisR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Data raw interrupt"]
    #[inline(always)]
    pub fn dataris(&self) -> DatarisR {
        DatarisR::new((self.bits & 1) != 0)
    }
}
#[doc = "Slave raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`sris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct SrisSpec;
impl crate::RegisterSpec for SrisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`sris::R`](R) reader structure"]
impl crate::Readable for SrisSpec {}
#[doc = "`reset()` method sets SRIS to value 0"]
impl crate::Resettable for SrisSpec {}
