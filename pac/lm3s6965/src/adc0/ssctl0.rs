#[doc = "Register `SSCTL0` reader"]
pub type R = crate::R<Ssctl0Spec>;
#[doc = "Register `SSCTL0` writer"]
pub type W = crate::W<Ssctl0Spec>;
#[doc = "Field `D(0-7)` reader - Sample is differential"]
pub type DR = crate::BitReader;
#[doc = "Field `D(0-7)` writer - Sample is differential"]
pub type DW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `END(0-7)` reader - Sample is the last of the sequence"]
pub type EndR = crate::BitReader;
#[doc = "Field `END(0-7)` writer - Sample is the last of the sequence"]
pub type EndW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `IE(0-7)` reader - Raise the interrupt after this sample"]
pub type IeR = crate::BitReader;
#[doc = "Field `IE(0-7)` writer - Raise the interrupt after this sample"]
pub type IeW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TS(0-7)` reader - Sample the temperature sensor"]
pub type TsR = crate::BitReader;
#[doc = "Field `TS(0-7)` writer - Sample the temperature sensor"]
pub type TsW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Sample is differential"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `D0` field.</div>"]
    #[inline(always)]
    pub fn d(&self, n: u8) -> DR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        DR::new(((self.bits >> (n * 4)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sample is differential"]
    #[inline(always)]
    pub fn d_iter(&self) -> impl Iterator<Item = DR> + '_ {
        (0..8).map(move |n| DR::new(((self.bits >> (n * 4)) & 1) != 0))
    }
    #[doc = "Bit 0 - Sample is differential"]
    #[inline(always)]
    pub fn d0(&self) -> DR {
        DR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 4 - Sample is differential"]
    #[inline(always)]
    pub fn d1(&self) -> DR {
        DR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 8 - Sample is differential"]
    #[inline(always)]
    pub fn d2(&self) -> DR {
        DR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 12 - Sample is differential"]
    #[inline(always)]
    pub fn d3(&self) -> DR {
        DR::new(((self.bits >> 12) & 1) != 0)
    }
    #[doc = "Bit 16 - Sample is differential"]
    #[inline(always)]
    pub fn d4(&self) -> DR {
        DR::new(((self.bits >> 16) & 1) != 0)
    }
    #[doc = "Bit 20 - Sample is differential"]
    #[inline(always)]
    pub fn d5(&self) -> DR {
        DR::new(((self.bits >> 20) & 1) != 0)
    }
    #[doc = "Bit 24 - Sample is differential"]
    #[inline(always)]
    pub fn d6(&self) -> DR {
        DR::new(((self.bits >> 24) & 1) != 0)
    }
    #[doc = "Bit 28 - Sample is differential"]
    #[inline(always)]
    pub fn d7(&self) -> DR {
        DR::new(((self.bits >> 28) & 1) != 0)
    }
    #[doc = "Sample is the last of the sequence"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `END0` field.</div>"]
    #[inline(always)]
    pub fn end(&self, n: u8) -> EndR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        EndR::new(((self.bits >> (n * 4 + 1)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end_iter(&self) -> impl Iterator<Item = EndR> + '_ {
        (0..8).map(move |n| EndR::new(((self.bits >> (n * 4 + 1)) & 1) != 0))
    }
    #[doc = "Bit 1 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end0(&self) -> EndR {
        EndR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 5 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end1(&self) -> EndR {
        EndR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 9 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end2(&self) -> EndR {
        EndR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 13 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end3(&self) -> EndR {
        EndR::new(((self.bits >> 13) & 1) != 0)
    }
    #[doc = "Bit 17 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end4(&self) -> EndR {
        EndR::new(((self.bits >> 17) & 1) != 0)
    }
    #[doc = "Bit 21 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end5(&self) -> EndR {
        EndR::new(((self.bits >> 21) & 1) != 0)
    }
    #[doc = "Bit 25 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end6(&self) -> EndR {
        EndR::new(((self.bits >> 25) & 1) != 0)
    }
    #[doc = "Bit 29 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end7(&self) -> EndR {
        EndR::new(((self.bits >> 29) & 1) != 0)
    }
    #[doc = "Raise the interrupt after this sample"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IE0` field.</div>"]
    #[inline(always)]
    pub fn ie(&self, n: u8) -> IeR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        IeR::new(((self.bits >> (n * 4 + 2)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie_iter(&self) -> impl Iterator<Item = IeR> + '_ {
        (0..8).map(move |n| IeR::new(((self.bits >> (n * 4 + 2)) & 1) != 0))
    }
    #[doc = "Bit 2 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie0(&self) -> IeR {
        IeR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 6 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie1(&self) -> IeR {
        IeR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 10 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie2(&self) -> IeR {
        IeR::new(((self.bits >> 10) & 1) != 0)
    }
    #[doc = "Bit 14 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie3(&self) -> IeR {
        IeR::new(((self.bits >> 14) & 1) != 0)
    }
    #[doc = "Bit 18 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie4(&self) -> IeR {
        IeR::new(((self.bits >> 18) & 1) != 0)
    }
    #[doc = "Bit 22 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie5(&self) -> IeR {
        IeR::new(((self.bits >> 22) & 1) != 0)
    }
    #[doc = "Bit 26 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie6(&self) -> IeR {
        IeR::new(((self.bits >> 26) & 1) != 0)
    }
    #[doc = "Bit 30 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie7(&self) -> IeR {
        IeR::new(((self.bits >> 30) & 1) != 0)
    }
    #[doc = "Sample the temperature sensor"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `TS0` field.</div>"]
    #[inline(always)]
    pub fn ts(&self, n: u8) -> TsR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        TsR::new(((self.bits >> (n * 4 + 3)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts_iter(&self) -> impl Iterator<Item = TsR> + '_ {
        (0..8).map(move |n| TsR::new(((self.bits >> (n * 4 + 3)) & 1) != 0))
    }
    #[doc = "Bit 3 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts0(&self) -> TsR {
        TsR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 7 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts1(&self) -> TsR {
        TsR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bit 11 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts2(&self) -> TsR {
        TsR::new(((self.bits >> 11) & 1) != 0)
    }
    #[doc = "Bit 15 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts3(&self) -> TsR {
        TsR::new(((self.bits >> 15) & 1) != 0)
    }
    #[doc = "Bit 19 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts4(&self) -> TsR {
        TsR::new(((self.bits >> 19) & 1) != 0)
    }
    #[doc = "Bit 23 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts5(&self) -> TsR {
        TsR::new(((self.bits >> 23) & 1) != 0)
    }
    #[doc = "Bit 27 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts6(&self) -> TsR {
        TsR::new(((self.bits >> 27) & 1) != 0)
    }
    #[doc = "Bit 31 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts7(&self) -> TsR {
        TsR::new(((self.bits >> 31) & 1) != 0)
    }
}
impl W {
    #[doc = "Sample is differential"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `D0` field.</div>"]
    #[inline(always)]
    pub fn d(&mut self, n: u8) -> DW<'_, Ssctl0Spec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        DW::new(self, n * 4)
    }
    #[doc = "Bit 0 - Sample is differential"]
    #[inline(always)]
    pub fn d0(&mut self) -> DW<'_, Ssctl0Spec> {
        DW::new(self, 0)
    }
    #[doc = "Bit 4 - Sample is differential"]
    #[inline(always)]
    pub fn d1(&mut self) -> DW<'_, Ssctl0Spec> {
        DW::new(self, 4)
    }
    #[doc = "Bit 8 - Sample is differential"]
    #[inline(always)]
    pub fn d2(&mut self) -> DW<'_, Ssctl0Spec> {
        DW::new(self, 8)
    }
    #[doc = "Bit 12 - Sample is differential"]
    #[inline(always)]
    pub fn d3(&mut self) -> DW<'_, Ssctl0Spec> {
        DW::new(self, 12)
    }
    #[doc = "Bit 16 - Sample is differential"]
    #[inline(always)]
    pub fn d4(&mut self) -> DW<'_, Ssctl0Spec> {
        DW::new(self, 16)
    }
    #[doc = "Bit 20 - Sample is differential"]
    #[inline(always)]
    pub fn d5(&mut self) -> DW<'_, Ssctl0Spec> {
        DW::new(self, 20)
    }
    #[doc = "Bit 24 - Sample is differential"]
    #[inline(always)]
    pub fn d6(&mut self) -> DW<'_, Ssctl0Spec> {
        DW::new(self, 24)
    }
    #[doc = "Bit 28 - Sample is differential"]
    #[inline(always)]
    pub fn d7(&mut self) -> DW<'_, Ssctl0Spec> {
        DW::new(self, 28)
    }
    #[doc = "Sample is the last of the sequence"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `END0` field.</div>"]
    #[inline(always)]
    pub fn end(&mut self, n: u8) -> EndW<'_, Ssctl0Spec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        EndW::new(self, n * 4 + 1)
    }
    #[doc = "Bit 1 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end0(&mut self) -> EndW<'_, Ssctl0Spec> {
        EndW::new(self, 1)
    }
    #[doc = "Bit 5 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end1(&mut self) -> EndW<'_, Ssctl0Spec> {
        EndW::new(self, 5)
    }
    #[doc = "Bit 9 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end2(&mut self) -> EndW<'_, Ssctl0Spec> {
        EndW::new(self, 9)
    }
    #[doc = "Bit 13 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end3(&mut self) -> EndW<'_, Ssctl0Spec> {
        EndW::new(self, 13)
    }
    #[doc = "Bit 17 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end4(&mut self) -> EndW<'_, Ssctl0Spec> {
        EndW::new(self, 17)
    }
    #[doc = "Bit 21 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end5(&mut self) -> EndW<'_, Ssctl0Spec> {
        EndW::new(self, 21)
    }
    #[doc = "Bit 25 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end6(&mut self) -> EndW<'_, Ssctl0Spec> {
        EndW::new(self, 25)
    }
    #[doc = "Bit 29 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end7(&mut self) -> EndW<'_, Ssctl0Spec> {
        EndW::new(self, 29)
    }
    #[doc = "Raise the interrupt after this sample"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IE0` field.</div>"]
    #[inline(always)]
    pub fn ie(&mut self, n: u8) -> IeW<'_, Ssctl0Spec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        IeW::new(self, n * 4 + 2)
    }
    #[doc = "Bit 2 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie0(&mut self) -> IeW<'_, Ssctl0Spec> {
        IeW::new(self, 2)
    }
    #[doc = "Bit 6 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie1(&mut self) -> IeW<'_, Ssctl0Spec> {
        IeW::new(self, 6)
    }
    #[doc = "Bit 10 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie2(&mut self) -> IeW<'_, Ssctl0Spec> {
        IeW::new(self, 10)
    }
    #[doc = "Bit 14 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie3(&mut self) -> IeW<'_, Ssctl0Spec> {
        IeW::new(self, 14)
    }
    #[doc = "Bit 18 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie4(&mut self) -> IeW<'_, Ssctl0Spec> {
        IeW::new(self, 18)
    }
    #[doc = "Bit 22 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie5(&mut self) -> IeW<'_, Ssctl0Spec> {
        IeW::new(self, 22)
    }
    #[doc = "Bit 26 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie6(&mut self) -> IeW<'_, Ssctl0Spec> {
        IeW::new(self, 26)
    }
    #[doc = "Bit 30 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie7(&mut self) -> IeW<'_, Ssctl0Spec> {
        IeW::new(self, 30)
    }
    #[doc = "Sample the temperature sensor"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `TS0` field.</div>"]
    #[inline(always)]
    pub fn ts(&mut self, n: u8) -> TsW<'_, Ssctl0Spec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        TsW::new(self, n * 4 + 3)
    }
    #[doc = "Bit 3 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts0(&mut self) -> TsW<'_, Ssctl0Spec> {
        TsW::new(self, 3)
    }
    #[doc = "Bit 7 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts1(&mut self) -> TsW<'_, Ssctl0Spec> {
        TsW::new(self, 7)
    }
    #[doc = "Bit 11 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts2(&mut self) -> TsW<'_, Ssctl0Spec> {
        TsW::new(self, 11)
    }
    #[doc = "Bit 15 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts3(&mut self) -> TsW<'_, Ssctl0Spec> {
        TsW::new(self, 15)
    }
    #[doc = "Bit 19 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts4(&mut self) -> TsW<'_, Ssctl0Spec> {
        TsW::new(self, 19)
    }
    #[doc = "Bit 23 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts5(&mut self) -> TsW<'_, Ssctl0Spec> {
        TsW::new(self, 23)
    }
    #[doc = "Bit 27 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts6(&mut self) -> TsW<'_, Ssctl0Spec> {
        TsW::new(self, 27)
    }
    #[doc = "Bit 31 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts7(&mut self) -> TsW<'_, Ssctl0Spec> {
        TsW::new(self, 31)
    }
}
#[doc = "Sequencer 0 control (8 samples)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssctl0::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssctl0::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Ssctl0Spec;
impl crate::RegisterSpec for Ssctl0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ssctl0::R`](R) reader structure"]
impl crate::Readable for Ssctl0Spec {}
#[doc = "`write(|w| ..)` method takes [`ssctl0::W`](W) writer structure"]
impl crate::Writable for Ssctl0Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SSCTL0 to value 0"]
impl crate::Resettable for Ssctl0Spec {}
