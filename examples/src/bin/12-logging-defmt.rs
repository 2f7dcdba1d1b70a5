//! # 12b · Logging cost: defmt
//!
//! What it shows: the same lines as `12-logging-fmt`, logged with defmt. The target sends an index
//! into the table of format strings (the `.defmt` section, which lives in the ELF but is not
//! flashed) and the raw argument bytes; the host decodes them with that table (`cargo xtask examples`
//! uses `defmt-decoder`).
//!
//! What to look at: the flash column in the README against `12-logging-fmt`. Format strings and
//! formatting code stay on the host.
//!
//! Check: the decoded output against `expected/12-logging-defmt.run`.

#![no_std]
#![no_main]

use cortex_m_rt::entry;
use defmt_semihosting as _;
use lm3s6965_pac as _;
use panic_halt as _;

#[entry]
fn main() -> ! {
    defmt::println!("hello from the LM3S6965");
    let temperature_centi = core::hint::black_box(2_150_i32);
    let samples = core::hint::black_box([0x203_u16, 0x205, 0x200]);
    defmt::println!("temperature: {}.{=i32:02} C", temperature_centi / 100, temperature_centi % 100);
    defmt::println!("samples: {}", samples);
    defmt::println!("status register: {=u32:#010x}", core::hint::black_box(0x0001_0203_u32));
    semihosting::process::exit(0)
}
