#[doc = "Register `IA1` reader"]
pub type R = crate::R<Ia1Spec>;
#[doc = "Register `IA1` writer"]
pub type W = crate::W<Ia1Spec>;
#[doc = "Field `MACOCT(5-6)` reader - MAC address octet"]
pub type MacoctR = crate::FieldReader;
#[doc = "Field `MACOCT(5-6)` writer - MAC address octet"]
pub type MacoctW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "MAC address octet"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MACOCT5` field.</div>"]
    #[inline(always)]
    pub fn macoct(&self, n: u8) -> MacoctR {
        #[allow(clippy::no_effect)]
        [(); 2][n as usize];
        MacoctR::new(((self.bits >> (n * 8)) & 0xff) as u8)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "MAC address octet"]
    #[inline(always)]
    pub fn macoct_iter(&self) -> impl Iterator<Item = MacoctR> + '_ {
        (0..2).map(move |n| MacoctR::new(((self.bits >> (n * 8)) & 0xff) as u8))
    }
    #[doc = "Bits 0:7 - MAC address octet"]
    #[inline(always)]
    pub fn macoct5(&self) -> MacoctR {
        MacoctR::new((self.bits & 0xff) as u8)
    }
    #[doc = "Bits 8:15 - MAC address octet"]
    #[inline(always)]
    pub fn macoct6(&self) -> MacoctR {
        MacoctR::new(((self.bits >> 8) & 0xff) as u8)
    }
}
impl W {
    #[doc = "MAC address octet"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MACOCT5` field.</div>"]
    #[inline(always)]
    pub fn macoct(&mut self, n: u8) -> MacoctW<'_, Ia1Spec> {
        #[allow(clippy::no_effect)]
        [(); 2][n as usize];
        MacoctW::new(self, n * 8)
    }
    #[doc = "Bits 0:7 - MAC address octet"]
    #[inline(always)]
    pub fn macoct5(&mut self) -> MacoctW<'_, Ia1Spec> {
        MacoctW::new(self, 0)
    }
    #[doc = "Bits 8:15 - MAC address octet"]
    #[inline(always)]
    pub fn macoct6(&mut self) -> MacoctW<'_, Ia1Spec> {
        MacoctW::new(self, 8)
    }
}
#[doc = "Individual address, octets 5-6\n\nYou can [`read`](crate::Reg::read) this register and get [`ia1::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ia1::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Ia1Spec;
impl crate::RegisterSpec for Ia1Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ia1::R`](R) reader structure"]
impl crate::Readable for Ia1Spec {}
#[doc = "`write(|w| ..)` method takes [`ia1::W`](W) writer structure"]
impl crate::Writable for Ia1Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets IA1 to value 0"]
impl crate::Resettable for Ia1Spec {}
