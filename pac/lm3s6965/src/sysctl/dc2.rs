#[doc = "Register `DC2` reader"]
pub type R = crate::R<Dc2Spec>;
#[doc = "Field `UART0` reader - UART0"]
pub type Uart0R = crate::BitReader;
#[doc = "Field `UART1` reader - UART1"]
pub type Uart1R = crate::BitReader;
#[doc = "Field `UART2` reader - UART2"]
pub type Uart2R = crate::BitReader;
#[doc = "Field `SSI0` reader - SSI0"]
pub type Ssi0R = crate::BitReader;
#[doc = "Field `QEI0` reader - QEI0"]
pub type Qei0R = crate::BitReader;
#[doc = "Field `QEI1` reader - QEI1"]
pub type Qei1R = crate::BitReader;
#[doc = "Field `I2C0` reader - I2C0"]
pub type I2c0R = crate::BitReader;
#[doc = "Field `I2C1` reader - I2C1"]
pub type I2c1R = crate::BitReader;
#[doc = "Field `TIMER0` reader - General-purpose timer 0"]
pub type Timer0R = crate::BitReader;
#[doc = "Field `TIMER1` reader - General-purpose timer 1"]
pub type Timer1R = crate::BitReader;
#[doc = "Field `TIMER2` reader - General-purpose timer 2"]
pub type Timer2R = crate::BitReader;
#[doc = "Field `TIMER3` reader - General-purpose timer 3"]
pub type Timer3R = crate::BitReader;
#[doc = "Field `COMP0` reader - Analog comparator 0"]
pub type Comp0R = crate::BitReader;
#[doc = "Field `COMP1` reader - Analog comparator 1"]
pub type Comp1R = crate::BitReader;
impl R {
    #[doc = "Bit 0 - UART0"]
    #[inline(always)]
    pub fn uart0(&self) -> Uart0R {
        Uart0R::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - UART1"]
    #[inline(always)]
    pub fn uart1(&self) -> Uart1R {
        Uart1R::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - UART2"]
    #[inline(always)]
    pub fn uart2(&self) -> Uart2R {
        Uart2R::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 4 - SSI0"]
    #[inline(always)]
    pub fn ssi0(&self) -> Ssi0R {
        Ssi0R::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 8 - QEI0"]
    #[inline(always)]
    pub fn qei0(&self) -> Qei0R {
        Qei0R::new(((self.bits >> 8) & 1) != 0)
    }
    #[doc = "Bit 9 - QEI1"]
    #[inline(always)]
    pub fn qei1(&self) -> Qei1R {
        Qei1R::new(((self.bits >> 9) & 1) != 0)
    }
    #[doc = "Bit 12 - I2C0"]
    #[inline(always)]
    pub fn i2c0(&self) -> I2c0R {
        I2c0R::new(((self.bits >> 12) & 1) != 0)
    }
    #[doc = "Bit 14 - I2C1"]
    #[inline(always)]
    pub fn i2c1(&self) -> I2c1R {
        I2c1R::new(((self.bits >> 14) & 1) != 0)
    }
    #[doc = "Bit 16 - General-purpose timer 0"]
    #[inline(always)]
    pub fn timer0(&self) -> Timer0R {
        Timer0R::new(((self.bits >> 16) & 1) != 0)
    }
    #[doc = "Bit 17 - General-purpose timer 1"]
    #[inline(always)]
    pub fn timer1(&self) -> Timer1R {
        Timer1R::new(((self.bits >> 17) & 1) != 0)
    }
    #[doc = "Bit 18 - General-purpose timer 2"]
    #[inline(always)]
    pub fn timer2(&self) -> Timer2R {
        Timer2R::new(((self.bits >> 18) & 1) != 0)
    }
    #[doc = "Bit 19 - General-purpose timer 3"]
    #[inline(always)]
    pub fn timer3(&self) -> Timer3R {
        Timer3R::new(((self.bits >> 19) & 1) != 0)
    }
    #[doc = "Bit 24 - Analog comparator 0"]
    #[inline(always)]
    pub fn comp0(&self) -> Comp0R {
        Comp0R::new(((self.bits >> 24) & 1) != 0)
    }
    #[doc = "Bit 25 - Analog comparator 1"]
    #[inline(always)]
    pub fn comp1(&self) -> Comp1R {
        Comp1R::new(((self.bits >> 25) & 1) != 0)
    }
}
#[doc = "Device capabilities 2: serial interfaces, QEI, timers, comparators\n\nYou can [`read`](crate::Reg::read) this register and get [`dc2::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Dc2Spec;
impl crate::RegisterSpec for Dc2Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`dc2::R`](R) reader structure"]
impl crate::Readable for Dc2Spec {}
#[doc = "`reset()` method sets DC2 to value 0x030f_5317"]
impl crate::Resettable for Dc2Spec {
    const RESET_VALUE: u32 = 0x030f_5317;
}
