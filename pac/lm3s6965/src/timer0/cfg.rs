#[doc = "Register `CFG` reader"]
pub type R = crate::R<CfgSpec>;
#[doc = "Register `CFG` writer"]
pub type W = crate::W<CfgSpec>;
#[doc = "Configuration\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Gptmcfg {
    #[doc = "0: One 32-bit timer"]
    Timer32bit = 0,
    #[doc = "1: One 32-bit real-time clock"]
    Rtc32bit = 1,
    #[doc = "4: Two 16-bit timers (A and B)"]
    Timer16bit = 4,
}
impl From<Gptmcfg> for u8 {
    #[inline(always)]
    fn from(variant: Gptmcfg) -> Self {
        variant as _
    }
}
impl crate::FieldSpec for Gptmcfg {
    type Ux = u8;
}
impl crate::IsEnum for Gptmcfg {}
#[doc = "Field `GPTMCFG` reader - Configuration"]
pub type GptmcfgR = crate::FieldReader<Gptmcfg>;
impl GptmcfgR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Option<Gptmcfg> {
        match self.bits {
            0 => Some(Gptmcfg::Timer32bit),
            1 => Some(Gptmcfg::Rtc32bit),
            4 => Some(Gptmcfg::Timer16bit),
            _ => None,
        }
    }
    #[doc = "One 32-bit timer"]
    #[inline(always)]
    pub fn is_timer_32bit(&self) -> bool {
        *self == Gptmcfg::Timer32bit
    }
    #[doc = "One 32-bit real-time clock"]
    #[inline(always)]
    pub fn is_rtc_32bit(&self) -> bool {
        *self == Gptmcfg::Rtc32bit
    }
    #[doc = "Two 16-bit timers (A and B)"]
    #[inline(always)]
    pub fn is_timer_16bit(&self) -> bool {
        *self == Gptmcfg::Timer16bit
    }
}
#[doc = "Field `GPTMCFG` writer - Configuration"]
pub type GptmcfgW<'a, REG> = crate::FieldWriter<'a, REG, 3, Gptmcfg>;
impl<'a, REG> GptmcfgW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
    REG::Ux: From<u8>,
{
    #[doc = "One 32-bit timer"]
    #[inline(always)]
    pub fn timer_32bit(self) -> &'a mut crate::W<REG> {
        self.variant(Gptmcfg::Timer32bit)
    }
    #[doc = "One 32-bit real-time clock"]
    #[inline(always)]
    pub fn rtc_32bit(self) -> &'a mut crate::W<REG> {
        self.variant(Gptmcfg::Rtc32bit)
    }
    #[doc = "Two 16-bit timers (A and B)"]
    #[inline(always)]
    pub fn timer_16bit(self) -> &'a mut crate::W<REG> {
        self.variant(Gptmcfg::Timer16bit)
    }
}
impl R {
    #[doc = "Bits 0:2 - Configuration"]
    #[inline(always)]
    pub fn gptmcfg(&self) -> GptmcfgR {
        GptmcfgR::new((self.bits & 7) as u8)
    }
}
impl W {
    #[doc = "Bits 0:2 - Configuration"]
    #[inline(always)]
    pub fn gptmcfg(&mut self) -> GptmcfgW<'_, CfgSpec> {
        GptmcfgW::new(self, 0)
    }
}
#[doc = "Configuration (change only while both timers are disabled)\n\nYou can [`read`](crate::Reg::read) this register and get [`cfg::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cfg::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct CfgSpec;
impl crate::RegisterSpec for CfgSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`cfg::R`](R) reader structure"]
impl crate::Readable for CfgSpec {}
#[doc = "`write(|w| ..)` method takes [`cfg::W`](W) writer structure"]
impl crate::Writable for CfgSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets CFG to value 0"]
impl crate::Resettable for CfgSpec {}
