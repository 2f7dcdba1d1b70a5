#[doc = "Register `IM` reader"]
pub type R = crate::R<ImSpec>;
#[doc = "Register `IM` writer"]
pub type W = crate::W<ImSpec>;
#[doc = "Field `MASK(0-3)` reader - Sequencer interrupt enabled"]
pub type MaskR = crate::BitReader;
#[doc = "Field `MASK(0-3)` writer - Sequencer interrupt enabled"]
pub type MaskW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Sequencer interrupt enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MASK0` field.</div>"]
    #[inline(always)]
    pub fn mask(&self, n: u8) -> MaskR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        MaskR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask_iter(&self) -> impl Iterator<Item = MaskR> + '_ {
        (0..4).map(move |n| MaskR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask0(&self) -> MaskR {
        MaskR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask1(&self) -> MaskR {
        MaskR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask2(&self) -> MaskR {
        MaskR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask3(&self) -> MaskR {
        MaskR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Sequencer interrupt enabled"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MASK0` field.</div>"]
    #[inline(always)]
    pub fn mask(&mut self, n: u8) -> MaskW<'_, ImSpec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        MaskW::new(self, n)
    }
    #[doc = "Bit 0 - Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask0(&mut self) -> MaskW<'_, ImSpec> {
        MaskW::new(self, 0)
    }
    #[doc = "Bit 1 - Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask1(&mut self) -> MaskW<'_, ImSpec> {
        MaskW::new(self, 1)
    }
    #[doc = "Bit 2 - Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask2(&mut self) -> MaskW<'_, ImSpec> {
        MaskW::new(self, 2)
    }
    #[doc = "Bit 3 - Sequencer interrupt enabled"]
    #[inline(always)]
    pub fn mask3(&mut self) -> MaskW<'_, ImSpec> {
        MaskW::new(self, 3)
    }
}
#[doc = "Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`im::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`im::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ImSpec;
impl crate::RegisterSpec for ImSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`im::R`](R) reader structure"]
impl crate::Readable for ImSpec {}
#[doc = "`write(|w| ..)` method takes [`im::W`](W) writer structure"]
impl crate::Writable for ImSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets IM to value 0"]
impl crate::Resettable for ImSpec {}
