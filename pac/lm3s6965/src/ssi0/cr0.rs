#[doc = "Register `CR0` reader"]
pub type R = crate::R<Cr0Spec>;
#[doc = "Register `CR0` writer"]
pub type W = crate::W<Cr0Spec>;
#[doc = "Data size\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Dss {
    #[doc = "3: 4-bit data"]
    Bits4 = 3,
    #[doc = "4: 5-bit data"]
    Bits5 = 4,
    #[doc = "5: 6-bit data"]
    Bits6 = 5,
    #[doc = "6: 7-bit data"]
    Bits7 = 6,
    #[doc = "7: 8-bit data"]
    Bits8 = 7,
    #[doc = "8: 9-bit data"]
    Bits9 = 8,
    #[doc = "9: 10-bit data"]
    Bits10 = 9,
    #[doc = "10: 11-bit data"]
    Bits11 = 10,
    #[doc = "11: 12-bit data"]
    Bits12 = 11,
    #[doc = "12: 13-bit data"]
    Bits13 = 12,
    #[doc = "13: 14-bit data"]
    Bits14 = 13,
    #[doc = "14: 15-bit data"]
    Bits15 = 14,
    #[doc = "15: 16-bit data"]
    Bits16 = 15,
}
impl From<Dss> for u8 {
    #[inline(always)]
    fn from(variant: Dss) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Dss {
    type Ux = u8;
}
impl crate::IsEnum for Dss {}
#[doc = "Field `DSS` reader - Data size"]
pub type DssR = crate::FieldReader<Dss>;
impl DssR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Dss> {
        match self.bits {
            3 => Some(Dss::Bits4),
            4 => Some(Dss::Bits5),
            5 => Some(Dss::Bits6),
            6 => Some(Dss::Bits7),
            7 => Some(Dss::Bits8),
            8 => Some(Dss::Bits9),
            9 => Some(Dss::Bits10),
            10 => Some(Dss::Bits11),
            11 => Some(Dss::Bits12),
            12 => Some(Dss::Bits13),
            13 => Some(Dss::Bits14),
            14 => Some(Dss::Bits15),
            15 => Some(Dss::Bits16),
            _ => None,
        }
    }
    #[doc = "4-bit data"]
    #[inline(always)]
    pub fn is_bits4(&self) -> bool {
        *self == Dss::Bits4
    }
    #[doc = "5-bit data"]
    #[inline(always)]
    pub fn is_bits5(&self) -> bool {
        *self == Dss::Bits5
    }
    #[doc = "6-bit data"]
    #[inline(always)]
    pub fn is_bits6(&self) -> bool {
        *self == Dss::Bits6
    }
    #[doc = "7-bit data"]
    #[inline(always)]
    pub fn is_bits7(&self) -> bool {
        *self == Dss::Bits7
    }
    #[doc = "8-bit data"]
    #[inline(always)]
    pub fn is_bits8(&self) -> bool {
        *self == Dss::Bits8
    }
    #[doc = "9-bit data"]
    #[inline(always)]
    pub fn is_bits9(&self) -> bool {
        *self == Dss::Bits9
    }
    #[doc = "10-bit data"]
    #[inline(always)]
    pub fn is_bits10(&self) -> bool {
        *self == Dss::Bits10
    }
    #[doc = "11-bit data"]
    #[inline(always)]
    pub fn is_bits11(&self) -> bool {
        *self == Dss::Bits11
    }
    #[doc = "12-bit data"]
    #[inline(always)]
    pub fn is_bits12(&self) -> bool {
        *self == Dss::Bits12
    }
    #[doc = "13-bit data"]
    #[inline(always)]
    pub fn is_bits13(&self) -> bool {
        *self == Dss::Bits13
    }
    #[doc = "14-bit data"]
    #[inline(always)]
    pub fn is_bits14(&self) -> bool {
        *self == Dss::Bits14
    }
    #[doc = "15-bit data"]
    #[inline(always)]
    pub fn is_bits15(&self) -> bool {
        *self == Dss::Bits15
    }
    #[doc = "16-bit data"]
    #[inline(always)]
    pub fn is_bits16(&self) -> bool {
        *self == Dss::Bits16
    }
}
#[doc = "Field `DSS` writer - Data size"]
pub type DssW<'a, REG> = crate::FieldWriter<'a, REG, 4, Dss>;
impl<'a, REG> DssW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "4-bit data"]
    #[inline(always)]
    pub fn bits4(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits4)
    }
    #[doc = "5-bit data"]
    #[inline(always)]
    pub fn bits5(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits5)
    }
    #[doc = "6-bit data"]
    #[inline(always)]
    pub fn bits6(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits6)
    }
    #[doc = "7-bit data"]
    #[inline(always)]
    pub fn bits7(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits7)
    }
    #[doc = "8-bit data"]
    #[inline(always)]
    pub fn bits8(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits8)
    }
    #[doc = "9-bit data"]
    #[inline(always)]
    pub fn bits9(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits9)
    }
    #[doc = "10-bit data"]
    #[inline(always)]
    pub fn bits10(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits10)
    }
    #[doc = "11-bit data"]
    #[inline(always)]
    pub fn bits11(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits11)
    }
    #[doc = "12-bit data"]
    #[inline(always)]
    pub fn bits12(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits12)
    }
    #[doc = "13-bit data"]
    #[inline(always)]
    pub fn bits13(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits13)
    }
    #[doc = "14-bit data"]
    #[inline(always)]
    pub fn bits14(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits14)
    }
    #[doc = "15-bit data"]
    #[inline(always)]
    pub fn bits15(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits15)
    }
    #[doc = "16-bit data"]
    #[inline(always)]
    pub fn bits16(self) -> &'a mut crate::W<REG> {
        self.variant(Dss::Bits16)
    }
}
#[doc = "Frame format\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Frf {
    #[doc = "0: Freescale SPI"]
    FreescaleSpi = 0,
    #[doc = "1: Texas Instruments synchronous serial"]
    TiSsf = 1,
    #[doc = "2: National Microwire"]
    Microwire = 2,
}
impl From<Frf> for u8 {
    #[inline(always)]
    fn from(variant: Frf) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Frf {
    type Ux = u8;
}
impl crate::IsEnum for Frf {}
#[doc = "Field `FRF` reader - Frame format"]
pub type FrfR = crate::FieldReader<Frf>;
impl FrfR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Frf> {
        match self.bits {
            0 => Some(Frf::FreescaleSpi),
            1 => Some(Frf::TiSsf),
            2 => Some(Frf::Microwire),
            _ => None,
        }
    }
    #[doc = "Freescale SPI"]
    #[inline(always)]
    pub fn is_freescale_spi(&self) -> bool {
        *self == Frf::FreescaleSpi
    }
    #[doc = "Texas Instruments synchronous serial"]
    #[inline(always)]
    pub fn is_ti_ssf(&self) -> bool {
        *self == Frf::TiSsf
    }
    #[doc = "National Microwire"]
    #[inline(always)]
    pub fn is_microwire(&self) -> bool {
        *self == Frf::Microwire
    }
}
#[doc = "Field `FRF` writer - Frame format"]
pub type FrfW<'a, REG> = crate::FieldWriter<'a, REG, 2, Frf>;
impl<'a, REG> FrfW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "Freescale SPI"]
    #[inline(always)]
    pub fn freescale_spi(self) -> &'a mut crate::W<REG> {
        self.variant(Frf::FreescaleSpi)
    }
    #[doc = "Texas Instruments synchronous serial"]
    #[inline(always)]
    pub fn ti_ssf(self) -> &'a mut crate::W<REG> {
        self.variant(Frf::TiSsf)
    }
    #[doc = "National Microwire"]
    #[inline(always)]
    pub fn microwire(self) -> &'a mut crate::W<REG> {
        self.variant(Frf::Microwire)
    }
}
#[doc = "Field `SPO` reader - Clock polarity (Freescale SPI): idle high when set"]
pub type SpoR = crate::BitReader;
#[doc = "Field `SPO` writer - Clock polarity (Freescale SPI): idle high when set"]
pub type SpoW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SPH` reader - Clock phase (Freescale SPI): capture on the second edge when set"]
pub type SphR = crate::BitReader;
#[doc = "Field `SPH` writer - Clock phase (Freescale SPI): capture on the second edge when set"]
pub type SphW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `SCR` reader - Serial clock rate: bit rate = SysClk / (CPSDVSR * (1 + SCR))"]
pub type ScrR = crate::FieldReader;
#[doc = "Field `SCR` writer - Serial clock rate: bit rate = SysClk / (CPSDVSR * (1 + SCR))"]
pub type ScrW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "Bits 0:3 - Data size"]
    #[inline(always)]
    pub fn dss(&self) -> DssR {
        DssR::new((self.bits & 0x0f) as u8)
    }
    #[doc = "Bits 4:5 - Frame format"]
    #[inline(always)]
    pub fn frf(&self) -> FrfR {
        FrfR::new(((self.bits >> 4) & 3) as u8)
    }
    #[doc = "Bit 6 - Clock polarity (Freescale SPI): idle high when set"]
    #[inline(always)]
    pub fn spo(&self) -> SpoR {
        SpoR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Clock phase (Freescale SPI): capture on the second edge when set"]
    #[inline(always)]
    pub fn sph(&self) -> SphR {
        SphR::new(((self.bits >> 7) & 1) != 0)
    }
    #[doc = "Bits 8:15 - Serial clock rate: bit rate = SysClk / (CPSDVSR * (1 + SCR))"]
    #[inline(always)]
    pub fn scr(&self) -> ScrR {
        ScrR::new(((self.bits >> 8) & 0xff) as u8)
    }
}
impl W {
    #[doc = "Bits 0:3 - Data size"]
    #[inline(always)]
    pub fn dss(&mut self) -> DssW<'_, Cr0Spec> {
        DssW::new(self, 0)
    }
    #[doc = "Bits 4:5 - Frame format"]
    #[inline(always)]
    pub fn frf(&mut self) -> FrfW<'_, Cr0Spec> {
        FrfW::new(self, 4)
    }
    #[doc = "Bit 6 - Clock polarity (Freescale SPI): idle high when set"]
    #[inline(always)]
    pub fn spo(&mut self) -> SpoW<'_, Cr0Spec> {
        SpoW::new(self, 6)
    }
    #[doc = "Bit 7 - Clock phase (Freescale SPI): capture on the second edge when set"]
    #[inline(always)]
    pub fn sph(&mut self) -> SphW<'_, Cr0Spec> {
        SphW::new(self, 7)
    }
    #[doc = "Bits 8:15 - Serial clock rate: bit rate = SysClk / (CPSDVSR * (1 + SCR))"]
    #[inline(always)]
    pub fn scr(&mut self) -> ScrW<'_, Cr0Spec> {
        ScrW::new(self, 8)
    }
}
#[doc = "Control 0: frame format and clock\n\nYou can [`read`](crate::Reg::read) this register and get [`cr0::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cr0::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Cr0Spec;
impl crate::RegisterSpec for Cr0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`cr0::R`](R) reader structure"]
impl crate::Readable for Cr0Spec {}
#[doc = "`write(|w| ..)` method takes [`cr0::W`](W) writer structure"]
impl crate::Writable for Cr0Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CR0 to value 0"]
impl crate::Resettable for Cr0Spec {}
