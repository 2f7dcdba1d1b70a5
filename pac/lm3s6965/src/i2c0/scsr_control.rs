#[doc = "Register `SCSR_CONTROL` writer"]
pub type W = crate::W<ScsrControlSpec>;
#[doc = "Field `DA` writer - Slave operation enabled"]
pub type DaW<'a, REG> = crate::BitWriter<'a, REG>;
impl W {
    #[doc = "Bit 0 - Slave operation enabled"]
    #[inline(always)]
    pub fn da(&mut self) -> DaW<'_, ScsrControlSpec> {
        DaW::new(self, 0)
    }
}
#[doc = "Slave control (write view of SCSR)\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`scsr_control::W`](W). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ScsrControlSpec;
impl crate::RegisterSpec for ScsrControlSpec {
    type Ux = u32;
}
#[doc = "`write(|w| ..)` method takes [`scsr_control::W`](W) writer structure"]
impl crate::Writable for ScsrControlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SCSR_CONTROL to value 0"]
impl crate::Resettable for ScsrControlSpec {}
