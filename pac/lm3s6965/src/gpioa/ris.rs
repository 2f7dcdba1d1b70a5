#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `P(0-7)` reader - Interrupt condition occurred"]
pub type PR = crate::BitReader;
impl R {
    #[doc = "Interrupt condition occurred"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&self, n: u8) -> PR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Interrupt condition occurred"]
    #[inline(always)]
    pub fn p_iter(&self) -> impl Iterator<Item = PR> + '_ {
        (0..8).map(move |n| PR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Interrupt condition occurred"]
    #[inline(always)]
    pub fn p0(&self) -> PR {
        PR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Interrupt condition occurred"]
    #[inline(always)]
    pub fn p1(&self) -> PR {
        PR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Interrupt condition occurred"]
    #[inline(always)]
    pub fn p2(&self) -> PR {
        PR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Interrupt condition occurred"]
    #[inline(always)]
    pub fn p3(&self) -> PR {
        PR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Interrupt condition occurred"]
    #[inline(always)]
    pub fn p4(&self) -> PR {
        PR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Interrupt condition occurred"]
    #[inline(always)]
    pub fn p5(&self) -> PR {
        PR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Interrupt condition occurred"]
    #[inline(always)]
    pub fn p6(&self) -> PR {
        PR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Interrupt condition occurred"]
    #[inline(always)]
    pub fn p7(&self) -> PR {
        PR::new(((self.bits >> 7) & 1) != 0)
    }
}
#[doc = "Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RisSpec;
impl crate::RegisterSpec for RisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ris::R`](R) reader structure"]
impl crate::Readable for RisSpec {}
#[doc = "`reset()` method sets RIS to value 0"]
impl crate::Resettable for RisSpec {}
