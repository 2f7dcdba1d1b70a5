#[doc = "Register `MICR` writer"]
pub type W = crate::W<MicrSpec>;
#[doc = "Field `IC` writer - Clear the master interrupt"]
pub type IcW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl W {
    #[doc = "Bit 0 - Clear the master interrupt"]
    #[inline(always)]
    pub fn ic(&mut self) -> IcW<'_, MicrSpec> {
        IcW::new(self, 0)
    }
}
#[doc = "Master interrupt clear\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`micr::W`](W). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MicrSpec;
impl crate::RegisterSpec for MicrSpec {
    type Ux = u32;
}
#[doc = "`write(|w| ..)` method takes [`micr::W`](W) writer structure"]
impl crate::Writable for MicrSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x01;
}
#[doc = "`reset()` method sets MICR to value 0"]
impl crate::Resettable for MicrSpec {}
