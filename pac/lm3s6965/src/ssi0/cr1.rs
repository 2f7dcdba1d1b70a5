#[doc = "Register `CR1` reader"]
pub type R = crate::R<Cr1Spec>;
#[doc = "Register `CR1` writer"]
pub type W = crate::W<Cr1Spec>;
#[doc = "Field `LBM` reader - Loopback"]
pub type LbmR = crate::BitReader;
#[doc = "Field `LBM` writer - Loopback"]
pub type LbmW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SSE` reader - Port enabled"]
pub type SseR = crate::BitReader;
#[doc = "Field `SSE` writer - Port enabled"]
pub type SseW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `MS` reader - Slave when set, master when clear"]
pub type MsR = crate::BitReader;
#[doc = "Field `MS` writer - Slave when set, master when clear"]
pub type MsW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SOD` reader - Slave output disabled"]
pub type SodR = crate::BitReader;
#[doc = "Field `SOD` writer - Slave output disabled"]
pub type SodW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Loopback"]
    #[inline(always)]
    pub fn lbm(&self) -> LbmR {
        LbmR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Port enabled"]
    #[inline(always)]
    pub fn sse(&self) -> SseR {
        SseR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Slave when set, master when clear"]
    #[inline(always)]
    pub fn ms(&self) -> MsR {
        MsR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Slave output disabled"]
    #[inline(always)]
    pub fn sod(&self) -> SodR {
        SodR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Loopback"]
    #[inline(always)]
    pub fn lbm(&mut self) -> LbmW<'_, Cr1Spec> {
        LbmW::new(self, 0)
    }
    #[doc = "Bit 1 - Port enabled"]
    #[inline(always)]
    pub fn sse(&mut self) -> SseW<'_, Cr1Spec> {
        SseW::new(self, 1)
    }
    #[doc = "Bit 2 - Slave when set, master when clear"]
    #[inline(always)]
    pub fn ms(&mut self) -> MsW<'_, Cr1Spec> {
        MsW::new(self, 2)
    }
    #[doc = "Bit 3 - Slave output disabled"]
    #[inline(always)]
    pub fn sod(&mut self) -> SodW<'_, Cr1Spec> {
        SodW::new(self, 3)
    }
}
#[doc = "Control 1\n\nYou can [`read`](crate::Reg::read) this register and get [`cr1::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cr1::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Cr1Spec;
impl crate::RegisterSpec for Cr1Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`cr1::R`](R) reader structure"]
impl crate::Readable for Cr1Spec {}
#[doc = "`write(|w| ..)` method takes [`cr1::W`](W) writer structure"]
impl crate::Writable for Cr1Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CR1 to value 0"]
impl crate::Resettable for Cr1Spec {}
