#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    ctl: Ctl,
    sync: Sync,
    enable: Enable,
    invert: Invert,
    fault: Fault,
    inten: Inten,
    ris: Ris,
    isc: Isc,
    status: Status,
    _reserved9: [u8; 0x1c],
    gen_: (),
}
impl RegisterBlock {
    #[doc = "0x00 - Master control"]
    #[inline(always)]
    pub const fn ctl(&self) -> &Ctl {
        &self.ctl
    }
    #[doc = "0x04 - Time base synchronisation"]
    #[inline(always)]
    pub const fn sync(&self) -> &Sync {
        &self.sync
    }
    #[doc = "0x08 - Output enable"]
    #[inline(always)]
    pub const fn enable(&self) -> &Enable {
        &self.enable
    }
    #[doc = "0x0c - Output inversion"]
    #[inline(always)]
    pub const fn invert(&self) -> &Invert {
        &self.invert
    }
    #[doc = "0x10 - Output fault behaviour"]
    #[inline(always)]
    pub const fn fault(&self) -> &Fault {
        &self.fault
    }
    #[doc = "0x14 - Interrupt enable"]
    #[inline(always)]
    pub const fn inten(&self) -> &Inten {
        &self.inten
    }
    #[doc = "0x18 - Raw interrupt status"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        &self.ris
    }
    #[doc = "0x1c - Interrupt status and clear"]
    #[inline(always)]
    pub const fn isc(&self) -> &Isc {
        &self.isc
    }
    #[doc = "0x20 - Status"]
    #[inline(always)]
    pub const fn status(&self) -> &Status {
        &self.status
    }
    #[doc = "0x40..0xdc - PWM generator"]
    #[inline(always)]
    pub const fn gen_(&self, n: usize) -> &Gen {
        #[allow(clippy::no_effect)]
        [(); 3][n];
        unsafe {
            &*core::ptr::from_ref(self)
                .cast::<u8>()
                .add(64)
                .add(64 * n)
                .cast()
        }
    }
    #[doc = "Iterator for array of:"]
    #[doc = "0x40..0xdc - PWM generator"]
    #[inline(always)]
    pub fn gen__iter(&self) -> impl Iterator<Item = &Gen> {
        (0..3).map(move |n| unsafe {
            &*core::ptr::from_ref(self)
                .cast::<u8>()
                .add(64)
                .add(64 * n)
                .cast()
        })
    }
}
#[doc = "CTL (rw) register accessor: Master control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ctl`] module"]
#[doc(alias = "CTL")]
pub type Ctl = crate::Reg<ctl::CtlSpec>;
#[doc = "Master control"]
pub mod ctl;
#[doc = "SYNC (rw) register accessor: Time base synchronisation\n\nYou can [`read`](crate::Reg::read) this register and get [`sync::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`sync::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@sync`] module"]
#[doc(alias = "SYNC")]
pub type Sync = crate::Reg<sync::SyncSpec>;
#[doc = "Time base synchronisation"]
pub mod sync;
#[doc = "ENABLE (rw) register accessor: Output enable\n\nYou can [`read`](crate::Reg::read) this register and get [`enable::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`enable::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@enable`] module"]
#[doc(alias = "ENABLE")]
pub type Enable = crate::Reg<enable::EnableSpec>;
#[doc = "Output enable"]
pub mod enable;
#[doc = "INVERT (rw) register accessor: Output inversion\n\nYou can [`read`](crate::Reg::read) this register and get [`invert::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`invert::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@invert`] module"]
#[doc(alias = "INVERT")]
pub type Invert = crate::Reg<invert::InvertSpec>;
#[doc = "Output inversion"]
pub mod invert;
#[doc = "FAULT (rw) register accessor: Output fault behaviour\n\nYou can [`read`](crate::Reg::read) this register and get [`fault::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fault::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fault`] module"]
#[doc(alias = "FAULT")]
pub type Fault = crate::Reg<fault::FaultSpec>;
#[doc = "Output fault behaviour"]
pub mod fault;
#[doc = "INTEN (rw) register accessor: Interrupt enable\n\nYou can [`read`](crate::Reg::read) this register and get [`inten::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`inten::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@inten`] module"]
#[doc(alias = "INTEN")]
pub type Inten = crate::Reg<inten::IntenSpec>;
#[doc = "Interrupt enable"]
pub mod inten;
#[doc = "RIS (r) register accessor: Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ris`] module"]
#[doc(alias = "RIS")]
pub type Ris = crate::Reg<ris::RisSpec>;
#[doc = "Raw interrupt status"]
pub mod ris;
#[doc = "ISC (rw) register accessor: Interrupt status and clear\n\nYou can [`read`](crate::Reg::read) this register and get [`isc::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`isc::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@isc`] module"]
#[doc(alias = "ISC")]
pub type Isc = crate::Reg<isc::IscSpec>;
#[doc = "Interrupt status and clear"]
pub mod isc;
#[doc = "STATUS (r) register accessor: Status\n\nYou can [`read`](crate::Reg::read) this register and get [`status::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@status`] module"]
#[doc(alias = "STATUS")]
pub type Status = crate::Reg<status::StatusSpec>;
#[doc = "Status"]
pub mod status;
#[doc = "PWM generator"]
pub use self::gen_::Gen;
#[doc = r"Cluster"]
#[doc = "PWM generator"]
pub mod gen_;
