#[doc = "Register `ACREFCTL` reader"]
pub type R = crate::R<AcrefctlSpec>;
#[doc = "Register `ACREFCTL` writer"]
pub type W = crate::W<AcrefctlSpec>;
#[doc = "Field `VREF` reader - Resistor ladder tap"]
pub type VrefR = crate::FieldReader;
#[doc = "Field `VREF` writer - Resistor ladder tap"]
pub type VrefW<'a, REG> = crate::FieldWriter<'a, REG, 4, u8, crate::Safe>;
#[doc = "Field `RNG` reader - Low range when set"]
pub type RngR = crate::BitReader;
#[doc = "Field `RNG` writer - Low range when set"]
pub type RngW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `EN` reader - Resistor ladder enabled"]
pub type EnR = crate::BitReader;
#[doc = "Field `EN` writer - Resistor ladder enabled"]
pub type EnW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bits 0:3 - Resistor ladder tap"]
    #[inline(always)]
    pub fn vref(&self) -> VrefR {
        VrefR::new((self.bits & 0x0f) as u8)
    }
    #[doc = "Bit 8 - Low range when set"]
    #[inline(always)]
    pub fn rng(&self) -> RngR {
        RngR::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - Resistor ladder enabled"]
    #[inline(always)]
    pub fn en(&self) -> EnR {
        EnR::new(((self.bits >> 9) & 1) != 0)
    }
}
impl W {
    #[doc = "Bits 0:3 - Resistor ladder tap"]
    #[inline(always)]
    pub fn vref(&mut self) -> VrefW<'_, AcrefctlSpec> {
        VrefW::new(self, 0)
    }
    #[doc = "Bit 8 - Low range when set"]
    #[inline(always)]
    pub fn rng(&mut self) -> RngW<'_, AcrefctlSpec> {
        RngW::new(self, 8)
    }
    #[doc = "Bit 9 - Resistor ladder enabled"]
    #[inline(always)]
    pub fn en(&mut self) -> EnW<'_, AcrefctlSpec> {
        EnW::new(self, 9)
    }
}
#[doc = "Internal reference control\n\nYou can [`read`](crate::Reg::read) this register and get [`acrefctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`acrefctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct AcrefctlSpec;
impl crate::RegisterSpec for AcrefctlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`acrefctl::R`](R) reader structure"]
impl crate::Readable for AcrefctlSpec {}
#[doc = "`write(|w| ..)` method takes [`acrefctl::W`](W) writer structure"]
impl crate::Writable for AcrefctlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets ACREFCTL to value 0"]
impl crate::Resettable for AcrefctlSpec {}
