#[doc = "Register `LOAD` reader"]
pub type R = crate::R<LoadSpec>;
#[doc = "Register `LOAD` writer"]
pub type W = crate::W<LoadSpec>;
#[doc = "Field `WDTLOAD` reader - Load value"]
pub type WdtloadR = crate::FieldReader<u32>;
#[doc = "Field `WDTLOAD` writer - Load value"]
pub type WdtloadW<'a, REG> = crate::FieldWriter<'a, REG, 32, u32, crate::Safe>;
impl R {
    #[doc = "Bits 0:31 - Load value"]
    #[inline(always)]
    pub fn wdtload(&self) -> WdtloadR {
        WdtloadR::new(self.bits)
    }
}
impl W {
    #[doc = "Bits 0:31 - Load value"]
    #[inline(always)]
    pub fn wdtload(&mut self) -> WdtloadW<'_, LoadSpec> {
        WdtloadW::new(self, 0)
    }
}
#[doc = "Load value (writing restarts the count)\n\nYou can [`read`](crate::Reg::read) this register and get [`load::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`load::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct LoadSpec;
impl crate::RegisterSpec for LoadSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`load::R`](R) reader structure"]
impl crate::Readable for LoadSpec {}
#[doc = "`write(|w| ..)` method takes [`load::W`](W) writer structure"]
impl crate::Writable for LoadSpec {
    type Safety = crate::Safe;
}
#[doc = "`reset()` method sets LOAD to value 0xffff_ffff"]
impl crate::Resettable for LoadSpec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
