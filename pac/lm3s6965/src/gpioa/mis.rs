#[doc = "Register `MIS` reader"]
pub type R = crate::R<MisSpec>;
#[doc = "Field `P(0-7)` reader - Enabled interrupt pending"]
pub type PR = crate::BitReader;
impl R {
    #[doc = "Enabled interrupt pending"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&self, n: u8) -> PR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Enabled interrupt pending"]
    #[inline(always)]
    pub fn p_iter(&self) -> impl Iterator<Item = PR> + '_ {
        (0..8).map(move |n| PR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Enabled interrupt pending"]
    #[inline(always)]
    pub fn p0(&self) -> PR {
        PR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Enabled interrupt pending"]
    #[inline(always)]
    pub fn p1(&self) -> PR {
        PR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Enabled interrupt pending"]
    #[inline(always)]
    pub fn p2(&self) -> PR {
        PR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Enabled interrupt pending"]
    #[inline(always)]
    pub fn p3(&self) -> PR {
        PR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Enabled interrupt pending"]
    #[inline(always)]
    pub fn p4(&self) -> PR {
        PR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Enabled interrupt pending"]
    #[inline(always)]
    pub fn p5(&self) -> PR {
        PR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Enabled interrupt pending"]
    #[inline(always)]
    pub fn p6(&self) -> PR {
        PR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Enabled interrupt pending"]
    #[inline(always)]
    pub fn p7(&self) -> PR {
        PR::new(((self.bits >> 7) & 1) != 0)
    }
}
#[doc = "Masked interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`mis::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MisSpec;
impl crate::RegisterSpec for MisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mis::R`](R) reader structure"]
impl crate::Readable for MisSpec {}
#[doc = "`reset()` method sets MIS to value 0"]
impl crate::Resettable for MisSpec {}
