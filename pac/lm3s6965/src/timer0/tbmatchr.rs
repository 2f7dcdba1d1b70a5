#[doc = "Register `TBMATCHR` reader"]
pub type R = crate::R<TbmatchrSpec>;
#[doc = "Register `TBMATCHR` writer"]
pub type W = crate::W<TbmatchrSpec>;
#[doc = "Field `TBMR` reader - Match value"]
pub type TbmrR = crate::FieldReader<u16>;
#[doc = "Field `TBMR` writer - Match value"]
pub type TbmrW<'a, REG> = crate::FieldWriter<'a, REG, 16, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:15 - Match value"]
    #[inline(always)]
    pub fn tbmr(&self) -> TbmrR {
        TbmrR::new((self.bits & 0xffff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:15 - Match value"]
    #[inline(always)]
    pub fn tbmr(&mut self) -> TbmrW<'_, TbmatchrSpec> {
        TbmrW::new(self, 0)
    }
}
#[doc = "Timer B match\n\nYou can [`read`](crate::Reg::read) this register and get [`tbmatchr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbmatchr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TbmatchrSpec;
impl crate::RegisterSpec for TbmatchrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tbmatchr::R`](R) reader structure"]
impl crate::Readable for TbmatchrSpec {}
#[doc = "`write(|w| ..)` method takes [`tbmatchr::W`](W) writer structure"]
impl crate::Writable for TbmatchrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TBMATCHR to value 0xffff"]
impl crate::Resettable for TbmatchrSpec {
    const RESET_VALUE: u32 = 0xffff;
}
