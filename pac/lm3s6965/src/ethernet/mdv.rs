#[doc = "Register `MDV` reader"]
pub type R = crate::R<MdvSpec>;
#[doc = "Register `MDV` writer"]
pub type W = crate::W<MdvSpec>;
#[doc = "Field `DIV` reader - Divider"]
pub type DivR = crate::FieldReader;
#[doc = "Field `DIV` writer - Divider"]
pub type DivW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:7 - Divider"]
    #[inline(always)]
    pub fn div(&self) -> DivR {
        DivR::new((self.bits & 0xff) as u8)
    }
}
impl W {
    #[doc = "Bits 0:7 - Divider"]
    #[inline(always)]
    pub fn div(&mut self) -> DivW<'_, MdvSpec> {
        DivW::new(self, 0)
    }
}
#[doc = "Management clock divider: MDC = SysClk / (2 * (DIV + 1)), at most 2.5 MHz\n\nYou can [`read`](crate::Reg::read) this register and get [`mdv::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mdv::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MdvSpec;
impl crate::RegisterSpec for MdvSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mdv::R`](R) reader structure"]
impl crate::Readable for MdvSpec {}
#[doc = "`write(|w| ..)` method takes [`mdv::W`](W) writer structure"]
impl crate::Writable for MdvSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MDV to value 0x80"]
impl crate::Resettable for MdvSpec {
    const RESET_VALUE: u32 = 0x80;
}
