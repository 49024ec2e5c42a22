//! Compiling one function: frame layout, prologue and epilogue, and the
//! operator loop that validates each operator and then emits it.
//!
//! ```text
//!   caller frame
//!   [fp + 16 + 8k]       parameter k / result k (k >= 1), in the caller's outgoing area
//!   [fp + 8]             return address
//!   [fp]                 caller's frame pointer
//!   [fp - 8]             saved vmctx (around calls that may switch instance)
//!   [fp - 16 - 8j]       declared local j
//!   [fp - 16 - 8L - 8i]  spill slot of operand-stack position i
//!   ...
//!   [sp + 8k]            outgoing argument / result slot k
//! ```
//!
//! In a function with `v128` values, declared locals and spill slots are
//! 16 bytes (`[fp - 32 - 16j]`, `[fp - 32 - 16L - 16i]`, 16-byte aligned).
//! In argument and result areas a `v128` takes two 8-byte words, so `k`
//! above counts words (`values::word_offset`).
//!
//! Internal calling convention: arguments in the outgoing slots (at the
//! register entry of a direct call, the first ones in registers instead:
//! `calls.rs`); the first
//! result in the backend's `RESULT_GPR` (integers, references) or
//! `RESULT_FLOAT` (floats and `v128`), the others in the result slots after
//! the first result's words; the context and
//! memory-base registers preserved; every other register clobbered
//! (`fp`/`sp`: frame and stack pointer, `FrameBase`).

use dynasmrt::{DynamicLabel, DynasmApi as _};
use wasmparser::{FuncValidator, FunctionBody, Operator, ValidatorResources};

use crate::error::{Error, Result, TrapKind};
use crate::values::{self, ValType};

use super::control::Frame;
use super::global::HotGlobal;
use super::inline::{InlineRange, InlineSite, Inlinees};
use super::link::{Reloc, RelocTarget};
use super::masm::{FrameBase, MacroAssembler, OperandSize, Reg};
use super::regalloc::RegSet;
use super::simd_masm::{ConstPool, SimdAssembler};
use super::stack::{Entry, Loc, I64_PAIRS};
use super::{ModuleEnv, SigSite, Target};

/// In Wasm 2.0 the memory index of `memory.size`/`memory.grow` is a single
/// zero byte (spec §5.4.6), not any LEB128 encoding of zero, which
/// wasmparser's operator reader also accepts: the instruction must be
/// exactly two bytes long. (With multiple memories, Wasm 3.0, the index is
/// a `u32` LEB128.)
fn check_memory_index_encoding(op: &wasmparser::Operator<'_>, start: u64, end: u64) -> Result<()> {
    use wasmparser::Operator as O;
    if matches!(op, O::MemorySize { mem: 0 } | O::MemoryGrow { mem: 0 }) && end - start != 2 {
        return Err(Error::Invalid {
            message: "zero byte expected".into(),
            offset: start as usize + 1,
        });
    }
    Ok(())
}

/// A function that calls nothing and whose frame is at most this many
/// bytes skips the stack check: its caller's frame passed the check, and
/// below the stack limit the engine keeps a reserve of at least 64 KiB
/// (`runtime/sys`, for host calls and the trap path), which such a frame
/// cannot exhaust as it makes no calls. It needs no interrupt check at
/// entry either: without calls it can run long only in a loop, whose
/// header checks.
const LEAF_UNCHECKED_FRAME: u32 = 1024;

const SCRATCH: u8 = <Target as MacroAssembler>::SCRATCH;

/// Bodies up to this many bytes with none of [`may_run_long`]'s operators
/// return quickly: each operator runs at most once (branches without a
/// loop only go forward), a few tens of microseconds at the very most.
const QUICK_MAX_BODY: u64 = 16 << 10;

