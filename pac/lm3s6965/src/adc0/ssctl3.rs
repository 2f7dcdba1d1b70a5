#[doc = "Register `SSCTL3` reader"]
pub type R = crate::R<Ssctl3Spec>;
#[doc = "Register `SSCTL3` writer"]
pub type W = crate::W<Ssctl3Spec>;
#[doc = "Field `D(0-0)` reader - Sample is differential"]
pub type DR = crate::BitReader;
#[doc = "Field `D(0-0)` writer - Sample is differential"]
pub type DW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `END(0-0)` reader - Sample is the last of the sequence"]
pub type EndR = crate::BitReader;
#[doc = "Field `END(0-0)` writer - Sample is the last of the sequence"]
pub type EndW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `IE(0-0)` reader - Raise the interrupt after this sample"]
pub type IeR = crate::BitReader;
#[doc = "Field `IE(0-0)` writer - Raise the interrupt after this sample"]
pub type IeW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TS(0-0)` reader - Sample the temperature sensor"]
pub type TsR = crate::BitReader;
#[doc = "Field `TS(0-0)` writer - Sample the temperature sensor"]
pub type TsW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Sample is differential"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `D0` field.</div>"]
    #[inline(always)]
    pub fn d(&self, n: u8) -> DR {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        DR::new(((self.bits >> (n * 4)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sample is differential"]
    #[inline(always)]
    pub fn d_iter(&self) -> impl Iterator<Item = DR> + '_ {
        (0..1).map(move |n| DR::new(((self.bits >> (n * 4)) & 1) != 0))
    }
    #[doc = "Bit 0 - Sample is differential"]
    #[inline(always)]
    pub fn d0(&self) -> DR {
        DR::new((self.bits & 1) != 0)
    }
    #[doc = "Sample is the last of the sequence"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `END0` field.</div>"]
    #[inline(always)]
    pub fn end(&self, n: u8) -> EndR {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        EndR::new(((self.bits >> (n * 4 + 1)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end_iter(&self) -> impl Iterator<Item = EndR> + '_ {
        (0..1).map(move |n| EndR::new(((self.bits >> (n * 4 + 1)) & 1) != 0))
    }
    #[doc = "Bit 1 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end0(&self) -> EndR {
        EndR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Raise the interrupt after this sample"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IE0` field.</div>"]
    #[inline(always)]
    pub fn ie(&self, n: u8) -> IeR {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        IeR::new(((self.bits >> (n * 4 + 2)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie_iter(&self) -> impl Iterator<Item = IeR> + '_ {
        (0..1).map(move |n| IeR::new(((self.bits >> (n * 4 + 2)) & 1) != 0))
    }
    #[doc = "Bit 2 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie0(&self) -> IeR {
        IeR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Sample the temperature sensor"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `TS0` field.</div>"]
    #[inline(always)]
    pub fn ts(&self, n: u8) -> TsR {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        TsR::new(((self.bits >> (n * 4 + 3)) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts_iter(&self) -> impl Iterator<Item = TsR> + '_ {
        (0..1).map(move |n| TsR::new(((self.bits >> (n * 4 + 3)) & 1) != 0))
    }
    #[doc = "Bit 3 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts0(&self) -> TsR {
        TsR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Sample is differential"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `D0` field.</div>"]
    #[inline(always)]
    pub fn d(&mut self, n: u8) -> DW<'_, Ssctl3Spec> {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        DW::new(self, n * 4)
    }
    #[doc = "Bit 0 - Sample is differential"]
    #[inline(always)]
    pub fn d0(&mut self) -> DW<'_, Ssctl3Spec> {
        DW::new(self, 0)
    }
    #[doc = "Sample is the last of the sequence"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `END0` field.</div>"]
    #[inline(always)]
    pub fn end(&mut self, n: u8) -> EndW<'_, Ssctl3Spec> {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        EndW::new(self, n * 4 + 1)
    }
    #[doc = "Bit 1 - Sample is the last of the sequence"]
    #[inline(always)]
    pub fn end0(&mut self) -> EndW<'_, Ssctl3Spec> {
        EndW::new(self, 1)
    }
    #[doc = "Raise the interrupt after this sample"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IE0` field.</div>"]
    #[inline(always)]
    pub fn ie(&mut self, n: u8) -> IeW<'_, Ssctl3Spec> {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        IeW::new(self, n * 4 + 2)
    }
    #[doc = "Bit 2 - Raise the interrupt after this sample"]
    #[inline(always)]
    pub fn ie0(&mut self) -> IeW<'_, Ssctl3Spec> {
        IeW::new(self, 2)
    }
    #[doc = "Sample the temperature sensor"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `TS0` field.</div>"]
    #[inline(always)]
    pub fn ts(&mut self, n: u8) -> TsW<'_, Ssctl3Spec> {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        TsW::new(self, n * 4 + 3)
    }
    #[doc = "Bit 3 - Sample the temperature sensor"]
    #[inline(always)]
    pub fn ts0(&mut self) -> TsW<'_, Ssctl3Spec> {
        TsW::new(self, 3)
    }
}
#[doc = "Sequencer 3 control (1 sample)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssctl3::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssctl3::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Ssctl3Spec;
impl crate::RegisterSpec for Ssctl3Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ssctl3::R`](R) reader structure"]
impl crate::Readable for Ssctl3Spec {}
#[doc = "`write(|w| ..)` method takes [`ssctl3::W`](W) writer structure"]
impl crate::Writable for Ssctl3Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SSCTL3 to value 0"]
impl crate::Resettable for Ssctl3Spec {}
