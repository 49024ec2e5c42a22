//! Operator dispatch: `wasmparser::VisitOperator`, one method per operator.
//!
//! The operators of the proposals the engine implements (MVP, sign
//! extension, non-trapping float-to-int, bulk memory, reference types; SIMD
//! and relaxed SIMD in `visit_simd.rs`) are listed one per line, each with
//! its emitter; the trait requires a
//! method for every operator, so one forgotten here is a compile error. The
//! operators of every other proposal are defined by
//! `for_each_visit_operator!` as an
//! [`Error::Unsupported`] naming the proposal and the instruction, e.g.
//! "tail calls (return_call)". [`FuncCompiler::operator`] calls
//! `visit_operator` on each operator after the validator accepted it.

use wasmparser::{VisitOperator, VisitSimdOperator};

use crate::error::Result;
use crate::values::ValType::{F32, F64, I32, I64};

use super::control::FrameKind;
use super::float::{FloatBin, FloatCmp, FloatUn};
use super::func::FuncCompiler;
use super::int::{IntBin, IntUn};
use super::masm::IntCmp;
use super::memory::LoadKind;
use super::stack::Loc;

/// A load of `bytes` bytes giving a `ty`, sign-extended when `signed`.
pub(super) fn ld(ty: crate::values::ValType, bytes: u8, signed: bool) -> LoadKind {
    LoadKind { ty, bytes, signed }
}

/// What an emitter returns, as a visit method's result.
pub(super) trait Done {
    fn done(self) -> Result<()>;
}

impl Done for () {
    fn done(self) -> Result<()> {
        Ok(())
    }
}

impl Done for Result<()> {
    fn done(self) -> Result<()> {
        self
    }
}

/// Defines the visit methods of the implemented operators:
/// `visit_name(args) => emitter;` (after `self;`, so that the bodies can
/// name it).
macro_rules! implemented {
    ($self:ident; $( $visit:ident $(( $($arg:ident: $argty:ty),* ))? => $body:expr; )*) => {
        $(
            fn $visit(&mut $self $($(, $arg: $argty)*)?) -> Result<()> {
                $body.done()
            }
        )*
    };
}
pub(super) use implemented;

/// The proposal names the engine reports for operators it does not compile.
macro_rules! proposal_name {
    (gc) => {
        "garbage collection"
    };
    (custom_descriptors) => {
        "custom descriptors"
    };
    (tail_call) => {
        "tail calls"
    };
    (memory_control) => {
        "memory control"
    };
    (threads) => {
        "threads"
    };
    (exceptions) => {
        "exception handling"
    };
    (legacy_exceptions) => {
        "legacy exception handling"
    };
    (shared_everything_threads) => {
        "shared-everything threads"
    };
    (function_references) => {
        "typed function references"
    };
    (stack_switching) => {
        "stack switching"
    };
    (wide_arithmetic) => {
        "wide arithmetic"
    };
    (acquire_release_atomics) => {
        "acquire-release atomics"
    };
}

/// Defines the visit methods of the operators of every proposal not
/// implemented (the implemented proposals expand to nothing: their methods
/// are in the `implemented!` list).
macro_rules! unsupported {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*) )*) => {
        $( unsupported!(one @$proposal $op $({ $($arg: $argty),* })? => $visit); )*
    };
    (one @mvp $($rest:tt)*) => {};
    (one @sign_extension $($rest:tt)*) => {};
    (one @saturating_float_to_int $($rest:tt)*) => {};
    (one @bulk_memory $($rest:tt)*) => {};
    (one @reference_types $($rest:tt)*) => {};
    (one @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident) => {
        fn $visit(&mut self $($(, $arg: $argty)*)?) -> Result<()> {
            $($(let _ = $arg;)*)?
            let name = stringify!($visit).strip_prefix("visit_").unwrap_or(stringify!($visit));
            Err(self.unsupported(format!("{} ({name})", proposal_name!($proposal))))
        }
    };
}

