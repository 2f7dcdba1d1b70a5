#[doc = "Register `IACK` writer"]
pub type W = crate::W<IackSpec>;
#[doc = "Field `RXINT` writer - Frame received"]
pub type RxintW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `TXER` writer - Transmit error"]
pub type TxerW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `TXEMP` writer - Transmit FIFO empty"]
pub type TxempW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `FOV` writer - Receive FIFO overrun"]
pub type FovW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `RXER` writer - Receive error"]
pub type RxerW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `MDINT` writer - MII transaction complete"]
pub type MdintW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `PHYINT` writer - PHY interrupt"]
pub type PhyintW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl W {
    #[doc = "Bit 0 - Frame received"]
    #[inline(always)]
    pub fn rxint(&mut self) -> RxintW<'_, IackSpec> {
        RxintW::new(self, 0)
    }
    #[doc = "Bit 1 - Transmit error"]
    #[inline(always)]
    pub fn txer(&mut self) -> TxerW<'_, IackSpec> {
        TxerW::new(self, 1)
    }
    #[doc = "Bit 2 - Transmit FIFO empty"]
    #[inline(always)]
    pub fn txemp(&mut self) -> TxempW<'_, IackSpec> {
        TxempW::new(self, 2)
    }
    #[doc = "Bit 3 - Receive FIFO overrun"]
    #[inline(always)]
    pub fn fov(&mut self) -> FovW<'_, IackSpec> {
        FovW::new(self, 3)
    }
    #[doc = "Bit 4 - Receive error"]
    #[inline(always)]
    pub fn rxer(&mut self) -> RxerW<'_, IackSpec> {
        RxerW::new(self, 4)
    }
    #[doc = "Bit 5 - MII transaction complete"]
    #[inline(always)]
    pub fn mdint(&mut self) -> MdintW<'_, IackSpec> {
        MdintW::new(self, 5)
    }
    #[doc = "Bit 6 - PHY interrupt"]
    #[inline(always)]
    pub fn phyint(&mut self) -> PhyintW<'_, IackSpec> {
        PhyintW::new(self, 6)
    }
}
#[doc = "Interrupt acknowledge (write view of RIS)\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`iack::W`](W). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IackSpec;
impl crate::RegisterSpec for IackSpec {
    type Ux = u32;
}
#[doc = "`write(|w| ..)` method takes [`iack::W`](W) writer structure"]
impl crate::Writable for IackSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x7f;
}
#[doc = "`reset()` method sets IACK to value 0"]
impl crate::Resettable for IackSpec {}
