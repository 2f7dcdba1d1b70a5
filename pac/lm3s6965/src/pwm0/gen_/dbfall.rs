#[doc = "Register `DBFALL` reader"]
pub type R = crate::R<DbfallSpec>;
#[doc = "Register `DBFALL` writer"]
pub type W = crate::W<DbfallSpec>;
#[doc = "Field `FALLDELAY` reader - Delay in clocks"]
pub type FalldelayR = crate::FieldReader<u16>;
#[doc = "Field `FALLDELAY` writer - Delay in clocks"]
pub type FalldelayW<'a, REG> = crate::FieldWriter<'a, REG, 12, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:11 - Delay in clocks"]
    #[inline(always)]
    pub fn falldelay(&self) -> FalldelayR {
        FalldelayR::new((self.bits & 0x0fff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:11 - Delay in clocks"]
    #[inline(always)]
    pub fn falldelay(&mut self) -> FalldelayW<'_, DbfallSpec> {
        FalldelayW::new(self, 0)
    }
}
#[doc = "Dead-band falling-edge delay\n\nYou can [`read`](crate::Reg::read) this register and get [`dbfall::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dbfall::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct DbfallSpec;
impl crate::RegisterSpec for DbfallSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dbfall::R`](R) reader structure"]
impl crate::Readable for DbfallSpec {}
#[doc = "`write(|w| ..)` method takes [`dbfall::W`](W) writer structure"]
impl crate::Writable for DbfallSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets DBFALL to value 0"]
impl crate::Resettable for DbfallSpec {}
