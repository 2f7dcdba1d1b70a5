#[doc = "Register `TAPMR` reader"]
pub type R = crate::R<TapmrSpec>;
#[doc = "Register `TAPMR` writer"]
pub type W = crate::W<TapmrSpec>;
#[doc = "Field `TAPSMR` reader - Prescale match"]
pub type TapsmrR = crate::FieldReader;
#[doc = "Field `TAPSMR` writer - Prescale match"]
pub type TapsmrW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:7 - Prescale match"]
    #[inline(always)]
    pub fn tapsmr(&self) -> TapsmrR {
        TapsmrR::new((self.bits & 0xff) as u8)
    }
}
impl W {
    #[doc = "Bits 0:7 - Prescale match"]
    #[inline(always)]
    pub fn tapsmr(&mut self) -> TapsmrW<'_, TapmrSpec> {
        TapsmrW::new(self, 0)
    }
}
#[doc = "Timer A prescale match (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tapmr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tapmr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TapmrSpec;
impl crate::RegisterSpec for TapmrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tapmr::R`](R) reader structure"]
impl crate::Readable for TapmrSpec {}
#[doc = "`write(|w| ..)` method takes [`tapmr::W`](W) writer structure"]
impl crate::Writable for TapmrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TAPMR to value 0"]
impl crate::Resettable for TapmrSpec {}
