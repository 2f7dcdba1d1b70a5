#[doc = "Register `USTAT` reader"]
pub type R = crate::R<UstatSpec>;
#[doc = "Register `USTAT` writer"]
pub type W = crate::W<UstatSpec>;
#[doc = "Field `UV(0-3)` reader - Sequencer FIFO underflowed"]
pub type UvR = crate::BitReader;
#[doc = "Field `UV(0-3)` writer - Sequencer FIFO underflowed"]
pub type UvW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Sequencer FIFO underflowed"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `UV0` field.</div>"]
    #[inline(always)]
    pub fn uv(&self, n: u8) -> UvR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        UvR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv_iter(&self) -> impl Iterator<Item = UvR> + '_ {
        (0..4).map(move |n| UvR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv0(&self) -> UvR {
        UvR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv1(&self) -> UvR {
        UvR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv2(&self) -> UvR {
        UvR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv3(&self) -> UvR {
        UvR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Sequencer FIFO underflowed"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `UV0` field.</div>"]
    #[inline(always)]
    pub fn uv(&mut self, n: u8) -> UvW<'_, UstatSpec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        UvW::new(self, n)
    }
    #[doc = "Bit 0 - Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv0(&mut self) -> UvW<'_, UstatSpec> {
        UvW::new(self, 0)
    }
    #[doc = "Bit 1 - Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv1(&mut self) -> UvW<'_, UstatSpec> {
        UvW::new(self, 1)
    }
    #[doc = "Bit 2 - Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv2(&mut self) -> UvW<'_, UstatSpec> {
        UvW::new(self, 2)
    }
    #[doc = "Bit 3 - Sequencer FIFO underflowed"]
    #[inline(always)]
    pub fn uv3(&mut self) -> UvW<'_, UstatSpec> {
        UvW::new(self, 3)
    }
}
#[doc = "FIFO underflow status (write 1 to clear)\n\nYou can [`read`](crate::Reg::read) this register and get [`ustat::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ustat::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct UstatSpec;
impl crate::RegisterSpec for UstatSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ustat::R`](R) reader structure"]
impl crate::Readable for UstatSpec {}
#[doc = "`write(|w| ..)` method takes [`ustat::W`](W) writer structure"]
impl crate::Writable for UstatSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x0f;
}
#[doc = "`reset()` method sets USTAT to value 0"]
impl crate::Resettable for UstatSpec {}
