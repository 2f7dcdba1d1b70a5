#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `BORRIS` reader - Brown-out raw interrupt"]
pub type BorrisR = crate::BitReader;
#[doc = "Field `PLLLRIS` reader - PLL lock raw interrupt"]
pub type PlllrisR = crate::BitReader;
impl R {
    #[doc = "Bit 1 - Brown-out raw interrupt"]
    #[inline(always)]
    pub fn borris(&self) -> BorrisR {
        BorrisR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 6 - PLL lock raw interrupt"]
    #[inline(always)]
    pub fn plllris(&self) -> PlllrisR {
        PlllrisR::new(((self.bits >> 6) & 1) != 0)
    }
}
#[doc = "Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RisSpec;
impl crate::RegisterSpec for RisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ris::R`](R) reader structure"]
impl crate::Readable for RisSpec {}
#[doc = "`reset()` method sets RIS to value 0"]
impl crate::Resettable for RisSpec {}
