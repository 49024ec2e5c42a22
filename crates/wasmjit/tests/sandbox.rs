//! The sandbox: generated code reads and writes only inside its linear
//! memory, and code pages are never writable and executable at once.
//!
//! Every load and store form (spec §5.4.6 memory instructions: all widths,
//! signed and unsigned) is run with static offsets and addresses around the
//! memory's end, 2^31 and 2^32 (the effective address `addr + offset` is a
//! 33-bit number, spec §4.4.7), with the address both as a constant and as a
//! parameter (the compiler folds constants into the addressing mode). An
//! in-bounds access must read or write exactly the right bytes; an
//! out-of-bounds one must trap with `MemoryOutOfBounds` and leave memory
//! unchanged (no partial writes). All of it with both bounds-check
//! strategies: guard pages, and explicit checks, whose memories here reserve
//! no more than their (fixed) size, so an access the checks let through
//! would land outside the reservation. A 32-bit process (i686) has no
//! address space for guard pages: there the same cases run with explicit
//! checks, the only strategy, and code compiled for guard pages is shown
//! to be refused a memory (`..._in_a_32_bit_process`). And all of it again
//! on memory 1 of a module with two memories (multiple memories, Wasm 3.0),
//! whose memory 0 must stay unchanged.

use wasmjit::{
    BoundsChecks, Engine, Error, Extern, Instance, Module, Store, StoreLimits, TrapKind, Val,
};

fn engine(checks: BoundsChecks) -> Engine {
    Engine::with_bounds_checks(StoreLimits::default(), checks).unwrap()
}

/// The strategies a 64-bit process has.
#[cfg(target_pointer_width = "64")]
fn engines() -> [Engine; 2] {
    [BoundsChecks::GuardPages, BoundsChecks::Explicit].map(engine)
}

/// In a 32-bit process: explicit checks only; an engine asked for guard
/// pages compiles unchecked code, but no memory can be made for it (it
/// would need 8 GiB of address space), so that code never runs on one.
#[cfg(target_pointer_width = "32")]
fn engines_of_a_32_bit_process() -> [Engine; 1] {
    let guarded = engine(BoundsChecks::GuardPages);
    let module = Module::from_wat(&guarded, &module_text(&OPS[0], 1, 0)).unwrap();
    match Instance::new(&mut Store::new(&guarded), &module, &[]) {
        Err(Error::Resource(m)) => assert!(m.contains("64-bit address space"), "{m}"),
        other => panic!("guard pages in a 32-bit process: {:?}", other.map(|_| ())),
    }
    assert_eq!(Engine::default().bounds_checks(), BoundsChecks::Explicit);
    [engine(BoundsChecks::Explicit)]
}

/// One memory access form.
struct Op {
    /// Instruction name, e.g. `i64.load16_s`.
    name: &'static str,
    /// Bytes accessed.
    width: u64,
    /// Value type (`i32`, `i64`, `f32`, `f64`).
    ty: &'static str,
    store: bool,
    /// Loads: sign-extend the bytes read.
    signed: bool,
}

const fn op(name: &'static str, width: u64, ty: &'static str, store: bool, signed: bool) -> Op {
    Op {
        name,
        width,
        ty,
        store,
        signed,
    }
}

const OPS: [Op; 23] = [
    op("i32.load", 4, "i32", false, false),
    op("i64.load", 8, "i64", false, false),
    op("f32.load", 4, "f32", false, false),
    op("f64.load", 8, "f64", false, false),
    op("i32.load8_s", 1, "i32", false, true),
    op("i32.load8_u", 1, "i32", false, false),
    op("i32.load16_s", 2, "i32", false, true),
    op("i32.load16_u", 2, "i32", false, false),
    op("i64.load8_s", 1, "i64", false, true),
    op("i64.load8_u", 1, "i64", false, false),
    op("i64.load16_s", 2, "i64", false, true),
    op("i64.load16_u", 2, "i64", false, false),
    op("i64.load32_s", 4, "i64", false, true),
    op("i64.load32_u", 4, "i64", false, false),
    op("i32.store", 4, "i32", true, false),
    op("i64.store", 8, "i64", true, false),
    op("f32.store", 4, "f32", true, false),
    op("f64.store", 8, "f64", true, false),
    op("i32.store8", 1, "i32", true, false),
    op("i32.store16", 2, "i32", true, false),
    op("i64.store8", 1, "i64", true, false),
    op("i64.store16", 2, "i64", true, false),
    op("i64.store32", 4, "i64", true, false),
];

const PAGE: u64 = 65536;

/// The value every store writes (truncated to the access width).
const STORED: u64 = 0x8877_6655_4433_2211;

