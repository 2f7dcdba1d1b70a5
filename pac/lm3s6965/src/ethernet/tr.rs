#[doc = "Register `TR` reader"]
pub type R = crate::R<TrSpec>;
#[doc = "Register `TR` writer"]
pub type W = crate::W<TrSpec>;
#[doc = "Field `NEWTX` reader - Send the frame in the transmit FIFO (self-clearing)"]
pub type NewtxR = crate::BitReader;
#[doc = "Field `NEWTX` writer - Send the frame in the transmit FIFO (self-clearing)"]
pub type NewtxW<'a, REG> = crate::BitWriter<'a, REG>;
impl R {
    #[doc = "Bit 0 - Send the frame in the transmit FIFO (self-clearing)"]
    #[inline(always)]
    pub fn newtx(&self) -> NewtxR {
        NewtxR::new((self.bits & 1) != 0)
    }
}
impl W {
    #[doc = "Bit 0 - Send the frame in the transmit FIFO (self-clearing)"]
    #[inline(always)]
    pub fn newtx(&mut self) -> NewtxW<'_, TrSpec> {
        NewtxW::new(self, 0)
    }
}
#[doc = "Transmission request\n\nYou can [`read`](crate::Reg::read) this register and get [`tr::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tr::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct TrSpec;
impl crate::RegisterSpec for TrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`tr::R`](R) reader structure"]
impl crate::Readable for TrSpec {}
#[doc = "`write(|w| ..)` method takes [`tr::W`](W) writer structure"]
impl crate::Writable for TrSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets TR to value 0"]
impl crate::Resettable for TrSpec {}
