#[doc = "Register `LCRH` reader"]
pub type R = crate::R<LcrhSpec>;
#[doc = "Register `LCRH` writer"]
pub type W = crate::W<LcrhSpec>;
#[doc = "Field `BRK` reader - Send break"]
pub type BrkR = crate::BitReader;
#[doc = "Field `BRK` writer - Send break"]
pub type BrkW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PEN` reader - Parity enabled"]
pub type PenR = crate::BitReader;
#[doc = "Field `PEN` writer - Parity enabled"]
pub type PenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `EPS` reader - Even parity"]
pub type EpsR = crate::BitReader;
#[doc = "Field `EPS` writer - Even parity"]
pub type EpsW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `STP2` reader - Two stop bits"]
pub type Stp2R = crate::BitReader;
#[doc = "Field `STP2` writer - Two stop bits"]
pub type Stp2W<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `FEN` reader - FIFOs enabled"]
pub type FenR = crate::BitReader;
#[doc = "Field `FEN` writer - FIFOs enabled"]
pub type FenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Word length\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Wlen {
    #[doc = "0: 5 bits"]
    Bits5 = 0,
    #[doc = "1: 6 bits"]
    Bits6 = 1,
    #[doc = "2: 7 bits"]
    Bits7 = 2,
    #[doc = "3: 8 bits"]
    Bits8 = 3,
}
impl From<Wlen> for u8 {
    #[inline(always)]
    fn from(variant: Wlen) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Wlen {
    type Ux = u8;
}
impl crate::IsEnum for Wlen {}
#[doc = "Field `WLEN` reader - Word length"]
pub type WlenR = crate::FieldReader<Wlen>;
impl WlenR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Wlen {
        match self.bits {
            0 => Wlen::Bits5,
            1 => Wlen::Bits6,
            2 => Wlen::Bits7,
            3 => Wlen::Bits8,
            _ => unreachable!(),
        }
    }
    #[doc = "5 bits"]
    #[inline(always)]
    pub fn is_bits5(&self) -> bool {
        *self == Wlen::Bits5
    }
    #[doc = "6 bits"]
    #[inline(always)]
    pub fn is_bits6(&self) -> bool {
        *self == Wlen::Bits6
    }
    #[doc = "7 bits"]
    #[inline(always)]
    pub fn is_bits7(&self) -> bool {
        *self == Wlen::Bits7
    }
    #[doc = "8 bits"]
    #[inline(always)]
    pub fn is_bits8(&self) -> bool {
        *self == Wlen::Bits8
    }
}
#[doc = "Field `WLEN` writer - Word length"]
pub type WlenW<'a, REG> = crate::FieldWriter<'a, REG, 2, Wlen, crate::Safe>;
impl<'a, REG> WlenW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "5 bits"]
    #[inline(always)]
    pub fn bits5(self) -> &'a mut crate::W<REG> {
        self.variant(Wlen::Bits5)
    }
    #[doc = "6 bits"]
    #[inline(always)]
    pub fn bits6(self) -> &'a mut crate::W<REG> {
        self.variant(Wlen::Bits6)
    }
    #[doc = "7 bits"]
    #[inline(always)]
    pub fn bits7(self) -> &'a mut crate::W<REG> {
        self.variant(Wlen::Bits7)
    }
    #[doc = "8 bits"]
    #[inline(always)]
    pub fn bits8(self) -> &'a mut crate::W<REG> {
        self.variant(Wlen::Bits8)
    }
}
#[doc = "Field `SPS` reader - Stick parity"]
pub type SpsR = crate::BitReader;
#[doc = "Field `SPS` writer - Stick parity"]
pub type SpsW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Send break"]
    #[inline(always)]
    pub fn brk(&self) -> BrkR {
        BrkR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Parity enabled"]
    #[inline(always)]
    pub fn pen(&self) -> PenR {
        PenR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Even parity"]
    #[inline(always)]
    pub fn eps(&self) -> EpsR {
        EpsR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Two stop bits"]
    #[inline(always)]
    pub fn stp2(&self) -> Stp2R {
        Stp2R::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - FIFOs enabled"]
    #[inline(always)]
    pub fn fen(&self) -> FenR {
        FenR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bits 5:6 - Word length"]
    #[inline(always)]
    pub fn wlen(&self) -> WlenR {
        WlenR::new(((self.bits >> 5) & 3) as u8)
    }
    #[doc = "Bit 7 - Stick parity"]
    #[inline(always)]
    pub fn sps(&self) -> SpsR {
        SpsR::new(((self.bits >> 7) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Send break"]
    #[inline(always)]
    pub fn brk(&mut self) -> BrkW<'_, LcrhSpec> {
        BrkW::new(self, 0)
    }
    #[doc = "Bit 1 - Parity enabled"]
    #[inline(always)]
    pub fn pen(&mut self) -> PenW<'_, LcrhSpec> {
        PenW::new(self, 1)
    }
    #[doc = "Bit 2 - Even parity"]
    #[inline(always)]
    pub fn eps(&mut self) -> EpsW<'_, LcrhSpec> {
        EpsW::new(self, 2)
    }
    #[doc = "Bit 3 - Two stop bits"]
    #[inline(always)]
    pub fn stp2(&mut self) -> Stp2W<'_, LcrhSpec> {
        Stp2W::new(self, 3)
    }
    #[doc = "Bit 4 - FIFOs enabled"]
    #[inline(always)]
    pub fn fen(&mut self) -> FenW<'_, LcrhSpec> {
        FenW::new(self, 4)
    }
    #[doc = "Bits 5:6 - Word length"]
    #[inline(always)]
    pub fn wlen(&mut self) -> WlenW<'_, LcrhSpec> {
        WlenW::new(self, 5)
    }
    #[doc = "Bit 7 - Stick parity"]
    #[inline(always)]
    pub fn sps(&mut self) -> SpsW<'_, LcrhSpec> {
        SpsW::new(self, 7)
    }
}
#[doc = "Line control (write after IBRD/FBRD to latch them)\n\nYou can [`read`](crate::Reg::read) this register and get [`lcrh::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`lcrh::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct LcrhSpec;
impl crate::RegisterSpec for LcrhSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`lcrh::R`](R) reader structure"]
impl crate::Readable for LcrhSpec {}
#[doc = "`write(|w| ..)` method takes [`lcrh::W`](W) writer structure"]
impl crate::Writable for LcrhSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets LCRH to value 0"]
impl crate::Resettable for LcrhSpec {}
