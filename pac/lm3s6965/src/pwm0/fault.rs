#[doc = "Register `FAULT` reader"]
pub type R = crate::R<FaultSpec>;
#[doc = "Register `FAULT` writer"]
pub type W = crate::W<FaultSpec>;
#[doc = "Field `FAULT(0-5)` reader - Output driven low on fault"]
pub type FaultR = crate::BitReader;
#[doc = "Field `FAULT(0-5)` writer - Output driven low on fault"]
pub type FaultW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Output driven low on fault"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `FAULT0` field.</div>"]
    #[inline(always)]
    pub fn fault(&self, n: u8) -> FaultR {
        #[allow(clippy::no_effect)]
        [(); 6][n as usize];
        FaultR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Output driven low on fault"]
    #[inline(always)]
    pub fn fault_iter(&self) -> impl Iterator<Item = FaultR> + '_ {
        (0..6).map(move |n| FaultR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault0(&self) -> FaultR {
        FaultR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault1(&self) -> FaultR {
        FaultR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault2(&self) -> FaultR {
        FaultR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault3(&self) -> FaultR {
        FaultR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault4(&self) -> FaultR {
        FaultR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault5(&self) -> FaultR {
        FaultR::new(((self.bits >> 5) & 1) != 0)
    }
}
impl W {
    #[doc = "Output driven low on fault"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `FAULT0` field.</div>"]
    #[inline(always)]
    pub fn fault(&mut self, n: u8) -> FaultW<'_, FaultSpec> {
        #[allow(clippy::no_effect)]
        [(); 6][n as usize];
        FaultW::new(self, n)
    }
    #[doc = "Bit 0 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault0(&mut self) -> FaultW<'_, FaultSpec> {
        FaultW::new(self, 0)
    }
    #[doc = "Bit 1 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault1(&mut self) -> FaultW<'_, FaultSpec> {
        FaultW::new(self, 1)
    }
    #[doc = "Bit 2 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault2(&mut self) -> FaultW<'_, FaultSpec> {
        FaultW::new(self, 2)
    }
    #[doc = "Bit 3 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault3(&mut self) -> FaultW<'_, FaultSpec> {
        FaultW::new(self, 3)
    }
    #[doc = "Bit 4 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault4(&mut self) -> FaultW<'_, FaultSpec> {
        FaultW::new(self, 4)
    }
    #[doc = "Bit 5 - Output driven low on fault"]
    #[inline(always)]
    pub fn fault5(&mut self) -> FaultW<'_, FaultSpec> {
        FaultW::new(self, 5)
    }
}
#[doc = "Output fault behaviour\n\nYou can [`read`](crate::Reg::read) this register and get [`fault::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fault::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FaultSpec;
impl crate::RegisterSpec for FaultSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fault::R`](R) reader structure"]
impl crate::Readable for FaultSpec {}
#[doc = "`write(|w| ..)` method takes [`fault::W`](W) writer structure"]
impl crate::Writable for FaultSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets FAULT to value 0"]
impl crate::Resettable for FaultSpec {}
