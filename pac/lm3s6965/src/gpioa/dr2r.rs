#[doc = "Register `DR2R` reader"]
pub type R = crate::R<Dr2rSpec>;
#[doc = "Register `DR2R` writer"]
pub type W = crate::W<Dr2rSpec>;
#[doc = "Field `P(0-7)` reader - 2-mA drive"]
pub type PR = crate::BitReader;
#[doc = "Field `P(0-7)` writer - 2-mA drive"]
pub type PW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "2-mA drive"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&self, n: u8) -> PR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "2-mA drive"]
    #[inline(always)]
    pub fn p_iter(&self) -> impl Iterator<Item = PR> + '_ {
        (0..8).map(move |n| PR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - 2-mA drive"]
    #[inline(always)]
    pub fn p0(&self) -> PR {
        PR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - 2-mA drive"]
    #[inline(always)]
    pub fn p1(&self) -> PR {
        PR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - 2-mA drive"]
    #[inline(always)]
    pub fn p2(&self) -> PR {
        PR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - 2-mA drive"]
    #[inline(always)]
    pub fn p3(&self) -> PR {
        PR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - 2-mA drive"]
    #[inline(always)]
    pub fn p4(&self) -> PR {
        PR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - 2-mA drive"]
    #[inline(always)]
    pub fn p5(&self) -> PR {
        PR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - 2-mA drive"]
    #[inline(always)]
    pub fn p6(&self) -> PR {
        PR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - 2-mA drive"]
    #[inline(always)]
    pub fn p7(&self) -> PR {
        PR::new(((self.bits >> 7) & 1) != 0)
    }
}
impl W {
    #[doc = "2-mA drive"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&mut self, n: u8) -> PW<'_, Dr2rSpec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PW::new(self, n)
    }
    #[doc = "Bit 0 - 2-mA drive"]
    #[inline(always)]
    pub fn p0(&mut self) -> PW<'_, Dr2rSpec> {
        PW::new(self, 0)
    }
    #[doc = "Bit 1 - 2-mA drive"]
    #[inline(always)]
    pub fn p1(&mut self) -> PW<'_, Dr2rSpec> {
        PW::new(self, 1)
    }
    #[doc = "Bit 2 - 2-mA drive"]
    #[inline(always)]
    pub fn p2(&mut self) -> PW<'_, Dr2rSpec> {
        PW::new(self, 2)
    }
    #[doc = "Bit 3 - 2-mA drive"]
    #[inline(always)]
    pub fn p3(&mut self) -> PW<'_, Dr2rSpec> {
        PW::new(self, 3)
    }
    #[doc = "Bit 4 - 2-mA drive"]
    #[inline(always)]
    pub fn p4(&mut self) -> PW<'_, Dr2rSpec> {
        PW::new(self, 4)
    }
    #[doc = "Bit 5 - 2-mA drive"]
    #[inline(always)]
    pub fn p5(&mut self) -> PW<'_, Dr2rSpec> {
        PW::new(self, 5)
    }
    #[doc = "Bit 6 - 2-mA drive"]
    #[inline(always)]
    pub fn p6(&mut self) -> PW<'_, Dr2rSpec> {
        PW::new(self, 6)
    }
    #[doc = "Bit 7 - 2-mA drive"]
    #[inline(always)]
    pub fn p7(&mut self) -> PW<'_, Dr2rSpec> {
        PW::new(self, 7)
    }
}
#[doc = "2-mA drive select\n\nYou can [`read`](crate::Reg::read) this register and get [`dr2r::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dr2r::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Dr2rSpec;
impl crate::RegisterSpec for Dr2rSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dr2r::R`](R) reader structure"]
impl crate::Readable for Dr2rSpec {}
#[doc = "`write(|w| ..)` method takes [`dr2r::W`](W) writer structure"]
impl crate::Writable for Dr2rSpec {
    type Safety = crate::Safe;
}
#[doc = "`reset()` method sets DR2R to value 0xff"]
impl crate::Resettable for Dr2rSpec {
    const RESET_VALUE: u32 = 0xff;
}
