//! The nRF51822 as the micro:bit v1 wires it, through the PAC: clocks, the two timers, UART0, the ADC, the
//! die temperature sensor, the watchdog, one LED of the matrix and the two buttons.
//!
//! Pins from the micro:bit v1.5 schematic (and the `microbit` board crate's pin map): UART0 TX P0.24 and RX
//! P0.25 (to the interface chip's USB serial port), buttons A P0.17 and B P0.26 (active low, pulled up on the
//! board), LED matrix rows P0.13-P0.15 and columns P0.04-P0.12 (an LED lights with its row high and its column
//! low; the top-left one is row 1 and column 1), edge pad P0 on P0.03 (AIN4). Register behaviour from the
//! nRF51 Series Reference Manual v3.0.
//!
//! Every wait is bounded: QEMU models neither the ADC, TEMP nor the watchdog (their registers read 0), and a
//! real peripheral can fail; a wait that runs out is an error the node reports, never a hang.

use keel_core::{Button, SensorFault};
use keel_runtime::{Fed, SampleClock, TemperatureSensor};
use nrf51_pac as pac;
use pac::generic::{Readable, Reg, RegisterSpec, Resettable, Writable};

/// Polls of an event register before giving up: far more than the slowest wait here takes on silicon
/// (a 10-bit conversion 68 us, a temperature measurement 36 us, a byte at 115200 baud 87 us; a poll is a few
/// cycles at 16 MHz).
const POLLS: u32 = 20_000;

/// A 32-bit register of the PAC that takes any value (the EVENTS_ and TASKS_ registers).
trait Register {
    fn set(&self, value: u32);
}

impl<R: Writable + Resettable + RegisterSpec<Ux = u32>> Register for Reg<R> {
    fn set(&self, value: u32) {
        // SAFETY: EVENTS_ and TASKS_ registers take any value (0 clears an event, 1 starts a task).
        self.write(|w| unsafe { w.bits(value) });
    }
}

/// Polls `event` until it is set, at most [`POLLS`] times, and clears it. Returns whether it came.
fn wait_for<R: Readable + Writable + Resettable + RegisterSpec<Ux = u32>>(event: &Reg<R>) -> bool {
    let came = (0..POLLS).any(|_| event.read().bits() != 0);
    clear(event);
    came
}

fn clear(event: &impl Register) {
    event.set(0);
}

fn trigger(task: &impl Register) {
    task.set(1);
}

const TX_PIN: usize = 24;
const RX_PIN: usize = 25;
const BUTTON_A: u32 = 17;
const BUTTON_B: u32 = 26;
const ROW1: usize = 13;
const COL1: usize = 4;

/// Starts the 16 MHz crystal (the micro:bit has one; the core runs from the RC oscillator until then) and the
/// 32 kHz RC oscillator the watchdog counts with (the micro:bit has no 32 kHz crystal). Returns whether the
/// crystal reported running; without it the node runs on the RC oscillator, whose 2% error skews the baud rate.
pub fn start_clocks(clock: &pac::CLOCK) -> bool {
    clear(&clock.events_hfclkstarted);
    trigger(&clock.tasks_hfclkstart);
    let crystal = wait_for(&clock.events_hfclkstarted);
    clock.lfclksrc.write(|w| w.src().rc());
    trigger(&clock.tasks_lfclkstart);
    wait_for(&clock.events_lfclkstarted);
    crystal
}

/// The uptime counter's period: TIMER0 restarts every 300 ms (a whole number of milliseconds).
const PERIOD_MS: u32 = 300;

/// The uptime: TIMER0's periods, counted by its compare-1 interrupt, plus its position in the current one.
pub static CLOCK: keel_runtime::PeriodicClock = keel_runtime::PeriodicClock::new(PERIOD_MS);

/// TIMER0 at 1 MHz (the nRF51's Cortex-M0 has no SysTick): compare 1 restarts it every [`PERIOD_MS`] and
/// interrupts; compare 0 is the work loop's alarm within the current period; capture 2 reads it.
pub fn start_clock(timer: &pac::TIMER0) {
    trigger(&timer.tasks_stop);
    timer.mode.write(|w| w.mode().timer());
    timer.bitmode.write(|w| w.bitmode()._32bit());
    // SAFETY: 4 is a valid prescaler (0..=9): 16 MHz / 2^4 = 1 MHz.
    timer.prescaler.write(|w| unsafe { w.prescaler().bits(4) });
    // SAFETY: any compare value is valid.
    timer.cc[1].write(|w| unsafe { w.bits(PERIOD_MS * 1000) });
    timer.shorts.write(|w| w.compare1_clear().enabled());
    timer.intenset.write(|w| w.compare1().set());
    trigger(&timer.tasks_clear);
    trigger(&timer.tasks_start);
}

