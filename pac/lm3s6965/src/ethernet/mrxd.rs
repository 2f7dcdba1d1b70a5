#[doc = "Register `MRXD` reader"]
pub type R = crate::R<MrxdSpec>;
#[doc = "Register `MRXD` writer"]
pub type W = crate::W<MrxdSpec>;
#[doc = "Field `MDRX` reader - PHY register value read"]
pub type MdrxR = crate::FieldReader<u16>;
#[doc = "Field `MDRX` writer - PHY register value read"]
pub type MdrxW<'a, REG> = crate::FieldWriter<'a, REG, 16, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:15 - PHY register value read"]
    #[inline(always)]
    pub fn mdrx(&self) -> MdrxR {
        MdrxR::new((self.bits & 0xffff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:15 - PHY register value read"]
    #[inline(always)]
    pub fn mdrx(&mut self) -> MdrxW<'_, MrxdSpec> {
        MdrxW::new(self, 0)
    }
}
#[doc = "Management data read\n\nYou can [`read`](crate::Reg::read) this register and get [`mrxd::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mrxd::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MrxdSpec;
impl crate::RegisterSpec for MrxdSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mrxd::R`](R) reader structure"]
impl crate::Readable for MrxdSpec {}
#[doc = "`write(|w| ..)` method takes [`mrxd::W`](W) writer structure"]
impl crate::Writable for MrxdSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MRXD to value 0"]
impl crate::Resettable for MrxdSpec {}
