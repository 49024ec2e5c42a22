//! Structured control flow: blocks, loops, ifs, branches and returns.
//!
//! Merge convention: at every label, the entries below the frame's base
//! height are exactly as they were when the frame was entered (spilled or
//! constant: `spill_all` runs at every frame entry), and the label's values
//! (results, or parameters for a loop) sit in the spill slots of positions
//! `height..height + arity` — except for blocks and ifs with no parameters
//! and one result, whose value arrives in the backend's result register
//! (`RESULT_GPR` for integers and references, `RESULT_FLOAT` for floats): see [`Frame::merges_in_register`]. A branch moves its values there and jumps; the
//! function frame's label is the epilogue, reached with results in the return
//! locations instead (see `func.rs`).

use dynasmrt::DynamicLabel;
use wasmparser::{BlockType, Operator};

use crate::error::Result;
use crate::values::{self, ValType};

use super::func::FuncCompiler;
use super::masm::{CondCode as _, FrameBase, IntCmp, MacroAssembler, Opnd};
use super::{Cond, Target};

const SCRATCH: u8 = <Target as MacroAssembler>::SCRATCH;
const RESULT_FLOAT: u8 = <Target as MacroAssembler>::RESULT_FLOAT;
use super::stack::{result_gpr, Entry, Loc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    Function,
    Block,
    Loop,
    /// An `if`; `else_label` is where the condition's false case goes.
    If {
        else_label: DynamicLabel,
        has_else: bool,
    },
}

/// One entry of the control stack.
#[derive(Clone, Debug)]
pub struct Frame {
    pub kind: FrameKind,
    /// Branch target: the loop header, or the end of any other frame.
    pub label: DynamicLabel,
    /// Operand-stack height below the frame's parameters.
    pub height: usize,
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
    /// Whether the frame's start was reachable.
    pub entry_reachable: bool,
    /// Whether some branch targets `label`.
    pub label_used: bool,
    /// For an `if` that never merges ([`if_never_merges`]): the value
    /// stack and registers at its entry, which its false edge (and its
    /// `else`) starts from.
    pub entry_state: Option<Box<EntryState>>,
    /// Whether the frame is an `if` that never merges.
    pub never_merges: bool,
}

/// The abstract state an `if` that never merges was entered with.
#[derive(Clone, Debug)]
pub struct EntryState {
    stack: Vec<Entry>,
    regs: super::regalloc::RegSet,
    local_refs: Vec<u32>,
}

/// Most operators [`if_never_merges`] looks at.
const NO_MERGE_LOOKAHEAD: usize = 256;

/// Whether an `if` whose operators follow (`rest`, from the one after the
/// `if`) never merges: its `then` arm cannot fall through (its last
/// operator at the `if`'s own level is `unreachable`, `br`, `br_table` or
/// `return`) and no branch in either arm targets the `if`. Then its end
/// (or its `else`) is reached only by the false edge, with the state the
/// `if` was entered with, so the entry needs no spill: bounds checks
/// (`if (i >= len) { abort(); unreachable }`, AssemblyScript's accessors)
/// keep the caller's values in registers. Looks at most
/// [`NO_MERGE_LOOKAHEAD`] operators (else answers no).
pub fn if_never_merges<'a, 'b: 'a>(rest: impl Iterator<Item = &'a Operator<'b>>) -> bool {
    use Operator as O;
    let mut depth = 0u32;
    // Whether the operator before, at depth 0, ended the arm's control flow.
    let mut ended = false;
    let mut in_else = false;
    for op in rest.take(NO_MERGE_LOOKAHEAD) {
        let mut ends = false;
        match *op {
            O::Block { .. } | O::Loop { .. } | O::If { .. } => depth += 1,
            O::End if depth == 0 => return in_else || ended,
            O::End => depth -= 1,
            O::Else if depth == 0 => {
                if !ended {
                    return false;
                }
                in_else = true;
            }
            O::Br { relative_depth } | O::BrIf { relative_depth } if relative_depth == depth => {
                return false
            }
            O::Br { .. } | O::Return | O::Unreachable => ends = true,
            O::BrTable { ref targets } => {
                let mut all = targets
                    .targets()
                    .chain(std::iter::once(Ok(targets.default())));
                if all.any(|t| t.map_or(true, |t| t == depth)) {
                    return false;
                }
                ends = true;
            }
            O::BrOnNull { .. } | O::BrOnNonNull { .. } => return false,
            _ => {}
        }
        ended = ends;
    }
    false
}

