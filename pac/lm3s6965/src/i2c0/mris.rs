#[doc = "Register `MRIS` reader"]
pub type R = crate::R<MrisSpec>;
#[doc = "Field `RIS` reader - Master raw interrupt"]
pub type RisR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Master raw interrupt"]
    #[inline(always)]
    pub fn ris(&self) -> RisR {
        RisR::new((self.bits & 1) != 0)
    }
}
#[doc = "Master raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`mris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MrisSpec;
impl crate::RegisterSpec for MrisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mris::R`](R) reader structure"]
impl crate::Readable for MrisSpec {}
#[doc = "`reset()` method sets MRIS to value 0"]
impl crate::Resettable for MrisSpec {}
