#[doc = "Register `IA0` reader"]
pub type R = crate::R<Ia0Spec>;
#[doc = "Register `IA0` writer"]
pub type W = crate::W<Ia0Spec>;
#[doc = "Field `MACOCT(1-4)` reader - MAC address octet (octet 1 is first on the wire)"]
pub type MacoctR = crate::FieldReader;
#[doc = "Field `MACOCT(1-4)` writer - MAC address octet (octet 1 is first on the wire)"]
pub type MacoctW<'a, REG> = crate::FieldWriter<'a, REG, 8, u8, crate::Safe>;
impl R {
    #[doc = "MAC address octet (octet 1 is first on the wire)"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MACOCT1` field.</div>"]
    #[inline(always)]
    pub fn macoct(&self, n: u8) -> MacoctR {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        MacoctR::new(((self.bits >> (n * 8)) & 0xff) as u8)
    }
    #[doc = "Iterator for array of:"]
    #[doc = "MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct_iter(&self) -> impl Iterator<Item = MacoctR> + '_ {
        (0..4).map(move |n| MacoctR::new(((self.bits >> (n * 8)) & 0xff) as u8))
    }
    #[doc = "Bits 0:7 - MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct1(&self) -> MacoctR {
        MacoctR::new((self.bits & 0xff) as u8)
    }
    #[doc = "Bits 8:15 - MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct2(&self) -> MacoctR {
        MacoctR::new(((self.bits >> 8) & 0xff) as u8)
    }
    #[doc = "Bits 16:23 - MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct3(&self) -> MacoctR {
        MacoctR::new(((self.bits >> 16) & 0xff) as u8)
    }
    #[doc = "Bits 24:31 - MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct4(&self) -> MacoctR {
        MacoctR::new(((self.bits >> 24) & 0xff) as u8)
    }
}
impl W {
    #[doc = "MAC address octet (octet 1 is first on the wire)"]
    #[doc = ""]
    #[doc = "<div class=\"warning\">`n` is number of field in register. `n == 0` corresponds to `MACOCT1` field.</div>"]
    #[inline(always)]
    pub fn macoct(&mut self, n: u8) -> MacoctW<'_, Ia0Spec> {
        #[allow(clippy::no_effect)]
        [(); 4][n as usize];
        MacoctW::new(self, n * 8)
    }
    #[doc = "Bits 0:7 - MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct1(&mut self) -> MacoctW<'_, Ia0Spec> {
        MacoctW::new(self, 0)
    }
    #[doc = "Bits 8:15 - MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct2(&mut self) -> MacoctW<'_, Ia0Spec> {
        MacoctW::new(self, 8)
    }
    #[doc = "Bits 16:23 - MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct3(&mut self) -> MacoctW<'_, Ia0Spec> {
        MacoctW::new(self, 16)
    }
    #[doc = "Bits 24:31 - MAC address octet (octet 1 is first on the wire)"]
    #[inline(always)]
    pub fn macoct4(&mut self) -> MacoctW<'_, Ia0Spec> {
        MacoctW::new(self, 24)
    }
}
#[doc = "Individual address, octets 1-4\n\nYou can [`read`](crate::Reg::read) this register and get [`ia0::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ia0::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct Ia0Spec;
impl crate::RegisterSpec for Ia0Spec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`ia0::R`](R) reader structure"]
impl crate::Readable for Ia0Spec {}
#[doc = "`write(|w| ..)` method takes [`ia0::W`](W) writer structure"]
impl crate::Writable for Ia0Spec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets IA0 to value 0"]
impl crate::Resettable for Ia0Spec {}
