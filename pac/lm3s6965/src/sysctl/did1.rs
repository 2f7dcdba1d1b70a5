#[doc = "Register `DID1` reader"]
pub type R = crate::R<Did1Spec>;
#[doc = "Qualification status\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Qual {
    #[doc = "0: Engineering sample"]
    Engineering = 0,
    #[doc = "1: Pilot production"]
    Pilot = 1,
    #[doc = "2: Fully qualified"]
    Qualified = 2,
}
impl From<Qual> for u8 {
    #[inline(always)]
    fn from(variant: Qual) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Qual {
    type Ux = u8;
}
impl crate::IsEnum for Qual {}
#[doc = "Field `QUAL` reader - Qualification status"]
pub type QualR = crate::FieldReader<Qual>;
impl QualR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Qual> {
        match self.bits {
            0 => Some(Qual::Engineering),
            1 => Some(Qual::Pilot),
            2 => Some(Qual::Qualified),
            _ => None,
        }
    }
    #[doc = "Engineering sample"]
    #[inline(always)]
    pub fn is_engineering(&self) -> bool {
        *self == Qual::Engineering
    }
    #[doc = "Pilot production"]
    #[inline(always)]
    pub fn is_pilot(&self) -> bool {
        *self == Qual::Pilot
    }
    #[doc = "Fully qualified"]
    #[inline(always)]
    pub fn is_qualified(&self) -> bool {
        *self == Qual::Qualified
    }
}
#[doc = "Field `ROHS` reader - RoHS compliant"]
pub type RohsR = crate::BitReader;
#[doc = "Package\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Pkg {
    #[doc = "0: SOIC"]
    Soic = 0,
    #[doc = "1: LQFP"]
    Lqfp = 1,
    #[doc = "2: BGA"]
    Bga = 2,
}
impl From<Pkg> for u8 {
    #[inline(always)]
    fn from(variant: Pkg) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Pkg {
    type Ux = u8;
}
impl crate::IsEnum for Pkg {}
#[doc = "Field `PKG` reader - Package"]
pub type PkgR = crate::FieldReader<Pkg>;
impl PkgR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Pkg> {
        match self.bits {
            0 => Some(Pkg::Soic),
            1 => Some(Pkg::Lqfp),
            2 => Some(Pkg::Bga),
            _ => None,
        }
    }
    #[doc = "SOIC"]
    #[inline(always)]
    pub fn is_soic(&self) -> bool {
        *self == Pkg::Soic
    }
    #[doc = "LQFP"]
    #[inline(always)]
    pub fn is_lqfp(&self) -> bool {
        *self == Pkg::Lqfp
    }
    #[doc = "BGA"]
    #[inline(always)]
    pub fn is_bga(&self) -> bool {
        *self == Pkg::Bga
    }
}
#[doc = "Temperature range\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Temp {
    #[doc = "0: 0 to 70 C"]
    Commercial = 0,
    #[doc = "1: -40 to 85 C"]
    Industrial = 1,
    #[doc = "2: -40 to 105 C"]
    Extended = 2,
}
impl From<Temp> for u8 {
    #[inline(always)]
    fn from(variant: Temp) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Temp {
    type Ux = u8;
}
impl crate::IsEnum for Temp {}
#[doc = "Field `TEMP` reader - Temperature range"]
pub type TempR = crate::FieldReader<Temp>;
impl TempR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Temp> {
        match self.bits {
            0 => Some(Temp::Commercial),
            1 => Some(Temp::Industrial),
            2 => Some(Temp::Extended),
            _ => None,
        }
    }
    #[doc = "0 to 70 C"]
    #[inline(always)]
    pub fn is_commercial(&self) -> bool {
        *self == Temp::Commercial
    }
    #[doc = "-40 to 85 C"]
    #[inline(always)]
    pub fn is_industrial(&self) -> bool {
        *self == Temp::Industrial
    }
    #[doc = "-40 to 105 C"]
    #[inline(always)]
    pub fn is_extended(&self) -> bool {
        *self == Temp::Extended
    }
}
#[doc = "Field `PINCNT` reader - Pin count (2 = 100 pins)"]
pub type PincntR = crate::FieldReader;
#[doc = "Field `PARTNO` reader - Part number (0x73 = LM3S6965)"]
pub type PartnoR = crate::FieldReader;
#[doc = "Field `FAM` reader - Family (0 = Stellaris)"]
pub type FamR = crate::FieldReader;
#[doc = "Field `VER` reader - DID1 register format version"]
pub type VerR = crate::FieldReader;
impl R {
    #[doc = "Bits 0:1 - Qualification status"]
    #[inline(always)]
    pub fn qual(&self) -> QualR {
        QualR::new((self.bits & 3) as u8)
    }
    #[doc = "Bit 2 - RoHS compliant"]
    #[inline(always)]
    pub fn rohs(&self) -> RohsR {
        RohsR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bits 3:4 - Package"]
    #[inline(always)]
    pub fn pkg(&self) -> PkgR {
        PkgR::new(((self.bits >> 3) & 3) as u8)
    }
    #[doc = "Bits 5:7 - Temperature range"]
    #[inline(always)]
    pub fn temp(&self) -> TempR {
        TempR::new(((self.bits >> 5) & 7) as u8)
    }
    #[doc = "Bits 13:15 - Pin count (2 = 100 pins)"]
    #[inline(always)]
    pub fn pincnt(&self) -> PincntR {
        PincntR::new(((self.bits >> 13) & 7) as u8)
    }
    #[doc = "Bits 16:23 - Part number (0x73 = LM3S6965)"]
    #[inline(always)]
    pub fn partno(&self) -> PartnoR {
        PartnoR::new(((self.bits >> 16) & 0xff) as u8)
    }
    #[doc = "Bits 24:27 - Family (0 = Stellaris)"]
    #[inline(always)]
    pub fn fam(&self) -> FamR {
        FamR::new(((self.bits >> 24) & 0x0f) as u8)
    }
    #[doc = "Bits 28:31 - DID1 register format version"]
    #[inline(always)]
    pub fn ver(&self) -> VerR {
        VerR::new(((self.bits >> 28) & 0x0f) as u8)
    }
}
#[doc = "Device identification 1 (part number, package, temperature range)\n\nYou can [`read`](crate::Reg::read) this register and get [`did1::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Did1Spec;
impl crate::RegisterSpec for Did1Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`did1::R`](R) reader structure"]
impl crate::Readable for Did1Spec {}
#[doc = "`reset()` method sets DID1 to value 0x1073_4000"]
impl crate::Resettable for Did1Spec {
    const RESET_VALUE: u32 = 0x1073_4000;
}
