#[doc = "Register `FMPRE%s` reader"]
pub type R = crate::R<FmpreSpec>;
#[doc = "Register `FMPRE%s` writer"]
pub type W = crate::W<FmpreSpec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
impl W {}
#[doc = "Flash read protect enable for one 64 KB bank (one bit per 2 KB block)\n\nYou can [`read`](crate::Reg::read) this register and get [`fmpre::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fmpre::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FmpreSpec;
impl crate::RegisterSpec for FmpreSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fmpre::R`](R) reader structure"]
impl crate::Readable for FmpreSpec {}
#[doc = "`write(|w| ..)` method takes [`fmpre::W`](W) writer structure"]
impl crate::Writable for FmpreSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets FMPRE%s to value 0xffff_ffff"]
impl crate::Resettable for FmpreSpec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
