//! The chip: clock, pins and peripherals of the LM3S6965 as this board uses them.
//!
//! Pin assignments are from the LM3S6965 datasheet (DS-LM3S6965, table 24-5 "Signals by Pin Number") and the
//! EK-LM3S6965 evaluation board schematic: user LED on PF0, navigation switches on PE0-PE3 (up, down, left,
//! right) and PF1 (select), active low; UART0 on PA0/PA1 (to the debug USB bridge); UART1 on PD2/PD3;
//! I2C1 on PA6/PA7 (the temperature sensor: see `i2c`); SSI0 on PA2 (clock), PA3 (Fss, the OLED's chip select), PA5 (TX); OLED D/C on PC7;
//! PD0 is the microSD card's chip select, held high so only the OLED listens on SSI0.
//!
//! All register access of the firmware lives in this module, through the generated PAC.

pub mod adc;
pub mod clock;
pub mod clocks;
pub mod display;
pub mod gpio;
pub mod i2c;
pub mod uart;
pub mod watchdog;

/// Everything `init` hands to the tasks.
pub struct Board {
    /// PF0.
    pub led: gpio::Led,
    /// The five navigation switches.
    pub buttons: gpio::Buttons,
    /// UART0 transmit: the console.
    pub console_tx: uart::Tx<lm3s6965_pac::Uart0>,
    /// UART0 receive, interrupt driven.
    pub console_rx: uart::Rx,
    /// UART1 transmit: telemetry.
    pub telemetry_tx: uart::Tx<lm3s6965_pac::Uart1>,
    /// GPTM0 timer A, which triggers the ADC.
    pub sample_timer: adc::SampleTimer,
    /// ADC0 sequencer 3.
    pub adc: adc::Adc,
    /// I2C1 master.
    pub i2c: i2c::I2c,
    /// The OLED on SSI0.
    pub display: display::Display,
    /// WATCHDOG0, running.
    pub watchdog: watchdog::Watchdog,
    /// GPTM1, the work loop's alarm.
    pub alarm: clock::Alarm,
}

impl Board {
    /// Enables and configures every peripheral the firmware uses. Runs once, from `init`, with interrupts off.
    pub fn init(p: lm3s6965_pac::Peripherals, frame: &'static mut keel_drivers::ssd0323::MonoFrameBuffer) -> Board {
        let sysctl = &p.sysctl;
        sysctl.rcgc0().modify(|_, w| w.adc().set_bit().wdt().set_bit());
        sysctl.rcgc1().modify(|_, w| {
            w.uart0().set_bit().uart1().set_bit().ssi0().set_bit().i2c1().set_bit().timer0().set_bit().timer1().set_bit()
        });
        sysctl.rcgc2().modify(|_, w| {
            w.gpioa().set_bit().gpioc().set_bit().gpiod().set_bit().gpioe().set_bit().gpiof().set_bit()
        });
        // The datasheet asks for a few clock cycles between enabling a peripheral's clock and touching it.
        cortex_m::asm::delay(16);

        let (led, buttons) = gpio::init(&p.gpioe, &p.gpiof);
        let (console_tx, console_rx) = uart::init_console(p.uart0, &p.gpioa);
        let telemetry_tx = uart::init_telemetry(p.uart1, &p.gpiod);
        let (sample_timer, adc) = adc::init(p.timer0, p.adc0);
        let i2c = i2c::I2c::new(p.i2c1, &p.gpioa);
        let display = display::Display::new(p.ssi0, &p.gpioa, p.gpioc, &p.gpiod, frame);
        let watchdog = watchdog::Watchdog::start(p.watchdog0);
        let alarm = clock::Alarm::new(p.timer1);
        Board { led, buttons, console_tx, console_rx, telemetry_tx, sample_timer, adc, i2c, display, watchdog, alarm }
    }
}
