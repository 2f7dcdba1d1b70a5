#[doc = "Register `TBILR` reader"]
pub type R = crate::R<TbilrSpec>;
#[doc = "Register `TBILR` writer"]
pub type W = crate::W<TbilrSpec>;
#[doc = "Field `TBILR` reader - Load value"]
pub type TbilrR = crate::FieldReader<u16>;
#[doc = "Field `TBILR` writer - Load value"]
pub type TbilrW<'a, REG> = crate::FieldWriter<'a, REG, 16, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:15 - Load value"]
    #[inline(always)]
    pub fn tbilr(&self) -> TbilrR {
        TbilrR::new((self.bits & 0xffff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:15 - Load value"]
    #[inline(always)]
    pub fn tbilr(&mut self) -> TbilrW<'_, TbilrSpec> {
        TbilrW::new(self, 0)
    }
}
#[doc = "Timer B interval load (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tbilr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbilr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TbilrSpec;
impl crate::RegisterSpec for TbilrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tbilr::R`](R) reader structure"]
impl crate::Readable for TbilrSpec {}
#[doc = "`write(|w| ..)` method takes [`tbilr::W`](W) writer structure"]
impl crate::Writable for TbilrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TBILR to value 0xffff"]
impl crate::Resettable for TbilrSpec {
    const RESET_VALUE: u32 = 0xffff;
}
