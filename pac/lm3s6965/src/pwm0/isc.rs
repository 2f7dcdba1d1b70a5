#[doc = "Register `ISC` reader"]
pub type R = crate::R<IscSpec>;
#[doc = "Register `ISC` writer"]
pub type W = crate::W<IscSpec>;
#[doc = "Field `INTPWM(0-2)` reader - Generator interrupt"]
pub type IntpwmR = crate::BitReader;
#[doc = "Field `INTFAULT` reader - Fault interrupt"]
pub type IntfaultR = crate::BitReader;
#[doc = "Field `INTFAULT` writer - Fault interrupt"]
pub type IntfaultW<'a, REG> = crate::BitWriter1C<'a, REG>;
impl R {
    #[doc = "Generator interrupt"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `INTPWM0` field.</div>"]
    #[inline(always)]
    pub fn intpwm(&self, n: u8) -> IntpwmR {
        #[allow(clippy::no_effect)]
        [(); 3][n as usize];
        IntpwmR::new(((self.bits >> n) & 1) != 0)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Generator interrupt"]
    #[inline(always)]
    pub fn intpwm_iter(&self) -> impl Iterator<Item = IntpwmR> + '_ {
        (0..3).map(move |n| IntpwmR::new(((self.bits >> n) & 1) != 0))
    }
    #[doc = "Bit 0 - Generator interrupt"]
    #[inline(always)]
    pub fn intpwm0(&self) -> IntpwmR {
        IntpwmR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Generator interrupt"]
    #[inline(always)]
    pub fn intpwm1(&self) -> IntpwmR {
        IntpwmR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Generator interrupt"]
    #[inline(always)]
    pub fn intpwm2(&self) -> IntpwmR {
        IntpwmR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 16 - Fault interrupt"]
    #[inline(always)]
    pub fn intfault(&self) -> IntfaultR {
        IntfaultR::new(((self.bits >> 16) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 16 - Fault interrupt"]
    #[inline(always)]
    pub fn intfault(&mut self) -> IntfaultW<'_, IscSpec> {
        IntfaultW::new(self, 16)
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
    const ONE_TO_MODIFY_FIELDS_BITMAP: u32 = 0x0001_0000;
}
#[doc = "`reset()` method sets ISC to value 0"]
impl crate::Resettable for IscSpec {}
