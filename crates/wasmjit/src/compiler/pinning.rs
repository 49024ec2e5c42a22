//! Locals that live in registers: before compiling a function, one quick
//! scan over its operators weighs every local's `local.get/set/tee` uses
//! (×8 per enclosing loop) and gives the heaviest loop-used locals a
//! register of their own for the whole function. A pinned local's stack
//! home (`local_off`) is only written around calls, which clobber every
//! register (see `FuncCompiler::save_pinned`).
//!
//! The registers a local may be pinned to come from the backend
//! (`MacroAssembler::PIN_GPRS`, `PIN_FLOATS`), in order of preference. A
//! backend with register pairs (32-bit x86: four value GPRs) pins integer
//! locals only in functions without `i64` values ([`int_pins`]).
//!
//! The same scan finds the declared locals that need zeroing at entry
//! (wasm locals start at zero, spec §4.4.10 "Function Calls"): those read
//! before they are written. A local whose first mention is a `local.set`
//! or `local.tee` in the body's straight-line prefix (before any `if`,
//! `else`, branch, `return` or `unreachable`) is written before any read can
//! run: execution reaches that write, having run exactly what precedes it
//! in body order, none of which mentions the local. Every other local is
//! zeroed (conservative).

use wasmparser::Operator;

use crate::values::ValType;

use super::inline::{Inlinee, Inlinees};
use super::masm::MacroAssembler;
use super::stack::I64_PAIRS;
use super::{ModuleEnv, Target};

/// Only locals used inside loops are worth a register.
const MIN_WEIGHT: u64 = 8;

/// Float registers of `MacroAssembler::ALLOC_FLOATS` that pinned locals
/// leave to values: the most one operation holds at once off the value
/// stack (an operand, the result, two temporaries), which the allocator
/// cannot free by spilling (`stack.rs`, `alloc_fpr`).
pub const MIN_FREE_FLOATS: usize = 4;

/// Loop-weighted use counts of a function's locals, gathered while its body
/// is decoded.
pub struct UseWeights {
    weight: Vec<u64>,
    loops: Vec<bool>,
    depth: u32,
    /// Per local: [`UNSEEN`], [`WRITTEN_FIRST`] or [`READ_FIRST`].
    first: Vec<u8>,
    /// Whether no operator seen so far can transfer control elsewhere
    /// than to the next one (blocks and loops are entered in order).
    straight: bool,
    /// Whether some operator calls out (a function or an engine helper),
    /// which clobbers every register, other than a cold call.
    calls: bool,
    /// Whether the previous operator was a `call` or `call_indirect`: the
    /// call is cold when `unreachable` follows it.
    after_call: bool,
}

/// Whether `op` calls a function or an engine helper (bulk memory and
/// table operations, growing), clobbering every register.
fn calls_out(op: &Operator<'_>) -> bool {
    use Operator as O;
    matches!(
        op,
        O::Call { .. }
            | O::CallIndirect { .. }
            | O::ReturnCall { .. }
            | O::ReturnCallIndirect { .. }
            | O::CallRef { .. }
            | O::ReturnCallRef { .. }
            | O::MemoryGrow { .. }
            | O::MemoryFill { .. }
            | O::MemoryCopy { .. }
            | O::MemoryInit { .. }
            | O::DataDrop { .. }
            | O::TableGrow { .. }
            | O::TableFill { .. }
            | O::TableCopy { .. }
            | O::TableInit { .. }
            | O::ElemDrop { .. }
    )
}

/// Whether `op`'s name has `I64` in it (`i64.*`, `i32.wrap_i64`,
/// `f64.convert_i64_s`, `i64x2.*`, ...).
const fn names_i64(name: &str) -> bool {
    let b = name.as_bytes();
    let mut i = 0;
    while i + 3 <= b.len() {
        if b[i] == b'I' && b[i + 1] == b'6' && b[i + 2] == b'4' {
            return true;
        }
        i += 1;
    }
    false
}

