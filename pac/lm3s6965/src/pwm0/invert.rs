#[doc = "Register `INVERT` reader"]
pub type R = crate::R<InvertSpec>;
#[doc = "Register `INVERT` writer"]
pub type W = crate::W<InvertSpec>;
#[doc = "Field `PWMINV(0-5)` reader - Output inverted"]
pub type PwminvR = crate::BitReader;
#[doc = "Field `PWMINV(0-5)` writer - Output inverted"]
pub type PwminvW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Output inverted"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `PWM0INV` field.</div>"]
    #[inline(always)]
    pub fn pwminv(&self, n: u8) -> PwminvR {
        #[allow(clippy::no_effect)]
        [(); 6][n as usize];
        PwminvR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Output inverted"]
    #[inline(always)]
    pub fn pwminv_iter(&self) -> impl Iterator<Item = PwminvR> + '_ {
        (0..6).map(move |n| PwminvR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Output inverted"]
    #[inline(always)]
    pub fn pwm0inv(&self) -> PwminvR {
        PwminvR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Output inverted"]
    #[inline(always)]
    pub fn pwm1inv(&self) -> PwminvR {
        PwminvR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Output inverted"]
    #[inline(always)]
    pub fn pwm2inv(&self) -> PwminvR {
        PwminvR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Output inverted"]
    #[inline(always)]
    pub fn pwm3inv(&self) -> PwminvR {
        PwminvR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Output inverted"]
    #[inline(always)]
    pub fn pwm4inv(&self) -> PwminvR {
        PwminvR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Output inverted"]
    #[inline(always)]
    pub fn pwm5inv(&self) -> PwminvR {
        PwminvR::new(((self.bits >> 5) & 1) != 0)
    }
}
impl W {
    #[doc = "Output inverted"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `PWM0INV` field.</div>"]
    #[inline(always)]
    pub fn pwminv(&mut self, n: u8) -> PwminvW<'_, InvertSpec> {
        #[allow(clippy::no_effect)]
        [(); 6][n as usize];
        PwminvW::new(self, n)
    }
    #[doc = "Bit 0 - Output inverted"]
    #[inline(always)]
    pub fn pwm0inv(&mut self) -> PwminvW<'_, InvertSpec> {
        PwminvW::new(self, 0)
    }
    #[doc = "Bit 1 - Output inverted"]
    #[inline(always)]
    pub fn pwm1inv(&mut self) -> PwminvW<'_, InvertSpec> {
        PwminvW::new(self, 1)
    }
    #[doc = "Bit 2 - Output inverted"]
    #[inline(always)]
    pub fn pwm2inv(&mut self) -> PwminvW<'_, InvertSpec> {
        PwminvW::new(self, 2)
    }
    #[doc = "Bit 3 - Output inverted"]
    #[inline(always)]
    pub fn pwm3inv(&mut self) -> PwminvW<'_, InvertSpec> {
        PwminvW::new(self, 3)
    }
    #[doc = "Bit 4 - Output inverted"]
    #[inline(always)]
    pub fn pwm4inv(&mut self) -> PwminvW<'_, InvertSpec> {
        PwminvW::new(self, 4)
    }
    #[doc = "Bit 5 - Output inverted"]
    #[inline(always)]
    pub fn pwm5inv(&mut self) -> PwminvW<'_, InvertSpec> {
        PwminvW::new(self, 5)
    }
}
#[doc = "Output inversion\n\nYou can [`read`](crate::Reg::read) this register and get [`invert::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`invert::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct InvertSpec;
impl crate::RegisterSpec for InvertSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`invert::R`](R) reader structure"]
impl crate::Readable for InvertSpec {}
#[doc = "`write(|w| ..)` method takes [`invert::W`](W) writer structure"]
impl crate::Writable for InvertSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets INVERT to value 0"]
impl crate::Resettable for InvertSpec {}
