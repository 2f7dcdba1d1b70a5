#[doc = "Register `ISC` reader"]
pub type R = crate::R<IscSpec>;
#[doc = "Register `ISC` writer"]
pub type W = crate::W<IscSpec>;
#[doc = "Field `INDEX` reader - Index pulse"]
pub type IndexR = crate::BitReader;
#[doc = "Field `INDEX` writer - Index pulse"]
pub type IndexW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `TIMER` reader - Velocity timer expired"]
pub type TimerR = crate::BitReader;
#[doc = "Field `TIMER` writer - Velocity timer expired"]
pub type TimerW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `DIR` reader - Direction change"]
pub type DirR = crate::BitReader;
#[doc = "Field `DIR` writer - Direction change"]
pub type DirW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `ERROR` reader - Phase error"]
pub type ErrorR = crate::BitReader;
#[doc = "Field `ERROR` writer - Phase error"]
pub type ErrorW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Bit 0 - Index pulse"]
    #[inline(always)]
    pub fn index(&self) -> IndexR {
        IndexR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Velocity timer expired"]
    #[inline(always)]
    pub fn timer(&self) -> TimerR {
        TimerR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Direction change"]
    #[inline(always)]
    pub fn dir(&self) -> DirR {
        DirR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Phase error"]
    #[inline(always)]
    pub fn error(&self) -> ErrorR {
        ErrorR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Index pulse"]
    #[inline(always)]
    pub fn index(&mut self) -> IndexW<'_, IscSpec> {
        IndexW::new(self, 0)
    }
    #[doc = "Bit 1 - Velocity timer expired"]
    #[inline(always)]
    pub fn timer(&mut self) -> TimerW<'_, IscSpec> {
        TimerW::new(self, 1)
    }
    #[doc = "Bit 2 - Direction change"]
    #[inline(always)]
    pub fn dir(&mut self) -> DirW<'_, IscSpec> {
        DirW::new(self, 2)
    }
    #[doc = "Bit 3 - Phase error"]
    #[inline(always)]
    pub fn error(&mut self) -> ErrorW<'_, IscSpec> {
        ErrorW::new(self, 3)
    }
}
#[doc = "Interrupt status and clear\n\nYou can [`read`](crate::Reg::read) this register and get [`isc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`isc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IscSpec;
impl crate::RegisterSpec for IscSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`isc::R`](R) reader structure"]
impl crate::Readable for IscSpec {}
#[doc = "`write(|w| ..)` method takes [`isc::W`](W) writer structure"]
impl crate::Writable for IscSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x0f;
}
#[doc = "`reset()` method sets ISC to value 0"]
impl crate::Resettable for IscSpec {}
