#[doc = "Register `USECRL` reader"]
pub type R = crate::R<UsecrlSpec>;
#[doc = "Register `USECRL` writer"]
pub type W = crate::W<UsecrlSpec>;
#[doc = "Field `USEC` reader - Cycles per microsecond minus one (0x31 at 50 MHz)"]
pub type UsecR = crate::FieldReader;
#[doc = "Field `USEC` writer - Cycles per microsecond minus one (0x31 at 50 MHz)"]
pub type UsecW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:7 - Cycles per microsecond minus one (0x31 at 50 MHz)"]
    #[inline(always)]
    pub fn usec(&self) -> UsecR {
        UsecR::new((self.bits & 0xff) as u8)
    }
}
impl W {
    #[doc = "Bits 0:7 - Cycles per microsecond minus one (0x31 at 50 MHz)"]
    #[inline(always)]
    pub fn usec(&mut self) -> UsecW<'_, UsecrlSpec> {
        UsecW::new(self, 0)
    }
}
#[doc = "Flash microsecond reload: system clock cycles per microsecond, minus one\n\nYou can [`read`](crate::Reg::read) this register and get [`usecrl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`usecrl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct UsecrlSpec;
impl crate::RegisterSpec for UsecrlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`usecrl::R`](R) reader structure"]
impl crate::Readable for UsecrlSpec {}
#[doc = "`write(|w| ..)` method takes [`usecrl::W`](W) writer structure"]
impl crate::Writable for UsecrlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets USECRL to value 0x31"]
impl crate::Resettable for UsecrlSpec {
    const RESET_VALUE: u32 = 0x31;
}
