#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    ctl: Ctl,
    stat: Stat,
    pos: Pos,
    maxpos: Maxpos,
    load: Load,
    time: Time,
    count: Count,
    speed: Speed,
    inten: Inten,
    ris: Ris,
    isc: Isc,
}
impl RegisterBlock {
    #[doc = "0x00 - Control"]
    #[inline(always)]
    pub const fn ctl(&self) -> &Ctl {
        &self.ctl
    }
    #[doc = "0x04 - Status"]
    #[inline(always)]
    pub const fn stat(&self) -> &Stat {
        &self.stat
    }
    #[doc = "0x08 - Position"]
    #[inline(always)]
    pub const fn pos(&self) -> &Pos {
        &self.pos
    }
    #[doc = "0x0c - Maximum position"]
    #[inline(always)]
    pub const fn maxpos(&self) -> &Maxpos {
        &self.maxpos
    }
    #[doc = "0x10 - Velocity timer load"]
    #[inline(always)]
    pub const fn load(&self) -> &Load {
        &self.load
    }
    #[doc = "0x14 - Velocity timer"]
    #[inline(always)]
    pub const fn time(&self) -> &Time {
        &self.time
    }
    #[doc = "0x18 - Velocity pulse count"]
    #[inline(always)]
    pub const fn count(&self) -> &Count {
        &self.count
    }
    #[doc = "0x1c - Velocity"]
    #[inline(always)]
    pub const fn speed(&self) -> &Speed {
        &self.speed
    }
    #[doc = "0x20 - Interrupt enable"]
    #[inline(always)]
    pub const fn inten(&self) -> &Inten {
        &self.inten
    }
    #[doc = "0x24 - Raw interrupt status"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        &self.ris
    }
    #[doc = "0x28 - Interrupt status and clear"]
    #[inline(always)]
    pub const fn isc(&self) -> &Isc {
        &self.isc
    }
}
#[doc = "CTL (rw) register accessor: Control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ctl`] module"]
#[doc(alias = "CTL")]
pub type Ctl = crate::Reg<ctl::CtlSpec>;
#[doc = "Control"]
pub mod ctl;
#[doc = "STAT (r) register accessor: Status\n\nYou can [`read`](crate::Reg::read) this register and get [`stat::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@stat`] module"]
#[doc(alias = "STAT")]
pub type Stat = crate::Reg<stat::StatSpec>;
#[doc = "Status"]
pub mod stat;
#[doc = "POS (rw) register accessor: Position\n\nYou can [`read`](crate::Reg::read) this register and get [`pos::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`pos::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@pos`] module"]
#[doc(alias = "POS")]
pub type Pos = crate::Reg<pos::PosSpec>;
#[doc = "Position"]
pub mod pos;
#[doc = "MAXPOS (rw) register accessor: Maximum position\n\nYou can [`read`](crate::Reg::read) this register and get [`maxpos::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`maxpos::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@maxpos`] module"]
#[doc(alias = "MAXPOS")]
pub type Maxpos = crate::Reg<maxpos::MaxposSpec>;
#[doc = "Maximum position"]
pub mod maxpos;
#[doc = "LOAD (rw) register accessor: Velocity timer load\n\nYou can [`read`](crate::Reg::read) this register and get [`load::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`load::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@load`] module"]
#[doc(alias = "LOAD")]
pub type Load = crate::Reg<load::LoadSpec>;
#[doc = "Velocity timer load"]
pub mod load;
#[doc = "TIME (r) register accessor: Velocity timer\n\nYou can [`read`](crate::Reg::read) this register and get [`time::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@time`] module"]
#[doc(alias = "TIME")]
pub type Time = crate::Reg<time::TimeSpec>;
#[doc = "Velocity timer"]
pub mod time;
#[doc = "COUNT (r) register accessor: Velocity pulse count\n\nYou can [`read`](crate::Reg::read) this register and get [`count::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@count`] module"]
#[doc(alias = "COUNT")]
pub type Count = crate::Reg<count::CountSpec>;
#[doc = "Velocity pulse count"]
pub mod count;
#[doc = "SPEED (r) register accessor: Velocity\n\nYou can [`read`](crate::Reg::read) this register and get [`speed::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@speed`] module"]
#[doc(alias = "SPEED")]
pub type Speed = crate::Reg<speed::SpeedSpec>;
#[doc = "Velocity"]
pub mod speed;
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
