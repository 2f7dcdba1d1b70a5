#[doc = "Register `FMC` reader"]
pub type R = crate::R<FmcSpec>;
#[doc = "Register `FMC` writer"]
pub type W = crate::W<FmcSpec>;
#[doc = "Field `WRITE` reader - Program FMD at FMA"]
pub type WriteR = crate::BitReader;
#[doc = "Field `WRITE` writer - Program FMD at FMA"]
pub type WriteW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `ERASE` reader - Erase the 1 KB page at FMA"]
pub type EraseR = crate::BitReader;
#[doc = "Field `ERASE` writer - Erase the 1 KB page at FMA"]
pub type EraseW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `MERASE` reader - Erase all flash"]
pub type MeraseR = crate::BitReader;
#[doc = "Field `MERASE` writer - Erase all flash"]
pub type MeraseW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `COMT` reader - Commit a non-volatile register"]
pub type ComtR = crate::BitReader;
#[doc = "Field `COMT` writer - Commit a non-volatile register"]
pub type ComtW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Write key\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Wrkey {
    #[doc = "42050: Required key"]
    Key = 42050,
}
impl From<Wrkey> for u16 {
    #[inline(always)]
    fn from(variant: Wrkey) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Wrkey {
    type Ux = u16;
}
impl crate::IsEnum for Wrkey {}
#[doc = "Field `WRKEY` writer - Write key"]
pub type WrkeyW<'a, REG> = crate::FieldWriter<'a, REG, 16, Wrkey>;
impl<'a, REG> WrkeyW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u16>,
{
    #[doc = "Required key"]
    #[inline(always)]
    pub fn key(self) -> &'a mut crate::W<REG> {
        self.variant(Wrkey::Key)
    }
}
impl R {
    #[doc = "Bit 0 - Program FMD at FMA"]
    #[inline(always)]
    pub fn write(&self) -> WriteR {
        WriteR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Erase the 1 KB page at FMA"]
    #[inline(always)]
    pub fn erase(&self) -> EraseR {
        EraseR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Erase all flash"]
    #[inline(always)]
    pub fn merase(&self) -> MeraseR {
        MeraseR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Commit a non-volatile register"]
    #[inline(always)]
    pub fn comt(&self) -> ComtR {
        ComtR::new(((self.bits >> 3) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Program FMD at FMA"]
    #[inline(always)]
    pub fn write(&mut self) -> WriteW<'_, FmcSpec> {
        WriteW::new(self, 0)
    }
    #[doc = "Bit 1 - Erase the 1 KB page at FMA"]
    #[inline(always)]
    pub fn erase(&mut self) -> EraseW<'_, FmcSpec> {
        EraseW::new(self, 1)
    }
    #[doc = "Bit 2 - Erase all flash"]
    #[inline(always)]
    pub fn merase(&mut self) -> MeraseW<'_, FmcSpec> {
        MeraseW::new(self, 2)
    }
    #[doc = "Bit 3 - Commit a non-volatile register"]
    #[inline(always)]
    pub fn comt(&mut self) -> ComtW<'_, FmcSpec> {
        ComtW::new(self, 3)
    }
    #[doc = "Bits 16:31 - Write key"]
    #[inline(always)]
    pub fn wrkey(&mut self) -> WrkeyW<'_, FmcSpec> {
        WrkeyW::new(self, 16)
    }
}
#[doc = "Flash control: every write needs WRKEY\n\nYou can [`read`](crate::Reg::read) this register and get [`fmc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fmc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct FmcSpec;
impl crate::RegisterSpec for FmcSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`fmc::R`](R) reader structure"]
impl crate::Readable for FmcSpec {}
#[doc = "`write(|w| ..)` method takes [`fmc::W`](W) writer structure"]
impl crate::Writable for FmcSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets FMC to value 0"]
impl crate::Resettable for FmcSpec {}
