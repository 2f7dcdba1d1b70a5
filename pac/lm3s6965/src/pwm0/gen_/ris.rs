#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `INTCNTZERO` reader - Counter event CNTZERO"]
pub type IntcntzeroR = crate::BitReader;
#[doc = "Field `INTCNTLOAD` reader - Counter event CNTLOAD"]
pub type IntcntloadR = crate::BitReader;
#[doc = "Field `INTCMPAU` reader - Counter event CMPAU"]
pub type IntcmpauR = crate::BitReader;
#[doc = "Field `INTCMPAD` reader - Counter event CMPAD"]
pub type IntcmpadR = crate::BitReader;
#[doc = "Field `INTCMPBU` reader - Counter event CMPBU"]
pub type IntcmpbuR = crate::BitReader;
#[doc = "Field `INTCMPBD` reader - Counter event CMPBD"]
pub type IntcmpbdR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Counter event CNTZERO"]
    #[inline(always)]
    pub fn intcntzero(&self) -> IntcntzeroR {
        IntcntzeroR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Counter event CNTLOAD"]
    #[inline(always)]
    pub fn intcntload(&self) -> IntcntloadR {
        IntcntloadR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Counter event CMPAU"]
    #[inline(always)]
    pub fn intcmpau(&self) -> IntcmpauR {
        IntcmpauR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Counter event CMPAD"]
    #[inline(always)]
    pub fn intcmpad(&self) -> IntcmpadR {
        IntcmpadR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Counter event CMPBU"]
    #[inline(always)]
    pub fn intcmpbu(&self) -> IntcmpbuR {
        IntcmpbuR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Counter event CMPBD"]
    #[inline(always)]
    pub fn intcmpbd(&self) -> IntcmpbdR {
        IntcmpbdR::new(((self.bits >> 5) & 1) != 0)
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
