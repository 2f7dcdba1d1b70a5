#[doc = "Register `SAC` reader"]
pub type R = crate::R<SacSpec>;
#[doc = "Register `SAC` writer"]
pub type W = crate::W<SacSpec>;
#[doc = "Hardware averaging\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Avg {
    #[doc = "0: No averaging"]
    Off = 0,
    #[doc = "1: 2 samples"]
    X2 = 1,
    #[doc = "2: 4 samples"]
    X4 = 2,
    #[doc = "3: 8 samples"]
    X8 = 3,
    #[doc = "4: 16 samples"]
    X16 = 4,
    #[doc = "5: 32 samples"]
    X32 = 5,
    #[doc = "6: 64 samples"]
    X64 = 6,
}
impl From<Avg> for u8 {
    #[inline(always)]
    fn from(variant: Avg) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Avg {
    type Ux = u8;
}
impl crate::IsEnum for Avg {}
#[doc = "Field `AVG` reader - Hardware averaging"]
pub type AvgR = crate::FieldReader<Avg>;
impl AvgR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Avg> {
        match self.bits {
            0 => Some(Avg::Off),
            1 => Some(Avg::X2),
            2 => Some(Avg::X4),
            3 => Some(Avg::X8),
            4 => Some(Avg::X16),
            5 => Some(Avg::X32),
            6 => Some(Avg::X64),
            _ => None,
        }
    }
    #[doc = "No averaging"]
    #[inline(always)]
    pub fn is_off(&self) -> bool {
        *self == Avg::Off
    }
    #[doc = "2 samples"]
    #[inline(always)]
    pub fn is_x2(&self) -> bool {
        *self == Avg::X2
    }
    #[doc = "4 samples"]
    #[inline(always)]
    pub fn is_x4(&self) -> bool {
        *self == Avg::X4
    }
    #[doc = "8 samples"]
    #[inline(always)]
    pub fn is_x8(&self) -> bool {
        *self == Avg::X8
    }
    #[doc = "16 samples"]
    #[inline(always)]
    pub fn is_x16(&self) -> bool {
        *self == Avg::X16
    }
    #[doc = "32 samples"]
    #[inline(always)]
    pub fn is_x32(&self) -> bool {
        *self == Avg::X32
    }
    #[doc = "64 samples"]
    #[inline(always)]
    pub fn is_x64(&self) -> bool {
        *self == Avg::X64
    }
}
#[doc = "Field `AVG` writer - Hardware averaging"]
pub type AvgW<'a, REG> = crate::FieldWriter<'a, REG, 3, Avg>;
impl<'a, REG> AvgW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "No averaging"]
    #[inline(always)]
    pub fn off(self) -> &'a mut crate::W<REG> {
        self.variant(Avg::Off)
    }
    #[doc = "2 samples"]
    #[inline(always)]
    pub fn x2(self) -> &'a mut crate::W<REG> {
        self.variant(Avg::X2)
    }
    #[doc = "4 samples"]
    #[inline(always)]
    pub fn x4(self) -> &'a mut crate::W<REG> {
        self.variant(Avg::X4)
    }
    #[doc = "8 samples"]
    #[inline(always)]
    pub fn x8(self) -> &'a mut crate::W<REG> {
        self.variant(Avg::X8)
    }
    #[doc = "16 samples"]
    #[inline(always)]
    pub fn x16(self) -> &'a mut crate::W<REG> {
        self.variant(Avg::X16)
    }
    #[doc = "32 samples"]
    #[inline(always)]
    pub fn x32(self) -> &'a mut crate::W<REG> {
        self.variant(Avg::X32)
    }
    #[doc = "64 samples"]
    #[inline(always)]
    pub fn x64(self) -> &'a mut crate::W<REG> {
        self.variant(Avg::X64)
    }
}
impl R {
    #[doc = "Bits 0:2 - Hardware averaging"]
    #[inline(always)]
    pub fn avg(&self) -> AvgR {
        AvgR::new((self.bits & 7) as u8)
    }
}
impl W {
    #[doc = "Bits 0:2 - Hardware averaging"]
    #[inline(always)]
    pub fn avg(&mut self) -> AvgW<'_, SacSpec> {
        AvgW::new(self, 0)
    }
}
#[doc = "Sample averaging control\n\nYou can [`read`](crate::Reg::read) this register and get [`sac::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`sac::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct SacSpec;
impl crate::RegisterSpec for SacSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`sac::R`](R) reader structure"]
impl crate::Readable for SacSpec {}
#[doc = "`write(|w| ..)` method takes [`sac::W`](W) writer structure"]
impl crate::Writable for SacSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SAC to value 0"]
impl crate::Resettable for SacSpec {}
