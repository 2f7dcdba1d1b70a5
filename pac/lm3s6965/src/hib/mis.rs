#[doc = "Register `MIS` reader"]
pub type R = crate::R<MisSpec>;
#[doc = "Field `RTCALT0` reader - RTC match 0"]
pub type Rtcalt0R = crate::BitReader;
#[doc = "Field `RTCALT1` reader - RTC match 1"]
pub type Rtcalt1R = crate::BitReader;
#[doc = "Field `LOWBAT` reader - Low battery"]
pub type LowbatR = crate::BitReader;
#[doc = "Field `EXTW` reader - External wake pin"]
pub type ExtwR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - RTC match 0"]
    #[inline(always)]
    pub fn rtcalt0(&self) -> Rtcalt0R {
        Rtcalt0R::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - RTC match 1"]
    #[inline(always)]
    pub fn rtcalt1(&self) -> Rtcalt1R {
        Rtcalt1R::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Low battery"]
    #[inline(always)]
    pub fn lowbat(&self) -> LowbatR {
        LowbatR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - External wake pin"]
    #[inline(always)]
    pub fn extw(&self) -> ExtwR {
        ExtwR::new(((self.bits >> 3) & 1) != 0)
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
