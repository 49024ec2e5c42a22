//! Errors of the AssemblyScript layer.

use std::fmt;

/// What `env.abort(message, fileName, lineNumber, columnNumber)` reported:
/// an AssemblyScript `throw`, a failed `assert`, or a runtime error such as
/// an out-of-range index (declared in `std/assembly/builtins.ts` as
/// `abort(message?: string | null, fileName?: string | null, lineNumber?: u32, columnNumber?: u32)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AbortInfo {
    /// The message, decoded from its UTF-16 string object; `None` when AS passed null.
    pub message: Option<String>,
    /// The source file name, `None` when AS passed null.
    pub file: Option<String>,
    /// 1-based source line (0 when unknown).
    pub line: u32,
    /// 1-based source column (0 when unknown).
    pub column: u32,
}

impl fmt::Display for AbortInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} in {}:{}:{}",
            self.message.as_deref().unwrap_or("abort"),
            self.file.as_deref().unwrap_or("<unknown>"),
            self.line,
            self.column
        )
    }
}

/// Every error of this crate. None of them leaves the instance in a state
/// the crate cannot describe: the memory is never read out of bounds.
#[derive(Debug)]
pub enum AsError {
    /// The engine failed (a trap that is not an abort, a wrong argument type, ...).
    Engine(wasmjit::Error),
    /// The module called `env.abort` (through the default abort import, see
    /// [`crate::imports::abort_func`]) during a call made by this crate or by the embedder.
    Abort(AbortInfo),
    /// The instance lacks an export this operation needs.
    MissingExport {
        /// The export's name, e.g. `__new`.
        name: String,
        /// How to get it, e.g. "compile with --exportRuntime".
        hint: &'static str,
    },
    /// The runtime type table at `__rtti_base` matches neither runtime generation.
    UnrecognizedRuntime(String),
    /// A null pointer where an object was required.
    Null {
        /// What was expected (e.g. "string").
        expected: &'static str,
    },
    /// A pointer, or an object's extent, lies (partly) outside the linear memory.
    OutOfBounds {
        /// The address.
        ptr: u32,
        /// The number of bytes needed there.
        len: u64,
        /// The memory's current size in bytes.
        memory_size: usize,
    },
    /// The pointer does not point at an object's payload (its header is inconsistent).
    NotAnObject {
        /// The address.
        ptr: u32,
        /// Which header check failed.
        reason: String,
    },
    /// The object's memory block is free: the object was collected (typically
    /// used after `unpin` and a collection).
    Freed {
        /// The address.
        ptr: u32,
    },
    /// The object has another runtime type than the operation needs.
    WrongType {
        /// The address.
        ptr: u32,
        /// What was expected.
        expected: String,
        /// The object's runtime type id (`rtId`).
        found_id: u32,
    },
    /// A runtime type id outside the type table.
    UnknownTypeId {
        /// The id.
        id: u32,
        /// Number of entries in the type table.
        count: u32,
    },
    /// The type id exists but is not of the kind the operation needs
    /// (e.g. `new_array` with the id of a plain class).
    NotAnArrayType {
        /// The id.
        id: u32,
        /// Its type info flags.
        flags: u32,
    },
    /// `unpin` of an object this crate has not pinned.
    NotPinned {
        /// The address.
        ptr: u32,
    },
    /// `pin` of an object that the module itself pinned (the runtime would abort).
    AlreadyPinned {
        /// The address.
        ptr: u32,
    },
    /// A value does not fit the array's element type.
    BadValue {
        /// Index in the input.
        index: usize,
        /// Why.
        message: String,
    },
    /// A shape the crate does not handle (for example `v128` elements).
    Unsupported(String),
}

impl fmt::Display for AsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsError::Engine(e) => write!(f, "{e}"),
            AsError::Abort(a) => write!(f, "AssemblyScript abort: {a}"),
            AsError::MissingExport { name, hint } => {
                write!(f, "the instance does not export `{name}` ({hint})")
            }
            AsError::UnrecognizedRuntime(m) => {
                write!(f, "unrecognized AssemblyScript runtime: {m}")
            }
            AsError::Null { expected } => write!(f, "null pointer where a {expected} was expected"),
            AsError::OutOfBounds {
                ptr,
                len,
                memory_size,
            } => write!(
                f,
                "pointer {ptr:#x} (+{len} bytes) is outside the memory of {memory_size} bytes"
            ),
            AsError::NotAnObject { ptr, reason } => {
                write!(f, "{ptr:#x} is not an AssemblyScript object: {reason}")
            }
            AsError::Freed { ptr } => write!(
                f,
                "the object at {ptr:#x} has been freed by the garbage collector (used after unpin?)"
            ),
            AsError::WrongType {
                ptr,
                expected,
                found_id,
            } => write!(
                f,
                "the object at {ptr:#x} has runtime type id {found_id}, expected {expected}"
            ),
            AsError::UnknownTypeId { id, count } => write!(
                f,
                "runtime type id {id} is not in the type table ({count} entries)"
            ),
            AsError::NotAnArrayType { id, flags } => write!(
                f,
                "runtime type id {id} (flags {flags:#x}) is not an ArrayBuffer, typed array, Array or StaticArray"
            ),
            AsError::NotPinned { ptr } => write!(f, "the object at {ptr:#x} is not pinned"),
            AsError::AlreadyPinned { ptr } => write!(
                f,
                "the object at {ptr:#x} is already pinned by the module itself"
            ),
            AsError::BadValue { index, message } => write!(f, "value {index}: {message}"),
            AsError::Unsupported(m) => write!(f, "unsupported: {m}"),
        }
    }
}

impl std::error::Error for AsError {}

impl From<wasmjit::Error> for AsError {
    /// Turns an engine error into an [`AsError`], taking an [`AbortInfo`]
    /// out of a host-error trap raised by the default abort import.
    fn from(e: wasmjit::Error) -> AsError {
        match e {
            wasmjit::Error::Trap(mut t) if t.host_error().is_some_and(|p| p.is::<AbortInfo>()) => {
                match t.take_host_error().map(|p| p.downcast::<AbortInfo>()) {
                    Some(Ok(info)) => AsError::Abort(*info),
                    _ => AsError::Engine(wasmjit::Error::Trap(t)),
                }
            }
            other => AsError::Engine(other),
        }
    }
}

/// Result alias of this crate.
pub type Result<T, E = AsError> = std::result::Result<T, E>;