macro_rules! define_is_i64_op {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*) )*) => {
        /// Whether `op` is an instruction on `i64` values (an operand or
        /// its result).
        fn is_i64_op(op: &Operator<'_>) -> bool {
            match op {
                $( Operator::$op { .. } => const { names_i64(stringify!($op)) }, )*
                _ => false,
            }
        }
    };
}
wasmparser::for_each_operator!(define_is_i64_op);

/// Whether `op` can put an `i64` value on the operand stack of a function
/// whose locals and results are not `i64`: an `i64` instruction, a block,
/// call or global access whose type has `i64`, a typed `select` of `i64`
/// (memories and tables are 32-bit: their sizes are `i32`).
pub fn mentions_i64(op: &Operator<'_>, env: &ModuleEnv) -> bool {
    is_i64_op(op) || env.signature_mentions(op, ValType::I64)
}

/// Whether an inlined call of `f` brings `i64` values into the caller: its
/// locals or operators (those of the callees inlined into it included)
/// mention `i64` (its parameters and results are the call's).
pub fn inlinee_mentions_i64(f: &Inlinee<'_>, inlinees: &Inlinees<'_>, env: &ModuleEnv) -> bool {
    let own = |f: &Inlinee<'_>| {
        f.locals.contains(&ValType::I64) || f.ops.iter().any(|op| mentions_i64(op, env))
    };
    own(f)
        || f.ops.iter().any(|op| match *op {
            Operator::Call { function_index } => inlinees.get(function_index).is_some_and(own),
            _ => false,
        })
}

/// Whether a function's integer locals may be pinned to GPRs, given
/// whether it has `i64` values (`uses_i64`: locals, results, an operator
/// of its own or of a callee inlined into it, [`mentions_i64`]). Always
/// with 64-bit registers; with register pairs only without `i64` values:
/// an `i64` operation may hold two pairs off the value stack at once
/// (`select`, an operand and a wide constant), which is every value GPR
/// of 32-bit x86 once one is pinned, and the allocator cannot spill a
/// popped entry (`stack.rs`, `alloc_gpr_of`).
pub fn int_pins(uses_i64: bool) -> bool {
    !(I64_PAIRS && uses_i64)
}

const UNSEEN: u8 = 0;
const WRITTEN_FIRST: u8 = 1;
const READ_FIRST: u8 = 2;

impl UseWeights {
    /// Counters for `num_locals` locals (reusing `weight`'s allocation).
    pub fn new(num_locals: usize) -> UseWeights {
        UseWeights {
            weight: vec![0; num_locals],
            loops: Vec::new(),
            depth: 0,
            first: vec![UNSEEN; num_locals],
            straight: true,
            calls: false,
            after_call: false,
        }
    }

