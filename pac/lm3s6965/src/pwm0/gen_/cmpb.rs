#[doc = "Register `CMPB` reader"]
pub type R = crate::R<CmpbSpec>;
#[doc = "Register `CMPB` writer"]
pub type W = crate::W<CmpbSpec>;
#[doc = "Field `COMPB` reader - Compare value"]
pub type CompbR = crate::FieldReader<u16>;
#[doc = "Field `COMPB` writer - Compare value"]
pub type CompbW<'a, REG> = crate::FieldWriter<'a, REG, 16, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:15 - Compare value"]
    #[inline(always)]
    pub fn compb(&self) -> CompbR {
        CompbR::new((self.bits & 0xffff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:15 - Compare value"]
    #[inline(always)]
    pub fn compb(&mut self) -> CompbW<'_, CmpbSpec> {
        CompbW::new(self, 0)
    }
}
#[doc = "Comparator B\n\nYou can [`read`](crate::Reg::read) this register and get [`cmpb::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cmpb::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CmpbSpec;
impl crate::RegisterSpec for CmpbSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`cmpb::R`](R) reader structure"]
impl crate::Readable for CmpbSpec {}
#[doc = "`write(|w| ..)` method takes [`cmpb::W`](W) writer structure"]
impl crate::Writable for CmpbSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CMPB to value 0"]
impl crate::Resettable for CmpbSpec {}
