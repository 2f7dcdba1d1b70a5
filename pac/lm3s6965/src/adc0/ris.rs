#[doc = "Register `RIS` reader"]
pub type R = crate::R<RisSpec>;
#[doc = "Field `INR(0-3)` reader - Sequencer raw interrupt"]
pub type InrR = crate::BitReader;
impl R {
    #[doc = "Sequencer raw interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `INR0` field.</div>"]
    #[inline(always)]
    pub fn inr(&self, n: u8) -> InrR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        InrR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sequencer raw interrupt"]
    #[inline(always)]
    pub fn inr_iter(&self) -> impl Iterator<Item = InrR> + '_ {
        (0..4).map(move |n| InrR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Sequencer raw interrupt"]
    #[inline(always)]
    pub fn inr0(&self) -> InrR {
        InrR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Sequencer raw interrupt"]
    #[inline(always)]
    pub fn inr1(&self) -> InrR {
        InrR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Sequencer raw interrupt"]
    #[inline(always)]
    pub fn inr2(&self) -> InrR {
        InrR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Sequencer raw interrupt"]
    #[inline(always)]
    pub fn inr3(&self) -> InrR {
        InrR::new(((self.bits >> 3) & 1) != 0)
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
