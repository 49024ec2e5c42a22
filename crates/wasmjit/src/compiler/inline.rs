//! Inlining of small direct callees (issue 15): a `call` of a small
//! defined function is compiled by replaying the callee's operators in the
//! caller's context, so the call, the callee's prologue and epilogue and
//! the argument and result moves disappear. The compiler stays single
//! pass: the callee's body is decoded once per module (and validated then,
//! so a replay never meets an invalid operator), and each inlined call
//! emits its operators through the same visitor as any other code.
//!
//! ```text
//!   caller:  ... a b call $f ...          $f: (param p0 p1) (local l0)
//!                                             body ops
//!   compiled as:
//!     p1 <- b, p0 <- a   each parameter an extra local of the caller, or,
//!                        when the callee never writes it, the constant or
//!                        caller local it is (no move at all)
//!     l0 <- 0            declared locals start at zero
//!     [block (result)]   only if the body returns early or branches to its
//!                        own end: `return` becomes `br` to this block
//!       body ops         local indices renumbered; calls of small callees
//!                        inlined in turn, up to MAX_DEPTH levels
//!     [end]
//! ```
//!
//! What is small ([`Inlinees::find`]): at most [`MAX_OPS`] operators and
//! [`MAX_BODY_BYTES`] bytes, no loop, no indirect or tail call, at most one
//! result, only numeric parameters and locals (no `v128`, which changes
//! the frame's slot size, and no references).
//!
//! Traps and backtraces still name the inlined function: the code range of
//! each inlined body, and the trap exits created inside it (which are
//! placed after the caller's body), are recorded as [`InlineRange`]s; a
//! pc inside one gives the callee's frame before the caller's
//! (`runtime/registry.rs`).

use wasmparser::{
    BlockType, FuncToValidate, FuncValidator, FuncValidatorAllocations, FunctionBody, Operator,
    OperatorsReader, OperatorsReaderAllocations, ValidatorResources,
};

pub use crate::environ::inlined::InlineRange;
use crate::error::Result;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::MacroAssembler;
use super::pinning::MIN_FREE_FLOATS;
use super::regalloc::RegSet;
use super::stack::Loc;
use super::{ModuleEnv, Target};

/// Most operators (the final `end` not counted) of an inlined body. The
/// accessors of AssemblyScript `-O3` code (`StaticArray<f32>#__get`: 46,
/// with its shadow-stack bookkeeping and bounds check) fit.
pub const MAX_OPS: usize = 48;
/// Most bytes of an inlined body.
pub const MAX_BODY_BYTES: u64 = 160;
/// Nesting: a call inside an inlined body is inlined too, this deep.
pub const MAX_DEPTH: u32 = 2;

/// A function small enough to compile into its callers.
pub struct Inlinee<'b> {
    /// Types of the declared locals (after the parameters).
    pub locals: Vec<ValType>,
    /// The body without its final `end`.
    pub ops: Vec<Operator<'b>>,
    /// Whether a `return` or a branch leaves the body early (then the
    /// replay wraps it in a block).
    pub branches_out: bool,
    /// Per local (parameters first): whether the body writes it.
    pub written: Vec<bool>,
    /// Extra locals a call of it takes in the caller, nested inlining
    /// (one level) included.
    pub frame_locals: u32,
    /// The global of each `global.get`/`global.set` in the body.
    pub global_uses: Vec<u32>,
}

/// The module's inlinable functions.
#[derive(Default)]
pub struct Inlinees<'b> {
    /// Indexed by defined function (imports not counted).
    funcs: Vec<Option<Inlinee<'b>>>,
    first: u32,
}

/// One inlined call being compiled (`FuncCompiler::inline_sites`).
#[derive(Clone, Copy, Debug)]
pub struct InlineSite {
    pub func: u32,
    pub depth: u32,
    pub parent: Option<u32>,
}

