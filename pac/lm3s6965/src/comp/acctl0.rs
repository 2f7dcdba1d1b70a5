#[doc = "Register `ACCTL0` reader"]
pub type R = crate::R<Acctl0Spec>;
#[doc = "Register `ACCTL0` writer"]
pub type W = crate::W<Acctl0Spec>;
#[doc = "Field `CINV` reader - Output inverted"]
pub type CinvR = crate::BitReader;
#[doc = "Field `CINV` writer - Output inverted"]
pub type CinvW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Interrupt sense\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Isen {
    #[doc = "0: Level (see ISLVAL)"]
    Level = 0,
    #[doc = "1: Falling edge"]
    Falling = 1,
    #[doc = "2: Rising edge"]
    Rising = 2,
    #[doc = "3: Either edge"]
    Both = 3,
}
impl From<Isen> for u8 {
    #[inline(always)]
    fn from(variant: Isen) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Isen {
    type Ux = u8;
}
impl crate::IsEnum for Isen {}
#[doc = "Field `ISEN` reader - Interrupt sense"]
pub type IsenR = crate::FieldReader<Isen>;
impl IsenR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Isen {
        match self.bits {
            0 => Isen::Level,
            1 => Isen::Falling,
            2 => Isen::Rising,
            3 => Isen::Both,
            _ => unreachable!(),
        }
    }
    #[doc = "Level (see ISLVAL)"]
    #[inline(always)]
    pub fn is_level(&self) -> bool {
        *self == Isen::Level
    }
    #[doc = "Falling edge"]
    #[inline(always)]
    pub fn is_falling(&self) -> bool {
        *self == Isen::Falling
    }
    #[doc = "Rising edge"]
    #[inline(always)]
    pub fn is_rising(&self) -> bool {
        *self == Isen::Rising
    }
    #[doc = "Either edge"]
    #[inline(always)]
    pub fn is_both(&self) -> bool {
        *self == Isen::Both
    }
}
#[doc = "Field `ISEN` writer - Interrupt sense"]
pub type IsenW<'a, REG> = crate::FieldWriter<'a, REG, 2, Isen, crate::Safe>;
impl<'a, REG> IsenW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Level (see ISLVAL)"]
    #[inline(always)]
    pub fn level(self) -> &'a mut crate::W<REG> {
        self.variant(Isen::Level)
    }
    #[doc = "Falling edge"]
    #[inline(always)]
    pub fn falling(self) -> &'a mut crate::W<REG> {
        self.variant(Isen::Falling)
    }
    #[doc = "Rising edge"]
    #[inline(always)]
    pub fn rising(self) -> &'a mut crate::W<REG> {
        self.variant(Isen::Rising)
    }
    #[doc = "Either edge"]
    #[inline(always)]
    pub fn both(self) -> &'a mut crate::W<REG> {
        self.variant(Isen::Both)
    }
}
#[doc = "Field `ISLVAL` reader - Interrupt level"]
pub type IslvalR = crate::BitReader;
#[doc = "Field `ISLVAL` writer - Interrupt level"]
pub type IslvalW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "ADC trigger sense\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Tsen {
    #[doc = "0: Level (see TSLVAL)"]
    Level = 0,
    #[doc = "1: Falling edge"]
    Falling = 1,
    #[doc = "2: Rising edge"]
    Rising = 2,
    #[doc = "3: Either edge"]
    Both = 3,
}
impl From<Tsen> for u8 {
    #[inline(always)]
    fn from(variant: Tsen) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Tsen {
    type Ux = u8;
}
impl crate::IsEnum for Tsen {}
#[doc = "Field `TSEN` reader - ADC trigger sense"]
pub type TsenR = crate::FieldReader<Tsen>;
impl TsenR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Tsen {
        match self.bits {
            0 => Tsen::Level,
            1 => Tsen::Falling,
            2 => Tsen::Rising,
            3 => Tsen::Both,
            _ => unreachable!(),
        }
    }
    #[doc = "Level (see TSLVAL)"]
    #[inline(always)]
    pub fn is_level(&self) -> bool {
        *self == Tsen::Level
    }
    #[doc = "Falling edge"]
    #[inline(always)]
    pub fn is_falling(&self) -> bool {
        *self == Tsen::Falling
    }
    #[doc = "Rising edge"]
    #[inline(always)]
    pub fn is_rising(&self) -> bool {
        *self == Tsen::Rising
    }
    #[doc = "Either edge"]
    #[inline(always)]
    pub fn is_both(&self) -> bool {
        *self == Tsen::Both
    }
}
#[doc = "Field `TSEN` writer - ADC trigger sense"]
pub type TsenW<'a, REG> = crate::FieldWriter<'a, REG, 2, Tsen, crate::Safe>;
impl<'a, REG> TsenW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Level (see TSLVAL)"]
    #[inline(always)]
    pub fn level(self) -> &'a mut crate::W<REG> {
        self.variant(Tsen::Level)
    }
    #[doc = "Falling edge"]
    #[inline(always)]
    pub fn falling(self) -> &'a mut crate::W<REG> {
        self.variant(Tsen::Falling)
    }
    #[doc = "Rising edge"]
    #[inline(always)]
    pub fn rising(self) -> &'a mut crate::W<REG> {
        self.variant(Tsen::Rising)
    }
    #[doc = "Either edge"]
    #[inline(always)]
    pub fn both(self) -> &'a mut crate::W<REG> {
        self.variant(Tsen::Both)
    }
}
#[doc = "Field `TSLVAL` reader - ADC trigger level"]
pub type TslvalR = crate::BitReader;
#[doc = "Field `TSLVAL` writer - ADC trigger level"]
pub type TslvalW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Positive input\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Asrcp {
    #[doc = "0: The comparator's own + pin"]
    Pin = 0,
    #[doc = "1: The C0+ pin"]
    Pin0 = 1,
    #[doc = "2: Internal voltage reference"]
    Ref = 2,
}
impl From<Asrcp> for u8 {
    #[inline(always)]
    fn from(variant: Asrcp) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Asrcp {
    type Ux = u8;
}
impl crate::IsEnum for Asrcp {}
#[doc = "Field `ASRCP` reader - Positive input"]
pub type AsrcpR = crate::FieldReader<Asrcp>;
impl AsrcpR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Asrcp> {
        match self.bits {
            0 => Some(Asrcp::Pin),
            1 => Some(Asrcp::Pin0),
            2 => Some(Asrcp::Ref),
            _ => None,
        }
    }
    #[doc = "The comparator's own + pin"]
    #[inline(always)]
    pub fn is_pin(&self) -> bool {
        *self == Asrcp::Pin
    }
    #[doc = "The C0+ pin"]
    #[inline(always)]
    pub fn is_pin0(&self) -> bool {
        *self == Asrcp::Pin0
    }
    #[doc = "Internal voltage reference"]
    #[inline(always)]
    pub fn is_ref(&self) -> bool {
        *self == Asrcp::Ref
    }
}
#[doc = "Field `ASRCP` writer - Positive input"]
pub type AsrcpW<'a, REG> = crate::FieldWriter<'a, REG, 2, Asrcp>;
impl<'a, REG> AsrcpW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "The comparator's own + pin"]
    #[inline(always)]
    pub fn pin(self) -> &'a mut crate::W<REG> {
        self.variant(Asrcp::Pin)
    }
    #[doc = "The C0+ pin"]
    #[inline(always)]
    pub fn pin0(self) -> &'a mut crate::W<REG> {
        self.variant(Asrcp::Pin0)
    }
    #[doc = "Internal voltage reference"]
    #[inline(always)]
    pub fn ref_(self) -> &'a mut crate::W<REG> {
        self.variant(Asrcp::Ref)
    }
}
#[doc = "Field `TOEN` reader - ADC trigger output enabled"]
pub type ToenR = crate::BitReader;
#[doc = "Field `TOEN` writer - ADC trigger output enabled"]
pub type ToenW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 1 - Output inverted"]
    #[inline(always)]
    pub fn cinv(&self) -> CinvR {
        CinvR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bits 2:3 - Interrupt sense"]
    #[inline(always)]
    pub fn isen(&self) -> IsenR {
        IsenR::new(((self.bits >> 2) & 3) as u8)
    }
    #[doc = "Bit 4 - Interrupt level"]
    #[inline(always)]
    pub fn islval(&self) -> IslvalR {
        IslvalR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bits 5:6 - ADC trigger sense"]
    #[inline(always)]
    pub fn tsen(&self) -> TsenR {
        TsenR::new(((self.bits >> 5) & 3) as u8)
    }
    #[doc = "Bit 7 - ADC trigger level"]
    #[inline(always)]
    pub fn tslval(&self) -> TslvalR {
        TslvalR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bits 9:10 - Positive input"]
    #[inline(always)]
    pub fn asrcp(&self) -> AsrcpR {
        AsrcpR::new(((self.bits >> 9) & 3) as u8)
    }
    #[doc = "Bit 11 - ADC trigger output enabled"]
    #[inline(always)]
    pub fn toen(&self) -> ToenR {
        ToenR::new(((self.bits >> 11) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 1 - Output inverted"]
    #[inline(always)]
    pub fn cinv(&mut self) -> CinvW<'_, Acctl0Spec> {
        CinvW::new(self, 1)
    }
    #[doc = "Bits 2:3 - Interrupt sense"]
    #[inline(always)]
    pub fn isen(&mut self) -> IsenW<'_, Acctl0Spec> {
        IsenW::new(self, 2)
    }
    #[doc = "Bit 4 - Interrupt level"]
    #[inline(always)]
    pub fn islval(&mut self) -> IslvalW<'_, Acctl0Spec> {
        IslvalW::new(self, 4)
    }
    #[doc = "Bits 5:6 - ADC trigger sense"]
    #[inline(always)]
    pub fn tsen(&mut self) -> TsenW<'_, Acctl0Spec> {
        TsenW::new(self, 5)
    }
    #[doc = "Bit 7 - ADC trigger level"]
    #[inline(always)]
    pub fn tslval(&mut self) -> TslvalW<'_, Acctl0Spec> {
        TslvalW::new(self, 7)
    }
    #[doc = "Bits 9:10 - Positive input"]
    #[inline(always)]
    pub fn asrcp(&mut self) -> AsrcpW<'_, Acctl0Spec> {
        AsrcpW::new(self, 9)
    }
    #[doc = "Bit 11 - ADC trigger output enabled"]
    #[inline(always)]
    pub fn toen(&mut self) -> ToenW<'_, Acctl0Spec> {
        ToenW::new(self, 11)
    }
}
#[doc = "Comparator 0 control\n\nYou can [`read`](crate::Reg::read) this register and get [`acctl0::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`acctl0::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Acctl0Spec;
impl crate::RegisterSpec for Acctl0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`acctl0::R`](R) reader structure"]
impl crate::Readable for Acctl0Spec {}
#[doc = "`write(|w| ..)` method takes [`acctl0::W`](W) writer structure"]
impl crate::Writable for Acctl0Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets ACCTL0 to value 0"]
impl crate::Resettable for Acctl0Spec {}
