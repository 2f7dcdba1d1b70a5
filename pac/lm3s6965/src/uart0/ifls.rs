#[doc = "Register `IFLS` reader"]
pub type R = crate::R<IflsSpec>;
#[doc = "Register `IFLS` writer"]
pub type W = crate::W<IflsSpec>;
#[doc = "Transmit interrupt when the FIFO drains to this level\n\nValue on reset: 2"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Txiflsel {
    #[doc = "0: 1/8 full"]
    OneEighth = 0,
    #[doc = "1: 1/4 full"]
    OneQuarter = 1,
    #[doc = "2: 1/2 full"]
    Half = 2,
    #[doc = "3: 3/4 full"]
    ThreeQuarters = 3,
    #[doc = "4: 7/8 full"]
    SevenEighths = 4,
}
impl From<Txiflsel> for u8 {
    #[inline(always)]
    fn from(variant: Txiflsel) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Txiflsel {
    type Ux = u8;
}
impl crate::IsEnum for Txiflsel {}
#[doc = "Field `TXIFLSEL` reader - Transmit interrupt when the FIFO drains to this level"]
pub type TxiflselR = crate::FieldReader<Txiflsel>;
impl TxiflselR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Txiflsel> {
        match self.bits {
            0 => Some(Txiflsel::OneEighth),
            1 => Some(Txiflsel::OneQuarter),
            2 => Some(Txiflsel::Half),
            3 => Some(Txiflsel::ThreeQuarters),
            4 => Some(Txiflsel::SevenEighths),
            _ => None,
        }
    }
    #[doc = "1/8 full"]
    #[inline(always)]
    pub fn is_one_eighth(&self) -> bool {
        *self == Txiflsel::OneEighth
    }
    #[doc = "1/4 full"]
    #[inline(always)]
    pub fn is_one_quarter(&self) -> bool {
        *self == Txiflsel::OneQuarter
    }
    #[doc = "1/2 full"]
    #[inline(always)]
    pub fn is_half(&self) -> bool {
        *self == Txiflsel::Half
    }
    #[doc = "3/4 full"]
    #[inline(always)]
    pub fn is_three_quarters(&self) -> bool {
        *self == Txiflsel::ThreeQuarters
    }
    #[doc = "7/8 full"]
    #[inline(always)]
    pub fn is_seven_eighths(&self) -> bool {
        *self == Txiflsel::SevenEighths
    }
}
#[doc = "Field `TXIFLSEL` writer - Transmit interrupt when the FIFO drains to this level"]
pub type TxiflselW<'a, REG> = crate::FieldWriter<'a, REG, 3, Txiflsel>;
impl<'a, REG> TxiflselW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "1/8 full"]
    #[inline(always)]
    pub fn one_eighth(self) -> &'a mut crate::W<REG> {
        self.variant(Txiflsel::OneEighth)
    }
    #[doc = "1/4 full"]
    #[inline(always)]
    pub fn one_quarter(self) -> &'a mut crate::W<REG> {
        self.variant(Txiflsel::OneQuarter)
    }
    #[doc = "1/2 full"]
    #[inline(always)]
    pub fn half(self) -> &'a mut crate::W<REG> {
        self.variant(Txiflsel::Half)
    }
    #[doc = "3/4 full"]
    #[inline(always)]
    pub fn three_quarters(self) -> &'a mut crate::W<REG> {
        self.variant(Txiflsel::ThreeQuarters)
    }
    #[doc = "7/8 full"]
    #[inline(always)]
    pub fn seven_eighths(self) -> &'a mut crate::W<REG> {
        self.variant(Txiflsel::SevenEighths)
    }
}
#[doc = "Receive interrupt when the FIFO fills to this level\n\nValue on reset: 2"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Rxiflsel {
    #[doc = "0: 1/8 full"]
    OneEighth = 0,
    #[doc = "1: 1/4 full"]
    OneQuarter = 1,
    #[doc = "2: 1/2 full"]
    Half = 2,
    #[doc = "3: 3/4 full"]
    ThreeQuarters = 3,
    #[doc = "4: 7/8 full"]
    SevenEighths = 4,
}
impl From<Rxiflsel> for u8 {
    #[inline(always)]
    fn from(variant: Rxiflsel) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Rxiflsel {
    type Ux = u8;
}
impl crate::IsEnum for Rxiflsel {}
#[doc = "Field `RXIFLSEL` reader - Receive interrupt when the FIFO fills to this level"]
pub type RxiflselR = crate::FieldReader<Rxiflsel>;
impl RxiflselR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Rxiflsel> {
        match self.bits {
            0 => Some(Rxiflsel::OneEighth),
            1 => Some(Rxiflsel::OneQuarter),
            2 => Some(Rxiflsel::Half),
            3 => Some(Rxiflsel::ThreeQuarters),
            4 => Some(Rxiflsel::SevenEighths),
            _ => None,
        }
    }
    #[doc = "1/8 full"]
    #[inline(always)]
    pub fn is_one_eighth(&self) -> bool {
        *self == Rxiflsel::OneEighth
    }
    #[doc = "1/4 full"]
    #[inline(always)]
    pub fn is_one_quarter(&self) -> bool {
        *self == Rxiflsel::OneQuarter
    }
    #[doc = "1/2 full"]
    #[inline(always)]
    pub fn is_half(&self) -> bool {
        *self == Rxiflsel::Half
    }
    #[doc = "3/4 full"]
    #[inline(always)]
    pub fn is_three_quarters(&self) -> bool {
        *self == Rxiflsel::ThreeQuarters
    }
    #[doc = "7/8 full"]
    #[inline(always)]
    pub fn is_seven_eighths(&self) -> bool {
        *self == Rxiflsel::SevenEighths
    }
}
#[doc = "Field `RXIFLSEL` writer - Receive interrupt when the FIFO fills to this level"]
pub type RxiflselW<'a, REG> = crate::FieldWriter<'a, REG, 3, Rxiflsel>;
impl<'a, REG> RxiflselW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "1/8 full"]
    #[inline(always)]
    pub fn one_eighth(self) -> &'a mut crate::W<REG> {
        self.variant(Rxiflsel::OneEighth)
    }
    #[doc = "1/4 full"]
    #[inline(always)]
    pub fn one_quarter(self) -> &'a mut crate::W<REG> {
        self.variant(Rxiflsel::OneQuarter)
    }
    #[doc = "1/2 full"]
    #[inline(always)]
    pub fn half(self) -> &'a mut crate::W<REG> {
        self.variant(Rxiflsel::Half)
    }
    #[doc = "3/4 full"]
    #[inline(always)]
    pub fn three_quarters(self) -> &'a mut crate::W<REG> {
        self.variant(Rxiflsel::ThreeQuarters)
    }
    #[doc = "7/8 full"]
    #[inline(always)]
    pub fn seven_eighths(self) -> &'a mut crate::W<REG> {
        self.variant(Rxiflsel::SevenEighths)
    }
}
impl R {
    #[doc = "Bits 0:2 - Transmit interrupt when the FIFO drains to this level"]
    #[inline(always)]
    pub fn txiflsel(&self) -> TxiflselR {
        TxiflselR::new((self.bits & 7) as u8)
    }
    #[doc = "Bits 3:5 - Receive interrupt when the FIFO fills to this level"]
    #[inline(always)]
    pub fn rxiflsel(&self) -> RxiflselR {
        RxiflselR::new(((self.bits >> 3) & 7) as u8)
    }
}
impl W {
    #[doc = "Bits 0:2 - Transmit interrupt when the FIFO drains to this level"]
    #[inline(always)]
    pub fn txiflsel(&mut self) -> TxiflselW<'_, IflsSpec> {
        TxiflselW::new(self, 0)
    }
    #[doc = "Bits 3:5 - Receive interrupt when the FIFO fills to this level"]
    #[inline(always)]
    pub fn rxiflsel(&mut self) -> RxiflselW<'_, IflsSpec> {
        RxiflselW::new(self, 3)
    }
}
#[doc = "Interrupt FIFO level select\n\nYou can [`read`](crate::Reg::read) this register and get [`ifls::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ifls::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct IflsSpec;
impl crate::RegisterSpec for IflsSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ifls::R`](R) reader structure"]
impl crate::Readable for IflsSpec {}
#[doc = "`write(|w| ..)` method takes [`ifls::W`](W) writer structure"]
impl crate::Writable for IflsSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets IFLS to value 0x12"]
impl crate::Resettable for IflsSpec {
    const RESET_VALUE: u32 = 0x12;
}