impl<'b> Inlinees<'b> {
    /// Finds the small functions among `bodies` (the module's defined
    /// functions, in order, with their validators) and decodes and
    /// validates their bodies, on up to `threads` threads (a contiguous
    /// run of bodies each, so the result does not depend on the count).
    /// A body that fails to decode or validate is left out; its own
    /// compilation reports the error.
    pub fn find(
        env: &ModuleEnv,
        bodies: &[(&FuncToValidate<ValidatorResources>, &FunctionBody<'b>)],
        threads: usize,
    ) -> Inlinees<'b> {
        let scan = |part: &[(&FuncToValidate<ValidatorResources>, &FunctionBody<'b>)]| {
            let mut s = CandidateScratch::default();
            part.iter()
                .map(|(v, body)| candidate(env, v, body, &mut s))
                .collect::<Vec<_>>()
        };
        let threads = threads.clamp(1, bodies.len().max(1));
        let mut funcs: Vec<Option<Inlinee<'b>>> = if threads == 1 {
            scan(bodies)
        } else {
            std::thread::scope(|scope| {
                let mut parts = bodies.chunks(bodies.len().div_ceil(threads));
                let first = parts.next().unwrap_or_default();
                let others: Vec<_> = parts.map(|p| scope.spawn(move || scan(p))).collect();
                let mut funcs = scan(first);
                for h in others {
                    funcs.extend(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
                }
                funcs
            })
        };
        // A callee's own inlinable calls take locals beyond its own.
        let first = env.num_imported_funcs;
        let own: Vec<u32> = funcs
            .iter()
            .map(|f| f.as_ref().map_or(0, |f| f.frame_locals))
            .collect();
        for f in funcs.iter_mut().flatten() {
            let nested = f
                .ops
                .iter()
                .filter_map(|op| match *op {
                    Operator::Call { function_index } => function_index
                        .checked_sub(first)
                        .and_then(|d| own.get(d as usize).copied()),
                    _ => None,
                })
                .max()
                .unwrap_or(0);
            f.frame_locals += nested;
        }
        Inlinees { funcs, first }
    }

    /// The inlinable function `f` (module index), if it is one.
    pub fn get(&self, f: u32) -> Option<&Inlinee<'b>> {
        self.funcs
            .get(f.checked_sub(self.first)? as usize)?
            .as_ref()
    }
}

/// Buffers [`candidate`] reuses from one body to the next: most bodies
/// are rejected or a few operators long, and allocating afresh for each
/// (the validator's stacks, the growing list of operators) was most of
/// the time spent finding them.
#[derive(Default)]
struct CandidateScratch<'b> {
    allocs: FuncValidatorAllocations,
    reader: OperatorsReaderAllocations,
    ops: Vec<Operator<'b>>,
}

/// `body` as an [`Inlinee`], if it is small and valid.
fn candidate<'b>(
    env: &ModuleEnv,
    v: &FuncToValidate<ValidatorResources>,
    body: &FunctionBody<'b>,
    s: &mut CandidateScratch<'b>,
) -> Option<Inlinee<'b>> {
    let range = body.range();
    if range.end - range.start > MAX_BODY_BYTES {
        return None;
    }
    let ty = env.func_type(v.index);
    let numeric =
        |t: &ValType| matches!(t, ValType::I32 | ValType::I64 | ValType::F32 | ValType::F64);
    if ty.results().len() > 1 || !ty.params().iter().chain(ty.results()).all(numeric) {
        return None;
    }
    let mut validator = FuncToValidate {
        resources: v.resources.clone(),
        index: v.index,
        ty: v.ty,
        features: v.features,
    }
    .into_validator(std::mem::take(&mut s.allocs));
    let found = scan_body(env, v.index, ty.params().len(), body, &mut validator, s);
    s.allocs = validator.into_allocations();
    found
}

