#[doc = "Register `CTL` reader"]
pub type R = crate::R<CtlSpec>;
#[doc = "Register `CTL` writer"]
pub type W = crate::W<CtlSpec>;
#[doc = "Field `UARTEN` reader - UART enabled"]
pub type UartenR = crate::BitReader;
#[doc = "Field `UARTEN` writer - UART enabled"]
pub type UartenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SIREN` reader - IrDA SIR enabled"]
pub type SirenR = crate::BitReader;
#[doc = "Field `SIREN` writer - IrDA SIR enabled"]
pub type SirenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SIRLP` reader - IrDA SIR low-power mode"]
pub type SirlpR = crate::BitReader;
#[doc = "Field `SIRLP` writer - IrDA SIR low-power mode"]
pub type SirlpW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `LBE` reader - Loopback"]
pub type LbeR = crate::BitReader;
#[doc = "Field `LBE` writer - Loopback"]
pub type LbeW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TXE` reader - Transmitter enabled"]
pub type TxeR = crate::BitReader;
#[doc = "Field `TXE` writer - Transmitter enabled"]
pub type TxeW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RXE` reader - Receiver enabled"]
pub type RxeR = crate::BitReader;
#[doc = "Field `RXE` writer - Receiver enabled"]
pub type RxeW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - UART enabled"]
    #[inline(always)]
    pub fn uarten(&self) -> UartenR {
        UartenR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - IrDA SIR enabled"]
    #[inline(always)]
    pub fn siren(&self) -> SirenR {
        SirenR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - IrDA SIR low-power mode"]
    #[inline(always)]
    pub fn sirlp(&self) -> SirlpR {
        SirlpR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 7 - Loopback"]
    #[inline(always)]
    pub fn lbe(&self) -> LbeR {
        LbeR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bit 8 - Transmitter enabled"]
    #[inline(always)]
    pub fn txe(&self) -> TxeR {
        TxeR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Receiver enabled"]
    #[inline(always)]
    pub fn rxe(&self) -> RxeR {
        RxeR::new(((self.bits >> 9) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - UART enabled"]
    #[inline(always)]
    pub fn uarten(&mut self) -> UartenW<'_, CtlSpec> {
        UartenW::new(self, 0)
    }
    #[doc = "Bit 1 - IrDA SIR enabled"]
    #[inline(always)]
    pub fn siren(&mut self) -> SirenW<'_, CtlSpec> {
        SirenW::new(self, 1)
    }
    #[doc = "Bit 2 - IrDA SIR low-power mode"]
    #[inline(always)]
    pub fn sirlp(&mut self) -> SirlpW<'_, CtlSpec> {
        SirlpW::new(self, 2)
    }
    #[doc = "Bit 7 - Loopback"]
    #[inline(always)]
    pub fn lbe(&mut self) -> LbeW<'_, CtlSpec> {
        LbeW::new(self, 7)
    }
    #[doc = "Bit 8 - Transmitter enabled"]
    #[inline(always)]
    pub fn txe(&mut self) -> TxeW<'_, CtlSpec> {
        TxeW::new(self, 8)
    }
    #[doc = "Bit 9 - Receiver enabled"]
    #[inline(always)]
    pub fn rxe(&mut self) -> RxeW<'_, CtlSpec> {
        RxeW::new(self, 9)
    }
}
#[doc = "Control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CtlSpec;
impl crate::RegisterSpec for CtlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ctl::R`](R) reader structure"]
impl crate::Readable for CtlSpec {}
#[doc = "`write(|w| ..)` method takes [`ctl::W`](W) writer structure"]
impl crate::Writable for CtlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CTL to value 0x0300"]
impl crate::Resettable for CtlSpec {
    const RESET_VALUE: u32 = 0x0300;
}
