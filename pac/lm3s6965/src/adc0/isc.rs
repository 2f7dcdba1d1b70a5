#[doc = "Register `ISC` reader"]
pub type R = crate::R<IscSpec>;
#[doc = "Register `ISC` writer"]
pub type W = crate::W<IscSpec>;
#[doc = "Field `IN(0-3)` reader - Sequencer masked interrupt"]
pub type InR = crate::BitReader;
#[doc = "Field `IN(0-3)` writer - Sequencer masked interrupt"]
pub type InW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Sequencer masked interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IN0` field.</div>"]
    #[inline(always)]
    pub fn in_(&self, n: u8) -> InR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        InR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in__iter(&self) -> impl Iterator<Item = InR> + '_ {
        (0..4).map(move |n| InR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in0(&self) -> InR {
        InR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in1(&self) -> InR {
        InR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in2(&self) -> InR {
        InR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in3(&self) -> InR {
        InR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Sequencer masked interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `IN0` field.</div>"]
    #[inline(always)]
    pub fn in_(&mut self, n: u8) -> InW<'_, IscSpec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        InW::new(self, n)
    }
    #[doc = "Bit 0 - Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in0(&mut self) -> InW<'_, IscSpec> {
        InW::new(self, 0)
    }
    #[doc = "Bit 1 - Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in1(&mut self) -> InW<'_, IscSpec> {
        InW::new(self, 1)
    }
    #[doc = "Bit 2 - Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in2(&mut self) -> InW<'_, IscSpec> {
        InW::new(self, 2)
    }
    #[doc = "Bit 3 - Sequencer masked interrupt"]
    #[inline(always)]
    pub fn in3(&mut self) -> InW<'_, IscSpec> {
        InW::new(self, 3)
    }
}
#[doc = "Interrupt status and clear: reads masked status, write 1 to clear\n\nYou can [`read`](crate::Reg::read) this register and get [`isc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`isc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IscSpec;
impl crate::RegisterSpec for IscSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`isc::R`](R) reader structure"]
impl crate::Readable for IscSpec {}
#[doc = "`write(|w| ..)` method takes [`isc::W`](W) writer structure"]
impl crate::Writable for IscSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x0f;
}
#[doc = "`reset()` method sets ISC to value 0"]
impl crate::Resettable for IscSpec {}
