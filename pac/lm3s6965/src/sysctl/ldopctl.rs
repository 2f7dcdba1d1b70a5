#[doc = "Register `LDOPCTL` reader"]
pub type R = crate::R<LdopctlSpec>;
#[doc = "Register `LDOPCTL` writer"]
pub type W = crate::W<LdopctlSpec>;
#[doc = "LDO output voltage\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Vadj {
    #[doc = "0: 2.50 V (reset value)"]
    V2_50 = 0,
    #[doc = "1: 2.45 V"]
    V2_45 = 1,
    #[doc = "2: 2.40 V"]
    V2_40 = 2,
    #[doc = "3: 2.35 V"]
    V2_35 = 3,
    #[doc = "4: 2.30 V"]
    V2_30 = 4,
    #[doc = "5: 2.25 V"]
    V2_25 = 5,
    #[doc = "27: 2.75 V"]
    V2_75 = 27,
    #[doc = "28: 2.70 V"]
    V2_70 = 28,
    #[doc = "29: 2.65 V"]
    V2_65 = 29,
    #[doc = "30: 2.60 V"]
    V2_60 = 30,
    #[doc = "31: 2.55 V"]
    V2_55 = 31,
}
impl From<Vadj> for u8 {
    #[inline(always)]
    fn from(variant: Vadj) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Vadj {
    type Ux = u8;
}
impl crate::IsEnum for Vadj {}
#[doc = "Field `VADJ` reader - LDO output voltage"]
pub type VadjR = crate::FieldReader<Vadj>;
impl VadjR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Vadj> {
        match self.bits {
            0 => Some(Vadj::V2_50),
            1 => Some(Vadj::V2_45),
            2 => Some(Vadj::V2_40),
            3 => Some(Vadj::V2_35),
            4 => Some(Vadj::V2_30),
            5 => Some(Vadj::V2_25),
            27 => Some(Vadj::V2_75),
            28 => Some(Vadj::V2_70),
            29 => Some(Vadj::V2_65),
            30 => Some(Vadj::V2_60),
            31 => Some(Vadj::V2_55),
            _ => None,
        }
    }
    #[doc = "2.50 V (reset value)"]
    #[inline(always)]
    pub fn is_v2_50(&self) -> bool {
        *self == Vadj::V2_50
    }
    #[doc = "2.45 V"]
    #[inline(always)]
    pub fn is_v2_45(&self) -> bool {
        *self == Vadj::V2_45
    }
    #[doc = "2.40 V"]
    #[inline(always)]
    pub fn is_v2_40(&self) -> bool {
        *self == Vadj::V2_40
    }
    #[doc = "2.35 V"]
    #[inline(always)]
    pub fn is_v2_35(&self) -> bool {
        *self == Vadj::V2_35
    }
    #[doc = "2.30 V"]
    #[inline(always)]
    pub fn is_v2_30(&self) -> bool {
        *self == Vadj::V2_30
    }
    #[doc = "2.25 V"]
    #[inline(always)]
    pub fn is_v2_25(&self) -> bool {
        *self == Vadj::V2_25
    }
    #[doc = "2.75 V"]
    #[inline(always)]
    pub fn is_v2_75(&self) -> bool {
        *self == Vadj::V2_75
    }
    #[doc = "2.70 V"]
    #[inline(always)]
    pub fn is_v2_70(&self) -> bool {
        *self == Vadj::V2_70
    }
    #[doc = "2.65 V"]
    #[inline(always)]
    pub fn is_v2_65(&self) -> bool {
        *self == Vadj::V2_65
    }
    #[doc = "2.60 V"]
    #[inline(always)]
    pub fn is_v2_60(&self) -> bool {
        *self == Vadj::V2_60
    }
    #[doc = "2.55 V"]
    #[inline(always)]
    pub fn is_v2_55(&self) -> bool {
        *self == Vadj::V2_55
    }
}
#[doc = "Field `VADJ` writer - LDO output voltage"]
pub type VadjW<'a, REG> = crate::FieldWriter<'a, REG, 6, Vadj>;
impl<'a, REG> VadjW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "2.50 V (reset value)"]
    #[inline(always)]
    pub fn v2_50(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_50)
    }
    #[doc = "2.45 V"]
    #[inline(always)]
    pub fn v2_45(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_45)
    }
    #[doc = "2.40 V"]
    #[inline(always)]
    pub fn v2_40(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_40)
    }
    #[doc = "2.35 V"]
    #[inline(always)]
    pub fn v2_35(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_35)
    }
    #[doc = "2.30 V"]
    #[inline(always)]
    pub fn v2_30(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_30)
    }
    #[doc = "2.25 V"]
    #[inline(always)]
    pub fn v2_25(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_25)
    }
    #[doc = "2.75 V"]
    #[inline(always)]
    pub fn v2_75(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_75)
    }
    #[doc = "2.70 V"]
    #[inline(always)]
    pub fn v2_70(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_70)
    }
    #[doc = "2.65 V"]
    #[inline(always)]
    pub fn v2_65(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_65)
    }
    #[doc = "2.60 V"]
    #[inline(always)]
    pub fn v2_60(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_60)
    }
    #[doc = "2.55 V"]
    #[inline(always)]
    pub fn v2_55(self) -> &'a mut crate::W<REG> {
        self.variant(Vadj::V2_55)
    }
}
impl R {
    #[doc = "Bits 0:5 - LDO output voltage"]
    #[inline(always)]
    pub fn vadj(&self) -> VadjR {
        VadjR::new((self.bits & 0x3f) as u8)
    }
}
impl W {
    #[doc = "Bits 0:5 - LDO output voltage"]
    #[inline(always)]
    pub fn vadj(&mut self) -> VadjW<'_, LdopctlSpec> {
        VadjW::new(self, 0)
    }
}
#[doc = "LDO output voltage adjustment\n\nYou can [`read`](crate::Reg::read) this register and get [`ldopctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ldopctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct LdopctlSpec;
impl crate::RegisterSpec for LdopctlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ldopctl::R`](R) reader structure"]
impl crate::Readable for LdopctlSpec {}
#[doc = "`write(|w| ..)` method takes [`ldopctl::W`](W) writer structure"]
impl crate::Writable for LdopctlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets LDOPCTL to value 0"]
impl crate::Resettable for LdopctlSpec {}