/// Whether `op` can make a call run long: a loop, a call (which may
/// recurse or reach the host), or an operation whose time grows with its
/// operands (bulk memory and table operations, growing).
fn may_run_long(op: &Operator<'_>) -> bool {
    use wasmparser::Operator as O;
    matches!(
        op,
        O::Loop { .. }
            | O::Call { .. }
            | O::CallIndirect { .. }
            | O::ReturnCall { .. }
            | O::ReturnCallIndirect { .. }
            | O::CallRef { .. }
            | O::ReturnCallRef { .. }
            | O::MemoryGrow { .. }
            | O::MemoryFill { .. }
            | O::MemoryCopy { .. }
            | O::MemoryInit { .. }
            | O::TableGrow { .. }
            | O::TableFill { .. }
            | O::TableCopy { .. }
            | O::TableInit { .. }
    )
}

/// What compiling a function gives besides its code.
pub struct Compiled {
    /// Whether it returns quickly (see [`FuncCompiler::compile`]).
    pub quick: bool,
    /// Offset of its register entry (`calls.rs`) in the assembler, which
    /// direct calls target; equal to the function's start when no
    /// parameter arrives in a register.
    pub reg_entry: usize,
}

/// Where a function's code goes: an assembler (of its chunk of the
/// module, `link.rs`), and the lists of what linking and loading patch.
pub struct Output<'a> {
    pub a: &'a mut Target,
    pub relocs: &'a mut Vec<Reloc>,
    pub sig_sites: &'a mut Vec<SigSite>,
    pub inline_ranges: &'a mut Vec<InlineRange>,
}

/// Buffers one thread reuses across the functions it compiles, so that a
/// small function allocates little (each `Vec` keeps its capacity; about
/// a dozen allocations per function before, most of the compile time of a
/// module of many small functions). Functions that fail to compile drop
/// theirs.
#[derive(Default)]
pub struct FuncScratch<'b> {
    /// The decoded operators with their offsets.
    pub ops: Vec<(Operator<'b>, u64)>,
    locals: Vec<ValType>,
    local_offs: Vec<i32>,
    local_refs: Vec<u32>,
    saved_pinned: Vec<u32>,
    results: Vec<ValType>,
    stack: Vec<Entry>,
    frames: Vec<Frame>,
    trap_labels: Vec<(Option<TrapKind>, Option<u32>, DynamicLabel)>,
    check_exits: Vec<CheckExit>,
    inline_sites: Vec<InlineSite>,
}

impl<'b> FuncScratch<'b> {
    /// Takes back the buffers of a compiled function.
    fn keep(&mut self, c: FuncCompiler<'_>) {
        self.locals = c.locals;
        self.local_offs = c.local_offs;
        self.local_refs = c.local_refs;
        self.saved_pinned = c.saved_pinned;
        self.results = c.results;
        self.stack = c.stack;
        self.frames = c.frames;
        self.trap_labels = c.trap_labels;
        self.check_exits = c.check_exits;
        self.inline_sites = c.inline_sites;
    }
}

/// A stack-limit check's exit (see [`FuncCompiler::emit_interrupt_check`]).
#[derive(Clone, Copy)]
pub struct CheckExit {
    /// The inline site of the check (`None`: the function's own code).
    site: Option<u32>,
    exit: DynamicLabel,
    recheck: DynamicLabel,
}

/// `v`'s buffer, emptied (its capacity kept); `v` is left empty.
fn emptied<T>(v: &mut Vec<T>) -> Vec<T> {
    let mut v = std::mem::take(v);
    v.clear();
    v
}

