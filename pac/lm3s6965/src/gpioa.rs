#[repr(C)]
#[doc = "Register block"]
pub struct RegisterBlock {
    _reserved_0_data: [u8; 0x0400],
    dir: Dir,
    is: Is,
    ibe: Ibe,
    iev: Iev,
    im: Im,
    ris: Ris,
    mis: Mis,
    icr: Icr,
    afsel: Afsel,
    _reserved10: [u8; 0xdc],
    dr2r: Dr2r,
    dr4r: Dr4r,
    dr8r: Dr8r,
    odr: Odr,
    pur: Pur,
    pdr: Pdr,
    slr: Slr,
    den: Den,
    lock: Lock,
    cr: Cr,
}
impl RegisterBlock {
    #[doc = "0x00..0x400 - Data through the address mask: the word at index N reads and writes only the pins whose bits are set in N (address bits 9:2 are the mask)"]
    #[inline(always)]
    pub const fn data_masked(&self, n: usize) -> &DataMasked {
        #[allow(clippy::no_effect)]
        [(); 256][n];
        unsafe { &*core::ptr::from_ref(self).cast::<u8>().add(4 * n).cast() }
    }
    #[doc = "Iterator for array of:"]
    #[doc = "0x00..0x400 - Data through the address mask: the word at index N reads and writes only the pins whose bits are set in N (address bits 9:2 are the mask)"]
    #[inline(always)]
    pub fn data_masked_iter(&self) -> impl Iterator<Item = &DataMasked> {
        (0..256).map(move |n| unsafe { &*core::ptr::from_ref(self).cast::<u8>().add(4 * n).cast() })
    }
    #[doc = "0x3fc - Data, all pins (the DATA_MASKED\\[255\\] view)"]
    #[inline(always)]
    pub const fn data(&self) -> &Data {
        unsafe { &*core::ptr::from_ref(self).cast::<u8>().add(1020).cast() }
    }
    #[doc = "0x400 - Direction"]
    #[inline(always)]
    pub const fn dir(&self) -> &Dir {
        &self.dir
    }
    #[doc = "0x404 - Interrupt sense"]
    #[inline(always)]
    pub const fn is(&self) -> &Is {
        &self.is
    }
    #[doc = "0x408 - Interrupt both edges"]
    #[inline(always)]
    pub const fn ibe(&self) -> &Ibe {
        &self.ibe
    }
    #[doc = "0x40c - Interrupt event"]
    #[inline(always)]
    pub const fn iev(&self) -> &Iev {
        &self.iev
    }
    #[doc = "0x410 - Interrupt mask"]
    #[inline(always)]
    pub const fn im(&self) -> &Im {
        &self.im
    }
    #[doc = "0x414 - Raw interrupt status"]
    #[inline(always)]
    pub const fn ris(&self) -> &Ris {
        &self.ris
    }
    #[doc = "0x418 - Masked interrupt status"]
    #[inline(always)]
    pub const fn mis(&self) -> &Mis {
        &self.mis
    }
    #[doc = "0x41c - Interrupt clear"]
    #[inline(always)]
    pub const fn icr(&self) -> &Icr {
        &self.icr
    }
    #[doc = "0x420 - Alternate function select"]
    #[inline(always)]
    pub const fn afsel(&self) -> &Afsel {
        &self.afsel
    }
    #[doc = "0x500 - 2-mA drive select"]
    #[inline(always)]
    pub const fn dr2r(&self) -> &Dr2r {
        &self.dr2r
    }
    #[doc = "0x504 - 4-mA drive select"]
    #[inline(always)]
    pub const fn dr4r(&self) -> &Dr4r {
        &self.dr4r
    }
    #[doc = "0x508 - 8-mA drive select"]
    #[inline(always)]
    pub const fn dr8r(&self) -> &Dr8r {
        &self.dr8r
    }
    #[doc = "0x50c - Open-drain select"]
    #[inline(always)]
    pub const fn odr(&self) -> &Odr {
        &self.odr
    }
    #[doc = "0x510 - Pull-up select"]
    #[inline(always)]
    pub const fn pur(&self) -> &Pur {
        &self.pur
    }
    #[doc = "0x514 - Pull-down select"]
    #[inline(always)]
    pub const fn pdr(&self) -> &Pdr {
        &self.pdr
    }
    #[doc = "0x518 - Slew-rate control select (8-mA drive only)"]
    #[inline(always)]
    pub const fn slr(&self) -> &Slr {
        &self.slr
    }
    #[doc = "0x51c - Digital enable"]
    #[inline(always)]
    pub const fn den(&self) -> &Den {
        &self.den
    }
    #[doc = "0x520 - Lock for the commit register"]
    #[inline(always)]
    pub const fn lock(&self) -> &Lock {
        &self.lock
    }
    #[doc = "0x524 - Commit: which pins' AFSEL, PUR and DEN bits may be written (writable only while unlocked)"]
    #[inline(always)]
    pub const fn cr(&self) -> &Cr {
        &self.cr
    }
}
#[doc = "DATA_MASKED (rw) register accessor: Data through the address mask: the word at index N reads and writes only the pins whose bits are set in N (address bits 9:2 are the mask)\n\nYou can [`read`](crate::Reg::read) this register and get [`data_masked::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`data_masked::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@data_masked`] module"]
#[doc(alias = "DATA_MASKED")]
pub type DataMasked = crate::Reg<data_masked::DataMaskedSpec>;
#[doc = "Data through the address mask: the word at index N reads and writes only the pins whose bits are set in N (address bits 9:2 are the mask)"]
pub mod data_masked;
#[doc = "DATA (rw) register accessor: Data, all pins (the DATA_MASKED\\[255\\] view)\n\nYou can [`read`](crate::Reg::read) this register and get [`data::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`data::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@data`] module"]
#[doc(alias = "DATA")]
pub type Data = crate::Reg<data::DataSpec>;
#[doc = "Data, all pins (the DATA_MASKED\\[255\\] view)"]
pub mod data;
#[doc = "DIR (rw) register accessor: Direction\n\nYou can [`read`](crate::Reg::read) this register and get [`dir::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dir::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dir`] module"]
#[doc(alias = "DIR")]
pub type Dir = crate::Reg<dir::DirSpec>;
#[doc = "Direction"]
pub mod dir;
#[doc = "IS (rw) register accessor: Interrupt sense\n\nYou can [`read`](crate::Reg::read) this register and get [`is::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`is::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@is`] module"]
#[doc(alias = "IS")]
pub type Is = crate::Reg<is::IsSpec>;
#[doc = "Interrupt sense"]
pub mod is;
#[doc = "IBE (rw) register accessor: Interrupt both edges\n\nYou can [`read`](crate::Reg::read) this register and get [`ibe::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`ibe::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@ibe`] module"]
#[doc(alias = "IBE")]
pub type Ibe = crate::Reg<ibe::IbeSpec>;
#[doc = "Interrupt both edges"]
pub mod ibe;
#[doc = "IEV (rw) register accessor: Interrupt event\n\nYou can [`read`](crate::Reg::read) this register and get [`iev::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`iev::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@iev`] module"]
#[doc(alias = "IEV")]
pub type Iev = crate::Reg<iev::IevSpec>;
#[doc = "Interrupt event"]
pub mod iev;
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
#[doc = "ICR (w) register accessor: Interrupt clear\n\nYou can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`icr::W`]. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@icr`] module"]
#[doc(alias = "ICR")]
pub type Icr = crate::Reg<icr::IcrSpec>;
#[doc = "Interrupt clear"]
pub mod icr;
#[doc = "AFSEL (rw) register accessor: Alternate function select\n\nYou can [`read`](crate::Reg::read) this register and get [`afsel::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`afsel::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@afsel`] module"]
#[doc(alias = "AFSEL")]
pub type Afsel = crate::Reg<afsel::AfselSpec>;
#[doc = "Alternate function select"]
pub mod afsel;
#[doc = "DR2R (rw) register accessor: 2-mA drive select\n\nYou can [`read`](crate::Reg::read) this register and get [`dr2r::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dr2r::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dr2r`] module"]
#[doc(alias = "DR2R")]
pub type Dr2r = crate::Reg<dr2r::Dr2rSpec>;
#[doc = "2-mA drive select"]
pub mod dr2r;
#[doc = "DR4R (rw) register accessor: 4-mA drive select\n\nYou can [`read`](crate::Reg::read) this register and get [`dr4r::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dr4r::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dr4r`] module"]
#[doc(alias = "DR4R")]
pub type Dr4r = crate::Reg<dr4r::Dr4rSpec>;
#[doc = "4-mA drive select"]
pub mod dr4r;
#[doc = "DR8R (rw) register accessor: 8-mA drive select\n\nYou can [`read`](crate::Reg::read) this register and get [`dr8r::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`dr8r::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@dr8r`] module"]
#[doc(alias = "DR8R")]
pub type Dr8r = crate::Reg<dr8r::Dr8rSpec>;
#[doc = "8-mA drive select"]
pub mod dr8r;
#[doc = "ODR (rw) register accessor: Open-drain select\n\nYou can [`read`](crate::Reg::read) this register and get [`odr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`odr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@odr`] module"]
#[doc(alias = "ODR")]
pub type Odr = crate::Reg<odr::OdrSpec>;
#[doc = "Open-drain select"]
pub mod odr;
#[doc = "PUR (rw) register accessor: Pull-up select\n\nYou can [`read`](crate::Reg::read) this register and get [`pur::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`pur::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@pur`] module"]
#[doc(alias = "PUR")]
pub type Pur = crate::Reg<pur::PurSpec>;
#[doc = "Pull-up select"]
pub mod pur;
#[doc = "PDR (rw) register accessor: Pull-down select\n\nYou can [`read`](crate::Reg::read) this register and get [`pdr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`pdr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@pdr`] module"]
#[doc(alias = "PDR")]
pub type Pdr = crate::Reg<pdr::PdrSpec>;
#[doc = "Pull-down select"]
pub mod pdr;
#[doc = "SLR (rw) register accessor: Slew-rate control select (8-mA drive only)\n\nYou can [`read`](crate::Reg::read) this register and get [`slr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`slr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@slr`] module"]
#[doc(alias = "SLR")]
pub type Slr = crate::Reg<slr::SlrSpec>;
#[doc = "Slew-rate control select (8-mA drive only)"]
pub mod slr;
#[doc = "DEN (rw) register accessor: Digital enable\n\nYou can [`read`](crate::Reg::read) this register and get [`den::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`den::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@den`] module"]
#[doc(alias = "DEN")]
pub type Den = crate::Reg<den::DenSpec>;
#[doc = "Digital enable"]
pub mod den;
#[doc = "LOCK (rw) register accessor: Lock for the commit register\n\nYou can [`read`](crate::Reg::read) this register and get [`lock::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`lock::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@lock`] module"]
#[doc(alias = "LOCK")]
pub type Lock = crate::Reg<lock::LockSpec>;
#[doc = "Lock for the commit register"]
pub mod lock;
#[doc = "CR (rw) register accessor: Commit: which pins' AFSEL, PUR and DEN bits may be written (writable only while unlocked)\n\nYou can [`read`](crate::Reg::read) this register and get [`cr::R`]. You can [`reset`](crate::Reg::reset), [`write`](crate::Reg::write), [`write_with_zero`](crate::Reg::write_with_zero) this register using [`cr::W`]. You can also [`modify`](crate::Reg::modify) this register. See [API](https://docs.rs/svd2rust/#read--modify--write-api).\n\nFor information about available fields see [`mod@cr`] module"]
#[doc(alias = "CR")]
pub type Cr = crate::Reg<cr::CrSpec>;
#[doc = "Commit: which pins' AFSEL, PUR and DEN bits may be written (writable only while unlocked)"]
pub mod cr;
