#[doc = "Register `DID0` reader"]
pub type R = crate::R<Did0Spec>;
#[doc = "Field `MIN` reader - Minor revision"]
pub type MinR = crate::FieldReader;
#[doc = "Field `MAJ` reader - Major revision (0 = A, 1 = B, 2 = C)"]
pub type MajR = crate::FieldReader;
#[doc = "Field `CLASS` reader - Device class (1 = Fury)"]
pub type ClassR = crate::FieldReader;
#[doc = "Field `VER` reader - DID0 register format version"]
pub type VerR = crate::FieldReader;
impl R {
    #[doc = "Bits 0:7 - Minor revision"]
    #[inline(always)]
    pub fn min(&self) -> MinR {
        MinR::new((self.bits & 0xff) as u8)
    }
    #[doc = "Bits 8:15 - Major revision (0 = A, 1 = B, 2 = C)"]
    #[inline(always)]
    pub fn maj(&self) -> MajR {
        MajR::new(((self.bits >> 8) & 0xff) as u8)
    }
    #[doc = "Bits 16:23 - Device class (1 = Fury)"]
    #[inline(always)]
    pub fn class(&self) -> ClassR {
        ClassR::new(((self.bits >> 16) & 0xff) as u8)
    }
    #[doc = "Bits 28:30 - DID0 register format version"]
    #[inline(always)]
    pub fn ver(&self) -> VerR {
        VerR::new(((self.bits >> 28) & 7) as u8)
    }
}
#[doc = "Device identification 0 (version, class, revision)\n\nYou can [`read`](crate::Reg::read) this register and get [`did0::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Did0Spec;
impl crate::RegisterSpec for Did0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`did0::R`](R) reader structure"]
impl crate::Readable for Did0Spec {}
#[doc = "`reset()` method sets DID0 to value 0x1001_0000"]
impl crate::Resettable for Did0Spec {
    const RESET_VALUE: u32 = 0x1001_0000;
}
