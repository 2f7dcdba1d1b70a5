#[doc = "Register `ENABLE` reader"]
pub type R = crate::R<EnableSpec>;
#[doc = "Register `ENABLE` writer"]
pub type W = crate::W<EnableSpec>;
#[doc = "Field `PWMEN(0-5)` reader - Output enabled"]
pub type PwmenR = crate::BitReader;
#[doc = "Field `PWMEN(0-5)` writer - Output enabled"]
pub type PwmenW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Output enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `PWM0EN` field.</div>"]
    #[inline(always)]
    pub fn pwmen(&self, n: u8) -> PwmenR {
        #[allow(clippy::no_effect)]
        [(); 6][n as usize];
        PwmenR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Output enabled"]
    #[inline(always)]
    pub fn pwmen_iter(&self) -> impl Iterator<Item = PwmenR> + '_ {
        (0..6).map(move |n| PwmenR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Output enabled"]
    #[inline(always)]
    pub fn pwm0en(&self) -> PwmenR {
        PwmenR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Output enabled"]
    #[inline(always)]
    pub fn pwm1en(&self) -> PwmenR {
        PwmenR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Output enabled"]
    #[inline(always)]
    pub fn pwm2en(&self) -> PwmenR {
        PwmenR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Output enabled"]
    #[inline(always)]
    pub fn pwm3en(&self) -> PwmenR {
        PwmenR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Output enabled"]
    #[inline(always)]
    pub fn pwm4en(&self) -> PwmenR {
        PwmenR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Output enabled"]
    #[inline(always)]
    pub fn pwm5en(&self) -> PwmenR {
        PwmenR::new(((self.bits >> 5) & 1) != 0)
    }
}
impl W {
    #[doc = "Output enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `PWM0EN` field.</div>"]
    #[inline(always)]
    pub fn pwmen(&mut self, n: u8) -> PwmenW<'_, EnableSpec> {
        #[allow(clippy::no_effect)]
        [(); 6][n as usize];
        PwmenW::new(self, n)
    }
    #[doc = "Bit 0 - Output enabled"]
    #[inline(always)]
    pub fn pwm0en(&mut self) -> PwmenW<'_, EnableSpec> {
        PwmenW::new(self, 0)
    }
    #[doc = "Bit 1 - Output enabled"]
    #[inline(always)]
    pub fn pwm1en(&mut self) -> PwmenW<'_, EnableSpec> {
        PwmenW::new(self, 1)
    }
    #[doc = "Bit 2 - Output enabled"]
    #[inline(always)]
    pub fn pwm2en(&mut self) -> PwmenW<'_, EnableSpec> {
        PwmenW::new(self, 2)
    }
    #[doc = "Bit 3 - Output enabled"]
    #[inline(always)]
    pub fn pwm3en(&mut self) -> PwmenW<'_, EnableSpec> {
        PwmenW::new(self, 3)
    }
    #[doc = "Bit 4 - Output enabled"]
    #[inline(always)]
    pub fn pwm4en(&mut self) -> PwmenW<'_, EnableSpec> {
        PwmenW::new(self, 4)
    }
    #[doc = "Bit 5 - Output enabled"]
    #[inline(always)]
    pub fn pwm5en(&mut self) -> PwmenW<'_, EnableSpec> {
        PwmenW::new(self, 5)
    }
}
#[doc = "Output enable\n\nYou can [`read`](crate::Reg::read) this register and get [`enable::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`enable::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct EnableSpec;
impl crate::RegisterSpec for EnableSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`enable::R`](R) reader structure"]
impl crate::Readable for EnableSpec {}
#[doc = "`write(|w| ..)` method takes [`enable::W`](W) writer structure"]
impl crate::Writable for EnableSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets ENABLE to value 0"]
impl crate::Resettable for EnableSpec {}
