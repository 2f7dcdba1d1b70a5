#[doc = "Register `RCGC1` reader"]
pub type R = crate::R<Rcgc1Spec>;
#[doc = "Register `RCGC1` writer"]
pub type W = crate::W<Rcgc1Spec>;
#[doc = "Field `UART0` reader - UART0"]
pub type Uart0R = crate::BitReader;
#[doc = "Field `UART0` writer - UART0"]
pub type Uart0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `UART1` reader - UART1"]
pub type Uart1R = crate::BitReader;
#[doc = "Field `UART1` writer - UART1"]
pub type Uart1W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `UART2` reader - UART2"]
pub type Uart2R = crate::BitReader;
#[doc = "Field `UART2` writer - UART2"]
pub type Uart2W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SSI0` reader - SSI0"]
pub type Ssi0R = crate::BitReader;
#[doc = "Field `SSI0` writer - SSI0"]
pub type Ssi0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `QEI0` reader - QEI0"]
pub type Qei0R = crate::BitReader;
#[doc = "Field `QEI0` writer - QEI0"]
pub type Qei0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `QEI1` reader - QEI1"]
pub type Qei1R = crate::BitReader;
#[doc = "Field `QEI1` writer - QEI1"]
pub type Qei1W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `I2C0` reader - I2C0"]
pub type I2c0R = crate::BitReader;
#[doc = "Field `I2C0` writer - I2C0"]
pub type I2c0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `I2C1` reader - I2C1"]
pub type I2c1R = crate::BitReader;
#[doc = "Field `I2C1` writer - I2C1"]
pub type I2c1W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TIMER0` reader - General-purpose timer 0"]
pub type Timer0R = crate::BitReader;
#[doc = "Field `TIMER0` writer - General-purpose timer 0"]
pub type Timer0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TIMER1` reader - General-purpose timer 1"]
pub type Timer1R = crate::BitReader;
#[doc = "Field `TIMER1` writer - General-purpose timer 1"]
pub type Timer1W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TIMER2` reader - General-purpose timer 2"]
pub type Timer2R = crate::BitReader;
#[doc = "Field `TIMER2` writer - General-purpose timer 2"]
pub type Timer2W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `TIMER3` reader - General-purpose timer 3"]
pub type Timer3R = crate::BitReader;
#[doc = "Field `TIMER3` writer - General-purpose timer 3"]
pub type Timer3W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `COMP0` reader - Analog comparator 0"]
pub type Comp0R = crate::BitReader;
#[doc = "Field `COMP0` writer - Analog comparator 0"]
pub type Comp0W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `COMP1` reader - Analog comparator 1"]
pub type Comp1R = crate::BitReader;
#[doc = "Field `COMP1` writer - Analog comparator 1"]
pub type Comp1W<'a, REG> = crate::BitWriter<'a, REG>;
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
impl W {
    #[doc = "Bit 0 - UART0"]
    #[inline(always)]
    pub fn uart0(&mut self) -> Uart0W<'_, Rcgc1Spec> {
        Uart0W::new(self, 0)
    }
    #[doc = "Bit 1 - UART1"]
    #[inline(always)]
    pub fn uart1(&mut self) -> Uart1W<'_, Rcgc1Spec> {
        Uart1W::new(self, 1)
    }
    #[doc = "Bit 2 - UART2"]
    #[inline(always)]
    pub fn uart2(&mut self) -> Uart2W<'_, Rcgc1Spec> {
        Uart2W::new(self, 2)
    }
    #[doc = "Bit 4 - SSI0"]
    #[inline(always)]
    pub fn ssi0(&mut self) -> Ssi0W<'_, Rcgc1Spec> {
        Ssi0W::new(self, 4)
    }
    #[doc = "Bit 8 - QEI0"]
    #[inline(always)]
    pub fn qei0(&mut self) -> Qei0W<'_, Rcgc1Spec> {
        Qei0W::new(self, 8)
    }
    #[doc = "Bit 9 - QEI1"]
    #[inline(always)]
    pub fn qei1(&mut self) -> Qei1W<'_, Rcgc1Spec> {
        Qei1W::new(self, 9)
    }
    #[doc = "Bit 12 - I2C0"]
    #[inline(always)]
    pub fn i2c0(&mut self) -> I2c0W<'_, Rcgc1Spec> {
        I2c0W::new(self, 12)
    }
    #[doc = "Bit 14 - I2C1"]
    #[inline(always)]
    pub fn i2c1(&mut self) -> I2c1W<'_, Rcgc1Spec> {
        I2c1W::new(self, 14)
    }
    #[doc = "Bit 16 - General-purpose timer 0"]
    #[inline(always)]
    pub fn timer0(&mut self) -> Timer0W<'_, Rcgc1Spec> {
        Timer0W::new(self, 16)
    }
    #[doc = "Bit 17 - General-purpose timer 1"]
    #[inline(always)]
    pub fn timer1(&mut self) -> Timer1W<'_, Rcgc1Spec> {
        Timer1W::new(self, 17)
    }
    #[doc = "Bit 18 - General-purpose timer 2"]
    #[inline(always)]
    pub fn timer2(&mut self) -> Timer2W<'_, Rcgc1Spec> {
        Timer2W::new(self, 18)
    }
    #[doc = "Bit 19 - General-purpose timer 3"]
    #[inline(always)]
    pub fn timer3(&mut self) -> Timer3W<'_, Rcgc1Spec> {
        Timer3W::new(self, 19)
    }
    #[doc = "Bit 24 - Analog comparator 0"]
    #[inline(always)]
    pub fn comp0(&mut self) -> Comp0W<'_, Rcgc1Spec> {
        Comp0W::new(self, 24)
    }
    #[doc = "Bit 25 - Analog comparator 1"]
    #[inline(always)]
    pub fn comp1(&mut self) -> Comp1W<'_, Rcgc1Spec> {
        Comp1W::new(self, 25)
    }
}
#[doc = "Run-mode clock gating 1: set a bit to clock that block\n\nYou can [`read`](crate::Reg::read) this register and get [`rcgc1::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcgc1::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Rcgc1Spec;
impl crate::RegisterSpec for Rcgc1Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`rcgc1::R`](R) reader structure"]
impl crate::Readable for Rcgc1Spec {}
#[doc = "`write(|w| ..)` method takes [`rcgc1::W`](W) writer structure"]
impl crate::Writable for Rcgc1Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets RCGC1 to value 0"]
impl crate::Resettable for Rcgc1Spec {}
