#[doc = "Register `SYNC` reader"]
pub type R = crate::R<SyncSpec>;
#[doc = "Register `SYNC` writer"]
pub type W = crate::W<SyncSpec>;
#[doc = "Field `SYNC(0-2)` reader - Reset the generator's counter"]
pub type SyncR = crate::BitReader;
#[doc = "Field `SYNC(0-2)` writer - Reset the generator's counter"]
pub type SyncW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Reset the generator's counter"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `SYNC0` field.</div>"]
    #[inline(always)]
    pub fn sync(&self, n: u8) -> SyncR {
        #[allow(clippy::no_effect)]
        [(); 3][n as usize];
        SyncR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Reset the generator's counter"]
    #[inline(always)]
    pub fn sync_iter(&self) -> impl Iterator<Item = SyncR> + '_ {
        (0..3).map(move |n| SyncR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Reset the generator's counter"]
    #[inline(always)]
    pub fn sync0(&self) -> SyncR {
        SyncR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Reset the generator's counter"]
    #[inline(always)]
    pub fn sync1(&self) -> SyncR {
        SyncR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Reset the generator's counter"]
    #[inline(always)]
    pub fn sync2(&self) -> SyncR {
        SyncR::new(((self.bits >> 2) & 1) != 0)
    }
}
impl W {
    #[doc = "Reset the generator's counter"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `SYNC0` field.</div>"]
    #[inline(always)]
    pub fn sync(&mut self, n: u8) -> SyncW<'_, SyncSpec> {
        #[allow(clippy::no_effect)]
        [(); 3][n as usize];
        SyncW::new(self, n)
    }
    #[doc = "Bit 0 - Reset the generator's counter"]
    #[inline(always)]
    pub fn sync0(&mut self) -> SyncW<'_, SyncSpec> {
        SyncW::new(self, 0)
    }
    #[doc = "Bit 1 - Reset the generator's counter"]
    #[inline(always)]
    pub fn sync1(&mut self) -> SyncW<'_, SyncSpec> {
        SyncW::new(self, 1)
    }
    #[doc = "Bit 2 - Reset the generator's counter"]
    #[inline(always)]
    pub fn sync2(&mut self) -> SyncW<'_, SyncSpec> {
        SyncW::new(self, 2)
    }
}
#[doc = "Time base synchronisation\n\nYou can [`read`](crate::Reg::read) this register and get [`sync::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`sync::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct SyncSpec;
impl crate::RegisterSpec for SyncSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`sync::R`](R) reader structure"]
impl crate::Readable for SyncSpec {}
#[doc = "`write(|w| ..)` method takes [`sync::W`](W) writer structure"]
impl crate::Writable for SyncSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SYNC to value 0"]
impl crate::Resettable for SyncSpec {}
