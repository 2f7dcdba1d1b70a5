#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    actss: Actss,
    ris: Ris,
    im: Im,
    isc: Isc,
    ostat: Ostat,
    emux: Emux,
    ustat: Ustat,
    _reserved7: [u8; 0x04],
    sspri: Sspri,
    _reserved8: [u8; 0x04],
    pssi: Pssi,
    _reserved9: [u8; 0x04],
    sac: Sac,
    _reserved10: [u8; 0x0c],
    ssmux0: Ssmux0,
    ssctl0: Ssctl0,
    ssfifo0: Ssfifo0,
    ssfstat0: Ssfstat0,
    _reserved14: [u8; 0x10],
    ssmux1: Ssmux1,
    ssctl1: Ssctl1,
    ssfifo1: Ssfifo1,
    ssfstat1: Ssfstat1,
    _reserved18: [u8; 0x10],
    ssmux2: Ssmux2,
    ssctl2: Ssctl2,
    ssfifo2: Ssfifo2,
    ssfstat2: Ssfstat2,
    _reserved22: [u8; 0x10],
    ssmux3: Ssmux3,
    ssctl3: Ssctl3,
    ssfifo3: Ssfifo3,
    ssfstat3: Ssfstat3,
    _reserved26: [u8; 0x50],
    tmlb: Tmlb,
}
impl RegisterBlock {
    #[doc = "0x00 - Active sample sequencers"]
    #[inline(always)]
    pub const fn actss(&self) -> &Actss {
        &self.actss
    }
    #[doc = "0x04 - Raw interrupt status"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        &self.ris
    }
    #[doc = "0x08 - Interrupt mask"]
    #[inline(always)]
    pub const fn im(&self) -> &Im {
        &self.im
    }
    #[doc = "0x0c - Interrupt status and clear: reads masked status, write 1 to clear"]
    #[inline(always)]
    pub const fn isc(&self) -> &Isc {
        &self.isc
    }
    #[doc = "0x10 - FIFO overflow status (write 1 to clear)"]
    #[inline(always)]
    pub const fn ostat(&self) -> &Ostat {
        &self.ostat
    }
    #[doc = "0x14 - Event multiplexer: trigger of each sequencer"]
    #[inline(always)]
    pub const fn emux(&self) -> &Emux {
        &self.emux
    }
    #[doc = "0x18 - FIFO underflow status (write 1 to clear)"]
    #[inline(always)]
    pub const fn ustat(&self) -> &Ustat {
        &self.ustat
    }
    #[doc = "0x20 - Sequencer priority (0 highest; each sequencer needs a distinct value)"]
    #[inline(always)]
    pub const fn sspri(&self) -> &Sspri {
        &self.sspri
    }
    #[doc = "0x28 - Processor sample sequence initiate"]
    #[inline(always)]
    pub const fn pssi(&self) -> &Pssi {
        &self.pssi
    }
    #[doc = "0x30 - Sample averaging control"]
    #[inline(always)]
    pub const fn sac(&self) -> &Sac {
        &self.sac
    }
    #[doc = "0x40 - Sequencer 0 input multiplexer (8 samples)"]
    #[inline(always)]
    pub const fn ssmux0(&self) -> &Ssmux0 {
        &self.ssmux0
    }
    #[doc = "0x44 - Sequencer 0 control (8 samples)"]
    #[inline(always)]
    pub const fn ssctl0(&self) -> &Ssctl0 {
        &self.ssctl0
    }
    #[doc = "0x48 - Sequencer 0 result FIFO"]
    #[inline(always)]
    pub const fn ssfifo0(&self) -> &Ssfifo0 {
        &self.ssfifo0
    }
    #[doc = "0x4c - Sequencer 0 FIFO status"]
    #[inline(always)]
    pub const fn ssfstat0(&self) -> &Ssfstat0 {
        &self.ssfstat0
    }
    #[doc = "0x60 - Sequencer 1 input multiplexer (4 samples)"]
    #[inline(always)]
    pub const fn ssmux1(&self) -> &Ssmux1 {
        &self.ssmux1
    }
    #[doc = "0x64 - Sequencer 1 control (4 samples)"]
    #[inline(always)]
    pub const fn ssctl1(&self) -> &Ssctl1 {
        &self.ssctl1
    }
    #[doc = "0x68 - Sequencer 1 result FIFO"]
    #[inline(always)]
    pub const fn ssfifo1(&self) -> &Ssfifo1 {
        &self.ssfifo1
    }
    #[doc = "0x6c - Sequencer 1 FIFO status"]
    #[inline(always)]
    pub const fn ssfstat1(&self) -> &Ssfstat1 {
        &self.ssfstat1
    }
    #[doc = "0x80 - Sequencer 2 input multiplexer (4 samples)"]
    #[inline(always)]
    pub const fn ssmux2(&self) -> &Ssmux2 {
        &self.ssmux2
    }
    #[doc = "0x84 - Sequencer 2 control (4 samples)"]
    #[inline(always)]
    pub const fn ssctl2(&self) -> &Ssctl2 {
        &self.ssctl2
    }
    #[doc = "0x88 - Sequencer 2 result FIFO"]
    #[inline(always)]
    pub const fn ssfifo2(&self) -> &Ssfifo2 {
        &self.ssfifo2
    }
    #[doc = "0x8c - Sequencer 2 FIFO status"]
    #[inline(always)]
    pub const fn ssfstat2(&self) -> &Ssfstat2 {
        &self.ssfstat2
    }
    #[doc = "0xa0 - Sequencer 3 input multiplexer (1 sample)"]
    #[inline(always)]
    pub const fn ssmux3(&self) -> &Ssmux3 {
        &self.ssmux3
    }
    #[doc = "0xa4 - Sequencer 3 control (1 sample)"]
    #[inline(always)]
    pub const fn ssctl3(&self) -> &Ssctl3 {
        &self.ssctl3
    }
    #[doc = "0xa8 - Sequencer 3 result FIFO"]
    #[inline(always)]
    pub const fn ssfifo3(&self) -> &Ssfifo3 {
        &self.ssfifo3
    }
    #[doc = "0xac - Sequencer 3 FIFO status"]
    #[inline(always)]
    pub const fn ssfstat3(&self) -> &Ssfstat3 {
        &self.ssfstat3
    }
    #[doc = "0x100 - Test mode loopback"]
    #[inline(always)]
    pub const fn tmlb(&self) -> &Tmlb {
        &self.tmlb
    }
}
#[doc = "ACTSS (rw) register accessor: Active sample sequencers\n\nYou can [`read`](crate::Reg::read) this register and get [`actss::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`actss::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@actss`] module"]
#[doc(alias = "ACTSS")]
pub type Actss = crate::Reg<actss::ActssSpec>;
#[doc = "Active sample sequencers"]
pub mod actss;
#[doc = "RIS (r) register accessor: Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ris`] module"]
#[doc(alias = "RIS")]
pub type Ris = crate::Reg<ris::RisSpec>;
#[doc = "Raw interrupt status"]
pub mod ris;
#[doc = "IM (rw) register accessor: Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`im::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`im::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@im`] module"]
#[doc(alias = "IM")]
pub type Im = crate::Reg<im::ImSpec>;
#[doc = "Interrupt mask"]
pub mod im;
#[doc = "ISC (rw) register accessor: Interrupt status and clear: reads masked status, write 1 to clear\n\nYou can [`read`](crate::Reg::read) this register and get [`isc::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`isc::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@isc`] module"]
#[doc(alias = "ISC")]
pub type Isc = crate::Reg<isc::IscSpec>;
#[doc = "Interrupt status and clear: reads masked status, write 1 to clear"]
pub mod isc;
#[doc = "OSTAT (rw) register accessor: FIFO overflow status (write 1 to clear)\n\nYou can [`read`](crate::Reg::read) this register and get [`ostat::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ostat::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ostat`] module"]
#[doc(alias = "OSTAT")]
pub type Ostat = crate::Reg<ostat::OstatSpec>;
#[doc = "FIFO overflow status (write 1 to clear)"]
pub mod ostat;
#[doc = "EMUX (rw) register accessor: Event multiplexer: trigger of each sequencer\n\nYou can [`read`](crate::Reg::read) this register and get [`emux::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`emux::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@emux`] module"]
#[doc(alias = "EMUX")]
pub type Emux = crate::Reg<emux::EmuxSpec>;
#[doc = "Event multiplexer: trigger of each sequencer"]
pub mod emux;
#[doc = "USTAT (rw) register accessor: FIFO underflow status (write 1 to clear)\n\nYou can [`read`](crate::Reg::read) this register and get [`ustat::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ustat::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ustat`] module"]
#[doc(alias = "USTAT")]
pub type Ustat = crate::Reg<ustat::UstatSpec>;
#[doc = "FIFO underflow status (write 1 to clear)"]
pub mod ustat;
#[doc = "SSPRI (rw) register accessor: Sequencer priority (0 highest; each sequencer needs a distinct value)\n\nYou can [`read`](crate::Reg::read) this register and get [`sspri::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`sspri::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@sspri`] module"]
#[doc(alias = "SSPRI")]
pub type Sspri = crate::Reg<sspri::SspriSpec>;
#[doc = "Sequencer priority (0 highest; each sequencer needs a distinct value)"]
pub mod sspri;
#[doc = "PSSI (w) register accessor: Processor sample sequence initiate\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`pssi::W`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@pssi`] module"]
#[doc(alias = "PSSI")]
pub type Pssi = crate::Reg<pssi::PssiSpec>;
#[doc = "Processor sample sequence initiate"]
pub mod pssi;
#[doc = "SAC (rw) register accessor: Sample averaging control\n\nYou can [`read`](crate::Reg::read) this register and get [`sac::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`sac::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@sac`] module"]
#[doc(alias = "SAC")]
pub type Sac = crate::Reg<sac::SacSpec>;
#[doc = "Sample averaging control"]
pub mod sac;
#[doc = "SSMUX0 (rw) register accessor: Sequencer 0 input multiplexer (8 samples)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssmux0::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssmux0::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ssmux0`] module"]
#[doc(alias = "SSMUX0")]
pub type Ssmux0 = crate::Reg<ssmux0::Ssmux0Spec>;
#[doc = "Sequencer 0 input multiplexer (8 samples)"]
pub mod ssmux0;
#[doc = "SSCTL0 (rw) register accessor: Sequencer 0 control (8 samples)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssctl0::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssctl0::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ssctl0`] module"]
#[doc(alias = "SSCTL0")]
pub type Ssctl0 = crate::Reg<ssctl0::Ssctl0Spec>;
#[doc = "Sequencer 0 control (8 samples)"]
pub mod ssctl0;
#[doc = "SSFIFO0 (r) register accessor: Sequencer 0 result FIFO\n\nYou can [`read`](crate::Reg::read) this register and get [`ssfifo0::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ssfifo0`] module"]
#[doc(alias = "SSFIFO0")]
pub type Ssfifo0 = crate::Reg<ssfifo0::Ssfifo0Spec>;
#[doc = "Sequencer 0 result FIFO"]
pub mod ssfifo0;
#[doc = "SSFSTAT0 (r) register accessor: Sequencer 0 FIFO status\n\nYou can [`read`](crate::Reg::read) this register and get [`ssfstat0::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ssfstat0`] module"]
#[doc(alias = "SSFSTAT0")]
pub type Ssfstat0 = crate::Reg<ssfstat0::Ssfstat0Spec>;
#[doc = "Sequencer 0 FIFO status"]
pub mod ssfstat0;
#[doc = "SSMUX1 (rw) register accessor: Sequencer 1 input multiplexer (4 samples)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssmux1::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssmux1::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ssmux1`] module"]
#[doc(alias = "SSMUX1")]
pub type Ssmux1 = crate::Reg<ssmux1::Ssmux1Spec>;
#[doc = "Sequencer 1 input multiplexer (4 samples)"]
pub mod ssmux1;
#[doc = "SSCTL1 (rw) register accessor: Sequencer 1 control (4 samples)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssctl1::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssctl1::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ssctl1`] module"]
#[doc(alias = "SSCTL1")]
pub type Ssctl1 = crate::Reg<ssctl1::Ssctl1Spec>;
#[doc = "Sequencer 1 control (4 samples)"]
pub mod ssctl1;
pub use ssctl1 as ssctl2;
pub use ssfifo0 as ssfifo1;
pub use ssfifo0 as ssfifo2;
pub use ssfstat0 as ssfstat1;
pub use ssfstat0 as ssfstat2;
pub use ssmux1 as ssmux2;
pub use Ssctl1 as Ssctl2;
pub use Ssfifo0 as Ssfifo1;
pub use Ssfifo0 as Ssfifo2;
pub use Ssfstat0 as Ssfstat1;
pub use Ssfstat0 as Ssfstat2;
pub use Ssmux1 as Ssmux2;
#[doc = "SSMUX3 (rw) register accessor: Sequencer 3 input multiplexer (1 sample)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssmux3::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssmux3::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ssmux3`] module"]
#[doc(alias = "SSMUX3")]
pub type Ssmux3 = crate::Reg<ssmux3::Ssmux3Spec>;
#[doc = "Sequencer 3 input multiplexer (1 sample)"]
pub mod ssmux3;
#[doc = "SSCTL3 (rw) register accessor: Sequencer 3 control (1 sample)\n\nYou can [`read`](crate::Reg::read) this register and get [`ssctl3::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ssctl3::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ssctl3`] module"]
#[doc(alias = "SSCTL3")]
pub type Ssctl3 = crate::Reg<ssctl3::Ssctl3Spec>;
#[doc = "Sequencer 3 control (1 sample)"]
pub mod ssctl3;
pub use ssfifo0 as ssfifo3;
pub use ssfstat0 as ssfstat3;
pub use Ssfifo0 as Ssfifo3;
pub use Ssfstat0 as Ssfstat3;
#[doc = "TMLB (rw) register accessor: Test mode loopback\n\nYou can [`read`](crate::Reg::read) this register and get [`tmlb::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tmlb::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tmlb`] module"]
#[doc(alias = "TMLB")]
pub type Tmlb = crate::Reg<tmlb::TmlbSpec>;
#[doc = "Test mode loopback"]
pub mod tmlb;
