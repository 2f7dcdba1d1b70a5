//! One user button on an EXTI line, both edges (the Nucleo-64's B1 on PC13, active low, pulled up on the board).
//! The line is routed and armed through the PAC: embassy's `ExtiInput` needs its own EXTI handler bound and an
//! executor to wait in.

use embassy_stm32::gpio::Input;
use embassy_stm32::pac;
use keel_core::Button;
use keel_runtime::SIGNALS;

/// The button's EXTI line (its pin number), set once by [`UserButton::new`].
static LINE: core::sync::atomic::AtomicU8 = core::sync::atomic::AtomicU8::new(u8::MAX);

/// The one button, as the node's select (it toggles the LED).
pub struct UserButton {
    input: Input<'static>,
}

impl UserButton {
    /// Arms the EXTI line of `input`, which is pin `line` of GPIO port `port` (0 = A, 1 = B, 2 = C, ...), and
    /// enables its `vector` (EXTI15_10 for line 13 on F4, EXTI4_15 on F0) in the NVIC. The vector's handler must
    /// call [`interrupt`] (`keel_stm32::interrupts!` with `button:`). embassy-stm32 enables the EXTI vectors
    /// only in its `exti` feature's start-up, which Keel does not use: without this the line's edges never reach
    /// the node.
    pub fn new(input: Input<'static>, port: u8, line: usize, vector: embassy_stm32::interrupt::Interrupt) -> Self {
        #[cfg(feature = "f1")]
        pac::AFIO.exticr(line / 4).modify(|w| w.set_exti(line % 4, port));
        #[cfg(not(feature = "f1"))]
        pac::SYSCFG.exticr(line / 4).modify(|w| w.set_exti(line % 4, port));
        pac::EXTI.ftsr(0).modify(|w| w.set_line(line, true));
        pac::EXTI.rtsr(0).modify(|w| w.set_line(line, true));
        pac::EXTI.pr(0).write(|w| w.set_line(line, true)); // a stale pending edge
        pac::EXTI.imr(0).modify(|w| w.set_line(line, true));
        LINE.store(line as u8, core::sync::atomic::Ordering::Relaxed);
        cortex_m::peripheral::NVIC::unpend(vector);
        // SAFETY: the vector's handler (`interrupts!`) only clears the line and raises a flag; it shares nothing
        // that a critical section of the work loop protects.
        unsafe { cortex_m::peripheral::NVIC::unmask(vector) };
        UserButton { input }
    }
}

impl keel_runtime::ButtonInputs for UserButton {
    const BUTTONS: &'static [Button] = &[Button::Select];

    fn pressed(&mut self) -> u8 {
        u8::from(self.input.is_low())
    }
}

/// From the button's EXTI vector: clears the line and tells the runtime an edge came (it debounces).
pub fn interrupt() {
    let line = LINE.load(core::sync::atomic::Ordering::Relaxed);
    if line == u8::MAX {
        return;
    }
    pac::EXTI.pr(0).write(|w| w.set_line(line as usize, true));
    SIGNALS.button_edge();
    keel_runtime::platform::wake();
}
