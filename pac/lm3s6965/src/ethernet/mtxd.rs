#[doc = "Register `MTXD` reader"]
pub type R = crate::R<MtxdSpec>;
#[doc = "Register `MTXD` writer"]
pub type W = crate::W<MtxdSpec>;
#[doc = "Field `MDTX` reader - PHY register value to write"]
pub type MdtxR = crate::FieldReader<u16>;
#[doc = "Field `MDTX` writer - PHY register value to write"]
pub type MdtxW<'a, REG> = crate::FieldWriter<'a, REG, 16, u16, crate::Safe>;
impl R {
    #[doc = "Bits 0:15 - PHY register value to write"]
    #[inline(always)]
    pub fn mdtx(&self) -> MdtxR {
        MdtxR::new((self.bits & 0xffff) as u16)
    }
}
impl W {
    #[doc = "Bits 0:15 - PHY register value to write"]
    #[inline(always)]
    pub fn mdtx(&mut self) -> MdtxW<'_, MtxdSpec> {
        MdtxW::new(self, 0)
    }
}
#[doc = "Management data to write\n\nYou can [`read`](crate::Reg::read) this register and get [`mtxd::R`](R). You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mtxd::W`](W). You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct MtxdSpec;
impl crate::RegisterSpec for MtxdSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mtxd::R`](R) reader structure"]
impl crate::Readable for MtxdSpec {}
#[doc = "`write(|w| ..)` method takes [`mtxd::W`](W) writer structure"]
impl crate::Writable for MtxdSpec {
    type Safety = crate::Unsafe;
}
#[doc = "`reset()` method sets MTXD to value 0"]
impl crate::Resettable for MtxdSpec {}
