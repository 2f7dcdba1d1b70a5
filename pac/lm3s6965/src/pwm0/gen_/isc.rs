#[doc = "Register `ISC` reader"]
pub type R = crate::R<IscSpec>;
#[doc = "Register `ISC` writer"]
pub type W = crate::W<IscSpec>;
#[doc = "Field `INTCNTZERO` reader - Counter event CNTZERO"]
pub type IntcntzeroR = crate::BitReader;
#[doc = "Field `INTCNTZERO` writer - Counter event CNTZERO"]
pub type IntcntzeroW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `INTCNTLOAD` reader - Counter event CNTLOAD"]
pub type IntcntloadR = crate::BitReader;
#[doc = "Field `INTCNTLOAD` writer - Counter event CNTLOAD"]
pub type IntcntloadW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `INTCMPAU` reader - Counter event CMPAU"]
pub type IntcmpauR = crate::BitReader;
#[doc = "Field `INTCMPAU` writer - Counter event CMPAU"]
pub type IntcmpauW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `INTCMPAD` reader - Counter event CMPAD"]
pub type IntcmpadR = crate::BitReader;
#[doc = "Field `INTCMPAD` writer - Counter event CMPAD"]
pub type IntcmpadW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `INTCMPBU` reader - Counter event CMPBU"]
pub type IntcmpbuR = crate::BitReader;
#[doc = "Field `INTCMPBU` writer - Counter event CMPBU"]
pub type IntcmpbuW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `INTCMPBD` reader - Counter event CMPBD"]
pub type IntcmpbdR = crate::BitReader;
#[doc = "Field `INTCMPBD` writer - Counter event CMPBD"]
pub type IntcmpbdW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Bit 0 - Counter event CNTZERO"]
    #[inline(always)]
    pub fn intcntzero(&self) -> IntcntzeroR {
        IntcntzeroR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Counter event CNTLOAD"]
    #[inline(always)]
    pub fn intcntload(&self) -> IntcntloadR {
        IntcntloadR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Counter event CMPAU"]
    #[inline(always)]
    pub fn intcmpau(&self) -> IntcmpauR {
        IntcmpauR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Counter event CMPAD"]
    #[inline(always)]
    pub fn intcmpad(&self) -> IntcmpadR {
        IntcmpadR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Counter event CMPBU"]
    #[inline(always)]
    pub fn intcmpbu(&self) -> IntcmpbuR {
        IntcmpbuR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Counter event CMPBD"]
    #[inline(always)]
    pub fn intcmpbd(&self) -> IntcmpbdR {
        IntcmpbdR::new(((self.bits >> 5) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Counter event CNTZERO"]
    #[inline(always)]
    pub fn intcntzero(&mut self) -> IntcntzeroW<'_, IscSpec> {
        IntcntzeroW::new(self, 0)
    }
    #[doc = "Bit 1 - Counter event CNTLOAD"]
    #[inline(always)]
    pub fn intcntload(&mut self) -> IntcntloadW<'_, IscSpec> {
        IntcntloadW::new(self, 1)
    }
    #[doc = "Bit 2 - Counter event CMPAU"]
    #[inline(always)]
    pub fn intcmpau(&mut self) -> IntcmpauW<'_, IscSpec> {
        IntcmpauW::new(self, 2)
    }
    #[doc = "Bit 3 - Counter event CMPAD"]
    #[inline(always)]
    pub fn intcmpad(&mut self) -> IntcmpadW<'_, IscSpec> {
        IntcmpadW::new(self, 3)
    }
    #[doc = "Bit 4 - Counter event CMPBU"]
    #[inline(always)]
    pub fn intcmpbu(&mut self) -> IntcmpbuW<'_, IscSpec> {
        IntcmpbuW::new(self, 4)
    }
    #[doc = "Bit 5 - Counter event CMPBD"]
    #[inline(always)]
    pub fn intcmpbd(&mut self) -> IntcmpbdW<'_, IscSpec> {
        IntcmpbdW::new(self, 5)
    }
}
#[doc = "Interrupt status and clear\n\nYou can [`read`](crate::Reg::read) this register and get [`isc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`isc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IscSpec;
impl crate::RegisterSpec for IscSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`isc::R`](R) reader structure"]
impl crate::Readable for IscSpec {}
#[doc = "`write(|w| ..)` method takes [`isc::W`](W) writer structure"]
impl crate::Writable for IscSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x3f;
}
#[doc = "`reset()` method sets ISC to value 0"]
impl crate::Resettable for IscSpec {}
