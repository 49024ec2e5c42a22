//! Errors and traps.

use std::any::Any;
use std::fmt;

/// The kind of a trap: why execution of WebAssembly code was aborted.
///
/// The messages are the spec testsuite's `assert_trap` texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TrapKind {
    /// The `unreachable` instruction was executed.
    Unreachable = 1,
    /// A load or store outside the bounds of linear memory.
    MemoryOutOfBounds = 2,
    /// A `call_indirect` index outside the table's bounds ("undefined element").
    TableOutOfBounds = 3,
    /// `call_indirect` reached a null table element.
    IndirectCallToNull = 4,
    /// `call_indirect` reached a function of another type.
    BadSignature = 5,
    /// Signed integer division overflow (`MIN / -1`).
    IntegerOverflow = 6,
    /// Integer division or remainder by zero.
    IntegerDivisionByZero = 7,
    /// A float-to-integer conversion of NaN or an out-of-range value.
    BadConversionToInteger = 8,
    /// The wasm stack limit was reached (deep or infinite recursion).
    StackOverflow = 9,
    /// Execution was interrupted by the host.
    Interrupt = 10,
    /// A host function returned an error; it is carried in [`Trap::host_error`].
    HostError = 11,
    /// A table access out of bounds ("out of bounds table access"):
    /// `table.get/set/fill/copy/init`, or an active element segment at
    /// instantiation. (Bulk memory operations trap with
    /// [`TrapKind::MemoryOutOfBounds`].)
    BulkOutOfBounds = 12,
    /// A reference was null where the instruction required a non-null one.
    NullReference = 13,
}

impl TrapKind {
    /// The spec testsuite's message for this trap kind.
    pub fn message(self) -> &'static str {
        match self {
            TrapKind::Unreachable => "unreachable",
            TrapKind::MemoryOutOfBounds => "out of bounds memory access",
            TrapKind::TableOutOfBounds => "undefined element",
            TrapKind::IndirectCallToNull => "uninitialized element",
            TrapKind::BadSignature => "indirect call type mismatch",
            TrapKind::IntegerOverflow => "integer overflow",
            TrapKind::IntegerDivisionByZero => "integer divide by zero",
            TrapKind::BadConversionToInteger => "invalid conversion to integer",
            TrapKind::StackOverflow => "call stack exhausted",
            TrapKind::Interrupt => "interrupted",
            TrapKind::HostError => "host function error",
            TrapKind::BulkOutOfBounds => "out of bounds table access",
            TrapKind::NullReference => "null reference",
        }
    }

    /// Every trap kind, in code order.
    pub const ALL: [TrapKind; 13] = [
        TrapKind::Unreachable,
        TrapKind::MemoryOutOfBounds,
        TrapKind::TableOutOfBounds,
        TrapKind::IndirectCallToNull,
        TrapKind::BadSignature,
        TrapKind::IntegerOverflow,
        TrapKind::IntegerDivisionByZero,
        TrapKind::BadConversionToInteger,
        TrapKind::StackOverflow,
        TrapKind::Interrupt,
        TrapKind::HostError,
        TrapKind::BulkOutOfBounds,
        TrapKind::NullReference,
    ];

    /// The trap kind for a raw code written by generated code, if valid.
    pub(crate) fn from_code(code: u32) -> Option<TrapKind> {
        Self::ALL.into_iter().find(|k| *k as u32 == code)
    }
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// A trap: WebAssembly execution stopped with an error (spec §4.4.1 "trap").
pub struct Trap {
    kind: TrapKind,
    host: Option<Box<dyn Any + Send + Sync>>,
    message: Option<String>,
    frames: Vec<FrameInfo>,
    exit: Option<i32>,
}

impl Trap {
    /// A trap of the given kind.
    pub fn new(kind: TrapKind) -> Trap {
        Trap {
            kind,
            host: None,
            message: None,
            frames: Vec::new(),
            exit: None,
        }
    }

    /// A trap carrying an error raised by a host function. The payload comes
    /// back unchanged from the outermost [`crate::Func::call`].
    pub fn host(payload: Box<dyn Any + Send + Sync>) -> Trap {
        Trap {
            kind: TrapKind::HostError,
            host: Some(payload),
            message: None,
            frames: Vec::new(),
            exit: None,
        }
    }

