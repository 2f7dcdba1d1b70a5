#[doc = "Register `FCRIS` reader"]
pub type R = crate::R<FcrisSpec>;
#[doc = "Field `ARIS` reader - Access violation"]
pub type ArisR = crate::BitReader;
#[doc = "Field `PRIS` reader - Programming done"]
pub type PrisR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Access violation"]
    #[inline(always)]
    pub fn aris(&self) -> ArisR {
        ArisR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Programming done"]
    #[inline(always)]
    pub fn pris(&self) -> PrisR {
        PrisR::new(((self.bits >> 1) & 1) != 0)
    }
}
#[doc = "Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`fcris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FcrisSpec;
impl crate::RegisterSpec for FcrisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fcris::R`](R) reader structure"]
impl crate::Readable for FcrisSpec {}
#[doc = "`reset()` method sets FCRIS to value 0"]
impl crate::Resettable for FcrisSpec {}
