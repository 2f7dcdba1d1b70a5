#[doc = "Register `CTL` reader"]
pub type R = crate::R<CtlSpec>;
#[doc = "Register `CTL` writer"]
pub type W = crate::W<CtlSpec>;
#[doc = "Field `GLOBALSYNC(0-2)` reader - Apply pending updates of the generator"]
pub type GlobalsyncR = crate::BitReader;
#[doc = "Field `GLOBALSYNC(0-2)` writer - Apply pending updates of the generator"]
pub type GlobalsyncW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Apply pending updates of the generator"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `GLOBALSYNC0` field.</div>"]
    #[inline(always)]
    pub fn globalsync(&self, n: u8) -> GlobalsyncR {
        #[allow(clippy::no_effect)]
        [(); 3][n as usize];
        GlobalsyncR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Apply pending updates of the generator"]
    #[inline(always)]
    pub fn globalsync_iter(&self) -> impl Iterator<Item = GlobalsyncR> + '_ {
        (0..3).map(move |n| GlobalsyncR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Apply pending updates of the generator"]
    #[inline(always)]
    pub fn globalsync0(&self) -> GlobalsyncR {
        GlobalsyncR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Apply pending updates of the generator"]
    #[inline(always)]
    pub fn globalsync1(&self) -> GlobalsyncR {
        GlobalsyncR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Apply pending updates of the generator"]
    #[inline(always)]
    pub fn globalsync2(&self) -> GlobalsyncR {
        GlobalsyncR::new(((self.bits >> 2) & 1) != 0)
    }
}
impl W {
    #[doc = "Apply pending updates of the generator"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `GLOBALSYNC0` field.</div>"]
    #[inline(always)]
    pub fn globalsync(&mut self, n: u8) -> GlobalsyncW<'_, CtlSpec> {
        #[allow(clippy::no_effect)]
        [(); 3][n as usize];
        GlobalsyncW::new(self, n)
    }
    #[doc = "Bit 0 - Apply pending updates of the generator"]
    #[inline(always)]
    pub fn globalsync0(&mut self) -> GlobalsyncW<'_, CtlSpec> {
        GlobalsyncW::new(self, 0)
    }
    #[doc = "Bit 1 - Apply pending updates of the generator"]
    #[inline(always)]
    pub fn globalsync1(&mut self) -> GlobalsyncW<'_, CtlSpec> {
        GlobalsyncW::new(self, 1)
    }
    #[doc = "Bit 2 - Apply pending updates of the generator"]
    #[inline(always)]
    pub fn globalsync2(&mut self) -> GlobalsyncW<'_, CtlSpec> {
        GlobalsyncW::new(self, 2)
    }
}
#[doc = "Master control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CtlSpec;
impl crate::RegisterSpec for CtlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ctl::R`](R) reader structure"]
impl crate::Readable for CtlSpec {}
#[doc = "`write(|w| ..)` method takes [`ctl::W`](W) writer structure"]
impl crate::Writable for CtlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CTL to value 0"]
impl crate::Resettable for CtlSpec {}
