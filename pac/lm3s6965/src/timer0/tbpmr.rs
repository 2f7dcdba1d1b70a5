#[doc = "Register `TBPMR` reader"]
pub type R = crate::R<TbpmrSpec>;
#[doc = "Register `TBPMR` writer"]
pub type W = crate::W<TbpmrSpec>;
#[doc = "Field `TBPSMR` reader - Prescale match"]
pub type TbpsmrR = crate::FieldReader;
#[doc = "Field `TBPSMR` writer - Prescale match"]
pub type TbpsmrW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:7 - Prescale match"]
    #[inline(always)]
    pub fn tbpsmr(&self) -> TbpsmrR {
        TbpsmrR::new((self.bits & 0xff) as u8)
    }
}
impl W {
    #[doc = "Bits 0:7 - Prescale match"]
    #[inline(always)]
    pub fn tbpsmr(&mut self) -> TbpsmrW<'_, TbpmrSpec> {
        TbpsmrW::new(self, 0)
    }
}
#[doc = "Timer B prescale match (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tbpmr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbpmr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TbpmrSpec;
impl crate::RegisterSpec for TbpmrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tbpmr::R`](R) reader structure"]
impl crate::Readable for TbpmrSpec {}
#[doc = "`write(|w| ..)` method takes [`tbpmr::W`](W) writer structure"]
impl crate::Writable for TbpmrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TBPMR to value 0"]
impl crate::Resettable for TbpmrSpec {}
