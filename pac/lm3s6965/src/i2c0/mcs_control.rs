#[doc = "Register `MCS_CONTROL` writer"]
pub type W = crate::W<McsControlSpec>;
#[doc = "Field `RUN` writer - Run: transfer the next byte"]
pub type RunW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `START` writer - Generate a (repeated) START"]
pub type StartW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `STOP` writer - Generate a STOP"]
pub type StopW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `ACK` writer - Acknowledge received data"]
pub type AckW<'a, REG> = crate::BitWriter<'a, REG>;
impl W {
    #[doc = "Bit 0 - Run: transfer the next byte"]
    #[inline(always)]
    pub fn run(&mut self) -> RunW<'_, McsControlSpec> {
        RunW::new(self, 0)
    }
    #[doc = "Bit 1 - Generate a (repeated) START"]
    #[inline(always)]
    pub fn start(&mut self) -> StartW<'_, McsControlSpec> {
        StartW::new(self, 1)
    }
    #[doc = "Bit 2 - Generate a STOP"]
    #[inline(always)]
    pub fn stop(&mut self) -> StopW<'_, McsControlSpec> {
        StopW::new(self, 2)
    }
    #[doc = "Bit 3 - Acknowledge received data"]
    #[inline(always)]
    pub fn ack(&mut self) -> AckW<'_, McsControlSpec> {
        AckW::new(self, 3)
    }
}
#[doc = "Master control (write view of MCS): the command of the next operation\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mcs_control::W`](W). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct McsControlSpec;
impl crate::RegisterSpec for McsControlSpec {
    type Ux = u32;
}
#[doc = "`write(|w| ..)` method takes [`mcs_control::W`](W) writer structure"]
impl crate::Writable for McsControlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MCS_CONTROL to value 0"]
impl crate::Resettable for McsControlSpec {}
