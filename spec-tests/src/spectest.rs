//! The `spectest` host module that the spec testsuite imports from (see the
//! spec interpreter's `host/spectest.ml`): print functions that do nothing,
//! four immutable globals holding 666, a funcref table and a memory.

use std::collections::HashMap;

use wasmjit::{
    Extern, Func, FuncType, Global, GlobalType, Limits, Memory, MemoryType, Store, Table,
    TableType, Val, ValType,
};

/// Creates the `spectest` externs in `store`, keyed by field name:
/// `print`, `print_i32`, `print_i64`, `print_f32`, `print_f64`,
/// `print_i32_f32`, `print_f64_f64` (no results, no output); `global_i32` and
/// `global_i64` = 666, `global_f32` and `global_f64` = 666.6 (immutable);
/// `table` (funcref, 10 elements, max 20); `memory` (1 page, max 2).
///
/// # Errors
/// The engine's error if a memory, table or global cannot be created.
pub fn create(store: &mut Store) -> wasmjit::Result<HashMap<String, Extern>> {
    use ValType::*;
    let mut fields = HashMap::new();
    let prints: [(&str, &[ValType]); 7] = [
        ("print", &[]),
        ("print_i32", &[I32]),
        ("print_i64", &[I64]),
        ("print_f32", &[F32]),
        ("print_f64", &[F64]),
        ("print_i32_f32", &[I32, F32]),
        ("print_f64_f64", &[F64, F64]),
    ];
    for (name, params) in prints {
        let ty = FuncType::new(params.iter().copied(), []);
        let f = Func::new(store, ty, |_, _, _| Ok(()));
        fields.insert(name.to_string(), Extern::Func(f));
    }
    let globals = [
        ("global_i32", Val::I32(666)),
        ("global_i64", Val::I64(666)),
        ("global_f32", Val::from_f32(666.6)),
        ("global_f64", Val::from_f64(666.6)),
    ];
    for (name, v) in globals {
        let ty = GlobalType {
            content: v.ty(),
            mutable: false,
        };
        fields.insert(name.to_string(), Extern::Global(Global::new(store, ty, v)?));
    }
    let table = Table::new(
        store,
        TableType {
            element: FuncRef,
            limits: Limits {
                min: 10,
                max: Some(20),
            },
        },
        Val::FuncRef(None),
    )?;
    fields.insert("table".into(), Extern::Table(table));
    let memory = Memory::new(
        store,
        MemoryType {
            limits: Limits {
                min: 1,
                max: Some(2),
            },
            memory64: false,
            shared: false,
        },
    )?;
    fields.insert("memory".into(), Extern::Memory(memory));
    Ok(fields)
}
