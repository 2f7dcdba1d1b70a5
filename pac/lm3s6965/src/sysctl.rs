#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    did0: Did0,
    did1: Did1,
    dc0: Dc0,
    _reserved3: [u8; 0x04],
    dc1: Dc1,
    dc2: Dc2,
    dc3: Dc3,
    dc4: Dc4,
    _reserved7: [u8; 0x10],
    pborctl: Pborctl,
    ldopctl: Ldopctl,
    _reserved9: [u8; 0x08],
    srcr0: Srcr0,
    srcr1: Srcr1,
    srcr2: Srcr2,
    _reserved12: [u8; 0x04],
    ris: Ris,
    imc: Imc,
    misc: Misc,
    resc: Resc,
    rcc: Rcc,
    pllcfg: Pllcfg,
    _reserved18: [u8; 0x08],
    rcc2: Rcc2,
    _reserved19: [u8; 0x8c],
    rcgc0: Rcgc0,
    rcgc1: Rcgc1,
    rcgc2: Rcgc2,
    _reserved22: [u8; 0x04],
    scgc0: Scgc0,
    scgc1: Scgc1,
    scgc2: Scgc2,
    _reserved25: [u8; 0x04],
    dcgc0: Dcgc0,
    dcgc1: Dcgc1,
    dcgc2: Dcgc2,
    _reserved28: [u8; 0x14],
    usecrl: Usecrl,
    dslpclkcfg: Dslpclkcfg,
    _reserved30: [u8; 0x88],
    userdbg: Userdbg,
    _reserved31: [u8; 0x0c],
    userreg: [Userreg; 2],
    _reserved32: [u8; 0x18],
    fmpre: [Fmpre; 4],
    _reserved33: [u8; 0x01f0],
    fmppe: [Fmppe; 4],
}
impl RegisterBlock {
    #[doc = "0x00 - Device identification 0 (version, class, revision)"]
    #[inline(always)]
    pub const fn did0(&self) -> &Did0 {
        &self.did0
    }
    #[doc = "0x04 - Device identification 1 (part number, package, temperature range)"]
    #[inline(always)]
    pub const fn did1(&self) -> &Did1 {
        &self.did1
    }
    #[doc = "0x08 - Device capabilities 0: memory sizes"]
    #[inline(always)]
    pub const fn dc0(&self) -> &Dc0 {
        &self.dc0
    }
    #[doc = "0x10 - Device capabilities 1: core features, ADC and PWM"]
    #[inline(always)]
    pub const fn dc1(&self) -> &Dc1 {
        &self.dc1
    }
    #[doc = "0x14 - Device capabilities 2: serial interfaces, QEI, timers, comparators"]
    #[inline(always)]
    pub const fn dc2(&self) -> &Dc2 {
        &self.dc2
    }
    #[doc = "0x18 - Device capabilities 3: pins present"]
    #[inline(always)]
    pub const fn dc3(&self) -> &Dc3 {
        &self.dc3
    }
    #[doc = "0x1c - Device capabilities 4: GPIO ports and Ethernet"]
    #[inline(always)]
    pub const fn dc4(&self) -> &Dc4 {
        &self.dc4
    }
    #[doc = "0x30 - Power-on and brown-out reset control"]
    #[inline(always)]
    pub const fn pborctl(&self) -> &Pborctl {
        &self.pborctl
    }
    #[doc = "0x34 - LDO output voltage adjustment"]
    #[inline(always)]
    pub const fn ldopctl(&self) -> &Ldopctl {
        &self.ldopctl
    }
    #[doc = "0x40 - Software reset control 0: set a bit to hold that block in reset"]
    #[inline(always)]
    pub const fn srcr0(&self) -> &Srcr0 {
        &self.srcr0
    }
    #[doc = "0x44 - Software reset control 1: set a bit to hold that block in reset"]
    #[inline(always)]
    pub const fn srcr1(&self) -> &Srcr1 {
        &self.srcr1
    }
    #[doc = "0x48 - Software reset control 2: set a bit to hold that block in reset"]
    #[inline(always)]
    pub const fn srcr2(&self) -> &Srcr2 {
        &self.srcr2
    }
    #[doc = "0x50 - Raw interrupt status"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        &self.ris
    }
    #[doc = "0x54 - Interrupt mask control"]
    #[inline(always)]
    pub const fn imc(&self) -> &Imc {
        &self.imc
    }
    #[doc = "0x58 - Masked interrupt status and clear (write 1 to clear)"]
    #[inline(always)]
    pub const fn misc(&self) -> &Misc {
        &self.misc
    }
    #[doc = "0x5c - Reset cause (bits stay set until cleared by software or power-on reset)"]
    #[inline(always)]
    pub const fn resc(&self) -> &Resc {
        &self.resc
    }
    #[doc = "0x60 - Run-mode clock configuration"]
    #[inline(always)]
    pub const fn rcc(&self) -> &Rcc {
        &self.rcc
    }
    #[doc = "0x64 - PLL multiplier and divider chosen for the XTAL setting"]
    #[inline(always)]
    pub const fn pllcfg(&self) -> &Pllcfg {
        &self.pllcfg
    }
    #[doc = "0x70 - Run-mode clock configuration 2 (overrides RCC fields when USERCC2 is set)"]
    #[inline(always)]
    pub const fn rcc2(&self) -> &Rcc2 {
        &self.rcc2
    }
    #[doc = "0x100 - Run-mode clock gating 0: set a bit to clock that block"]
    #[inline(always)]
    pub const fn rcgc0(&self) -> &Rcgc0 {
        &self.rcgc0
    }
    #[doc = "0x104 - Run-mode clock gating 1: set a bit to clock that block"]
    #[inline(always)]
    pub const fn rcgc1(&self) -> &Rcgc1 {
        &self.rcgc1
    }
    #[doc = "0x108 - Run-mode clock gating 2: set a bit to clock that block"]
    #[inline(always)]
    pub const fn rcgc2(&self) -> &Rcgc2 {
        &self.rcgc2
    }
    #[doc = "0x110 - Sleep-mode clock gating 0"]
    #[inline(always)]
    pub const fn scgc0(&self) -> &Scgc0 {
        &self.scgc0
    }
    #[doc = "0x114 - Sleep-mode clock gating 1"]
    #[inline(always)]
    pub const fn scgc1(&self) -> &Scgc1 {
        &self.scgc1
    }
    #[doc = "0x118 - Sleep-mode clock gating 2"]
    #[inline(always)]
    pub const fn scgc2(&self) -> &Scgc2 {
        &self.scgc2
    }
    #[doc = "0x120 - Deep-sleep-mode clock gating 0"]
    #[inline(always)]
    pub const fn dcgc0(&self) -> &Dcgc0 {
        &self.dcgc0
    }
    #[doc = "0x124 - Deep-sleep-mode clock gating 1"]
    #[inline(always)]
    pub const fn dcgc1(&self) -> &Dcgc1 {
        &self.dcgc1
    }
    #[doc = "0x128 - Deep-sleep-mode clock gating 2"]
    #[inline(always)]
    pub const fn dcgc2(&self) -> &Dcgc2 {
        &self.dcgc2
    }
    #[doc = "0x140 - Flash microsecond reload: system clock cycles per microsecond, minus one"]
    #[inline(always)]
    pub const fn usecrl(&self) -> &Usecrl {
        &self.usecrl
    }
    #[doc = "0x144 - Deep-sleep clock configuration"]
    #[inline(always)]
    pub const fn dslpclkcfg(&self) -> &Dslpclkcfg {
        &self.dslpclkcfg
    }
    #[doc = "0x1d0 - User debug (non-volatile, in flash)"]
    #[inline(always)]
    pub const fn userdbg(&self) -> &Userdbg {
        &self.userdbg
    }
    #[doc = "0x1e0..0x1e8 - User register (non-volatile, in flash; the evaluation board keeps its MAC address here)"]
    #[inline(always)]
    pub const fn userreg(&self, n: usize) -> &Userreg {
        &self.userreg[n]
    }
    #[doc = "Iterator for array of:"]
    #[doc = "0x1e0..0x1e8 - User register (non-volatile, in flash; the evaluation board keeps its MAC address here)"]
    #[inline(always)]
    pub fn userreg_iter(&self) -> impl Iterator<Item = &Userreg> {
        self.userreg.iter()
    }
    #[doc = "0x200..0x210 - Flash read protect enable for one 64 KB bank (one bit per 2 KB block)"]
    #[inline(always)]
    pub const fn fmpre(&self, n: usize) -> &Fmpre {
        &self.fmpre[n]
    }
    #[doc = "Iterator for array of:"]
    #[doc = "0x200..0x210 - Flash read protect enable for one 64 KB bank (one bit per 2 KB block)"]
    #[inline(always)]
    pub fn fmpre_iter(&self) -> impl Iterator<Item = &Fmpre> {
        self.fmpre.iter()
    }
    #[doc = "0x400..0x410 - Flash program protect enable for one 64 KB bank (one bit per 2 KB block)"]
    #[inline(always)]
    pub const fn fmppe(&self, n: usize) -> &Fmppe {
        &self.fmppe[n]
    }
    #[doc = "Iterator for array of:"]
    #[doc = "0x400..0x410 - Flash program protect enable for one 64 KB bank (one bit per 2 KB block)"]
    #[inline(always)]
    pub fn fmppe_iter(&self) -> impl Iterator<Item = &Fmppe> {
        self.fmppe.iter()
    }
}
#[doc = "DID0 (r) register accessor: Device identification 0 (version, class, revision)\n\nYou can [`read`](crate::Reg::read) this register and get [`did0::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@did0`] module"]
#[doc(alias = "DID0")]
pub type Did0 = crate::Reg<did0::Did0Spec>;
#[doc = "Device identification 0 (version, class, revision)"]
pub mod did0;
#[doc = "DID1 (r) register accessor: Device identification 1 (part number, package, temperature range)\n\nYou can [`read`](crate::Reg::read) this register and get [`did1::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@did1`] module"]
#[doc(alias = "DID1")]
pub type Did1 = crate::Reg<did1::Did1Spec>;
#[doc = "Device identification 1 (part number, package, temperature range)"]
pub mod did1;
#[doc = "DC0 (r) register accessor: Device capabilities 0: memory sizes\n\nYou can [`read`](crate::Reg::read) this register and get [`dc0::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dc0`] module"]
#[doc(alias = "DC0")]
pub type Dc0 = crate::Reg<dc0::Dc0Spec>;
#[doc = "Device capabilities 0: memory sizes"]
pub mod dc0;
#[doc = "DC1 (r) register accessor: Device capabilities 1: core features, ADC and PWM\n\nYou can [`read`](crate::Reg::read) this register and get [`dc1::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dc1`] module"]
#[doc(alias = "DC1")]
pub type Dc1 = crate::Reg<dc1::Dc1Spec>;
#[doc = "Device capabilities 1: core features, ADC and PWM"]
pub mod dc1;
#[doc = "DC2 (r) register accessor: Device capabilities 2: serial interfaces, QEI, timers, comparators\n\nYou can [`read`](crate::Reg::read) this register and get [`dc2::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dc2`] module"]
#[doc(alias = "DC2")]
pub type Dc2 = crate::Reg<dc2::Dc2Spec>;
#[doc = "Device capabilities 2: serial interfaces, QEI, timers, comparators"]
pub mod dc2;
#[doc = "DC3 (r) register accessor: Device capabilities 3: pins present\n\nYou can [`read`](crate::Reg::read) this register and get [`dc3::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dc3`] module"]
#[doc(alias = "DC3")]
pub type Dc3 = crate::Reg<dc3::Dc3Spec>;
#[doc = "Device capabilities 3: pins present"]
pub mod dc3;
#[doc = "DC4 (r) register accessor: Device capabilities 4: GPIO ports and Ethernet\n\nYou can [`read`](crate::Reg::read) this register and get [`dc4::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dc4`] module"]
#[doc(alias = "DC4")]
pub type Dc4 = crate::Reg<dc4::Dc4Spec>;
#[doc = "Device capabilities 4: GPIO ports and Ethernet"]
pub mod dc4;
#[doc = "PBORCTL (rw) register accessor: Power-on and brown-out reset control\n\nYou can [`read`](crate::Reg::read) this register and get [`pborctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`pborctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@pborctl`] module"]
#[doc(alias = "PBORCTL")]
pub type Pborctl = crate::Reg<pborctl::PborctlSpec>;
#[doc = "Power-on and brown-out reset control"]
pub mod pborctl;
#[doc = "LDOPCTL (rw) register accessor: LDO output voltage adjustment\n\nYou can [`read`](crate::Reg::read) this register and get [`ldopctl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ldopctl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ldopctl`] module"]
#[doc(alias = "LDOPCTL")]
pub type Ldopctl = crate::Reg<ldopctl::LdopctlSpec>;
#[doc = "LDO output voltage adjustment"]
pub mod ldopctl;
#[doc = "SRCR0 (rw) register accessor: Software reset control 0: set a bit to hold that block in reset\n\nYou can [`read`](crate::Reg::read) this register and get [`srcr0::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`srcr0::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@srcr0`] module"]
#[doc(alias = "SRCR0")]
pub type Srcr0 = crate::Reg<srcr0::Srcr0Spec>;
#[doc = "Software reset control 0: set a bit to hold that block in reset"]
pub mod srcr0;
#[doc = "SRCR1 (rw) register accessor: Software reset control 1: set a bit to hold that block in reset\n\nYou can [`read`](crate::Reg::read) this register and get [`srcr1::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`srcr1::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@srcr1`] module"]
#[doc(alias = "SRCR1")]
pub type Srcr1 = crate::Reg<srcr1::Srcr1Spec>;
#[doc = "Software reset control 1: set a bit to hold that block in reset"]
pub mod srcr1;
#[doc = "SRCR2 (rw) register accessor: Software reset control 2: set a bit to hold that block in reset\n\nYou can [`read`](crate::Reg::read) this register and get [`srcr2::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`srcr2::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@srcr2`] module"]
#[doc(alias = "SRCR2")]
pub type Srcr2 = crate::Reg<srcr2::Srcr2Spec>;
#[doc = "Software reset control 2: set a bit to hold that block in reset"]
pub mod srcr2;
#[doc = "RIS (r) register accessor: Raw interrupt status\n\nYou can [`read`](crate::Reg::read) this register and get [`ris::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ris`] module"]
#[doc(alias = "RIS")]
pub type Ris = crate::Reg<ris::RisSpec>;
#[doc = "Raw interrupt status"]
pub mod ris;
#[doc = "IMC (rw) register accessor: Interrupt mask control\n\nYou can [`read`](crate::Reg::read) this register and get [`imc::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`imc::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@imc`] module"]
#[doc(alias = "IMC")]
pub type Imc = crate::Reg<imc::ImcSpec>;
#[doc = "Interrupt mask control"]
pub mod imc;
#[doc = "MISC (rw) register accessor: Masked interrupt status and clear (write 1 to clear)\n\nYou can [`read`](crate::Reg::read) this register and get [`misc::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`misc::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@misc`] module"]
#[doc(alias = "MISC")]
pub type Misc = crate::Reg<misc::MiscSpec>;
#[doc = "Masked interrupt status and clear (write 1 to clear)"]
pub mod misc;
#[doc = "RESC (rw) register accessor: Reset cause (bits stay set until cleared by software or power-on reset)\n\nYou can [`read`](crate::Reg::read) this register and get [`resc::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`resc::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@resc`] module"]
#[doc(alias = "RESC")]
pub type Resc = crate::Reg<resc::RescSpec>;
#[doc = "Reset cause (bits stay set until cleared by software or power-on reset)"]
pub mod resc;
#[doc = "RCC (rw) register accessor: Run-mode clock configuration\n\nYou can [`read`](crate::Reg::read) this register and get [`rcc::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcc::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rcc`] module"]
#[doc(alias = "RCC")]
pub type Rcc = crate::Reg<rcc::RccSpec>;
#[doc = "Run-mode clock configuration"]
pub mod rcc;
#[doc = "PLLCFG (r) register accessor: PLL multiplier and divider chosen for the XTAL setting\n\nYou can [`read`](crate::Reg::read) this register and get [`pllcfg::R`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@pllcfg`] module"]
#[doc(alias = "PLLCFG")]
pub type Pllcfg = crate::Reg<pllcfg::PllcfgSpec>;
#[doc = "PLL multiplier and divider chosen for the XTAL setting"]
pub mod pllcfg;
#[doc = "RCC2 (rw) register accessor: Run-mode clock configuration 2 (overrides RCC fields when USERCC2 is set)\n\nYou can [`read`](crate::Reg::read) this register and get [`rcc2::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcc2::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rcc2`] module"]
#[doc(alias = "RCC2")]
pub type Rcc2 = crate::Reg<rcc2::Rcc2Spec>;
#[doc = "Run-mode clock configuration 2 (overrides RCC fields when USERCC2 is set)"]
pub mod rcc2;
#[doc = "RCGC0 (rw) register accessor: Run-mode clock gating 0: set a bit to clock that block\n\nYou can [`read`](crate::Reg::read) this register and get [`rcgc0::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcgc0::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rcgc0`] module"]
#[doc(alias = "RCGC0")]
pub type Rcgc0 = crate::Reg<rcgc0::Rcgc0Spec>;
#[doc = "Run-mode clock gating 0: set a bit to clock that block"]
pub mod rcgc0;
#[doc = "RCGC1 (rw) register accessor: Run-mode clock gating 1: set a bit to clock that block\n\nYou can [`read`](crate::Reg::read) this register and get [`rcgc1::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcgc1::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rcgc1`] module"]
#[doc(alias = "RCGC1")]
pub type Rcgc1 = crate::Reg<rcgc1::Rcgc1Spec>;
#[doc = "Run-mode clock gating 1: set a bit to clock that block"]
pub mod rcgc1;
#[doc = "RCGC2 (rw) register accessor: Run-mode clock gating 2: set a bit to clock that block\n\nYou can [`read`](crate::Reg::read) this register and get [`rcgc2::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`rcgc2::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@rcgc2`] module"]
#[doc(alias = "RCGC2")]
pub type Rcgc2 = crate::Reg<rcgc2::Rcgc2Spec>;
#[doc = "Run-mode clock gating 2: set a bit to clock that block"]
pub mod rcgc2;
pub use rcgc0 as scgc0;
pub use rcgc1 as scgc1;
pub use rcgc2 as scgc2;
pub use Rcgc0 as Scgc0;
pub use Rcgc1 as Scgc1;
pub use Rcgc2 as Scgc2;
#[doc = "DCGC0 (rw) register accessor: Deep-sleep-mode clock gating 0\n\nYou can [`read`](crate::Reg::read) this register and get [`dcgc0::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dcgc0::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dcgc0`] module"]
#[doc(alias = "DCGC0")]
pub type Dcgc0 = crate::Reg<dcgc0::Dcgc0Spec>;
#[doc = "Deep-sleep-mode clock gating 0"]
pub mod dcgc0;
pub use rcgc1 as dcgc1;
pub use rcgc2 as dcgc2;
pub use Rcgc1 as Dcgc1;
pub use Rcgc2 as Dcgc2;
#[doc = "USECRL (rw) register accessor: Flash microsecond reload: system clock cycles per microsecond, minus one\n\nYou can [`read`](crate::Reg::read) this register and get [`usecrl::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`usecrl::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@usecrl`] module"]
#[doc(alias = "USECRL")]
pub type Usecrl = crate::Reg<usecrl::UsecrlSpec>;
#[doc = "Flash microsecond reload: system clock cycles per microsecond, minus one"]
pub mod usecrl;
#[doc = "DSLPCLKCFG (rw) register accessor: Deep-sleep clock configuration\n\nYou can [`read`](crate::Reg::read) this register and get [`dslpclkcfg::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dslpclkcfg::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dslpclkcfg`] module"]
#[doc(alias = "DSLPCLKCFG")]
pub type Dslpclkcfg = crate::Reg<dslpclkcfg::DslpclkcfgSpec>;
#[doc = "Deep-sleep clock configuration"]
pub mod dslpclkcfg;
#[doc = "USERDBG (rw) register accessor: User debug (non-volatile, in flash)\n\nYou can [`read`](crate::Reg::read) this register and get [`userdbg::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`userdbg::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@userdbg`] module"]
#[doc(alias = "USERDBG")]
pub type Userdbg = crate::Reg<userdbg::UserdbgSpec>;
#[doc = "User debug (non-volatile, in flash)"]
pub mod userdbg;
#[doc = "USERREG (rw) register accessor: User register (non-volatile, in flash; the evaluation board keeps its MAC address here)\n\nYou can [`read`](crate::Reg::read) this register and get [`userreg::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`userreg::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@userreg`] module"]
#[doc(alias = "USERREG")]
pub type Userreg = crate::Reg<userreg::UserregSpec>;
#[doc = "User register (non-volatile, in flash; the evaluation board keeps its MAC address here)"]
pub mod userreg;
#[doc = "FMPRE (rw) register accessor: Flash read protect enable for one 64 KB bank (one bit per 2 KB block)\n\nYou can [`read`](crate::Reg::read) this register and get [`fmpre::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fmpre::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fmpre`] module"]
#[doc(alias = "FMPRE")]
pub type Fmpre = crate::Reg<fmpre::FmpreSpec>;
#[doc = "Flash read protect enable for one 64 KB bank (one bit per 2 KB block)"]
pub mod fmpre;
#[doc = "FMPPE (rw) register accessor: Flash program protect enable for one 64 KB bank (one bit per 2 KB block)\n\nYou can [`read`](crate::Reg::read) this register and get [`fmppe::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`fmppe::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@fmppe`] module"]
#[doc(alias = "FMPPE")]
pub type Fmppe = crate::Reg<fmppe::FmppeSpec>;
#[doc = "Flash program protect enable for one 64 KB bank (one bit per 2 KB block)"]
pub mod fmppe;
