#[doc = "Register `FCMISC` reader"]
pub type R = crate::R<FcmiscSpec>;
#[doc = "Register `FCMISC` writer"]
pub type W = crate::W<FcmiscSpec>;
#[doc = "Field `AMISC` reader - Access interrupt"]
pub type AmiscR = crate::BitReader;
#[doc = "Field `AMISC` writer - Access interrupt"]
pub type AmiscW<'a, REG> = crate::BitWriter1C<'a, REG>;
#[doc = "Field `PMISC` reader - Programming interrupt"]
pub type PmiscR = crate::BitReader;
#[doc = "Field `PMISC` writer - Programming interrupt"]
pub type PmiscW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Bit 0 - Access interrupt"]
    #[inline(always)]
    pub fn amisc(&self) -> AmiscR {
        AmiscR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Programming interrupt"]
    #[inline(always)]
    pub fn pmisc(&self) -> PmiscR {
        PmiscR::new(((self.bits >> 1) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Access interrupt"]
    #[inline(always)]
    pub fn amisc(&mut self) -> AmiscW<'_, FcmiscSpec> {
        AmiscW::new(self, 0)
    }
    #[doc = "Bit 1 - Programming interrupt"]
    #[inline(always)]
    pub fn pmisc(&mut self) -> PmiscW<'_, FcmiscSpec> {
        PmiscW::new(self, 1)
    }
}
#[doc = "Masked interrupt status and clear\n\nYou can [`read`](crate::Reg::read) this register and get [`fcmisc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fcmisc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FcmiscSpec;
impl crate::RegisterSpec for FcmiscSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fcmisc::R`](R) reader structure"]
impl crate::Readable for FcmiscSpec {}
#[doc = "`write(|w| ..)` method takes [`fcmisc::W`](W) writer structure"]
impl crate::Writable for FcmiscSpec {
    type Safety = crate::Unsafe;
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x03;
}
#[doc = "`reset()` method sets FCMISC to value 0"]
impl crate::Resettable for FcmiscSpec {}