fn timer0() -> pac::TIMER0 {
    // SAFETY: the clock's functions use TIMER0's capture 2, compare 0 and the events, which nothing else
    // touches after `start_clock`; each is one register access.
    unsafe { pac::Peripherals::steal() }.TIMER0
}

/// Microseconds into the current period.
fn position_us(timer: &pac::TIMER0) -> u32 {
    trigger(&timer.tasks_capture[2]);
    timer.cc[2].read().bits()
}

/// Milliseconds since boot.
pub fn now_ms() -> u32 {
    let timer = timer0();
    CLOCK.now_ms(|| (position_us(&timer) / 1000, timer.events_compare[1].read().bits() != 0))
}

/// Microseconds since boot (wrapping), for the idle loop's sleep measurement.
pub fn now_us() -> u32 {
    let timer = timer0();
    CLOCK.now_us(|| (position_us(&timer), timer.events_compare[1].read().bits() != 0))
}

/// From TIMER0's interrupt: counts a restart and clears the alarm's event.
pub fn clock_interrupt() {
    let timer = timer0();
    if timer.events_compare[1].read().bits() != 0 {
        clear(&timer.events_compare[1]);
        CLOCK.wrapped();
    }
    clear(&timer.events_compare[0]);
}

/// Interrupts `delay_ms` from now when that falls within the current period; a later deadline is set again at
/// the restart (the runtime's `Signals::due` is checked there and `work` re-arms).
pub fn set_alarm(delay_ms: u32) {
    let timer = timer0();
    let at = position_us(&timer).saturating_add(delay_ms.saturating_mul(1000));
    if at < PERIOD_MS * 1000 {
        // SAFETY: any compare value is valid.
        timer.cc[0].write(|w| unsafe { w.bits(at) });
        timer.intenset.write(|w| w.compare0().set());
    } else {
        timer.intenclr.write(|w| w.compare0().clear());
    }
}

/// Acknowledges a timer's compare-0 event (from its interrupt).
pub fn acknowledge_timer(timer: &pac::timer0::RegisterBlock) {
    clear(&timer.events_compare[0]);
}

/// TIMER1 (16-bit) at 31,250 Hz paces sampling: from 1 Hz (31,250 counts) to 100 Hz (312).
pub struct SampleTimer {
    timer: pac::TIMER1,
    /// Off when the ADC did not answer at start-up: a conversion attempt per tick would only spin.
    enabled: bool,
}

const SAMPLE_TIMER_HZ: u32 = 16_000_000 >> 9;

impl SampleTimer {
    /// Configures TIMER1, stopped until the first `set_rate`.
    pub fn new(timer: pac::TIMER1, enabled: bool) -> Self {
        trigger(&timer.tasks_stop);
        timer.mode.write(|w| w.mode().timer());
        timer.bitmode.write(|w| w.bitmode()._16bit());
        // SAFETY: 9 is the largest valid prescaler: 16 MHz / 512.
        timer.prescaler.write(|w| unsafe { w.prescaler().bits(9) });
        timer.shorts.write(|w| w.compare0_clear().enabled());
        timer.intenset.write(|w| w.compare0().set());
        SampleTimer { timer, enabled }
    }
}

impl SampleClock for SampleTimer {
    fn set_rate(&mut self, hz: u16) {
        let counts = (SAMPLE_TIMER_HZ / u32::from(hz.max(1))).min(0xffff);
        trigger(&self.timer.tasks_stop);
        if !self.enabled {
            return;
        }
        // SAFETY: any 16-bit compare value is valid.
        self.timer.cc[0].write(|w| unsafe { w.bits(counts) });
        trigger(&self.timer.tasks_clear);
        trigger(&self.timer.tasks_start);
    }
}

/// The ADC on edge pad P0 (P0.03, AIN4), 10 bits, input scaled by 1/3 against the 1.2 V band gap (0-3.6 V).
pub struct Adc {
    adc: pac::ADC,
}

impl Adc {
    /// Configures and enables the converter.
    pub fn new(adc: pac::ADC) -> Self {
        adc.config.write(|w| {
            w.res()._10bit().inpsel().analog_input_one_third_prescaling().refsel().vbg().psel().analog_input4().extrefsel().none()
        });
        adc.enable.write(|w| w.enable().enabled());
        Adc { adc }
    }

