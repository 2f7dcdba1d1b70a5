#[doc = "Register `INTEN` reader"]
pub type R = crate::R<IntenSpec>;
#[doc = "Register `INTEN` writer"]
pub type W = crate::W<IntenSpec>;
#[doc = "Field `INTPWM(0-2)` reader - Generator interrupt enabled"]
pub type IntpwmR = crate::BitReader;
#[doc = "Field `INTPWM(0-2)` writer - Generator interrupt enabled"]
pub type IntpwmW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `INTFAULT` reader - Fault interrupt enabled"]
pub type IntfaultR = crate::BitReader;
#[doc = "Field `INTFAULT` writer - Fault interrupt enabled"]
pub type IntfaultW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Generator interrupt enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `INTPWM0` field.</div>"]
    #[inline(always)]
    pub fn intpwm(&self, n: u8) -> IntpwmR {
        #[allow(clippy::no_effect)]
        [(); 3][n as usize];
        IntpwmR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Generator interrupt enabled"]
    #[inline(always)]
    pub fn intpwm_iter(&self) -> impl Iterator<Item = IntpwmR> + '_ {
        (0..3).map(move |n| IntpwmR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Generator interrupt enabled"]
    #[inline(always)]
    pub fn intpwm0(&self) -> IntpwmR {
        IntpwmR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Generator interrupt enabled"]
    #[inline(always)]
    pub fn intpwm1(&self) -> IntpwmR {
        IntpwmR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Generator interrupt enabled"]
    #[inline(always)]
    pub fn intpwm2(&self) -> IntpwmR {
        IntpwmR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 16 - Fault interrupt enabled"]
    #[inline(always)]
    pub fn intfault(&self) -> IntfaultR {
        IntfaultR::new(((self.bits >> 16) & 1) != 0)
    }
}
impl W {
    #[doc = "Generator interrupt enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `INTPWM0` field.</div>"]
    #[inline(always)]
    pub fn intpwm(&mut self, n: u8) -> IntpwmW<'_, IntenSpec> {
        #[allow(clippy::no_effect)]
        [(); 3][n as usize];
        IntpwmW::new(self, n)
    }
    #[doc = "Bit 0 - Generator interrupt enabled"]
    #[inline(always)]
    pub fn intpwm0(&mut self) -> IntpwmW<'_, IntenSpec> {
        IntpwmW::new(self, 0)
    }
    #[doc = "Bit 1 - Generator interrupt enabled"]
    #[inline(always)]
    pub fn intpwm1(&mut self) -> IntpwmW<'_, IntenSpec> {
        IntpwmW::new(self, 1)
    }
    #[doc = "Bit 2 - Generator interrupt enabled"]
    #[inline(always)]
    pub fn intpwm2(&mut self) -> IntpwmW<'_, IntenSpec> {
        IntpwmW::new(self, 2)
    }
    #[doc = "Bit 16 - Fault interrupt enabled"]
    #[inline(always)]
    pub fn intfault(&mut self) -> IntfaultW<'_, IntenSpec> {
        IntfaultW::new(self, 16)
    }
}
#[doc = "Interrupt enable\n\nYou can [`read`](crate::Reg::read) this register and get [`inten::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`inten::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IntenSpec;
impl crate::RegisterSpec for IntenSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`inten::R`](R) reader structure"]
impl crate::Readable for IntenSpec {}
#[doc = "`write(|w| ..)` method takes [`inten::W`](W) writer structure"]
impl crate::Writable for IntenSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets INTEN to value 0"]
impl crate::Resettable for IntenSpec {}
