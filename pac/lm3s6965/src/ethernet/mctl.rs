#[doc = "Register `MCTL` reader"]
pub type R = crate::R<MctlSpec>;
#[doc = "Register `MCTL` writer"]
pub type W = crate::W<MctlSpec>;
#[doc = "Field `START` reader - Start the transaction (self-clearing)"]
pub type StartR = crate::BitReader;
#[doc = "Field `START` writer - Start the transaction (self-clearing)"]
pub type StartW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `WRITE` reader - Write when set, read when clear"]
pub type WriteR = crate::BitReader;
#[doc = "Field `WRITE` writer - Write when set, read when clear"]
pub type WriteW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `REGADR` reader - PHY register address"]
pub type RegadrR = crate::FieldReader;
#[doc = "Field `REGADR` writer - PHY register address"]
pub type RegadrW<'a, REG> = crate::FieldWriter<'a, REG, 5, u8, crate::Safe>;
impl R {
    #[doc = "Bit 0 - Start the transaction (self-clearing)"]
    #[inline(always)]
    pub fn start(&self) -> StartR {
        StartR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Write when set, read when clear"]
    #[inline(always)]
    pub fn write(&self) -> WriteR {
        WriteR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bits 3:7 - PHY register address"]
    #[inline(always)]
    pub fn regadr(&self) -> RegadrR {
        RegadrR::new(((self.bits >> 3) & 0x1f) as u8)
    }
}
impl W {
    #[doc = "Bit 0 - Start the transaction (self-clearing)"]
    #[inline(always)]
    pub fn start(&mut self) -> StartW<'_, MctlSpec> {
        StartW::new(self, 0)
    }
    #[doc = "Bit 1 - Write when set, read when clear"]
    #[inline(always)]
    pub fn write(&mut self) -> WriteW<'_, MctlSpec> {
        WriteW::new(self, 1)
    }
    #[doc = "Bits 3:7 - PHY register address"]
    #[inline(always)]
    pub fn regadr(&mut self) -> RegadrW<'_, MctlSpec> {
        RegadrW::new(self, 3)
    }
}
#[doc = "Management (MII) transaction control\n\nYou can [`read`](crate::Reg::read) this register and get [`mctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MctlSpec;
impl crate::RegisterSpec for MctlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mctl::R`](R) reader structure"]
impl crate::Readable for MctlSpec {}
#[doc = "`write(|w| ..)` method takes [`mctl::W`](W) writer structure"]
impl crate::Writable for MctlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MCTL to value 0"]
impl crate::Resettable for MctlSpec {}
