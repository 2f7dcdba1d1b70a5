#[doc = "Register `NP` reader"]
pub type R = crate::R<NpSpec>;
#[doc = "Field `NPR` reader - Frame count"]
pub type NprR = crate::FieldReader;
impl R {
    #[doc = "Bits 0:5 - Frame count"]
    #[inline(always)]
    pub fn npr(&self) -> NprR {
        NprR::new((self.bits & 0x3f) as u8)
    }
}
#[doc = "Number of frames in the receive FIFO\n\nYou can [`read`](crate::Reg::read) this register and get [`np::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct NpSpec;
impl crate::RegisterSpec for NpSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`np::R`](R) reader structure"]
impl crate::Readable for NpSpec {}
#[doc = "`reset()` method sets NP to value 0"]
impl crate::Resettable for NpSpec {}
