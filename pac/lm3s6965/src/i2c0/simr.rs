#[doc = "Register `SIMR` reader"]
pub type R = crate::R<SimrSpec>;
#[doc = "Register `SIMR` writer"]
pub type W = crate::W<SimrSpec>;
#[doc = "Field `DATAIM` reader - Data interrupt enabled"]
pub type DataimR = crate::BitReader;
#[doc = "Field `DATAIM` writer - Data interrupt enabled"]
pub type DataimW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Data interrupt enabled"]
    #[inline(always)]
    pub fn dataim(&self) -> DataimR {
        DataimR::new((self.bits & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Data interrupt enabled"]
    #[inline(always)]
    pub fn dataim(&mut self) -> DataimW<'_, SimrSpec> {
        DataimW::new(self, 0)
    }
}
#[doc = "Slave interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`simr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`simr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct SimrSpec;
impl crate::RegisterSpec for SimrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`simr::R`](R) reader structure"]
impl crate::Readable for SimrSpec {}
#[doc = "`write(|w| ..)` method takes [`simr::W`](W) writer structure"]
impl crate::Writable for SimrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SIMR to value 0"]
impl crate::Resettable for SimrSpec {}
