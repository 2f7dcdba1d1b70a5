#[doc = "Register `EMUX` reader"]
pub type R = crate::R<EmuxSpec>;
#[doc = "Register `EMUX` writer"]
pub type W = crate::W<EmuxSpec>;
#[doc = "Trigger source\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Em {
    #[doc = "0: Software (PSSI), the reset value"]
    Processor = 0,
    #[doc = "1: Analog comparator 0"]
    Comp0 = 1,
    #[doc = "2: Analog comparator 1"]
    Comp1 = 2,
    #[doc = "4: External pin (PB4)"]
    External = 4,
    #[doc = "5: A general-purpose timer with its output trigger (TnOTE) enabled"]
    Timer = 5,
    #[doc = "6: PWM generator 0"]
    Pwm0 = 6,
    #[doc = "7: PWM generator 1"]
    Pwm1 = 7,
    #[doc = "8: PWM generator 2"]
    Pwm2 = 8,
    #[doc = "15: Always (continuous sampling)"]
    Always = 15,
}
impl From<Em> for u8 {
    #[inline(always)]
    fn from(variant: Em) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Em {
    type Ux = u8;
}
impl crate::IsEnum for Em {}
#[doc = "Field `EM(0-3)` reader - Trigger source"]
pub type EmR = crate::FieldReader<Em>;
impl EmR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Em> {
        match self.bits {
            0 => Some(Em::Processor),
            1 => Some(Em::Comp0),
            2 => Some(Em::Comp1),
            4 => Some(Em::External),
            5 => Some(Em::Timer),
            6 => Some(Em::Pwm0),
            7 => Some(Em::Pwm1),
            8 => Some(Em::Pwm2),
            15 => Some(Em::Always),
            _ => None,
        }
    }
    #[doc = "Software (PSSI), the reset value"]
    #[inline(always)]
    pub fn is_processor(&self) -> bool {
        *self == Em::Processor
    }
    #[doc = "Analog comparator 0"]
    #[inline(always)]
    pub fn is_comp0(&self) -> bool {
        *self == Em::Comp0
    }
    #[doc = "Analog comparator 1"]
    #[inline(always)]
    pub fn is_comp1(&self) -> bool {
        *self == Em::Comp1
    }
    #[doc = "External pin (PB4)"]
    #[inline(always)]
    pub fn is_external(&self) -> bool {
        *self == Em::External
    }
    #[doc = "A general-purpose timer with its output trigger (TnOTE) enabled"]
    #[inline(always)]
    pub fn is_timer(&self) -> bool {
        *self == Em::Timer
    }
    #[doc = "PWM generator 0"]
    #[inline(always)]
    pub fn is_pwm0(&self) -> bool {
        *self == Em::Pwm0
    }
    #[doc = "PWM generator 1"]
    #[inline(always)]
    pub fn is_pwm1(&self) -> bool {
        *self == Em::Pwm1
    }
    #[doc = "PWM generator 2"]
    #[inline(always)]
    pub fn is_pwm2(&self) -> bool {
        *self == Em::Pwm2
    }
    #[doc = "Always (continuous sampling)"]
    #[inline(always)]
    pub fn is_always(&self) -> bool {
        *self == Em::Always
    }
}
#[doc = "Field `EM(0-3)` writer - Trigger source"]
pub type EmW<'a, REG> = crate::FieldWriter<'a, REG, 4, Em>;
impl<'a, REG> EmW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Software (PSSI), the reset value"]
    #[inline(always)]
    pub fn processor(self) -> &'a mut crate::W<REG> {
        self.variant(Em::Processor)
    }
    #[doc = "Analog comparator 0"]
    #[inline(always)]
    pub fn comp0(self) -> &'a mut crate::W<REG> {
        self.variant(Em::Comp0)
    }
    #[doc = "Analog comparator 1"]
    #[inline(always)]
    pub fn comp1(self) -> &'a mut crate::W<REG> {
        self.variant(Em::Comp1)
    }
    #[doc = "External pin (PB4)"]
    #[inline(always)]
    pub fn external(self) -> &'a mut crate::W<REG> {
        self.variant(Em::External)
    }
    #[doc = "A general-purpose timer with its output trigger (TnOTE) enabled"]
    #[inline(always)]
    pub fn timer(self) -> &'a mut crate::W<REG> {
        self.variant(Em::Timer)
    }
    #[doc = "PWM generator 0"]
    #[inline(always)]
    pub fn pwm0(self) -> &'a mut crate::W<REG> {
        self.variant(Em::Pwm0)
    }
    #[doc = "PWM generator 1"]
    #[inline(always)]
    pub fn pwm1(self) -> &'a mut crate::W<REG> {
        self.variant(Em::Pwm1)
    }
    #[doc = "PWM generator 2"]
    #[inline(always)]
    pub fn pwm2(self) -> &'a mut crate::W<REG> {
        self.variant(Em::Pwm2)
    }
    #[doc = "Always (continuous sampling)"]
    #[inline(always)]
    pub fn always(self) -> &'a mut crate::W<REG> {
        self.variant(Em::Always)
    }
}
impl R {
    #[doc = "Trigger source"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `EM0` field.</div>"]
    #[inline(always)]
    pub fn em(&self, n: u8) -> EmR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        EmR::new(((self.bits >> (n * 4)) & 0x0f) as u8)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Trigger source"]
    #[inline(always)]
    pub fn em_iter(&self) -> impl Iterator<Item = EmR> + '_ {
        (0..4).map(move |n| EmR::new(((self.bits >> (n * 4)) & 0x0f) as u8))
    }
    #[doc = "Bits 0:3 - Trigger source"]
    #[inline(always)]
    pub fn em0(&self) -> EmR {
        EmR::new((self.bits & 0x0f) as u8)
    }
    #[doc = "Bits 4:7 - Trigger source"]
    #[inline(always)]
    pub fn em1(&self) -> EmR {
        EmR::new(((self.bits >> 4) & 0x0f) as u8)
    }
    #[doc = "Bits 8:11 - Trigger source"]
    #[inline(always)]
    pub fn em2(&self) -> EmR {
        EmR::new(((self.bits >> 8) & 0x0f) as u8)
    }
    #[doc = "Bits 12:15 - Trigger source"]
    #[inline(always)]
    pub fn em3(&self) -> EmR {
        EmR::new(((self.bits >> 12) & 0x0f) as u8)
    }
}
impl W {
    #[doc = "Trigger source"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `EM0` field.</div>"]
    #[inline(always)]
    pub fn em(&mut self, n: u8) -> EmW<'_, EmuxSpec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        EmW::new(self, n * 4)
    }
    #[doc = "Bits 0:3 - Trigger source"]
    #[inline(always)]
    pub fn em0(&mut self) -> EmW<'_, EmuxSpec> {
        EmW::new(self, 0)
    }
    #[doc = "Bits 4:7 - Trigger source"]
    #[inline(always)]
    pub fn em1(&mut self) -> EmW<'_, EmuxSpec> {
        EmW::new(self, 4)
    }
    #[doc = "Bits 8:11 - Trigger source"]
    #[inline(always)]
    pub fn em2(&mut self) -> EmW<'_, EmuxSpec> {
        EmW::new(self, 8)
    }
    #[doc = "Bits 12:15 - Trigger source"]
    #[inline(always)]
    pub fn em3(&mut self) -> EmW<'_, EmuxSpec> {
        EmW::new(self, 12)
    }
}
#[doc = "Event multiplexer: trigger of each sequencer\n\nYou can [`read`](crate::Reg::read) this register and get [`emux::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`emux::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct EmuxSpec;
impl crate::RegisterSpec for EmuxSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`emux::R`](R) reader structure"]
impl crate::Readable for EmuxSpec {}
#[doc = "`write(|w| ..)` method takes [`emux::W`](W) writer structure"]
impl crate::Writable for EmuxSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets EMUX to value 0"]
impl crate::Resettable for EmuxSpec {}
