#[doc = "Register `PSSI` writer"]
pub type W = crate::W<PssiSpec>;
#[doc = "Field `SS(0-3)` writer - Start the sequencer (if its trigger is PROCESSOR)"]
pub type SsW<'a, REG> = crate::BitWriter<'a, REG>;
impl W {
    #[doc = "Start the sequencer (if its trigger is PROCESSOR)"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `SS0` field.</div>"]
    #[inline(always)]
    pub fn ss(&mut self, n: u8) -> SsW<'_, PssiSpec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        SsW::new(self, n)
    }
    #[doc = "Bit 0 - Start the sequencer (if its trigger is PROCESSOR)"]
    #[inline(always)]
    pub fn ss0(&mut self) -> SsW<'_, PssiSpec> {
        SsW::new(self, 0)
    }
    #[doc = "Bit 1 - Start the sequencer (if its trigger is PROCESSOR)"]
    #[inline(always)]
    pub fn ss1(&mut self) -> SsW<'_, PssiSpec> {
        SsW::new(self, 1)
    }
    #[doc = "Bit 2 - Start the sequencer (if its trigger is PROCESSOR)"]
    #[inline(always)]
    pub fn ss2(&mut self) -> SsW<'_, PssiSpec> {
        SsW::new(self, 2)
    }
    #[doc = "Bit 3 - Start the sequencer (if its trigger is PROCESSOR)"]
    #[inline(always)]
    pub fn ss3(&mut self) -> SsW<'_, PssiSpec> {
        SsW::new(self, 3)
    }
}
#[doc = "Processor sample sequence initiate\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`pssi::W`](W). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct PssiSpec;
impl crate::RegisterSpec for PssiSpec {
    type Ux = u32;
}
#[doc = "`write(|w| ..)` method takes [`pssi::W`](W) writer structure"]
impl crate::Writable for PssiSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets PSSI to value 0"]
impl crate::Resettable for PssiSpec {}
