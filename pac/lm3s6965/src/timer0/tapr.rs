#[doc = "Register `TAPR` reader"]
pub type R = crate::R<TaprSpec>;
#[doc = "Register `TAPR` writer"]
pub type W = crate::W<TaprSpec>;
#[doc = "Field `TAPSR` reader - Prescale"]
pub type TapsrR = crate::FieldReader;
#[doc = "Field `TAPSR` writer - Prescale"]
pub type TapsrW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:7 - Prescale"]
    #[inline(always)]
    pub fn tapsr(&self) -> TapsrR {
        TapsrR::new((self.bits & 0xff) as u8)
    }
}
impl W {
    #[doc = "Bits 0:7 - Prescale"]
    #[inline(always)]
    pub fn tapsr(&mut self) -> TapsrW<'_, TaprSpec> {
        TapsrW::new(self, 0)
    }
}
#[doc = "Timer A prescale (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tapr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tapr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TaprSpec;
impl crate::RegisterSpec for TaprSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tapr::R`](R) reader structure"]
impl crate::Readable for TaprSpec {}
#[doc = "`write(|w| ..)` method takes [`tapr::W`](W) writer structure"]
impl crate::Writable for TaprSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TAPR to value 0"]
impl crate::Resettable for TaprSpec {}