    /// Accounts for one operator, in body order.
    #[inline]
    pub fn observe(&mut self, op: &Operator<'_>) {
        match *op {
            Operator::Block { .. } | Operator::If { .. } => self.loops.push(false),
            Operator::Loop { .. } => {
                self.loops.push(true);
                self.depth += 1;
            }
            Operator::End if self.loops.pop() == Some(true) => self.depth -= 1,
            Operator::LocalGet { local_index } => self.mention(local_index, READ_FIRST),
            Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                let how = if self.straight {
                    WRITTEN_FIRST
                } else {
                    READ_FIRST
                };
                self.mention(local_index, how);
            }
            Operator::Else
            | Operator::Br { .. }
            | Operator::BrIf { .. }
            | Operator::BrTable { .. }
            | Operator::BrOnNull { .. }
            | Operator::BrOnNonNull { .. }
            | Operator::Return
            | Operator::Unreachable => self.straight = false,
            _ => {}
        }
        if let Operator::If { .. } = op {
            self.straight = false;
        }
        if std::mem::take(&mut self.after_call) && !matches!(op, Operator::Unreachable) {
            self.calls = true;
        }
        let call = matches!(op, Operator::Call { .. } | Operator::CallIndirect { .. });
        self.calls = self.calls || (calls_out(op) && !call);
        self.after_call = call;
    }

    fn mention(&mut self, local: u32, how: u8) {
        let l = local as usize;
        if let Some(w) = self.weight.get_mut(l) {
            *w += 1u64 << (3 * self.depth.min(6));
            if self.first[l] == UNSEEN {
                self.first[l] = how;
            }
        }
    }

    /// Whether some operator calls a function or an engine helper, other
    /// than cold calls: those followed by `unreachable` (AssemblyScript's
    /// `abort` on a failed check), after which nothing of the function
    /// runs, so no register needs to survive them (`calls.rs`).
    pub fn calls(&self) -> bool {
        self.calls
    }

    /// Whether local `l` is mentioned at all.
    pub fn is_used(&self, l: usize) -> bool {
        self.weight[l] > 0
    }

    /// Whether local `l` may be read before it is written (then it must
    /// start at zero).
    pub fn read_before_written(&self, l: usize) -> bool {
        self.first[l] != WRITTEN_FIRST
    }

    /// The register of each local (`None`: lives in its frame slot).
    /// `arrivals[p]`: the register parameter `p` arrives in (`calls.rs`,
    /// `param_regs`). In a function that calls out, the heaviest integer
    /// locals, parameters included, take the callee-saved pin registers
    /// (`MacroAssembler::CALLEE_SAVED_GPRS`: calls preserve them). The
    /// other locals heavy enough to pin, heaviest first, take registers
    /// while there are some: a parameter the register it arrives in, if no
    /// heavier local took it, when that is a pin register or the function
    /// calls nothing (nothing clobbers it); any other local the next pin
    /// register left, in [`gpr_preference`]'s order. So a parameter read
    /// a few times outside loops does not keep a register that a loop's
    /// local needs (golden `pinned_many`); in a function that calls
    /// nothing it still stays where it arrived when no local took that
    /// register. `result_slots`: whether the function
    /// returns results in its parameter area (more than one), where a
    /// parameter's slot cannot keep a callee-saved register's value
    /// (`func.rs`, `callee_saved_pin`), so no parameter takes one.
    /// `int_pins`: whether integer locals may take GPRs at all
    /// ([`int_pins`]; only float locals are pinned otherwise).
    pub fn choose(
        &self,
        locals: &[ValType],
        arrivals: &[Option<u8>],
        result_slots: bool,
        int_pins: bool,
    ) -> Vec<Option<u8>> {
        let weight = &self.weight;
        let params = arrivals.len();
        let mut pins = vec![None; locals.len()];
        let mut order: Vec<usize> = (0..locals.len())
            .filter(|&l| weight[l] >= MIN_WEIGHT)
            .collect();
        order.sort_by_key(|&l| std::cmp::Reverse(weight[l]));
        if self.calls {
            let mut saved = Target::CALLEE_SAVED_GPRS.iter().copied();
            for &l in &order {
                let int = matches!(locals[l], ValType::I32 | ValType::I64);
                if int && !(result_slots && l < params) {
                    let Some(r) = saved.next() else { break };
                    pins[l] = Some(r);
                }
            }
        }
        // The others by weight: a parameter stays in the register it
        // arrived in if that is still free ([`Self::keeps`]), any other
        // local takes the next free pin register. A light parameter (not
        // heavy enough to pin) in a function that calls nothing keeps its
        // arrival register if no local took it.
        let taken = |pins: &[Option<u8>], int: bool, r: u8| {
            (0..locals.len()).any(|l| pins[l] == Some(r) && locals[l].is_int_like() == int)
        };
        let mut gprs = gpr_preference(self.calls);
        gprs.retain(|&r| !taken(&pins, true, r));
        let mut floats = Target::PIN_FLOATS.to_vec();
        for l in order {
            if pins[l].is_some() {
                continue;
            }
            let int = locals[l].is_int_like();
            let free = if int { &mut gprs } else { &mut floats };
            let arrival = arrivals.get(l).copied().flatten();
            if let Some(r) = arrival.filter(|&r| self.keeps(locals, l, r) && !taken(&pins, int, r))
            {
                free.retain(|&f| f != r);
                pins[l] = Some(r);
                continue;
            }
            pins[l] = match locals[l] {
                ValType::I32 | ValType::I64 => {
                    let fits = |r: &u8| {
                        !(result_slots && l < params && Target::CALLEE_SAVED_GPRS.contains(r))
                    };
                    free.iter().position(fits).map(|i| free.remove(i))
                }
                ValType::F32 | ValType::F64 | ValType::V128 => {
                    (!free.is_empty()).then(|| free.remove(0))
                }
                _ => None,
            };
        }
        if !self.calls {
            for (p, a) in arrivals.iter().enumerate() {
                let int = locals[p].is_int_like();
                if let Some(r) = a.filter(|&r| self.keeps(locals, p, r) && !taken(&pins, int, r)) {
                    pins[p] = pins[p].or(Some(r));
                }
            }
        }
        if !int_pins {
            for l in 0..locals.len() {
                if locals[l].is_int_like() {
                    pins[l] = None;
                }
            }
        }
        // Parameters kept where they arrive and the other pins together
        // leave `MIN_FREE_FLOATS` float registers to values: the lightest
        // float pins go back to their slots.
        let most = Target::ALLOC_FLOATS.len().saturating_sub(MIN_FREE_FLOATS);
        let mut float_pins: Vec<usize> = (0..locals.len())
            .filter(|&l| pins[l].is_some() && !locals[l].is_int_like())
            .collect();
        if float_pins.len() > most {
            float_pins.sort_by_key(|&l| weight[l]);
            for &l in &float_pins[..float_pins.len() - most] {
                pins[l] = None;
            }
        }
        pins
    }

    /// Whether parameter `p`, which arrives in register `r`, may stay
    /// there: a scalar one that is used, in a function that calls nothing
    /// (nothing clobbers `r`), or, in one that calls, a heavy one when `r`
    /// is a pin register.
    fn keeps(&self, locals: &[ValType], p: usize, r: u8) -> bool {
        let w = self.weight[p];
        let wanted = if self.calls {
            let pinnable = if locals[p].is_int_like() {
                Target::PIN_GPRS.contains(&r)
            } else {
                Target::PIN_FLOATS.contains(&r)
            };
            pinnable && w >= MIN_WEIGHT
        } else {
            w > 0
        };
        wanted
            && matches!(
                locals[p],
                ValType::I32 | ValType::I64 | ValType::F32 | ValType::F64
            )
    }
}

