#[doc = "Register `TMLB` reader"]
pub type R = crate::R<TmlbSpec>;
#[doc = "Register `TMLB` writer"]
pub type W = crate::W<TmlbSpec>;
#[doc = "Field `LB` reader - Loopback: FIFOs receive sample information instead of results"]
pub type LbR = crate::BitReader;
#[doc = "Field `LB` writer - Loopback: FIFOs receive sample information instead of results"]
pub type LbW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Loopback: FIFOs receive sample information instead of results"]
    #[inline(always)]
    pub fn lb(&self) -> LbR {
        LbR::new((self.bits & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Loopback: FIFOs receive sample information instead of results"]
    #[inline(always)]
    pub fn lb(&mut self) -> LbW<'_, TmlbSpec> {
        LbW::new(self, 0)
    }
}
#[doc = "Test mode loopback\n\nYou can [`read`](crate::Reg::read) this register and get [`tmlb::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tmlb::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TmlbSpec;
impl crate::RegisterSpec for TmlbSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tmlb::R`](R) reader structure"]
impl crate::Readable for TmlbSpec {}
#[doc = "`write(|w| ..)` method takes [`tmlb::W`](W) writer structure"]
impl crate::Writable for TmlbSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TMLB to value 0"]
impl crate::Resettable for TmlbSpec {}
