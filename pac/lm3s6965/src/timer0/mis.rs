#[doc = "Register `MIS` reader"]
pub type R = crate::R<MisSpec>;
#[doc = "Field `TATOMIS` reader - Timer A time-out"]
pub type TatomisR = crate::BitReader;
#[doc = "Field `CAMMIS` reader - Timer A capture match"]
pub type CammisR = crate::BitReader;
#[doc = "Field `CAEMIS` reader - Timer A capture event"]
pub type CaemisR = crate::BitReader;
#[doc = "Field `RTCMIS` reader - RTC match"]
pub type RtcmisR = crate::BitReader;
#[doc = "Field `TBTOMIS` reader - Timer B time-out"]
pub type TbtomisR = crate::BitReader;
#[doc = "Field `CBMMIS` reader - Timer B capture match"]
pub type CbmmisR = crate::BitReader;
#[doc = "Field `CBEMIS` reader - Timer B capture event"]
pub type CbemisR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Timer A time-out"]
    #[inline(always)]
    pub fn tatomis(&self) -> TatomisR {
        TatomisR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Timer A capture match"]
    #[inline(always)]
    pub fn cammis(&self) -> CammisR {
        CammisR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Timer A capture event"]
    #[inline(always)]
    pub fn caemis(&self) -> CaemisR {
        CaemisR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - RTC match"]
    #[inline(always)]
    pub fn rtcmis(&self) -> RtcmisR {
        RtcmisR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 8 - Timer B time-out"]
    #[inline(always)]
    pub fn tbtomis(&self) -> TbtomisR {
        TbtomisR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Timer B capture match"]
    #[inline(always)]
    pub fn cbmmis(&self) -> CbmmisR {
        CbmmisR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 10 - Timer B capture event"]
    #[inline(always)]
    pub fn cbemis(&self) -> CbemisR {
        CbemisR::new(((self.bits >> 10) & 1) != 0)
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
