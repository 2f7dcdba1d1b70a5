#[doc = "Register `SSFSTAT0` reader"]
pub type R = crate::R<Ssfstat0Spec>;
#[doc = "Field `TPTR` reader - Tail pointer"]
pub type TptrR = crate::FieldReader;
#[doc = "Field `HPTR` reader - Head pointer"]
pub type HptrR = crate::FieldReader;
#[doc = "Field `EMPTY` reader - FIFO empty"]
pub type EmptyR = crate::BitReader;
#[doc = "Field `FULL` reader - FIFO full"]
pub type FullR = crate::BitReader;
impl R {
    #[doc = "Bits 0:3 - Tail pointer"]
    #[inline(always)]
    pub fn tptr(&self) -> TptrR {
        TptrR::new((self.bits & 0x0f) as u8)
    }
    #[doc = "Bits 4:7 - Head pointer"]
    #[inline(always)]
    pub fn hptr(&self) -> HptrR {
        HptrR::new(((self.bits >> 4) & 0x0f) as u8)
    }
    #[doc = "Bit 8 - FIFO empty"]
    #[inline(always)]
    pub fn empty(&self) -> EmptyR {
        EmptyR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 12 - FIFO full"]
    #[inline(always)]
    pub fn full(&self) -> FullR {
        FullR::new(((self.bits >> 12) & 1) != 0)
    }
}
#[doc = "Sequencer 0 FIFO status\n\nYou can [`read`](crate::Reg::read) this register and get [`ssfstat0::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Ssfstat0Spec;
impl crate::RegisterSpec for Ssfstat0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ssfstat0::R`](R) reader structure"]
impl crate::Readable for Ssfstat0Spec {}
#[doc = "`reset()` method sets SSFSTAT0 to value 0x0100"]
impl crate::Resettable for Ssfstat0Spec {
    const RESET_VALUE: u32 = 0x0100;
}
