#[doc = "Register `OSTAT` reader"]
pub type R = crate::R<OstatSpec>;
#[doc = "Register `OSTAT` writer"]
pub type W = crate::W<OstatSpec>;
#[doc = "Field `OV(0-3)` reader - Sequencer FIFO overflowed"]
pub type OvR = crate::BitReader;
#[doc = "Field `OV(0-3)` writer - Sequencer FIFO overflowed"]
pub type OvW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Sequencer FIFO overflowed"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `OV0` field.</div>"]
    #[inline(always)]
    pub fn ov(&self, n: u8) -> OvR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        OvR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov_iter(&self) -> impl Iterator<Item = OvR> + '_ {
        (0..4).map(move |n| OvR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov0(&self) -> OvR {
        OvR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov1(&self) -> OvR {
        OvR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov2(&self) -> OvR {
        OvR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov3(&self) -> OvR {
        OvR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Sequencer FIFO overflowed"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `OV0` field.</div>"]
    #[inline(always)]
    pub fn ov(&mut self, n: u8) -> OvW<'_, OstatSpec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        OvW::new(self, n)
    }
    #[doc = "Bit 0 - Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov0(&mut self) -> OvW<'_, OstatSpec> {
        OvW::new(self, 0)
    }
    #[doc = "Bit 1 - Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov1(&mut self) -> OvW<'_, OstatSpec> {
        OvW::new(self, 1)
    }
    #[doc = "Bit 2 - Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov2(&mut self) -> OvW<'_, OstatSpec> {
        OvW::new(self, 2)
    }
    #[doc = "Bit 3 - Sequencer FIFO overflowed"]
    #[inline(always)]
    pub fn ov3(&mut self) -> OvW<'_, OstatSpec> {
        OvW::new(self, 3)
    }
}
#[doc = "FIFO overflow status (write 1 to clear)\n\nYou can [`read`](crate::Reg::read) this register and get [`ostat::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ostat::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct OstatSpec;
impl crate::RegisterSpec for OstatSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ostat::R`](R) reader structure"]
impl crate::Readable for OstatSpec {}
#[doc = "`write(|w| ..)` method takes [`ostat::W`](W) writer structure"]
impl crate::Writable for OstatSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x0f;
}
#[doc = "`reset()` method sets OSTAT to value 0"]
impl crate::Resettable for OstatSpec {}
