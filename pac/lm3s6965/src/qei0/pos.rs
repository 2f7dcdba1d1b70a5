#[doc = "Register `POS` reader"]
pub type R = crate::R<PosSpec>;
#[doc = "Register `POS` writer"]
pub type W = crate::W<PosSpec>;
impl core::fmt::Debug for R {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{}", self.bits())
    }
}
impl W {}
#[doc = "Position\n\nYou can [`read`](crate::Reg::read) this register and get [`pos::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`pos::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct PosSpec;
impl crate::RegisterSpec for PosSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`pos::R`](R) reader structure"]
impl crate::Readable for PosSpec {}
#[doc = "`write(|w| ..)` method takes [`pos::W`](W) writer structure"]
impl crate::Writable for PosSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets POS to value 0"]
impl crate::Resettable for PosSpec {}
