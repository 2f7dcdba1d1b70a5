#[doc = "Register `MCR` reader"]
pub type R = crate::R<McrSpec>;
#[doc = "Register `MCR` writer"]
pub type W = crate::W<McrSpec>;
#[doc = "Field `LPBK` reader - Loopback"]
pub type LpbkR = crate::BitReader;
#[doc = "Field `LPBK` writer - Loopback"]
pub type LpbkW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `MFE` reader - Master function enabled"]
pub type MfeR = crate::BitReader;
#[doc = "Field `MFE` writer - Master function enabled"]
pub type MfeW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SFE` reader - Slave function enabled"]
pub type SfeR = crate::BitReader;
#[doc = "Field `SFE` writer - Slave function enabled"]
pub type SfeW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Loopback"]
    #[inline(always)]
    pub fn lpbk(&self) -> LpbkR {
        LpbkR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 4 - Master function enabled"]
    #[inline(always)]
    pub fn mfe(&self) -> MfeR {
        MfeR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Slave function enabled"]
    #[inline(always)]
    pub fn sfe(&self) -> SfeR {
        SfeR::new(((self.bits >> 5) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Loopback"]
    #[inline(always)]
    pub fn lpbk(&mut self) -> LpbkW<'_, McrSpec> {
        LpbkW::new(self, 0)
    }
    #[doc = "Bit 4 - Master function enabled"]
    #[inline(always)]
    pub fn mfe(&mut self) -> MfeW<'_, McrSpec> {
        MfeW::new(self, 4)
    }
    #[doc = "Bit 5 - Slave function enabled"]
    #[inline(always)]
    pub fn sfe(&mut self) -> SfeW<'_, McrSpec> {
        SfeW::new(self, 5)
    }
}
#[doc = "Master configuration\n\nYou can [`read`](crate::Reg::read) this register and get [`mcr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mcr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct McrSpec;
impl crate::RegisterSpec for McrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mcr::R`](R) reader structure"]
impl crate::Readable for McrSpec {}
#[doc = "`write(|w| ..)` method takes [`mcr::W`](W) writer structure"]
impl crate::Writable for McrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MCR to value 0"]
impl crate::Resettable for McrSpec {}
