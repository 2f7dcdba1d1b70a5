/* C blinky for the size comparison in examples/README.md: the same program as
 * src/bin/03-register-blinky.rs (SysTick COUNTFLAG polling, PF0 toggled through GPIODATA's masked
 * address), built by `cargo xtask examples` with `arm-none-eabi-gcc -Os`.
 * Register addresses: Stellaris LM3S6965 datasheet (DS-LM3S6965), System Control and GPIO register maps;
 * SysTick: ARMv7-M Architecture Reference Manual, B3.3. */
#include <stdint.h>

#define REG(address) (*(volatile uint32_t *)(address))

#define SYSCTL_RCGC2 REG(0x400FE108u)
#define RCGC2_GPIOF (1u << 5)

#define GPIOF_BASE 0x40025000u
#define GPIOF_DATA_PF0 REG(GPIOF_BASE + (1u << 2)) /* address bits 9:2 mask the pins a write changes */
#define GPIOF_DIR REG(GPIOF_BASE + 0x400u)
#define GPIOF_DEN REG(GPIOF_BASE + 0x51Cu)
#define PF0 (1u << 0)

#define SYST_CSR REG(0xE000E010u)
#define SYST_RVR REG(0xE000E014u)
#define SYST_CVR REG(0xE000E018u)
#define CSR_ENABLE (1u << 0)
#define CSR_CLKSOURCE_CORE (1u << 2)
#define CSR_COUNTFLAG (1u << 16)

/* QEMU's LM3S6965 core clock after reset: 12.5 MHz; SysTick wraps every 500 ms. */
#define CORE_CLOCK_HZ 12500000u
#define RELOAD (CORE_CLOCK_HZ / 2u - 1u)

int main(void)
{
    SYSCTL_RCGC2 |= RCGC2_GPIOF;
    for (volatile int wait = 0; wait < 3; wait++) {
    }
    GPIOF_DIR |= PF0;
    GPIOF_DEN |= PF0;

    SYST_RVR = RELOAD;
    SYST_CVR = 0;
    SYST_CSR = CSR_CLKSOURCE_CORE | CSR_ENABLE;

    uint32_t on = 0;
    for (;;) {
        while ((SYST_CSR & CSR_COUNTFLAG) == 0) {
        }
        on ^= PF0;
        GPIOF_DATA_PF0 = on;
    }
}
