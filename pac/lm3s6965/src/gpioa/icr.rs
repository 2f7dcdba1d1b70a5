#[doc = "Register `ICR` writer"]
pub type W = crate::W<IcrSpec>;
#[doc = "Field `P(0-7)` writer - Write 1 to clear an edge interrupt"]
pub type PW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl W {
    #[doc = "Write 1 to clear an edge interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&mut self, n: u8) -> PW<'_, IcrSpec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PW::new(self, n)
    }
    #[doc = "Bit 0 - Write 1 to clear an edge interrupt"]
    #[inline(always)]
    pub fn p0(&mut self) -> PW<'_, IcrSpec> {
        PW::new(self, 0)
    }
    #[doc = "Bit 1 - Write 1 to clear an edge interrupt"]
    #[inline(always)]
    pub fn p1(&mut self) -> PW<'_, IcrSpec> {
        PW::new(self, 1)
    }
    #[doc = "Bit 2 - Write 1 to clear an edge interrupt"]
    #[inline(always)]
    pub fn p2(&mut self) -> PW<'_, IcrSpec> {
        PW::new(self, 2)
    }
    #[doc = "Bit 3 - Write 1 to clear an edge interrupt"]
    #[inline(always)]
    pub fn p3(&mut self) -> PW<'_, IcrSpec> {
        PW::new(self, 3)
    }
    #[doc = "Bit 4 - Write 1 to clear an edge interrupt"]
    #[inline(always)]
    pub fn p4(&mut self) -> PW<'_, IcrSpec> {
        PW::new(self, 4)
    }
    #[doc = "Bit 5 - Write 1 to clear an edge interrupt"]
    #[inline(always)]
    pub fn p5(&mut self) -> PW<'_, IcrSpec> {
        PW::new(self, 5)
    }
    #[doc = "Bit 6 - Write 1 to clear an edge interrupt"]
    #[inline(always)]
    pub fn p6(&mut self) -> PW<'_, IcrSpec> {
        PW::new(self, 6)
    }
    #[doc = "Bit 7 - Write 1 to clear an edge interrupt"]
    #[inline(always)]
    pub fn p7(&mut self) -> PW<'_, IcrSpec> {
        PW::new(self, 7)
    }
}
#[doc = "Interrupt clear\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`icr::W`](W). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IcrSpec;
impl crate::RegisterSpec for IcrSpec {
    type Ux = u32;
}
#[doc = "`write(|w| ..)` method takes [`icr::W`](W) writer structure"]
impl crate::Writable for IcrSpec {
    type Safety = crate::Safe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0xff;
}
#[doc = "`reset()` method sets ICR to value 0"]
impl crate::Resettable for IcrSpec {}
