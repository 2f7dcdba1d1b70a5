//! What a board supplies to the runtime: embedded-hal and embedded-io for what they cover (the LED pin, the
//! console), and a few small traits for what they do not: retiming the sample clock, feeding the watchdog,
//! reading the temperature, drawing the display, reading the buttons, sending telemetry frames, resetting.
//!
//! A board implements [`Board`] on a marker type that names its parts; the runtime is generic over it, so
//! everything here compiles to direct calls (no trait objects in the image).

#![forbid(unsafe_code)]

use keel_core::display::View;
use keel_core::{Button, SensorFault};

/// The parts of one board, by type.
pub trait Board {
    /// The uptime clock.
    type Uptime: crate::time::Uptime;
    /// The status LED (`set_high` lights it).
    type Led: embedded_hal::digital::OutputPin;
    /// The console's transmit side.
    type Console: embedded_io::Write;
    /// Where telemetry frames go.
    type Telemetry: FrameSink;
    /// The clock that paces sampling.
    type SampleClock: SampleClock;
    /// The temperature sensor.
    type Sensor: TemperatureSensor;
    /// The display ([`NoDisplay`] for a board without one).
    type Display: Display;
    /// The running watchdog.
    type Watchdog: Watchdog;
    /// The buttons.
    type Buttons: ButtonInputs;

    /// Resets the chip. The runtime has flushed the console and written the reset record before it calls this.
    fn reset() -> !;

    /// Checks the board's own set-up: each interrupt it binds is enabled in the interrupt controller (NVIC,
    /// PLIC), its uptime counter runs. The runtime calls it at the first run of its loop (after an RTIC board's
    /// `init` has enabled its tasks) and before each console command, so `status` shows the present state under
    /// `miswired:`; a change is logged. What the board enables and what this verifies are the same code's doing
    /// wherever a chip crate can make them so. A board that checks nothing keeps the default.
    fn check_wiring() -> keel_core::Miswired {
        keel_core::Miswired::NONE
    }

    /// Test firmware only (`test unwire`): disables one interrupt that [`check_wiring`](Self::check_wiring) covers
    /// and the console does not need, so that the self-check has something to find. The default does nothing.
    fn unwire() {}
}

/// The clock that triggers each sample.
pub trait SampleClock {
    /// Retimes it to `hz` samples per second (1 to 100, the shell's range).
    fn set_rate(&mut self, hz: u16);
}

/// The sample clock of a board without an analog input (its `Config` lists `Missing::ADC`): the node keeps
/// the rate it is asked for, and nothing samples.
pub struct NoSampling;

impl SampleClock for NoSampling {
    fn set_rate(&mut self, _: u16) {}
}

/// Whether a watchdog feed came in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fed {
    /// Fed within the timeout.
    InTime,
    /// Fed after a warning stage had begun (a two-stage watchdog's first timeout): the reset record the
    /// warning wrote is no longer true, and the runtime clears it.
    AfterWarning,
}

/// A running hardware watchdog.
pub trait Watchdog {
    /// Restarts its countdown.
    fn feed(&mut self) -> Fed;
}

/// A temperature sensor; every read is bounded in time (a missing or silent sensor is an error).
pub trait TemperatureSensor {
    /// Sets the sensor up at start-up (the start-up sequence calls it once). A sensor that does not answer is
    /// not fatal: the node runs without temperature and reports each failed read.
    fn start(&mut self) -> Result<(), SensorFault> {
        Ok(())
    }
    /// One reading in milli-degrees C.
    fn read_millicelsius(&mut self) -> Result<i32, SensorFault>;
}

/// Any TMP105 (or TMP102, TMP75) on any embedded-hal I2C bus.
/// It runs at 12-bit resolution (0.0625 degrees).
impl<I: embedded_hal::i2c::I2c> TemperatureSensor for keel_drivers::tmp105::Tmp105<I> {
    fn start(&mut self) -> Result<(), SensorFault> {
        self.set_resolution(keel_drivers::tmp105::Resolution::Bits12).map_err(|error| fault(error.cause()))
    }

