#[doc = "Register `USERREG%s` reader"]
pub type R = crate::R<UserregSpec>;
#[doc = "Register `USERREG%s` writer"]
pub type W = crate::W<UserregSpec>;
#[doc = "Field `DATA` reader - User data"]
pub type DataR = crate::FieldReader<u32>;
#[doc = "Field `DATA` writer - User data"]
pub type DataW<'a, REG> = crate::FieldWriter<'a, REG, 31, u32, crate::Safe>;
#[doc = "Field `NW` reader - Not yet written"]
pub type NwR = crate::BitReader;
#[doc = "Field `NW` writer - Not yet written"]
pub type NwW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bits 0:30 - User data"]
    #[inline(always)]
    pub fn data(&self) -> DataR {
        DataR::new(self.bits & 0x7fff_ffff)
    }
    #[doc = "Bit 31 - Not yet written"]
    #[inline(always)]
    pub fn nw(&self) -> NwR {
        NwR::new(((self.bits >> 31) & 1) != 0)
    }
}
impl W {
    #[doc = "Bits 0:30 - User data"]
    #[inline(always)]
    pub fn data(&mut self) -> DataW<'_, UserregSpec> {
        DataW::new(self, 0)
    }
    #[doc = "Bit 31 - Not yet written"]
    #[inline(always)]
    pub fn nw(&mut self) -> NwW<'_, UserregSpec> {
        NwW::new(self, 31)
    }
}
#[doc = "User register (non-volatile, in flash; the evaluation board keeps its MAC address here)\n\nYou can [`read`](crate::Reg::read) this register and get [`userreg::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`userreg::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct UserregSpec;
impl crate::RegisterSpec for UserregSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`userreg::R`](R) reader structure"]
impl crate::Readable for UserregSpec {}
#[doc = "`write(|w| ..)` method takes [`userreg::W`](W) writer structure"]
impl crate::Writable for UserregSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets USERREG%s to value 0xffff_ffff"]
impl crate::Resettable for UserregSpec {
    const RESET_VALUE: u32 = 0xffff_ffff;
}
