#[doc = "Register `SRCR2` reader"]
pub type R = crate::R<Srcr2Spec>;
#[doc = "Register `SRCR2` writer"]
pub type W = crate::W<Srcr2Spec>;
#[doc = "Field `GPIOA` reader - GPIO port A"]
pub type GpioaR = crate::BitReader;
#[doc = "Field `GPIOA` writer - GPIO port A"]
pub type GpioaW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `GPIOB` reader - GPIO port B"]
pub type GpiobR = crate::BitReader;
#[doc = "Field `GPIOB` writer - GPIO port B"]
pub type GpiobW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `GPIOC` reader - GPIO port C"]
pub type GpiocR = crate::BitReader;
#[doc = "Field `GPIOC` writer - GPIO port C"]
pub type GpiocW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `GPIOD` reader - GPIO port D"]
pub type GpiodR = crate::BitReader;
#[doc = "Field `GPIOD` writer - GPIO port D"]
pub type GpiodW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `GPIOE` reader - GPIO port E"]
pub type GpioeR = crate::BitReader;
#[doc = "Field `GPIOE` writer - GPIO port E"]
pub type GpioeW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `GPIOF` reader - GPIO port F"]
pub type GpiofR = crate::BitReader;
#[doc = "Field `GPIOF` writer - GPIO port F"]
pub type GpiofW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `GPIOG` reader - GPIO port G"]
pub type GpiogR = crate::BitReader;
#[doc = "Field `GPIOG` writer - GPIO port G"]
pub type GpiogW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `EMAC0` reader - Ethernet MAC"]
pub type Emac0R = crate::BitReader;
#[doc = "Field `EMAC0` writer - Ethernet MAC"]
pub type Emac0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `EPHY0` reader - Ethernet PHY"]
pub type Ephy0R = crate::BitReader;
#[doc = "Field `EPHY0` writer - Ethernet PHY"]
pub type Ephy0W<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - GPIO port A"]
    #[inline(always)]
    pub fn gpioa(&self) -> GpioaR {
        GpioaR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - GPIO port B"]
    #[inline(always)]
    pub fn gpiob(&self) -> GpiobR {
        GpiobR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - GPIO port C"]
    #[inline(always)]
    pub fn gpioc(&self) -> GpiocR {
        GpiocR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - GPIO port D"]
    #[inline(always)]
    pub fn gpiod(&self) -> GpiodR {
        GpiodR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - GPIO port E"]
    #[inline(always)]
    pub fn gpioe(&self) -> GpioeR {
        GpioeR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - GPIO port F"]
    #[inline(always)]
    pub fn gpiof(&self) -> GpiofR {
        GpiofR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - GPIO port G"]
    #[inline(always)]
    pub fn gpiog(&self) -> GpiogR {
        GpiogR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 28 - Ethernet MAC"]
    #[inline(always)]
    pub fn emac0(&self) -> Emac0R {
        Emac0R::new(((self.bits >> 28) & 1) != 0)
    }
    #[doc = "Bit 30 - Ethernet PHY"]
    #[inline(always)]
    pub fn ephy0(&self) -> Ephy0R {
        Ephy0R::new(((self.bits >> 30) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - GPIO port A"]
    #[inline(always)]
    pub fn gpioa(&mut self) -> GpioaW<'_, Srcr2Spec> {
        GpioaW::new(self, 0)
    }
    #[doc = "Bit 1 - GPIO port B"]
    #[inline(always)]
    pub fn gpiob(&mut self) -> GpiobW<'_, Srcr2Spec> {
        GpiobW::new(self, 1)
    }
    #[doc = "Bit 2 - GPIO port C"]
    #[inline(always)]
    pub fn gpioc(&mut self) -> GpiocW<'_, Srcr2Spec> {
        GpiocW::new(self, 2)
    }
    #[doc = "Bit 3 - GPIO port D"]
    #[inline(always)]
    pub fn gpiod(&mut self) -> GpiodW<'_, Srcr2Spec> {
        GpiodW::new(self, 3)
    }
    #[doc = "Bit 4 - GPIO port E"]
    #[inline(always)]
    pub fn gpioe(&mut self) -> GpioeW<'_, Srcr2Spec> {
        GpioeW::new(self, 4)
    }
    #[doc = "Bit 5 - GPIO port F"]
    #[inline(always)]
    pub fn gpiof(&mut self) -> GpiofW<'_, Srcr2Spec> {
        GpiofW::new(self, 5)
    }
    #[doc = "Bit 6 - GPIO port G"]
    #[inline(always)]
    pub fn gpiog(&mut self) -> GpiogW<'_, Srcr2Spec> {
        GpiogW::new(self, 6)
    }
    #[doc = "Bit 28 - Ethernet MAC"]
    #[inline(always)]
    pub fn emac0(&mut self) -> Emac0W<'_, Srcr2Spec> {
        Emac0W::new(self, 28)
    }
    #[doc = "Bit 30 - Ethernet PHY"]
    #[inline(always)]
    pub fn ephy0(&mut self) -> Ephy0W<'_, Srcr2Spec> {
        Ephy0W::new(self, 30)
    }
}
#[doc = "Software reset control 2: set a bit to hold that block in reset\n\nYou can [`read`](crate::Reg::read) this register and get [`srcr2::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`srcr2::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Srcr2Spec;
impl crate::RegisterSpec for Srcr2Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`srcr2::R`](R) reader structure"]
impl crate::Readable for Srcr2Spec {}
#[doc = "`write(|w| ..)` method takes [`srcr2::W`](W) writer structure"]
impl crate::Writable for Srcr2Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SRCR2 to value 0"]
impl crate::Resettable for Srcr2Spec {}
