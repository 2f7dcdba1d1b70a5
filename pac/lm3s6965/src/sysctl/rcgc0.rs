#[doc = "Register `RCGC0` reader"]
pub type R = crate::R<Rcgc0Spec>;
#[doc = "Register `RCGC0` writer"]
pub type W = crate::W<Rcgc0Spec>;
#[doc = "Field `WDT` reader - Watchdog timer"]
pub type WdtR = crate::BitReader;
#[doc = "Field `WDT` writer - Watchdog timer"]
pub type WdtW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `HIB` reader - Hibernation module"]
pub type HibR = crate::BitReader;
#[doc = "Field `HIB` writer - Hibernation module"]
pub type HibW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "ADC sample rate\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Maxadcspd {
    #[doc = "0: 125 k samples/second"]
    Sps125k = 0,
    #[doc = "1: 250 k samples/second"]
    Sps250k = 1,
    #[doc = "2: 500 k samples/second"]
    Sps500k = 2,
    #[doc = "3: 1 M samples/second"]
    Sps1m = 3,
}
impl From<Maxadcspd> for u8 {
    #[inline(always)]
    fn from(variant: Maxadcspd) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Maxadcspd {
    type Ux = u8;
}
impl crate::IsEnum for Maxadcspd {}
#[doc = "Field `MAXADCSPD` reader - ADC sample rate"]
pub type MaxadcspdR = crate::FieldReader<Maxadcspd>;
impl MaxadcspdR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Maxadcspd {
        match self.bits {
            0 => Maxadcspd::Sps125k,
            1 => Maxadcspd::Sps250k,
            2 => Maxadcspd::Sps500k,
            3 => Maxadcspd::Sps1m,
            _ => unreachable!(),
        }
    }
    #[doc = "125 k samples/second"]
    #[inline(always)]
    pub fn is_sps125k(&self) -> bool {
        *self == Maxadcspd::Sps125k
    }
    #[doc = "250 k samples/second"]
    #[inline(always)]
    pub fn is_sps250k(&self) -> bool {
        *self == Maxadcspd::Sps250k
    }
    #[doc = "500 k samples/second"]
    #[inline(always)]
    pub fn is_sps500k(&self) -> bool {
        *self == Maxadcspd::Sps500k
    }
    #[doc = "1 M samples/second"]
    #[inline(always)]
    pub fn is_sps1m(&self) -> bool {
        *self == Maxadcspd::Sps1m
    }
}
#[doc = "Field `MAXADCSPD` writer - ADC sample rate"]
pub type MaxadcspdW<'a, REG> = crate::FieldWriter<'a, REG, 2, Maxadcspd, crate::Safe>;
impl<'a, REG> MaxadcspdW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "125 k samples/second"]
    #[inline(always)]
    pub fn sps125k(self) -> &'a mut crate::W<REG> {
        self.variant(Maxadcspd::Sps125k)
    }
    #[doc = "250 k samples/second"]
    #[inline(always)]
    pub fn sps250k(self) -> &'a mut crate::W<REG> {
        self.variant(Maxadcspd::Sps250k)
    }
    #[doc = "500 k samples/second"]
    #[inline(always)]
    pub fn sps500k(self) -> &'a mut crate::W<REG> {
        self.variant(Maxadcspd::Sps500k)
    }
    #[doc = "1 M samples/second"]
    #[inline(always)]
    pub fn sps1m(self) -> &'a mut crate::W<REG> {
        self.variant(Maxadcspd::Sps1m)
    }
}
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
    #[doc = "Bits 8:9 - ADC sample rate"]
    #[inline(always)]
    pub fn maxadcspd(&self) -> MaxadcspdR {
        MaxadcspdR::new(((self.bits >> 8) & 3) as u8)
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
    pub fn wdt(&mut self) -> WdtW<'_, Rcgc0Spec> {
        WdtW::new(self, 3)
    }
    #[doc = "Bit 6 - Hibernation module"]
    #[inline(always)]
    pub fn hib(&mut self) -> HibW<'_, Rcgc0Spec> {
        HibW::new(self, 6)
    }
    #[doc = "Bits 8:9 - ADC sample rate"]
    #[inline(always)]
    pub fn maxadcspd(&mut self) -> MaxadcspdW<'_, Rcgc0Spec> {
        MaxadcspdW::new(self, 8)
    }
    #[doc = "Bit 16 - ADC"]
    #[inline(always)]
    pub fn adc(&mut self) -> AdcW<'_, Rcgc0Spec> {
        AdcW::new(self, 16)
    }
    #[doc = "Bit 20 - PWM module"]
    #[inline(always)]
    pub fn pwm(&mut self) -> PwmW<'_, Rcgc0Spec> {
        PwmW::new(self, 20)
    }
}
#[doc = "Run-mode clock gating 0: set a bit to clock that block\n\nYou can [`read`](crate::Reg::read) this register and get [`rcgc0::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcgc0::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Rcgc0Spec;
impl crate::RegisterSpec for Rcgc0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rcgc0::R`](R) reader structure"]
impl crate::Readable for Rcgc0Spec {}
#[doc = "`write(|w| ..)` method takes [`rcgc0::W`](W) writer structure"]
impl crate::Writable for Rcgc0Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RCGC0 to value 0x40"]
impl crate::Resettable for Rcgc0Spec {
    const RESET_VALUE: u32 = 0x40;
}
