#[doc = "Register `DC0` reader"]
pub type R = crate::R<Dc0Spec>;
#[doc = "Field `FLASHSZ` reader - Flash size in 2 KB blocks, minus one (0x7F = 256 KB)"]
pub type FlashszR = crate::FieldReader<u16>;
#[doc = "Field `SRAMSZ` reader - SRAM size in 256-byte blocks, minus one (0xFF = 64 KB)"]
pub type SramszR = crate::FieldReader<u16>;
impl R {
    #[doc = "Bits 0:15 - Flash size in 2 KB blocks, minus one (0x7F = 256 KB)"]
    #[inline(always)]
    pub fn flashsz(&self) -> FlashszR {
        FlashszR::new((self.bits & 0xffff) as u16)
    }
    #[doc = "Bits 16:31 - SRAM size in 256-byte blocks, minus one (0xFF = 64 KB)"]
    #[inline(always)]
    pub fn sramsz(&self) -> SramszR {
        SramszR::new(((self.bits >> 16) & 0xffff) as u16)
    }
}
#[doc = "Device capabilities 0: memory sizes\n\nYou can [`read`](crate::Reg::read) this register and get [`dc0::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Dc0Spec;
impl crate::RegisterSpec for Dc0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dc0::R`](R) reader structure"]
impl crate::Readable for Dc0Spec {}
#[doc = "`reset()` method sets DC0 to value 0x00ff_007f"]
impl crate::Resettable for Dc0Spec {
    const RESET_VALUE: u32 = 0x00ff_007f;
}
