#[doc = "Register `ACTSS` reader"]
pub type R = crate::R<ActssSpec>;
#[doc = "Register `ACTSS` writer"]
pub type W = crate::W<ActssSpec>;
#[doc = "Field `ASEN(0-3)` reader - Sequencer enabled"]
pub type AsenR = crate::BitReader;
#[doc = "Field `ASEN(0-3)` writer - Sequencer enabled"]
pub type AsenW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Sequencer enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `ASEN0` field.</div>"]
    #[inline(always)]
    pub fn asen(&self, n: u8) -> AsenR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        AsenR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sequencer enabled"]
    #[inline(always)]
    pub fn asen_iter(&self) -> impl Iterator<Item = AsenR> + '_ {
        (0..4).map(move |n| AsenR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Sequencer enabled"]
    #[inline(always)]
    pub fn asen0(&self) -> AsenR {
        AsenR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Sequencer enabled"]
    #[inline(always)]
    pub fn asen1(&self) -> AsenR {
        AsenR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Sequencer enabled"]
    #[inline(always)]
    pub fn asen2(&self) -> AsenR {
        AsenR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Sequencer enabled"]
    #[inline(always)]
    pub fn asen3(&self) -> AsenR {
        AsenR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Sequencer enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `ASEN0` field.</div>"]
    #[inline(always)]
    pub fn asen(&mut self, n: u8) -> AsenW<'_, ActssSpec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        AsenW::new(self, n)
    }
    #[doc = "Bit 0 - Sequencer enabled"]
    #[inline(always)]
    pub fn asen0(&mut self) -> AsenW<'_, ActssSpec> {
        AsenW::new(self, 0)
    }
    #[doc = "Bit 1 - Sequencer enabled"]
    #[inline(always)]
    pub fn asen1(&mut self) -> AsenW<'_, ActssSpec> {
        AsenW::new(self, 1)
    }
    #[doc = "Bit 2 - Sequencer enabled"]
    #[inline(always)]
    pub fn asen2(&mut self) -> AsenW<'_, ActssSpec> {
        AsenW::new(self, 2)
    }
    #[doc = "Bit 3 - Sequencer enabled"]
    #[inline(always)]
    pub fn asen3(&mut self) -> AsenW<'_, ActssSpec> {
        AsenW::new(self, 3)
    }
}
#[doc = "Active sample sequencers\n\nYou can [`read`](crate::Reg::read) this register and get [`actss::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`actss::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ActssSpec;
impl crate::RegisterSpec for ActssSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`actss::R`](R) reader structure"]
impl crate::Readable for ActssSpec {}
#[doc = "`write(|w| ..)` method takes [`actss::W`](W) writer structure"]
impl crate::Writable for ActssSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets ACTSS to value 0"]
impl crate::Resettable for ActssSpec {}
