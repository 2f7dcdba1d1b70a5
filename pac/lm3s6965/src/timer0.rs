#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    cfg: Cfg,
    tamr: Tamr,
    tbmr: Tbmr,
    ctl: Ctl,
    _reserved4: [u8; 0x08],
    imr: Imr,
    ris: Ris,
    mis: Mis,
    icr: Icr,
    tailr: Tailr,
    tbilr: Tbilr,
    tamatchr: Tamatchr,
    tbmatchr: Tbmatchr,
    tapr: Tapr,
    tbpr: Tbpr,
    tapmr: Tapmr,
    tbpmr: Tbpmr,
    tar: Tar,
    tbr: Tbr,
}
impl RegisterBlock {
    #[doc = "0x00 - Configuration (change only while both timers are disabled)"]
    #[inline(always)]
    pub const fn cfg(&self) -> &Cfg {
        &self.cfg
    }
    #[doc = "0x04 - Timer A mode"]
    #[inline(always)]
    pub const fn tamr(&self) -> &Tamr {
        &self.tamr
    }
    #[doc = "0x08 - Timer B mode"]
    #[inline(always)]
    pub const fn tbmr(&self) -> &Tbmr {
        &self.tbmr
    }
    #[doc = "0x0c - Control"]
    #[inline(always)]
    pub const fn ctl(&self) -> &Ctl {
        &self.ctl
    }
    #[doc = "0x18 - Interrupt mask"]
    #[inline(always)]
    pub const fn imr(&self) -> &Imr {
        &self.imr
    }
    #[doc = "0x1c - Raw interrupt status"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        &self.ris
    }
    #[doc = "0x20 - Masked interrupt status"]
    #[inline(always)]
    pub const fn mis(&self) -> &Mis {
        &self.mis
    }
    #[doc = "0x24 - Interrupt clear"]
    #[inline(always)]
    pub const fn icr(&self) -> &Icr {
        &self.icr
    }
    #[doc = "0x28 - Timer A interval load (all 32 bits in 32-bit modes, bits 15:0 in 16-bit mode)"]
    #[inline(always)]
    pub const fn tailr(&self) -> &Tailr {
        &self.tailr
    }
    #[doc = "0x2c - Timer B interval load (16-bit mode)"]
    #[inline(always)]
    pub const fn tbilr(&self) -> &Tbilr {
        &self.tbilr
    }
    #[doc = "0x30 - Timer A match (RTC match in RTC mode, PWM duty in PWM mode)"]
    #[inline(always)]
    pub const fn tamatchr(&self) -> &Tamatchr {
        &self.tamatchr
    }
    #[doc = "0x34 - Timer B match"]
    #[inline(always)]
    pub const fn tbmatchr(&self) -> &Tbmatchr {
        &self.tbmatchr
    }
    #[doc = "0x38 - Timer A prescale (16-bit mode)"]
    #[inline(always)]
    pub const fn tapr(&self) -> &Tapr {
        &self.tapr
    }
    #[doc = "0x3c - Timer B prescale (16-bit mode)"]
    #[inline(always)]
    pub const fn tbpr(&self) -> &Tbpr {
        &self.tbpr
    }
    #[doc = "0x40 - Timer A prescale match (16-bit mode)"]
    #[inline(always)]
    pub const fn tapmr(&self) -> &Tapmr {
        &self.tapmr
    }
    #[doc = "0x44 - Timer B prescale match (16-bit mode)"]
    #[inline(always)]
    pub const fn tbpmr(&self) -> &Tbpmr {
        &self.tbpmr
    }
    #[doc = "0x48 - Timer A current value"]
    #[inline(always)]
    pub const fn tar(&self) -> &Tar {
        &self.tar
    }
    #[doc = "0x4c - Timer B current value"]
    #[inline(always)]
    pub const fn tbr(&self) -> &Tbr {
        &self.tbr
    }
}
#[doc = "CFG (rw) register accessor: Configuration (change only while both timers are disabled)\n\nYou can [`read`](crate::Reg::read) this register and get [`cfg::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cfg::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@cfg`] module"]
#[doc(alias = "CFG")]
pub type Cfg = crate::Reg<cfg::CfgSpec>;
#[doc = "Configuration (change only while both timers are disabled)"]
pub mod cfg;
#[doc = "TAMR (rw) register accessor: Timer A mode\n\nYou can [`read`](crate::Reg::read) this register and get [`tamr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tamr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tamr`] module"]
#[doc(alias = "TAMR")]
pub type Tamr = crate::Reg<tamr::TamrSpec>;
#[doc = "Timer A mode"]
pub mod tamr;
#[doc = "TBMR (rw) register accessor: Timer B mode\n\nYou can [`read`](crate::Reg::read) this register and get [`tbmr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbmr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tbmr`] module"]
#[doc(alias = "TBMR")]
pub type Tbmr = crate::Reg<tbmr::TbmrSpec>;
#[doc = "Timer B mode"]
pub mod tbmr;
#[doc = "CTL (rw) register accessor: Control\n\nYou can [`read`](crate::Reg::read) this register and get [`ctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ctl`] module"]
#[doc(alias = "CTL")]
pub type Ctl = crate::Reg<ctl::CtlSpec>;
#[doc = "Control"]
pub mod ctl;
#[doc = "IMR (rw) register accessor: Interrupt mask\n\nYou can [`read`](crate::Reg::read) this register and get [`imr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`imr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@imr`] module"]
#[doc(alias = "IMR")]
pub type Imr = crate::Reg<imr::ImrSpec>;
#[doc = "Interrupt mask"]
pub mod imr;
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
#[doc = "ICR (w) register accessor: Interrupt clear\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`icr::W`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@icr`] module"]
#[doc(alias = "ICR")]
pub type Icr = crate::Reg<icr::IcrSpec>;
#[doc = "Interrupt clear"]
pub mod icr;
#[doc = "TAILR (rw) register accessor: Timer A interval load (all 32 bits in 32-bit modes, bits 15:0 in 16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tailr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tailr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tailr`] module"]
#[doc(alias = "TAILR")]
pub type Tailr = crate::Reg<tailr::TailrSpec>;
#[doc = "Timer A interval load (all 32 bits in 32-bit modes, bits 15:0 in 16-bit mode)"]
pub mod tailr;
#[doc = "TBILR (rw) register accessor: Timer B interval load (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tbilr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbilr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tbilr`] module"]
#[doc(alias = "TBILR")]
pub type Tbilr = crate::Reg<tbilr::TbilrSpec>;
#[doc = "Timer B interval load (16-bit mode)"]
pub mod tbilr;
#[doc = "TAMATCHR (rw) register accessor: Timer A match (RTC match in RTC mode, PWM duty in PWM mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tamatchr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tamatchr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tamatchr`] module"]
#[doc(alias = "TAMATCHR")]
pub type Tamatchr = crate::Reg<tamatchr::TamatchrSpec>;
#[doc = "Timer A match (RTC match in RTC mode, PWM duty in PWM mode)"]
pub mod tamatchr;
#[doc = "TBMATCHR (rw) register accessor: Timer B match\n\nYou can [`read`](crate::Reg::read) this register and get [`tbmatchr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbmatchr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tbmatchr`] module"]
#[doc(alias = "TBMATCHR")]
pub type Tbmatchr = crate::Reg<tbmatchr::TbmatchrSpec>;
#[doc = "Timer B match"]
pub mod tbmatchr;
#[doc = "TAPR (rw) register accessor: Timer A prescale (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tapr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tapr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tapr`] module"]
#[doc(alias = "TAPR")]
pub type Tapr = crate::Reg<tapr::TaprSpec>;
#[doc = "Timer A prescale (16-bit mode)"]
pub mod tapr;
#[doc = "TBPR (rw) register accessor: Timer B prescale (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tbpr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbpr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tbpr`] module"]
#[doc(alias = "TBPR")]
pub type Tbpr = crate::Reg<tbpr::TbprSpec>;
#[doc = "Timer B prescale (16-bit mode)"]
pub mod tbpr;
#[doc = "TAPMR (rw) register accessor: Timer A prescale match (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tapmr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tapmr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tapmr`] module"]
#[doc(alias = "TAPMR")]
pub type Tapmr = crate::Reg<tapmr::TapmrSpec>;
#[doc = "Timer A prescale match (16-bit mode)"]
pub mod tapmr;
#[doc = "TBPMR (rw) register accessor: Timer B prescale match (16-bit mode)\n\nYou can [`read`](crate::Reg::read) this register and get [`tbpmr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`tbpmr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tbpmr`] module"]
#[doc(alias = "TBPMR")]
pub type Tbpmr = crate::Reg<tbpmr::TbpmrSpec>;
#[doc = "Timer B prescale match (16-bit mode)"]
pub mod tbpmr;
#[doc = "TAR (r) register accessor: Timer A current value\n\nYou can [`read`](crate::Reg::read) this register and get [`tar::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tar`] module"]
#[doc(alias = "TAR")]
pub type Tar = crate::Reg<tar::TarSpec>;
#[doc = "Timer A current value"]
pub mod tar;
#[doc = "TBR (r) register accessor: Timer B current value\n\nYou can [`read`](crate::Reg::read) this register and get [`tbr::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@tbr`] module"]
#[doc(alias = "TBR")]
pub type Tbr = crate::Reg<tbr::TbrSpec>;
#[doc = "Timer B current value"]
pub mod tbr;
