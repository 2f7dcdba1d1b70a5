#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    rtcc: Rtcc,
    rtcm0: Rtcm0,
    rtcm1: Rtcm1,
    rtcld: Rtcld,
    ctl: Ctl,
    im: Im,
    ris: Ris,
    mis: Mis,
    ic: Ic,
    rtct: Rtct,
    _reserved10: [u8; 0x08],
    data: [Data; 64],
}
impl RegisterBlock {
    #[doc = "0x00 - RTC counter"]
    #[inline(always)]
    pub const fn rtcc(&self) -> &Rtcc {
        &self.rtcc
    }
    #[doc = "0x04 - RTC match 0"]
    #[inline(always)]
    pub const fn rtcm0(&self) -> &Rtcm0 {
        &self.rtcm0
    }
    #[doc = "0x08 - RTC match 1"]
    #[inline(always)]
    pub const fn rtcm1(&self) -> &Rtcm1 {
        &self.rtcm1
    }
    #[doc = "0x0c - RTC load"]
    #[inline(always)]
    pub const fn rtcld(&self) -> &Rtcld {
        &self.rtcld
    }
    #[doc = "0x10 - Control"]
    #[inline(always)]
    pub const fn ctl(&self) -> &Ctl {
        &self.ctl
    }
    #[doc = "0x14 - Interrupt mask"]
    #[inline(always)]
    pub const fn im(&self) -> &Im {
        &self.im
    }
    #[doc = "0x18 - Raw interrupt status"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        &self.ris
    }
    #[doc = "0x1c - Masked interrupt status"]
    #[inline(always)]
    pub const fn mis(&self) -> &Mis {
        &self.mis
    }
    #[doc = "0x20 - Interrupt clear"]
    #[inline(always)]
    pub const fn ic(&self) -> &Ic {
        &self.ic
    }
    #[doc = "0x24 - RTC trim"]
    #[inline(always)]
    pub const fn rtct(&self) -> &Rtct {
        &self.rtct
    }
    #[doc = "0x30..0x130 - Battery-backed memory"]
    #[inline(always)]
    pub const fn data(&self, n: usize) -> &Data {
        &self.data[n]
    }
    #[doc = "Iterator for array of:"]
    #[doc = "0x30..0x130 - Battery-backed memory"]
    #[inline(always)]
    pub fn data_iter(&self) -> impl Iterator<Item = &Data> {
        self.data.iter()
    }
}
#[doc = "RTCC (r) register accessor: RTC counter\n\nYou can [`read`](crate::Reg::read) this register and get [`rtcc::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rtcc`] module"]
#[doc(alias = "RTCC")]
pub type Rtcc = crate::Reg<rtcc::RtccSpec>;
#[doc = "RTC counter"]
pub mod rtcc;
#[doc = "RTCM0 (rw) register accessor: RTC match 0\n\nYou can [`read`](crate::Reg::read) this register and get [`rtcm0::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rtcm0::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rtcm0`] module"]
#[doc(alias = "RTCM0")]
pub type Rtcm0 = crate::Reg<rtcm0::Rtcm0Spec>;
#[doc = "RTC match 0"]
pub mod rtcm0;
#[doc = "RTCM1 (rw) register accessor: RTC match 1\n\nYou can [`read`](crate::Reg::read) this register and get [`rtcm1::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rtcm1::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rtcm1`] module"]
#[doc(alias = "RTCM1")]
pub type Rtcm1 = crate::Reg<rtcm1::Rtcm1Spec>;
#[doc = "RTC match 1"]
pub mod rtcm1;
#[doc = "RTCLD (rw) register accessor: RTC load\n\nYou can [`read`](crate::Reg::read) this register and get [`rtcld::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rtcld::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rtcld`] module"]
#[doc(alias = "RTCLD")]
pub type Rtcld = crate::Reg<rtcld::RtcldSpec>;
#[doc = "RTC load"]
pub mod rtcld;
#[doc = "CTL (rw) register accessor: Control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ctl`] module"]
#[doc(alias = "CTL")]
pub type Ctl = crate::Reg<ctl::CtlSpec>;
#[doc = "Control"]
pub mod ctl;
#[doc = "IM (rw) register accessor: Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`im::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`im::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@im`] module"]
#[doc(alias = "IM")]
pub type Im = crate::Reg<im::ImSpec>;
#[doc = "Interrupt mask"]
pub mod im;
#[doc = "RIS (r) register accessor: Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ris`] module"]
#[doc(alias = "RIS")]
pub type Ris = crate::Reg<ris::RisSpec>;
#[doc = "Raw interrupt status"]
pub mod ris;
#[doc = "MIS (r) register accessor: Masked interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`mis::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@mis`] module"]
#[doc(alias = "MIS")]
pub type Mis = crate::Reg<mis::MisSpec>;
#[doc = "Masked interrupt status"]
pub mod mis;
#[doc = "IC (rw) register accessor: Interrupt clear\n\nYou can [`read`](crate::Reg::read) this register and get [`ic::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ic::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ic`] module"]
#[doc(alias = "IC")]
pub type Ic = crate::Reg<ic::IcSpec>;
#[doc = "Interrupt clear"]
pub mod ic;
#[doc = "RTCT (rw) register accessor: RTC trim\n\nYou can [`read`](crate::Reg::read) this register and get [`rtct::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rtct::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rtct`] module"]
#[doc(alias = "RTCT")]
pub type Rtct = crate::Reg<rtct::RtctSpec>;
#[doc = "RTC trim"]
pub mod rtct;
#[doc = "DATA (rw) register accessor: Battery-backed memory\n\nYou can [`read`](crate::Reg::read) this register and get [`data::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`data::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@data`] module"]
#[doc(alias = "DATA")]
pub type Data = crate::Reg<data::DataSpec>;
#[doc = "Battery-backed memory"]
pub mod data;
