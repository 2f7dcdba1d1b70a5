#[doc = "Register `MTPR` reader"]
pub type R = crate::R<MtprSpec>;
#[doc = "Register `MTPR` writer"]
pub type W = crate::W<MtprSpec>;
#[doc = "Field `TPR` reader - Timer period"]
pub type TprR = crate::FieldReader;
#[doc = "Field `TPR` writer - Timer period"]
pub type TprW<'a, REG> = crate::FieldWriter<'a, REG, 7, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:6 - Timer period"]
    #[inline(always)]
    pub fn tpr(&self) -> TprR {
        TprR::new((self.bits & 0x7f) as u8)
    }
}
impl W {
    #[doc = "Bits 0:6 - Timer period"]
    #[inline(always)]
    pub fn tpr(&mut self) -> TprW<'_, MtprSpec> {
        TprW::new(self, 0)
    }
}
#[doc = "Master timer period: SCL period = 20 * (TPR + 1) system clocks\n\nYou can [`read`](crate::Reg::read) this register and get [`mtpr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mtpr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MtprSpec;
impl crate::RegisterSpec for MtprSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mtpr::R`](R) reader structure"]
impl crate::Readable for MtprSpec {}
#[doc = "`write(|w| ..)` method takes [`mtpr::W`](W) writer structure"]
impl crate::Writable for MtprSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MTPR to value 0x01"]
impl crate::Resettable for MtprSpec {
    const RESET_VALUE: u32 = 0x01;
}
