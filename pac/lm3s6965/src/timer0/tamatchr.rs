#[doc = "Register `TAMATCHR` reader"]
pub type R = crate::R<TamatchrSpec>;
#[doc = "Register `TAMATCHR` writer"]
pub type W = crate::W<TamatchrSpec>;
#[doc = "Field `TAMR` reader - Match value"]
pub type TamrR = crate::FieldReader<u32>;
#[doc = "Field `TAMR` writer - Match value"]
pub type TamrW<'a, REG> = crate::FieldWriter<'a, REG, 32, u32, crate::Safe>;
impl R {
    #[doc = "Bits 0:31 - Match value"]
    #[inline(always)]
    pub fn tamr(&self) -> TamrR {
        TamrR::new(self.bits)
    }
}
impl W {
    #[doc = "Bits 0:31 - Match value"]
    #[inline(always)]
    pub fn tamr(&mut self) -> TamrW<'_, TamatchrSpec> {
        TamrW::new(self, 0)
    }
}
#[doc = "Timer A match (RTC match in RTC mode, PWM duty in PWM mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tamatchr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tamatchr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TamatchrSpec;
impl crate::RegisterSpec for TamatchrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tamatchr::R`](R) reader structure"]
impl crate::Readable for TamatchrSpec {}
#[doc = "`write(|w| ..)` method takes [`tamatchr::W`](W) writer structure"]
impl crate::Writable for TamatchrSpec {
    type Safety = crate::Safe;
}
#[doc = "`reset()` method sets TAMATCHR to value 0xffff_ffff"]
impl crate::Resettable for TamatchrSpec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
