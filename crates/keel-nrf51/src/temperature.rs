//! The die temperature sensor.

use keel_core::SensorFault;

use crate::{await_event, clear, pac, trigger};

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

impl keel_runtime::TemperatureSensor for DieTemperature {
    /// A measurement that never finishes (QEMU has no TEMP model) is `NoDevice`: nothing answered.
    fn read_millicelsius(&mut self) -> Result<i32, SensorFault> {
        clear(&self.temp.events_datardy);
        trigger(&self.temp.tasks_start);
        let ready = await_event(&self.temp.events_datardy);
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
