#[doc = "Register `LOCK` reader"]
pub type R = crate::R<LockSpec>;
#[doc = "Register `LOCK` writer"]
pub type W = crate::W<LockSpec>;
#[doc = "Reads the lock state; writing the key unlocks CR, anything else locks it\n\nValue on reset: 1"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Lock {
    #[doc = "0: CR may be written"]
    Unlocked = 0,
    #[doc = "1: CR is locked"]
    Locked = 1,
}
impl From<Lock> for u32 {
    #[inline(always)]
    fn from(variant: Lock) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Lock {
    type Ux = u32;
}
impl crate::IsEnum for Lock {}
#[doc = "Field `LOCK` reader - Reads the lock state; writing the key unlocks CR, anything else locks it"]
pub type LockR = crate::FieldReader<Lock>;
impl LockR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Lock> {
        match self.bits {
            0 => Some(Lock::Unlocked),
            1 => Some(Lock::Locked),
            _ => None,
        }
    }
    #[doc = "CR may be written"]
    #[inline(always)]
    pub fn is_unlocked(&self) -> bool {
        *self == Lock::Unlocked
    }
    #[doc = "CR is locked"]
    #[inline(always)]
    pub fn is_locked(&self) -> bool {
        *self == Lock::Locked
    }
}
#[doc = "Reads the lock state; writing the key unlocks CR, anything else locks it\n\nValue on reset: 1"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum LockWO {
    #[doc = "449635665: Unlock CR"]
    Key = 449635665,
}
impl From<LockWO> for u32 {
    #[inline(always)]
    fn from(variant: LockWO) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for LockWO {
    type Ux = u32;
}
impl crate::IsEnum for LockWO {}
#[doc = "Field `LOCK` writer - Reads the lock state; writing the key unlocks CR, anything else locks it"]
pub type LockW<'a, REG> = crate::FieldWriter<'a, REG, 32, LockWO>;
impl<'a, REG> LockW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u32>,
{
    #[doc = "Unlock CR"]
    #[inline(always)]
    pub fn key(self) -> &'a mut crate::W<REG> {
        self.variant(LockWO::Key)
    }
}
impl R {
    #[doc = "Bits 0:31 - Reads the lock state; writing the key unlocks CR, anything else locks it"]
    #[inline(always)]
    pub fn lock(&self) -> LockR {
        LockR::new(self.bits)
    }
}
impl W {
    #[doc = "Bits 0:31 - Reads the lock state; writing the key unlocks CR, anything else locks it"]
    #[inline(always)]
    pub fn lock(&mut self) -> LockW<'_, LockSpec> {
        LockW::new(self, 0)
    }
}
#[doc = "Lock for the commit register\n\nYou can [`read`](crate::Reg::read) this register and get [`lock::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`lock::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
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
#[doc = "`reset()` method sets LOCK to value 0x01"]
impl crate::Resettable for LockSpec {
    const RESET_VALUE: u32 = 0x01;
}
