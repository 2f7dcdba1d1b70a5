#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `RXINT` reader - Frame received"]
pub type RxintR = crate::BitReader;
#[doc = "Field `TXER` reader - Transmit error"]
pub type TxerR = crate::BitReader;
#[doc = "Field `TXEMP` reader - Transmit FIFO empty"]
pub type TxempR = crate::BitReader;
#[doc = "Field `FOV` reader - Receive FIFO overrun"]
pub type FovR = crate::BitReader;
#[doc = "Field `RXER` reader - Receive error"]
pub type RxerR = crate::BitReader;
#[doc = "Field `MDINT` reader - MII transaction complete"]
pub type MdintR = crate::BitReader;
#[doc = "Field `PHYINT` reader - PHY interrupt"]
pub type PhyintR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Frame received"]
    #[inline(always)]
    pub fn rxint(&self) -> RxintR {
        RxintR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Transmit error"]
    #[inline(always)]
    pub fn txer(&self) -> TxerR {
        TxerR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Transmit FIFO empty"]
    #[inline(always)]
    pub fn txemp(&self) -> TxempR {
        TxempR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Receive FIFO overrun"]
    #[inline(always)]
    pub fn fov(&self) -> FovR {
        FovR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Receive error"]
    #[inline(always)]
    pub fn rxer(&self) -> RxerR {
        RxerR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - MII transaction complete"]
    #[inline(always)]
    pub fn mdint(&self) -> MdintR {
        MdintR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - PHY interrupt"]
    #[inline(always)]
    pub fn phyint(&self) -> PhyintR {
        PhyintR::new(((self.bits >> 6) & 1) != 0)
    }
}
#[doc = "Raw interrupt status (read view; write IACK to acknowledge)\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RisSpec;
impl crate::RegisterSpec for RisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ris::R`](R) reader structure"]
impl crate::Readable for RisSpec {}
#[doc = "`reset()` method sets RIS to value 0"]
impl crate::Resettable for RisSpec {}
