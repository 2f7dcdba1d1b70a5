#[doc = "Register `CTL` reader"]
pub type R = crate::R<CtlSpec>;
#[doc = "Register `CTL` writer"]
pub type W = crate::W<CtlSpec>;
#[doc = "Field `TAEN` reader - Timer A enabled"]
pub type TaenR = crate::BitReader;
#[doc = "Field `TAEN` writer - Timer A enabled"]
pub type TaenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TASTALL` reader - Timer A stalls while the debugger halts the CPU"]
pub type TastallR = crate::BitReader;
#[doc = "Field `TASTALL` writer - Timer A stalls while the debugger halts the CPU"]
pub type TastallW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Timer A capture event\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Taevent {
    #[doc = "0: Positive edge"]
    Positive = 0,
    #[doc = "1: Negative edge"]
    Negative = 1,
    #[doc = "3: Both edges"]
    Both = 3,
}
impl From<Taevent> for u8 {
    #[inline(always)]
    fn from(variant: Taevent) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Taevent {
    type Ux = u8;
}
impl crate::IsEnum for Taevent {}
#[doc = "Field `TAEVENT` reader - Timer A capture event"]
pub type TaeventR = crate::FieldReader<Taevent>;
impl TaeventR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Taevent> {
        match self.bits {
            0 => Some(Taevent::Positive),
            1 => Some(Taevent::Negative),
            3 => Some(Taevent::Both),
            _ => None,
        }
    }
    #[doc = "Positive edge"]
    #[inline(always)]
    pub fn is_positive(&self) -> bool {
        *self == Taevent::Positive
    }
    #[doc = "Negative edge"]
    #[inline(always)]
    pub fn is_negative(&self) -> bool {
        *self == Taevent::Negative
    }
    #[doc = "Both edges"]
    #[inline(always)]
    pub fn is_both(&self) -> bool {
        *self == Taevent::Both
    }
}
#[doc = "Field `TAEVENT` writer - Timer A capture event"]
pub type TaeventW<'a, REG> = crate::FieldWriter<'a, REG, 2, Taevent>;
impl<'a, REG> TaeventW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Positive edge"]
    #[inline(always)]
    pub fn positive(self) -> &'a mut crate::W<REG> {
        self.variant(Taevent::Positive)
    }
    #[doc = "Negative edge"]
    #[inline(always)]
    pub fn negative(self) -> &'a mut crate::W<REG> {
        self.variant(Taevent::Negative)
    }
    #[doc = "Both edges"]
    #[inline(always)]
    pub fn both(self) -> &'a mut crate::W<REG> {
        self.variant(Taevent::Both)
    }
}
#[doc = "Field `RTCEN` reader - RTC keeps counting while halted"]
pub type RtcenR = crate::BitReader;
#[doc = "Field `RTCEN` writer - RTC keeps counting while halted"]
pub type RtcenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TAOTE` reader - Timer A output trigger (ADC) enabled"]
pub type TaoteR = crate::BitReader;
#[doc = "Field `TAOTE` writer - Timer A output trigger (ADC) enabled"]
pub type TaoteW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TAPWML` reader - Timer A PWM output inverted"]
pub type TapwmlR = crate::BitReader;
#[doc = "Field `TAPWML` writer - Timer A PWM output inverted"]
pub type TapwmlW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TBEN` reader - Timer B enabled"]
pub type TbenR = crate::BitReader;
#[doc = "Field `TBEN` writer - Timer B enabled"]
pub type TbenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TBSTALL` reader - Timer B stalls while the debugger halts the CPU"]
pub type TbstallR = crate::BitReader;
#[doc = "Field `TBSTALL` writer - Timer B stalls while the debugger halts the CPU"]
pub type TbstallW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Timer B capture event\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Tbevent {
    #[doc = "0: Positive edge"]
    Positive = 0,
    #[doc = "1: Negative edge"]
    Negative = 1,
    #[doc = "3: Both edges"]
    Both = 3,
}
impl From<Tbevent> for u8 {
    #[inline(always)]
    fn from(variant: Tbevent) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Tbevent {
    type Ux = u8;
}
impl crate::IsEnum for Tbevent {}
#[doc = "Field `TBEVENT` reader - Timer B capture event"]
pub type TbeventR = crate::FieldReader<Tbevent>;
impl TbeventR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Tbevent> {
        match self.bits {
            0 => Some(Tbevent::Positive),
            1 => Some(Tbevent::Negative),
            3 => Some(Tbevent::Both),
            _ => None,
        }
    }
    #[doc = "Positive edge"]
    #[inline(always)]
    pub fn is_positive(&self) -> bool {
        *self == Tbevent::Positive
    }
    #[doc = "Negative edge"]
    #[inline(always)]
    pub fn is_negative(&self) -> bool {
        *self == Tbevent::Negative
    }
    #[doc = "Both edges"]
    #[inline(always)]
    pub fn is_both(&self) -> bool {
        *self == Tbevent::Both
    }
}
#[doc = "Field `TBEVENT` writer - Timer B capture event"]
pub type TbeventW<'a, REG> = crate::FieldWriter<'a, REG, 2, Tbevent>;
impl<'a, REG> TbeventW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Positive edge"]
    #[inline(always)]
    pub fn positive(self) -> &'a mut crate::W<REG> {
        self.variant(Tbevent::Positive)
    }
    #[doc = "Negative edge"]
    #[inline(always)]
    pub fn negative(self) -> &'a mut crate::W<REG> {
        self.variant(Tbevent::Negative)
    }
    #[doc = "Both edges"]
    #[inline(always)]
    pub fn both(self) -> &'a mut crate::W<REG> {
        self.variant(Tbevent::Both)
    }
}
#[doc = "Field `TBOTE` reader - Timer B output trigger (ADC) enabled"]
pub type TboteR = crate::BitReader;
#[doc = "Field `TBOTE` writer - Timer B output trigger (ADC) enabled"]
pub type TboteW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TBPWML` reader - Timer B PWM output inverted"]
pub type TbpwmlR = crate::BitReader;
#[doc = "Field `TBPWML` writer - Timer B PWM output inverted"]
pub type TbpwmlW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Timer A enabled"]
    #[inline(always)]
    pub fn taen(&self) -> TaenR {
        TaenR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Timer A stalls while the debugger halts the CPU"]
    #[inline(always)]
    pub fn tastall(&self) -> TastallR {
        TastallR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bits 2:3 - Timer A capture event"]
    #[inline(always)]
    pub fn taevent(&self) -> TaeventR {
        TaeventR::new(((self.bits >> 2) & 3) as u8)
    }
    #[doc = "Bit 4 - RTC keeps counting while halted"]
    #[inline(always)]
    pub fn rtcen(&self) -> RtcenR {
        RtcenR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Timer A output trigger (ADC) enabled"]
    #[inline(always)]
    pub fn taote(&self) -> TaoteR {
        TaoteR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Timer A PWM output inverted"]
    #[inline(always)]
    pub fn tapwml(&self) -> TapwmlR {
        TapwmlR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 8 - Timer B enabled"]
    #[inline(always)]
    pub fn tben(&self) -> TbenR {
        TbenR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Timer B stalls while the debugger halts the CPU"]
    #[inline(always)]
    pub fn tbstall(&self) -> TbstallR {
        TbstallR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bits 10:11 - Timer B capture event"]
    #[inline(always)]
    pub fn tbevent(&self) -> TbeventR {
        TbeventR::new(((self.bits >> 10) & 3) as u8)
    }
    #[doc = "Bit 13 - Timer B output trigger (ADC) enabled"]
    #[inline(always)]
    pub fn tbote(&self) -> TboteR {
        TboteR::new(((self.bits >> 13) & 1) != 0)
    }
    #[doc = "Bit 14 - Timer B PWM output inverted"]
    #[inline(always)]
    pub fn tbpwml(&self) -> TbpwmlR {
        TbpwmlR::new(((self.bits >> 14) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Timer A enabled"]
    #[inline(always)]
    pub fn taen(&mut self) -> TaenW<'_, CtlSpec> {
        TaenW::new(self, 0)
    }
    #[doc = "Bit 1 - Timer A stalls while the debugger halts the CPU"]
    #[inline(always)]
    pub fn tastall(&mut self) -> TastallW<'_, CtlSpec> {
        TastallW::new(self, 1)
    }
    #[doc = "Bits 2:3 - Timer A capture event"]
    #[inline(always)]
    pub fn taevent(&mut self) -> TaeventW<'_, CtlSpec> {
        TaeventW::new(self, 2)
    }
    #[doc = "Bit 4 - RTC keeps counting while halted"]
    #[inline(always)]
    pub fn rtcen(&mut self) -> RtcenW<'_, CtlSpec> {
        RtcenW::new(self, 4)
    }
    #[doc = "Bit 5 - Timer A output trigger (ADC) enabled"]
    #[inline(always)]
    pub fn taote(&mut self) -> TaoteW<'_, CtlSpec> {
        TaoteW::new(self, 5)
    }
    #[doc = "Bit 6 - Timer A PWM output inverted"]
    #[inline(always)]
    pub fn tapwml(&mut self) -> TapwmlW<'_, CtlSpec> {
        TapwmlW::new(self, 6)
    }
    #[doc = "Bit 8 - Timer B enabled"]
    #[inline(always)]
    pub fn tben(&mut self) -> TbenW<'_, CtlSpec> {
        TbenW::new(self, 8)
    }
    #[doc = "Bit 9 - Timer B stalls while the debugger halts the CPU"]
    #[inline(always)]
    pub fn tbstall(&mut self) -> TbstallW<'_, CtlSpec> {
        TbstallW::new(self, 9)
    }
    #[doc = "Bits 10:11 - Timer B capture event"]
    #[inline(always)]
    pub fn tbevent(&mut self) -> TbeventW<'_, CtlSpec> {
        TbeventW::new(self, 10)
    }
    #[doc = "Bit 13 - Timer B output trigger (ADC) enabled"]
    #[inline(always)]
    pub fn tbote(&mut self) -> TboteW<'_, CtlSpec> {
        TboteW::new(self, 13)
    }
    #[doc = "Bit 14 - Timer B PWM output inverted"]
    #[inline(always)]
    pub fn tbpwml(&mut self) -> TbpwmlW<'_, CtlSpec> {
        TbpwmlW::new(self, 14)
    }
}
#[doc = "Control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CtlSpec;
impl crate::RegisterSpec for CtlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ctl::R`](R) reader structure"]
impl crate::Readable for CtlSpec {}
#[doc = "`write(|w| ..)` method takes [`ctl::W`](W) writer structure"]
impl crate::Writable for CtlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CTL to value 0"]
impl crate::Resettable for CtlSpec {}
