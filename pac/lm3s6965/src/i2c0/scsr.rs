#[doc = "Register `SCSR` reader"]
pub type R = crate::R<ScsrSpec>;
#[doc = "Field `RREQ` reader - Received data is waiting in SDR"]
pub type RreqR = crate::BitReader;
#[doc = "Field `TREQ` reader - The master is waiting for data in SDR"]
pub type TreqR = crate::BitReader;
#[doc = "Field `FBR` reader - The received byte is the first after the slave's own address"]
pub type FbrR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Received data is waiting in SDR"]
    #[inline(always)]
    pub fn rreq(&self) -> RreqR {
        RreqR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - The master is waiting for data in SDR"]
    #[inline(always)]
    pub fn treq(&self) -> TreqR {
        TreqR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - The received byte is the first after the slave's own address"]
    #[inline(always)]
    pub fn fbr(&self) -> FbrR {
        FbrR::new(((self.bits >> 2) & 1) != 0)
    }
}
#[doc = "Slave status (read view of SCSR)\n\nYou can [`read`](crate::Reg::read) this register and get [`scsr::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct ScsrSpec;
impl crate::RegisterSpec for ScsrSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`scsr::R`](R) reader structure"]
impl crate::Readable for ScsrSpec {}
#[doc = "`reset()` method sets SCSR to value 0"]
impl crate::Resettable for ScsrSpec {}
