#[doc = "Register `USERDBG` reader"]
pub type R = crate::R<UserdbgSpec>;
#[doc = "Register `USERDBG` writer"]
pub type W = crate::W<UserdbgSpec>;
#[doc = "Field `DBG0` reader - Debug control 0 (must stay 0)"]
pub type Dbg0R = crate::BitReader;
#[doc = "Field `DBG0` writer - Debug control 0 (must stay 0)"]
pub type Dbg0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `DBG1` reader - Debug control 1 (clear to disable debug)"]
pub type Dbg1R = crate::BitReader;
#[doc = "Field `DBG1` writer - Debug control 1 (clear to disable debug)"]
pub type Dbg1W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `DATA` reader - User data"]
pub type DataR = crate::FieldReader<u32>;
#[doc = "Field `DATA` writer - User data"]
pub type DataW<'a, REG> = crate::FieldWriter<'a, REG, 29, u32, crate::Safe>;
#[doc = "Field `NW` reader - Not yet written"]
pub type NwR = crate::BitReader;
#[doc = "Field `NW` writer - Not yet written"]
pub type NwW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Debug control 0 (must stay 0)"]
    #[inline(always)]
    pub fn dbg0(&self) -> Dbg0R {
        Dbg0R::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Debug control 1 (clear to disable debug)"]
    #[inline(always)]
    pub fn dbg1(&self) -> Dbg1R {
        Dbg1R::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bits 2:30 - User data"]
    #[inline(always)]
    pub fn data(&self) -> DataR {
        DataR::new((self.bits >> 2) & 0x1fff_ffff)
    }
    #[doc = "Bit 31 - Not yet written"]
    #[inline(always)]
    pub fn nw(&self) -> NwR {
        NwR::new(((self.bits >> 31) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Debug control 0 (must stay 0)"]
    #[inline(always)]
    pub fn dbg0(&mut self) -> Dbg0W<'_, UserdbgSpec> {
        Dbg0W::new(self, 0)
    }
    #[doc = "Bit 1 - Debug control 1 (clear to disable debug)"]
    #[inline(always)]
    pub fn dbg1(&mut self) -> Dbg1W<'_, UserdbgSpec> {
        Dbg1W::new(self, 1)
    }
    #[doc = "Bits 2:30 - User data"]
    #[inline(always)]
    pub fn data(&mut self) -> DataW<'_, UserdbgSpec> {
        DataW::new(self, 2)
    }
    #[doc = "Bit 31 - Not yet written"]
    #[inline(always)]
    pub fn nw(&mut self) -> NwW<'_, UserdbgSpec> {
        NwW::new(self, 31)
    }
}
#[doc = "User debug (non-volatile, in flash)\n\nYou can [`read`](crate::Reg::read) this register and get [`userdbg::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`userdbg::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct UserdbgSpec;
impl crate::RegisterSpec for UserdbgSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`userdbg::R`](R) reader structure"]
impl crate::Readable for UserdbgSpec {}
#[doc = "`write(|w| ..)` method takes [`userdbg::W`](W) writer structure"]
impl crate::Writable for UserdbgSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets USERDBG to value 0xffff_fffe"]
impl crate::Resettable for UserdbgSpec {
    const RESET_VALUE: u32 = 0xffff_fffe;
}
