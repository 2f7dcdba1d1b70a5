#[doc = "Register `FMA` reader"]
pub type R = crate::R<FmaSpec>;
#[doc = "Register `FMA` writer"]
pub type W = crate::W<FmaSpec>;
#[doc = "Field `OFFSET` reader - Byte address within flash"]
pub type OffsetR = crate::FieldReader<u32>;
#[doc = "Field `OFFSET` writer - Byte address within flash"]
pub type OffsetW<'a, REG> = crate::FieldWriter<'a, REG, 18, u32, crate::Safe>;
impl R {
    #[doc = "Bits 0:17 - Byte address within flash"]
    #[inline(always)]
    pub fn offset(&self) -> OffsetR {
        OffsetR::new(self.bits & 0x0003_ffff)
    }
}
impl W {
    #[doc = "Bits 0:17 - Byte address within flash"]
    #[inline(always)]
    pub fn offset(&mut self) -> OffsetW<'_, FmaSpec> {
        OffsetW::new(self, 0)
    }
}
#[doc = "Flash address\n\nYou can [`read`](crate::Reg::read) this register and get [`fma::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fma::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FmaSpec;
impl crate::RegisterSpec for FmaSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fma::R`](R) reader structure"]
impl crate::Readable for FmaSpec {}
#[doc = "`write(|w| ..)` method takes [`fma::W`](W) writer structure"]
impl crate::Writable for FmaSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets FMA to value 0"]
impl crate::Resettable for FmaSpec {}
