#[doc = "Register `RCC2` reader"]
pub type R = crate::R<Rcc2Spec>;
#[doc = "Register `RCC2` writer"]
pub type W = crate::W<Rcc2Spec>;
#[doc = "Oscillator source\n\nValue on reset: 1"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Oscsrc2 {
    #[doc = "0: Main oscillator"]
    Mosc = 0,
    #[doc = "1: Internal oscillator"]
    Iosc = 1,
    #[doc = "2: Internal oscillator divided by 4"]
    IoscDiv4 = 2,
    #[doc = "3: 30 kHz internal oscillator"]
    Osc30khz = 3,
    #[doc = "7: 32.768 kHz hibernation oscillator"]
    Osc32khz = 7,
}
impl From<Oscsrc2> for u8 {
    #[inline(always)]
    fn from(variant: Oscsrc2) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Oscsrc2 {
    type Ux = u8;
}
impl crate::IsEnum for Oscsrc2 {}
#[doc = "Field `OSCSRC2` reader - Oscillator source"]
pub type Oscsrc2R = crate::FieldReader<Oscsrc2>;
impl Oscsrc2R {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Oscsrc2> {
        match self.bits {
            0 => Some(Oscsrc2::Mosc),
            1 => Some(Oscsrc2::Iosc),
            2 => Some(Oscsrc2::IoscDiv4),
            3 => Some(Oscsrc2::Osc30khz),
            7 => Some(Oscsrc2::Osc32khz),
            _ => None,
        }
    }
    #[doc = "Main oscillator"]
    #[inline(always)]
    pub fn is_mosc(&self) -> bool {
        *self == Oscsrc2::Mosc
    }
    #[doc = "Internal oscillator"]
    #[inline(always)]
    pub fn is_iosc(&self) -> bool {
        *self == Oscsrc2::Iosc
    }
    #[doc = "Internal oscillator divided by 4"]
    #[inline(always)]
    pub fn is_iosc_div4(&self) -> bool {
        *self == Oscsrc2::IoscDiv4
    }
    #[doc = "30 kHz internal oscillator"]
    #[inline(always)]
    pub fn is_osc30khz(&self) -> bool {
        *self == Oscsrc2::Osc30khz
    }
    #[doc = "32.768 kHz hibernation oscillator"]
    #[inline(always)]
    pub fn is_osc32khz(&self) -> bool {
        *self == Oscsrc2::Osc32khz
    }
}
#[doc = "Field `OSCSRC2` writer - Oscillator source"]
pub type Oscsrc2W<'a, REG> = crate::FieldWriter<'a, REG, 3, Oscsrc2>;
impl<'a, REG> Oscsrc2W<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Main oscillator"]
    #[inline(always)]
    pub fn mosc(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc2::Mosc)
    }
    #[doc = "Internal oscillator"]
    #[inline(always)]
    pub fn iosc(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc2::Iosc)
    }
    #[doc = "Internal oscillator divided by 4"]
    #[inline(always)]
    pub fn iosc_div4(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc2::IoscDiv4)
    }
    #[doc = "30 kHz internal oscillator"]
    #[inline(always)]
    pub fn osc30khz(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc2::Osc30khz)
    }
    #[doc = "32.768 kHz hibernation oscillator"]
    #[inline(always)]
    pub fn osc32khz(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc2::Osc32khz)
    }
}
#[doc = "Field `BYPASS2` reader - PLL bypassed"]
pub type Bypass2R = crate::BitReader;
#[doc = "Field `BYPASS2` writer - PLL bypassed"]
pub type Bypass2W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PWRDN2` reader - PLL powered down"]
pub type Pwrdn2R = crate::BitReader;
#[doc = "Field `PWRDN2` writer - PLL powered down"]
pub type Pwrdn2W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SYSDIV2` reader - System clock divisor minus one (0x03 = divide by 4)"]
pub type Sysdiv2R = crate::FieldReader;
#[doc = "Field `SYSDIV2` writer - System clock divisor minus one (0x03 = divide by 4)"]
pub type Sysdiv2W<'a, REG> = crate::FieldWriter<'a, REG, 6, u8, crate::Safe>;
#[doc = "Field `USERCC2` reader - Use RCC2 instead of the matching RCC fields"]
pub type Usercc2R = crate::BitReader;
#[doc = "Field `USERCC2` writer - Use RCC2 instead of the matching RCC fields"]
pub type Usercc2W<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bits 4:6 - Oscillator source"]
    #[inline(always)]
    pub fn oscsrc2(&self) -> Oscsrc2R {
        Oscsrc2R::new(((self.bits >> 4) & 7) as u8)
    }
    #[doc = "Bit 11 - PLL bypassed"]
    #[inline(always)]
    pub fn bypass2(&self) -> Bypass2R {
        Bypass2R::new(((self.bits >> 11) & 1) != 0)
    }
    #[doc = "Bit 13 - PLL powered down"]
    #[inline(always)]
    pub fn pwrdn2(&self) -> Pwrdn2R {
        Pwrdn2R::new(((self.bits >> 13) & 1) != 0)
    }
    #[doc = "Bits 23:28 - System clock divisor minus one (0x03 = divide by 4)"]
    #[inline(always)]
    pub fn sysdiv2(&self) -> Sysdiv2R {
        Sysdiv2R::new(((self.bits >> 23) & 0x3f) as u8)
    }
    #[doc = "Bit 31 - Use RCC2 instead of the matching RCC fields"]
    #[inline(always)]
    pub fn usercc2(&self) -> Usercc2R {
        Usercc2R::new(((self.bits >> 31) & 1) != 0)
    }
}
impl W {
    #[doc = "Bits 4:6 - Oscillator source"]
    #[inline(always)]
    pub fn oscsrc2(&mut self) -> Oscsrc2W<'_, Rcc2Spec> {
        Oscsrc2W::new(self, 4)
    }
    #[doc = "Bit 11 - PLL bypassed"]
    #[inline(always)]
    pub fn bypass2(&mut self) -> Bypass2W<'_, Rcc2Spec> {
        Bypass2W::new(self, 11)
    }
    #[doc = "Bit 13 - PLL powered down"]
    #[inline(always)]
    pub fn pwrdn2(&mut self) -> Pwrdn2W<'_, Rcc2Spec> {
        Pwrdn2W::new(self, 13)
    }
    #[doc = "Bits 23:28 - System clock divisor minus one (0x03 = divide by 4)"]
    #[inline(always)]
    pub fn sysdiv2(&mut self) -> Sysdiv2W<'_, Rcc2Spec> {
        Sysdiv2W::new(self, 23)
    }
    #[doc = "Bit 31 - Use RCC2 instead of the matching RCC fields"]
    #[inline(always)]
    pub fn usercc2(&mut self) -> Usercc2W<'_, Rcc2Spec> {
        Usercc2W::new(self, 31)
    }
}
#[doc = "Run-mode clock configuration 2 (overrides RCC fields when USERCC2 is set)\n\nYou can [`read`](crate::Reg::read) this register and get [`rcc2::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcc2::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Rcc2Spec;
impl crate::RegisterSpec for Rcc2Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rcc2::R`](R) reader structure"]
impl crate::Readable for Rcc2Spec {}
#[doc = "`write(|w| ..)` method takes [`rcc2::W`](W) writer structure"]
impl crate::Writable for Rcc2Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RCC2 to value 0x0780_2810"]
impl crate::Resettable for Rcc2Spec {
    const RESET_VALUE: u32 = 0x0780_2810;
}
