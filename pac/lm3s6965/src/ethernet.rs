#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    _reserved_0_ris: [u8; 0x04],
    im: Im,
    rctl: Rctl,
    tctl: Tctl,
    data: Data,
    ia0: Ia0,
    ia1: Ia1,
    thr: Thr,
    mctl: Mctl,
    mdv: Mdv,
    _reserved10: [u8; 0x04],
    mtxd: Mtxd,
    mrxd: Mrxd,
    np: Np,
    tr: Tr,
}
impl RegisterBlock {
    #[doc = "0x00 - Interrupt acknowledge (write view of RIS)"]
    #[inline(always)]
    pub const fn iack(&self) -> &Iack {
        unsafe { &*core::ptr::from_ref(self).cast::<u8>().cast() }
    }
    #[doc = "0x00 - Raw interrupt status (read view; write IACK to acknowledge)"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        unsafe { &*core::ptr::from_ref(self).cast::<u8>().cast() }
    }
    #[doc = "0x04 - Interrupt mask"]
    #[inline(always)]
    pub const fn im(&self) -> &Im {
        &self.im
    }
    #[doc = "0x08 - Receive control"]
    #[inline(always)]
    pub const fn rctl(&self) -> &Rctl {
        &self.rctl
    }
    #[doc = "0x0c - Transmit control"]
    #[inline(always)]
    pub const fn tctl(&self) -> &Tctl {
        &self.tctl
    }
    #[doc = "0x10 - Data: read from the receive FIFO, write to the transmit FIFO"]
    #[inline(always)]
    pub const fn data(&self) -> &Data {
        &self.data
    }
    #[doc = "0x14 - Individual address, octets 1-4"]
    #[inline(always)]
    pub const fn ia0(&self) -> &Ia0 {
        &self.ia0
    }
    #[doc = "0x18 - Individual address, octets 5-6"]
    #[inline(always)]
    pub const fn ia1(&self) -> &Ia1 {
        &self.ia1
    }
    #[doc = "0x1c - Transmit threshold: start sending before the whole frame is in the FIFO (0x3F = off)"]
    #[inline(always)]
    pub const fn thr(&self) -> &Thr {
        &self.thr
    }
    #[doc = "0x20 - Management (MII) transaction control"]
    #[inline(always)]
    pub const fn mctl(&self) -> &Mctl {
        &self.mctl
    }
    #[doc = "0x24 - Management clock divider: MDC = SysClk / (2 * (DIV + 1)), at most 2.5 MHz"]
    #[inline(always)]
    pub const fn mdv(&self) -> &Mdv {
        &self.mdv
    }
    #[doc = "0x2c - Management data to write"]
    #[inline(always)]
    pub const fn mtxd(&self) -> &Mtxd {
        &self.mtxd
    }
    #[doc = "0x30 - Management data read"]
    #[inline(always)]
    pub const fn mrxd(&self) -> &Mrxd {
        &self.mrxd
    }
    #[doc = "0x34 - Number of frames in the receive FIFO"]
    #[inline(always)]
    pub const fn np(&self) -> &Np {
        &self.np
    }
    #[doc = "0x38 - Transmission request"]
    #[inline(always)]
    pub const fn tr(&self) -> &Tr {
        &self.tr
    }
}
#[doc = "RIS (r) register accessor: Raw interrupt status (read view; write IACK to acknowledge)\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ris`] module"]
#[doc(alias = "RIS")]
pub type Ris = crate::Reg<ris::RisSpec>;
#[doc = "Raw interrupt status (read view; write IACK to acknowledge)"]
pub mod ris;
#[doc = "IACK (w) register accessor: Interrupt acknowledge (write view of RIS)\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`iack::W`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@iack`] module"]
#[doc(alias = "IACK")]
pub type Iack = crate::Reg<iack::IackSpec>;
#[doc = "Interrupt acknowledge (write view of RIS)"]
pub mod iack;
#[doc = "IM (rw) register accessor: Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`im::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`im::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@im`] module"]
#[doc(alias = "IM")]
pub type Im = crate::Reg<im::ImSpec>;
#[doc = "Interrupt mask"]
pub mod im;
#[doc = "RCTL (rw) register accessor: Receive control\n\nYou can [`read`](crate::Reg::read) this register and get [`rctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rctl`] module"]
#[doc(alias = "RCTL")]
pub type Rctl = crate::Reg<rctl::RctlSpec>;
#[doc = "Receive control"]
pub mod rctl;
#[doc = "TCTL (rw) register accessor: Transmit control\n\nYou can [`read`](crate::Reg::read) this register and get [`tctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tctl`] module"]
#[doc(alias = "TCTL")]
pub type Tctl = crate::Reg<tctl::TctlSpec>;
#[doc = "Transmit control"]
pub mod tctl;
#[doc = "DATA (rw) register accessor: Data: read from the receive FIFO, write to the transmit FIFO\n\nYou can [`read`](crate::Reg::read) this register and get [`data::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`data::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@data`] module"]
#[doc(alias = "DATA")]
pub type Data = crate::Reg<data::DataSpec>;
#[doc = "Data: read from the receive FIFO, write to the transmit FIFO"]
pub mod data;
#[doc = "IA0 (rw) register accessor: Individual address, octets 1-4\n\nYou can [`read`](crate::Reg::read) this register and get [`ia0::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ia0::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ia0`] module"]
#[doc(alias = "IA0")]
pub type Ia0 = crate::Reg<ia0::Ia0Spec>;
#[doc = "Individual address, octets 1-4"]
pub mod ia0;
#[doc = "IA1 (rw) register accessor: Individual address, octets 5-6\n\nYou can [`read`](crate::Reg::read) this register and get [`ia1::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ia1::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ia1`] module"]
#[doc(alias = "IA1")]
pub type Ia1 = crate::Reg<ia1::Ia1Spec>;
#[doc = "Individual address, octets 5-6"]
pub mod ia1;
#[doc = "THR (rw) register accessor: Transmit threshold: start sending before the whole frame is in the FIFO (0x3F = off)\n\nYou can [`read`](crate::Reg::read) this register and get [`thr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`thr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@thr`] module"]
#[doc(alias = "THR")]
pub type Thr = crate::Reg<thr::ThrSpec>;
#[doc = "Transmit threshold: start sending before the whole frame is in the FIFO (0x3F = off)"]
pub mod thr;
#[doc = "MCTL (rw) register accessor: Management (MII) transaction control\n\nYou can [`read`](crate::Reg::read) this register and get [`mctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mctl`] module"]
#[doc(alias = "MCTL")]
pub type Mctl = crate::Reg<mctl::MctlSpec>;
#[doc = "Management (MII) transaction control"]
pub mod mctl;
#[doc = "MDV (rw) register accessor: Management clock divider: MDC = SysClk / (2 * (DIV + 1)), at most 2.5 MHz\n\nYou can [`read`](crate::Reg::read) this register and get [`mdv::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mdv::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mdv`] module"]
#[doc(alias = "MDV")]
pub type Mdv = crate::Reg<mdv::MdvSpec>;
#[doc = "Management clock divider: MDC = SysClk / (2 * (DIV + 1)), at most 2.5 MHz"]
pub mod mdv;
#[doc = "MTXD (rw) register accessor: Management data to write\n\nYou can [`read`](crate::Reg::read) this register and get [`mtxd::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mtxd::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mtxd`] module"]
#[doc(alias = "MTXD")]
pub type Mtxd = crate::Reg<mtxd::MtxdSpec>;
#[doc = "Management data to write"]
pub mod mtxd;
#[doc = "MRXD (rw) register accessor: Management data read\n\nYou can [`read`](crate::Reg::read) this register and get [`mrxd::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`mrxd::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mrxd`] module"]
#[doc(alias = "MRXD")]
pub type Mrxd = crate::Reg<mrxd::MrxdSpec>;
#[doc = "Management data read"]
pub mod mrxd;
#[doc = "NP (r) register accessor: Number of frames in the receive FIFO\n\nYou can [`read`](crate::Reg::read) this register and get [`np::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@np`] module"]
#[doc(alias = "NP")]
pub type Np = crate::Reg<np::NpSpec>;
#[doc = "Number of frames in the receive FIFO"]
pub mod np;
#[doc = "TR (rw) register accessor: Transmission request\n\nYou can [`read`](crate::Reg::read) this register and get [`tr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tr`] module"]
#[doc(alias = "TR")]
pub type Tr = crate::Reg<tr::TrSpec>;
#[doc = "Transmission request"]
pub mod tr;
