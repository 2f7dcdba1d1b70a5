#[doc = "Register `DC3` reader"]
pub type R = crate::R<Dc3Spec>;
#[doc = "Field `PWM(0-5)` reader - PWM output pin present"]
pub type PwmR = crate::BitReader;
#[doc = "Field `C0MINUS` reader - C0- pin present"]
pub type C0minusR = crate::BitReader;
#[doc = "Field `C0PLUS` reader - C0+ pin present"]
pub type C0plusR = crate::BitReader;
#[doc = "Field `C0O` reader - C0o pin present"]
pub type C0oR = crate::BitReader;
#[doc = "Field `C1MINUS` reader - C1- pin present"]
pub type C1minusR = crate::BitReader;
#[doc = "Field `C1PLUS` reader - C1+ pin present"]
pub type C1plusR = crate::BitReader;
#[doc = "Field `PWMFAULT` reader - PWM fault pin present"]
pub type PwmfaultR = crate::BitReader;
#[doc = "Field `ADC(0-3)` reader - ADC input pin present"]
pub type AdcR = crate::BitReader;
#[doc = "Field `CCP(0-3)` reader - Timer capture/compare/PWM pin present"]
pub type CcpR = crate::BitReader;
#[doc = "Field `_32KHZ` reader - 32.768 kHz input clock available"]
pub type _32khzR = crate::BitReader;
impl R {
    #[doc = "PWM output pin present"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `PWM0` field.</div>"]
    #[inline(always)]
    pub fn pwm(&self, n: u8) -> PwmR {
        #[allow(clippy::no_effect)]
        [(); 6][n as usize];
        PwmR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "PWM output pin present"]
    #[inline(always)]
    pub fn pwm_iter(&self) -> impl Iterator<Item = PwmR> + '_ {
        (0..6).map(move |n| PwmR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - PWM output pin present"]
    #[inline(always)]
    pub fn pwm0(&self) -> PwmR {
        PwmR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - PWM output pin present"]
    #[inline(always)]
    pub fn pwm1(&self) -> PwmR {
        PwmR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - PWM output pin present"]
    #[inline(always)]
    pub fn pwm2(&self) -> PwmR {
        PwmR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - PWM output pin present"]
    #[inline(always)]
    pub fn pwm3(&self) -> PwmR {
        PwmR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - PWM output pin present"]
    #[inline(always)]
    pub fn pwm4(&self) -> PwmR {
        PwmR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - PWM output pin present"]
    #[inline(always)]
    pub fn pwm5(&self) -> PwmR {
        PwmR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - C0- pin present"]
    #[inline(always)]
    pub fn c0minus(&self) -> C0minusR {
        C0minusR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - C0+ pin present"]
    #[inline(always)]
    pub fn c0plus(&self) -> C0plusR {
        C0plusR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bit 8 - C0o pin present"]
    #[inline(always)]
    pub fn c0o(&self) -> C0oR {
        C0oR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - C1- pin present"]
    #[inline(always)]
    pub fn c1minus(&self) -> C1minusR {
        C1minusR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 10 - C1+ pin present"]
    #[inline(always)]
    pub fn c1plus(&self) -> C1plusR {
        C1plusR::new(((self.bits >> 10) & 1) != 0)
    }
    #[doc = "Bit 15 - PWM fault pin present"]
    #[inline(always)]
    pub fn pwmfault(&self) -> PwmfaultR {
        PwmfaultR::new(((self.bits >> 15) & 1) != 0)
    }
    #[doc = "ADC input pin present"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `ADC0` field.</div>"]
    #[inline(always)]
    pub fn adc(&self, n: u8) -> AdcR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        AdcR::new(((self.bits >> (n + 16)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "ADC input pin present"]
    #[inline(always)]
    pub fn adc_iter(&self) -> impl Iterator<Item = AdcR> + '_ {
        (0..4).map(move |n| AdcR::new(((self.bits >> (n + 16)) & 1) != 0))
    }
    #[doc = "Bit 16 - ADC input pin present"]
    #[inline(always)]
    pub fn adc0(&self) -> AdcR {
        AdcR::new(((self.bits >> 16) & 1) != 0)
    }
    #[doc = "Bit 17 - ADC input pin present"]
    #[inline(always)]
    pub fn adc1(&self) -> AdcR {
        AdcR::new(((self.bits >> 17) & 1) != 0)
    }
    #[doc = "Bit 18 - ADC input pin present"]
    #[inline(always)]
    pub fn adc2(&self) -> AdcR {
        AdcR::new(((self.bits >> 18) & 1) != 0)
    }
    #[doc = "Bit 19 - ADC input pin present"]
    #[inline(always)]
    pub fn adc3(&self) -> AdcR {
        AdcR::new(((self.bits >> 19) & 1) != 0)
    }
    #[doc = "Timer capture/compare/PWM pin present"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `CCP0` field.</div>"]
    #[inline(always)]
    pub fn ccp(&self, n: u8) -> CcpR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        CcpR::new(((self.bits >> (n + 24)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Timer capture/compare/PWM pin present"]
    #[inline(always)]
    pub fn ccp_iter(&self) -> impl Iterator<Item = CcpR> + '_ {
        (0..4).map(move |n| CcpR::new(((self.bits >> (n + 24)) & 1) != 0))
    }
    #[doc = "Bit 24 - Timer capture/compare/PWM pin present"]
    #[inline(always)]
    pub fn ccp0(&self) -> CcpR {
        CcpR::new(((self.bits >> 24) & 1) != 0)
    }
    #[doc = "Bit 25 - Timer capture/compare/PWM pin present"]
    #[inline(always)]
    pub fn ccp1(&self) -> CcpR {
        CcpR::new(((self.bits >> 25) & 1) != 0)
    }
    #[doc = "Bit 26 - Timer capture/compare/PWM pin present"]
    #[inline(always)]
    pub fn ccp2(&self) -> CcpR {
        CcpR::new(((self.bits >> 26) & 1) != 0)
    }
    #[doc = "Bit 27 - Timer capture/compare/PWM pin present"]
    #[inline(always)]
    pub fn ccp3(&self) -> CcpR {
        CcpR::new(((self.bits >> 27) & 1) != 0)
    }
    #[doc = "Bit 31 - 32.768 kHz input clock available"]
    #[inline(always)]
    pub fn _32khz(&self) -> _32khzR {
        _32khzR::new(((self.bits >> 31) & 1) != 0)
    }
}
#[doc = "Device capabilities 3: pins present\n\nYou can [`read`](crate::Reg::read) this register and get [`dc3::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Dc3Spec;
impl crate::RegisterSpec for Dc3Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dc3::R`](R) reader structure"]
impl crate::Readable for Dc3Spec {}
#[doc = "`reset()` method sets DC3 to value 0x8f0f_87ff"]
impl crate::Resettable for Dc3Spec {
    const RESET_VALUE: u32 = 0x8f0f_87ff;
}
