#[doc = "Register `SMIS` reader"]
pub type R = crate::R<SmisSpec>;
#[doc = "Field `DATAMIS` reader - Data masked interrupt"]
pub type DatamisR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Data masked interrupt"]
    #[inline(always)]
    pub fn datamis(&self) -> DatamisR {
        DatamisR::new((self.bits & 1) != 0)
    }
}
#[doc = "Slave masked interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`smis::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct SmisSpec;
impl crate::RegisterSpec for SmisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`smis::R`](R) reader structure"]
impl crate::Readable for SmisSpec {}
#[doc = "`reset()` method sets SMIS to value 0"]
impl crate::Resettable for SmisSpec {}
