#[doc = "Register `MIMR` reader"]
pub type R = crate::R<MimrSpec>;
#[doc = "Register `MIMR` writer"]
pub type W = crate::W<MimrSpec>;
#[doc = "Field `IM` reader - Master interrupt enabled"]
pub type ImR = crate::BitReader;
#[doc = "Field `IM` writer - Master interrupt enabled"]
pub type ImW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Master interrupt enabled"]
    #[inline(always)]
    pub fn im(&self) -> ImR {
        ImR::new((self.bits & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Master interrupt enabled"]
    #[inline(always)]
    pub fn im(&mut self) -> ImW<'_, MimrSpec> {
        ImW::new(self, 0)
    }
}
#[doc = "Master interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`mimr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mimr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MimrSpec;
impl crate::RegisterSpec for MimrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mimr::R`](R) reader structure"]
impl crate::Readable for MimrSpec {}
#[doc = "`write(|w| ..)` method takes [`mimr::W`](W) writer structure"]
impl crate::Writable for MimrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MIMR to value 0"]
impl crate::Resettable for MimrSpec {}