/// The pin registers in the order locals take them: in a function that
/// calls out, the callee-saved ones first (`MacroAssembler::
/// CALLEE_SAVED_GPRS`: a call preserves them, so they need no save and
/// reload around each call, only one at entry and exit); in one that does
/// not, last (there they would only add that save).
pub fn gpr_preference(calls: bool) -> Vec<u8> {
    let callee_saved = |r: &u8| Target::CALLEE_SAVED_GPRS.contains(r);
    let (mut first, rest): (Vec<u8>, Vec<u8>) = Target::PIN_GPRS
        .iter()
        .partition(|r| callee_saved(r) == calls);
    first.extend(rest);
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i64_operators_are_recognised_by_name() {
        assert!(is_i64_op(&Operator::I64Add));
        assert!(is_i64_op(&Operator::I32WrapI64));
        assert!(is_i64_op(&Operator::F64ConvertI64S));
        assert!(is_i64_op(&Operator::I64Const { value: 1 }));
        assert!(is_i64_op(&Operator::I64x2ExtractLane { lane: 0 }));
        assert!(!is_i64_op(&Operator::I32Add));
        assert!(!is_i64_op(&Operator::F64Add));
        assert!(!is_i64_op(&Operator::LocalGet { local_index: 0 }));
    }

    #[test]
    fn int_pins_only_without_i64_on_pairs() {
        assert!(int_pins(false));
        assert_eq!(int_pins(true), !I64_PAIRS);
    }
}
