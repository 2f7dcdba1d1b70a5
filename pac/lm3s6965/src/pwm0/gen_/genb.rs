#[doc = "Register `GENB` reader"]
pub type R = crate::R<GenbSpec>;
#[doc = "Register `GENB` writer"]
pub type W = crate::W<GenbSpec>;
#[doc = "Action when the counter is 0\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Actzero {
    #[doc = "0: Do nothing"]
    None = 0,
    #[doc = "1: Invert the output"]
    Invert = 1,
    #[doc = "2: Drive 0"]
    Zero = 2,
    #[doc = "3: Drive 1"]
    One = 3,
}
impl From<Actzero> for u8 {
    #[inline(always)]
    fn from(variant: Actzero) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Actzero {
    type Ux = u8;
}
impl crate::IsEnum for Actzero {}
#[doc = "Field `ACTZERO` reader - Action when the counter is 0"]
pub type ActzeroR = crate::FieldReader<Actzero>;
impl ActzeroR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Actzero {
        match self.bits {
            0 => Actzero::None,
            1 => Actzero::Invert,
            2 => Actzero::Zero,
            3 => Actzero::One,
            _ => unreachable!(),
        }
    }
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        *self == Actzero::None
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn is_invert(&self) -> bool {
        *self == Actzero::Invert
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn is_zero(&self) -> bool {
        *self == Actzero::Zero
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn is_one(&self) -> bool {
        *self == Actzero::One
    }
}
#[doc = "Field `ACTZERO` writer - Action when the counter is 0"]
pub type ActzeroW<'a, REG> = crate::FieldWriter<'a, REG, 2, Actzero, crate::Safe>;
impl<'a, REG> ActzeroW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn none(self) -> &'a mut crate::W<REG> {
        self.variant(Actzero::None)
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn invert(self) -> &'a mut crate::W<REG> {
        self.variant(Actzero::Invert)
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn zero(self) -> &'a mut crate::W<REG> {
        self.variant(Actzero::Zero)
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn one(self) -> &'a mut crate::W<REG> {
        self.variant(Actzero::One)
    }
}
#[doc = "Action when the counter equals LOAD\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Actload {
    #[doc = "0: Do nothing"]
    None = 0,
    #[doc = "1: Invert the output"]
    Invert = 1,
    #[doc = "2: Drive 0"]
    Zero = 2,
    #[doc = "3: Drive 1"]
    One = 3,
}
impl From<Actload> for u8 {
    #[inline(always)]
    fn from(variant: Actload) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Actload {
    type Ux = u8;
}
impl crate::IsEnum for Actload {}
#[doc = "Field `ACTLOAD` reader - Action when the counter equals LOAD"]
pub type ActloadR = crate::FieldReader<Actload>;
impl ActloadR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Actload {
        match self.bits {
            0 => Actload::None,
            1 => Actload::Invert,
            2 => Actload::Zero,
            3 => Actload::One,
            _ => unreachable!(),
        }
    }
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        *self == Actload::None
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn is_invert(&self) -> bool {
        *self == Actload::Invert
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn is_zero(&self) -> bool {
        *self == Actload::Zero
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn is_one(&self) -> bool {
        *self == Actload::One
    }
}
#[doc = "Field `ACTLOAD` writer - Action when the counter equals LOAD"]
pub type ActloadW<'a, REG> = crate::FieldWriter<'a, REG, 2, Actload, crate::Safe>;
impl<'a, REG> ActloadW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn none(self) -> &'a mut crate::W<REG> {
        self.variant(Actload::None)
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn invert(self) -> &'a mut crate::W<REG> {
        self.variant(Actload::Invert)
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn zero(self) -> &'a mut crate::W<REG> {
        self.variant(Actload::Zero)
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn one(self) -> &'a mut crate::W<REG> {
        self.variant(Actload::One)
    }
}
#[doc = "Action at comparator A counting up\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Actcmpau {
    #[doc = "0: Do nothing"]
    None = 0,
    #[doc = "1: Invert the output"]
    Invert = 1,
    #[doc = "2: Drive 0"]
    Zero = 2,
    #[doc = "3: Drive 1"]
    One = 3,
}
impl From<Actcmpau> for u8 {
    #[inline(always)]
    fn from(variant: Actcmpau) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Actcmpau {
    type Ux = u8;
}
impl crate::IsEnum for Actcmpau {}
#[doc = "Field `ACTCMPAU` reader - Action at comparator A counting up"]
pub type ActcmpauR = crate::FieldReader<Actcmpau>;
impl ActcmpauR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Actcmpau {
        match self.bits {
            0 => Actcmpau::None,
            1 => Actcmpau::Invert,
            2 => Actcmpau::Zero,
            3 => Actcmpau::One,
            _ => unreachable!(),
        }
    }
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        *self == Actcmpau::None
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn is_invert(&self) -> bool {
        *self == Actcmpau::Invert
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn is_zero(&self) -> bool {
        *self == Actcmpau::Zero
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn is_one(&self) -> bool {
        *self == Actcmpau::One
    }
}
#[doc = "Field `ACTCMPAU` writer - Action at comparator A counting up"]
pub type ActcmpauW<'a, REG> = crate::FieldWriter<'a, REG, 2, Actcmpau, crate::Safe>;
impl<'a, REG> ActcmpauW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn none(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpau::None)
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn invert(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpau::Invert)
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn zero(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpau::Zero)
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn one(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpau::One)
    }
}
#[doc = "Action at comparator A counting down\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Actcmpad {
    #[doc = "0: Do nothing"]
    None = 0,
    #[doc = "1: Invert the output"]
    Invert = 1,
    #[doc = "2: Drive 0"]
    Zero = 2,
    #[doc = "3: Drive 1"]
    One = 3,
}
impl From<Actcmpad> for u8 {
    #[inline(always)]
    fn from(variant: Actcmpad) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Actcmpad {
    type Ux = u8;
}
impl crate::IsEnum for Actcmpad {}
#[doc = "Field `ACTCMPAD` reader - Action at comparator A counting down"]
pub type ActcmpadR = crate::FieldReader<Actcmpad>;
impl ActcmpadR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Actcmpad {
        match self.bits {
            0 => Actcmpad::None,
            1 => Actcmpad::Invert,
            2 => Actcmpad::Zero,
            3 => Actcmpad::One,
            _ => unreachable!(),
        }
    }
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        *self == Actcmpad::None
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn is_invert(&self) -> bool {
        *self == Actcmpad::Invert
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn is_zero(&self) -> bool {
        *self == Actcmpad::Zero
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn is_one(&self) -> bool {
        *self == Actcmpad::One
    }
}
#[doc = "Field `ACTCMPAD` writer - Action at comparator A counting down"]
pub type ActcmpadW<'a, REG> = crate::FieldWriter<'a, REG, 2, Actcmpad, crate::Safe>;
impl<'a, REG> ActcmpadW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn none(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpad::None)
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn invert(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpad::Invert)
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn zero(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpad::Zero)
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn one(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpad::One)
    }
}
#[doc = "Action at comparator B counting up\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Actcmpbu {
    #[doc = "0: Do nothing"]
    None = 0,
    #[doc = "1: Invert the output"]
    Invert = 1,
    #[doc = "2: Drive 0"]
    Zero = 2,
    #[doc = "3: Drive 1"]
    One = 3,
}
impl From<Actcmpbu> for u8 {
    #[inline(always)]
    fn from(variant: Actcmpbu) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Actcmpbu {
    type Ux = u8;
}
impl crate::IsEnum for Actcmpbu {}
#[doc = "Field `ACTCMPBU` reader - Action at comparator B counting up"]
pub type ActcmpbuR = crate::FieldReader<Actcmpbu>;
impl ActcmpbuR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Actcmpbu {
        match self.bits {
            0 => Actcmpbu::None,
            1 => Actcmpbu::Invert,
            2 => Actcmpbu::Zero,
            3 => Actcmpbu::One,
            _ => unreachable!(),
        }
    }
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        *self == Actcmpbu::None
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn is_invert(&self) -> bool {
        *self == Actcmpbu::Invert
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn is_zero(&self) -> bool {
        *self == Actcmpbu::Zero
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn is_one(&self) -> bool {
        *self == Actcmpbu::One
    }
}
#[doc = "Field `ACTCMPBU` writer - Action at comparator B counting up"]
pub type ActcmpbuW<'a, REG> = crate::FieldWriter<'a, REG, 2, Actcmpbu, crate::Safe>;
impl<'a, REG> ActcmpbuW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn none(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpbu::None)
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn invert(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpbu::Invert)
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn zero(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpbu::Zero)
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn one(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpbu::One)
    }
}
#[doc = "Action at comparator B counting down\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Actcmpbd {
    #[doc = "0: Do nothing"]
    None = 0,
    #[doc = "1: Invert the output"]
    Invert = 1,
    #[doc = "2: Drive 0"]
    Zero = 2,
    #[doc = "3: Drive 1"]
    One = 3,
}
impl From<Actcmpbd> for u8 {
    #[inline(always)]
    fn from(variant: Actcmpbd) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Actcmpbd {
    type Ux = u8;
}
impl crate::IsEnum for Actcmpbd {}
#[doc = "Field `ACTCMPBD` reader - Action at comparator B counting down"]
pub type ActcmpbdR = crate::FieldReader<Actcmpbd>;
impl ActcmpbdR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Actcmpbd {
        match self.bits {
            0 => Actcmpbd::None,
            1 => Actcmpbd::Invert,
            2 => Actcmpbd::Zero,
            3 => Actcmpbd::One,
            _ => unreachable!(),
        }
    }
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        *self == Actcmpbd::None
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn is_invert(&self) -> bool {
        *self == Actcmpbd::Invert
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn is_zero(&self) -> bool {
        *self == Actcmpbd::Zero
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn is_one(&self) -> bool {
        *self == Actcmpbd::One
    }
}
#[doc = "Field `ACTCMPBD` writer - Action at comparator B counting down"]
pub type ActcmpbdW<'a, REG> = crate::FieldWriter<'a, REG, 2, Actcmpbd, crate::Safe>;
impl<'a, REG> ActcmpbdW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Do nothing"]
    #[inline(always)]
    pub fn none(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpbd::None)
    }
    #[doc = "Invert the output"]
    #[inline(always)]
    pub fn invert(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpbd::Invert)
    }
    #[doc = "Drive 0"]
    #[inline(always)]
    pub fn zero(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpbd::Zero)
    }
    #[doc = "Drive 1"]
    #[inline(always)]
    pub fn one(self) -> &'a mut crate::W<REG> {
        self.variant(Actcmpbd::One)
    }
}
impl R {
    #[doc = "Bits 0:1 - Action when the counter is 0"]
    #[inline(always)]
    pub fn actzero(&self) -> ActzeroR {
        ActzeroR::new((self.bits & 3) as u8)
    }
    #[doc = "Bits 2:3 - Action when the counter equals LOAD"]
    #[inline(always)]
    pub fn actload(&self) -> ActloadR {
        ActloadR::new(((self.bits >> 2) & 3) as u8)
    }
    #[doc = "Bits 4:5 - Action at comparator A counting up"]
    #[inline(always)]
    pub fn actcmpau(&self) -> ActcmpauR {
        ActcmpauR::new(((self.bits >> 4) & 3) as u8)
    }
    #[doc = "Bits 6:7 - Action at comparator A counting down"]
    #[inline(always)]
    pub fn actcmpad(&self) -> ActcmpadR {
        ActcmpadR::new(((self.bits >> 6) & 3) as u8)
    }
    #[doc = "Bits 8:9 - Action at comparator B counting up"]
    #[inline(always)]
    pub fn actcmpbu(&self) -> ActcmpbuR {
        ActcmpbuR::new(((self.bits >> 8) & 3) as u8)
    }
    #[doc = "Bits 10:11 - Action at comparator B counting down"]
    #[inline(always)]
    pub fn actcmpbd(&self) -> ActcmpbdR {
        ActcmpbdR::new(((self.bits >> 10) & 3) as u8)
    }
}
impl W {
    #[doc = "Bits 0:1 - Action when the counter is 0"]
    #[inline(always)]
    pub fn actzero(&mut self) -> ActzeroW<'_, GenbSpec> {
        ActzeroW::new(self, 0)
    }
    #[doc = "Bits 2:3 - Action when the counter equals LOAD"]
    #[inline(always)]
    pub fn actload(&mut self) -> ActloadW<'_, GenbSpec> {
        ActloadW::new(self, 2)
    }
    #[doc = "Bits 4:5 - Action at comparator A counting up"]
    #[inline(always)]
    pub fn actcmpau(&mut self) -> ActcmpauW<'_, GenbSpec> {
        ActcmpauW::new(self, 4)
    }
    #[doc = "Bits 6:7 - Action at comparator A counting down"]
    #[inline(always)]
    pub fn actcmpad(&mut self) -> ActcmpadW<'_, GenbSpec> {
        ActcmpadW::new(self, 6)
    }
    #[doc = "Bits 8:9 - Action at comparator B counting up"]
    #[inline(always)]
    pub fn actcmpbu(&mut self) -> ActcmpbuW<'_, GenbSpec> {
        ActcmpbuW::new(self, 8)
    }
    #[doc = "Bits 10:11 - Action at comparator B counting down"]
    #[inline(always)]
    pub fn actcmpbd(&mut self) -> ActcmpbdW<'_, GenbSpec> {
        ActcmpbdW::new(self, 10)
    }
}
#[doc = "Output B actions\n\nYou can [`read`](crate::Reg::read) this register and get [`genb::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`genb::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct GenbSpec;
impl crate::RegisterSpec for GenbSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`genb::R`](R) reader structure"]
impl crate::Readable for GenbSpec {}
#[doc = "`write(|w| ..)` method takes [`genb::W`](W) writer structure"]
impl crate::Writable for GenbSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets GENB to value 0"]
impl crate::Resettable for GenbSpec {}
