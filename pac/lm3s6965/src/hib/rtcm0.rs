#[doc = "Register `RTCM0` reader"]
pub type R = crate::R<Rtcm0Spec>;
#[doc = "Register `RTCM0` writer"]
pub type W = crate::W<Rtcm0Spec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
impl W {}
#[doc = "RTC match 0\n\nYou can [`read`](crate::Reg::read) this register and get [`rtcm0::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rtcm0::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Rtcm0Spec;
impl crate::RegisterSpec for Rtcm0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rtcm0::R`](R) reader structure"]
impl crate::Readable for Rtcm0Spec {}
#[doc = "`write(|w| ..)` method takes [`rtcm0::W`](W) writer structure"]
impl crate::Writable for Rtcm0Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RTCM0 to value 0xffff_ffff"]
impl crate::Resettable for Rtcm0Spec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
