#[doc = "Register `FCIM` reader"]
pub type R = crate::R<FcimSpec>;
#[doc = "Register `FCIM` writer"]
pub type W = crate::W<FcimSpec>;
#[doc = "Field `AMASK` reader - Access interrupt enabled"]
pub type AmaskR = crate::BitReader;
#[doc = "Field `AMASK` writer - Access interrupt enabled"]
pub type AmaskW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PMASK` reader - Programming interrupt enabled"]
pub type PmaskR = crate::BitReader;
#[doc = "Field `PMASK` writer - Programming interrupt enabled"]
pub type PmaskW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Access interrupt enabled"]
    #[inline(always)]
    pub fn amask(&self) -> AmaskR {
        AmaskR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Programming interrupt enabled"]
    #[inline(always)]
    pub fn pmask(&self) -> PmaskR {
        PmaskR::new(((self.bits >> 1) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Access interrupt enabled"]
    #[inline(always)]
    pub fn amask(&mut self) -> AmaskW<'_, FcimSpec> {
        AmaskW::new(self, 0)
    }
    #[doc = "Bit 1 - Programming interrupt enabled"]
    #[inline(always)]
    pub fn pmask(&mut self) -> PmaskW<'_, FcimSpec> {
        PmaskW::new(self, 1)
    }
}
#[doc = "Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`fcim::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fcim::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FcimSpec;
impl crate::RegisterSpec for FcimSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fcim::R`](R) reader structure"]
impl crate::Readable for FcimSpec {}
#[doc = "`write(|w| ..)` method takes [`fcim::W`](W) writer structure"]
impl crate::Writable for FcimSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets FCIM to value 0"]
impl crate::Resettable for FcimSpec {}
