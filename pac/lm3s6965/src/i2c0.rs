#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    msa: Msa,
    _reserved_1_mcs: [u8; 0x04],
    mdr: Mdr,
    mtpr: Mtpr,
    mimr: Mimr,
    mris: Mris,
    mmis: Mmis,
    micr: Micr,
    mcr: Mcr,
    _reserved9: [u8; 0x07dc],
    soar: Soar,
    _reserved_10_scsr: [u8; 0x04],
    sdr: Sdr,
    simr: Simr,
    sris: Sris,
    smis: Smis,
    sicr: Sicr,
}
impl RegisterBlock {
    #[doc = "0x00 - Master slave address"]
    #[inline(always)]
    pub const fn msa(&self) -> &Msa {
        &self.msa
    }
    #[doc = "0x04 - Master control (write view of MCS): the command of the next operation"]
    #[inline(always)]
    pub const fn mcs_control(&self) -> &McsControl {
        unsafe { &*core::ptr::from_ref(self).cast::<u8>().add(4).cast() }
    }
    #[doc = "0x04 - Master status (read view of MCS)"]
    #[inline(always)]
    pub const fn mcs(&self) -> &Mcs {
        unsafe { &*core::ptr::from_ref(self).cast::<u8>().add(4).cast() }
    }
    #[doc = "0x08 - Master data"]
    #[inline(always)]
    pub const fn mdr(&self) -> &Mdr {
        &self.mdr
    }
    #[doc = "0x0c - Master timer period: SCL period = 20 * (TPR + 1) system clocks"]
    #[inline(always)]
    pub const fn mtpr(&self) -> &Mtpr {
        &self.mtpr
    }
    #[doc = "0x10 - Master interrupt mask"]
    #[inline(always)]
    pub const fn mimr(&self) -> &Mimr {
        &self.mimr
    }
    #[doc = "0x14 - Master raw interrupt status"]
    #[inline(always)]
    pub const fn mris(&self) -> &Mris {
        &self.mris
    }
    #[doc = "0x18 - Master masked interrupt status"]
    #[inline(always)]
    pub const fn mmis(&self) -> &Mmis {
        &self.mmis
    }
    #[doc = "0x1c - Master interrupt clear"]
    #[inline(always)]
    pub const fn micr(&self) -> &Micr {
        &self.micr
    }
    #[doc = "0x20 - Master configuration"]
    #[inline(always)]
    pub const fn mcr(&self) -> &Mcr {
        &self.mcr
    }
    #[doc = "0x800 - Slave own address"]
    #[inline(always)]
    pub const fn soar(&self) -> &Soar {
        &self.soar
    }
    #[doc = "0x804 - Slave control (write view of SCSR)"]
    #[inline(always)]
    pub const fn scsr_control(&self) -> &ScsrControl {
        unsafe { &*core::ptr::from_ref(self).cast::<u8>().add(2052).cast() }
    }
    #[doc = "0x804 - Slave status (read view of SCSR)"]
    #[inline(always)]
    pub const fn scsr(&self) -> &Scsr {
        unsafe { &*core::ptr::from_ref(self).cast::<u8>().add(2052).cast() }
    }
    #[doc = "0x808 - Slave data"]
    #[inline(always)]
    pub const fn sdr(&self) -> &Sdr {
        &self.sdr
    }
    #[doc = "0x80c - Slave interrupt mask"]
    #[inline(always)]
    pub const fn simr(&self) -> &Simr {
        &self.simr
    }
    #[doc = "0x810 - Slave raw interrupt status"]
    #[inline(always)]
    pub const fn sris(&self) -> &Sris {
        &self.sris
    }
    #[doc = "0x814 - Slave masked interrupt status"]
    #[inline(always)]
    pub const fn smis(&self) -> &Smis {
        &self.smis
    }
    #[doc = "0x818 - Slave interrupt clear"]
    #[inline(always)]
    pub const fn sicr(&self) -> &Sicr {
        &self.sicr
    }
}
#[doc = "MSA (rw) register accessor: Master slave address\n\nYou can [`read`](crate::Reg::read) this register and get [`msa::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`msa::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@msa`] module"]
#[doc(alias = "MSA")]
pub type Msa = crate::Reg<msa::MsaSpec>;
#[doc = "Master slave address"]
pub mod msa;
#[doc = "MCS (r) register accessor: Master status (read view of MCS)\n\nYou can [`read`](crate::Reg::read) this register and get [`mcs::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mcs`] module"]
#[doc(alias = "MCS")]
pub type Mcs = crate::Reg<mcs::McsSpec>;
#[doc = "Master status (read view of MCS)"]
pub mod mcs;
#[doc = "MCS_CONTROL (w) register accessor: Master control (write view of MCS): the command of the next operation\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mcs_control::W`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mcs_control`] module"]
#[doc(alias = "MCS_CONTROL")]
pub type McsControl = crate::Reg<mcs_control::McsControlSpec>;
#[doc = "Master control (write view of MCS): the command of the next operation"]
pub mod mcs_control;
#[doc = "MDR (rw) register accessor: Master data\n\nYou can [`read`](crate::Reg::read) this register and get [`mdr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mdr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mdr`] module"]
#[doc(alias = "MDR")]
pub type Mdr = crate::Reg<mdr::MdrSpec>;
#[doc = "Master data"]
pub mod mdr;
#[doc = "MTPR (rw) register accessor: Master timer period: SCL period = 20 * (TPR + 1) system clocks\n\nYou can [`read`](crate::Reg::read) this register and get [`mtpr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mtpr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mtpr`] module"]
#[doc(alias = "MTPR")]
pub type Mtpr = crate::Reg<mtpr::MtprSpec>;
#[doc = "Master timer period: SCL period = 20 * (TPR + 1) system clocks"]
pub mod mtpr;
#[doc = "MIMR (rw) register accessor: Master interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`mimr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mimr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mimr`] module"]
#[doc(alias = "MIMR")]
pub type Mimr = crate::Reg<mimr::MimrSpec>;
#[doc = "Master interrupt mask"]
pub mod mimr;
#[doc = "MRIS (r) register accessor: Master raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`mris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mris`] module"]
#[doc(alias = "MRIS")]
pub type Mris = crate::Reg<mris::MrisSpec>;
#[doc = "Master raw interrupt status"]
pub mod mris;
#[doc = "MMIS (r) register accessor: Master masked interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`mmis::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mmis`] module"]
#[doc(alias = "MMIS")]
pub type Mmis = crate::Reg<mmis::MmisSpec>;
#[doc = "Master masked interrupt status"]
pub mod mmis;
#[doc = "MICR (w) register accessor: Master interrupt clear\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`micr::W`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@micr`] module"]
#[doc(alias = "MICR")]
pub type Micr = crate::Reg<micr::MicrSpec>;
#[doc = "Master interrupt clear"]
pub mod micr;
#[doc = "MCR (rw) register accessor: Master configuration\n\nYou can [`read`](crate::Reg::read) this register and get [`mcr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mcr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mcr`] module"]
#[doc(alias = "MCR")]
pub type Mcr = crate::Reg<mcr::McrSpec>;
#[doc = "Master configuration"]
pub mod mcr;
#[doc = "SOAR (rw) register accessor: Slave own address\n\nYou can [`read`](crate::Reg::read) this register and get [`soar::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`soar::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@soar`] module"]
#[doc(alias = "SOAR")]
pub type Soar = crate::Reg<soar::SoarSpec>;
#[doc = "Slave own address"]
pub mod soar;
#[doc = "SCSR (r) register accessor: Slave status (read view of SCSR)\n\nYou can [`read`](crate::Reg::read) this register and get [`scsr::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@scsr`] module"]
#[doc(alias = "SCSR")]
pub type Scsr = crate::Reg<scsr::ScsrSpec>;
#[doc = "Slave status (read view of SCSR)"]
pub mod scsr;
#[doc = "SCSR_CONTROL (w) register accessor: Slave control (write view of SCSR)\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`scsr_control::W`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@scsr_control`] module"]
#[doc(alias = "SCSR_CONTROL")]
pub type ScsrControl = crate::Reg<scsr_control::ScsrControlSpec>;
#[doc = "Slave control (write view of SCSR)"]
pub mod scsr_control;
#[doc = "SDR (rw) register accessor: Slave data\n\nYou can [`read`](crate::Reg::read) this register and get [`sdr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`sdr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@sdr`] module"]
#[doc(alias = "SDR")]
pub type Sdr = crate::Reg<sdr::SdrSpec>;
#[doc = "Slave data"]
pub mod sdr;
#[doc = "SIMR (rw) register accessor: Slave interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`simr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`simr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@simr`] module"]
#[doc(alias = "SIMR")]
pub type Simr = crate::Reg<simr::SimrSpec>;
#[doc = "Slave interrupt mask"]
pub mod simr;
#[doc = "SRIS (r) register accessor: Slave raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`sris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@sris`] module"]
#[doc(alias = "SRIS")]
pub type Sris = crate::Reg<sris::SrisSpec>;
#[doc = "Slave raw interrupt status"]
pub mod sris;
#[doc = "SMIS (r) register accessor: Slave masked interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`smis::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@smis`] module"]
#[doc(alias = "SMIS")]
pub type Smis = crate::Reg<smis::SmisSpec>;
#[doc = "Slave masked interrupt status"]
pub mod smis;
#[doc = "SICR (w) register accessor: Slave interrupt clear\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`sicr::W`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@sicr`] module"]
#[doc(alias = "SICR")]
pub type Sicr = crate::Reg<sicr::SicrSpec>;
#[doc = "Slave interrupt clear"]
pub mod sicr;
