#[doc = "Register `TCTL` reader"]
pub type R = crate::R<TctlSpec>;
#[doc = "Register `TCTL` writer"]
pub type W = crate::W<TctlSpec>;
#[doc = "Field `TXEN` reader - Transmitter enabled"]
pub type TxenR = crate::BitReader;
#[doc = "Field `TXEN` writer - Transmitter enabled"]
pub type TxenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PADEN` reader - Pad short frames to the minimum length"]
pub type PadenR = crate::BitReader;
#[doc = "Field `PADEN` writer - Pad short frames to the minimum length"]
pub type PadenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CRC` reader - Append the CRC"]
pub type CrcR = crate::BitReader;
#[doc = "Field `CRC` writer - Append the CRC"]
pub type CrcW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `DUPLEX` reader - Full duplex"]
pub type DuplexR = crate::BitReader;
#[doc = "Field `DUPLEX` writer - Full duplex"]
pub type DuplexW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Transmitter enabled"]
    #[inline(always)]
    pub fn txen(&self) -> TxenR {
        TxenR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Pad short frames to the minimum length"]
    #[inline(always)]
    pub fn paden(&self) -> PadenR {
        PadenR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Append the CRC"]
    #[inline(always)]
    pub fn crc(&self) -> CrcR {
        CrcR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 4 - Full duplex"]
    #[inline(always)]
    pub fn duplex(&self) -> DuplexR {
        DuplexR::new(((self.bits >> 4) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Transmitter enabled"]
    #[inline(always)]
    pub fn txen(&mut self) -> TxenW<'_, TctlSpec> {
        TxenW::new(self, 0)
    }
    #[doc = "Bit 1 - Pad short frames to the minimum length"]
    #[inline(always)]
    pub fn paden(&mut self) -> PadenW<'_, TctlSpec> {
        PadenW::new(self, 1)
    }
    #[doc = "Bit 2 - Append the CRC"]
    #[inline(always)]
    pub fn crc(&mut self) -> CrcW<'_, TctlSpec> {
        CrcW::new(self, 2)
    }
    #[doc = "Bit 4 - Full duplex"]
    #[inline(always)]
    pub fn duplex(&mut self) -> DuplexW<'_, TctlSpec> {
        DuplexW::new(self, 4)
    }
}
#[doc = "Transmit control\n\nYou can [`read`](crate::Reg::read) this register and get [`tctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TctlSpec;
impl crate::RegisterSpec for TctlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tctl::R`](R) reader structure"]
impl crate::Readable for TctlSpec {}
#[doc = "`write(|w| ..)` method takes [`tctl::W`](W) writer structure"]
impl crate::Writable for TctlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TCTL to value 0"]
impl crate::Resettable for TctlSpec {}
