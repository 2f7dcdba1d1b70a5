#[doc = "Register `IM` reader"]
pub type R = crate::R<ImSpec>;
#[doc = "Register `IM` writer"]
pub type W = crate::W<ImSpec>;
#[doc = "Field `RORIM` reader - Receive overrun interrupt enabled"]
pub type RorimR = crate::BitReader;
#[doc = "Field `RORIM` writer - Receive overrun interrupt enabled"]
pub type RorimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RTIM` reader - Receive time-out interrupt enabled"]
pub type RtimR = crate::BitReader;
#[doc = "Field `RTIM` writer - Receive time-out interrupt enabled"]
pub type RtimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RXIM` reader - Receive FIFO half full interrupt enabled"]
pub type RximR = crate::BitReader;
#[doc = "Field `RXIM` writer - Receive FIFO half full interrupt enabled"]
pub type RximW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TXIM` reader - Transmit FIFO half empty interrupt enabled"]
pub type TximR = crate::BitReader;
#[doc = "Field `TXIM` writer - Transmit FIFO half empty interrupt enabled"]
pub type TximW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Receive overrun interrupt enabled"]
    #[inline(always)]
    pub fn rorim(&self) -> RorimR {
        RorimR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Receive time-out interrupt enabled"]
    #[inline(always)]
    pub fn rtim(&self) -> RtimR {
        RtimR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Receive FIFO half full interrupt enabled"]
    #[inline(always)]
    pub fn rxim(&self) -> RximR {
        RximR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Transmit FIFO half empty interrupt enabled"]
    #[inline(always)]
    pub fn txim(&self) -> TximR {
        TximR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Receive overrun interrupt enabled"]
    #[inline(always)]
    pub fn rorim(&mut self) -> RorimW<'_, ImSpec> {
        RorimW::new(self, 0)
    }
    #[doc = "Bit 1 - Receive time-out interrupt enabled"]
    #[inline(always)]
    pub fn rtim(&mut self) -> RtimW<'_, ImSpec> {
        RtimW::new(self, 1)
    }
    #[doc = "Bit 2 - Receive FIFO half full interrupt enabled"]
    #[inline(always)]
    pub fn rxim(&mut self) -> RximW<'_, ImSpec> {
        RximW::new(self, 2)
    }
    #[doc = "Bit 3 - Transmit FIFO half empty interrupt enabled"]
    #[inline(always)]
    pub fn txim(&mut self) -> TximW<'_, ImSpec> {
        TximW::new(self, 3)
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
