#[doc = "Register `CMPA` reader"]
pub type R = crate::R<CmpaSpec>;
#[doc = "Register `CMPA` writer"]
pub type W = crate::W<CmpaSpec>;
#[doc = "Field `COMPA` reader - Compare value"]
pub type CompaR = crate::FieldReader<u16>;
#[doc = "Field `COMPA` writer - Compare value"]
pub type CompaW<'a, REG> = crate::FieldWriter<'a, REG, 16, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:15 - Compare value"]
    #[inline(always)]
    pub fn compa(&self) -> CompaR {
        CompaR::new((self.bits & 0xffff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:15 - Compare value"]
    #[inline(always)]
    pub fn compa(&mut self) -> CompaW<'_, CmpaSpec> {
        CompaW::new(self, 0)
    }
}
#[doc = "Comparator A\n\nYou can [`read`](crate::Reg::read) this register and get [`cmpa::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cmpa::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CmpaSpec;
impl crate::RegisterSpec for CmpaSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`cmpa::R`](R) reader structure"]
impl crate::Readable for CmpaSpec {}
#[doc = "`write(|w| ..)` method takes [`cmpa::W`](W) writer structure"]
impl crate::Writable for CmpaSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CMPA to value 0"]
impl crate::Resettable for CmpaSpec {}
