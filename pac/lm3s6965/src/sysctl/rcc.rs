#[doc = "Register `RCC` reader"]
pub type R = crate::R<RccSpec>;
#[doc = "Register `RCC` writer"]
pub type W = crate::W<RccSpec>;
#[doc = "Field `MOSCDIS` reader - Main oscillator disabled"]
pub type MoscdisR = crate::BitReader;
#[doc = "Field `MOSCDIS` writer - Main oscillator disabled"]
pub type MoscdisW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `IOSCDIS` reader - Internal oscillator disabled"]
pub type IoscdisR = crate::BitReader;
#[doc = "Field `IOSCDIS` writer - Internal oscillator disabled"]
pub type IoscdisW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Oscillator source\n\nValue on reset: 1"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Oscsrc {
    #[doc = "0: Main oscillator"]
    Mosc = 0,
    #[doc = "1: Internal oscillator (reset value)"]
    Iosc = 1,
    #[doc = "2: Internal oscillator divided by 4"]
    IoscDiv4 = 2,
    #[doc = "3: 30 kHz internal oscillator"]
    Osc30khz = 3,
}
impl From<Oscsrc> for u8 {
    #[inline(always)]
    fn from(variant: Oscsrc) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Oscsrc {
    type Ux = u8;
}
impl crate::IsEnum for Oscsrc {}
#[doc = "Field `OSCSRC` reader - Oscillator source"]
pub type OscsrcR = crate::FieldReader<Oscsrc>;
impl OscsrcR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Oscsrc {
        match self.bits {
            0 => Oscsrc::Mosc,
            1 => Oscsrc::Iosc,
            2 => Oscsrc::IoscDiv4,
            3 => Oscsrc::Osc30khz,
            _ => unreachable!(),
        }
    }
    #[doc = "Main oscillator"]
    #[inline(always)]
    pub fn is_mosc(&self) -> bool {
        *self == Oscsrc::Mosc
    }
    #[doc = "Internal oscillator (reset value)"]
    #[inline(always)]
    pub fn is_iosc(&self) -> bool {
        *self == Oscsrc::Iosc
    }
    #[doc = "Internal oscillator divided by 4"]
    #[inline(always)]
    pub fn is_iosc_div4(&self) -> bool {
        *self == Oscsrc::IoscDiv4
    }
    #[doc = "30 kHz internal oscillator"]
    #[inline(always)]
    pub fn is_osc30khz(&self) -> bool {
        *self == Oscsrc::Osc30khz
    }
}
#[doc = "Field `OSCSRC` writer - Oscillator source"]
pub type OscsrcW<'a, REG> = crate::FieldWriter<'a, REG, 2, Oscsrc, crate::Safe>;
impl<'a, REG> OscsrcW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Main oscillator"]
    #[inline(always)]
    pub fn mosc(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc::Mosc)
    }
    #[doc = "Internal oscillator (reset value)"]
    #[inline(always)]
    pub fn iosc(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc::Iosc)
    }
    #[doc = "Internal oscillator divided by 4"]
    #[inline(always)]
    pub fn iosc_div4(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc::IoscDiv4)
    }
    #[doc = "30 kHz internal oscillator"]
    #[inline(always)]
    pub fn osc30khz(self) -> &'a mut crate::W<REG> {
        self.variant(Oscsrc::Osc30khz)
    }
}
#[doc = "Frequency of the crystal on the main oscillator\n\nValue on reset: 11"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Xtal {
    #[doc = "0: 1 MHz (no PLL)"]
    Mhz1_000 = 0,
    #[doc = "1: 1.8432 MHz (no PLL)"]
    Mhz1_843 = 1,
    #[doc = "2: 2 MHz (no PLL)"]
    Mhz2_000 = 2,
    #[doc = "3: 2.4576 MHz (no PLL)"]
    Mhz2_458 = 3,
    #[doc = "4: 3.579545 MHz"]
    Mhz3_580 = 4,
    #[doc = "5: 3.6864 MHz"]
    Mhz3_686 = 5,
    #[doc = "6: 4 MHz"]
    Mhz4_000 = 6,
    #[doc = "7: 4.096 MHz"]
    Mhz4_096 = 7,
    #[doc = "8: 4.9152 MHz"]
    Mhz4_915 = 8,
    #[doc = "9: 5 MHz"]
    Mhz5_000 = 9,
    #[doc = "10: 5.12 MHz"]
    Mhz5_120 = 10,
    #[doc = "11: 6 MHz (reset value)"]
    Mhz6_000 = 11,
    #[doc = "12: 6.144 MHz"]
    Mhz6_144 = 12,
    #[doc = "13: 7.3728 MHz"]
    Mhz7_373 = 13,
    #[doc = "14: 8 MHz"]
    Mhz8_000 = 14,
    #[doc = "15: 8.192 MHz"]
    Mhz8_192 = 15,
}
impl From<Xtal> for u8 {
    #[inline(always)]
    fn from(variant: Xtal) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Xtal {
    type Ux = u8;
}
impl crate::IsEnum for Xtal {}
#[doc = "Field `XTAL` reader - Frequency of the crystal on the main oscillator"]
pub type XtalR = crate::FieldReader<Xtal>;
impl XtalR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Xtal {
        match self.bits {
            0 => Xtal::Mhz1_000,
            1 => Xtal::Mhz1_843,
            2 => Xtal::Mhz2_000,
            3 => Xtal::Mhz2_458,
            4 => Xtal::Mhz3_580,
            5 => Xtal::Mhz3_686,
            6 => Xtal::Mhz4_000,
            7 => Xtal::Mhz4_096,
            8 => Xtal::Mhz4_915,
            9 => Xtal::Mhz5_000,
            10 => Xtal::Mhz5_120,
            11 => Xtal::Mhz6_000,
            12 => Xtal::Mhz6_144,
            13 => Xtal::Mhz7_373,
            14 => Xtal::Mhz8_000,
            15 => Xtal::Mhz8_192,
            _ => unreachable!(),
        }
    }
    #[doc = "1 MHz (no PLL)"]
    #[inline(always)]
    pub fn is_mhz1_000(&self) -> bool {
        *self == Xtal::Mhz1_000
    }
    #[doc = "1.8432 MHz (no PLL)"]
    #[inline(always)]
    pub fn is_mhz1_843(&self) -> bool {
        *self == Xtal::Mhz1_843
    }
    #[doc = "2 MHz (no PLL)"]
    #[inline(always)]
    pub fn is_mhz2_000(&self) -> bool {
        *self == Xtal::Mhz2_000
    }
    #[doc = "2.4576 MHz (no PLL)"]
    #[inline(always)]
    pub fn is_mhz2_458(&self) -> bool {
        *self == Xtal::Mhz2_458
    }
    #[doc = "3.579545 MHz"]
    #[inline(always)]
    pub fn is_mhz3_580(&self) -> bool {
        *self == Xtal::Mhz3_580
    }
    #[doc = "3.6864 MHz"]
    #[inline(always)]
    pub fn is_mhz3_686(&self) -> bool {
        *self == Xtal::Mhz3_686
    }
    #[doc = "4 MHz"]
    #[inline(always)]
    pub fn is_mhz4_000(&self) -> bool {
        *self == Xtal::Mhz4_000
    }
    #[doc = "4.096 MHz"]
    #[inline(always)]
    pub fn is_mhz4_096(&self) -> bool {
        *self == Xtal::Mhz4_096
    }
    #[doc = "4.9152 MHz"]
    #[inline(always)]
    pub fn is_mhz4_915(&self) -> bool {
        *self == Xtal::Mhz4_915
    }
    #[doc = "5 MHz"]
    #[inline(always)]
    pub fn is_mhz5_000(&self) -> bool {
        *self == Xtal::Mhz5_000
    }
    #[doc = "5.12 MHz"]
    #[inline(always)]
    pub fn is_mhz5_120(&self) -> bool {
        *self == Xtal::Mhz5_120
    }
    #[doc = "6 MHz (reset value)"]
    #[inline(always)]
    pub fn is_mhz6_000(&self) -> bool {
        *self == Xtal::Mhz6_000
    }
    #[doc = "6.144 MHz"]
    #[inline(always)]
    pub fn is_mhz6_144(&self) -> bool {
        *self == Xtal::Mhz6_144
    }
    #[doc = "7.3728 MHz"]
    #[inline(always)]
    pub fn is_mhz7_373(&self) -> bool {
        *self == Xtal::Mhz7_373
    }
    #[doc = "8 MHz"]
    #[inline(always)]
    pub fn is_mhz8_000(&self) -> bool {
        *self == Xtal::Mhz8_000
    }
    #[doc = "8.192 MHz"]
    #[inline(always)]
    pub fn is_mhz8_192(&self) -> bool {
        *self == Xtal::Mhz8_192
    }
}
#[doc = "Field `XTAL` writer - Frequency of the crystal on the main oscillator"]
pub type XtalW<'a, REG> = crate::FieldWriter<'a, REG, 4, Xtal, crate::Safe>;
impl<'a, REG> XtalW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "1 MHz (no PLL)"]
    #[inline(always)]
    pub fn mhz1_000(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz1_000)
    }
    #[doc = "1.8432 MHz (no PLL)"]
    #[inline(always)]
    pub fn mhz1_843(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz1_843)
    }
    #[doc = "2 MHz (no PLL)"]
    #[inline(always)]
    pub fn mhz2_000(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz2_000)
    }
    #[doc = "2.4576 MHz (no PLL)"]
    #[inline(always)]
    pub fn mhz2_458(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz2_458)
    }
    #[doc = "3.579545 MHz"]
    #[inline(always)]
    pub fn mhz3_580(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz3_580)
    }
    #[doc = "3.6864 MHz"]
    #[inline(always)]
    pub fn mhz3_686(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz3_686)
    }
    #[doc = "4 MHz"]
    #[inline(always)]
    pub fn mhz4_000(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz4_000)
    }
    #[doc = "4.096 MHz"]
    #[inline(always)]
    pub fn mhz4_096(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz4_096)
    }
    #[doc = "4.9152 MHz"]
    #[inline(always)]
    pub fn mhz4_915(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz4_915)
    }
    #[doc = "5 MHz"]
    #[inline(always)]
    pub fn mhz5_000(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz5_000)
    }
    #[doc = "5.12 MHz"]
    #[inline(always)]
    pub fn mhz5_120(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz5_120)
    }
    #[doc = "6 MHz (reset value)"]
    #[inline(always)]
    pub fn mhz6_000(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz6_000)
    }
    #[doc = "6.144 MHz"]
    #[inline(always)]
    pub fn mhz6_144(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz6_144)
    }
    #[doc = "7.3728 MHz"]
    #[inline(always)]
    pub fn mhz7_373(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz7_373)
    }
    #[doc = "8 MHz"]
    #[inline(always)]
    pub fn mhz8_000(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz8_000)
    }
    #[doc = "8.192 MHz"]
    #[inline(always)]
    pub fn mhz8_192(self) -> &'a mut crate::W<REG> {
        self.variant(Xtal::Mhz8_192)
    }
}
#[doc = "Field `BYPASS` reader - PLL bypassed: the system clock comes from the oscillator source"]
pub type BypassR = crate::BitReader;
#[doc = "Field `BYPASS` writer - PLL bypassed: the system clock comes from the oscillator source"]
pub type BypassW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `OEN` reader - PLL output disabled (set at reset): the PLL runs the system clock only with both OEN and PWRDN clear"]
pub type OenR = crate::BitReader;
#[doc = "Field `OEN` writer - PLL output disabled (set at reset): the PLL runs the system clock only with both OEN and PWRDN clear"]
pub type OenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PWRDN` reader - PLL powered down"]
pub type PwrdnR = crate::BitReader;
#[doc = "Field `PWRDN` writer - PLL powered down"]
pub type PwrdnW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "PWM clock divisor\n\nValue on reset: 7"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Pwmdiv {
    #[doc = "0: /2"]
    Div2 = 0,
    #[doc = "1: /4"]
    Div4 = 1,
    #[doc = "2: /8"]
    Div8 = 2,
    #[doc = "3: /16"]
    Div16 = 3,
    #[doc = "4: /32"]
    Div32 = 4,
    #[doc = "5: /64"]
    Div64 = 5,
}
impl From<Pwmdiv> for u8 {
    #[inline(always)]
    fn from(variant: Pwmdiv) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Pwmdiv {
    type Ux = u8;
}
impl crate::IsEnum for Pwmdiv {}
#[doc = "Field `PWMDIV` reader - PWM clock divisor"]
pub type PwmdivR = crate::FieldReader<Pwmdiv>;
impl PwmdivR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Pwmdiv> {
        match self.bits {
            0 => Some(Pwmdiv::Div2),
            1 => Some(Pwmdiv::Div4),
            2 => Some(Pwmdiv::Div8),
            3 => Some(Pwmdiv::Div16),
            4 => Some(Pwmdiv::Div32),
            5 => Some(Pwmdiv::Div64),
            _ => None,
        }
    }
    #[doc = "/2"]
    #[inline(always)]
    pub fn is_div2(&self) -> bool {
        *self == Pwmdiv::Div2
    }
    #[doc = "/4"]
    #[inline(always)]
    pub fn is_div4(&self) -> bool {
        *self == Pwmdiv::Div4
    }
    #[doc = "/8"]
    #[inline(always)]
    pub fn is_div8(&self) -> bool {
        *self == Pwmdiv::Div8
    }
    #[doc = "/16"]
    #[inline(always)]
    pub fn is_div16(&self) -> bool {
        *self == Pwmdiv::Div16
    }
    #[doc = "/32"]
    #[inline(always)]
    pub fn is_div32(&self) -> bool {
        *self == Pwmdiv::Div32
    }
    #[doc = "/64"]
    #[inline(always)]
    pub fn is_div64(&self) -> bool {
        *self == Pwmdiv::Div64
    }
}
#[doc = "Field `PWMDIV` writer - PWM clock divisor"]
pub type PwmdivW<'a, REG> = crate::FieldWriter<'a, REG, 3, Pwmdiv>;
impl<'a, REG> PwmdivW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "/2"]
    #[inline(always)]
    pub fn div2(self) -> &'a mut crate::W<REG> {
        self.variant(Pwmdiv::Div2)
    }
    #[doc = "/4"]
    #[inline(always)]
    pub fn div4(self) -> &'a mut crate::W<REG> {
        self.variant(Pwmdiv::Div4)
    }
    #[doc = "/8"]
    #[inline(always)]
    pub fn div8(self) -> &'a mut crate::W<REG> {
        self.variant(Pwmdiv::Div8)
    }
    #[doc = "/16"]
    #[inline(always)]
    pub fn div16(self) -> &'a mut crate::W<REG> {
        self.variant(Pwmdiv::Div16)
    }
    #[doc = "/32"]
    #[inline(always)]
    pub fn div32(self) -> &'a mut crate::W<REG> {
        self.variant(Pwmdiv::Div32)
    }
    #[doc = "/64"]
    #[inline(always)]
    pub fn div64(self) -> &'a mut crate::W<REG> {
        self.variant(Pwmdiv::Div64)
    }
}
#[doc = "Field `USEPWMDIV` reader - PWM clock divided by PWMDIV"]
pub type UsepwmdivR = crate::BitReader;
#[doc = "Field `USEPWMDIV` writer - PWM clock divided by PWMDIV"]
pub type UsepwmdivW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `USESYSDIV` reader - System clock divided by SYSDIV"]
pub type UsesysdivR = crate::BitReader;
#[doc = "Field `USESYSDIV` writer - System clock divided by SYSDIV"]
pub type UsesysdivW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "System clock divisor\n\nValue on reset: 15"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Sysdiv {
    #[doc = "0: System clock is the source divided by 1 (with the PLL: reserved)"]
    Div1 = 0,
    #[doc = "1: System clock is the source divided by 2"]
    Div2 = 1,
    #[doc = "2: System clock is the source divided by 3"]
    Div3 = 2,
    #[doc = "3: System clock is the source divided by 4"]
    Div4 = 3,
    #[doc = "4: System clock is the source divided by 5"]
    Div5 = 4,
    #[doc = "5: System clock is the source divided by 6"]
    Div6 = 5,
    #[doc = "6: System clock is the source divided by 7"]
    Div7 = 6,
    #[doc = "7: System clock is the source divided by 8"]
    Div8 = 7,
    #[doc = "8: System clock is the source divided by 9"]
    Div9 = 8,
    #[doc = "9: System clock is the source divided by 10"]
    Div10 = 9,
    #[doc = "10: System clock is the source divided by 11"]
    Div11 = 10,
    #[doc = "11: System clock is the source divided by 12"]
    Div12 = 11,
    #[doc = "12: System clock is the source divided by 13"]
    Div13 = 12,
    #[doc = "13: System clock is the source divided by 14"]
    Div14 = 13,
    #[doc = "14: System clock is the source divided by 15"]
    Div15 = 14,
    #[doc = "15: System clock is the source divided by 16"]
    Div16 = 15,
}
impl From<Sysdiv> for u8 {
    #[inline(always)]
    fn from(variant: Sysdiv) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Sysdiv {
    type Ux = u8;
}
impl crate::IsEnum for Sysdiv {}
#[doc = "Field `SYSDIV` reader - System clock divisor"]
pub type SysdivR = crate::FieldReader<Sysdiv>;
impl SysdivR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Sysdiv {
        match self.bits {
            0 => Sysdiv::Div1,
            1 => Sysdiv::Div2,
            2 => Sysdiv::Div3,
            3 => Sysdiv::Div4,
            4 => Sysdiv::Div5,
            5 => Sysdiv::Div6,
            6 => Sysdiv::Div7,
            7 => Sysdiv::Div8,
            8 => Sysdiv::Div9,
            9 => Sysdiv::Div10,
            10 => Sysdiv::Div11,
            11 => Sysdiv::Div12,
            12 => Sysdiv::Div13,
            13 => Sysdiv::Div14,
            14 => Sysdiv::Div15,
            15 => Sysdiv::Div16,
            _ => unreachable!(),
        }
    }
    #[doc = "System clock is the source divided by 1 (with the PLL: reserved)"]
    #[inline(always)]
    pub fn is_div1(&self) -> bool {
        *self == Sysdiv::Div1
    }
    #[doc = "System clock is the source divided by 2"]
    #[inline(always)]
    pub fn is_div2(&self) -> bool {
        *self == Sysdiv::Div2
    }
    #[doc = "System clock is the source divided by 3"]
    #[inline(always)]
    pub fn is_div3(&self) -> bool {
        *self == Sysdiv::Div3
    }
    #[doc = "System clock is the source divided by 4"]
    #[inline(always)]
    pub fn is_div4(&self) -> bool {
        *self == Sysdiv::Div4
    }
    #[doc = "System clock is the source divided by 5"]
    #[inline(always)]
    pub fn is_div5(&self) -> bool {
        *self == Sysdiv::Div5
    }
    #[doc = "System clock is the source divided by 6"]
    #[inline(always)]
    pub fn is_div6(&self) -> bool {
        *self == Sysdiv::Div6
    }
    #[doc = "System clock is the source divided by 7"]
    #[inline(always)]
    pub fn is_div7(&self) -> bool {
        *self == Sysdiv::Div7
    }
    #[doc = "System clock is the source divided by 8"]
    #[inline(always)]
    pub fn is_div8(&self) -> bool {
        *self == Sysdiv::Div8
    }
    #[doc = "System clock is the source divided by 9"]
    #[inline(always)]
    pub fn is_div9(&self) -> bool {
        *self == Sysdiv::Div9
    }
    #[doc = "System clock is the source divided by 10"]
    #[inline(always)]
    pub fn is_div10(&self) -> bool {
        *self == Sysdiv::Div10
    }
    #[doc = "System clock is the source divided by 11"]
    #[inline(always)]
    pub fn is_div11(&self) -> bool {
        *self == Sysdiv::Div11
    }
    #[doc = "System clock is the source divided by 12"]
    #[inline(always)]
    pub fn is_div12(&self) -> bool {
        *self == Sysdiv::Div12
    }
    #[doc = "System clock is the source divided by 13"]
    #[inline(always)]
    pub fn is_div13(&self) -> bool {
        *self == Sysdiv::Div13
    }
    #[doc = "System clock is the source divided by 14"]
    #[inline(always)]
    pub fn is_div14(&self) -> bool {
        *self == Sysdiv::Div14
    }
    #[doc = "System clock is the source divided by 15"]
    #[inline(always)]
    pub fn is_div15(&self) -> bool {
        *self == Sysdiv::Div15
    }
    #[doc = "System clock is the source divided by 16"]
    #[inline(always)]
    pub fn is_div16(&self) -> bool {
        *self == Sysdiv::Div16
    }
}
#[doc = "Field `SYSDIV` writer - System clock divisor"]
pub type SysdivW<'a, REG> = crate::FieldWriter<'a, REG, 4, Sysdiv, crate::Safe>;
impl<'a, REG> SysdivW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "System clock is the source divided by 1 (with the PLL: reserved)"]
    #[inline(always)]
    pub fn div1(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div1)
    }
    #[doc = "System clock is the source divided by 2"]
    #[inline(always)]
    pub fn div2(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div2)
    }
    #[doc = "System clock is the source divided by 3"]
    #[inline(always)]
    pub fn div3(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div3)
    }
    #[doc = "System clock is the source divided by 4"]
    #[inline(always)]
    pub fn div4(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div4)
    }
    #[doc = "System clock is the source divided by 5"]
    #[inline(always)]
    pub fn div5(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div5)
    }
    #[doc = "System clock is the source divided by 6"]
    #[inline(always)]
    pub fn div6(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div6)
    }
    #[doc = "System clock is the source divided by 7"]
    #[inline(always)]
    pub fn div7(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div7)
    }
    #[doc = "System clock is the source divided by 8"]
    #[inline(always)]
    pub fn div8(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div8)
    }
    #[doc = "System clock is the source divided by 9"]
    #[inline(always)]
    pub fn div9(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div9)
    }
    #[doc = "System clock is the source divided by 10"]
    #[inline(always)]
    pub fn div10(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div10)
    }
    #[doc = "System clock is the source divided by 11"]
    #[inline(always)]
    pub fn div11(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div11)
    }
    #[doc = "System clock is the source divided by 12"]
    #[inline(always)]
    pub fn div12(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div12)
    }
    #[doc = "System clock is the source divided by 13"]
    #[inline(always)]
    pub fn div13(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div13)
    }
    #[doc = "System clock is the source divided by 14"]
    #[inline(always)]
    pub fn div14(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div14)
    }
    #[doc = "System clock is the source divided by 15"]
    #[inline(always)]
    pub fn div15(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div15)
    }
    #[doc = "System clock is the source divided by 16"]
    #[inline(always)]
    pub fn div16(self) -> &'a mut crate::W<REG> {
        self.variant(Sysdiv::Div16)
    }
}
#[doc = "Field `ACG` reader - Auto clock gating: sleep modes use SCGCn/DCGCn"]
pub type AcgR = crate::BitReader;
#[doc = "Field `ACG` writer - Auto clock gating: sleep modes use SCGCn/DCGCn"]
pub type AcgW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Main oscillator disabled"]
    #[inline(always)]
    pub fn moscdis(&self) -> MoscdisR {
        MoscdisR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Internal oscillator disabled"]
    #[inline(always)]
    pub fn ioscdis(&self) -> IoscdisR {
        IoscdisR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bits 4:5 - Oscillator source"]
    #[inline(always)]
    pub fn oscsrc(&self) -> OscsrcR {
        OscsrcR::new(((self.bits >> 4) & 3) as u8)
    }
    #[doc = "Bits 6:9 - Frequency of the crystal on the main oscillator"]
    #[inline(always)]
    pub fn xtal(&self) -> XtalR {
        XtalR::new(((self.bits >> 6) & 0x0f) as u8)
    }
    #[doc = "Bit 11 - PLL bypassed: the system clock comes from the oscillator source"]
    #[inline(always)]
    pub fn bypass(&self) -> BypassR {
        BypassR::new(((self.bits >> 11) & 1) != 0)
    }
    #[doc = "Bit 12 - PLL output disabled (set at reset): the PLL runs the system clock only with both OEN and PWRDN clear"]
    #[inline(always)]
    pub fn oen(&self) -> OenR {
        OenR::new(((self.bits >> 12) & 1) != 0)
    }
    #[doc = "Bit 13 - PLL powered down"]
    #[inline(always)]
    pub fn pwrdn(&self) -> PwrdnR {
        PwrdnR::new(((self.bits >> 13) & 1) != 0)
    }
    #[doc = "Bits 17:19 - PWM clock divisor"]
    #[inline(always)]
    pub fn pwmdiv(&self) -> PwmdivR {
        PwmdivR::new(((self.bits >> 17) & 7) as u8)
    }
    #[doc = "Bit 20 - PWM clock divided by PWMDIV"]
    #[inline(always)]
    pub fn usepwmdiv(&self) -> UsepwmdivR {
        UsepwmdivR::new(((self.bits >> 20) & 1) != 0)
    }
    #[doc = "Bit 22 - System clock divided by SYSDIV"]
    #[inline(always)]
    pub fn usesysdiv(&self) -> UsesysdivR {
        UsesysdivR::new(((self.bits >> 22) & 1) != 0)
    }
    #[doc = "Bits 23:26 - System clock divisor"]
    #[inline(always)]
    pub fn sysdiv(&self) -> SysdivR {
        SysdivR::new(((self.bits >> 23) & 0x0f) as u8)
    }
    #[doc = "Bit 27 - Auto clock gating: sleep modes use SCGCn/DCGCn"]
    #[inline(always)]
    pub fn acg(&self) -> AcgR {
        AcgR::new(((self.bits >> 27) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Main oscillator disabled"]
    #[inline(always)]
    pub fn moscdis(&mut self) -> MoscdisW<'_, RccSpec> {
        MoscdisW::new(self, 0)
    }
    #[doc = "Bit 1 - Internal oscillator disabled"]
    #[inline(always)]
    pub fn ioscdis(&mut self) -> IoscdisW<'_, RccSpec> {
        IoscdisW::new(self, 1)
    }
    #[doc = "Bits 4:5 - Oscillator source"]
    #[inline(always)]
    pub fn oscsrc(&mut self) -> OscsrcW<'_, RccSpec> {
        OscsrcW::new(self, 4)
    }
    #[doc = "Bits 6:9 - Frequency of the crystal on the main oscillator"]
    #[inline(always)]
    pub fn xtal(&mut self) -> XtalW<'_, RccSpec> {
        XtalW::new(self, 6)
    }
    #[doc = "Bit 11 - PLL bypassed: the system clock comes from the oscillator source"]
    #[inline(always)]
    pub fn bypass(&mut self) -> BypassW<'_, RccSpec> {
        BypassW::new(self, 11)
    }
    #[doc = "Bit 12 - PLL output disabled (set at reset): the PLL runs the system clock only with both OEN and PWRDN clear"]
    #[inline(always)]
    pub fn oen(&mut self) -> OenW<'_, RccSpec> {
        OenW::new(self, 12)
    }
    #[doc = "Bit 13 - PLL powered down"]
    #[inline(always)]
    pub fn pwrdn(&mut self) -> PwrdnW<'_, RccSpec> {
        PwrdnW::new(self, 13)
    }
    #[doc = "Bits 17:19 - PWM clock divisor"]
    #[inline(always)]
    pub fn pwmdiv(&mut self) -> PwmdivW<'_, RccSpec> {
        PwmdivW::new(self, 17)
    }
    #[doc = "Bit 20 - PWM clock divided by PWMDIV"]
    #[inline(always)]
    pub fn usepwmdiv(&mut self) -> UsepwmdivW<'_, RccSpec> {
        UsepwmdivW::new(self, 20)
    }
    #[doc = "Bit 22 - System clock divided by SYSDIV"]
    #[inline(always)]
    pub fn usesysdiv(&mut self) -> UsesysdivW<'_, RccSpec> {
        UsesysdivW::new(self, 22)
    }
    #[doc = "Bits 23:26 - System clock divisor"]
    #[inline(always)]
    pub fn sysdiv(&mut self) -> SysdivW<'_, RccSpec> {
        SysdivW::new(self, 23)
    }
    #[doc = "Bit 27 - Auto clock gating: sleep modes use SCGCn/DCGCn"]
    #[inline(always)]
    pub fn acg(&mut self) -> AcgW<'_, RccSpec> {
        AcgW::new(self, 27)
    }
}
#[doc = "Run-mode clock configuration\n\nYou can [`read`](crate::Reg::read) this register and get [`rcc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RccSpec;
impl crate::RegisterSpec for RccSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rcc::R`](R) reader structure"]
impl crate::Readable for RccSpec {}
#[doc = "`write(|w| ..)` method takes [`rcc::W`](W) writer structure"]
impl crate::Writable for RccSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RCC to value 0x078e_3ad1"]
impl crate::Resettable for RccSpec {
    const RESET_VALUE: u32 = 0x078e_3ad1;
}
