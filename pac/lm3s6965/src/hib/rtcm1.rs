#[doc = "Register `RTCM1` reader"]
pub type R = crate::R<Rtcm1Spec>;
#[doc = "Register `RTCM1` writer"]
pub type W = crate::W<Rtcm1Spec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
impl W {}
#[doc = "RTC match 1\n\nYou can [`read`](crate::Reg::read) this register and get [`rtcm1::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rtcm1::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Rtcm1Spec;
impl crate::RegisterSpec for Rtcm1Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rtcm1::R`](R) reader structure"]
impl crate::Readable for Rtcm1Spec {}
#[doc = "`write(|w| ..)` method takes [`rtcm1::W`](W) writer structure"]
impl crate::Writable for Rtcm1Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RTCM1 to value 0xffff_ffff"]
impl crate::Resettable for Rtcm1Spec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
