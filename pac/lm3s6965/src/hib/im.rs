#[doc = "Register `IM` reader"]
pub type R = crate::R<ImSpec>;
#[doc = "Register `IM` writer"]
pub type W = crate::W<ImSpec>;
#[doc = "Field `RTCALT0` reader - RTC match 0"]
pub type Rtcalt0R = crate::BitReader;
#[doc = "Field `RTCALT0` writer - RTC match 0"]
pub type Rtcalt0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RTCALT1` reader - RTC match 1"]
pub type Rtcalt1R = crate::BitReader;
#[doc = "Field `RTCALT1` writer - RTC match 1"]
pub type Rtcalt1W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `LOWBAT` reader - Low battery"]
pub type LowbatR = crate::BitReader;
#[doc = "Field `LOWBAT` writer - Low battery"]
pub type LowbatW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `EXTW` reader - External wake pin"]
pub type ExtwR = crate::BitReader;
#[doc = "Field `EXTW` writer - External wake pin"]
pub type ExtwW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - RTC match 0"]
    #[inline(always)]
    pub fn rtcalt0(&self) -> Rtcalt0R {
        Rtcalt0R::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - RTC match 1"]
    #[inline(always)]
    pub fn rtcalt1(&self) -> Rtcalt1R {
        Rtcalt1R::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Low battery"]
    #[inline(always)]
    pub fn lowbat(&self) -> LowbatR {
        LowbatR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - External wake pin"]
    #[inline(always)]
    pub fn extw(&self) -> ExtwR {
        ExtwR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - RTC match 0"]
    #[inline(always)]
    pub fn rtcalt0(&mut self) -> Rtcalt0W<'_, ImSpec> {
        Rtcalt0W::new(self, 0)
    }
    #[doc = "Bit 1 - RTC match 1"]
    #[inline(always)]
    pub fn rtcalt1(&mut self) -> Rtcalt1W<'_, ImSpec> {
        Rtcalt1W::new(self, 1)
    }
    #[doc = "Bit 2 - Low battery"]
    #[inline(always)]
    pub fn lowbat(&mut self) -> LowbatW<'_, ImSpec> {
        LowbatW::new(self, 2)
    }
    #[doc = "Bit 3 - External wake pin"]
    #[inline(always)]
    pub fn extw(&mut self) -> ExtwW<'_, ImSpec> {
        ExtwW::new(self, 3)
    }
}
#[doc = "Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`im::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`im::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ImSpec;
impl crate::RegisterSpec for ImSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`im::R`](R) reader structure"]
impl crate::Readable for ImSpec {}
#[doc = "`write(|w| ..)` method takes [`im::W`](W) writer structure"]
impl crate::Writable for ImSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets IM to value 0"]
impl crate::Resettable for ImSpec {}
