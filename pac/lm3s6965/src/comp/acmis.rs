#[doc = "Register `ACMIS` reader"]
pub type R = crate::R<AcmisSpec>;
#[doc = "Register `ACMIS` writer"]
pub type W = crate::W<AcmisSpec>;
#[doc = "Field `IN(0-1)` reader - Comparator masked interrupt"]
pub type InR = crate::BitReader;
#[doc = "Field `IN(0-1)` writer - Comparator masked interrupt"]
pub type InW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Comparator masked interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IN0` field.</div>"]
    #[inline(always)]
    pub fn in_(&self, n: u8) -> InR {
        #[allow(clippy::no_effect)]
        [(); 2][n as usize];
        InR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Comparator masked interrupt"]
    #[inline(always)]
    pub fn in__iter(&self) -> impl Iterator<Item = InR> + '_ {
        (0..2).map(move |n| InR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Comparator masked interrupt"]
    #[inline(always)]
    pub fn in0(&self) -> InR {
        InR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Comparator masked interrupt"]
    #[inline(always)]
    pub fn in1(&self) -> InR {
        InR::new(((self.bits >> 1) & 1) != 0)
    }
}
impl W {
    #[doc = "Comparator masked interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IN0` field.</div>"]
    #[inline(always)]
    pub fn in_(&mut self, n: u8) -> InW<'_, AcmisSpec> {
        #[allow(clippy::no_effect)]
        [(); 2][n as usize];
        InW::new(self, n)
    }
    #[doc = "Bit 0 - Comparator masked interrupt"]
    #[inline(always)]
    pub fn in0(&mut self) -> InW<'_, AcmisSpec> {
        InW::new(self, 0)
    }
    #[doc = "Bit 1 - Comparator masked interrupt"]
    #[inline(always)]
    pub fn in1(&mut self) -> InW<'_, AcmisSpec> {
        InW::new(self, 1)
    }
}
#[doc = "Masked interrupt status and clear\n\nYou can [`read`](crate::Reg::read) this register and get [`acmis::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`acmis::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct AcmisSpec;
impl crate::RegisterSpec for AcmisSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`acmis::R`](R) reader structure"]
impl crate::Readable for AcmisSpec {}
#[doc = "`write(|w| ..)` method takes [`acmis::W`](W) writer structure"]
impl crate::Writable for AcmisSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x03;
}
#[doc = "`reset()` method sets ACMIS to value 0"]
impl crate::Resettable for AcmisSpec {}
