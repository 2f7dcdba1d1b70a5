#[doc = "Register `RTCT` reader"]
pub type R = crate::R<RtctSpec>;
#[doc = "Register `RTCT` writer"]
pub type W = crate::W<RtctSpec>;
#[doc = "Field `TRIM` reader - Trim value"]
pub type TrimR = crate::FieldReader<u16>;
#[doc = "Field `TRIM` writer - Trim value"]
pub type TrimW<'a, REG> = crate::FieldWriter<'a, REG, 16, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:15 - Trim value"]
    #[inline(always)]
    pub fn trim(&self) -> TrimR {
        TrimR::new((self.bits & 0xffff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:15 - Trim value"]
    #[inline(always)]
    pub fn trim(&mut self) -> TrimW<'_, RtctSpec> {
        TrimW::new(self, 0)
    }
}
#[doc = "RTC trim\n\nYou can [`read`](crate::Reg::read) this register and get [`rtct::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rtct::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RtctSpec;
impl crate::RegisterSpec for RtctSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rtct::R`](R) reader structure"]
impl crate::Readable for RtctSpec {}
#[doc = "`write(|w| ..)` method takes [`rtct::W`](W) writer structure"]
impl crate::Writable for RtctSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RTCT to value 0x7fff"]
impl crate::Resettable for RtctSpec {
    const RESET_VALUE: u32 = 0x7fff;
}
