#[doc = "Register `ACSTAT0` reader"]
pub type R = crate::R<Acstat0Spec>;
#[doc = "Field `OVAL` reader - Output value"]
pub type OvalR = crate::BitReader;
impl R {
    #[doc = "Bit 1 - Output value"]
    #[inline(always)]
    pub fn oval(&self) -> OvalR {
        OvalR::new(((self.bits >> 1) & 1) != 0)
    }
}
#[doc = "Comparator 0 status\n\nYou can [`read`](crate::Reg::read) this register and get [`acstat0::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Acstat0Spec;
impl crate::RegisterSpec for Acstat0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`acstat0::R`](R) reader structure"]
impl crate::Readable for Acstat0Spec {}
#[doc = "`reset()` method sets ACSTAT0 to value 0"]
impl crate::Resettable for Acstat0Spec {}
