#[doc = "Register `TBPR` reader"]
pub type R = crate::R<TbprSpec>;
#[doc = "Register `TBPR` writer"]
pub type W = crate::W<TbprSpec>;
#[doc = "Field `TBPSR` reader - Prescale"]
pub type TbpsrR = crate::FieldReader;
#[doc = "Field `TBPSR` writer - Prescale"]
pub type TbpsrW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:7 - Prescale"]
    #[inline(always)]
    pub fn tbpsr(&self) -> TbpsrR {
        TbpsrR::new((self.bits & 0xff) as u8)
    }
}
impl W {
    #[doc = "Bits 0:7 - Prescale"]
    #[inline(always)]
    pub fn tbpsr(&mut self) -> TbpsrW<'_, TbprSpec> {
        TbpsrW::new(self, 0)
    }
}
#[doc = "Timer B prescale (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tbpr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbpr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TbprSpec;
impl crate::RegisterSpec for TbprSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tbpr::R`](R) reader structure"]
impl crate::Readable for TbprSpec {}
#[doc = "`write(|w| ..)` method takes [`tbpr::W`](W) writer structure"]
impl crate::Writable for TbprSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TBPR to value 0"]
impl crate::Resettable for TbprSpec {}
