#[doc = "Register `IMC` reader"]
pub type R = crate::R<ImcSpec>;
#[doc = "Register `IMC` writer"]
pub type W = crate::W<ImcSpec>;
#[doc = "Field `BORIM` reader - Brown-out interrupt enable"]
pub type BorimR = crate::BitReader;
#[doc = "Field `BORIM` writer - Brown-out interrupt enable"]
pub type BorimW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PLLLIM` reader - PLL lock interrupt enable"]
pub type PlllimR = crate::BitReader;
#[doc = "Field `PLLLIM` writer - PLL lock interrupt enable"]
pub type PlllimW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 1 - Brown-out interrupt enable"]
    #[inline(always)]
    pub fn borim(&self) -> BorimR {
        BorimR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 6 - PLL lock interrupt enable"]
    #[inline(always)]
    pub fn plllim(&self) -> PlllimR {
        PlllimR::new(((self.bits >> 6) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 1 - Brown-out interrupt enable"]
    #[inline(always)]
    pub fn borim(&mut self) -> BorimW<'_, ImcSpec> {
        BorimW::new(self, 1)
    }
    #[doc = "Bit 6 - PLL lock interrupt enable"]
    #[inline(always)]
    pub fn plllim(&mut self) -> PlllimW<'_, ImcSpec> {
        PlllimW::new(self, 6)
    }
}
#[doc = "Interrupt mask control\n\nYou can [`read`](crate::Reg::read) this register and get [`imc::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`imc::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ImcSpec;
impl crate::RegisterSpec for ImcSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`imc::R`](R) reader structure"]
impl crate::Readable for ImcSpec {}
#[doc = "`write(|w| ..)` method takes [`imc::W`](W) writer structure"]
impl crate::Writable for ImcSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets IMC to value 0"]
impl crate::Resettable for ImcSpec {}
