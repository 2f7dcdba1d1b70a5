#[doc = "Register `ICR` writer"]
pub type W = crate::W<IcrSpec>;
#[doc = "Field `TATOCINT` writer - Timer A time-out"]
pub type TatocintW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `CAMCINT` writer - Timer A capture match"]
pub type CamcintW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `CAECINT` writer - Timer A capture event"]
pub type CaecintW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `RTCCINT` writer - RTC match"]
pub type RtccintW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `TBTOCINT` writer - Timer B time-out"]
pub type TbtocintW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `CBMCINT` writer - Timer B capture match"]
pub type CbmcintW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `CBECINT` writer - Timer B capture event"]
pub type CbecintW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl W {
    #[doc = "Bit 0 - Timer A time-out"]
    #[inline(always)]
    pub fn tatocint(&mut self) -> TatocintW<'_, IcrSpec> {
        TatocintW::new(self, 0)
    }
    #[doc = "Bit 1 - Timer A capture match"]
    #[inline(always)]
    pub fn camcint(&mut self) -> CamcintW<'_, IcrSpec> {
        CamcintW::new(self, 1)
    }
    #[doc = "Bit 2 - Timer A capture event"]
    #[inline(always)]
    pub fn caecint(&mut self) -> CaecintW<'_, IcrSpec> {
        CaecintW::new(self, 2)
    }
    #[doc = "Bit 3 - RTC match"]
    #[inline(always)]
    pub fn rtccint(&mut self) -> RtccintW<'_, IcrSpec> {
        RtccintW::new(self, 3)
    }
    #[doc = "Bit 8 - Timer B time-out"]
    #[inline(always)]
    pub fn tbtocint(&mut self) -> TbtocintW<'_, IcrSpec> {
        TbtocintW::new(self, 8)
    }
    #[doc = "Bit 9 - Timer B capture match"]
    #[inline(always)]
    pub fn cbmcint(&mut self) -> CbmcintW<'_, IcrSpec> {
        CbmcintW::new(self, 9)
    }
    #[doc = "Bit 10 - Timer B capture event"]
    #[inline(always)]
    pub fn cbecint(&mut self) -> CbecintW<'_, IcrSpec> {
        CbecintW::new(self, 10)
    }
}
#[doc = "Interrupt clear\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`icr::W`](W). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IcrSpec;
impl crate::RegisterSpec for IcrSpec {
    type Ux = u32;
}
#[doc = "`write(|w| ..)` method takes [`icr::W`](W) writer structure"]
impl crate::Writable for IcrSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x070f;
}
#[doc = "`reset()` method sets ICR to value 0"]
impl crate::Resettable for IcrSpec {}