impl Frame {
    /// Whether the frame's label takes its single value in a result register
    /// rather than in a spill slot: blocks and ifs without parameters and
    /// with one result. (Loops re-read their parameters from slots on the
    /// back edge; an if with parameters passes them through its false case
    /// in slots.)
    pub fn merges_in_register(&self) -> bool {
        matches!(self.kind, FrameKind::Block | FrameKind::If { .. })
            && self.params.is_empty()
            && self.results.len() == 1
    }

    /// The values a branch to this frame carries.
    pub fn branch_types(&self) -> &[ValType] {
        if self.kind == FrameKind::Loop {
            &self.params
        } else {
            &self.results
        }
    }
}

impl FuncCompiler<'_> {
    fn block_sig(&self, bt: BlockType) -> (Vec<ValType>, Vec<ValType>) {
        match bt {
            BlockType::Empty => (vec![], vec![]),
            BlockType::Type(t) => (
                vec![],
                vec![ValType::from_wasmparser(t).expect("validated block type")],
            ),
            BlockType::FuncType(i) => {
                let ft = &self.env.types[i as usize];
                (ft.params().to_vec(), ft.results().to_vec())
            }
        }
    }

    pub fn enter_function(&mut self) {
        let label = self.a.new_label();
        self.frames.push(Frame {
            kind: FrameKind::Function,
            label,
            height: 0,
            params: vec![],
            results: self.results.clone(),
            entry_reachable: true,
            label_used: false,
            entry_state: None,
            never_merges: false,
        });
    }

    /// `block`, `loop` and `if` while reachable.
    pub fn open_frame(&mut self, bt: BlockType, kind: FrameKind) -> Result<()> {
        let (params, results) = self.block_sig(bt);
        let mut kind = kind;
        let cond = matches!(kind, FrameKind::If { .. }).then(|| self.pop());
        let never_merges = std::mem::take(&mut self.next_if_never_merges)
            && cond.is_some()
            && params.is_empty()
            && results.is_empty();
        if !never_merges {
            self.spill_all();
            // Parameters of a loop or if are re-read from their slots by the
            // back edge or the else branch: constants must be stored there too.
            let first = self.stack.len() - params.len();
            self.force_to_slots(first);
        }
        if let Some(cond) = cond {
            let else_label = self.a.new_label();
            self.branch_if_false(cond, else_label);
            kind = FrameKind::If {
                else_label,
                has_else: false,
            };
        }
        let label = self.a.new_label();
        if kind == FrameKind::Loop {
            self.a.bind(label);
            self.emit_interrupt_check();
        }
        let height = self.stack.len() - params.len();
        let entry_state = never_merges.then(|| {
            Box::new(EntryState {
                stack: self.stack.clone(),
                regs: self.regs,
                local_refs: self.local_refs.clone(),
            })
        });
        self.frames.push(Frame {
            kind,
            label,
            height,
            params,
            results,
            entry_reachable: true,
            label_used: false,
            entry_state,
            never_merges,
        });
        Ok(())
    }

    /// Back to the state an `if` that never merges was entered with (at
    /// its `else`, or at its end without one), which its false edge
    /// arrives with.
    fn restore_entry_state(&mut self, st: EntryState) {
        assert!(
            !self.reachable,
            "the then arm of an if that never merges falls through"
        );
        self.stack = st.stack;
        self.regs = st.regs;
        self.local_refs = st.local_refs;
    }

    /// Puts every entry from position `first` up into its own spill slot,
    /// constants included (mov only: flags survive).
    fn force_to_slots(&mut self, first: usize) {
        for i in first..self.stack.len() {
            if let Loc::Const(_) = self.stack[i].loc {
                let src = self.stack[i];
                let off = self.slot_off(i);
                self.store_bits(src, FrameBase::Fp, off);
                self.stack[i].loc = Loc::Stack;
            } else {
                self.spill_entry(i);
            }
        }
    }

    /// Jumps to `target` when the popped `i32` condition is zero.
    fn branch_if_false(&mut self, cond: Entry, target: DynamicLabel) {
        match cond.loc {
            Loc::Cond(cc) => self.a.branch(cc.negate(), target),
            Loc::Const(c) => {
                if c as u32 == 0 {
                    self.a.jump(target);
                }
            }
            _ => {
                self.test_operand(cond);
                self.a.branch(Target::cond_of_int(IntCmp::Eq), target);
            }
        }
    }

    /// Emits `test` of an `i32` entry against itself (sets ZF when zero) and releases it.
    /// Returns the condition under which the value is non-zero.
    fn test_operand(&mut self, e: Entry) -> Cond {
        match e.loc {
            Loc::Gpr(r) => {
                self.a.test32(Opnd::Reg(r));
                self.release(e);
            }
            Loc::LocalReg(r) => self.a.test32(Opnd::Reg(r)),
            Loc::Mem(d) => self.a.test32(Opnd::Mem(d)),
            _ => {
                self.load_gpr(e, SCRATCH);
                self.a.test32(Opnd::Reg(SCRATCH));
            }
        }
        Target::cond_of_int(IntCmp::Ne)
    }

    /// Pops an `i32` condition and returns the condition code under which it is
    /// true (flags are set by then), or `Err(value)` for a constant.
    pub fn pop_condition(&mut self) -> std::result::Result<Cond, bool> {
        let cond = self.pop();
        match cond.loc {
            Loc::Cond(cc) => Ok(cc),
            Loc::Const(c) => Err(c as u32 != 0),
            _ => Ok(self.test_operand(cond)),
        }
    }

    /// Moves the top `n` values into the spill slots at `height..height+n`
    /// without changing the abstract stack.
    fn move_top_to_slots(&mut self, n: usize, height: usize) {
        let first = self.stack.len() - n;
        for k in 0..n {
            let src = self.entry_source(first + k);
            if src.loc == Loc::Mem(self.slot_off(height + k)) {
                continue;
            }
            let off = self.slot_off(height + k);
            self.store_bits(src, FrameBase::Fp, off);
        }
    }

    /// Emits the moves and jump of a branch to frame `depth` (unconditional;
    /// the abstract stack is left as it is).
    fn emit_branch(&mut self, depth: u32) {
        let idx = self.frames.len() - 1 - depth as usize;
        self.frames[idx].label_used = true;
        let label = self.frames[idx].label;
        self.move_to_merge(idx);
        self.a.jump(label);
    }

    /// Moves the values a branch to frame `idx` carries to where its label
    /// expects them, without changing the abstract stack.
    fn move_to_merge(&mut self, idx: usize) {
        let f = &self.frames[idx];
        let (kind, height, n) = (f.kind, f.height, f.branch_types().len());
        if kind == FrameKind::Function {
            self.emit_return_moves();
        } else if f.merges_in_register() {
            let e = self.entry_source(self.stack.len() - 1);
            if e.ty.is_int_like() {
                self.load_gpr(e, result_gpr(e.ty));
            } else {
                self.load_fpr(e, RESULT_FLOAT);
            }
        } else {
            self.move_top_to_slots(n, height);
        }
    }

    /// Pushes a frame's results where its label delivers them.
    fn push_merged_results(&mut self, f: &Frame) {
        if f.merges_in_register() {
            let t = f.results[0];
            if t.is_int_like() {
                self.claim_gpr(result_gpr(t));
                self.push(t, Loc::Gpr(result_gpr(t)));
            } else {
                self.claim_fpr(RESULT_FLOAT);
                self.push(t, Loc::Fpr(RESULT_FLOAT));
            }
        } else {
            for &t in &f.results {
                self.push(t, Loc::Stack);
            }
        }
    }

    /// Puts the function's results in the return locations: result 0 in
    /// the backend's result register, result k in the frame at `16 + 8k`.
    pub fn emit_return_moves(&mut self) {
        let n = self.results.len();
        if n == 0 {
            return;
        }
        self.prepare_return();
        let first = self.stack.len() - n;
        for k in 1..n {
            let src = self.entry_source(first + k);
            let at = values::word_offset(&self.results, k) as i32;
            self.store_bits(src, FrameBase::Fp, 16 + 8 * at);
        }
        let e = self.entry_source(first);
        if e.ty.is_int_like() {
            self.load_gpr(e, result_gpr(e.ty));
        } else {
            self.load_fpr(e, RESULT_FLOAT);
        }
    }

    /// Results still reading a parameter lazily must be read before any
    /// result slot (which overlaps the parameters) is written. Changes the
    /// abstract stack, so it runs on the path common to all successors.
    fn prepare_return(&mut self) {
        let n = self.results.len();
        if n < 2 {
            return;
        }
        for i in self.stack.len() - n..self.stack.len() {
            if let Loc::Local(l) = self.stack[i].loc {
                if l < self.num_params {
                    self.spill_entry(i);
                }
            }
        }
    }

    /// Marks the rest of the current frame unreachable and drops its operands.
    pub fn set_unreachable(&mut self) {
        let height = self.frames.last().unwrap().height;
        self.truncate_stack(height);
        self.reachable = false;
    }

    fn truncate_stack(&mut self, height: usize) {
        while self.stack.len() > height {
            let e = self.pop();
            self.release(e);
        }
    }

    pub fn op_br(&mut self, depth: u32) {
        self.materialize_cond();
        self.emit_branch(depth);
        self.set_unreachable();
    }

    pub fn op_br_if(&mut self, depth: u32) {
        let cc = match self.pop_condition() {
            Ok(cc) => cc,
            Err(true) => return self.op_br(depth),
            Err(false) => return,
        };
        let idx = self.frames.len() - 1 - depth as usize;
        let f = &self.frames[idx];
        let (kind, label, height, n) = (f.kind, f.label, f.height, f.branch_types().len());
        let first = self.stack.len() - n;
        if self.frames[idx].merges_in_register() && first == height {
            // The value alone above the target's height: putting it in the
            // merge register (mov only, flags intact) suits both successors.
            let top = self.stack.len() - 1;
            let ty = self.stack[top].ty;
            let merge_reg = if ty.is_int_like() {
                result_gpr(ty)
            } else {
                RESULT_FLOAT
            };
            self.pin(top, merge_reg);
            self.frames[idx].label_used = true;
            self.a.branch(cc, label);
        } else if kind != FrameKind::Function && first == height {
            // The values already sit at the target positions: spilling them in
            // place (mov only, flags intact) suits both successors.
            self.force_to_slots(first);
            self.frames[idx].label_used = true;
            self.a.branch(cc, label);
        } else {
            if kind == FrameKind::Function {
                self.prepare_return();
            }
            let skip = self.a.new_label();
            self.a.branch(cc.negate(), skip);
            self.emit_branch(depth);
            self.a.bind(skip);
        }
    }

    pub fn op_br_table(&mut self, targets: &wasmparser::BrTable<'_>) -> Result<()> {
        let mut depths: Vec<u32> = Vec::with_capacity(targets.len() as usize + 1);
        for t in targets.targets() {
            depths.push(t?);
        }
        let default = targets.default();
        let index = self.pop();
        let arity = self.frames[self.frames.len() - 1 - default as usize]
            .branch_types()
            .len();
        // Values travel through their own slots; each target then copies.
        let first = self.stack.len() - arity;
        self.force_to_slots(first);
        if let Loc::Const(c) = index.loc {
            let d = depths.get(c as u32 as usize).copied().unwrap_or(default);
            self.emit_branch(d);
            self.set_unreachable();
            return Ok(());
        }
        self.load_gpr(index, SCRATCH);
        self.release(index);
        let default_label = self.a.new_label();
        let table = self.a.new_label();
        // The table holds each target's offset from the table (4 bytes,
        // filled in by `patch_br_tables` once the labels are placed), so
        // the dispatch is one indirect jump.
        self.a
            .jump_table(SCRATCH, depths.len() as u32, default_label, table);
        // Targets needing moves get a stub.
        let mut stubs: Vec<(u32, DynamicLabel)> = Vec::new();
        let entries: Vec<DynamicLabel> = depths
            .iter()
            .map(|&d| self.branch_stub_label(d, first, &mut stubs))
            .collect();
        self.a.extend(std::iter::repeat_n(0u8, 4 * entries.len()));
        self.br_tables.push((table, entries));
        self.a.bind(default_label);
        self.emit_branch(default);
        for (d, l) in stubs {
            self.a.bind(l);
            self.emit_branch(d);
        }
        self.set_unreachable();
        Ok(())
    }

    /// Writes every `br_table` jump table of the function: entry `i` of a
    /// table is `target - table` as an `i32`. All labels are placed by the
    /// end of the function.
    pub fn patch_br_tables(&mut self) {
        for (table, entries) in std::mem::take(&mut self.br_tables) {
            let labels = self.a.labels();
            let base = labels.resolve_dynamic(table).expect("table placed").0;
            let offsets: Vec<i32> = entries
                .iter()
                .map(|&l| {
                    let target = labels
                        .resolve_dynamic(l)
                        .expect("label placed by function end")
                        .0;
                    (target as i64 - base as i64) as i32
                })
                .collect();
            let mut m = self.a.alter();
            m.goto(dynasmrt::AssemblyOffset(base));
            for o in offsets {
                dynasmrt::DynasmApi::push_i32(&mut m, o);
            }
        }
    }

    /// The label a `br_table` entry jumps to: the frame's own label when the
    /// values are already in place, else a stub (created once per depth).
    fn branch_stub_label(
        &mut self,
        depth: u32,
        first: usize,
        stubs: &mut Vec<(u32, DynamicLabel)>,
    ) -> DynamicLabel {
        let idx = self.frames.len() - 1 - depth as usize;
        let f = &self.frames[idx];
        let in_place =
            f.branch_types().is_empty() || (f.height == first && !f.merges_in_register());
        if f.kind != FrameKind::Function && in_place {
            self.frames[idx].label_used = true;
            return self.frames[idx].label;
        }
        if let Some(&(_, l)) = stubs.iter().find(|s| s.0 == depth) {
            return l;
        }
        let l = self.a.new_label();
        stubs.push((depth, l));
        l
    }

    pub fn op_return(&mut self) {
        self.materialize_cond();
        self.emit_branch(self.frames.len() as u32 - 1);
        self.set_unreachable();
    }

    pub fn op_else(&mut self) {
        let idx = self.frames.len() - 1;
        let entry_state = self.frames[idx].entry_state.take();
        let f = self.frames[idx].clone();
        let FrameKind::If { else_label, .. } = f.kind else {
            unreachable!("validated else")
        };
        if let Some(st) = entry_state {
            self.restore_entry_state(*st);
        } else {
            if self.reachable {
                self.materialize_cond();
                self.emit_branch(0);
            }
            self.truncate_stack(f.height);
            for &t in &f.params {
                self.push(t, Loc::Stack);
            }
        }
        self.a.bind(else_label);
        self.frames[idx].kind = FrameKind::If {
            else_label,
            has_else: true,
        };
        self.reachable = f.entry_reachable;
    }

    pub fn op_end(&mut self) {
        let f = self.frames.pop().expect("validated end");
        if f.kind == FrameKind::Function {
            if self.reachable {
                self.materialize_cond();
                self.emit_return_moves();
            }
            self.a.bind(f.label);
            self.emit_epilogue();
            return;
        }
        if f.kind == FrameKind::Loop {
            // Only the fall-through reaches a loop's end: no merge.
            if !self.reachable {
                self.truncate_stack(f.height);
                for &t in &f.results {
                    self.push(t, Loc::Stack);
                }
            }
            return;
        }
        if f.never_merges {
            // The end is reached by the false edge (no else: restored to
            // the entry state) or by the else arm's fall-through alone.
            assert!(!f.label_used, "a branch to an if that never merges");
            let FrameKind::If { else_label, .. } = f.kind else {
                unreachable!("only ifs never merge")
            };
            if let Some(st) = f.entry_state {
                self.restore_entry_state(*st);
                self.reachable = f.entry_reachable;
                self.a.bind(else_label);
            }
            return;
        }
        let mut reachable = self.reachable || f.label_used;
        if self.reachable {
            self.materialize_cond();
            self.frames.push(f.clone());
            self.move_to_merge(self.frames.len() - 1);
            self.frames.pop();
        }
        self.truncate_stack(f.height);
        if let FrameKind::If {
            else_label,
            has_else: false,
        } = f.kind
        {
            // No else: the false case passes the parameters through as results.
            self.a.bind(else_label);
            reachable |= f.entry_reachable;
        }
        self.push_merged_results(&f);
        self.a.bind(f.label);
        self.reachable = reachable;
    }

    /// Control operators met while unreachable: only nesting matters.
    pub fn dead_block(&mut self) {
        self.dead_depth += 1;
    }
}
