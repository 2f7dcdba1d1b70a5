#[doc = "Register `ACINTEN` reader"]
pub type R = crate::R<AcintenSpec>;
#[doc = "Register `ACINTEN` writer"]
pub type W = crate::W<AcintenSpec>;
#[doc = "Field `IN(0-1)` reader - Comparator interrupt enabled"]
pub type InR = crate::BitReader;
#[doc = "Field `IN(0-1)` writer - Comparator interrupt enabled"]
pub type InW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Comparator interrupt enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IN0` field.</div>"]
    #[inline(always)]
    pub fn in_(&self, n: u8) -> InR {
        #[allow(clippy::no_effect)]
        [(); 2][n as usize];
        InR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Comparator interrupt enabled"]
    #[inline(always)]
    pub fn in__iter(&self) -> impl Iterator<Item = InR> + '_ {
        (0..2).map(move |n| InR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Comparator interrupt enabled"]
    #[inline(always)]
    pub fn in0(&self) -> InR {
        InR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Comparator interrupt enabled"]
    #[inline(always)]
    pub fn in1(&self) -> InR {
        InR::new(((self.bits >> 1) & 1) != 0)
    }
}
impl W {
    #[doc = "Comparator interrupt enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IN0` field.</div>"]
    #[inline(always)]
    pub fn in_(&mut self, n: u8) -> InW<'_, AcintenSpec> {
        #[allow(clippy::no_effect)]
        [(); 2][n as usize];
        InW::new(self, n)
    }
    #[doc = "Bit 0 - Comparator interrupt enabled"]
    #[inline(always)]
    pub fn in0(&mut self) -> InW<'_, AcintenSpec> {
        InW::new(self, 0)
    }
    #[doc = "Bit 1 - Comparator interrupt enabled"]
    #[inline(always)]
    pub fn in1(&mut self) -> InW<'_, AcintenSpec> {
        InW::new(self, 1)
    }
}
#[doc = "Interrupt enable\n\nYou can [`read`](crate::Reg::read) this register and get [`acinten::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`acinten::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct AcintenSpec;
impl crate::RegisterSpec for AcintenSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`acinten::R`](R) reader structure"]
impl crate::Readable for AcintenSpec {}
#[doc = "`write(|w| ..)` method takes [`acinten::W`](W) writer structure"]
impl crate::Writable for AcintenSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets ACINTEN to value 0"]
impl crate::Resettable for AcintenSpec {}
