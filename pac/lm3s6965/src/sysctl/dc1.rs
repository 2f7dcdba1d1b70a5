#[doc = "Register `DC1` reader"]
pub type R = crate::R<Dc1Spec>;
#[doc = "Field `JTAG` reader - JTAG present"]
pub type JtagR = crate::BitReader;
#[doc = "Field `SWD` reader - Serial wire debug present"]
pub type SwdR = crate::BitReader;
#[doc = "Field `SWO` reader - Serial wire output present"]
pub type SwoR = crate::BitReader;
#[doc = "Field `WDT` reader - Watchdog timer present"]
pub type WdtR = crate::BitReader;
#[doc = "Field `PLL` reader - PLL present"]
pub type PllR = crate::BitReader;
#[doc = "Field `TEMPSNS` reader - Temperature sensor present"]
pub type TempsnsR = crate::BitReader;
#[doc = "Field `HIB` reader - Hibernation module present"]
pub type HibR = crate::BitReader;
#[doc = "Field `MPU` reader - Memory protection unit present"]
pub type MpuR = crate::BitReader;
#[doc = "Highest ADC sample rate\n\nValue on reset: 3"]
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
#[doc = "Field `MAXADCSPD` reader - Highest ADC sample rate"]
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
#[doc = "Field `MINSYSDIV` reader - Smallest system clock divisor with the PLL (3 = divide by 4, 50 MHz)"]
pub type MinsysdivR = crate::FieldReader;
#[doc = "Field `ADC` reader - ADC present"]
pub type AdcR = crate::BitReader;
#[doc = "Field `PWM` reader - PWM module present"]
pub type PwmR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - JTAG present"]
    #[inline(always)]
    pub fn jtag(&self) -> JtagR {
        JtagR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Serial wire debug present"]
    #[inline(always)]
    pub fn swd(&self) -> SwdR {
        SwdR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Serial wire output present"]
    #[inline(always)]
    pub fn swo(&self) -> SwoR {
        SwoR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Watchdog timer present"]
    #[inline(always)]
    pub fn wdt(&self) -> WdtR {
        WdtR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - PLL present"]
    #[inline(always)]
    pub fn pll(&self) -> PllR {
        PllR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Temperature sensor present"]
    #[inline(always)]
    pub fn tempsns(&self) -> TempsnsR {
        TempsnsR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Hibernation module present"]
    #[inline(always)]
    pub fn hib(&self) -> HibR {
        HibR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Memory protection unit present"]
    #[inline(always)]
    pub fn mpu(&self) -> MpuR {
        MpuR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bits 8:9 - Highest ADC sample rate"]
    #[inline(always)]
    pub fn maxadcspd(&self) -> MaxadcspdR {
        MaxadcspdR::new(((self.bits >> 8) & 3) as u8)
    }
    #[doc = "Bits 12:15 - Smallest system clock divisor with the PLL (3 = divide by 4, 50 MHz)"]
    #[inline(always)]
    pub fn minsysdiv(&self) -> MinsysdivR {
        MinsysdivR::new(((self.bits >> 12) & 0x0f) as u8)
    }
    #[doc = "Bit 16 - ADC present"]
    #[inline(always)]
    pub fn adc(&self) -> AdcR {
        AdcR::new(((self.bits >> 16) & 1) != 0)
    }
    #[doc = "Bit 20 - PWM module present"]
    #[inline(always)]
    pub fn pwm(&self) -> PwmR {
        PwmR::new(((self.bits >> 20) & 1) != 0)
    }
}
#[doc = "Device capabilities 1: core features, ADC and PWM\n\nYou can [`read`](crate::Reg::read) this register and get [`dc1::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Dc1Spec;
impl crate::RegisterSpec for Dc1Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dc1::R`](R) reader structure"]
impl crate::Readable for Dc1Spec {}
#[doc = "`reset()` method sets DC1 to value 0x0011_33ff"]
impl crate::Resettable for Dc1Spec {
    const RESET_VALUE: u32 = 0x0011_33ff;
}