    fn read_millicelsius(&mut self) -> Result<i32, SensorFault> {
        keel_drivers::tmp105::Tmp105::read_millicelsius(self).map_err(|error| fault(error.cause()))
    }
}

fn fault(cause: keel_drivers::tmp105::Cause) -> SensorFault {
    use keel_drivers::tmp105::Cause;
    match cause {
        Cause::NoDevice => SensorFault::NoDevice,
        Cause::BadData => SensorFault::BadData,
        Cause::Bus => SensorFault::Bus,
    }
}

/// Why the display could not be updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(target_os = "none", derive(defmt::Format))]
pub enum DisplayFault {
    /// Its set-up at boot failed; it stays dark.
    NotInitialised,
    /// The transfer to the panel failed.
    Bus,
}

/// A display that shows the node's [`View`].
pub trait Display {
    /// Draws the view and sends it to the panel.
    fn show(&mut self, view: &View) -> Result<(), DisplayFault>;
}

/// A board without a display: the node's redraw requests are dropped (and `status` lists the display as
/// missing, through `keel_core::Missing::DISPLAY` in the board's config).
pub struct NoDisplay;

impl Display for NoDisplay {
    fn show(&mut self, _: &View) -> Result<(), DisplayFault> {
        Ok(())
    }
}

/// The buttons, read all at once.
pub trait ButtonInputs {
    /// What each button means, in the order of [`pressed`](Self::pressed)'s bits (at most 8).
    const BUTTONS: &'static [Button];
    /// Whether the board raises an interrupt when a button changes (and calls `Signals::button_edge`). Without
    /// one the runtime reads the buttons at every tick and starts debouncing when one changed.
    const EDGE_INTERRUPTS: bool = true;
    /// Bit `n` set: button `BUTTONS[n]` is held down now.
    fn pressed(&mut self) -> u8;
}

/// A board without buttons.
pub struct NoButtons;

impl ButtonInputs for NoButtons {
    const BUTTONS: &'static [Button] = &[];
    fn pressed(&mut self) -> u8 {
        0
    }
}

/// Where encoded telemetry frames (COBS, zero-terminated) are sent.
pub trait FrameSink {
    /// Sends one whole frame; `false` when it was dropped whole because the link could not take it now (the
    /// runtime counts those: `dropped: frames=`).
    fn send(&mut self, frame: &[u8]) -> bool;
}

/// Frames written to a serial port of their own.
pub struct Serial<W: embedded_io::Write>(pub W);

impl<W: embedded_io::Write> FrameSink for Serial<W> {
    fn send(&mut self, frame: &[u8]) -> bool {
        // A serial port that fails mid-frame cannot be helped here: the receiver drops the damaged frame
        // (the CRC fails) and the next one starts after its zero byte.
        crate::outputs::write_all(&mut self.0, frame);
        true
    }
}

/// An LED lit by driving its pin low (the micro:bit's matrix column, the HiFive1's RGB LED, the Blue Pill's
/// PC13): wraps the pin so that `set_high` lights it, as the runtime's LED contract wants.
pub struct ActiveLow<P>(pub P);

impl<P: embedded_hal::digital::ErrorType> embedded_hal::digital::ErrorType for ActiveLow<P> {
    type Error = P::Error;
}

impl<P: embedded_hal::digital::OutputPin> embedded_hal::digital::OutputPin for ActiveLow<P> {
    fn set_low(&mut self) -> Result<(), Self::Error> {
        self.0.set_high()
    }

    fn set_high(&mut self) -> Result<(), Self::Error> {
        self.0.set_low()
    }
}

/// One pin of a GPIO port driven through a chip crate's "set these pins high or low" function (`keel_nrf51`'s
/// and `keel_fe310`'s `gpio::set`), as an embedded-hal `OutputPin`: `set_high` drives it high.
pub struct PortPin {
    mask: u32,
    set: fn(u32, bool),
}

impl PortPin {
    /// Pin `pin` of the port that `set(mask, high)` drives.
    pub const fn new(pin: u32, set: fn(u32, bool)) -> Self {
        PortPin { mask: 1 << pin, set }
    }
}

