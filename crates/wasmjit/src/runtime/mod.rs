//! What generated code runs against: context layout, memories, code pages,
//! the entry/exit stubs and the fault handler, and the interface through
//! which it calls back into its store (`vmstore.rs`).

/// Defines functions with the calling convention generated code and the
/// stubs use to call into the runtime: System V (`extern "sysv64"`) on
/// x86-64, on every OS (so the code is the same on Linux and Windows);
/// cdecl (`extern "C"`) on 32-bit x86, which has no other convention in
/// common between Linux and Windows.
macro_rules! builtin_fn {
    ($($(#[$m:meta])* $vis:vis unsafe fn $name:ident($($p:ident: $t:ty),* $(,)?) $(-> $ret:ty)? $body:block)*) => {
        $(
            $(#[$m])*
            #[cfg(target_arch = "x86_64")]
            $vis unsafe extern "sysv64" fn $name($($p: $t),*) $(-> $ret)? $body
            $(#[$m])*
            #[cfg(target_arch = "x86")]
            $vis unsafe extern "C" fn $name($($p: $t),*) $(-> $ret)? $body
        )*
    };
}

/// A function-pointer type with [`builtin_fn!`]'s calling convention.
macro_rules! builtin_fn_type {
    ($(#[$m:meta])* $vis:vis type $name:ident = fn($($p:ident: $t:ty),* $(,)?) -> $ret:ty;) => {
        $(#[$m])*
        #[cfg(target_arch = "x86_64")]
        $vis type $name = unsafe extern "sysv64" fn($($p: $t),*) -> $ret;
        $(#[$m])*
        #[cfg(target_arch = "x86")]
        $vis type $name = unsafe extern "C" fn($($p: $t),*) -> $ret;
    };
}

pub mod builtins;
pub mod code;
pub mod helpers;
pub mod memory;
pub mod perf_map;
pub mod registry;
pub mod signals;
pub mod stubs;
#[cfg(target_arch = "x86")]
mod stubs_ia32;
pub mod sys;
pub mod vm;
pub mod vmstore;
pub mod wide;
