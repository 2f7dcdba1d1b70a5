#[doc = "Register `IMR` reader"]
pub type R = crate::R<ImrSpec>;
#[doc = "Register `IMR` writer"]
pub type W = crate::W<ImrSpec>;
#[doc = "Field `TATOIM` reader - Timer A time-out"]
pub type TatoimR = crate::BitReader;
#[doc = "Field `TATOIM` writer - Timer A time-out"]
pub type TatoimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CAMIM` reader - Timer A capture match"]
pub type CamimR = crate::BitReader;
#[doc = "Field `CAMIM` writer - Timer A capture match"]
pub type CamimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CAEIM` reader - Timer A capture event"]
pub type CaeimR = crate::BitReader;
#[doc = "Field `CAEIM` writer - Timer A capture event"]
pub type CaeimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RTCIM` reader - RTC match"]
pub type RtcimR = crate::BitReader;
#[doc = "Field `RTCIM` writer - RTC match"]
pub type RtcimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TBTOIM` reader - Timer B time-out"]
pub type TbtoimR = crate::BitReader;
#[doc = "Field `TBTOIM` writer - Timer B time-out"]
pub type TbtoimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CBMIM` reader - Timer B capture match"]
pub type CbmimR = crate::BitReader;
#[doc = "Field `CBMIM` writer - Timer B capture match"]
pub type CbmimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CBEIM` reader - Timer B capture event"]
pub type CbeimR = crate::BitReader;
#[doc = "Field `CBEIM` writer - Timer B capture event"]
pub type CbeimW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Timer A time-out"]
    #[inline(always)]
    pub fn tatoim(&self) -> TatoimR {
        TatoimR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Timer A capture match"]
    #[inline(always)]
    pub fn camim(&self) -> CamimR {
        CamimR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Timer A capture event"]
    #[inline(always)]
    pub fn caeim(&self) -> CaeimR {
        CaeimR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - RTC match"]
    #[inline(always)]
    pub fn rtcim(&self) -> RtcimR {
        RtcimR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 8 - Timer B time-out"]
    #[inline(always)]
    pub fn tbtoim(&self) -> TbtoimR {
        TbtoimR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Timer B capture match"]
    #[inline(always)]
    pub fn cbmim(&self) -> CbmimR {
        CbmimR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 10 - Timer B capture event"]
    #[inline(always)]
    pub fn cbeim(&self) -> CbeimR {
        CbeimR::new(((self.bits >> 10) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Timer A time-out"]
    #[inline(always)]
    pub fn tatoim(&mut self) -> TatoimW<'_, ImrSpec> {
        TatoimW::new(self, 0)
    }
    #[doc = "Bit 1 - Timer A capture match"]
    #[inline(always)]
    pub fn camim(&mut self) -> CamimW<'_, ImrSpec> {
        CamimW::new(self, 1)
    }
    #[doc = "Bit 2 - Timer A capture event"]
    #[inline(always)]
    pub fn caeim(&mut self) -> CaeimW<'_, ImrSpec> {
        CaeimW::new(self, 2)
    }
    #[doc = "Bit 3 - RTC match"]
    #[inline(always)]
    pub fn rtcim(&mut self) -> RtcimW<'_, ImrSpec> {
        RtcimW::new(self, 3)
    }
    #[doc = "Bit 8 - Timer B time-out"]
    #[inline(always)]
    pub fn tbtoim(&mut self) -> TbtoimW<'_, ImrSpec> {
        TbtoimW::new(self, 8)
    }
    #[doc = "Bit 9 - Timer B capture match"]
    #[inline(always)]
    pub fn cbmim(&mut self) -> CbmimW<'_, ImrSpec> {
        CbmimW::new(self, 9)
    }
    #[doc = "Bit 10 - Timer B capture event"]
    #[inline(always)]
    pub fn cbeim(&mut self) -> CbeimW<'_, ImrSpec> {
        CbeimW::new(self, 10)
    }
}
#[doc = "Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`imr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`imr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ImrSpec;
impl crate::RegisterSpec for ImrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`imr::R`](R) reader structure"]
impl crate::Readable for ImrSpec {}
#[doc = "`write(|w| ..)` method takes [`imr::W`](W) writer structure"]
impl crate::Writable for ImrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets IMR to value 0"]
impl crate::Resettable for ImrSpec {}
