#[doc = "Register `CTL` reader"]
pub type R = crate::R<CtlSpec>;
#[doc = "Register `CTL` writer"]
pub type W = crate::W<CtlSpec>;
#[doc = "Field `RTCEN` reader - RTC enabled"]
pub type RtcenR = crate::BitReader;
#[doc = "Field `RTCEN` writer - RTC enabled"]
pub type RtcenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `HIBREQ` reader - Request hibernation"]
pub type HibreqR = crate::BitReader;
#[doc = "Field `HIBREQ` writer - Request hibernation"]
pub type HibreqW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CLKSEL` reader - Clock input divided by 128 (4.194304 MHz crystal) when clear, 32.768 kHz when set"]
pub type ClkselR = crate::BitReader;
#[doc = "Field `CLKSEL` writer - Clock input divided by 128 (4.194304 MHz crystal) when clear, 32.768 kHz when set"]
pub type ClkselW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `RTCWEN` reader - Wake on RTC match"]
pub type RtcwenR = crate::BitReader;
#[doc = "Field `RTCWEN` writer - Wake on RTC match"]
pub type RtcwenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `PINWEN` reader - Wake on the WAKE pin"]
pub type PinwenR = crate::BitReader;
#[doc = "Field `PINWEN` writer - Wake on the WAKE pin"]
pub type PinwenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `LOWBATEN` reader - Low-battery monitoring enabled"]
pub type LowbatenR = crate::BitReader;
#[doc = "Field `LOWBATEN` writer - Low-battery monitoring enabled"]
pub type LowbatenW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `CLK32EN` reader - Clocking enabled"]
pub type Clk32enR = crate::BitReader;
#[doc = "Field `CLK32EN` writer - Clocking enabled"]
pub type Clk32enW<'a, REG> = crate::BitWriter<'a, REG>;
#[doc = "Field `VABORT` reader - Abort hibernation on low battery"]
pub type VabortR = crate::BitReader;
#[doc = "Field `VABORT` writer - Abort hibernation on low battery"]
pub type VabortW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - RTC enabled"]
    #[inline(always)]
    pub fn rtcen(&self) -> RtcenR {
        RtcenR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Request hibernation"]
    #[inline(always)]
    pub fn hibreq(&self) -> HibreqR {
        HibreqR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Clock input divided by 128 (4.194304 MHz crystal) when clear, 32.768 kHz when set"]
    #[inline(always)]
    pub fn clksel(&self) -> ClkselR {
        ClkselR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Wake on RTC match"]
    #[inline(always)]
    pub fn rtcwen(&self) -> RtcwenR {
        RtcwenR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Wake on the WAKE pin"]
    #[inline(always)]
    pub fn pinwen(&self) -> PinwenR {
        PinwenR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Low-battery monitoring enabled"]
    #[inline(always)]
    pub fn lowbaten(&self) -> LowbatenR {
        LowbatenR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Clocking enabled"]
    #[inline(always)]
    pub fn clk32en(&self) -> Clk32enR {
        Clk32enR::new(((self.bits >> 6) & 1) != 0)
    }
    #[doc = "Bit 7 - Abort hibernation on low battery"]
    #[inline(always)]
    pub fn vabort(&self) -> VabortR {
        VabortR::new(((self.bits >> 7) & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - RTC enabled"]
    #[inline(always)]
    pub fn rtcen(&mut self) -> RtcenW<'_, CtlSpec> {
        RtcenW::new(self, 0)
    }
    #[doc = "Bit 1 - Request hibernation"]
    #[inline(always)]
    pub fn hibreq(&mut self) -> HibreqW<'_, CtlSpec> {
        HibreqW::new(self, 1)
    }
    #[doc = "Bit 2 - Clock input divided by 128 (4.194304 MHz crystal) when clear, 32.768 kHz when set"]
    #[inline(always)]
    pub fn clksel(&mut self) -> ClkselW<'_, CtlSpec> {
        ClkselW::new(self, 2)
    }
    #[doc = "Bit 3 - Wake on RTC match"]
    #[inline(always)]
    pub fn rtcwen(&mut self) -> RtcwenW<'_, CtlSpec> {
        RtcwenW::new(self, 3)
    }
    #[doc = "Bit 4 - Wake on the WAKE pin"]
    #[inline(always)]
    pub fn pinwen(&mut self) -> PinwenW<'_, CtlSpec> {
        PinwenW::new(self, 4)
    }
    #[doc = "Bit 5 - Low-battery monitoring enabled"]
    #[inline(always)]
    pub fn lowbaten(&mut self) -> LowbatenW<'_, CtlSpec> {
        LowbatenW::new(self, 5)
    }
    #[doc = "Bit 6 - Clocking enabled"]
    #[inline(always)]
    pub fn clk32en(&mut self) -> Clk32enW<'_, CtlSpec> {
        Clk32enW::new(self, 6)
    }
    #[doc = "Bit 7 - Abort hibernation on low battery"]
    #[inline(always)]
    pub fn vabort(&mut self) -> VabortW<'_, CtlSpec> {
        VabortW::new(self, 7)
    }
}
#[doc = "Control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CtlSpec;
impl crate::RegisterSpec for CtlSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ctl::R`](R) reader structure"]
impl crate::Readable for CtlSpec {}
#[doc = "`write(|w| ..)` method takes [`ctl::W`](W) writer structure"]
impl crate::Writable for CtlSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CTL to value 0"]
impl crate::Resettable for CtlSpec {}
