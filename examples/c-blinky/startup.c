/* Start-up code of the C blinky: the vector table and a reset handler that copies .data, zeroes .bss and
 * calls main; the C counterpart of examples/freestanding. Symbols come from link.ld. */
#include <stdint.h>

extern uint32_t __sidata, __sdata, __edata, __sbss, __ebss, __stack_top;
int main(void);

void Reset_Handler(void);
static void Default_Handler(void);

void Reset_Handler(void)
{
    uint32_t *source = &__sidata;
    for (uint32_t *destination = &__sdata; destination < &__edata;) {
        *destination++ = *source++;
    }
    for (uint32_t *destination = &__sbss; destination < &__ebss;) {
        *destination++ = 0;
    }
    main();
    for (;;) {
    }
}

static void Default_Handler(void)
{
    for (;;) {
    }
}

/* Initial stack pointer, then exceptions 1-15 (no device interrupts are used). */
__attribute__((section(".vector_table"), used)) static const void *const vectors[16] = {
    &__stack_top,
    Reset_Handler,
    Default_Handler, /* NMI */
    Default_Handler, /* HardFault */
    Default_Handler, /* MemManage */
    Default_Handler, /* BusFault */
    Default_Handler, /* UsageFault */
    0, 0, 0, 0,
    Default_Handler, /* SVCall */
    Default_Handler, /* DebugMonitor */
    0,
    Default_Handler, /* PendSV */
    Default_Handler, /* SysTick */
};
