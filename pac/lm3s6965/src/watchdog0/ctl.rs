#[doc = "Register `CTL` reader"]
pub type R = crate::R<CtlSpec>;
#[doc = "Register `CTL` writer"]
pub type W = crate::W<CtlSpec>;
#[doc = "Field `INTEN` reader - Counter and interrupt enabled"]
pub type IntenR = crate::BitReader;
#[doc = "Field `INTEN` writer - Counter and interrupt enabled"]
pub type IntenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RESEN` reader - A second time-out resets the chip"]
pub type ResenR = crate::BitReader;
#[doc = "Field `RESEN` writer - A second time-out resets the chip"]
pub type ResenW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Counter and interrupt enabled"]
    #[inline(always)]
    pub fn inten(&self) -> IntenR {
        IntenR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - A second time-out resets the chip"]
    #[inline(always)]
    pub fn resen(&self) -> ResenR {
        ResenR::new(((self.bits >> 1) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Counter and interrupt enabled"]
    #[inline(always)]
    pub fn inten(&mut self) -> IntenW<'_, CtlSpec> {
        IntenW::new(self, 0)
    }
    #[doc = "Bit 1 - A second time-out resets the chip"]
    #[inline(always)]
    pub fn resen(&mut self) -> ResenW<'_, CtlSpec> {
        ResenW::new(self, 1)
    }
}
#[doc = "Control (once set, INTEN can only be cleared by a reset)\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CtlSpec;
impl crate::RegisterSpec for CtlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ctl::R`](R) reader structure"]
impl crate::Readable for CtlSpec {}
#[doc = "`write(|w| ..)` method takes [`ctl::W`](W) writer structure"]
impl crate::Writable for CtlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CTL to value 0"]
impl crate::Resettable for CtlSpec {}
