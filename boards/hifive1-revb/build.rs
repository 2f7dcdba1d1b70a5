//! Link set-up shared by every board (`crates/keel-build`): riscv-rt's `link.x` does not include `memory.x`
//! (cortex-m-rt's does), so it comes first; the runtime's `keel-riscv.x` after `link.x`.

fn main() {
    keel_build::firmware(&["memory.x", "link.x", "keel-riscv.x"]);
}
