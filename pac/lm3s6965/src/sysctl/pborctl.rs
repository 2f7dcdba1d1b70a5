#[doc = "Register `PBORCTL` reader"]
pub type R = crate::R<PborctlSpec>;
#[doc = "Register `PBORCTL` writer"]
pub type W = crate::W<PborctlSpec>;
#[doc = "Field `BORIOR` reader - Brown-out signals a reset when set, an interrupt when clear"]
pub type BoriorR = crate::BitReader;
#[doc = "Field `BORIOR` writer - Brown-out signals a reset when set, an interrupt when clear"]
pub type BoriorW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 1 - Brown-out signals a reset when set, an interrupt when clear"]
    #[inline(always)]
    pub fn borior(&self) -> BoriorR {
        BoriorR::new(((self.bits >> 1) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 1 - Brown-out signals a reset when set, an interrupt when clear"]
    #[inline(always)]
    pub fn borior(&mut self) -> BoriorW<'_, PborctlSpec> {
        BoriorW::new(self, 1)
    }
}
#[doc = "Power-on and brown-out reset control\n\nYou can [`read`](crate::Reg::read) this register and get [`pborctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`pborctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct PborctlSpec;
impl crate::RegisterSpec for PborctlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`pborctl::R`](R) reader structure"]
impl crate::Readable for PborctlSpec {}
#[doc = "`write(|w| ..)` method takes [`pborctl::W`](W) writer structure"]
impl crate::Writable for PborctlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets PBORCTL to value 0x7ffd"]
impl crate::Resettable for PborctlSpec {
    const RESET_VALUE: u32 = 0x7ffd;
}