/// [`candidate`]'s look at the body, with `validator` for it.
fn scan_body<'b>(
    env: &ModuleEnv,
    index: u32,
    num_params: usize,
    body: &FunctionBody<'b>,
    validator: &mut FuncValidator<ValidatorResources>,
    s: &mut CandidateScratch<'b>,
) -> Option<Inlinee<'b>> {
    let numeric =
        |t: &ValType| matches!(t, ValType::I32 | ValType::I64 | ValType::F32 | ValType::F64);
    let mut locals = Vec::new();
    let mut reader = body.get_locals_reader().ok()?;
    for _ in 0..reader.get_count() {
        let pos = reader.original_position();
        let (count, vt) = reader.read().ok()?;
        validator.define_locals(pos, count, vt).ok()?;
        let t = ValType::from_wasmparser(vt)?;
        if !numeric(&t) || locals.len() + count as usize > MAX_OPS {
            return None;
        }
        locals.extend(std::iter::repeat_n(t, count as usize));
    }
    let num_locals = num_params + locals.len();
    let mut written = vec![false; num_locals];
    s.ops.clear();
    let mut depth = 0u32;
    let mut branches_out = false;
    let mut global_uses = Vec::new();
    let mut reader = OperatorsReader::new_with_allocs(
        body.get_binary_reader_for_operators().ok()?,
        std::mem::take(&mut s.reader),
    );
    let found = loop {
        if reader.eof() {
            break true;
        }
        let Ok((op, offset)) = reader.read_with_offset() else {
            break false;
        };
        if validator.op(offset, &op).is_err() {
            break false;
        }
        match op {
            Operator::Block { .. } | Operator::If { .. } => depth += 1,
            Operator::End if depth == 0 => break true,
            Operator::End => depth -= 1,
            Operator::Return => branches_out = true,
            Operator::Br { relative_depth } | Operator::BrIf { relative_depth } => {
                branches_out |= relative_depth == depth
            }
            Operator::BrTable { ref targets } => {
                let mut all = targets.targets().chain([Ok(targets.default())]);
                branches_out |= all.any(|t| t.map_or(true, |t| t == depth));
            }
            Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                written[local_index as usize] = true
            }
            // A recursive function is not unrolled into itself.
            Operator::Call { function_index } if function_index == index => break false,
            Operator::Call { .. } => {}
            Operator::GlobalGet { global_index } | Operator::GlobalSet { global_index } => {
                global_uses.push(global_index)
            }
            ref op if !inlinable_op(op, env) => break false,
            _ => {}
        }
        s.ops.push(op);
        if s.ops.len() > MAX_OPS {
            break false;
        }
    };
    s.reader = reader.into_allocations();
    if !found {
        return None;
    }
    Some(Inlinee {
        locals,
        ops: s.ops.clone(),
        branches_out,
        written,
        frame_locals: num_locals as u32,
        global_uses,
    })
}

/// Whether `op` may appear in an inlined body: no loop (which would make
/// the inlined code long-running and its locals loop-weighted), no call
/// other than a direct one, nothing of `v128`, no exception handling.
fn inlinable_op(op: &Operator<'_>, env: &ModuleEnv) -> bool {
    !matches!(
        op,
        Operator::Loop { .. }
            | Operator::CallIndirect { .. }
            | Operator::ReturnCall { .. }
            | Operator::ReturnCallIndirect { .. }
            | Operator::CallRef { .. }
            | Operator::ReturnCallRef { .. }
            | Operator::Try { .. }
            | Operator::TryTable { .. }
            | Operator::Throw { .. }
            | Operator::ThrowRef
            | Operator::Rethrow { .. }
            | Operator::Delegate { .. }
            | Operator::Catch { .. }
            | Operator::CatchAll
    ) && !super::simd::mentions_v128(op, env)
}

/// The block type of a body with these (numeric, at most one) results.
fn block_type(results: &[ValType]) -> BlockType {
    use wasmparser::ValType as W;
    match results.first() {
        None => BlockType::Empty,
        Some(ValType::I32) => BlockType::Type(W::I32),
        Some(ValType::I64) => BlockType::Type(W::I64),
        Some(ValType::F32) => BlockType::Type(W::F32),
        Some(_) => BlockType::Type(W::F64),
    }
}

/// What a callee's local is in the caller.
#[derive(Clone, Copy, Debug)]
enum Bind {
    /// The caller's local (an extra one, or the argument's own local when
    /// the callee never writes the parameter).
    Local(u32),
    /// A constant argument of a parameter the callee never writes.
    Const(u64),
}

impl<'a> FuncCompiler<'a> {
    /// Whether a call of `f` met at inline depth `depth` (0: in the
    /// function's own body) is compiled inline.
    pub fn inlines(&self, f: u32, depth: u32) -> bool {
        depth < MAX_DEPTH && self.reachable && self.inlinees.get(f).is_some()
    }

