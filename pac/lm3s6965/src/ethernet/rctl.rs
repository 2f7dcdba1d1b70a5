#[doc = "Register `RCTL` reader"]
pub type R = crate::R<RctlSpec>;
#[doc = "Register `RCTL` writer"]
pub type W = crate::W<RctlSpec>;
#[doc = "Field `RXEN` reader - Receiver enabled"]
pub type RxenR = crate::BitReader;
#[doc = "Field `RXEN` writer - Receiver enabled"]
pub type RxenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `AMUL` reader - Accept multicast frames"]
pub type AmulR = crate::BitReader;
#[doc = "Field `AMUL` writer - Accept multicast frames"]
pub type AmulW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PRMS` reader - Promiscuous mode"]
pub type PrmsR = crate::BitReader;
#[doc = "Field `PRMS` writer - Promiscuous mode"]
pub type PrmsW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `BADCRC` reader - Reject frames with a bad CRC"]
pub type BadcrcR = crate::BitReader;
#[doc = "Field `BADCRC` writer - Reject frames with a bad CRC"]
pub type BadcrcW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RSTFIFO` reader - Clear the receive FIFO (self-clearing)"]
pub type RstfifoR = crate::BitReader;
#[doc = "Field `RSTFIFO` writer - Clear the receive FIFO (self-clearing)"]
pub type RstfifoW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Receiver enabled"]
    #[inline(always)]
    pub fn rxen(&self) -> RxenR {
        RxenR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Accept multicast frames"]
    #[inline(always)]
    pub fn amul(&self) -> AmulR {
        AmulR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Promiscuous mode"]
    #[inline(always)]
    pub fn prms(&self) -> PrmsR {
        PrmsR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Reject frames with a bad CRC"]
    #[inline(always)]
    pub fn badcrc(&self) -> BadcrcR {
        BadcrcR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Clear the receive FIFO (self-clearing)"]
    #[inline(always)]
    pub fn rstfifo(&self) -> RstfifoR {
        RstfifoR::new(((self.bits >> 4) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Receiver enabled"]
    #[inline(always)]
    pub fn rxen(&mut self) -> RxenW<'_, RctlSpec> {
        RxenW::new(self, 0)
    }
    #[doc = "Bit 1 - Accept multicast frames"]
    #[inline(always)]
    pub fn amul(&mut self) -> AmulW<'_, RctlSpec> {
        AmulW::new(self, 1)
    }
    #[doc = "Bit 2 - Promiscuous mode"]
    #[inline(always)]
    pub fn prms(&mut self) -> PrmsW<'_, RctlSpec> {
        PrmsW::new(self, 2)
    }
    #[doc = "Bit 3 - Reject frames with a bad CRC"]
    #[inline(always)]
    pub fn badcrc(&mut self) -> BadcrcW<'_, RctlSpec> {
        BadcrcW::new(self, 3)
    }
    #[doc = "Bit 4 - Clear the receive FIFO (self-clearing)"]
    #[inline(always)]
    pub fn rstfifo(&mut self) -> RstfifoW<'_, RctlSpec> {
        RstfifoW::new(self, 4)
    }
}
#[doc = "Receive control\n\nYou can [`read`](crate::Reg::read) this register and get [`rctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RctlSpec;
impl crate::RegisterSpec for RctlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rctl::R`](R) reader structure"]
impl crate::Readable for RctlSpec {}
#[doc = "`write(|w| ..)` method takes [`rctl::W`](W) writer structure"]
impl crate::Writable for RctlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RCTL to value 0x08"]
impl crate::Resettable for RctlSpec {
    const RESET_VALUE: u32 = 0x08;
}
