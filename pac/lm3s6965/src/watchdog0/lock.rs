#[doc = "Register `LOCK` reader"]
pub type R = crate::R<LockSpec>;
#[doc = "Register `LOCK` writer"]
pub type W = crate::W<LockSpec>;
#[doc = "Reads the lock state; writing the key unlocks, anything else locks\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Wdtlock {
    #[doc = "0: Registers may be written"]
    Unlocked = 0,
    #[doc = "1: Registers are locked"]
    Locked = 1,
}
impl From<Wdtlock> for u32 {
    #[inline(always)]
    fn from(variant: Wdtlock) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Wdtlock {
    type Ux = u32;
}
impl crate::IsEnum for Wdtlock {}
#[doc = "Field `WDTLOCK` reader - Reads the lock state; writing the key unlocks, anything else locks"]
pub type WdtlockR = crate::FieldReader<Wdtlock>;
impl WdtlockR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Wdtlock> {
        match self.bits {
            0 => Some(Wdtlock::Unlocked),
            1 => Some(Wdtlock::Locked),
            _ => None,
        }
    }
    #[doc = "Registers may be written"]
    #[inline(always)]
    pub fn is_unlocked(&self) -> bool {
        *self == Wdtlock::Unlocked
    }
    #[doc = "Registers are locked"]
    #[inline(always)]
    pub fn is_locked(&self) -> bool {
        *self == Wdtlock::Locked
    }
}
#[doc = "Reads the lock state; writing the key unlocks, anything else locks\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum WdtlockWO {
    #[doc = "449635665: Unlock"]
    Key = 449635665,
}
impl From<WdtlockWO> for u32 {
    #[inline(always)]
    fn from(variant: WdtlockWO) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for WdtlockWO {
    type Ux = u32;
}
impl crate::IsEnum for WdtlockWO {}
#[doc = "Field `WDTLOCK` writer - Reads the lock state; writing the key unlocks, anything else locks"]
pub type WdtlockW<'a, REG> = crate::FieldWriter<'a, REG, 32, WdtlockWO>;
impl<'a, REG> WdtlockW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u32>,
{
    #[doc = "Unlock"]
    #[inline(always)]
    pub fn key(self) -> &'a mut crate::W<REG> {
        self.variant(WdtlockWO::Key)
    }
}
impl R {
    #[doc = "Bits 0:31 - Reads the lock state; writing the key unlocks, anything else locks"]
    #[inline(always)]
    pub fn wdtlock(&self) -> WdtlockR {
        WdtlockR::new(self.bits)
    }
}
impl W {
    #[doc = "Bits 0:31 - Reads the lock state; writing the key unlocks, anything else locks"]
    #[inline(always)]
    pub fn wdtlock(&mut self) -> WdtlockW<'_, LockSpec> {
        WdtlockW::new(self, 0)
    }
}
#[doc = "Lock: protects all other registers from writes\n\nYou can [`read`](crate::Reg::read) this register and get [`lock::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`lock::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct LockSpec;
impl crate::RegisterSpec for LockSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`lock::R`](R) reader structure"]
impl crate::Readable for LockSpec {}
#[doc = "`write(|w| ..)` method takes [`lock::W`](W) writer structure"]
impl crate::Writable for LockSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets LOCK to value 0"]
impl crate::Resettable for LockSpec {}