    /// Compiles `call f` (validated, and [`Self::inlines`]) by replaying
    /// `f`'s body with its locals at the caller's extra locals from `base`.
    pub fn inline_call(&mut self, f: u32, base: u32, depth: u32) -> Result<()> {
        let inlinees = self.inlinees;
        let inl = inlinees.get(f).expect("inlinable callee");
        let env = self.env;
        let ty = env.func_type(f);
        let params = ty.params();
        let np = params.len();
        self.materialize_cond();
        let mut map = vec![Bind::Const(0); np + inl.locals.len()];
        let mut pins = Vec::new();
        for k in (0..np).rev() {
            let e = *self.peek(0);
            let alias = match e.loc {
                Loc::Const(c) if !inl.written[k] => Some(Bind::Const(c)),
                // Not an extra local this body reuses (a lazy read left by
                // an earlier inlined call at this depth).
                Loc::Local(l) if !inl.written[k] && l < base => Some(Bind::Local(l)),
                _ => None,
            };
            map[k] = match alias {
                Some(b) => {
                    let e = self.pop();
                    self.release(e);
                    b
                }
                None => {
                    let l = base + k as u32;
                    self.locals[l as usize] = params[k];
                    pins.extend(self.pin_inline_local(l, true));
                    self.local_set(l);
                    Bind::Local(l)
                }
            };
        }
        for (j, &t) in inl.locals.iter().enumerate() {
            let l = base + (np + j) as u32;
            self.locals[l as usize] = t;
            pins.extend(self.pin_inline_local(l, false));
            self.push(t, Loc::Const(0));
            self.local_set(l);
            map[np + j] = Bind::Local(l);
        }
        let inner_base = base + (np + inl.locals.len()) as u32;

        let site = self.inline_sites.len() as u32;
        self.inline_sites.push(InlineSite {
            func: f,
            depth: depth + 1,
            parent: self.inline_site,
        });
        let outer = self.inline_site.replace(site);
        let start = self.a.position();
        if inl.branches_out {
            let blockty = block_type(ty.results());
            self.operator(&Operator::Block { blockty })?;
        }
        let mut level = 0u32;
        let mut i = 0;
        while i < inl.ops.len() {
            let op = remap(&inl.ops[i], &map, &mut level);
            i += 1;
            match op {
                Remapped::Const(c, local) => {
                    if self.reachable {
                        self.push(self.local_type(f, local, &inl.locals), Loc::Const(c));
                    }
                    continue;
                }
                Remapped::Op(Operator::Call { function_index: g })
                    if self.inlines(g, depth + 1) =>
                {
                    self.inline_call(g, inner_base, depth + 1)?;
                    continue;
                }
                Remapped::Op(op) => {
                    if let Some(next) = inl.ops.get(i) {
                        let mut l = level;
                        if let Remapped::Op(next) = remap(next, &map, &mut l) {
                            if self.operator_pair(&op, &next, None)? > 0 {
                                level = l;
                                i += 1;
                                continue;
                            }
                        }
                    }
                    if let Operator::If { .. } = op {
                        self.next_if_never_merges =
                            super::control::if_never_merges(inl.ops[i..].iter());
                    }
                    self.next_call_cold = matches!(inl.ops.get(i), Some(Operator::Unreachable));
                    self.operator(&op)?;
                }
            }
        }
        if inl.branches_out {
            self.operator(&Operator::End)?;
        }
        for l in pins {
            self.unpin_inline_local(l);
        }
        let end = self.a.position();
        self.inline_site = outer;
        self.inline_ranges.push(InlineRange {
            start: start as u32,
            end: end as u32,
            func: f,
            depth: depth + 1,
        });
        Ok(())
    }

