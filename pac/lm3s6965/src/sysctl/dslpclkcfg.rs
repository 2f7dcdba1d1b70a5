#[doc = "Register `DSLPCLKCFG` reader"]
pub type R = crate::R<DslpclkcfgSpec>;
#[doc = "Register `DSLPCLKCFG` writer"]
pub type W = crate::W<DslpclkcfgSpec>;
#[doc = "Clock source in deep sleep\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Dsoscsrc {
    #[doc = "0: Keep the run-mode source"]
    NoOverride = 0,
    #[doc = "1: Internal oscillator"]
    Iosc = 1,
    #[doc = "3: 30 kHz internal oscillator"]
    Osc30khz = 3,
    #[doc = "7: 32.768 kHz hibernation oscillator"]
    Osc32khz = 7,
}
impl From<Dsoscsrc> for u8 {
    #[inline(always)]
    fn from(variant: Dsoscsrc) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Dsoscsrc {
    type Ux = u8;
}
impl crate::IsEnum for Dsoscsrc {}
#[doc = "Field `DSOSCSRC` reader - Clock source in deep sleep"]
pub type DsoscsrcR = crate::FieldReader<Dsoscsrc>;
impl DsoscsrcR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Dsoscsrc> {
        match self.bits {
            0 => Some(Dsoscsrc::NoOverride),
            1 => Some(Dsoscsrc::Iosc),
            3 => Some(Dsoscsrc::Osc30khz),
            7 => Some(Dsoscsrc::Osc32khz),
            _ => None,
        }
    }
    #[doc = "Keep the run-mode source"]
    #[inline(always)]
    pub fn is_no_override(&self) -> bool {
        *self == Dsoscsrc::NoOverride
    }
    #[doc = "Internal oscillator"]
    #[inline(always)]
    pub fn is_iosc(&self) -> bool {
        *self == Dsoscsrc::Iosc
    }
    #[doc = "30 kHz internal oscillator"]
    #[inline(always)]
    pub fn is_osc30khz(&self) -> bool {
        *self == Dsoscsrc::Osc30khz
    }
    #[doc = "32.768 kHz hibernation oscillator"]
    #[inline(always)]
    pub fn is_osc32khz(&self) -> bool {
        *self == Dsoscsrc::Osc32khz
    }
}
#[doc = "Field `DSOSCSRC` writer - Clock source in deep sleep"]
pub type DsoscsrcW<'a, REG> = crate::FieldWriter<'a, REG, 3, Dsoscsrc>;
impl<'a, REG> DsoscsrcW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Keep the run-mode source"]
    #[inline(always)]
    pub fn no_override(self) -> &'a mut crate::W<REG> {
        self.variant(Dsoscsrc::NoOverride)
    }
    #[doc = "Internal oscillator"]
    #[inline(always)]
    pub fn iosc(self) -> &'a mut crate::W<REG> {
        self.variant(Dsoscsrc::Iosc)
    }
    #[doc = "30 kHz internal oscillator"]
    #[inline(always)]
    pub fn osc30khz(self) -> &'a mut crate::W<REG> {
        self.variant(Dsoscsrc::Osc30khz)
    }
    #[doc = "32.768 kHz hibernation oscillator"]
    #[inline(always)]
    pub fn osc32khz(self) -> &'a mut crate::W<REG> {
        self.variant(Dsoscsrc::Osc32khz)
    }
}
#[doc = "Field `DSDIVORIDE` reader - System clock divisor in deep sleep, minus one"]
pub type DsdivorideR = crate::FieldReader;
#[doc = "Field `DSDIVORIDE` writer - System clock divisor in deep sleep, minus one"]
pub type DsdivorideW<'a, REG> = crate::FieldWriter<'a, REG, 6, u8, crate::Safe>;
impl R {
    #[doc = "Bits 4:6 - Clock source in deep sleep"]
    #[inline(always)]
    pub fn dsoscsrc(&self) -> DsoscsrcR {
        DsoscsrcR::new(((self.bits >> 4) & 7) as u8)
    }
    #[doc = "Bits 23:28 - System clock divisor in deep sleep, minus one"]
    #[inline(always)]
    pub fn dsdivoride(&self) -> DsdivorideR {
        DsdivorideR::new(((self.bits >> 23) & 0x3f) as u8)
    }
}
impl W {
    #[doc = "Bits 4:6 - Clock source in deep sleep"]
    #[inline(always)]
    pub fn dsoscsrc(&mut self) -> DsoscsrcW<'_, DslpclkcfgSpec> {
        DsoscsrcW::new(self, 4)
    }
    #[doc = "Bits 23:28 - System clock divisor in deep sleep, minus one"]
    #[inline(always)]
    pub fn dsdivoride(&mut self) -> DsdivorideW<'_, DslpclkcfgSpec> {
        DsdivorideW::new(self, 23)
    }
}
#[doc = "Deep-sleep clock configuration\n\nYou can [`read`](crate::Reg::read) this register and get [`dslpclkcfg::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dslpclkcfg::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct DslpclkcfgSpec;
impl crate::RegisterSpec for DslpclkcfgSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dslpclkcfg::R`](R) reader structure"]
impl crate::Readable for DslpclkcfgSpec {}
#[doc = "`write(|w| ..)` method takes [`dslpclkcfg::W`](W) writer structure"]
impl crate::Writable for DslpclkcfgSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets DSLPCLKCFG to value 0x0780_0000"]
impl crate::Resettable for DslpclkcfgSpec {
    const RESET_VALUE: u32 = 0x0780_0000;
}
