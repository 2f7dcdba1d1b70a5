#[repr(C)]
#[doc = "PWM generator"]
#[doc(alias = "GEN")]
pub struct Gen {
    ctl: Ctl,
    inten: Inten,
    ris: Ris,
    isc: Isc,
    load: Load,
    count: Count,
    cmpa: Cmpa,
    cmpb: Cmpb,
    gena: Gena,
    genb: Genb,
    dbctl: Dbctl,
    dbrise: Dbrise,
    dbfall: Dbfall,
}
impl Gen {
    #[doc = "0x00 - Generator control"]
    #[inline(always)]
    pub const fn ctl(&self) -> &Ctl {
        &self.ctl
    }
    #[doc = "0x04 - Interrupt and ADC trigger enable"]
    #[inline(always)]
    pub const fn inten(&self) -> &Inten {
        &self.inten
    }
    #[doc = "0x08 - Raw interrupt status"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        &self.ris
    }
    #[doc = "0x0c - Interrupt status and clear"]
    #[inline(always)]
    pub const fn isc(&self) -> &Isc {
        &self.isc
    }
    #[doc = "0x10 - Counter load value"]
    #[inline(always)]
    pub const fn load(&self) -> &Load {
        &self.load
    }
    #[doc = "0x14 - Counter value"]
    #[inline(always)]
    pub const fn count(&self) -> &Count {
        &self.count
    }
    #[doc = "0x18 - Comparator A"]
    #[inline(always)]
    pub const fn cmpa(&self) -> &Cmpa {
        &self.cmpa
    }
    #[doc = "0x1c - Comparator B"]
    #[inline(always)]
    pub const fn cmpb(&self) -> &Cmpb {
        &self.cmpb
    }
    #[doc = "0x20 - Output A actions"]
    #[inline(always)]
    pub const fn gena(&self) -> &Gena {
        &self.gena
    }
    #[doc = "0x24 - Output B actions"]
    #[inline(always)]
    pub const fn genb(&self) -> &Genb {
        &self.genb
    }
    #[doc = "0x28 - Dead-band control"]
    #[inline(always)]
    pub const fn dbctl(&self) -> &Dbctl {
        &self.dbctl
    }
    #[doc = "0x2c - Dead-band rising-edge delay"]
    #[inline(always)]
    pub const fn dbrise(&self) -> &Dbrise {
        &self.dbrise
    }
    #[doc = "0x30 - Dead-band falling-edge delay"]
    #[inline(always)]
    pub const fn dbfall(&self) -> &Dbfall {
        &self.dbfall
    }
}
#[doc = "CTL (rw) register accessor: Generator control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ctl`] module"]
#[doc(alias = "CTL")]
pub type Ctl = crate::Reg<ctl::CtlSpec>;
#[doc = "Generator control"]
pub mod ctl;
#[doc = "INTEN (rw) register accessor: Interrupt and ADC trigger enable\n\nYou can [`read`](crate::Reg::read) this register and get [`inten::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`inten::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@inten`] module"]
#[doc(alias = "INTEN")]
pub type Inten = crate::Reg<inten::IntenSpec>;
#[doc = "Interrupt and ADC trigger enable"]
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
#[doc = "LOAD (rw) register accessor: Counter load value\n\nYou can [`read`](crate::Reg::read) this register and get [`load::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`load::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@load`] module"]
#[doc(alias = "LOAD")]
pub type Load = crate::Reg<load::LoadSpec>;
#[doc = "Counter load value"]
pub mod load;
#[doc = "COUNT (r) register accessor: Counter value\n\nYou can [`read`](crate::Reg::read) this register and get [`count::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@count`] module"]
#[doc(alias = "COUNT")]
pub type Count = crate::Reg<count::CountSpec>;
#[doc = "Counter value"]
pub mod count;
#[doc = "CMPA (rw) register accessor: Comparator A\n\nYou can [`read`](crate::Reg::read) this register and get [`cmpa::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cmpa::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@cmpa`] module"]
#[doc(alias = "CMPA")]
pub type Cmpa = crate::Reg<cmpa::CmpaSpec>;
#[doc = "Comparator A"]
pub mod cmpa;
#[doc = "CMPB (rw) register accessor: Comparator B\n\nYou can [`read`](crate::Reg::read) this register and get [`cmpb::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cmpb::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@cmpb`] module"]
#[doc(alias = "CMPB")]
pub type Cmpb = crate::Reg<cmpb::CmpbSpec>;
#[doc = "Comparator B"]
pub mod cmpb;
#[doc = "GENA (rw) register accessor: Output A actions\n\nYou can [`read`](crate::Reg::read) this register and get [`gena::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`gena::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@gena`] module"]
#[doc(alias = "GENA")]
pub type Gena = crate::Reg<gena::GenaSpec>;
#[doc = "Output A actions"]
pub mod gena;
#[doc = "GENB (rw) register accessor: Output B actions\n\nYou can [`read`](crate::Reg::read) this register and get [`genb::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`genb::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@genb`] module"]
#[doc(alias = "GENB")]
pub type Genb = crate::Reg<genb::GenbSpec>;
#[doc = "Output B actions"]
pub mod genb;
#[doc = "DBCTL (rw) register accessor: Dead-band control\n\nYou can [`read`](crate::Reg::read) this register and get [`dbctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dbctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dbctl`] module"]
#[doc(alias = "DBCTL")]
pub type Dbctl = crate::Reg<dbctl::DbctlSpec>;
#[doc = "Dead-band control"]
pub mod dbctl;
#[doc = "DBRISE (rw) register accessor: Dead-band rising-edge delay\n\nYou can [`read`](crate::Reg::read) this register and get [`dbrise::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dbrise::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dbrise`] module"]
#[doc(alias = "DBRISE")]
pub type Dbrise = crate::Reg<dbrise::DbriseSpec>;
#[doc = "Dead-band rising-edge delay"]
pub mod dbrise;
#[doc = "DBFALL (rw) register accessor: Dead-band falling-edge delay\n\nYou can [`read`](crate::Reg::read) this register and get [`dbfall::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dbfall::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dbfall`] module"]
#[doc(alias = "DBFALL")]
pub type Dbfall = crate::Reg<dbfall::DbfallSpec>;
#[doc = "Dead-band falling-edge delay"]
pub mod dbfall;
