#[doc = "Register `SRCR0` reader"]
pub type R = crate::R<Srcr0Spec>;
#[doc = "Register `SRCR0` writer"]
pub type W = crate::W<Srcr0Spec>;
#[doc = "Field `WDT` reader - Watchdog timer"]
pub type WdtR = crate::BitReader;
#[doc = "Field `WDT` writer - Watchdog timer"]
pub type WdtW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `HIB` reader - Hibernation module"]
pub type HibR = crate::BitReader;
#[doc = "Field `HIB` writer - Hibernation module"]
pub type HibW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `ADC` reader - ADC"]
pub type AdcR = crate::BitReader;
#[doc = "Field `ADC` writer - ADC"]
pub type AdcW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PWM` reader - PWM module"]
pub type PwmR = crate::BitReader;
#[doc = "Field `PWM` writer - PWM module"]
pub type PwmW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 3 - Watchdog timer"]
    #[inline(always)]
    pub fn wdt(&self) -> WdtR {
        WdtR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 6 - Hibernation module"]
    #[inline(always)]
    pub fn hib(&self) -> HibR {
        HibR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 16 - ADC"]
    #[inline(always)]
    pub fn adc(&self) -> AdcR {
        AdcR::new(((self.bits >> 16) & 1) != 0)
    }
    #[doc = "Bit 20 - PWM module"]
    #[inline(always)]
    pub fn pwm(&self) -> PwmR {
        PwmR::new(((self.bits >> 20) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 3 - Watchdog timer"]
    #[inline(always)]
    pub fn wdt(&mut self) -> WdtW<'_, Srcr0Spec> {
        WdtW::new(self, 3)
    }
    #[doc = "Bit 6 - Hibernation module"]
    #[inline(always)]
    pub fn hib(&mut self) -> HibW<'_, Srcr0Spec> {
        HibW::new(self, 6)
    }
    #[doc = "Bit 16 - ADC"]
    #[inline(always)]
    pub fn adc(&mut self) -> AdcW<'_, Srcr0Spec> {
        AdcW::new(self, 16)
    }
    #[doc = "Bit 20 - PWM module"]
    #[inline(always)]
    pub fn pwm(&mut self) -> PwmW<'_, Srcr0Spec> {
        PwmW::new(self, 20)
    }
}
#[doc = "Software reset control 0: set a bit to hold that block in reset\n\nYou can [`read`](crate::Reg::read) this register and get [`srcr0::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`srcr0::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Srcr0Spec;
impl crate::RegisterSpec for Srcr0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`srcr0::R`](R) reader structure"]
impl crate::Readable for Srcr0Spec {}
#[doc = "`write(|w| ..)` method takes [`srcr0::W`](W) writer structure"]
impl crate::Writable for Srcr0Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SRCR0 to value 0"]
impl crate::Resettable for Srcr0Spec {}