    /// One conversion, or `None` if it did not finish in time.
    pub fn convert(&mut self) -> Option<u16> {
        clear(&self.adc.events_end);
        trigger(&self.adc.tasks_start);
        wait_for(&self.adc.events_end).then(|| self.adc.result.read().result().bits())
    }
}

/// The die temperature sensor (0.25 C steps).
pub struct DieTemperature {
    temp: pac::TEMP,
}

impl DieTemperature {
    /// The sensor (nothing to configure).
    pub fn new(temp: pac::TEMP) -> Self {
        DieTemperature { temp }
    }
}

impl TemperatureSensor for DieTemperature {
    /// A measurement that never finishes (QEMU has no TEMP model) is `NoDevice`: nothing answered.
    fn read_millicelsius(&mut self) -> Result<i32, SensorFault> {
        clear(&self.temp.events_datardy);
        trigger(&self.temp.tasks_start);
        let ready = wait_for(&self.temp.events_datardy);
        trigger(&self.temp.tasks_stop);
        if !ready {
            return Err(SensorFault::NoDevice);
        }
        let raw = self.temp.temp.read().bits();
        // Nordic's anomaly 28 for the nRF51: negative values come without their upper sign bits; extend bit 9.
        let quarters = if raw & 0x200 != 0 { (raw | 0xffff_fc00) as i32 } else { raw as i32 };
        Ok(quarters * 250)
    }
}

/// The watchdog: 2 s on the 32 kHz clock, reloaded through RR0, paused while a debugger halts the core.
pub struct Watchdog {
    wdt: pac::WDT,
}

impl Watchdog {
    /// Starts it; from now on only a reset stops it.
    pub fn start(wdt: pac::WDT) -> Self {
        // SAFETY: CRV is a tick count; 2 s of 32,768 Hz ticks.
        wdt.crv.write(|w| unsafe { w.bits(2 * 32_768) });
        wdt.rren.write(|w| w.rr0().enabled());
        wdt.config.write(|w| w.sleep().run().halt().pause());
        trigger(&wdt.tasks_start);
        Watchdog { wdt }
    }
}

impl keel_runtime::Watchdog for Watchdog {
    fn feed(&mut self) -> Fed {
        self.wdt.rr[0].write(|w| w.rr().reload());
        Fed::InTime
    }
}

/// Why the chip reset, from POWER.RESETREAS (cleared for the next boot). QEMU reads the register as 1
/// (the reset pin), which is reported like a power-on: the runtime has no separate pin-reset reason.
pub fn reset_reason(power: &pac::POWER) -> keel_core::ResetReason {
    use keel_core::ResetReason;
    let cause = power.resetreas.read();
    let reason = if cause.dog().is_detected() {
        ResetReason::Watchdog
    } else if cause.lockup().is_detected() {
        ResetReason::Fault
    } else if cause.sreq().is_detected() {
        ResetReason::Software
    } else {
        ResetReason::PowerOn
    };
    // SAFETY: the register is cleared by writing ones to its bits; writing back what was read clears them.
    power.resetreas.write(|w| unsafe { w.bits(cause.bits()) });
    reason
}

/// The console's transmit side on UART0.
pub struct ConsoleTx {
    uart: pac::UART0,
}

/// The console's receive side, owned by the UART0 interrupt.
pub struct ConsoleRx {
    uart: pac::UART0,
}

/// Routes P0.24/P0.25 to UART0 at 115200 8N1, receive interrupt on.
pub fn console(uart: pac::UART0, gpio: &pac::GPIO) -> (ConsoleTx, ConsoleRx) {
    // SAFETY: setting one bit of OUTSET drives only that pin high (TX idles high).
    gpio.outset.write(|w| unsafe { w.bits(1 << TX_PIN) });
    gpio.pin_cnf[TX_PIN].write(|w| w.dir().output().input().disconnect());
    gpio.pin_cnf[RX_PIN].write(|w| w.dir().input().input().connect().pull().disabled());
    // SAFETY: PSELTXD/PSELRXD take a pin number (0-31).
    uart.pseltxd.write(|w| unsafe { w.bits(TX_PIN as u32) });
    // SAFETY: as above.
    uart.pselrxd.write(|w| unsafe { w.bits(RX_PIN as u32) });
    uart.baudrate.write(|w| w.baudrate().baud115200());
    uart.config.write(|w| w.hwfc().disabled().parity().excluded());
    uart.enable.write(|w| w.enable().enabled());
    clear(&uart.events_rxdrdy);
    clear(&uart.events_txdrdy);
    trigger(&uart.tasks_starttx);
    trigger(&uart.tasks_startrx);
    uart.intenset.write(|w| w.rxdrdy().set());
    // SAFETY: the two handles split UART0 by register: `ConsoleTx` touches only TXD and EVENTS_TXDRDY,
    // `ConsoleRx` only RXD, EVENTS_RXDRDY and ERRORSRC.
    let receiver = unsafe { pac::Peripherals::steal() }.UART0;
    (ConsoleTx { uart }, ConsoleRx { uart: receiver })
}