    /// Not an error: a host function ends the whole call with an exit
    /// status (WASI `proc_exit(status)`). It unwinds like a trap, of kind
    /// [`TrapKind::HostError`], and the outermost [`crate::Func::call`]
    /// returns it; embedders tell it apart with [`Trap::exit_status`].
    pub fn exit(status: i32) -> Trap {
        Trap {
            kind: TrapKind::HostError,
            host: None,
            message: Some(format!("exit with status {status}")),
            frames: Vec::new(),
            exit: Some(status),
        }
    }

    /// The status of a [`Trap::exit`]; `None` for real traps.
    pub fn exit_status(&self) -> Option<i32> {
        self.exit
    }

    /// A trap of the given kind with an extra message (for example a host-side description).
    pub fn with_message(kind: TrapKind, message: impl Into<String>) -> Trap {
        Trap {
            kind,
            host: None,
            message: Some(message.into()),
            frames: Vec::new(),
            exit: None,
        }
    }

    /// The wasm frames live when the trap happened, innermost first. When a
    /// trap passes through nested entries (a host function that called wasm),
    /// the frames of the outermost entry are kept.
    pub fn frames(&self) -> &[FrameInfo] {
        &self.frames
    }

    pub(crate) fn with_frames(mut self, frames: Vec<FrameInfo>) -> Trap {
        if self.frames.is_empty() {
            self.frames = frames;
        } else {
            self.frames.extend(frames);
        }
        self
    }

    /// Why execution stopped.
    pub fn kind(&self) -> TrapKind {
        self.kind
    }

    /// The host function's error, for [`TrapKind::HostError`].
    pub fn host_error(&self) -> Option<&(dyn Any + Send + Sync)> {
        self.host.as_deref()
    }

    /// Takes the host function's error out of the trap.
    pub fn take_host_error(&mut self) -> Option<Box<dyn Any + Send + Sync>> {
        self.host.take()
    }
}

impl fmt::Debug for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Trap")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .field("exit", &self.exit)
            .finish()
    }
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            Some(m) => write!(f, "{}: {m}", self.kind),
            None => write!(f, "{}", self.kind),
        }
    }
}

/// Every error the engine reports.
#[derive(Debug)]
pub enum Error {
    /// The module's bytes are malformed or invalid (wasmparser's message and
    /// the byte offset where it was found).
    Invalid {
        /// What is wrong.
        message: String,
        /// Byte offset in the module binary.
        offset: usize,
    },
    /// The module is valid but uses something this engine does not compile yet.
    Unsupported {
        /// The instruction or construct (for example `v128.load`).
        what: String,
        /// Byte offset in the module binary.
        offset: usize,
    },
    /// An import is missing or does not match its declaration (spec §4.5.4
    /// instantiation, step 4: `assert_unlinkable`).
    Link(String),
    /// Instantiation failed after linking: a segment out of bounds or a trap in
    /// the start function (`assert_uninstantiable`).
    Instantiation(String),
    /// Execution trapped.
    Trap(Trap),
    /// A host-side resource could not be allocated (memory reservation, code pages).
    Resource(String),
    /// Misuse of the API (wrong argument count or types, a handle of another store).
    Usage(String),
    /// Bytes given to [`crate::Module::deserialize`] are not a module this
    /// engine serialized: truncated, corrupt (checksum), of another format
    /// version or engine build, or for CPU features this machine lacks.
    Deserialize(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid { message, offset } => {
                write!(f, "invalid module: {message} (at offset {offset:#x})")
            }
            Error::Unsupported { what, offset } => {
                write!(f, "unsupported: {what} (at offset {offset:#x})")
            }
            Error::Link(m) => write!(f, "link error: {m}"),
            Error::Deserialize(m) => write!(f, "cannot load serialized module: {m}"),
            Error::Instantiation(m) => write!(f, "instantiation failed: {m}"),
            Error::Trap(t) => write!(f, "trap: {t}"),
            Error::Resource(m) => write!(f, "resource error: {m}"),
            Error::Usage(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<Trap> for Error {
    fn from(t: Trap) -> Error {
        Error::Trap(t)
    }
}

impl From<wasmparser::BinaryReaderError> for Error {
    fn from(e: wasmparser::BinaryReaderError) -> Error {
        Error::Invalid {
            message: e.message().to_string(),
            offset: e.offset() as usize,
        }
    }
}

/// Result alias for the engine's fallible operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A frame of a wasm backtrace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    /// Function index in its module (imports counted).
    pub func_index: u32,
    /// The function's name from the name section, if present.
    pub func_name: Option<String>,
}

impl std::fmt::Display for FrameInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.func_name {
            Some(n) => write!(f, "{n} (func {})", self.func_index),
            None => write!(f, "func {}", self.func_index),
        }
    }
}
