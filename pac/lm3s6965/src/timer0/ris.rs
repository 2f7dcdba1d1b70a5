#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `TATORIS` reader - Timer A time-out"]
pub type TatorisR = crate::BitReader;
#[doc = "Field `CAMRIS` reader - Timer A capture match"]
pub type CamrisR = crate::BitReader;
#[doc = "Field `CAERIS` reader - Timer A capture event"]
pub type CaerisR = crate::BitReader;
#[doc = "Field `RTCRIS` reader - RTC match"]
pub type RtcrisR = crate::BitReader;
#[doc = "Field `TBTORIS` reader - Timer B time-out"]
pub type TbtorisR = crate::BitReader;
#[doc = "Field `CBMRIS` reader - Timer B capture match"]
pub type CbmrisR = crate::BitReader;
#[doc = "Field `CBERIS` reader - Timer B capture event"]
pub type CberisR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Timer A time-out"]
    #[inline(always)]
    pub fn tatoris(&self) -> TatorisR {
        TatorisR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Timer A capture match"]
    #[inline(always)]
    pub fn camris(&self) -> CamrisR {
        CamrisR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Timer A capture event"]
    #[inline(always)]
    pub fn caeris(&self) -> CaerisR {
        CaerisR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - RTC match"]
    #[inline(always)]
    pub fn rtcris(&self) -> RtcrisR {
        RtcrisR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 8 - Timer B time-out"]
    #[inline(always)]
    pub fn tbtoris(&self) -> TbtorisR {
        TbtorisR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Timer B capture match"]
    #[inline(always)]
    pub fn cbmris(&self) -> CbmrisR {
        CbmrisR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 10 - Timer B capture event"]
    #[inline(always)]
    pub fn cberis(&self) -> CberisR {
        CberisR::new(((self.bits >> 10) & 1) != 0)
    }
}
#[doc = "Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RisSpec;
impl crate::RegisterSpec for RisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ris::R`](R) reader structure"]
impl crate::Readable for RisSpec {}
#[doc = "`reset()` method sets RIS to value 0"]
impl crate::Resettable for RisSpec {}