impl<'op> VisitOperator<'op> for FuncCompiler<'_> {
    type Output = Result<()>;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'op, Output = Result<()>>> {
        Some(self)
    }

    wasmparser::for_each_visit_operator!(unsupported);

    implemented! {
        self;
        visit_unreachable => self.unreachable();
        visit_nop => ();
        visit_block(blockty: wasmparser::BlockType) => self.open_frame(blockty, FrameKind::Block);
        visit_loop(blockty: wasmparser::BlockType) => self.open_frame(blockty, FrameKind::Loop);
        visit_if(blockty: wasmparser::BlockType) => self.op_if(blockty);
        visit_else => self.op_else();
        visit_end => self.op_end();
        visit_br(relative_depth: u32) => self.op_br(relative_depth);
        visit_br_if(relative_depth: u32) => self.op_br_if(relative_depth);
        visit_br_table(targets: wasmparser::BrTable<'op>) => self.op_br_table(&targets);
        visit_return => self.op_return();
        visit_call(function_index: u32) => self.call(function_index);
        visit_call_indirect(type_index: u32, table_index: u32) => self.call_indirect(type_index, table_index);
        visit_drop => self.drop_operand();
        visit_select => self.select();
        visit_local_get(local_index: u32) => self.local_get(local_index);
        visit_local_set(local_index: u32) => self.local_set(local_index);
        visit_local_tee(local_index: u32) => self.local_tee(local_index);
        visit_global_get(global_index: u32) => self.global_get(global_index);
        visit_global_set(global_index: u32) => self.global_set(global_index);
        visit_i32_load(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I32, 4, false));
        visit_i64_load(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I64, 8, false));
        visit_f32_load(memarg: wasmparser::MemArg) => self.load(&memarg, ld(F32, 4, false));
        visit_f64_load(memarg: wasmparser::MemArg) => self.load(&memarg, ld(F64, 8, false));
        visit_i32_load8_s(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I32, 1, true));
        visit_i32_load8_u(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I32, 1, false));
        visit_i32_load16_s(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I32, 2, true));
        visit_i32_load16_u(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I32, 2, false));
        visit_i64_load8_s(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I64, 1, true));
        visit_i64_load8_u(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I64, 1, false));
        visit_i64_load16_s(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I64, 2, true));
        visit_i64_load16_u(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I64, 2, false));
        visit_i64_load32_s(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I64, 4, true));
        visit_i64_load32_u(memarg: wasmparser::MemArg) => self.load(&memarg, ld(I64, 4, false));
        visit_i32_store(memarg: wasmparser::MemArg) => self.store(&memarg, I32, 4);
        visit_i64_store(memarg: wasmparser::MemArg) => self.store(&memarg, I64, 8);
        visit_f32_store(memarg: wasmparser::MemArg) => self.store(&memarg, F32, 4);
        visit_f64_store(memarg: wasmparser::MemArg) => self.store(&memarg, F64, 8);
        visit_i32_store8(memarg: wasmparser::MemArg) => self.store(&memarg, I32, 1);
        visit_i32_store16(memarg: wasmparser::MemArg) => self.store(&memarg, I32, 2);
        visit_i64_store8(memarg: wasmparser::MemArg) => self.store(&memarg, I64, 1);
        visit_i64_store16(memarg: wasmparser::MemArg) => self.store(&memarg, I64, 2);
        visit_i64_store32(memarg: wasmparser::MemArg) => self.store(&memarg, I64, 4);
        visit_memory_size(mem: u32) => self.memory_size(mem);
        visit_memory_grow(mem: u32) => self.memory_grow(mem);
        visit_i32_const(value: i32) => self.push(I32, Loc::Const(value as u32 as u64));
        visit_i64_const(value: i64) => self.push(I64, Loc::Const(value as u64));
        visit_f32_const(value: wasmparser::Ieee32) => self.push(F32, Loc::Const(value.bits() as u64));
        visit_f64_const(value: wasmparser::Ieee64) => self.push(F64, Loc::Const(value.bits()));
        visit_i32_eqz => self.int_eqz(I32);
        visit_i32_eq => self.int_cmp(I32, IntCmp::Eq);
        visit_i32_ne => self.int_cmp(I32, IntCmp::Ne);
        visit_i32_lt_s => self.int_cmp(I32, IntCmp::LtS);
        visit_i32_lt_u => self.int_cmp(I32, IntCmp::LtU);
        visit_i32_gt_s => self.int_cmp(I32, IntCmp::GtS);
        visit_i32_gt_u => self.int_cmp(I32, IntCmp::GtU);
        visit_i32_le_s => self.int_cmp(I32, IntCmp::LeS);
        visit_i32_le_u => self.int_cmp(I32, IntCmp::LeU);
        visit_i32_ge_s => self.int_cmp(I32, IntCmp::GeS);
        visit_i32_ge_u => self.int_cmp(I32, IntCmp::GeU);
        visit_i64_eqz => self.int_eqz(I64);
        visit_i64_eq => self.int_cmp(I64, IntCmp::Eq);
        visit_i64_ne => self.int_cmp(I64, IntCmp::Ne);
        visit_i64_lt_s => self.int_cmp(I64, IntCmp::LtS);
        visit_i64_lt_u => self.int_cmp(I64, IntCmp::LtU);
        visit_i64_gt_s => self.int_cmp(I64, IntCmp::GtS);
        visit_i64_gt_u => self.int_cmp(I64, IntCmp::GtU);
        visit_i64_le_s => self.int_cmp(I64, IntCmp::LeS);
        visit_i64_le_u => self.int_cmp(I64, IntCmp::LeU);
        visit_i64_ge_s => self.int_cmp(I64, IntCmp::GeS);
        visit_i64_ge_u => self.int_cmp(I64, IntCmp::GeU);
        visit_f32_eq => self.float_cmp(F32, FloatCmp::Eq);
        visit_f32_ne => self.float_cmp(F32, FloatCmp::Ne);
        visit_f32_lt => self.float_cmp(F32, FloatCmp::Lt);
        visit_f32_gt => self.float_cmp(F32, FloatCmp::Gt);
        visit_f32_le => self.float_cmp(F32, FloatCmp::Le);
        visit_f32_ge => self.float_cmp(F32, FloatCmp::Ge);
        visit_f64_eq => self.float_cmp(F64, FloatCmp::Eq);
        visit_f64_ne => self.float_cmp(F64, FloatCmp::Ne);
        visit_f64_lt => self.float_cmp(F64, FloatCmp::Lt);
        visit_f64_gt => self.float_cmp(F64, FloatCmp::Gt);
        visit_f64_le => self.float_cmp(F64, FloatCmp::Le);
        visit_f64_ge => self.float_cmp(F64, FloatCmp::Ge);
        visit_i32_clz => self.int_unop(I32, IntUn::Clz);
        visit_i32_ctz => self.int_unop(I32, IntUn::Ctz);
        visit_i32_popcnt => self.int_unop(I32, IntUn::Popcnt);
        visit_i32_add => self.int_binop(I32, IntBin::Add);
        visit_i32_sub => self.int_binop(I32, IntBin::Sub);
        visit_i32_mul => self.int_binop(I32, IntBin::Mul);
        visit_i32_div_s => self.int_binop(I32, IntBin::DivS);
        visit_i32_div_u => self.int_binop(I32, IntBin::DivU);
        visit_i32_rem_s => self.int_binop(I32, IntBin::RemS);
        visit_i32_rem_u => self.int_binop(I32, IntBin::RemU);
        visit_i32_and => self.int_binop(I32, IntBin::And);
        visit_i32_or => self.int_binop(I32, IntBin::Or);
        visit_i32_xor => self.int_binop(I32, IntBin::Xor);
        visit_i32_shl => self.int_binop(I32, IntBin::Shl);
        visit_i32_shr_s => self.int_binop(I32, IntBin::ShrS);
        visit_i32_shr_u => self.int_binop(I32, IntBin::ShrU);
        visit_i32_rotl => self.int_binop(I32, IntBin::Rotl);
        visit_i32_rotr => self.int_binop(I32, IntBin::Rotr);
        visit_i64_clz => self.int_unop(I64, IntUn::Clz);
        visit_i64_ctz => self.int_unop(I64, IntUn::Ctz);
        visit_i64_popcnt => self.int_unop(I64, IntUn::Popcnt);
        visit_i64_add => self.int_binop(I64, IntBin::Add);
        visit_i64_sub => self.int_binop(I64, IntBin::Sub);
        visit_i64_mul => self.int_binop(I64, IntBin::Mul);
        visit_i64_div_s => self.int_binop(I64, IntBin::DivS);
        visit_i64_div_u => self.int_binop(I64, IntBin::DivU);
        visit_i64_rem_s => self.int_binop(I64, IntBin::RemS);
        visit_i64_rem_u => self.int_binop(I64, IntBin::RemU);
        visit_i64_and => self.int_binop(I64, IntBin::And);
        visit_i64_or => self.int_binop(I64, IntBin::Or);
        visit_i64_xor => self.int_binop(I64, IntBin::Xor);
        visit_i64_shl => self.int_binop(I64, IntBin::Shl);
        visit_i64_shr_s => self.int_binop(I64, IntBin::ShrS);
        visit_i64_shr_u => self.int_binop(I64, IntBin::ShrU);
        visit_i64_rotl => self.int_binop(I64, IntBin::Rotl);
        visit_i64_rotr => self.int_binop(I64, IntBin::Rotr);
        visit_f32_abs => self.float_unop(F32, FloatUn::Abs);
        visit_f32_neg => self.float_unop(F32, FloatUn::Neg);
        visit_f32_ceil => self.float_unop(F32, FloatUn::Ceil);
        visit_f32_floor => self.float_unop(F32, FloatUn::Floor);
        visit_f32_trunc => self.float_unop(F32, FloatUn::Trunc);
        visit_f32_nearest => self.float_unop(F32, FloatUn::Nearest);
        visit_f32_sqrt => self.float_unop(F32, FloatUn::Sqrt);
        visit_f32_add => self.float_binop(F32, FloatBin::Add);
        visit_f32_sub => self.float_binop(F32, FloatBin::Sub);
        visit_f32_mul => self.float_binop(F32, FloatBin::Mul);
        visit_f32_div => self.float_binop(F32, FloatBin::Div);
        visit_f32_min => self.float_binop(F32, FloatBin::Min);
        visit_f32_max => self.float_binop(F32, FloatBin::Max);
        visit_f32_copysign => self.float_binop(F32, FloatBin::Copysign);
        visit_f64_abs => self.float_unop(F64, FloatUn::Abs);
        visit_f64_neg => self.float_unop(F64, FloatUn::Neg);
        visit_f64_ceil => self.float_unop(F64, FloatUn::Ceil);
        visit_f64_floor => self.float_unop(F64, FloatUn::Floor);
        visit_f64_trunc => self.float_unop(F64, FloatUn::Trunc);
        visit_f64_nearest => self.float_unop(F64, FloatUn::Nearest);
        visit_f64_sqrt => self.float_unop(F64, FloatUn::Sqrt);
        visit_f64_add => self.float_binop(F64, FloatBin::Add);
        visit_f64_sub => self.float_binop(F64, FloatBin::Sub);
        visit_f64_mul => self.float_binop(F64, FloatBin::Mul);
        visit_f64_div => self.float_binop(F64, FloatBin::Div);
        visit_f64_min => self.float_binop(F64, FloatBin::Min);
        visit_f64_max => self.float_binop(F64, FloatBin::Max);
        visit_f64_copysign => self.float_binop(F64, FloatBin::Copysign);
        visit_i32_wrap_i64 => self.i32_wrap_i64();
        visit_i32_trunc_f32_s => self.trunc(F32, I32, true, false);
        visit_i32_trunc_f32_u => self.trunc(F32, I32, false, false);
        visit_i32_trunc_f64_s => self.trunc(F64, I32, true, false);
        visit_i32_trunc_f64_u => self.trunc(F64, I32, false, false);
        visit_i64_extend_i32_s => self.i64_extend_i32_s();
        visit_i64_extend_i32_u => self.i64_extend_i32_u();
        visit_i64_trunc_f32_s => self.trunc(F32, I64, true, false);
        visit_i64_trunc_f32_u => self.trunc(F32, I64, false, false);
        visit_i64_trunc_f64_s => self.trunc(F64, I64, true, false);
        visit_i64_trunc_f64_u => self.trunc(F64, I64, false, false);
        visit_f32_convert_i32_s => self.convert(I32, F32, true);
        visit_f32_convert_i32_u => self.convert(I32, F32, false);
        visit_f32_convert_i64_s => self.convert(I64, F32, true);
        visit_f32_convert_i64_u => self.convert(I64, F32, false);
        visit_f32_demote_f64 => self.demote_promote(F64, F32);
        visit_f64_convert_i32_s => self.convert(I32, F64, true);
        visit_f64_convert_i32_u => self.convert(I32, F64, false);
        visit_f64_convert_i64_s => self.convert(I64, F64, true);
        visit_f64_convert_i64_u => self.convert(I64, F64, false);
        visit_f64_promote_f32 => self.demote_promote(F32, F64);
        visit_i32_reinterpret_f32 => self.reinterpret(F32, I32);
        visit_i64_reinterpret_f64 => self.reinterpret(F64, I64);
        visit_f32_reinterpret_i32 => self.reinterpret(I32, F32);
        visit_f64_reinterpret_i64 => self.reinterpret(I64, F64);
        visit_i32_extend8_s => self.int_unop(I32, IntUn::Extend8S);
        visit_i32_extend16_s => self.int_unop(I32, IntUn::Extend16S);
        visit_i64_extend8_s => self.int_unop(I64, IntUn::Extend8S);
        visit_i64_extend16_s => self.int_unop(I64, IntUn::Extend16S);
        visit_i64_extend32_s => self.int_unop(I64, IntUn::Extend32S);
        visit_i32_trunc_sat_f32_s => self.trunc(F32, I32, true, true);
        visit_i32_trunc_sat_f32_u => self.trunc(F32, I32, false, true);
        visit_i32_trunc_sat_f64_s => self.trunc(F64, I32, true, true);
        visit_i32_trunc_sat_f64_u => self.trunc(F64, I32, false, true);
        visit_i64_trunc_sat_f32_s => self.trunc(F32, I64, true, true);
        visit_i64_trunc_sat_f32_u => self.trunc(F32, I64, false, true);
        visit_i64_trunc_sat_f64_s => self.trunc(F64, I64, true, true);
        visit_i64_trunc_sat_f64_u => self.trunc(F64, I64, false, true);
        visit_memory_init(data_index: u32, mem: u32) => self.memory_init(data_index, mem);
        visit_data_drop(data_index: u32) => self.data_drop(data_index);
        visit_memory_copy(dst_mem: u32, src_mem: u32) => self.memory_copy(dst_mem, src_mem);
        visit_memory_fill(mem: u32) => self.memory_fill(mem);
        visit_table_init(elem_index: u32, table: u32) => self.table_init(table, elem_index);
        visit_elem_drop(elem_index: u32) => self.elem_drop(elem_index);
        visit_table_copy(dst_table: u32, src_table: u32) => self.table_copy(dst_table, src_table);
        visit_typed_select(_ty: wasmparser::ValType) => self.select();
        visit_typed_select_multi(_tys: Vec<wasmparser::ValType>) => Err(self.unsupported("select with several results"));
        visit_ref_null(hty: wasmparser::HeapType) => self.ref_null(hty);
        visit_ref_is_null => self.int_eqz(I64);
        visit_ref_func(function_index: u32) => self.ref_func(function_index);
        visit_table_fill(table: u32) => self.table_fill(table);
        visit_table_get(table: u32) => self.table_get(table);
        visit_table_set(table: u32) => self.table_set(table);
        visit_table_grow(table: u32) => self.table_grow(table);
        visit_table_size(table: u32) => self.table_size(table);
    }
}
