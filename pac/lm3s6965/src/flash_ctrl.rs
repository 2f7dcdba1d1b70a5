#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    fma: Fma,
    fmd: Fmd,
    fmc: Fmc,
    fcris: Fcris,
    fcim: Fcim,
    fcmisc: Fcmisc,
}
impl RegisterBlock {
    #[doc = "0x00 - Flash address"]
    #[inline(always)]
    pub const fn fma(&self) -> &Fma {
        &self.fma
    }
    #[doc = "0x04 - Flash data to program"]
    #[inline(always)]
    pub const fn fmd(&self) -> &Fmd {
        &self.fmd
    }
    #[doc = "0x08 - Flash control: every write needs WRKEY"]
    #[inline(always)]
    pub const fn fmc(&self) -> &Fmc {
        &self.fmc
    }
    #[doc = "0x0c - Raw interrupt status"]
    #[inline(always)]
    pub const fn fcris(&self) -> &Fcris {
        &self.fcris
    }
    #[doc = "0x10 - Interrupt mask"]
    #[inline(always)]
    pub const fn fcim(&self) -> &Fcim {
        &self.fcim
    }
    #[doc = "0x14 - Masked interrupt status and clear"]
    #[inline(always)]
    pub const fn fcmisc(&self) -> &Fcmisc {
        &self.fcmisc
    }
}
#[doc = "FMA (rw) register accessor: Flash address\n\nYou can [`read`](crate::Reg::read) this register and get [`fma::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fma::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fma`] module"]
#[doc(alias = "FMA")]
pub type Fma = crate::Reg<fma::FmaSpec>;
#[doc = "Flash address"]
pub mod fma;
#[doc = "FMD (rw) register accessor: Flash data to program\n\nYou can [`read`](crate::Reg::read) this register and get [`fmd::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fmd::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fmd`] module"]
#[doc(alias = "FMD")]
pub type Fmd = crate::Reg<fmd::FmdSpec>;
#[doc = "Flash data to program"]
pub mod fmd;
#[doc = "FMC (rw) register accessor: Flash control: every write needs WRKEY\n\nYou can [`read`](crate::Reg::read) this register and get [`fmc::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fmc::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fmc`] module"]
#[doc(alias = "FMC")]
pub type Fmc = crate::Reg<fmc::FmcSpec>;
#[doc = "Flash control: every write needs WRKEY"]
pub mod fmc;
#[doc = "FCRIS (r) register accessor: Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`fcris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fcris`] module"]
#[doc(alias = "FCRIS")]
pub type Fcris = crate::Reg<fcris::FcrisSpec>;
#[doc = "Raw interrupt status"]
pub mod fcris;
#[doc = "FCIM (rw) register accessor: Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`fcim::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fcim::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fcim`] module"]
#[doc(alias = "FCIM")]
pub type Fcim = crate::Reg<fcim::FcimSpec>;
#[doc = "Interrupt mask"]
pub mod fcim;
#[doc = "FCMISC (rw) register accessor: Masked interrupt status and clear\n\nYou can [`read`](crate::Reg::read) this register and get [`fcmisc::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fcmisc::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fcmisc`] module"]
#[doc(alias = "FCMISC")]
pub type Fcmisc = crate::Reg<fcmisc::FcmiscSpec>;
#[doc = "Masked interrupt status and clear"]
pub mod fcmisc;
