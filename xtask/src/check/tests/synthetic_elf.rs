//! Deterministic firmware images for the tests, written with `object::write::elf`: the sections, load
//! addresses and symbols of a cortex-m-rt (or riscv-rt) image, without a cross compiler.

use object::elf;
use object::write::elf::{FileHeader, ProgramHeader, SectionHeader, Sym, Writer};
use object::Endianness;

/// One section of a synthetic image.
#[derive(Debug, Clone)]
pub struct SyntheticSection {
    /// `.vector_table`, `.text`...
    pub name: &'static str,
    /// Run-time address.
    pub address: u32,
    /// Where its bytes are stored (differs from `address` for `.data`).
    pub load_address: u32,
    /// Size in bytes.
    pub size: u32,
    /// Its contents; `None` for NOBITS sections (`.bss`, `.uninit`).
    pub data: Option<Vec<u8>>,
    /// Writable (`.data`, `.bss`).
    pub writable: bool,
    /// Executable (`.text`).
    pub executable: bool,
}

/// A whole synthetic image.
#[derive(Debug, Clone)]
pub struct SyntheticImage {
    /// `EM_ARM` or `EM_RISCV`.
    pub machine: u16,
    /// The ELF entry point.
    pub entry: u32,
    /// Allocated sections.
    pub sections: Vec<SyntheticSection>,
    /// Absolute symbols (`_stack_start`, `_keel_stack_size`...).
    pub symbols: Vec<(&'static str, u32)>,
}

impl SyntheticImage {
    /// What cortex-m-rt's link.x makes of a small program: the vector table at `flash`, `.text` and
    /// `.rodata` after it, `.data` at the start of RAM (initial values after `.rodata`), `.bss` after it,
    /// and the stack at the end of RAM.
    pub fn cortex_m(flash: u32, ram: u32, ram_length: u32) -> Self {
        let stack_start = ram + ram_length;
        let text = flash + 0x100;
        let rodata = text + 0x1000;
        let data_load = rodata + 0x200;
        let mut image = SyntheticImage {
            machine: elf::EM_ARM,
            entry: text | 1,
            sections: vec![
                progbits(".vector_table", flash, vec![0; 0x100], false, false),
                progbits(".text", text, vec![0; 0x1000], false, true),
                progbits(".rodata", rodata, vec![0; 0x200], false, false),
                SyntheticSection { load_address: data_load, ..progbits(".data", ram, vec![0; 0x100], true, false) },
                nobits(".bss", ram + 0x100, 0x400),
            ],
            symbols: vec![("_stack_start", stack_start), ("_stack_end", ram + 0x500)],
        };
        image.set_vectors(stack_start, text | 1);
        image
    }

    /// What riscv-rt makes of a small program: `.text` at `flash` (the entry point), `.data` and `.bss` at
    /// the start of RAM, and `_stack_start` at its end.
    pub fn riscv(flash: u32, ram: u32, ram_length: u32) -> Self {
        SyntheticImage {
            machine: elf::EM_RISCV,
            entry: flash,
            sections: vec![
                progbits(".text", flash, vec![0; 0x1000], false, true),
                progbits(".rodata", flash + 0x1000, vec![0; 0x100], false, false),
                SyntheticSection { load_address: flash + 0x1100, ..progbits(".data", ram, vec![0; 0x40], true, false) },
                nobits(".bss", ram + 0x40, 0x200),
            ],
            symbols: vec![("_stack_start", ram + ram_length)],
        }
    }

    /// Writes the initial SP and the reset vector into the first two words of `.vector_table`.
    pub fn set_vectors(&mut self, sp: u32, reset: u32) {
        let table = self.section_mut(".vector_table");
        let data = table.data.as_mut().expect("the vector table has contents");
        data[0..4].copy_from_slice(&sp.to_le_bytes());
        data[4..8].copy_from_slice(&reset.to_le_bytes());
    }

    /// The section named `name`.
    pub fn section_mut(&mut self, name: &str) -> &mut SyntheticSection {
        self.sections.iter_mut().find(|s| s.name == name).unwrap_or_else(|| panic!("no section {name}"))
    }

    /// Sets (or adds) an absolute symbol.
    pub fn set_symbol(&mut self, name: &'static str, value: u32) {
        self.symbols.retain(|(n, _)| *n != name);
        self.symbols.push((name, value));
    }

