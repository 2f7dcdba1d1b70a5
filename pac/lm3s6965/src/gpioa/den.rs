#[doc = "Register `DEN` reader"]
pub type R = crate::R<DenSpec>;
#[doc = "Register `DEN` writer"]
pub type W = crate::W<DenSpec>;
#[doc = "Field `P(0-7)` reader - Digital function enabled"]
pub type PR = crate::BitReader;
#[doc = "Field `P(0-7)` writer - Digital function enabled"]
pub type PW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Digital function enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&self, n: u8) -> PR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Digital function enabled"]
    #[inline(always)]
    pub fn p_iter(&self) -> impl Iterator<Item = PR> + '_ {
        (0..8).map(move |n| PR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Digital function enabled"]
    #[inline(always)]
    pub fn p0(&self) -> PR {
        PR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Digital function enabled"]
    #[inline(always)]
    pub fn p1(&self) -> PR {
        PR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Digital function enabled"]
    #[inline(always)]
    pub fn p2(&self) -> PR {
        PR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Digital function enabled"]
    #[inline(always)]
    pub fn p3(&self) -> PR {
        PR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Digital function enabled"]
    #[inline(always)]
    pub fn p4(&self) -> PR {
        PR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Digital function enabled"]
    #[inline(always)]
    pub fn p5(&self) -> PR {
        PR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Digital function enabled"]
    #[inline(always)]
    pub fn p6(&self) -> PR {
        PR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Digital function enabled"]
    #[inline(always)]
    pub fn p7(&self) -> PR {
        PR::new(((self.bits >> 7) & 1) != 0)
    }
}
impl W {
    #[doc = "Digital function enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&mut self, n: u8) -> PW<'_, DenSpec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PW::new(self, n)
    }
    #[doc = "Bit 0 - Digital function enabled"]
    #[inline(always)]
    pub fn p0(&mut self) -> PW<'_, DenSpec> {
        PW::new(self, 0)
    }
    #[doc = "Bit 1 - Digital function enabled"]
    #[inline(always)]
    pub fn p1(&mut self) -> PW<'_, DenSpec> {
        PW::new(self, 1)
    }
    #[doc = "Bit 2 - Digital function enabled"]
    #[inline(always)]
    pub fn p2(&mut self) -> PW<'_, DenSpec> {
        PW::new(self, 2)
    }
    #[doc = "Bit 3 - Digital function enabled"]
    #[inline(always)]
    pub fn p3(&mut self) -> PW<'_, DenSpec> {
        PW::new(self, 3)
    }
    #[doc = "Bit 4 - Digital function enabled"]
    #[inline(always)]
    pub fn p4(&mut self) -> PW<'_, DenSpec> {
        PW::new(self, 4)
    }
    #[doc = "Bit 5 - Digital function enabled"]
    #[inline(always)]
    pub fn p5(&mut self) -> PW<'_, DenSpec> {
        PW::new(self, 5)
    }
    #[doc = "Bit 6 - Digital function enabled"]
    #[inline(always)]
    pub fn p6(&mut self) -> PW<'_, DenSpec> {
        PW::new(self, 6)
    }
    #[doc = "Bit 7 - Digital function enabled"]
    #[inline(always)]
    pub fn p7(&mut self) -> PW<'_, DenSpec> {
        PW::new(self, 7)
    }
}
#[doc = "Digital enable\n\nYou can [`read`](crate::Reg::read) this register and get [`den::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`den::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct DenSpec;
impl crate::RegisterSpec for DenSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`den::R`](R) reader structure"]
impl crate::Readable for DenSpec {}
#[doc = "`write(|w| ..)` method takes [`den::W`](W) writer structure"]
impl crate::Writable for DenSpec {
    type Safety = crate::Safe;
}
#[doc = "`reset()` method sets DEN to value 0"]
impl crate::Resettable for DenSpec {}