/// The ends (offset + width) the ia32 backend checks with one compare
/// with a `VMMemory::limits` word go up to 64: the last of them and the
/// first past them are among the offsets and addresses here.
const LIMITS: u64 = 64;

fn offsets(width: u64) -> Vec<u64> {
    vec![
        0,
        1,
        LIMITS - width,
        LIMITS + 1 - width,
        PAGE - width,
        PAGE - width + 1,
        PAGE,
        0x7fff_ffff,
        0x8000_0000,
        0xffff_fff8,
        0xffff_ffff,
    ]
}

fn addresses(width: u64) -> Vec<u64> {
    vec![
        0,
        7,
        PAGE - width,
        PAGE - width + 1,
        PAGE - LIMITS - 1,
        PAGE - LIMITS,
        PAGE - LIMITS + 1,
        PAGE - 1,
        PAGE,
        0x7fff_ffff,
        0x8000_0000,
        0xffff_fff8,
        0xffff_ffff,
    ]
}

/// The text of a constant of type `ty` with bits `STORED`.
fn stored_const(ty: &str) -> String {
    match ty {
        "i32" => format!("i32.const {}", STORED as u32 as i32),
        "i64" => format!("i64.const {}", STORED as i64),
        "f32" => format!("i32.const {} f32.reinterpret_i32", STORED as u32 as i32),
        _ => format!("i64.const {} f64.reinterpret_i64", STORED as i64),
    }
}

/// A module with a memory of `pages` pages, `mem` (0 or 1, memory 1 after
/// a two-page memory 0 exported as `other`: larger, so that an access
/// checked against the wrong memory's size would get through), and, for `op` on it, one
/// function per offset taking the address as a parameter (`d{oi}`) and one
/// per (offset, address) with the address as a constant (`c{oi}_{ai}`).
fn module_text(op: &Op, pages: u64, mem: u32) -> String {
    let mut m = String::from("(module ");
    if mem == 1 {
        m += "(memory (export \"other\") 2 2) ";
    }
    m += &format!("(memory (export \"mem\") {pages} {pages})\n");
    let (result, value) = if op.store {
        (String::new(), stored_const(op.ty))
    } else {
        (format!("(result {})", op.ty), String::new())
    };
    for (oi, offset) in offsets(op.width).into_iter().enumerate() {
        let name = format!("{} {mem}", op.name);
        m += &format!(
            "(func (export \"d{oi}\") (param i32) {result} local.get 0 {value} {name} offset={offset})\n"
        );
        for (ai, addr) in addresses(op.width).into_iter().enumerate() {
            let addr = addr as u32 as i32;
            m += &format!(
                "(func (export \"c{oi}_{ai}\") {result} i32.const {addr} {value} {name} offset={offset})\n"
            );
        }
    }
    m + ")"
}

/// What a load at `at` reads from `mem`, as a wasm value.
fn expected_load(op: &Op, mem: &[u8], at: usize) -> Val {
    let mut bytes = [0u8; 8];
    bytes[..op.width as usize].copy_from_slice(&mem[at..at + op.width as usize]);
    let raw = u64::from_le_bytes(bytes);
    let bits = 8 * op.width as u32;
    let v = if op.signed && bits < 64 {
        ((raw << (64 - bits)) as i64 >> (64 - bits)) as u64
    } else {
        raw
    };
    match op.ty {
        "i32" => Val::I32(v as u32 as i32),
        "i64" => Val::I64(v as i64),
        "f32" => Val::F32(v as u32),
        _ => Val::F64(v),
    }
}

