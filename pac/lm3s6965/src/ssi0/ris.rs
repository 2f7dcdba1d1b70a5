#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `RORRIS` reader - Receive overrun"]
pub type RorrisR = crate::BitReader;
#[doc = "Field `RTRIS` reader - Receive time-out"]
pub type RtrisR = crate::BitReader;
#[doc = "Field `RXRIS` reader - Receive FIFO half full"]
pub type RxrisR = crate::BitReader;
#[doc = "Field `TXRIS` reader - Transmit FIFO half empty"]
pub type TxrisR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Receive overrun"]
    #[inline(always)]
    pub fn rorris(&self) -> RorrisR {
        RorrisR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Receive time-out"]
    #[inline(always)]
    pub fn rtris(&self) -> RtrisR {
        RtrisR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Receive FIFO half full"]
    #[inline(always)]
    pub fn rxris(&self) -> RxrisR {
        RxrisR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Transmit FIFO half empty"]
    #[inline(always)]
    pub fn txris(&self) -> TxrisR {
        TxrisR::new(((self.bits >> 3) & 1) != 0)
    }
}
#[doc = "Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RisSpec;
impl crate::RegisterSpec for RisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ris::R`](R) reader structure"]
impl crate::Readable for RisSpec {}
#[doc = "`reset()` method sets RIS to value 0x08"]
impl crate::Resettable for RisSpec {
    const RESET_VALUE: u32 = 0x08;
}
