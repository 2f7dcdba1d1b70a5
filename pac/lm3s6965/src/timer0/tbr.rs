#[doc = "Register `TBR` reader"]
pub type R = crate::R<TbrSpec>;
#[doc = "Field `TBR` reader - Current count"]
pub type TbrR = crate::FieldReader<u16>;
impl R {
    #[doc = "Bits 0:15 - Current count"]
    #[inline(always)]
    pub fn tbr(&self) -> TbrR {
        TbrR::new((self.bits & 0xffff) as u16)
    }
}
#[doc = "Timer B current value\n\nYou can [`read`](crate::Reg::read) this register and get [`tbr::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TbrSpec;
impl crate::RegisterSpec for TbrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tbr::R`](R) reader structure"]
impl crate::Readable for TbrSpec {}
#[doc = "`reset()` method sets TBR to value 0xffff"]
impl crate::Resettable for TbrSpec {
    const RESET_VALUE: u32 = 0xffff;
}
