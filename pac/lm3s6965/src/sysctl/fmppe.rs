#[doc = "Register `FMPPE%s` reader"]
pub type R = crate::R<FmppeSpec>;
#[doc = "Register `FMPPE%s` writer"]
pub type W = crate::W<FmppeSpec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
impl W {}
#[doc = "Flash program protect enable for one 64 KB bank (one bit per 2 KB block)\n\nYou can [`read`](crate::Reg::read) this register and get [`fmppe::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fmppe::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FmppeSpec;
impl crate::RegisterSpec for FmppeSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fmppe::R`](R) reader structure"]
impl crate::Readable for FmppeSpec {}
#[doc = "`write(|w| ..)` method takes [`fmppe::W`](W) writer structure"]
impl crate::Writable for FmppeSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets FMPPE%s to value 0xffff_ffff"]
impl crate::Resettable for FmppeSpec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
