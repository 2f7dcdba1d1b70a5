#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    acmis: Acmis,
    acris: Acris,
    acinten: Acinten,
    _reserved3: [u8; 0x04],
    acrefctl: Acrefctl,
    _reserved4: [u8; 0x0c],
    acstat0: Acstat0,
    acctl0: Acctl0,
    _reserved6: [u8; 0x18],
    acstat1: Acstat1,
    acctl1: Acctl1,
}
impl RegisterBlock {
    #[doc = "0x00 - Masked interrupt status and clear"]
    #[inline(always)]
    pub const fn acmis(&self) -> &Acmis {
        &self.acmis
    }
    #[doc = "0x04 - Raw interrupt status"]
    #[inline(always)]
    pub const fn acris(&self) -> &Acris {
        &self.acris
    }
    #[doc = "0x08 - Interrupt enable"]
    #[inline(always)]
    pub const fn acinten(&self) -> &Acinten {
        &self.acinten
    }
    #[doc = "0x10 - Internal reference control"]
    #[inline(always)]
    pub const fn acrefctl(&self) -> &Acrefctl {
        &self.acrefctl
    }
    #[doc = "0x20 - Comparator 0 status"]
    #[inline(always)]
    pub const fn acstat0(&self) -> &Acstat0 {
        &self.acstat0
    }
    #[doc = "0x24 - Comparator 0 control"]
    #[inline(always)]
    pub const fn acctl0(&self) -> &Acctl0 {
        &self.acctl0
    }
    #[doc = "0x40 - Comparator 1 status"]
    #[inline(always)]
    pub const fn acstat1(&self) -> &Acstat1 {
        &self.acstat1
    }
    #[doc = "0x44 - Comparator 1 control"]
    #[inline(always)]
    pub const fn acctl1(&self) -> &Acctl1 {
        &self.acctl1
    }
}
#[doc = "ACMIS (rw) register accessor: Masked interrupt status and clear\n\nYou can [`read`](crate::Reg::read) this register and get [`acmis::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`acmis::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@acmis`] module"]
#[doc(alias = "ACMIS")]
pub type Acmis = crate::Reg<acmis::AcmisSpec>;
#[doc = "Masked interrupt status and clear"]
pub mod acmis;
#[doc = "ACRIS (r) register accessor: Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`acris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@acris`] module"]
#[doc(alias = "ACRIS")]
pub type Acris = crate::Reg<acris::AcrisSpec>;
#[doc = "Raw interrupt status"]
pub mod acris;
#[doc = "ACINTEN (rw) register accessor: Interrupt enable\n\nYou can [`read`](crate::Reg::read) this register and get [`acinten::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`acinten::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@acinten`] module"]
#[doc(alias = "ACINTEN")]
pub type Acinten = crate::Reg<acinten::AcintenSpec>;
#[doc = "Interrupt enable"]
pub mod acinten;
#[doc = "ACREFCTL (rw) register accessor: Internal reference control\n\nYou can [`read`](crate::Reg::read) this register and get [`acrefctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`acrefctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@acrefctl`] module"]
#[doc(alias = "ACREFCTL")]
pub type Acrefctl = crate::Reg<acrefctl::AcrefctlSpec>;
#[doc = "Internal reference control"]
pub mod acrefctl;
#[doc = "ACSTAT0 (r) register accessor: Comparator 0 status\n\nYou can [`read`](crate::Reg::read) this register and get [`acstat0::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@acstat0`] module"]
#[doc(alias = "ACSTAT0")]
pub type Acstat0 = crate::Reg<acstat0::Acstat0Spec>;
#[doc = "Comparator 0 status"]
pub mod acstat0;
#[doc = "ACCTL0 (rw) register accessor: Comparator 0 control\n\nYou can [`read`](crate::Reg::read) this register and get [`acctl0::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`acctl0::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@acctl0`] module"]
#[doc(alias = "ACCTL0")]
pub type Acctl0 = crate::Reg<acctl0::Acctl0Spec>;
#[doc = "Comparator 0 control"]
pub mod acctl0;
pub use acctl0 as acctl1;
pub use acstat0 as acstat1;
pub use Acctl0 as Acctl1;
pub use Acstat0 as Acstat1;
