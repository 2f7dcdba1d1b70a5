#[doc = "Register `DC4` reader"]
pub type R = crate::R<Dc4Spec>;
#[doc = "Field `GPIOA` reader - GPIO port A"]
pub type GpioaR = crate::BitReader;
#[doc = "Field `GPIOB` reader - GPIO port B"]
pub type GpiobR = crate::BitReader;
#[doc = "Field `GPIOC` reader - GPIO port C"]
pub type GpiocR = crate::BitReader;
#[doc = "Field `GPIOD` reader - GPIO port D"]
pub type GpiodR = crate::BitReader;
#[doc = "Field `GPIOE` reader - GPIO port E"]
pub type GpioeR = crate::BitReader;
#[doc = "Field `GPIOF` reader - GPIO port F"]
pub type GpiofR = crate::BitReader;
#[doc = "Field `GPIOG` reader - GPIO port G"]
pub type GpiogR = crate::BitReader;
#[doc = "Field `EMAC0` reader - Ethernet MAC"]
pub type Emac0R = crate::BitReader;
#[doc = "Field `EPHY0` reader - Ethernet PHY"]
pub type Ephy0R = crate::BitReader;
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
#[doc = "Device capabilities 4: GPIO ports and Ethernet\n\nYou can [`read`](crate::Reg::read) this register and get [`dc4::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Dc4Spec;
impl crate::RegisterSpec for Dc4Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dc4::R`](R) reader structure"]
impl crate::Readable for Dc4Spec {}
#[doc = "`reset()` method sets DC4 to value 0x5000_007f"]
impl crate::Resettable for Dc4Spec {
    const RESET_VALUE: u32 = 0x5000_007f;
}