    /// Gives the extra local `l` (typed) a register of its own for the
    /// inlined body, when a pin register is free: its `local.set` is then a
    /// register move, its reads are the register (calls inside the body
    /// save and restore it as any pinned local, `stack.rs`). `from_top`:
    /// the local is about to take the value on top of the stack. Returns
    /// `l` when it did.
    fn pin_inline_local(&mut self, l: u32, from_top: bool) -> Option<u32> {
        // Reads of the slot's previous user take their values first.
        self.invalidate_local(l);
        let int = self.locals[l as usize].is_int_like();
        // Values keep `MIN_FREE_FLOATS` float registers (`pinning.rs`).
        if (!int && self.regs.free_fprs() <= MIN_FREE_FLOATS) || (int && !self.int_pins) {
            return None;
        }
        let pool = if int {
            Target::PIN_GPRS
        } else {
            Target::PIN_FLOATS
        };
        let free = |regs: &RegSet, r| {
            if int {
                regs.gpr_is_free(r)
            } else {
                regs.fpr_is_free(r)
            }
        };
        // The value being bound (on top) may hold a pin register: leave it
        // to `local.set`, which moves it.
        let top = match self.stack.last() {
            Some(e) if from_top => match e.loc {
                Loc::Gpr(r) | Loc::Fpr(r) => Some(r),
                _ => None,
            },
            _ => None,
        };
        let r = pool
            .iter()
            .copied()
            .find(|&r| free(&self.regs, r) && Some(r) != top)?;
        if int {
            self.regs.claim_gpr(r);
            self.idle_regs.claim_gpr(r);
        } else {
            self.regs.claim_fpr(r);
            self.idle_regs.claim_fpr(r);
        }
        self.pinned[l as usize] = Some(r);
        Some(l)
    }

    /// Ends [`Self::pin_inline_local`]'s pin after the body: entries still
    /// reading the local take its value first.
    fn unpin_inline_local(&mut self, l: u32) {
        if self.reachable {
            self.invalidate_local(l);
        }
        self.unpinned(l);
        let r = self.pinned[l as usize].take().expect("pinned inline local");
        if self.locals[l as usize].is_int_like() {
            self.regs.free_gpr(r);
            self.idle_regs.free_gpr(r);
        } else {
            self.regs.free_fpr(r);
            self.idle_regs.free_fpr(r);
        }
    }

    /// The type of local `l` of function `f` whose declared locals are
    /// `locals`.
    fn local_type(&self, f: u32, l: u32, locals: &[ValType]) -> ValType {
        let params = self.env.func_type(f).params();
        match params.get(l as usize) {
            Some(&t) => t,
            None => locals[l as usize - params.len()],
        }
    }

    /// Records that the code `start..end` (a trap exit made inside inline
    /// site `site`) belongs to that site's callee and to every callee it
    /// is nested in.
    pub fn record_inline_exit(&mut self, site: u32, start: usize, end: usize) {
        let mut s = Some(site);
        while let Some(i) = s {
            let site = self.inline_sites[i as usize];
            self.inline_ranges.push(InlineRange {
                start: start as u32,
                end: end as u32,
                func: site.func,
                depth: site.depth,
            });
            s = site.parent;
        }
    }
}

/// A callee operator in the caller's terms.
enum Remapped<'b> {
    Op(Operator<'b>),
    /// `local.get` of a parameter bound to a constant: push it (the
    /// constant's bits, and the callee's local index for its type).
    Const(u64, u32),
}

/// `op` with its local indices renumbered by `map` and `return` turned
/// into a branch to the wrapping block; `level` counts the blocks open in
/// the body.
fn remap<'b>(op: &Operator<'b>, map: &[Bind], level: &mut u32) -> Remapped<'b> {
    let local = |l: u32| match map[l as usize] {
        Bind::Local(x) => x,
        Bind::Const(_) => unreachable!("constant-bound parameters are never written"),
    };
    Remapped::Op(match *op {
        Operator::LocalGet { local_index } => match map[local_index as usize] {
            Bind::Local(x) => Operator::LocalGet { local_index: x },
            Bind::Const(c) => return Remapped::Const(c, local_index),
        },
        Operator::LocalSet { local_index } => Operator::LocalSet {
            local_index: local(local_index),
        },
        Operator::LocalTee { local_index } => Operator::LocalTee {
            local_index: local(local_index),
        },
        Operator::Return => Operator::Br {
            relative_depth: *level,
        },
        Operator::Block { .. } | Operator::If { .. } => {
            *level += 1;
            op.clone()
        }
        Operator::End => {
            *level -= 1;
            op.clone()
        }
        ref op => op.clone(),
    })
}
