//! Boards as data: each `boards/<name>/keel.toml` says which chip, target and QEMU machine a board uses, what
//! its firmware may cost and what the bench can drive. One parser reads it for the whole repository,
//! `keel_bench::board`, which the scenario suite uses too; nothing about a board is typed twice.

pub use keel_bench::board::{all, by_elf, one_or_default, select, BoardConfig as Board, Flavour};
