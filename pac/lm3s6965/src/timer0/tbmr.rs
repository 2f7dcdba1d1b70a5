#[doc = "Register `TBMR` reader"]
pub type R = crate::R<TbmrSpec>;
#[doc = "Register `TBMR` writer"]
pub type W = crate::W<TbmrSpec>;
#[doc = "Timer B mode\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Tbmr {
    #[doc = "1: One-shot timer"]
    OneShot = 1,
    #[doc = "2: Periodic timer"]
    Periodic = 2,
    #[doc = "3: Capture mode"]
    Capture = 3,
}
impl From<Tbmr> for u8 {
    #[inline(always)]
    fn from(variant: Tbmr) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Tbmr {
    type Ux = u8;
}
impl crate::IsEnum for Tbmr {}
#[doc = "Field `TBMR` reader - Timer B mode"]
pub type TbmrR = crate::FieldReader<Tbmr>;
impl TbmrR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Tbmr> {
        match self.bits {
            1 => Some(Tbmr::OneShot),
            2 => Some(Tbmr::Periodic),
            3 => Some(Tbmr::Capture),
            _ => None,
        }
    }
    #[doc = "One-shot timer"]
    #[inline(always)]
    pub fn is_one_shot(&self) -> bool {
        *self == Tbmr::OneShot
    }
    #[doc = "Periodic timer"]
    #[inline(always)]
    pub fn is_periodic(&self) -> bool {
        *self == Tbmr::Periodic
    }
    #[doc = "Capture mode"]
    #[inline(always)]
    pub fn is_capture(&self) -> bool {
        *self == Tbmr::Capture
    }
}
#[doc = "Field `TBMR` writer - Timer B mode"]
pub type TbmrW<'a, REG> = crate::FieldWriter<'a, REG, 2, Tbmr>;
impl<'a, REG> TbmrW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "One-shot timer"]
    #[inline(always)]
    pub fn one_shot(self) -> &'a mut crate::W<REG> {
        self.variant(Tbmr::OneShot)
    }
    #[doc = "Periodic timer"]
    #[inline(always)]
    pub fn periodic(self) -> &'a mut crate::W<REG> {
        self.variant(Tbmr::Periodic)
    }
    #[doc = "Capture mode"]
    #[inline(always)]
    pub fn capture(self) -> &'a mut crate::W<REG> {
        self.variant(Tbmr::Capture)
    }
}
#[doc = "Timer B capture mode\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tbcmr {
    #[doc = "0: Edge count"]
    EdgeCount = 0,
    #[doc = "1: Edge time"]
    EdgeTime = 1,
}
impl From<Tbcmr> for bool {
    #[inline(always)]
    fn from(variant: Tbcmr) -> Self {
        variant as u8 != 0
    }
}
#[doc = "Field `TBCMR` reader - Timer B capture mode"]
pub type TbcmrR = crate::BitReader<Tbcmr>;
impl TbcmrR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Tbcmr {
        match self.bits {
            false => Tbcmr::EdgeCount,
            true => Tbcmr::EdgeTime,
        }
    }
    #[doc = "Edge count"]
    #[inline(always)]
    pub fn is_edge_count(&self) -> bool {
        *self == Tbcmr::EdgeCount
    }
    #[doc = "Edge time"]
    #[inline(always)]
    pub fn is_edge_time(&self) -> bool {
        *self == Tbcmr::EdgeTime
    }
}
#[doc = "Field `TBCMR` writer - Timer B capture mode"]
pub type TbcmrW<'a, REG> = crate::BitWriter<'a, REG, Tbcmr>;
impl<'a, REG> TbcmrW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
{
    #[doc = "Edge count"]
    #[inline(always)]
    pub fn edge_count(self) -> &'a mut crate::W<REG> {
        self.variant(Tbcmr::EdgeCount)
    }
    #[doc = "Edge time"]
    #[inline(always)]
    pub fn edge_time(self) -> &'a mut crate::W<REG> {
        self.variant(Tbcmr::EdgeTime)
    }
}
#[doc = "Timer B alternate mode\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tbams {
    #[doc = "0: Capture or compare per TnCMR"]
    CaptureCompare = 0,
    #[doc = "1: PWM"]
    Pwm = 1,
}
impl From<Tbams> for bool {
    #[inline(always)]
    fn from(variant: Tbams) -> Self {
        variant as u8 != 0
    }
}
#[doc = "Field `TBAMS` reader - Timer B alternate mode"]
pub type TbamsR = crate::BitReader<Tbams>;
impl TbamsR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Tbams {
        match self.bits {
            false => Tbams::CaptureCompare,
            true => Tbams::Pwm,
        }
    }
    #[doc = "Capture or compare per TnCMR"]
    #[inline(always)]
    pub fn is_capture_compare(&self) -> bool {
        *self == Tbams::CaptureCompare
    }
    #[doc = "PWM"]
    #[inline(always)]
    pub fn is_pwm(&self) -> bool {
        *self == Tbams::Pwm
    }
}
#[doc = "Field `TBAMS` writer - Timer B alternate mode"]
pub type TbamsW<'a, REG> = crate::BitWriter<'a, REG, Tbams>;
impl<'a, REG> TbamsW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
{
    #[doc = "Capture or compare per TnCMR"]
    #[inline(always)]
    pub fn capture_compare(self) -> &'a mut crate::W<REG> {
        self.variant(Tbams::CaptureCompare)
    }
    #[doc = "PWM"]
    #[inline(always)]
    pub fn pwm(self) -> &'a mut crate::W<REG> {
        self.variant(Tbams::Pwm)
    }
}
impl R {
    #[doc = "Bits 0:1 - Timer B mode"]
    #[inline(always)]
    pub fn tbmr(&self) -> TbmrR {
        TbmrR::new((self.bits & 3) as u8)
    }
    #[doc = "Bit 2 - Timer B capture mode"]
    #[inline(always)]
    pub fn tbcmr(&self) -> TbcmrR {
        TbcmrR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Timer B alternate mode"]
    #[inline(always)]
    pub fn tbams(&self) -> TbamsR {
        TbamsR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Bits 0:1 - Timer B mode"]
    #[inline(always)]
    pub fn tbmr(&mut self) -> TbmrW<'_, TbmrSpec> {
        TbmrW::new(self, 0)
    }
    #[doc = "Bit 2 - Timer B capture mode"]
    #[inline(always)]
    pub fn tbcmr(&mut self) -> TbcmrW<'_, TbmrSpec> {
        TbcmrW::new(self, 2)
    }
    #[doc = "Bit 3 - Timer B alternate mode"]
    #[inline(always)]
    pub fn tbams(&mut self) -> TbamsW<'_, TbmrSpec> {
        TbamsW::new(self, 3)
    }
}
#[doc = "Timer B mode\n\nYou can [`read`](crate::Reg::read) this register and get [`tbmr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbmr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TbmrSpec;
impl crate::RegisterSpec for TbmrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tbmr::R`](R) reader structure"]
impl crate::Readable for TbmrSpec {}
#[doc = "`write(|w| ..)` method takes [`tbmr::W`](W) writer structure"]
impl crate::Writable for TbmrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TBMR to value 0"]
impl crate::Resettable for TbmrSpec {}
