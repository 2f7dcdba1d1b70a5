//! embassy-time's clock is Keel's uptime (SysTick): the I2C driver's timeouts (`embassy-stm32`'s `time`
//! feature) read it, and nothing here waits on an embassy timer, so a wake-up is given at once. This costs about
//! 150 bytes where embassy's own time driver would take a timer and about 850.

struct UptimeClock;

impl embassy_time_driver::Driver for UptimeClock {
    fn now(&self) -> u64 {
        // Milliseconds (the `tick-hz-1_000` feature). The I2C transfers run in the work loop, with interrupts
        // enabled, so SysTick's restarts are counted while they wait.
        u64::from(<crate::Uptime as keel_runtime::Uptime>::now_ms())
    }

    fn schedule_wake(&self, _at: u64, waker: &core::task::Waker) {
        waker.wake_by_ref();
    }
}

embassy_time_driver::time_driver_impl!(static DRIVER: UptimeClock = UptimeClock);
