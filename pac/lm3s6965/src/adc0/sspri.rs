#[doc = "Register `SSPRI` reader"]
pub type R = crate::R<SspriSpec>;
#[doc = "Register `SSPRI` writer"]
pub type W = crate::W<SspriSpec>;
#[doc = "Field `SS(0-3)` reader - Priority"]
pub type SsR = crate::FieldReader;
#[doc = "Field `SS(0-3)` writer - Priority"]
pub type SsW<'a, REG> = crate::FieldWriter<'a, REG, 2, u8, crate::Safe>;
impl R {
    #[doc = "Priority"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `SS0` field.</div>"]
    #[inline(always)]
    pub fn ss(&self, n: u8) -> SsR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        SsR::new(((self.bits >> (n * 4)) & 3) as u8)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Priority"]
    #[inline(always)]
    pub fn ss_iter(&self) -> impl Iterator<Item = SsR> + '_ {
        (0..4).map(move |n| SsR::new(((self.bits >> (n * 4)) & 3) as u8))
    }
    #[doc = "Bits 0:1 - Priority"]
    #[inline(always)]
    pub fn ss0(&self) -> SsR {
        SsR::new((self.bits & 3) as u8)
    }
    #[doc = "Bits 4:5 - Priority"]
    #[inline(always)]
    pub fn ss1(&self) -> SsR {
        SsR::new(((self.bits >> 4) & 3) as u8)
    }
    #[doc = "Bits 8:9 - Priority"]
    #[inline(always)]
    pub fn ss2(&self) -> SsR {
        SsR::new(((self.bits >> 8) & 3) as u8)
    }
    #[doc = "Bits 12:13 - Priority"]
    #[inline(always)]
    pub fn ss3(&self) -> SsR {
        SsR::new(((self.bits >> 12) & 3) as u8)
    }
}
impl W {
    #[doc = "Priority"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `SS0` field.</div>"]
    #[inline(always)]
    pub fn ss(&mut self, n: u8) -> SsW<'_, SspriSpec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        SsW::new(self, n * 4)
    }
    #[doc = "Bits 0:1 - Priority"]
    #[inline(always)]
    pub fn ss0(&mut self) -> SsW<'_, SspriSpec> {
        SsW::new(self, 0)
    }
    #[doc = "Bits 4:5 - Priority"]
    #[inline(always)]
    pub fn ss1(&mut self) -> SsW<'_, SspriSpec> {
        SsW::new(self, 4)
    }
    #[doc = "Bits 8:9 - Priority"]
    #[inline(always)]
    pub fn ss2(&mut self) -> SsW<'_, SspriSpec> {
        SsW::new(self, 8)
    }
    #[doc = "Bits 12:13 - Priority"]
    #[inline(always)]
    pub fn ss3(&mut self) -> SsW<'_, SspriSpec> {
        SsW::new(self, 12)
    }
}
#[doc = "Sequencer priority (0 highest; each sequencer needs a distinct value)\n\nYou can [`read`](crate::Reg::read) this register and get [`sspri::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`sspri::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct SspriSpec;
impl crate::RegisterSpec for SspriSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`sspri::R`](R) reader structure"]
impl crate::Readable for SspriSpec {}
#[doc = "`write(|w| ..)` method takes [`sspri::W`](W) writer structure"]
impl crate::Writable for SspriSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SSPRI to value 0x3210"]
impl crate::Resettable for SspriSpec {
    const RESET_VALUE: u32 = 0x3210;
}