impl embedded_hal::digital::ErrorType for PortPin {
    type Error = core::convert::Infallible;
}

impl embedded_hal::digital::OutputPin for PortPin {
    fn set_low(&mut self) -> Result<(), Self::Error> {
        (self.set)(self.mask, false);
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Self::Error> {
        (self.set)(self.mask, true);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use embedded_hal::digital::OutputPin;

    /// An output pin that records the levels it is driven to.
    #[derive(Default)]
    struct Recorded(Vec<bool>);

    impl embedded_hal::digital::ErrorType for Recorded {
        type Error = core::convert::Infallible;
    }

    impl OutputPin for Recorded {
        fn set_low(&mut self) -> Result<(), Self::Error> {
            self.0.push(false);
            Ok(())
        }
        fn set_high(&mut self) -> Result<(), Self::Error> {
            self.0.push(true);
            Ok(())
        }
    }

    /// An LED lit by a low pin: the runtime's "on" (`set_high`) drives the pin low, "off" drives it high.
    #[test]
    fn active_low_inverts_each_level() {
        let mut led = ActiveLow(Recorded::default());
        led.set_high().unwrap();
        led.set_low().unwrap();
        assert_eq!(led.0 .0, [false, true]);
    }

    thread_local! {
        static DRIVEN: std::cell::RefCell<Vec<(u32, bool)>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    fn record(mask: u32, high: bool) {
        DRIVEN.with(|driven| driven.borrow_mut().push((mask, high)));
    }

    /// A port pin drives its own bit, high for `set_high`.
    #[test]
    fn a_port_pin_drives_its_bit() {
        let mut pin = PortPin::new(5, record);
        pin.set_high().unwrap();
        pin.set_low().unwrap();
        DRIVEN.with(|driven| assert_eq!(*driven.borrow(), [(1 << 5, true), (1 << 5, false)]));
    }

    /// A board without buttons never reports one held.
    #[test]
    fn no_buttons_are_never_pressed() {
        assert_eq!(NoButtons.pressed(), 0);
        assert!(NoButtons::BUTTONS.is_empty());
    }

    /// A writer that keeps what it is given.
    #[derive(Default)]
    struct Wire(Vec<u8>);

    impl embedded_io::ErrorType for Wire {
        type Error = core::convert::Infallible;
    }

    impl embedded_io::Write for Wire {
        fn write(&mut self, bytes: &[u8]) -> Result<usize, Self::Error> {
            self.0.extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> Result<(), Self::Error> {
            Ok(())
        }
    }

    /// Frames on a serial port of their own go out whole, as given.
    #[test]
    fn a_serial_frame_sink_writes_the_whole_frame() {
        let mut sink = Serial(Wire::default());
        sink.send(&[3, 1, 2, 0]);
        sink.send(&[1, 0]);
        assert_eq!(sink.0 .0, [3, 1, 2, 0, 1, 0]);
    }

    /// Starting a TMP105 sets its 12-bit resolution (read-modify-write of its configuration register); a sensor
    /// that does not answer is a start-up failure the node reports, not a silent success.
    #[test]
    fn starting_a_tmp105_sets_12_bits_and_reports_a_missing_one() {
        use embedded_hal::i2c::{ErrorKind, NoAcknowledgeSource};
        use embedded_hal_mock::eh1::i2c::{Mock, Transaction};
        let address = 0x49;
        let expected = [
            Transaction::write(address, vec![1]),
            Transaction::read(address, vec![0x00]),
            Transaction::write(address, vec![1, 0x60]),
        ];
        let mut sensor = keel_drivers::tmp105::Tmp105::new(Mock::new(&expected), address);
        assert_eq!(TemperatureSensor::start(&mut sensor), Ok(()));
        sensor.destroy().done();
        let nack = ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address);
        let absent = [Transaction::write(address, vec![1]).with_error(nack)];
        let mut sensor = keel_drivers::tmp105::Tmp105::new(Mock::new(&absent), address);
        assert_eq!(TemperatureSensor::start(&mut sensor), Err(SensorFault::NoDevice));
        sensor.destroy().done();
    }
}
