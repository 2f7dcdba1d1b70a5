#[doc = "Register `ACRIS` reader"]
pub type R = crate::R<AcrisSpec>;
#[doc = "Field `IN(0-1)` reader - Comparator raw interrupt"]
pub type InR = crate::BitReader;
impl R {
    #[doc = "Comparator raw interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IN0` field.</div>"]
    #[inline(always)]
    pub fn in_(&self, n: u8) -> InR {
        #[allow(clippy::no_effect)]
        [(); 2][n as usize];
        InR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Comparator raw interrupt"]
    #[inline(always)]
    pub fn in__iter(&self) -> impl Iterator<Item = InR> + '_ {
        (0..2).map(move |n| InR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Comparator raw interrupt"]
    #[inline(always)]
    pub fn in0(&self) -> InR {
        InR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Comparator raw interrupt"]
    #[inline(always)]
    pub fn in1(&self) -> InR {
        InR::new(((self.bits >> 1) & 1) != 0)
    }
}
#[doc = "Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`acris::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct AcrisSpec;
impl crate::RegisterSpec for AcrisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`acris::R`](R) reader structure"]
impl crate::Readable for AcrisSpec {}
#[doc = "`reset()` method sets ACRIS to value 0"]
impl crate::Resettable for AcrisSpec {}
