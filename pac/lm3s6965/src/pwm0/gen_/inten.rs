#[doc = "Register `INTEN` reader"]
pub type R = crate::R<IntenSpec>;
#[doc = "Register `INTEN` writer"]
pub type W = crate::W<IntenSpec>;
#[doc = "Field `INTCNTZERO` reader - Interrupt on CNTZERO"]
pub type IntcntzeroR = crate::BitReader;
#[doc = "Field `INTCNTZERO` writer - Interrupt on CNTZERO"]
pub type IntcntzeroW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `INTCNTLOAD` reader - Interrupt on CNTLOAD"]
pub type IntcntloadR = crate::BitReader;
#[doc = "Field `INTCNTLOAD` writer - Interrupt on CNTLOAD"]
pub type IntcntloadW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `INTCMPAU` reader - Interrupt on CMPAU"]
pub type IntcmpauR = crate::BitReader;
#[doc = "Field `INTCMPAU` writer - Interrupt on CMPAU"]
pub type IntcmpauW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `INTCMPAD` reader - Interrupt on CMPAD"]
pub type IntcmpadR = crate::BitReader;
#[doc = "Field `INTCMPAD` writer - Interrupt on CMPAD"]
pub type IntcmpadW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `INTCMPBU` reader - Interrupt on CMPBU"]
pub type IntcmpbuR = crate::BitReader;
#[doc = "Field `INTCMPBU` writer - Interrupt on CMPBU"]
pub type IntcmpbuW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `INTCMPBD` reader - Interrupt on CMPBD"]
pub type IntcmpbdR = crate::BitReader;
#[doc = "Field `INTCMPBD` writer - Interrupt on CMPBD"]
pub type IntcmpbdW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TRCNTZERO` reader - ADC trigger on CNTZERO"]
pub type TrcntzeroR = crate::BitReader;
#[doc = "Field `TRCNTZERO` writer - ADC trigger on CNTZERO"]
pub type TrcntzeroW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TRCNTLOAD` reader - ADC trigger on CNTLOAD"]
pub type TrcntloadR = crate::BitReader;
#[doc = "Field `TRCNTLOAD` writer - ADC trigger on CNTLOAD"]
pub type TrcntloadW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TRCMPAU` reader - ADC trigger on CMPAU"]
pub type TrcmpauR = crate::BitReader;
#[doc = "Field `TRCMPAU` writer - ADC trigger on CMPAU"]
pub type TrcmpauW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TRCMPAD` reader - ADC trigger on CMPAD"]
pub type TrcmpadR = crate::BitReader;
#[doc = "Field `TRCMPAD` writer - ADC trigger on CMPAD"]
pub type TrcmpadW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TRCMPBU` reader - ADC trigger on CMPBU"]
pub type TrcmpbuR = crate::BitReader;
#[doc = "Field `TRCMPBU` writer - ADC trigger on CMPBU"]
pub type TrcmpbuW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TRCMPBD` reader - ADC trigger on CMPBD"]
pub type TrcmpbdR = crate::BitReader;
#[doc = "Field `TRCMPBD` writer - ADC trigger on CMPBD"]
pub type TrcmpbdW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Interrupt on CNTZERO"]
    #[inline(always)]
    pub fn intcntzero(&self) -> IntcntzeroR {
        IntcntzeroR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Interrupt on CNTLOAD"]
    #[inline(always)]
    pub fn intcntload(&self) -> IntcntloadR {
        IntcntloadR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Interrupt on CMPAU"]
    #[inline(always)]
    pub fn intcmpau(&self) -> IntcmpauR {
        IntcmpauR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Interrupt on CMPAD"]
    #[inline(always)]
    pub fn intcmpad(&self) -> IntcmpadR {
        IntcmpadR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Interrupt on CMPBU"]
    #[inline(always)]
    pub fn intcmpbu(&self) -> IntcmpbuR {
        IntcmpbuR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Interrupt on CMPBD"]
    #[inline(always)]
    pub fn intcmpbd(&self) -> IntcmpbdR {
        IntcmpbdR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 8 - ADC trigger on CNTZERO"]
    #[inline(always)]
    pub fn trcntzero(&self) -> TrcntzeroR {
        TrcntzeroR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - ADC trigger on CNTLOAD"]
    #[inline(always)]
    pub fn trcntload(&self) -> TrcntloadR {
        TrcntloadR::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 10 - ADC trigger on CMPAU"]
    #[inline(always)]
    pub fn trcmpau(&self) -> TrcmpauR {
        TrcmpauR::new(((self.bits >> 10) & 1) != 0)
    }
    #[doc = "Bit 11 - ADC trigger on CMPAD"]
    #[inline(always)]
    pub fn trcmpad(&self) -> TrcmpadR {
        TrcmpadR::new(((self.bits >> 11) & 1) != 0)
    }
    #[doc = "Bit 12 - ADC trigger on CMPBU"]
    #[inline(always)]
    pub fn trcmpbu(&self) -> TrcmpbuR {
        TrcmpbuR::new(((self.bits >> 12) & 1) != 0)
    }
    #[doc = "Bit 13 - ADC trigger on CMPBD"]
    #[inline(always)]
    pub fn trcmpbd(&self) -> TrcmpbdR {
        TrcmpbdR::new(((self.bits >> 13) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Interrupt on CNTZERO"]
    #[inline(always)]
    pub fn intcntzero(&mut self) -> IntcntzeroW<'_, IntenSpec> {
        IntcntzeroW::new(self, 0)
    }
    #[doc = "Bit 1 - Interrupt on CNTLOAD"]
    #[inline(always)]
    pub fn intcntload(&mut self) -> IntcntloadW<'_, IntenSpec> {
        IntcntloadW::new(self, 1)
    }
    #[doc = "Bit 2 - Interrupt on CMPAU"]
    #[inline(always)]
    pub fn intcmpau(&mut self) -> IntcmpauW<'_, IntenSpec> {
        IntcmpauW::new(self, 2)
    }
    #[doc = "Bit 3 - Interrupt on CMPAD"]
    #[inline(always)]
    pub fn intcmpad(&mut self) -> IntcmpadW<'_, IntenSpec> {
        IntcmpadW::new(self, 3)
    }
    #[doc = "Bit 4 - Interrupt on CMPBU"]
    #[inline(always)]
    pub fn intcmpbu(&mut self) -> IntcmpbuW<'_, IntenSpec> {
        IntcmpbuW::new(self, 4)
    }
    #[doc = "Bit 5 - Interrupt on CMPBD"]
    #[inline(always)]
    pub fn intcmpbd(&mut self) -> IntcmpbdW<'_, IntenSpec> {
        IntcmpbdW::new(self, 5)
    }
    #[doc = "Bit 8 - ADC trigger on CNTZERO"]
    #[inline(always)]
    pub fn trcntzero(&mut self) -> TrcntzeroW<'_, IntenSpec> {
        TrcntzeroW::new(self, 8)
    }
    #[doc = "Bit 9 - ADC trigger on CNTLOAD"]
    #[inline(always)]
    pub fn trcntload(&mut self) -> TrcntloadW<'_, IntenSpec> {
        TrcntloadW::new(self, 9)
    }
    #[doc = "Bit 10 - ADC trigger on CMPAU"]
    #[inline(always)]
    pub fn trcmpau(&mut self) -> TrcmpauW<'_, IntenSpec> {
        TrcmpauW::new(self, 10)
    }
    #[doc = "Bit 11 - ADC trigger on CMPAD"]
    #[inline(always)]
    pub fn trcmpad(&mut self) -> TrcmpadW<'_, IntenSpec> {
        TrcmpadW::new(self, 11)
    }
    #[doc = "Bit 12 - ADC trigger on CMPBU"]
    #[inline(always)]
    pub fn trcmpbu(&mut self) -> TrcmpbuW<'_, IntenSpec> {
        TrcmpbuW::new(self, 12)
    }
    #[doc = "Bit 13 - ADC trigger on CMPBD"]
    #[inline(always)]
    pub fn trcmpbd(&mut self) -> TrcmpbdW<'_, IntenSpec> {
        TrcmpbdW::new(self, 13)
    }
}
#[doc = "Interrupt and ADC trigger enable\n\nYou can [`read`](crate::Reg::read) this register and get [`inten::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`inten::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IntenSpec;
impl crate::RegisterSpec for IntenSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`inten::R`](R) reader structure"]
impl crate::Readable for IntenSpec {}
#[doc = "`write(|w| ..)` method takes [`inten::W`](W) writer structure"]
impl crate::Writable for IntenSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets INTEN to value 0"]
impl crate::Resettable for IntenSpec {}
