#[doc = "Register `PLLCFG` reader"]
pub type R = crate::R<PllcfgSpec>;
#[doc = "Field `R` reader - PLL R (input divider) value"]
pub type RR = crate::FieldReader;
#[doc = "Field `F` reader - PLL F (multiplier) value"]
pub type FR = crate::FieldReader<u16>;
impl R {
    #[doc = "Bits 0:4 - PLL R (input divider) value"]
    #[inline(always)]
    pub fn r(&self) -> RR {
        RR::new((self.bits & 0x1f) as u8)
    }
    #[doc = "Bits 5:13 - PLL F (multiplier) value"]
    #[inline(always)]
    pub fn f(&self) -> FR {
        FR::new(((self.bits >> 5) & 0x01ff) as u16)
    }
}
#[doc = "PLL multiplier and divider chosen for the XTAL setting\n\nYou can [`read`](crate::Reg::read) this register and get [`pllcfg::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct PllcfgSpec;
impl crate::RegisterSpec for PllcfgSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`pllcfg::R`](R) reader structure"]
impl crate::Readable for PllcfgSpec {}
#[doc = "`reset()` method sets PLLCFG to value 0"]
impl crate::Resettable for PllcfgSpec {}
