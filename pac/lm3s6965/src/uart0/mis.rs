#[doc = "Register `MIS` reader"]
pub type R = crate::R<MisSpec>;
#[doc = "Field `RXMIS` reader - Receive masked interrupt"]
pub type RxmisR = crate::BitReader;
#[doc = "Field `TXMIS` reader - Transmit masked interrupt"]
pub type TxmisR = crate::BitReader;
#[doc = "Field `RTMIS` reader - Receive time-out masked interrupt"]
pub type RtmisR = crate::BitReader;
#[doc = "Field `FEMIS` reader - Framing error masked interrupt"]
pub type FemisR = crate::BitReader;
#[doc = "Field `PEMIS` reader - Parity error masked interrupt"]
pub type PemisR = crate::BitReader;
#[doc = "Field `BEMIS` reader - Break error masked interrupt"]
pub type BemisR = crate::BitReader;
#[doc = "Field `OEMIS` reader - Overrun error masked interrupt"]
pub type OemisR = crate::BitReader;
impl R {
    #[doc = "Bit 4 - Receive masked interrupt"]
    #[inline(always)]
    pub fn rxmis(&self) -> RxmisR {
        RxmisR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Transmit masked interrupt"]
    #[inline(always)]
    pub fn txmis(&self) -> TxmisR {
        TxmisR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Receive time-out masked interrupt"]
    #[inline(always)]
    pub fn rtmis(&self) -> RtmisR {
        RtmisR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Framing error masked interrupt"]
    #[inline(always)]
    pub fn femis(&self) -> FemisR {
        FemisR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bit 8 - Parity error masked interrupt"]
    #[inline(always)]
    pub fn pemis(&self) -> PemisR {
        PemisR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Break error masked interrupt"]
    #[inline(always)]
    pub fn bemis(&self) -> BemisR {
        BemisR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 10 - Overrun error masked interrupt"]
    #[inline(always)]
    pub fn oemis(&self) -> OemisR {
        OemisR::new(((self.bits >> 10) & 1) != 0)
    }
}
#[doc = "Masked interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`mis::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MisSpec;
impl crate::RegisterSpec for MisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mis::R`](R) reader structure"]
impl crate::Readable for MisSpec {}
#[doc = "`reset()` method sets MIS to value 0"]
impl crate::Resettable for MisSpec {}
