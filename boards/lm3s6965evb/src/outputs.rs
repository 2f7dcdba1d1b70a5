//! Carries out the node's actions on this board: LED pin, console and telemetry UARTs, sample timer.

use keel_core::{Action, Sink};
use keel_proto::{codec, Frame, ResetReason, PROTOCOL_VERSION};

use lm3s6965_pac::{Uart0, Uart1};

use crate::hw;

/// Everything the node's actions drive, owned by the `work` task.
pub struct Outputs {
    led: hw::gpio::Led,
    console: hw::uart::Tx<Uart0>,
    telemetry: hw::uart::Tx<Uart1>,
    sample_timer: hw::adc::SampleTimer,
    sequence: u32,
    /// The node asked for a redraw; several requests while `work` runs make one redraw at its end.
    pub redraw: bool,
    /// `test stall`: sampling no longer counts as progress for the watchdog.
    pub stalled: bool,
}

impl Outputs {
    /// Bundles the outputs.
    pub fn new(
        led: hw::gpio::Led,
        console: hw::uart::Tx<Uart0>,
        telemetry: hw::uart::Tx<Uart1>,
        sample_timer: hw::adc::SampleTimer,
    ) -> Self {
        Outputs { led, console, telemetry, sample_timer, sequence: 0, redraw: false, stalled: false }
    }
}

impl Sink for Outputs {
    fn act(&mut self, action: Action<'_>) {
        match action {
            Action::Led(on) => self.led.set(on),
            Action::Console(text) => self.console.write(text.as_bytes()),
            Action::Telemetry(message) => {
                let frame = Frame { version: PROTOCOL_VERSION, sequence: self.sequence, message };
                self.sequence = self.sequence.wrapping_add(1);
                let mut buffer = [0u8; codec::MAX_FRAME_LEN];
                match codec::encode(&frame, &mut buffer) {
                    Ok(length) => self.telemetry.write(&buffer[..length]),
                    // Cannot happen with a buffer of MAX_FRAME_LEN; logged rather than hidden if it does.
                    Err(error) => defmt::error!("telemetry frame not encoded: {}", error),
                }
            }
            Action::RefreshDisplay => self.redraw = true,
            Action::SetSampleRate(hz) => {
                crate::log!(Info, "sampling at {=u16} Hz", hz);
                self.sample_timer.set_rate(hz);
            }
            Action::SetLogLevel(level) => crate::log::set_level(level),
            Action::Reset => {
                self.console.flush();
                crate::reset::store(ResetReason::Software, b"");
                cortex_m::peripheral::SCB::sys_reset();
            }
            #[cfg(feature = "bench")]
            Action::Misbehave(keel_core::Misbehaviour::Stall) => {
                defmt::warn!("test: stalling the sampling task's watchdog check-ins");
                self.stalled = true;
            }
            #[cfg(feature = "bench")]
            Action::Misbehave(keel_core::Misbehaviour::Panic) => {
                self.console.flush();
                panic!("test panic requested");
            }
        }
    }
}
