#[doc = "Register `CTL` reader"]
pub type R = crate::R<CtlSpec>;
#[doc = "Register `CTL` writer"]
pub type W = crate::W<CtlSpec>;
#[doc = "Field `ENABLE` reader - Generator enabled"]
pub type EnableR = crate::BitReader;
#[doc = "Field `ENABLE` writer - Generator enabled"]
pub type EnableW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `MODE` reader - Count up/down when set, down when clear"]
pub type ModeR = crate::BitReader;
#[doc = "Field `MODE` writer - Count up/down when set, down when clear"]
pub type ModeW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `DEBUG` reader - Keep counting while the debugger halts the CPU"]
pub type DebugR = crate::BitReader;
#[doc = "Field `DEBUG` writer - Keep counting while the debugger halts the CPU"]
pub type DebugW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `LOADUPD` reader - Update LOAD at once (else at zero)"]
pub type LoadupdR = crate::BitReader;
#[doc = "Field `LOADUPD` writer - Update LOAD at once (else at zero)"]
pub type LoadupdW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CMPAUPD` reader - Update CMPA at once"]
pub type CmpaupdR = crate::BitReader;
#[doc = "Field `CMPAUPD` writer - Update CMPA at once"]
pub type CmpaupdW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CMPBUPD` reader - Update CMPB at once"]
pub type CmpbupdR = crate::BitReader;
#[doc = "Field `CMPBUPD` writer - Update CMPB at once"]
pub type CmpbupdW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Generator enabled"]
    #[inline(always)]
    pub fn enable(&self) -> EnableR {
        EnableR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Count up/down when set, down when clear"]
    #[inline(always)]
    pub fn mode(&self) -> ModeR {
        ModeR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Keep counting while the debugger halts the CPU"]
    #[inline(always)]
    pub fn debug(&self) -> DebugR {
        DebugR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Update LOAD at once (else at zero)"]
    #[inline(always)]
    pub fn loadupd(&self) -> LoadupdR {
        LoadupdR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Update CMPA at once"]
    #[inline(always)]
    pub fn cmpaupd(&self) -> CmpaupdR {
        CmpaupdR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Update CMPB at once"]
    #[inline(always)]
    pub fn cmpbupd(&self) -> CmpbupdR {
        CmpbupdR::new(((self.bits >> 5) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Generator enabled"]
    #[inline(always)]
    pub fn enable(&mut self) -> EnableW<'_, CtlSpec> {
        EnableW::new(self, 0)
    }
    #[doc = "Bit 1 - Count up/down when set, down when clear"]
    #[inline(always)]
    pub fn mode(&mut self) -> ModeW<'_, CtlSpec> {
        ModeW::new(self, 1)
    }
    #[doc = "Bit 2 - Keep counting while the debugger halts the CPU"]
    #[inline(always)]
    pub fn debug(&mut self) -> DebugW<'_, CtlSpec> {
        DebugW::new(self, 2)
    }
    #[doc = "Bit 3 - Update LOAD at once (else at zero)"]
    #[inline(always)]
    pub fn loadupd(&mut self) -> LoadupdW<'_, CtlSpec> {
        LoadupdW::new(self, 3)
    }
    #[doc = "Bit 4 - Update CMPA at once"]
    #[inline(always)]
    pub fn cmpaupd(&mut self) -> CmpaupdW<'_, CtlSpec> {
        CmpaupdW::new(self, 4)
    }
    #[doc = "Bit 5 - Update CMPB at once"]
    #[inline(always)]
    pub fn cmpbupd(&mut self) -> CmpbupdW<'_, CtlSpec> {
        CmpbupdW::new(self, 5)
    }
}
#[doc = "Generator control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CtlSpec;
impl crate::RegisterSpec for CtlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ctl::R`](R) reader structure"]
impl crate::Readable for CtlSpec {}
#[doc = "`write(|w| ..)` method takes [`ctl::W`](W) writer structure"]
impl crate::Writable for CtlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CTL to value 0"]
impl crate::Resettable for CtlSpec {}