impl embedded_io::ErrorType for ConsoleTx {
    type Error = core::convert::Infallible;
}

impl embedded_io::Write for ConsoleTx {
    /// Write, then wait for TXDRDY (bounded). Not wait-then-write, as nrf-hal does: TXDRDY is only set
    /// after a byte went out, so the first wait of wait-then-write never ends unless a dummy byte primes it.
    fn write(&mut self, bytes: &[u8]) -> Result<usize, Self::Error> {
        for &byte in bytes {
            // SAFETY: any byte is valid data.
            self.uart.txd.write(|w| unsafe { w.txd().bits(byte) });
            wait_for(&self.uart.events_txdrdy);
        }
        Ok(bytes.len())
    }

    /// Nothing to do: `write` returns once each byte has left TXD.
    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

impl ConsoleRx {
    /// Passes each received byte to `each`; returns how many the hardware lost (overrun, framing errors).
    pub fn drain(&mut self, mut each: impl FnMut(u8)) -> u32 {
        while self.uart.events_rxdrdy.read().bits() != 0 {
            // Clear before reading RXD: reading pops the FIFO and a further byte raises the event again.
            clear(&self.uart.events_rxdrdy);
            each(self.uart.rxd.read().rxd().bits());
        }
        let errors = self.uart.errorsrc.read().bits();
        // SAFETY: ERRORSRC is cleared by writing ones to its bits.
        self.uart.errorsrc.write(|w| unsafe { w.bits(errors) });
        errors.count_ones()
    }
}

/// The top-left LED of the matrix: row 1 (P0.13) held high, lit by driving column 1 (P0.04) low. All other
/// rows stay low and columns high, so nothing else lights.
pub struct Led {
    _private: (),
}

/// Configures the matrix pins and the buttons.
pub fn led_and_buttons(gpio: &pac::GPIO) -> (Led, Buttons) {
    for row in 13..=15 {
        gpio.pin_cnf[row].write(|w| w.dir().output());
    }
    for column in 4..=12 {
        gpio.pin_cnf[column].write(|w| w.dir().output());
    }
    // SAFETY: OUTCLR/OUTSET change only the pins whose bits are set: rows low, columns high, then row 1 high.
    gpio.outclr.write(|w| unsafe { w.bits(0b111 << 13) });
    // SAFETY: as above.
    gpio.outset.write(|w| unsafe { w.bits(0x1ff << 4 | 1 << ROW1) });
    for pin in [BUTTON_A, BUTTON_B] {
        gpio.pin_cnf[pin as usize].write(|w| w.dir().input().input().connect().pull().disabled());
    }
    (Led { _private: () }, Buttons { _private: () })
}

impl embedded_hal::digital::ErrorType for Led {
    type Error = core::convert::Infallible;
}

impl embedded_hal::digital::OutputPin for Led {
    fn set_low(&mut self) -> Result<(), Self::Error> {
        // SAFETY: a single-bit OUTSET write changes only column 1, which `Led` alone owns.
        unsafe { pac::Peripherals::steal() }.GPIO.outset.write(|w| unsafe { w.bits(1 << COL1) });
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Self::Error> {
        // SAFETY: as above, through OUTCLR.
        unsafe { pac::Peripherals::steal() }.GPIO.outclr.write(|w| unsafe { w.bits(1 << COL1) });
        Ok(())
    }
}

/// Buttons A and B. QEMU's micro:bit has no GPIOTE, so there are no edge interrupts: the runtime polls.
pub struct Buttons {
    _private: (),
}

impl keel_runtime::ButtonInputs for Buttons {
    /// A toggles the LED (the node's select), B shows the next display page (the node's right).
    const BUTTONS: &'static [Button] = &[Button::Select, Button::Right];
    const EDGE_INTERRUPTS: bool = false;

    fn pressed(&mut self) -> u8 {
        // SAFETY: reading IN has no side effects.
        let levels = unsafe { pac::Peripherals::steal() }.GPIO.in_.read().bits();
        // Active low: a pressed button pulls its pin to ground.
        u8::from(levels & (1 << BUTTON_A) == 0) | u8::from(levels & (1 << BUTTON_B) == 0) << 1
    }
}
