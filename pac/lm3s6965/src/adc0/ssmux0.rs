#[doc = "Register `SSMUX0` reader"]
pub type R = crate::R<Ssmux0Spec>;
#[doc = "Register `SSMUX0` writer"]
pub type W = crate::W<Ssmux0Spec>;
#[doc = "Field `MUX(0-7)` reader - Analog input of this sample"]
pub type MuxR = crate::FieldReader;
#[doc = "Field `MUX(0-7)` writer - Analog input of this sample"]
pub type MuxW<'a, REG> = crate::FieldWriter<'a, REG, 2, u8, crate::Safe>;
impl R {
    #[doc = "Analog input of this sample"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MUX0` field.</div>"]
    #[inline(always)]
    pub fn mux(&self, n: u8) -> MuxR {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        MuxR::new(((self.bits >> (n * 4)) & 3) as u8)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Analog input of this sample"]
    #[inline(always)]
    pub fn mux_iter(&self) -> impl Iterator<Item = MuxR> + '_ {
        (0..8).map(move |n| MuxR::new(((self.bits >> (n * 4)) & 3) as u8))
    }
    #[doc = "Bits 0:1 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux0(&self) -> MuxR {
        MuxR::new((self.bits & 3) as u8)
    }
    #[doc = "Bits 4:5 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux1(&self) -> MuxR {
        MuxR::new(((self.bits >> 4) & 3) as u8)
    }
    #[doc = "Bits 8:9 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux2(&self) -> MuxR {
        MuxR::new(((self.bits >> 8) & 3) as u8)
    }
    #[doc = "Bits 12:13 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux3(&self) -> MuxR {
        MuxR::new(((self.bits >> 12) & 3) as u8)
    }
    #[doc = "Bits 16:17 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux4(&self) -> MuxR {
        MuxR::new(((self.bits >> 16) & 3) as u8)
    }
    #[doc = "Bits 20:21 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux5(&self) -> MuxR {
        MuxR::new(((self.bits >> 20) & 3) as u8)
    }
    #[doc = "Bits 24:25 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux6(&self) -> MuxR {
        MuxR::new(((self.bits >> 24) & 3) as u8)
    }
    #[doc = "Bits 28:29 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux7(&self) -> MuxR {
        MuxR::new(((self.bits >> 28) & 3) as u8)
    }
}
impl W {
    #[doc = "Analog input of this sample"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MUX0` field.</div>"]
    #[inline(always)]
    pub fn mux(&mut self, n: u8) -> MuxW<'_, Ssmux0Spec> {
        #[allow(clippy::no_effect)]
        [(); 8][n as usize];
        MuxW::new(self, n * 4)
    }
    #[doc = "Bits 0:1 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux0(&mut self) -> MuxW<'_, Ssmux0Spec> {
        MuxW::new(self, 0)
    }
    #[doc = "Bits 4:5 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux1(&mut self) -> MuxW<'_, Ssmux0Spec> {
        MuxW::new(self, 4)
    }
    #[doc = "Bits 8:9 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux2(&mut self) -> MuxW<'_, Ssmux0Spec> {
        MuxW::new(self, 8)
    }
    #[doc = "Bits 12:13 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux3(&mut self) -> MuxW<'_, Ssmux0Spec> {
        MuxW::new(self, 12)
    }
    #[doc = "Bits 16:17 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux4(&mut self) -> MuxW<'_, Ssmux0Spec> {
        MuxW::new(self, 16)
    }
    #[doc = "Bits 20:21 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux5(&mut self) -> MuxW<'_, Ssmux0Spec> {
        MuxW::new(self, 20)
    }
    #[doc = "Bits 24:25 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux6(&mut self) -> MuxW<'_, Ssmux0Spec> {
        MuxW::new(self, 24)
    }
    #[doc = "Bits 28:29 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux7(&mut self) -> MuxW<'_, Ssmux0Spec> {
        MuxW::new(self, 28)
    }
}
#[doc = "Sequencer 0 input multiplexer (8 samples)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssmux0::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssmux0::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Ssmux0Spec;
impl crate::RegisterSpec for Ssmux0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ssmux0::R`](R) reader structure"]
impl crate::Readable for Ssmux0Spec {}
#[doc = "`write(|w| ..)` method takes [`ssmux0::W`](W) writer structure"]
impl crate::Writable for Ssmux0Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SSMUX0 to value 0"]
impl crate::Resettable for Ssmux0Spec {}