fn check_op(engine: &Engine, op: &Op, pages: u64, mem_index: u32) -> usize {
    let module = Module::from_wat(engine, &module_text(op, pages, mem_index)).unwrap();
    let mut store = Store::new(engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let Some(Extern::Memory(mem)) = inst.get_export(&store, "mem") else {
        panic!("no memory export");
    };
    let other = match inst.get_export(&store, "other") {
        Some(Extern::Memory(m)) => Some(m),
        _ => None,
    };
    let other_pattern: Vec<u8> = (0..2 * PAGE).map(|i| (i * 13 + 5) as u8).collect();
    if let Some(o) = other {
        o.data_mut(&mut store).copy_from_slice(&other_pattern);
    }
    let size = pages * PAGE;
    // A pattern with no two equal neighbouring bytes.
    let pattern: Vec<u8> = (0..size).map(|i| (i * 7 + i / 251) as u8).collect();
    let mut checked = 0;
    for (oi, offset) in offsets(op.width).into_iter().enumerate() {
        for (ai, addr) in addresses(op.width).into_iter().enumerate() {
            for constant in [false, true] {
                mem.data_mut(&mut store).copy_from_slice(&pattern);
                let (name, args) = if constant {
                    (format!("c{oi}_{ai}"), vec![])
                } else {
                    (format!("d{oi}"), vec![Val::I32(addr as u32 as i32)])
                };
                let what = format!(
                    "{} {mem_index} offset={offset:#x} addr={addr:#x} constant={constant} \
                     pages={pages}",
                    op.name
                );
                let f = inst.get_func(&store, &name).unwrap();
                let result = f.call(&mut store, &args);
                let effective = addr + offset;
                let data = mem.data(&store);
                if effective + op.width <= size {
                    let at = effective as usize;
                    let got = result.unwrap_or_else(|e| panic!("{what}: {e}"));
                    if op.store {
                        assert!(got.is_empty());
                        let mut expected = pattern.clone();
                        expected[at..at + op.width as usize]
                            .copy_from_slice(&STORED.to_le_bytes()[..op.width as usize]);
                        assert!(data == expected, "{what}: wrong bytes written");
                    } else {
                        assert_eq!(got, vec![expected_load(op, &pattern, at)], "{what}");
                        assert!(data == pattern, "{what}: a load changed memory");
                    }
                } else {
                    match result {
                        Err(Error::Trap(t)) => {
                            assert_eq!(t.kind(), TrapKind::MemoryOutOfBounds, "{what}")
                        }
                        other => panic!("{what}: expected an out-of-bounds trap, got {other:?}"),
                    }
                    assert!(data == pattern, "{what}: a trapping access changed memory");
                }
                if let Some(o) = other {
                    assert!(o.data(&store) == other_pattern, "{what}: memory 0 changed");
                }
                checked += 1;
            }
        }
    }
    checked
}

/// Every form at the edges of a one-page memory `mem` (0 or 1, see
/// `module_text`), on each engine.
fn every_form_at_the_edges(engines: &[Engine], mem: u32) {
    for engine in engines {
        let mut checked = 0;
        for op in &OPS {
            checked += check_op(engine, op, 1, mem);
        }
        assert_eq!(checked, OPS.len() * 11 * 13 * 2);
    }
}

/// Every access to a memory `mem` of 0 pages traps (`check_op` finds no
/// in-bounds address: the explicit checks' reservation there is one page,
/// which they must not let an access into).
fn every_form_on_an_empty_memory(engines: &[Engine], mem: u32) {
    for engine in engines {
        for op in &OPS {
            check_op(engine, op, 0, mem);
        }
    }
}

/// Both strategies (x86-64); the 32-bit counterpart is
/// `every_access_form_stays_inside_memory_in_a_32_bit_process`.
#[cfg(target_pointer_width = "64")]
#[test]
fn every_access_form_stays_inside_memory() {
    every_form_at_the_edges(&engines(), 0);
}

#[cfg(target_pointer_width = "64")]
#[test]
fn every_access_form_stays_inside_memory_1() {
    every_form_at_the_edges(&engines(), 1);
}

#[cfg(target_pointer_width = "32")]
#[test]
fn every_access_form_stays_inside_memory_in_a_32_bit_process() {
    every_form_at_the_edges(&engines_of_a_32_bit_process(), 0);
}

#[cfg(target_pointer_width = "32")]
#[test]
fn every_access_form_stays_inside_memory_1_in_a_32_bit_process() {
    every_form_at_the_edges(&engines_of_a_32_bit_process(), 1);
}

/// Both strategies (x86-64); the 32-bit counterpart is
/// `every_access_to_an_empty_memory_traps_in_a_32_bit_process`.
#[cfg(target_pointer_width = "64")]
#[test]
fn every_access_to_an_empty_memory_traps() {
    every_form_on_an_empty_memory(&engines(), 0);
}

#[cfg(target_pointer_width = "64")]
#[test]
fn every_access_to_an_empty_memory_1_traps() {
    every_form_on_an_empty_memory(&engines(), 1);
}

#[cfg(target_pointer_width = "32")]
#[test]
fn every_access_to_an_empty_memory_traps_in_a_32_bit_process() {
    every_form_on_an_empty_memory(&engines_of_a_32_bit_process(), 0);
}

#[cfg(target_pointer_width = "32")]
#[test]
fn every_access_to_an_empty_memory_1_traps_in_a_32_bit_process() {
    every_form_on_an_empty_memory(&engines_of_a_32_bit_process(), 1);
}

/// The mappings of this process: (start, end, permissions as in
/// `/proc/self/maps`, e.g. `r-xp`).
#[cfg(unix)]
fn mappings() -> Vec<(usize, usize, String)> {
    std::fs::read_to_string("/proc/self/maps")
        .unwrap()
        .lines()
        .map(|line| {
            let mut fields = line.split_whitespace();
            let range = fields.next().unwrap();
            let perms = fields.next().unwrap().to_string();
            let (start, end) = range.split_once('-').unwrap();
            (
                usize::from_str_radix(start, 16).unwrap(),
                usize::from_str_radix(end, 16).unwrap(),
                perms,
            )
        })
        .collect()
}

/// The committed regions of this process's address space (walked with
/// `VirtualQuery`): (start, end, permissions in the `/proc/self/maps` form,
/// from the region's page protection; write-copy counts as writable).
/// Image sections (the executable and DLLs, whose protections their linkers
/// chose) are left out: the engine maps no images, only private pages.
#[cfg(windows)]
fn mappings() -> Vec<(usize, usize, String)> {
    use windows_sys::Win32::System::Memory::{
        VirtualQuery, MEMORY_BASIC_INFORMATION, MEM_COMMIT, MEM_IMAGE,
    };
    let mut out = Vec::new();
    let mut at = 0usize;
    loop {
        // SAFETY: VirtualQuery only writes the info struct, whose size it is
        // given; any address may be queried.
        let (n, info) = unsafe {
            let mut info: MEMORY_BASIC_INFORMATION = std::mem::zeroed();
            let n = VirtualQuery(
                at as *const _,
                &mut info,
                std::mem::size_of::<MEMORY_BASIC_INFORMATION>(),
            );
            (n, info)
        };
        if n == 0 || info.RegionSize == 0 {
            break;
        }
        let start = info.BaseAddress as usize;
        let end = start + info.RegionSize;
        if info.State == MEM_COMMIT && info.Type != MEM_IMAGE {
            let perms = match info.Protect & 0xff {
                0x02 => "r--p",
                0x04 | 0x08 => "rw-p",
                0x10 => "--xp",
                0x20 => "r-xp",
                0x40 | 0x80 => "rwxp",
                _ => "---p",
            };
            out.push((start, end, perms.to_string()));
        }
        if end <= at {
            break;
        }
        at = end;
    }
    out
}

fn assert_code_is_read_execute(module: &Module, when: &str) {
    let code = module.code();
    assert!(!code.is_empty());
    let (first, last) = (
        code.as_ptr() as usize,
        code.as_ptr() as usize + code.len() - 1,
    );
    let maps = mappings();
    for addr in [first, last] {
        let (_, _, perms) = maps
            .iter()
            .find(|(s, e, _)| (*s..*e).contains(&addr))
            .unwrap_or_else(|| panic!("{when}: code address {addr:#x} is not mapped"));
        assert_eq!(
            &perms[..3],
            "r-x",
            "{when}: code at {addr:#x} is mapped {perms}"
        );
    }
    let wx: Vec<_> = maps
        .iter()
        .filter(|(_, _, p)| p.as_bytes()[1] == b'w' && p.as_bytes()[2] == b'x')
        .collect();
    assert!(
        wx.is_empty(),
        "{when}: writable and executable mappings: {wx:x?}"
    );
}

#[test]
fn code_is_never_writable_and_executable() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
            (import "env" "h" (func $h (param i32) (result i32)))
            (table 2 funcref) (elem (i32.const 0) $a $b)
            (func $a (param i32) (result i32) local.get 0 call $h)
            (func $b (param i32) (result i32) local.get 0 i32.const 1 i32.add)
            (func (export "f") (param i32) (result i32)
              local.get 0 local.get 0 call_indirect (param i32) (result i32)))"#,
    )
    .unwrap();
    assert_code_is_read_execute(&module, "after compilation");
    let mut store = Store::new(&engine);
    let ty = wasmjit::FuncType::new([wasmjit::ValType::I32], [wasmjit::ValType::I32]);
    let h = wasmjit::Func::new(&mut store, ty, |_, args, results| {
        let Val::I32(x) = args[0] else { unreachable!() };
        results[0] = Val::I32(x * 2);
        Ok(())
    });
    let inst = Instance::new(&mut store, &module, &[Extern::Func(h)]).unwrap();
    assert_code_is_read_execute(&module, "after instantiation");
    let f = inst.get_func(&store, "f").unwrap();
    assert_eq!(
        f.call(&mut store, &[Val::I32(1)]).unwrap(),
        vec![Val::I32(2)]
    );
    assert_eq!(
        f.call(&mut store, &[Val::I32(0)]).unwrap(),
        vec![Val::I32(0)]
    );
    assert_code_is_read_execute(&module, "after calls");
    // A second module compiled while the first is live.
    let other = Module::from_wat(&engine, "(module (func (export \"g\")))").unwrap();
    assert_code_is_read_execute(&other, "second module");
    assert_code_is_read_execute(&module, "first module after the second");
}
