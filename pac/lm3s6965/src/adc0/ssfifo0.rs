#[doc = "Register `SSFIFO0` reader"]
pub type R = crate::R<Ssfifo0Spec>;
#[doc = "Field `DATA` reader - Conversion result"]
pub type DataR = crate::FieldReader<u16>;
impl R {
    #[doc = "Bits 0:9 - Conversion result"]
    #[inline(always)]
    pub fn data(&self) -> DataR {
        DataR::new((self.bits & 0x03ff) as u16)
    }
}
#[doc = "Sequencer 0 result FIFO\n\nYou can [`read`](crate::Reg::read) this register and get [`ssfifo0::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Ssfifo0Spec;
impl crate::RegisterSpec for Ssfifo0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ssfifo0::R`](R) reader structure"]
impl crate::Readable for Ssfifo0Spec {}
#[doc = "`reset()` method sets SSFIFO0 to value 0"]
impl crate::Resettable for Ssfifo0Spec {}
