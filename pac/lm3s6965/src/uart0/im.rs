#[doc = "Register `IM` reader"]
pub type R = crate::R<ImSpec>;
#[doc = "Register `IM` writer"]
pub type W = crate::W<ImSpec>;
#[doc = "Field `RXIM` reader - Receive interrupt enabled"]
pub type RximR = crate::BitReader;
#[doc = "Field `RXIM` writer - Receive interrupt enabled"]
pub type RximW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TXIM` reader - Transmit interrupt enabled"]
pub type TximR = crate::BitReader;
#[doc = "Field `TXIM` writer - Transmit interrupt enabled"]
pub type TximW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RTIM` reader - Receive time-out interrupt enabled"]
pub type RtimR = crate::BitReader;
#[doc = "Field `RTIM` writer - Receive time-out interrupt enabled"]
pub type RtimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `FEIM` reader - Framing error interrupt enabled"]
pub type FeimR = crate::BitReader;
#[doc = "Field `FEIM` writer - Framing error interrupt enabled"]
pub type FeimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PEIM` reader - Parity error interrupt enabled"]
pub type PeimR = crate::BitReader;
#[doc = "Field `PEIM` writer - Parity error interrupt enabled"]
pub type PeimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `BEIM` reader - Break error interrupt enabled"]
pub type BeimR = crate::BitReader;
#[doc = "Field `BEIM` writer - Break error interrupt enabled"]
pub type BeimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `OEIM` reader - Overrun error interrupt enabled"]
pub type OeimR = crate::BitReader;
#[doc = "Field `OEIM` writer - Overrun error interrupt enabled"]
pub type OeimW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 4 - Receive interrupt enabled"]
    #[inline(always)]
    pub fn rxim(&self) -> RximR {
        RximR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Transmit interrupt enabled"]
    #[inline(always)]
    pub fn txim(&self) -> TximR {
        TximR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Receive time-out interrupt enabled"]
    #[inline(always)]
    pub fn rtim(&self) -> RtimR {
        RtimR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Framing error interrupt enabled"]
    #[inline(always)]
    pub fn feim(&self) -> FeimR {
        FeimR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bit 8 - Parity error interrupt enabled"]
    #[inline(always)]
    pub fn peim(&self) -> PeimR {
        PeimR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Break error interrupt enabled"]
    #[inline(always)]
    pub fn beim(&self) -> BeimR {
        BeimR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 10 - Overrun error interrupt enabled"]
    #[inline(always)]
    pub fn oeim(&self) -> OeimR {
        OeimR::new(((self.bits >> 10) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 4 - Receive interrupt enabled"]
    #[inline(always)]
    pub fn rxim(&mut self) -> RximW<'_, ImSpec> {
        RximW::new(self, 4)
    }
    #[doc = "Bit 5 - Transmit interrupt enabled"]
    #[inline(always)]
    pub fn txim(&mut self) -> TximW<'_, ImSpec> {
        TximW::new(self, 5)
    }
    #[doc = "Bit 6 - Receive time-out interrupt enabled"]
    #[inline(always)]
    pub fn rtim(&mut self) -> RtimW<'_, ImSpec> {
        RtimW::new(self, 6)
    }
    #[doc = "Bit 7 - Framing error interrupt enabled"]
    #[inline(always)]
    pub fn feim(&mut self) -> FeimW<'_, ImSpec> {
        FeimW::new(self, 7)
    }
    #[doc = "Bit 8 - Parity error interrupt enabled"]
    #[inline(always)]
    pub fn peim(&mut self) -> PeimW<'_, ImSpec> {
        PeimW::new(self, 8)
    }
    #[doc = "Bit 9 - Break error interrupt enabled"]
    #[inline(always)]
    pub fn beim(&mut self) -> BeimW<'_, ImSpec> {
        BeimW::new(self, 9)
    }
    #[doc = "Bit 10 - Overrun error interrupt enabled"]
    #[inline(always)]
    pub fn oeim(&mut self) -> OeimW<'_, ImSpec> {
        OeimW::new(self, 10)
    }
}
#[doc = "Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`im::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`im::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ImSpec;
impl crate::RegisterSpec for ImSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`im::R`](R) reader structure"]
impl crate::Readable for ImSpec {}
#[doc = "`write(|w| ..)` method takes [`im::W`](W) writer structure"]
impl crate::Writable for ImSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets IM to value 0"]
impl crate::Resettable for ImSpec {}
