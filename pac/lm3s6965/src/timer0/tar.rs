#[doc = "Register `TAR` reader"]
pub type R = crate::R<TarSpec>;
#[doc = "Field `TAR` reader - Current count"]
pub type TarR = crate::FieldReader<u32>;
impl R {
    #[doc = "Bits 0:31 - Current count"]
    #[inline(always)]
    pub fn tar(&self) -> TarR {
        TarR::new(self.bits)
    }
}
#[doc = "Timer A current value\n\nYou can [`read`](crate::Reg::read) this register and get [`tar::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TarSpec;
impl crate::RegisterSpec for TarSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tar::R`](R) reader structure"]
impl crate::Readable for TarSpec {}
#[doc = "`reset()` method sets TAR to value 0xffff_ffff"]
impl crate::Resettable for TarSpec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
