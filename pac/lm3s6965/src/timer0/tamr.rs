#[doc = "Register `TAMR` reader"]
pub type R = crate::R<TamrSpec>;
#[doc = "Register `TAMR` writer"]
pub type W = crate::W<TamrSpec>;
#[doc = "Timer A mode\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Tamr {
    #[doc = "1: One-shot timer"]
    OneShot = 1,
    #[doc = "2: Periodic timer"]
    Periodic = 2,
    #[doc = "3: Capture mode"]
    Capture = 3,
}
impl From<Tamr> for u8 {
    #[inline(always)]
    fn from(variant: Tamr) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Tamr {
    type Ux = u8;
}
impl crate::IsEnum for Tamr {}
#[doc = "Field `TAMR` reader - Timer A mode"]
pub type TamrR = crate::FieldReader<Tamr>;
impl TamrR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Tamr> {
        match self.bits {
            1 => Some(Tamr::OneShot),
            2 => Some(Tamr::Periodic),
            3 => Some(Tamr::Capture),
            _ => None,
        }
    }
    #[doc = "One-shot timer"]
    #[inline(always)]
    pub fn is_one_shot(&self) -> bool {
        *self == Tamr::OneShot
    }
    #[doc = "Periodic timer"]
    #[inline(always)]
    pub fn is_periodic(&self) -> bool {
        *self == Tamr::Periodic
    }
    #[doc = "Capture mode"]
    #[inline(always)]
    pub fn is_capture(&self) -> bool {
        *self == Tamr::Capture
    }
}
#[doc = "Field `TAMR` writer - Timer A mode"]
pub type TamrW<'a, REG> = crate::FieldWriter<'a, REG, 2, Tamr>;
impl<'a, REG> TamrW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "One-shot timer"]
    #[inline(always)]
    pub fn one_shot(self) -> &'a mut crate::W<REG> {
        self.variant(Tamr::OneShot)
    }
    #[doc = "Periodic timer"]
    #[inline(always)]
    pub fn periodic(self) -> &'a mut crate::W<REG> {
        self.variant(Tamr::Periodic)
    }
    #[doc = "Capture mode"]
    #[inline(always)]
    pub fn capture(self) -> &'a mut crate::W<REG> {
        self.variant(Tamr::Capture)
    }
}
#[doc = "Timer A capture mode\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tacmr {
    #[doc = "0: Edge count"]
    EdgeCount = 0,
    #[doc = "1: Edge time"]
    EdgeTime = 1,
}
impl From<Tacmr> for bool {
    #[inline(always)]
    fn from(variant: Tacmr) -> Self {
        variant as u8 != 0
    }
}
#[doc = "Field `TACMR` reader - Timer A capture mode"]
pub type TacmrR = crate::BitReader<Tacmr>;
impl TacmrR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Tacmr {
        match self.bits {
            false => Tacmr::EdgeCount,
            true => Tacmr::EdgeTime,
        }
    }
    #[doc = "Edge count"]
    #[inline(always)]
    pub fn is_edge_count(&self) -> bool {
        *self == Tacmr::EdgeCount
    }
    #[doc = "Edge time"]
    #[inline(always)]
    pub fn is_edge_time(&self) -> bool {
        *self == Tacmr::EdgeTime
    }
}
#[doc = "Field `TACMR` writer - Timer A capture mode"]
pub type TacmrW<'a, REG> = crate::BitWriter<'a, REG, Tacmr>;
impl<'a, REG> TacmrW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
{
    #[doc = "Edge count"]
    #[inline(always)]
    pub fn edge_count(self) -> &'a mut crate::W<REG> {
        self.variant(Tacmr::EdgeCount)
    }
    #[doc = "Edge time"]
    #[inline(always)]
    pub fn edge_time(self) -> &'a mut crate::W<REG> {
        self.variant(Tacmr::EdgeTime)
    }
}
#[doc = "Timer A alternate mode\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taams {
    #[doc = "0: Capture or compare per TnCMR"]
    CaptureCompare = 0,
    #[doc = "1: PWM"]
    Pwm = 1,
}
impl From<Taams> for bool {
    #[inline(always)]
    fn from(variant: Taams) -> Self {
        variant as u8 != 0
    }
}
#[doc = "Field `TAAMS` reader - Timer A alternate mode"]
pub type TaamsR = crate::BitReader<Taams>;
impl TaamsR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Taams {
        match self.bits {
            false => Taams::CaptureCompare,
            true => Taams::Pwm,
        }
    }
    #[doc = "Capture or compare per TnCMR"]
    #[inline(always)]
    pub fn is_capture_compare(&self) -> bool {
        *self == Taams::CaptureCompare
    }
    #[doc = "PWM"]
    #[inline(always)]
    pub fn is_pwm(&self) -> bool {
        *self == Taams::Pwm
    }
}
#[doc = "Field `TAAMS` writer - Timer A alternate mode"]
pub type TaamsW<'a, REG> = crate::BitWriter<'a, REG, Taams>;
impl<'a, REG> TaamsW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
{
    #[doc = "Capture or compare per TnCMR"]
    #[inline(always)]
    pub fn capture_compare(self) -> &'a mut crate::W<REG> {
        self.variant(Taams::CaptureCompare)
    }
    #[doc = "PWM"]
    #[inline(always)]
    pub fn pwm(self) -> &'a mut crate::W<REG> {
        self.variant(Taams::Pwm)
    }
}
impl R {
    #[doc = "Bits 0:1 - Timer A mode"]
    #[inline(always)]
    pub fn tamr(&self) -> TamrR {
        TamrR::new((self.bits & 3) as u8)
    }
    #[doc = "Bit 2 - Timer A capture mode"]
    #[inline(always)]
    pub fn tacmr(&self) -> TacmrR {
        TacmrR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Timer A alternate mode"]
    #[inline(always)]
    pub fn taams(&self) -> TaamsR {
        TaamsR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Bits 0:1 - Timer A mode"]
    #[inline(always)]
    pub fn tamr(&mut self) -> TamrW<'_, TamrSpec> {
        TamrW::new(self, 0)
    }
    #[doc = "Bit 2 - Timer A capture mode"]
    #[inline(always)]
    pub fn tacmr(&mut self) -> TacmrW<'_, TamrSpec> {
        TacmrW::new(self, 2)
    }
    #[doc = "Bit 3 - Timer A alternate mode"]
    #[inline(always)]
    pub fn taams(&mut self) -> TaamsW<'_, TamrSpec> {
        TaamsW::new(self, 3)
    }
}
#[doc = "Timer A mode\n\nYou can [`read`](crate::Reg::read) this register and get [`tamr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tamr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TamrSpec;
impl crate::RegisterSpec for TamrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tamr::R`](R) reader structure"]
impl crate::Readable for TamrSpec {}
#[doc = "`write(|w| ..)` method takes [`tamr::W`](W) writer structure"]
impl crate::Writable for TamrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TAMR to value 0"]
impl crate::Resettable for TamrSpec {}
