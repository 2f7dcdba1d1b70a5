#[doc = "Register `THR` reader"]
pub type R = crate::R<ThrSpec>;
#[doc = "Register `THR` writer"]
pub type W = crate::W<ThrSpec>;
#[doc = "Field `THRESH` reader - Threshold"]
pub type ThreshR = crate::FieldReader;
#[doc = "Field `THRESH` writer - Threshold"]
pub type ThreshW<'a, REG> = crate::FieldWriter<'a, REG, 6, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:5 - Threshold"]
    #[inline(always)]
    pub fn thresh(&self) -> ThreshR {
        ThreshR::new((self.bits & 0x3f) as u8)
    }
}
impl W {
    #[doc = "Bits 0:5 - Threshold"]
    #[inline(always)]
    pub fn thresh(&mut self) -> ThreshW<'_, ThrSpec> {
        ThreshW::new(self, 0)
    }
}
#[doc = "Transmit threshold: start sending before the whole frame is in the FIFO (0x3F = off)\n\nYou can [`read`](crate::Reg::read) this register and get [`thr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`thr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ThrSpec;
impl crate::RegisterSpec for ThrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`thr::R`](R) reader structure"]
impl crate::Readable for ThrSpec {}
#[doc = "`write(|w| ..)` method takes [`thr::W`](W) writer structure"]
impl crate::Writable for ThrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets THR to value 0x3f"]
impl crate::Resettable for ThrSpec {
    const RESET_VALUE: u32 = 0x3f;
}
