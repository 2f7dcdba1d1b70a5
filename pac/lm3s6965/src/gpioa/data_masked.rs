#[doc = "Register `DATA_MASKED[%s]` reader"]
pub type R = crate::R<DataMaskedSpec>;
#[doc = "Register `DATA_MASKED[%s]` writer"]
pub type W = crate::W<DataMaskedSpec>;
#[doc = "Field `P(0-7)` reader - Pin level (only pins selected by the index are affected)"]
pub type PR = crate::BitReader;
#[doc = "Field `P(0-7)` writer - Pin level (only pins selected by the index are affected)"]
pub type PW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Pin level (only pins selected by the index are affected)"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&self, n: u8) -> PR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p_iter(&self) -> impl Iterator<Item = PR> + '_ {
        (0..8).map(move |n| PR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p0(&self) -> PR {
        PR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p1(&self) -> PR {
        PR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p2(&self) -> PR {
        PR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p3(&self) -> PR {
        PR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p4(&self) -> PR {
        PR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p5(&self) -> PR {
        PR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p6(&self) -> PR {
        PR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p7(&self) -> PR {
        PR::new(((self.bits >> 7) & 1) != 0)
    }
}
impl W {
    #[doc = "Pin level (only pins selected by the index are affected)"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `P0` field.</div>"]
    #[inline(always)]
    pub fn p(&mut self, n: u8) -> PW<'_, DataMaskedSpec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        PW::new(self, n)
    }
    #[doc = "Bit 0 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p0(&mut self) -> PW<'_, DataMaskedSpec> {
        PW::new(self, 0)
    }
    #[doc = "Bit 1 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p1(&mut self) -> PW<'_, DataMaskedSpec> {
        PW::new(self, 1)
    }
    #[doc = "Bit 2 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p2(&mut self) -> PW<'_, DataMaskedSpec> {
        PW::new(self, 2)
    }
    #[doc = "Bit 3 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p3(&mut self) -> PW<'_, DataMaskedSpec> {
        PW::new(self, 3)
    }
    #[doc = "Bit 4 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p4(&mut self) -> PW<'_, DataMaskedSpec> {
        PW::new(self, 4)
    }
    #[doc = "Bit 5 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p5(&mut self) -> PW<'_, DataMaskedSpec> {
        PW::new(self, 5)
    }
    #[doc = "Bit 6 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p6(&mut self) -> PW<'_, DataMaskedSpec> {
        PW::new(self, 6)
    }
    #[doc = "Bit 7 - Pin level (only pins selected by the index are affected)"]
    #[inline(always)]
    pub fn p7(&mut self) -> PW<'_, DataMaskedSpec> {
        PW::new(self, 7)
    }
}
#[doc = "Data through the address mask: the word at index N reads and writes only the pins whose bits are set in N (address bits 9:2 are the mask)\n\nYou can [`read`](crate::Reg::read) this register and get [`data_masked::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`data_masked::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct DataMaskedSpec;
impl crate::RegisterSpec for DataMaskedSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`data_masked::R`](R) reader structure"]
impl crate::Readable for DataMaskedSpec {}
#[doc = "`write(|w| ..)` method takes [`data_masked::W`](W) writer structure"]
impl crate::Writable for DataMaskedSpec {
    type Safety = crate::Safe;
}
#[doc = "`reset()` method sets DATA_MASKED[%s] to value 0"]
impl crate::Resettable for DataMaskedSpec {}
