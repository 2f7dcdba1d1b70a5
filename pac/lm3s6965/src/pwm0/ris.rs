#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `INTPWM(0-2)` reader - Generator interrupt"]
pub type IntpwmR = crate::BitReader;
#[doc = "Field `INTFAULT` reader - Fault interrupt"]
pub type IntfaultR = crate::BitReader;
impl R {
    #[doc = "Generator interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `INTPWM0` field.</div>"]
    #[inline(always)]
    pub fn intpwm(&self, n: u8) -> IntpwmR {
        #[allow(clippy::no_effect)]
        [(); 3][n as usize];
        IntpwmR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Generator interrupt"]
    #[inline(always)]
    pub fn intpwm_iter(&self) -> impl Iterator<Item = IntpwmR> + '_ {
        (0..3).map(move |n| IntpwmR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Generator interrupt"]
    #[inline(always)]
    pub fn intpwm0(&self) -> IntpwmR {
        IntpwmR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Generator interrupt"]
    #[inline(always)]
    pub fn intpwm1(&self) -> IntpwmR {
        IntpwmR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Generator interrupt"]
    #[inline(always)]
    pub fn intpwm2(&self) -> IntpwmR {
        IntpwmR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 16 - Fault interrupt"]
    #[inline(always)]
    pub fn intfault(&self) -> IntfaultR {
        IntfaultR::new(((self.bits >> 16) & 1) != 0)
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
