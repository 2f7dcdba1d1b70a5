#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `INDEX` reader - Index pulse"]
pub type IndexR = crate::BitReader;
#[doc = "Field `TIMER` reader - Velocity timer expired"]
pub type TimerR = crate::BitReader;
#[doc = "Field `DIR` reader - Direction change"]
pub type DirR = crate::BitReader;
#[doc = "Field `ERROR` reader - Phase error"]
pub type ErrorR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Index pulse"]
    #[inline(always)]
    pub fn index(&self) -> IndexR {
        IndexR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Velocity timer expired"]
    #[inline(always)]
    pub fn timer(&self) -> TimerR {
        TimerR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Direction change"]
    #[inline(always)]
    pub fn dir(&self) -> DirR {
        DirR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Phase error"]
    #[inline(always)]
    pub fn error(&self) -> ErrorR {
        ErrorR::new(((self.bits >> 3) & 1) != 0)
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
