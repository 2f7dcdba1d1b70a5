#[doc = "Register `DBRISE` reader"]
pub type R = crate::R<DbriseSpec>;
#[doc = "Register `DBRISE` writer"]
pub type W = crate::W<DbriseSpec>;
#[doc = "Field `RISEDELAY` reader - Delay in clocks"]
pub type RisedelayR = crate::FieldReader<u16>;
#[doc = "Field `RISEDELAY` writer - Delay in clocks"]
pub type RisedelayW<'a, REG> = crate::FieldWriter<'a, REG, 12, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:11 - Delay in clocks"]
    #[inline(always)]
    pub fn risedelay(&self) -> RisedelayR {
        RisedelayR::new((self.bits & 0x0fff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:11 - Delay in clocks"]
    #[inline(always)]
    pub fn risedelay(&mut self) -> RisedelayW<'_, DbriseSpec> {
        RisedelayW::new(self, 0)
    }
}
#[doc = "Dead-band rising-edge delay\n\nYou can [`read`](crate::Reg::read) this register and get [`dbrise::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dbrise::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct DbriseSpec;
impl crate::RegisterSpec for DbriseSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dbrise::R`](R) reader structure"]
impl crate::Readable for DbriseSpec {}
#[doc = "`write(|w| ..)` method takes [`dbrise::W`](W) writer structure"]
impl crate::Writable for DbriseSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets DBRISE to value 0"]
impl crate::Resettable for DbriseSpec {}
