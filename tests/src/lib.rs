//! Keel emulator bench (being written, see issue 4).
