#[doc = "Register `SSMUX3` reader"]
pub type R = crate::R<Ssmux3Spec>;
#[doc = "Register `SSMUX3` writer"]
pub type W = crate::W<Ssmux3Spec>;
#[doc = "Field `MUX(0-0)` reader - Analog input of this sample"]
pub type MuxR = crate::FieldReader;
#[doc = "Field `MUX(0-0)` writer - Analog input of this sample"]
pub type MuxW<'a, REG> = crate::FieldWriter<'a, REG, 2, u8, crate::Safe>;
impl R {
    #[doc = "Analog input of this sample"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MUX0` field.</div>"]
    #[inline(always)]
    pub fn mux(&self, n: u8) -> MuxR {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        MuxR::new(((self.bits >> (n * 4)) & 3) as u8)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "Analog input of this sample"]
    #[inline(always)]
    pub fn mux_iter(&self) -> impl Iterator<Item = MuxR> + '_ {
        (0..1).map(move |n| MuxR::new(((self.bits >> (n * 4)) & 3) as u8))
    }
    #[doc = "Bits 0:1 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux0(&self) -> MuxR {
        MuxR::new((self.bits & 3) as u8)
    }
}
impl W {
    #[doc = "Analog input of this sample"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MUX0` field.</div>"]
    #[inline(always)]
    pub fn mux(&mut self, n: u8) -> MuxW<'_, Ssmux3Spec> {
        #[allow(clippy::no_effect)]
        [(); 1][n as usize];
        MuxW::new(self, n * 4)
    }
    #[doc = "Bits 0:1 - Analog input of this sample"]
    #[inline(always)]
    pub fn mux0(&mut self) -> MuxW<'_, Ssmux3Spec> {
        MuxW::new(self, 0)
    }
}
#[doc = "Sequencer 3 input multiplexer (1 sample)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssmux3::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssmux3::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Ssmux3Spec;
impl crate::RegisterSpec for Ssmux3Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ssmux3::R`](R) reader structure"]
impl crate::Readable for Ssmux3Spec {}
#[doc = "`write(|w| ..)` method takes [`ssmux3::W`](W) writer structure"]
impl crate::Writable for Ssmux3Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets SSMUX3 to value 0"]
impl crate::Resettable for Ssmux3Spec {}