    /// The ELF file.
    pub fn build(&self) -> Vec<u8> {
        let mut buffer = Vec::new();
        let mut writer = Writer::new(Endianness::Little, false, &mut buffer);
        let stored: Vec<&SyntheticSection> = self.sections.iter().filter(|s| s.data.is_some()).collect();

        writer.reserve_file_header();
        writer.reserve_program_headers(stored.len() as u32);
        let offsets: Vec<usize> =
            self.sections.iter().map(|s| s.data.as_ref().map_or(0, |d| writer.reserve(d.len(), 4))).collect();
        writer.reserve_null_section_index();
        let section_names: Vec<_> = self
            .sections
            .iter()
            .map(|s| {
                let name = writer.add_section_name(s.name.as_bytes());
                writer.reserve_section_index();
                name
            })
            .collect();
        writer.reserve_null_symbol_index();
        let symbol_names: Vec<_> = self
            .symbols
            .iter()
            .map(|(name, _)| {
                let id = writer.add_string(name.as_bytes());
                writer.reserve_symbol_index(None);
                id
            })
            .collect();
        writer.reserve_symtab_section_index();
        writer.reserve_strtab_section_index();
        writer.reserve_shstrtab_section_index();
        writer.reserve_symtab();
        writer.reserve_strtab();
        writer.reserve_shstrtab();
        writer.reserve_section_headers();

        writer
            .write_file_header(&FileHeader {
                os_abi: elf::ELFOSABI_NONE,
                abi_version: 0,
                e_type: elf::ET_EXEC,
                e_machine: self.machine,
                e_entry: u64::from(self.entry),
                e_flags: 0,
            })
            .expect("a valid ELF header");
        writer.write_align_program_headers();
        for (section, offset) in self.sections.iter().zip(&offsets) {
            if section.data.is_none() {
                continue;
            }
            let mut flags = elf::PF_R;
            if section.writable {
                flags |= elf::PF_W;
            }
            if section.executable {
                flags |= elf::PF_X;
            }
            writer.write_program_header(&ProgramHeader {
                p_type: elf::PT_LOAD,
                p_flags: flags,
                p_offset: *offset as u64,
                p_vaddr: u64::from(section.address),
                p_paddr: u64::from(section.load_address),
                p_filesz: u64::from(section.size),
                p_memsz: u64::from(section.size),
                p_align: 4,
            });
        }
        for section in &self.sections {
            if let Some(data) = &section.data {
                writer.write_align(4);
                writer.write(data);
            }
        }
        writer.write_null_symbol();
        for ((_, value), name) in self.symbols.iter().zip(&symbol_names) {
            writer.write_symbol(&Sym {
                name: Some(*name),
                section: None,
                st_info: (elf::STB_GLOBAL << 4) | elf::STT_NOTYPE,
                st_other: elf::STV_DEFAULT,
                st_shndx: elf::SHN_ABS,
                st_value: u64::from(*value),
                st_size: 0,
            });
        }
        writer.write_strtab();
        writer.write_shstrtab();
        writer.write_null_section_header();
        for ((section, offset), name) in self.sections.iter().zip(&offsets).zip(&section_names) {
            let mut flags = elf::SHF_ALLOC;
            if section.writable {
                flags |= elf::SHF_WRITE;
            }
            if section.executable {
                flags |= elf::SHF_EXECINSTR;
            }
            writer.write_section_header(&SectionHeader {
                name: Some(*name),
                sh_type: if section.data.is_some() { elf::SHT_PROGBITS } else { elf::SHT_NOBITS },
                sh_flags: u64::from(flags),
                sh_addr: u64::from(section.address),
                sh_offset: *offset as u64,
                sh_size: u64::from(section.size),
                sh_link: 0,
                sh_info: 0,
                sh_addralign: 4,
                sh_entsize: 0,
            });
        }
        writer.write_symtab_section_header(1);
        writer.write_strtab_section_header();
        writer.write_shstrtab_section_header();
        debug_assert_eq!(writer.reserved_len(), writer.len());
        buffer
    }
}

fn progbits(name: &'static str, address: u32, data: Vec<u8>, writable: bool, executable: bool) -> SyntheticSection {
    SyntheticSection {
        name,
        address,
        load_address: address,
        size: data.len() as u32,
        data: Some(data),
        writable,
        executable,
    }
}

fn nobits(name: &'static str, address: u32, size: u32) -> SyntheticSection {
    SyntheticSection { name, address, load_address: address, size, data: None, writable: true, executable: false }
}

/// Resizes a section (keeping its contents' first bytes), for images that outgrow their memory.
pub fn resize(section: &mut SyntheticSection, size: u32) {
    section.size = size;
    if let Some(data) = &mut section.data {
        data.resize(size as usize, 0);
    }
}
