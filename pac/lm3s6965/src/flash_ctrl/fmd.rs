#[doc = "Register `FMD` reader"]
pub type R = crate::R<FmdSpec>;
#[doc = "Register `FMD` writer"]
pub type W = crate::W<FmdSpec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
impl W {}
#[doc = "Flash data to program\n\nYou can [`read`](crate::Reg::read) this register and get [`fmd::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fmd::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FmdSpec;
impl crate::RegisterSpec for FmdSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fmd::R`](R) reader structure"]
impl crate::Readable for FmdSpec {}
#[doc = "`write(|w| ..)` method takes [`fmd::W`](W) writer structure"]
impl crate::Writable for FmdSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets FMD to value 0"]
impl crate::Resettable for FmdSpec {}
