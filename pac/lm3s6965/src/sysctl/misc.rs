#[doc = "Register `MISC` reader"]
pub type R = crate::R<MiscSpec>;
#[doc = "Register `MISC` writer"]
pub type W = crate::W<MiscSpec>;
#[doc = "Field `BORMIS` reader - Brown-out masked interrupt"]
pub type BormisR = crate::BitReader;
#[doc = "Field `BORMIS` writer - Brown-out masked interrupt"]
pub type BormisW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `PLLLMIS` reader - PLL lock masked interrupt"]
pub type PlllmisR = crate::BitReader;
#[doc = "Field `PLLLMIS` writer - PLL lock masked interrupt"]
pub type PlllmisW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Bit 1 - Brown-out masked interrupt"]
    #[inline(always)]
    pub fn bormis(&self) -> BormisR {
        BormisR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 6 - PLL lock masked interrupt"]
    #[inline(always)]
    pub fn plllmis(&self) -> PlllmisR {
        PlllmisR::new(((self.bits >> 6) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 1 - Brown-out masked interrupt"]
    #[inline(always)]
    pub fn bormis(&mut self) -> BormisW<'_, MiscSpec> {
        BormisW::new(self, 1)
    }
    #[doc = "Bit 6 - PLL lock masked interrupt"]
    #[inline(always)]
    pub fn plllmis(&mut self) -> PlllmisW<'_, MiscSpec> {
        PlllmisW::new(self, 6)
    }
}
#[doc = "Masked interrupt status and clear (write 1 to clear)\n\nYou can [`read`](crate::Reg::read) this register and get [`misc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`misc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MiscSpec;
impl crate::RegisterSpec for MiscSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`misc::R`](R) reader structure"]
impl crate::Readable for MiscSpec {}
#[doc = "`write(|w| ..)` method takes [`misc::W`](W) writer structure"]
impl crate::Writable for MiscSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x42;
}
#[doc = "`reset()` method sets MISC to value 0"]
impl crate::Resettable for MiscSpec {}
