#[doc = "Register `RESC` reader"]
pub type R = crate::R<RescSpec>;
#[doc = "Register `RESC` writer"]
pub type W = crate::W<RescSpec>;
#[doc = "Field `EXT` reader - External reset pin"]
pub type ExtR = crate::BitReader;
#[doc = "Field `EXT` writer - External reset pin"]
pub type ExtW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `POR` reader - Power-on reset"]
pub type PorR = crate::BitReader;
#[doc = "Field `POR` writer - Power-on reset"]
pub type PorW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `BOR` reader - Brown-out reset"]
pub type BorR = crate::BitReader;
#[doc = "Field `BOR` writer - Brown-out reset"]
pub type BorW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `WDT` reader - Watchdog reset"]
pub type WdtR = crate::BitReader;
#[doc = "Field `WDT` writer - Watchdog reset"]
pub type WdtW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SW` reader - Software reset"]
pub type SwR = crate::BitReader;
#[doc = "Field `SW` writer - Software reset"]
pub type SwW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - External reset pin"]
    #[inline(always)]
    pub fn ext(&self) -> ExtR {
        ExtR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Power-on reset"]
    #[inline(always)]
    pub fn por(&self) -> PorR {
        PorR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Brown-out reset"]
    #[inline(always)]
    pub fn bor(&self) -> BorR {
        BorR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Watchdog reset"]
    #[inline(always)]
    pub fn wdt(&self) -> WdtR {
        WdtR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Software reset"]
    #[inline(always)]
    pub fn sw(&self) -> SwR {
        SwR::new(((self.bits >> 4) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - External reset pin"]
    #[inline(always)]
    pub fn ext(&mut self) -> ExtW<'_, RescSpec> {
        ExtW::new(self, 0)
    }
    #[doc = "Bit 1 - Power-on reset"]
    #[inline(always)]
    pub fn por(&mut self) -> PorW<'_, RescSpec> {
        PorW::new(self, 1)
    }
    #[doc = "Bit 2 - Brown-out reset"]
    #[inline(always)]
    pub fn bor(&mut self) -> BorW<'_, RescSpec> {
        BorW::new(self, 2)
    }
    #[doc = "Bit 3 - Watchdog reset"]
    #[inline(always)]
    pub fn wdt(&mut self) -> WdtW<'_, RescSpec> {
        WdtW::new(self, 3)
    }
    #[doc = "Bit 4 - Software reset"]
    #[inline(always)]
    pub fn sw(&mut self) -> SwW<'_, RescSpec> {
        SwW::new(self, 4)
    }
}
#[doc = "Reset cause (bits stay set until cleared by software or power-on reset)\n\nYou can [`read`](crate::Reg::read) this register and get [`resc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`resc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RescSpec;
impl crate::RegisterSpec for RescSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`resc::R`](R) reader structure"]
impl crate::Readable for RescSpec {}
#[doc = "`write(|w| ..)` method takes [`resc::W`](W) writer structure"]
impl crate::Writable for RescSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RESC to value 0"]
impl crate::Resettable for RescSpec {}
