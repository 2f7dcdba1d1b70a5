//! Keel's sensor node on the SiFive HiFive1 Rev B (FE310-G002, RISC-V rv32imac): its pins, on the node every
//! FE310 board runs (`keel_fe310::app!`: the shared runtime on riscv-rt, from a plain `#[entry]` loop). What the
//! node does is in `keel-core`, how it runs in `keel-runtime`, the FE310's peripherals in `keel-fe310`.

#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

// The HiFive1 Rev B's pins (its schematic, and the FE310-G002 manual's IOF table): UART0 to the J-Link's virtual
// serial port, UART1's TX on header pin 1, the RGB LED (each colour lit when low: green for the node, red and
// blue kept off), I2C0 on the SDA/SCL header (a TMP105 there: README).
keel_fe310::app!(HiFive1 {
    name: "hifive1-revb",
    console: { tx: 17, rx: 16 },
    telemetry_tx: 18,
    led: 19,
    other_leds: [21, 22],
    i2c: { sda: 12, scl: 13 },
});
