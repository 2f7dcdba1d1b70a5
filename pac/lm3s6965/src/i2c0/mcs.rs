#[doc = "Register `MCS` reader"]
pub type R = crate::R<McsSpec>;
#[doc = "Field `BUSY` reader - Controller busy"]
pub type BusyR = crate::BitReader;
#[doc = "Field `ERROR` reader - Last operation failed"]
pub type ErrorR = crate::BitReader;
#[doc = "Field `ADRACK` reader - Address was not acknowledged"]
pub type AdrackR = crate::BitReader;
#[doc = "Field `DATACK` reader - Data was not acknowledged"]
pub type DatackR = crate::BitReader;
#[doc = "Field `ARBLST` reader - Arbitration lost"]
pub type ArblstR = crate::BitReader;
#[doc = "Field `IDLE` reader - Controller idle"]
pub type IdleR = crate::BitReader;
#[doc = "Field `BUSBSY` reader - Bus busy"]
pub type BusbsyR = crate::BitReader;
impl R {
    #[doc = "Bit 0 - Controller busy"]
    #[inline(always)]
    pub fn busy(&self) -> BusyR {
        BusyR::new((self.bits & 1) != 0)
    }
    #[doc = "Bit 1 - Last operation failed"]
    #[inline(always)]
    pub fn error(&self) -> ErrorR {
        ErrorR::new(((self.bits >> 1) & 1) != 0)
    }
    #[doc = "Bit 2 - Address was not acknowledged"]
    #[inline(always)]
    pub fn adrack(&self) -> AdrackR {
        AdrackR::new(((self.bits >> 2) & 1) != 0)
    }
    #[doc = "Bit 3 - Data was not acknowledged"]
    #[inline(always)]
    pub fn datack(&self) -> DatackR {
        DatackR::new(((self.bits >> 3) & 1) != 0)
    }
    #[doc = "Bit 4 - Arbitration lost"]
    #[inline(always)]
    pub fn arblst(&self) -> ArblstR {
        ArblstR::new(((self.bits >> 4) & 1) != 0)
    }
    #[doc = "Bit 5 - Controller idle"]
    #[inline(always)]
    pub fn idle(&self) -> IdleR {
        IdleR::new(((self.bits >> 5) & 1) != 0)
    }
    #[doc = "Bit 6 - Bus busy"]
    #[inline(always)]
    pub fn busbsy(&self) -> BusbsyR {
        BusbsyR::new(((self.bits >> 6) & 1) != 0)
    }
}
#[doc = "Master status (read view of MCS)\n\nYou can [`read`](crate::Reg::read) this register and get [`mcs::R`](R). See [API](https://docs.rs/svd2rust/#read--modify--write-api)."]
pub struct McsSpec;
impl crate::RegisterSpec for McsSpec {
    type Ux = u32;
}
#[doc = "`read()` method returns [`mcs::R`](R) reader structure"]
impl crate::Readable for McsSpec {}
#[doc = "`reset()` method sets MCS to value 0"]
impl crate::Resettable for McsSpec {}
