//! # 12a · Logging cost: `core::fmt` over semihosting
//!
//! What it shows: a hello and a few formatted values printed with `hprintln!`, which formats on the
//! target with `core::fmt` and sends the text to the host.
//!
//! What to look at: the flash column in the README against `12-logging-defmt`, which logs the same
//! lines. Here every format string is stored in flash and formatted by the target at run time.
//!
//! Check: the output against `expected/12-logging-fmt.run`.

#![no_std]
#![no_main]

use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprintln};
use lm3s6965_pac as _;
use panic_halt as _;

#[entry]
fn main() -> ! {
    hprintln!("hello from the LM3S6965");
    let temperature_centi = core::hint::black_box(2_150_i32);
    let samples = core::hint::black_box([0x203_u16, 0x205, 0x200]);
    hprintln!("temperature: {}.{:02} C", temperature_centi / 100, temperature_centi % 100);
    hprintln!("samples: {:?}", samples);
    hprintln!("status register: {:#010x}", core::hint::black_box(0x0001_0203_u32));
    debug::exit(debug::EXIT_SUCCESS);
    loop {
        cortex_m::asm::wfi();
    }
}
