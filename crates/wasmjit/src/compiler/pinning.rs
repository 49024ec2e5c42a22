//! Locals that live in registers: before compiling a function, one quick
//! scan over its operators weighs every local's `local.get/set/tee` uses
//! (×8 per enclosing loop) and gives the heaviest loop-used locals a
//! register of their own for the whole function. A pinned local's stack
//! home (`local_off`) is only written around calls, which clobber every
//! register (see `FuncCompiler::save_pinned`).
//!
//! The registers a local may be pinned to come from the backend
//! (`MacroAssembler::PIN_GPRS`, `PIN_FLOATS`), in order of preference.

use wasmparser::Operator;

use crate::values::ValType;

use super::masm::MacroAssembler;
use super::Target;

/// Only locals used inside loops are worth a register.
const MIN_WEIGHT: u64 = 8;

/// Loop-weighted use counts of a function's locals, gathered while its body
/// is decoded.
pub struct UseWeights {
    weight: Vec<u64>,
    loops: Vec<bool>,
    depth: u32,
}

impl UseWeights {
    /// Counters for `num_locals` locals (reusing `weight`'s allocation).
    pub fn new(num_locals: usize) -> UseWeights {
        UseWeights {
            weight: vec![0; num_locals],
            loops: Vec::new(),
            depth: 0,
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
            Operator::LocalGet { local_index }
            | Operator::LocalSet { local_index }
            | Operator::LocalTee { local_index } => {
                if let Some(w) = self.weight.get_mut(local_index as usize) {
                    *w += 1u64 << (3 * self.depth.min(6));
                }
            }
            _ => {}
        }
    }

    /// The register of each local (`None`: lives in its frame slot).
    pub fn choose(self, locals: &[ValType]) -> Vec<Option<u8>> {
        let weight = self.weight;
        let mut order: Vec<usize> = (0..locals.len())
            .filter(|&l| weight[l] >= MIN_WEIGHT)
            .collect();
        order.sort_by_key(|&l| std::cmp::Reverse(weight[l]));
        let mut pins = vec![None; locals.len()];
        let (mut gprs, mut floats) = (Target::PIN_GPRS.iter(), Target::PIN_FLOATS.iter());
        for l in order {
            pins[l] = match locals[l] {
                ValType::I32 | ValType::I64 => gprs.next().copied(),
                ValType::F32 | ValType::F64 | ValType::V128 => floats.next().copied(),
                _ => None,
            };
        }
        pins
    }
}
