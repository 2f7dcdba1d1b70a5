#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `RXRIS` reader - Receive raw interrupt"]
pub type RxrisR = crate::BitReader;
#[doc = "Field `TXRIS` reader - Transmit raw interrupt"]
pub type TxrisR = crate::BitReader;
#[doc = "Field `RTRIS` reader - Receive time-out raw interrupt"]
pub type RtrisR = crate::BitReader;
#[doc = "Field `FERIS` reader - Framing error raw interrupt"]
pub type FerisR = crate::BitReader;
#[doc = "Field `PERIS` reader - Parity error raw interrupt"]
pub type PerisR = crate::BitReader;
#[doc = "Field `BERIS` reader - Break error raw interrupt"]
pub type BerisR = crate::BitReader;
#[doc = "Field `OERIS` reader - Overrun error raw interrupt"]
pub type OerisR = crate::BitReader;
impl R {
    #[doc = "Bit 4 - Receive raw interrupt"]
    #[inline(always)]
    pub fn rxris(&self) -> RxrisR {
        RxrisR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Transmit raw interrupt"]
    #[inline(always)]
    pub fn txris(&self) -> TxrisR {
        TxrisR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Receive time-out raw interrupt"]
    #[inline(always)]
    pub fn rtris(&self) -> RtrisR {
        RtrisR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Framing error raw interrupt"]
    #[inline(always)]
    pub fn feris(&self) -> FerisR {
        FerisR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bit 8 - Parity error raw interrupt"]
    #[inline(always)]
    pub fn peris(&self) -> PerisR {
        PerisR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Break error raw interrupt"]
    #[inline(always)]
    pub fn beris(&self) -> BerisR {
        BerisR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 10 - Overrun error raw interrupt"]
    #[inline(always)]
    pub fn oeris(&self) -> OerisR {
        OerisR::new(((self.bits >> 10) & 1) != 0)
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
