//! # 06 · RTIC priorities: a shared counter, a periodic task and a task that preempts it
//!
//! What it shows: RTIC 2 schedules tasks by hardware priority using the NVIC, and shares resources
//! without a kernel. `periodic` is an async software task at priority 1 that wakes every 100 ms on a
//! SysTick monotonic; `urgent` is a hardware task at priority 2 bound to the GPIOA interrupt, which
//! `periodic` pends (standing in for an external event). Both update `counter`.
//!
//! - Pended outside a lock, `urgent` runs at once: it preempts `periodic` mid-function.
//! - Pended while `periodic` holds `counter`'s lock, `urgent` waits: the lock raises the running
//!   priority to the resource's ceiling (2), so the NVIC holds the interrupt until the lock is
//!   released, and runs it right then. No deadlock is possible, no disabling of all interrupts.
//!
//! What to look at: the order of the lines in `expected/06-rtic-priorities.run`, the `lock` calls
//! (`periodic` must lock, `urgent` too because it shares with a lower priority task), and the times,
//! which come from the monotonic (virtual time under QEMU's `-icount`).
//!
//! Check: the golden file.

#![no_std]
#![no_main]

use panic_semihosting as _;

rtic_monotonics::systick_monotonic!(Mono, 1_000);

#[rtic::app(device = lm3s6965_pac, dispatchers = [SSI0])]
mod app {
    use cortex_m_semihosting::{debug, hprintln};
    use lm3s6965_pac::Interrupt;
    use rtic_monotonics::systick::prelude::*;

    use super::Mono;

    /// QEMU's LM3S6965 core clock after reset: 12.5 MHz (see the README).
    const CORE_CLOCK_HZ: u32 = 12_500_000;

    #[shared]
    struct Shared {
        counter: u32,
    }

    #[local]
    struct Local {}

    #[init]
    fn init(cx: init::Context) -> (Shared, Local) {
        Mono::start(cx.core.SYST, CORE_CLOCK_HZ);
        hprintln!("init: counter = 0");
        periodic::spawn().ok();
        (Shared { counter: 0 }, Local {})
    }

    /// Every 100 ms: count, and pend `urgent` twice, once outside and once inside the lock.
    #[task(priority = 1, shared = [counter])]
    async fn periodic(mut cx: periodic::Context) {
        for round in 1..=3 {
            Mono::delay(100.millis()).await;
            hprintln!("t={} ms periodic round {}: start", Mono::now().duration_since_epoch().as_millis(), round);
            rtic::pend(Interrupt::GPIOA);
            hprintln!("  periodic: back after urgent preempted it");
            cx.shared.counter.lock(|counter| {
                *counter += 1;
                hprintln!("  periodic: holds the lock, counter = {}; pending urgent", counter);
                rtic::pend(Interrupt::GPIOA);
                hprintln!("  periodic: still holds the lock, urgent is waiting");
            });
            hprintln!("  periodic: released the lock");
        }
        let total = cx.shared.counter.lock(|counter| *counter);
        hprintln!("done: counter = {}", total);
        debug::exit(debug::EXIT_SUCCESS);
    }

    /// The high-priority event: adds 10.
    #[task(binds = GPIOA, priority = 2, shared = [counter])]
    fn urgent(mut cx: urgent::Context) {
        cx.shared.counter.lock(|counter| {
            *counter += 10;
            hprintln!("    urgent (priority 2): counter = {}", counter);
        });
    }
}
