#[doc = "Register `IM` reader"]
pub type R = crate::R<ImSpec>;
#[doc = "Register `IM` writer"]
pub type W = crate::W<ImSpec>;
#[doc = "Field `RXINTM` reader - Frame received"]
pub type RxintmR = crate::BitReader;
#[doc = "Field `RXINTM` writer - Frame received"]
pub type RxintmW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TXERM` reader - Transmit error"]
pub type TxermR = crate::BitReader;
#[doc = "Field `TXERM` writer - Transmit error"]
pub type TxermW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TXEMPM` reader - Transmit FIFO empty"]
pub type TxempmR = crate::BitReader;
#[doc = "Field `TXEMPM` writer - Transmit FIFO empty"]
pub type TxempmW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `FOVM` reader - Receive FIFO overrun"]
pub type FovmR = crate::BitReader;
#[doc = "Field `FOVM` writer - Receive FIFO overrun"]
pub type FovmW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RXERM` reader - Receive error"]
pub type RxermR = crate::BitReader;
#[doc = "Field `RXERM` writer - Receive error"]
pub type RxermW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `MDINTM` reader - MII transaction complete"]
pub type MdintmR = crate::BitReader;
#[doc = "Field `MDINTM` writer - MII transaction complete"]
pub type MdintmW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PHYINTM` reader - PHY interrupt"]
pub type PhyintmR = crate::BitReader;
#[doc = "Field `PHYINTM` writer - PHY interrupt"]
pub type PhyintmW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Frame received"]
    #[inline(always)]
    pub fn rxintm(&self) -> RxintmR {
        RxintmR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Transmit error"]
    #[inline(always)]
    pub fn txerm(&self) -> TxermR {
        TxermR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Transmit FIFO empty"]
    #[inline(always)]
    pub fn txempm(&self) -> TxempmR {
        TxempmR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Receive FIFO overrun"]
    #[inline(always)]
    pub fn fovm(&self) -> FovmR {
        FovmR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Receive error"]
    #[inline(always)]
    pub fn rxerm(&self) -> RxermR {
        RxermR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - MII transaction complete"]
    #[inline(always)]
    pub fn mdintm(&self) -> MdintmR {
        MdintmR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - PHY interrupt"]
    #[inline(always)]
    pub fn phyintm(&self) -> PhyintmR {
        PhyintmR::new(((self.bits >> 6) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Frame received"]
    #[inline(always)]
    pub fn rxintm(&mut self) -> RxintmW<'_, ImSpec> {
        RxintmW::new(self, 0)
    }
    #[doc = "Bit 1 - Transmit error"]
    #[inline(always)]
    pub fn txerm(&mut self) -> TxermW<'_, ImSpec> {
        TxermW::new(self, 1)
    }
    #[doc = "Bit 2 - Transmit FIFO empty"]
    #[inline(always)]
    pub fn txempm(&mut self) -> TxempmW<'_, ImSpec> {
        TxempmW::new(self, 2)
    }
    #[doc = "Bit 3 - Receive FIFO overrun"]
    #[inline(always)]
    pub fn fovm(&mut self) -> FovmW<'_, ImSpec> {
        FovmW::new(self, 3)
    }
    #[doc = "Bit 4 - Receive error"]
    #[inline(always)]
    pub fn rxerm(&mut self) -> RxermW<'_, ImSpec> {
        RxermW::new(self, 4)
    }
    #[doc = "Bit 5 - MII transaction complete"]
    #[inline(always)]
    pub fn mdintm(&mut self) -> MdintmW<'_, ImSpec> {
        MdintmW::new(self, 5)
    }
    #[doc = "Bit 6 - PHY interrupt"]
    #[inline(always)]
    pub fn phyintm(&mut self) -> PhyintmW<'_, ImSpec> {
        PhyintmW::new(self, 6)
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
#[doc = "`reset()` method sets IM to value 0x7f"]
impl crate::Resettable for ImSpec {
    const RESET_VALUE: u32 = 0x7f;
}
