#[doc = "Register `MSA` reader"]
pub type R = crate::R<MsaSpec>;
#[doc = "Register `MSA` writer"]
pub type W = crate::W<MsaSpec>;
#[doc = "Direction of the next transfer\n\nValue on reset: 0"]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rs {
    #[doc = "0: Send"]
    Transmit = 0,
    #[doc = "1: Receive"]
    Receive = 1,
}
impl From<Rs> for bool {
    #[inline(always)]
    fn from(variant: Rs) -> Self {
        variant as u8 != 0
    }
}
#[doc = "Field `RS` reader - Direction of the next transfer"]
pub type RsR = crate::BitReader<Rs>;
impl RsR {
    #[doc = "Get enumerated values variant"]
    #[inline(always)]
    pub const fn variant(&self) -> Rs {
        match self.bits {
            false => Rs::Transmit,
            true => Rs::Receive,
        }
    }
    #[doc = "Send"]
    #[inline(always)]
    pub fn is_transmit(&self) -> bool {
        *self == Rs::Transmit
    }
    #[doc = "Receive"]
    #[inline(always)]
    pub fn is_receive(&self) -> bool {
        *self == Rs::Receive
    }
}
#[doc = "Field `RS` writer - Direction of the next transfer"]
pub type RsW<'a, REG> = crate::BitWriter<'a, REG, Rs>;
impl<'a, REG> RsW<'a, REG>
where
    REG: crate::Writable + crate::RegisterSpec,
{
    #[doc = "Send"]
    #[inline(always)]
    pub fn transmit(self) -> &'a mut crate::W<REG> {
        self.variant(Rs::Transmit)
    }
    #[doc = "Receive"]
    #[inline(always)]
    pub fn receive(self) -> &'a mut crate::W<REG> {
        self.variant(Rs::Receive)
    }
}
#[doc = "Field `SA` reader - 7-bit slave address"]
pub type SaR = crate::FieldReader;
#[doc = "Field `SA` writer - 7-bit slave address"]
pub type SaW<'a, REG> = crate::FieldWriter<'a, REG, 7, u8, crate::Safe>;
impl R {
    #[doc = "Bit 0 - Direction of the next transfer"]
    #[inline(always)]
    pub fn rs(&self) -> RsR {
        RsR::new((self.bits & 1) != 0)
    }
    #[doc = "Bits 1:7 - 7-bit slave address"]
    #[inline(always)]
    pub fn sa(&self) -> SaR {
        SaR::new(((self.bits >> 1) & 0x7f) as u8)
    }
}
impl W {
    #[doc = "Bit 0 - Direction of the next transfer"]
    #[inline(always)]
    pub fn rs(&mut self) -> RsW<'_, MsaSpec> {
        RsW::new(self, 0)
    }
    #[doc = "Bits 1:7 - 7-bit slave address"]
    #[inline(always)]
    pub fn sa(&mut self) -> SaW<'_, MsaSpec> {
        SaW::new(self, 1)
    }
}
#[doc = "Master slave address\n\nYou can [`read`](crate::Reg::read) this register and get [`msa::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`msa::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MsaSpec;
impl crate::RegisterSpec for MsaSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`msa::R`](R) reader structure"]
impl crate::Readable for MsaSpec {}
#[doc = "`write(|w| ..)` method takes [`msa::W`](W) writer structure"]
impl crate::Writable for MsaSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MSA to value 0"]
impl crate::Resettable for MsaSpec {}