/// State of the function being compiled.
pub struct FuncCompiler<'a> {
    pub a: &'a mut Target,
    pub env: &'a ModuleEnv,
    /// Calls whose displacement linking fills in.
    pub relocs: &'a mut Vec<Reloc>,
    /// Where the code holds canonical signature ids (`call_indirect`).
    pub sig_sites: &'a mut Vec<SigSite>,
    /// The module's small functions, compiled inline at their calls.
    pub inlinees: &'a Inlinees<'a>,
    /// The code of inlined callees (for backtraces, `inline.rs`).
    pub inline_ranges: &'a mut Vec<InlineRange>,
    /// Every inlined call of this function, and the one being compiled.
    pub inline_sites: Vec<InlineSite>,
    pub inline_site: Option<u32>,
    /// The global kept in a register for the whole function, if any.
    pub hot_global: Option<HotGlobal>,
    /// Whether integer locals may take GPRs (`pinning::int_pins`), those
    /// of inlined callees too.
    pub int_pins: bool,
    pub num_params: u32,
    /// Declared locals, plus the extra locals that hold inlined callees'
    /// locals (the last `num_inline_locals`, never zeroed by the prologue).
    pub num_decl_locals: u32,
    pub num_inline_locals: u32,
    pub locals: Vec<ValType>,
    /// Bytes of each declared local's and each spill slot: 16 in a
    /// function that has `v128` values (see [`super::simd::mentions_v128`]),
    /// else 8.
    pub slot_bytes: i32,
    /// Frame-pointer-relative offset of each local.
    pub local_offs: Vec<i32>,
    /// The register each local is pinned to, if any (see `pinning.rs`).
    pub pinned: Vec<Option<u8>>,
    /// Pinned locals whose frame slot holds their register's value (saved
    /// or restored since last written, with no join in between): a save
    /// before a call skips them (`stack.rs`, `save_pinned`).
    pub saved_pinned: Vec<u32>,
    /// Pinned locals whose register a call clobbered and that are not
    /// reloaded yet (their slot holds the value): reloaded when first
    /// read, or at the next control operator (`stack.rs`,
    /// `reload_pinned_for`).
    pub unloaded_pinned: Vec<u32>,
    pub results: Vec<ValType>,
    pub stack: Vec<Entry>,
    pub local_refs: Vec<u32>,
    pub regs: RegSet,
    /// The register set with no value held: only pinned locals' registers taken.
    pub idle_regs: RegSet,
    pub frames: Vec<Frame>,
    pub max_depth: usize,
    pub max_out: usize,
    /// Blocks opened inside unreachable code (compiled as nothing).
    pub dead_depth: u32,
    /// Whether the current instruction can be reached.
    pub reachable: bool,
    /// Byte offset of the operator being compiled, for errors.
    pub offset: usize,
    /// This function's trap exits, created on first use (see [`Self::trap_label`]);
    /// `None` is the exit for a trap code already in the result register.
    /// Each inlined call has exits of its own (the inline site, second).
    pub trap_labels: Vec<(Option<TrapKind>, Option<u32>, DynamicLabel)>,
    /// The exits of this function's stack-limit checks, one per check.
    pub check_exits: Vec<CheckExit>,
    /// `br_table` jump tables to fill in once every label is placed: the
    /// table's label and its entries' targets (see `control.rs`).
    pub br_tables: Vec<(DynamicLabel, Vec<DynamicLabel>)>,
    /// Whether the function calls nothing (no function, no engine helper)
    /// but cold calls (`pinning.rs`), so its prologue may skip the stack
    /// check (a cold call checks before calling, `calls.rs`).
    pub leaf: bool,
    /// Whether the `if` about to be compiled never merges
    /// ([`super::control::if_never_merges`], set by the operator loops).
    pub next_if_never_merges: bool,
    /// Whether the call about to be compiled is cold: `unreachable`
    /// follows it (set by the operator loops, `calls.rs`).
    pub next_call_cold: bool,
    /// This function's pc-relative constants (128-bit ones, and scalar
    /// floats on x86-64), placed after its code
    /// (`SimdAssembler::v128_emit_pool`).
    pub v128_pool: ConstPool<DynamicLabel>,
    /// The pinned `v128` local (and its register) the SIMD operation being
    /// compiled may write its result into, when the operator after it
    /// stores into that local (`FuncCompiler::v128_to_local`).
    pub v128_dst: Option<(u32, Reg)>,
}

