#[doc = "Register `SOAR` reader"]
pub type R = crate::R<SoarSpec>;
#[doc = "Register `SOAR` writer"]
pub type W = crate::W<SoarSpec>;
#[doc = "Field `OAR` reader - 7-bit own address"]
pub type OarR = crate::FieldReader;
#[doc = "Field `OAR` writer - 7-bit own address"]
pub type OarW<'a, REG> = crate::FieldWriter<'a, REG, 7, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:6 - 7-bit own address"]
    #[inline(always)]
    pub fn oar(&self) -> OarR {
        OarR::new((self.bits & 0x7f) as u8)
    }
}
impl W {
    #[doc = "Bits 0:6 - 7-bit own address"]
    #[inline(always)]
    pub fn oar(&mut self) -> OarW<'_, SoarSpec> {
        OarW::new(self, 0)
    }
}
#[doc = "Slave own address\n\nYou can [`read`](crate::Reg::read) this register and get [`soar::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`soar::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct SoarSpec;
impl crate::RegisterSpec for SoarSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`soar::R`](R) reader structure"]
impl crate::Readable for SoarSpec {}
#[doc = "`write(|w| ..)` method takes [`soar::W`](W) writer structure"]
impl crate::Writable for SoarSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SOAR to value 0"]
impl crate::Resettable for SoarSpec {}
