#[doc = "Register `RTCLD` reader"]
pub type R = crate::R<RtcldSpec>;
#[doc = "Register `RTCLD` writer"]
pub type W = crate::W<RtcldSpec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
impl W {}
#[doc = "RTC load\n\nYou can [`read`](crate::Reg::read) this register and get [`rtcld::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rtcld::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct RtcldSpec;
impl crate::RegisterSpec for RtcldSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rtcld::R`](R) reader structure"]
impl crate::Readable for RtcldSpec {}
#[doc = "`write(|w| ..)` method takes [`rtcld::W`](W) writer structure"]
impl crate::Writable for RtcldSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RTCLD to value 0xffff_ffff"]
impl crate::Resettable for RtcldSpec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
