#[doc = "Register `TAILR` reader"]
pub type R = crate::R<TailrSpec>;
#[doc = "Register `TAILR` writer"]
pub type W = crate::W<TailrSpec>;
#[doc = "Field `TAILR` reader - Load value"]
pub type TailrR = crate::FieldReader<u32>;
#[doc = "Field `TAILR` writer - Load value"]
pub type TailrW<'a, REG> = crate::FieldWriter<'a, REG, 32, u32, crate::Safe>;
impl R {
    #[doc = "Bits 0:31 - Load value"]
    #[inline(always)]
    pub fn tailr(&self) -> TailrR {
        TailrR::new(self.bits)
    }
}
impl W {
    #[doc = "Bits 0:31 - Load value"]
    #[inline(always)]
    pub fn tailr(&mut self) -> TailrW<'_, TailrSpec> {
        TailrW::new(self, 0)
    }
}
#[doc = "Timer A interval load (all 32 bits in 32-bit modes, bits 15:0 in 16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tailr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tailr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TailrSpec;
impl crate::RegisterSpec for TailrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tailr::R`](R) reader structure"]
impl crate::Readable for TailrSpec {}
#[doc = "`write(|w| ..)` method takes [`tailr::W`](W) writer structure"]
impl crate::Writable for TailrSpec {
    type Safety = crate::Safe;
}
#[doc = "`reset()` method sets TAILR to value 0xffff_ffff"]
impl crate::Resettable for TailrSpec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