impl<'a> FuncCompiler<'a> {
    /// Compiles one function body into `a` (its stack entry first, then
    /// its register entry, `calls.rs`); returns where the register entry
    /// is and whether it returns quickly (no loop, call or bulk operation,
    /// a small body: [`may_run_long`]), which embedders may use to call it
    /// without giving up a lock such as Python's GIL.
    pub fn compile<'b>(
        out: Output<'a>,
        env: &'a ModuleEnv,
        inlinees: &'a Inlinees<'a>,
        func_index: u32,
        body: &FunctionBody<'b>,
        validator: &mut FuncValidator<ValidatorResources>,
        scratch: &mut FuncScratch<'b>,
    ) -> Result<Compiled> {
        let ty = env.func_type(func_index);
        let ops_buf = &mut scratch.ops;
        let mut locals = emptied(&mut scratch.locals);
        locals.extend_from_slice(ty.params());
        // The first construct we cannot compile. Validation goes on to the
        // end regardless, so an invalid module is reported as invalid.
        let mut unsupported: Option<Error> = None;
        let mut reader = body.get_locals_reader()?;
        for _ in 0..reader.get_count() {
            let pos = reader.original_position();
            let (count, vt) = reader.read()?;
            validator.define_locals(pos, count, vt)?;
            match ValType::from_wasmparser(vt) {
                Some(t) => locals.extend(std::iter::repeat_n(t, count as usize)),
                None => {
                    unsupported.get_or_insert(Error::Unsupported {
                        what: format!("locals of type {vt}"),
                        offset: pos as usize,
                    });
                }
            }
        }
        let num_params = ty.params().len() as u32;
        // Decode once: the pinning scan and the compile loop share the operators.
        ops_buf.clear();
        let mut weights = super::pinning::UseWeights::new(locals.len());
        let mut uses_v128 =
            locals.contains(&ValType::V128) || ty.results().contains(&ValType::V128);
        // Only a backend with register pairs asks (`pinning::int_pins`).
        let mut uses_i64 =
            I64_PAIRS && (locals.contains(&ValType::I64) || ty.results().contains(&ValType::I64));
        let range = body.range();
        let mut quick = range.end - range.start <= QUICK_MAX_BODY;
        let mut inline_locals = 0;
        let mut global_uses = vec![0u32; env.globals.len()];
        let mut reader = body.get_operators_reader()?;
        while !reader.eof() {
            let (op, offset) = reader.read_with_offset()?;
            match op {
                Operator::Call { function_index } => {
                    if let Some(f) = inlinees.get(function_index) {
                        uses_i64 = uses_i64
                            || (I64_PAIRS
                                && super::pinning::inlinee_mentions_i64(f, inlinees, env));
                        inline_locals = inline_locals.max(f.frame_locals);
                        for &g in &f.global_uses {
                            global_uses[g as usize] += 1;
                        }
                    }
                }
                Operator::GlobalGet { global_index } | Operator::GlobalSet { global_index } => {
                    if let Some(n) = global_uses.get_mut(global_index as usize) {
                        *n += 1;
                    }
                }
                _ => {}
            }
            weights.observe(&op);
            quick = quick && !may_run_long(&op);
            uses_v128 = uses_v128 || super::simd::mentions_v128(&op, env);
            uses_i64 = uses_i64 || (I64_PAIRS && super::pinning::mentions_i64(&op, env));
            ops_buf.push((op, offset));
        }
        reader.finish()?;
        let end = reader.original_position();
        if uses_v128 && !<Target as SimdAssembler>::SUPPORTED {
            unsupported.get_or_insert(Error::Unsupported {
                what: "fixed-width SIMD (v128 values) on this target".into(),
                offset: range.start as usize,
            });
        }
        if let Some(e) = unsupported {
            for (op, offset) in ops_buf.iter() {
                validator.op(*offset, op)?;
            }
            return Err(e);
        }
        let arrivals = super::calls::param_regs(ty.params());
        let int_pins = super::pinning::int_pins(uses_i64);
        let mut pinned = weights.choose(&locals, &arrivals, ty.results().len() > 1, int_pins);
        // An unused parameter is taken nowhere (its register is ignored).
        let stored: Vec<Option<u8>> = arrivals
            .iter()
            .enumerate()
            .map(|(p, r)| r.filter(|_| weights.is_used(p)))
            .collect();
        let mut zeroed: Vec<bool> = (0..locals.len())
            .map(|l| l >= num_params as usize && weights.read_before_written(l))
            .collect();
        // The hot global's register: a pinned local of its own (its slot
        // unused), loaded at entry (`global.rs`).
        let mut hot_global = None;
        if let Some(g) = super::global::choose_hot(env, &global_uses) {
            let int_pin =
                |r: u8| (0..pinned.len()).any(|l| pinned[l] == Some(r) && locals[l].is_int_like());
            // Reloaded after every call anyway: a callee-saved register
            // would only add its save at entry, so those come last.
            let order = super::pinning::gpr_preference(false);
            if let Some(&r) = order.iter().find(|&&r| !int_pin(r)) {
                locals.push(ValType::I32);
                pinned.push(Some(r));
                zeroed.push(false);
                hot_global = Some(HotGlobal {
                    global: g,
                    local: locals.len() as u32 - 1,
                });
            }
        }
        // The inlined callees' locals (typed when a call is inlined): never
        // zeroed here, the inlined code sets them.
        locals.extend(std::iter::repeat_n(ValType::I32, inline_locals as usize));
        pinned.resize(locals.len(), None);
        zeroed.resize(locals.len(), false);
        let mut regs = RegSet::default();
        for (l, p) in pinned.iter().enumerate() {
            match p {
                // Callee-saved registers are outside the allocator's pool.
                Some(r) if locals[l].is_int_like() && Target::CALLEE_SAVED_GPRS.contains(r) => {}
                Some(r) if locals[l].is_int_like() => regs.claim_gpr(*r),
                Some(r) => regs.claim_fpr(*r),
                None => {}
            }
        }
        let Output {
            a,
            relocs,
            sig_sites,
            inline_ranges,
        } = out;
        let slot_bytes = if uses_v128 { 16 } else { 8 };
        let mut local_offs = emptied(&mut scratch.local_offs);
        let mut word = 0;
        for (l, t) in locals.iter().enumerate() {
            if l < num_params as usize {
                local_offs.push(16 + 8 * word as i32);
                word += t.slot_words();
            } else {
                let j = (l - num_params as usize) as i32;
                local_offs.push(-(16 + slot_bytes * j) - 2 * (slot_bytes - 8));
            }
        }
        let mut c = FuncCompiler {
            slot_bytes,
            local_offs,
            a,
            env,
            relocs,
            sig_sites,
            inlinees,
            inline_ranges,
            inline_sites: emptied(&mut scratch.inline_sites),
            inline_site: None,
            hot_global,
            int_pins,
            num_params,
            num_decl_locals: locals.len() as u32 - num_params,
            num_inline_locals: inline_locals,
            local_refs: {
                let mut v = emptied(&mut scratch.local_refs);
                v.resize(locals.len(), 0);
                v
            },
            locals,
            pinned,
            saved_pinned: emptied(&mut scratch.saved_pinned),
            unloaded_pinned: Vec::new(),
            results: {
                let mut v = emptied(&mut scratch.results);
                v.extend_from_slice(ty.results());
                v
            },
            stack: emptied(&mut scratch.stack),
            regs,
            idle_regs: regs,
            frames: emptied(&mut scratch.frames),
            max_depth: 0,
            max_out: values::words(ty.results()),
            dead_depth: 0,
            reachable: true,
            offset: body.range().start as usize,
            trap_labels: emptied(&mut scratch.trap_labels),
            check_exits: emptied(&mut scratch.check_exits),
            br_tables: Vec::new(),
            v128_pool: ConstPool::default(),
            v128_dst: None,
            leaf: !weights.calls() && <Target as MacroAssembler>::LEAF_FRAMES,
            next_if_never_merges: false,
            next_call_cold: false,
        };
        let reg_entry = c.stack_entry(&stored);
        let frame_patch = c.prologue(&zeroed, &stored);
        c.enter_function();
        // How many of the next operators were compiled with the one before.
        let mut done: usize = 0;
        for (i, (op, offset)) in ops_buf.iter().enumerate() {
            let offset = *offset;
            validator.op(offset, op)?;
            let next = ops_buf.get(i + 1);
            if !validator.features().multi_memory() {
                check_memory_index_encoding(op, offset, next.map_or(end, |o| o.1))?;
            }
            let with_previous = done > 0;
            done = done.saturating_sub(1);
            if unsupported.is_none() && !with_previous {
                c.offset = offset as usize;
                let paired = match next {
                    Some((next_op, _)) => {
                        c.operator_pair(op, next_op, ops_buf.get(i + 2).map(|o| &o.0))
                    }
                    None => Ok(0),
                };
                let result = match paired {
                    Ok(0) => {
                        if let Operator::If { .. } = op {
                            let rest = ops_buf[i + 1..].iter().map(|(op, _)| op);
                            c.next_if_never_merges = super::control::if_never_merges(rest);
                        }
                        c.next_call_cold = matches!(next, Some((Operator::Unreachable, _)));
                        match *op {
                            Operator::Call { function_index } if c.inlines(function_index, 0) => {
                                let base = c.locals.len() as u32 - c.num_inline_locals;
                                c.inline_call(function_index, base, 0)
                            }
                            _ => c.operator(op),
                        }
                    }
                    Ok(n) => {
                        done = n;
                        Ok(())
                    }
                    Err(e) => {
                        done = 1;
                        Err(e)
                    }
                };
                match result {
                    Err(e @ Error::Unsupported { .. }) => unsupported = Some(e),
                    other => other?,
                }
                if let Some(what) = <Target as MacroAssembler>::take_unsupported() {
                    unsupported = Some(Error::Unsupported {
                        what: what.into(),
                        offset: offset as usize,
                    });
                }
            }
        }
        if let Some(e) = unsupported {
            return Err(e);
        }
        // First: a leaf's out-of-line stack check jumps to a trap exit.
        c.patch_frame(frame_patch);
        c.emit_trap_exits();
        c.a.v128_emit_pool(&c.v128_pool);
        c.patch_br_tables();
        scratch.keep(c);
        Ok(Compiled { quick, reg_entry })
    }

    /// The stack entry (see `calls.rs`): loads the parameters that arrive
    /// in registers at the register entry from their slots, then falls
    /// through to it. Returns the register entry's offset.
    fn stack_entry(&mut self, arrivals: &[Option<u8>]) -> usize {
        for (p, r) in arrivals.iter().enumerate() {
            if let Some(r) = *r {
                let ty = self.locals[p];
                // The return address is at [sp]. A 32-bit value is loaded
                // alone: the slot's upper half may be anything (an i32 in a
                // register is zero-extended).
                let at = 8 + self.local_offs[p] - 16;
                let size = match ty {
                    ValType::I32 | ValType::F32 => OperandSize::S32,
                    _ => OperandSize::S64,
                };
                self.a
                    .frame_load(size, !ty.is_int_like(), r, FrameBase::Sp, at);
            }
        }
        self.a.offset().0
    }

    /// Emits the prologue; returns the offset of the frame-size displacement.
    /// `zeroed[l]`: whether local `l` is a declared local that may be read
    /// before it is written, so must start at zero (`pinning.rs`);
    /// `arrivals[p]`: the register parameter `p` arrives in.
    fn prologue(&mut self, zeroed: &[bool], arrivals: &[Option<u8>]) -> usize {
        let label = self.a.new_label();
        let patch = if self.leaf {
            self.a.leaf_prologue(label)
        } else {
            let (overflow, recheck) = self.check_exit();
            self.a.prologue(label, overflow, recheck)
        };
        // A register parameter not kept where it arrived goes to its slot
        // (in the caller's outgoing area); one pinned elsewhere is loaded
        // from there below, so no move overwrites an unread parameter.
        for (p, r) in arrivals.iter().enumerate() {
            if let Some(r) = *r {
                if self.pinned[p] != Some(r) && self.callee_saved_pin(p as u32).is_none() {
                    let float = !self.locals[p].is_int_like();
                    self.a
                        .frame_store(float, r, FrameBase::Fp, self.local_offs[p]);
                }
            }
        }
        let words = self.slot_bytes as u32 / 8;
        // A pinned local lives in its register; its slot is written before
        // it is ever read (saved around calls), so it needs no zeroing.
        let in_slots: Vec<u32> = (0..self.locals.len() as u32)
            .filter(|&l| zeroed[l as usize] && self.pinned[l as usize].is_none())
            .collect();
        if in_slots.len() as u32 * words <= 16 {
            let offs: Vec<i32> = in_slots
                .iter()
                .flat_map(|&l| (0..words as i32).map(move |w| (l, 8 * w)))
                .map(|(l, d)| self.local_offs[l as usize] + d)
                .collect();
            self.a.zero_frame_slots(&offs);
        } else {
            let n = self.num_decl_locals - self.num_inline_locals;
            let lowest = self.local_offs[(self.num_params + n) as usize - 1];
            self.a.zero_frame_range(lowest, n * words);
        }
        // Pinned locals start in their registers: parameters loaded from
        // the caller's slots, declared locals read before written zeroed.
        // First the callee-saved registers, which keep their callers'
        // values in the slots and may take parameters from the registers
        // they arrived in (which the others may overwrite).
        for l in 0..self.locals.len() as u32 {
            if let Some(r) = self.callee_saved_pin(l) {
                self.save_callee_saved(l, r, arrivals.get(l as usize).copied().flatten());
                if l >= self.num_params && zeroed[l as usize] {
                    self.a.zero_reg(false, r);
                }
            }
        }
        for l in 0..self.locals.len() as u32 {
            let Some(r) = self.pinned[l as usize] else {
                continue;
            };
            let ty = self.locals[l as usize];
            if self.callee_saved_pin(l).is_some() {
                // Done above.
            } else if arrivals.get(l as usize) == Some(&Some(r)) {
                // Already there.
            } else if l < self.num_params {
                let src = Entry {
                    ty,
                    loc: Loc::Mem(self.local_off(l)),
                };
                if ty.is_int_like() {
                    self.load_gpr(src, r);
                } else {
                    self.load_fpr(src, r);
                }
            } else if zeroed[l as usize] {
                self.a.zero_reg(!ty.is_int_like(), r);
            }
        }
        if let Some(h) = self.hot_global {
            self.load_hot_global(h);
        }
        patch
    }

    /// The callee-saved register (`MacroAssembler::CALLEE_SAVED_GPRS`)
    /// local `l` is pinned to, if it is. The function keeps that
    /// register's incoming value in `l`'s frame slot, which nothing else
    /// uses: a call preserves the register, so `l` is never saved there
    /// (`stack.rs`, `move_pinned`). A parameter's slot is in the caller's
    /// outgoing area, which is the callee's to use; only results beyond
    /// the first are written there, and a function with such results
    /// pins no parameter to these registers (`pinning.rs`).
    pub fn callee_saved_pin(&self, l: u32) -> Option<u8> {
        let int = self.locals[l as usize].is_int_like();
        self.pinned[l as usize].filter(|r| int && Target::CALLEE_SAVED_GPRS.contains(r))
    }

    /// At entry: stores the caller's value of `r` to local `l`'s slot,
    /// then (a parameter) gives `r` the parameter, from the register it
    /// arrived in (`arrival`) or from that slot.
    fn save_callee_saved(&mut self, l: u32, r: u8, arrival: Option<u8>) {
        let off = self.local_off(l);
        let ty = self.locals[l as usize];
        let src = match arrival {
            Some(a) => a,
            None if l < self.num_params => {
                let slot = Entry {
                    ty,
                    loc: Loc::Mem(off),
                };
                self.load_gpr(slot, SCRATCH);
                SCRATCH
            }
            None => r,
        };
        self.a.frame_store(false, r, FrameBase::Fp, off);
        if src != r {
            self.a.mov_rr(OperandSize::S64, r, src);
        }
    }

    /// Leaves the function: gives the callee-saved registers it pinned
    /// their callers' values back, frees the frame and returns.
    pub fn emit_epilogue(&mut self) {
        for l in 0..self.locals.len() as u32 {
            if let Some(r) = self.callee_saved_pin(l) {
                let off = self.local_off(l);
                self.a
                    .frame_load(OperandSize::S64, false, r, FrameBase::Fp, off);
            }
        }
        self.a.epilogue();
    }

    fn patch_frame(&mut self, at: usize) {
        let bytes = 16
            + self.slot_bytes as usize * (self.num_decl_locals as usize + self.max_depth)
            + 8 * self.max_out;
        let frame = ((bytes + 15) & !15) as u32;
        if self.leaf {
            let checked = frame > LEAF_UNCHECKED_FRAME;
            // Created only when needed: before the trap exits are emitted.
            let (overflow, recheck) = if checked {
                self.check_exit()
            } else {
                (self.a.new_label(), self.a.new_label())
            };
            self.a.leaf_frame(at, frame, checked, overflow, recheck);
        } else {
            self.a.patch_frame_size(at, frame);
        }
    }

    /// The label of this function's exit for traps of `kind`. The exit
    /// `call`s the module's trap exit, so the trap handler finds a return
    /// address inside this function (for the backtrace).
    pub fn trap_label(&mut self, kind: TrapKind) -> DynamicLabel {
        self.trap_exit(Some(kind))
    }

    /// This function's exit for a trap whose code is already in the result
    /// register (returned by a runtime helper).
    pub fn trap_label_code_in_result(&mut self) -> DynamicLabel {
        self.trap_exit(None)
    }

    fn trap_exit(&mut self, kind: Option<TrapKind>) -> DynamicLabel {
        let site = self.inline_site;
        let found = self.trap_labels.iter().find(|e| e.0 == kind && e.1 == site);
        if let Some(&(_, _, l)) = found {
            return l;
        }
        let l = self.a.new_label();
        self.trap_labels.push((kind, site, l));
        l
    }

    /// The labels of a new stack-limit check: its exit (where the check
    /// jumps when it fails) and where the check starts (bound by the
    /// caller: the exit comes back there after a hand-over).
    /// Without check exits (`MacroAssembler::CHECK_EXITS`), the exit is
    /// the trap exit of `StackOverflow`.
    fn check_exit(&mut self) -> (DynamicLabel, DynamicLabel) {
        if !<Target as MacroAssembler>::CHECK_EXITS {
            let exit = self.trap_label(TrapKind::StackOverflow);
            return (exit, self.a.new_label());
        }
        let e = CheckExit {
            site: self.inline_site,
            exit: self.a.new_label(),
            recheck: self.a.new_label(),
        };
        self.check_exits.push(e);
        (e.exit, e.recheck)
    }

    fn emit_trap_exits(&mut self) {
        for (kind, site, l) in std::mem::take(&mut self.trap_labels) {
            let start = self.a.position();
            let at = self.a.trap_exit(l, kind.map(|k| k as u32));
            self.relocs.push(Reloc::new(at, RelocTarget::TrapStub));
            if let Some(site) = site {
                self.record_inline_exit(site, start, self.a.position());
            }
        }
        let mut exits = std::mem::take(&mut self.check_exits);
        for e in exits.drain(..) {
            let start = self.a.position();
            let (at, target) = self.a.check_exit(e.exit, e.recheck);
            self.relocs.push(Reloc::new(at, target));
            if let Some(site) = e.site {
                self.record_inline_exit(site, start, self.a.position());
            }
        }
        self.check_exits = exits;
    }

    /// The stack-limit check of loop headers: a long-running loop notices an
    /// interrupt or hand-over request (see `store/interrupt.rs`): one
    /// compare with the context's stack-limit word, needing no free
    /// register.
    pub fn emit_interrupt_check(&mut self) {
        let (exit, recheck) = self.check_exit();
        self.a.bind(recheck);
        self.a.interrupt_check(exit);
    }

    /// The byte offset for an [`Error::Unsupported`] at the current operator.
    pub fn unsupported(&self, what: impl Into<String>) -> Error {
        Error::Unsupported {
            what: what.into(),
            offset: self.offset,
        }
    }
}
