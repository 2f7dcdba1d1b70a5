//! Link set-up (memory.x, cortex-m-rt's link.x, defmt.x), shared by every board: `crates/keel-build`.

fn main() {
    keel_build::firmware(&["link.x"]);
}
