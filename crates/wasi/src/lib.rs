//! WASI preview1 (`wasi_snapshot_preview1`, and preview0 `wasi_unstable`)
//! for wasmjit, on `wasi-common`.
//!
//! `wasi-common` implements every preview1 function against a [`WasiCtx`]
//! (file-descriptor table, args, environ, clocks, random, scheduler); its
//! filesystem is reached only through preopened directories, which `cap-std`
//! sandboxes (no escape through `..`, absolute paths or symlinks). This
//! crate plugs those functions into wasmjit as host functions, the way
//! `wasmi_wasi` does for wasmi:
//!
//! - each call reads and writes the *calling* instance's memory 0 in place
//!   (a `wiggle::GuestMemory` over [`wasmjit::Memory::data_mut`]), so
//!   pointers and lengths are bounds-checked by wiggle against the memory's
//!   current size; an out-of-range one traps, as under wasmtime;
//! - a WASI error is the function's `errno` result; `proc_exit(n)` ends the
//!   call with [`wasmjit::Trap::exit`]`(n)`; anything else wasi-common
//!   reports as a trap becomes a [`TrapKind::HostError`] trap with its message.
//!
//! The function tables ([`preview1::FUNCTIONS`], [`preview0::FUNCTIONS`]
//! for the older `wasi_unstable`) follow the snapshots' witx files.

mod fast;
mod fixups;

use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock, TryLockError};

use wasi_common::snapshots::preview_0::wasi_unstable as p0;
use wasi_common::snapshots::preview_1::wasi_snapshot_preview1 as p1;
use wasmjit::{Caller, Extern, Func, FuncType, ImportType, Module, Store, Trap, TrapKind, Val};
use wasmjit::{ExternType, ValType};
use wiggle::GuestMemory;

pub use wasi_common::pipe::{ReadPipe, WritePipe};
pub use wasi_common::sync::WasiCtxBuilder;
pub use wasi_common::{WasiCtx, WasiFile};

/// One instance's WASI state, shared by its host functions: the
/// wasi-common context behind a mutex (each call locks it; a call that
/// finds it locked was re-entered from code that ran inside another, and
/// traps), and the embedder's [`Hooks`].
#[derive(Clone)]
pub struct Wasi(Arc<Shared>);

struct Shared {
    state: Mutex<fixups::State>,
    hooks: OnceLock<Box<dyn Hooks>>,
}

/// What an embedder runs at the two points of a WASI call where the store
/// is free (no WASI state locked, no guest memory borrowed), so that code
/// it calls there may reach the store (the Python extension lends it to
/// its stdio objects, which may read memory or call exports).
pub trait Hooks: Send + Sync {
    /// Before an `fd_read` of descriptor 0 while it is still the context's
    /// stdin (never closed or renumbered): `len` is the length of the first
    /// non-empty iovec, the most that wasi-common's read asks stdin for.
    ///
    /// # Errors
    /// A trap that ends the call before it reads.
    fn before_stdin_read(&self, caller: &mut Caller<'_>, len: usize) -> Result<(), Trap>;

    /// After every WASI call, whatever its outcome.
    ///
    /// # Errors
    /// A trap that ends the call (in place of its own outcome).
    fn after_call(&self, caller: &mut Caller<'_>) -> Result<(), Trap>;
}

impl Wasi {
    /// The WASI functions of a context (see [`builder`]), with `preopens`
    /// (`(host directory, guest path)` pairs) added to it as descriptors 3,
    /// 4, ... in order (after any the context already has).
    ///
    /// # Errors
    /// A message naming the host directory that cannot be opened, or the
    /// guest path that WASI cannot carry.
    pub fn new(ctx: WasiCtx, preopens: &[(std::path::PathBuf, String)]) -> Result<Wasi, String> {
        let opened = fast::Tracked::default();
        for (host, guest) in preopens {
            let dir = wasi_common::sync::dir::Dir::from_cap_std(open_dir(host)?);
            let dir = fast::TrackedDir::new(Box::new(dir), opened.clone());
            ctx.push_preopened_dir(Box::new(dir), guest)
                .map_err(|e| format!("preopen {guest:?}: {e}"))?;
        }
        Ok(Wasi(Arc::new(Shared {
            state: Mutex::new(fixups::State::new(ctx, opened)),
            hooks: OnceLock::new(),
        })))
    }

    /// Installs `hooks` for every call of this context's functions (made
    /// before or after). Returns `false`, changing nothing, when the
    /// context already has hooks.
    pub fn set_hooks(&self, hooks: Box<dyn Hooks>) -> bool {
        self.0.hooks.set(hooks).is_ok()
    }
}

/// The import module name of WASI preview1.
pub const MODULE: &str = "wasi_snapshot_preview1";
/// The import module name of WASI preview0, which older toolchains use.
pub const MODULE_PREVIEW0: &str = "wasi_unstable";

/// Whether `module` is the import module name of a WASI snapshot this
/// crate provides.
pub fn is_wasi_module(module: &str) -> bool {
    module == MODULE || module == MODULE_PREVIEW0
}

/// The host function `module.name` over `wasi` (`module` one of
/// [`MODULE`], [`MODULE_PREVIEW0`]), or `None` when there is no such WASI
/// function.
pub fn func(store: &mut Store, wasi: &Wasi, module: &str, name: &str) -> Option<Func> {
    match module {
        MODULE => preview1::func(store, wasi, name),
        MODULE_PREVIEW0 => preview0::func(store, wasi, name),
        _ => None,
    }
}

/// Builds a context: `args` (argv, the program name first) and `env`
/// (`(name, value)` pairs). Stdio is empty input and discarded output; set
/// it on the builder before [`WasiCtxBuilder::build`]; preopened
/// directories are given to [`Wasi::new`] (which lets the files opened in
/// them take the fast `fd_write` path).
///
/// # Errors
/// A message naming the argument or variable that WASI cannot carry (a NUL
/// byte inside).
pub fn builder(args: &[String], env: &[(String, String)]) -> Result<WasiCtxBuilder, String> {
    let mut b = WasiCtxBuilder::new();
    b.args(args).map_err(|e| format!("argv: {e}"))?;
    b.envs(env).map_err(|e| format!("env: {e}"))?;
    Ok(b)
}

/// Opens the host directory `path` as a cap-std capability (the only
/// ambient-authority access this crate makes).
fn open_dir(path: &Path) -> Result<wasi_common::sync::Dir, String> {
    wasi_common::sync::Dir::open_ambient_dir(path, wasi_common::sync::ambient_authority())
        .map_err(|e| format!("cannot open preopened directory {}: {e}", path.display()))
}

/// A WASI argument: `i32` or `i64` from a wasm value.
trait Arg: Sized {
    fn from_val(v: &Val) -> Self;
}
impl Arg for i32 {
    fn from_val(v: &Val) -> i32 {
        match *v {
            Val::I32(x) => x,
            _ => 0,
        }
    }
}
impl Arg for i64 {
    fn from_val(v: &Val) -> i64 {
        match *v {
            Val::I64(x) => x,
            _ => 0,
        }
    }
}

fn val_type(name: &str) -> ValType {
    if name == "i64" {
        ValType::I64
    } else {
        ValType::I32
    }
}

/// Runs `f` on the locked state.
fn with_state<R>(wasi: &Wasi, f: impl FnOnce(&mut fixups::State) -> R) -> Result<R, Trap> {
    let mut guard = match wasi.0.state.try_lock() {
        Ok(g) => g,
        Err(TryLockError::Poisoned(p)) => p.into_inner(),
        Err(TryLockError::WouldBlock) => {
            return Err(Trap::with_message(
                TrapKind::HostError,
                "WASI: a WASI call was re-entered from inside another WASI call of the same \
                 instance (e.g. by a Python stdin object read from within the call)",
            ))
        }
    };
    Ok(f(&mut guard))
}

/// Runs a wasi-common future to completion. With the `sync` backend every
/// preview1 future is ready at its first poll; the future stays on the
/// stack (no allocation per call, unlike `wiggle::run_in_dummy_executor`).
fn block_on<F: std::future::Future<Output = wiggle::anyhow::Result<R>>, R>(
    f: F,
) -> wiggle::anyhow::Result<R> {
    let mut f = std::pin::pin!(f);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match f.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(r) => r,
        std::task::Poll::Pending => Err(wiggle::anyhow::anyhow!(
            "a WASI call would block in an async executor"
        )),
    }
}

/// The error of a stdio object that the embedder provides (for example the
/// exception a Python `write` raised), as an `io::Error` its `Read` or
/// `Write` returns: the WASI call then ends with a host-error trap whose
/// payload ([`Trap::take_host_error`]) is `payload`, instead of an errno
/// the guest might ignore.
pub fn host_io_error(payload: Box<dyn std::any::Any + Send + Sync>) -> std::io::Error {
    std::io::Error::other(HostIoError(payload))
}

/// See [`host_io_error`].
struct HostIoError(Box<dyn std::any::Any + Send + Sync>);

impl std::fmt::Debug for HostIoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HostIoError")
    }
}

impl std::fmt::Display for HostIoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the host's stdio object failed")
    }
}

impl std::error::Error for HostIoError {}

/// A wasi-common error that is not an errno: `proc_exit`'s status, a
/// stdio object's error ([`host_io_error`]), or a trap.
fn to_trap(e: wiggle::anyhow::Error) -> Trap {
    if let Some(exit) = e.downcast_ref::<wasi_common::I32Exit>() {
        return Trap::exit(exit.0);
    }
    let message = format!("WASI: {e:#}");
    // wasi-common turns an `io::Error` of kind `Other` into a trap that
    // still holds it.
    if let Ok(io) = e.downcast::<std::io::Error>() {
        if let Some(Ok(host)) = io.into_inner().map(|b| b.downcast::<HostIoError>()) {
            return Trap::host(host.0);
        }
    }
    Trap::with_message(TrapKind::HostError, message)
}

/// Runs one wasi-common function on the caller's memory 0 (an empty memory
/// when the instance has none: only functions that touch no memory can then
/// succeed, the others trap).
fn with_memory<R>(caller: &mut Caller<'_>, f: impl FnOnce(&mut GuestMemory<'_>) -> R) -> R {
    let memory = caller.memory();
    let data: &mut [u8] = match memory {
        Some(m) => m.data_mut(caller),
        None => &mut [],
    };
    let mut gm = GuestMemory::Unshared(data);
    f(&mut gm)
}

/// The length of the first non-empty iovec of `(iovs, n)` in `data`, if
/// the array up to it is in bounds (at most 1024 iovecs are looked at).
fn first_iovec_len(data: &[u8], iovs: i32, n: i32) -> Option<usize> {
    let u32_at = |at: usize| -> Option<u32> {
        let b = data.get(at..at.checked_add(4)?)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    (0..(n as u32).min(1024) as usize)
        .map(|i| u32_at(iovs as u32 as usize + 8 * i + 4))
        .find(|len| *len != Some(0))?
        .map(|len| len as usize)
}

/// [`Hooks::before_stdin_read`] for an `fd_read(fd, iovs, n, ...)` call.
fn before_read(
    wasi: &Wasi,
    hooks: &dyn Hooks,
    caller: &mut Caller<'_>,
    args: &[Val],
) -> Result<(), Trap> {
    let (fd, iovs, n) = (
        i32::from_val(&args[0]),
        i32::from_val(&args[1]),
        i32::from_val(&args[2]),
    );
    if fd != 0 || with_state(wasi, |st| st.stdin_moved())? {
        return Ok(());
    }
    let len = match caller.memory() {
        Some(m) => first_iovec_len(m.data(caller), iovs, n),
        None => None,
    };
    match len {
        Some(len) => hooks.before_stdin_read(caller, len),
        None => Ok(()),
    }
}

/// The implementation of one function: wasi-common's (`snapshot::$name`),
/// or a fix-up of it.
macro_rules! implementation {
    ($name:ident) => {
        snapshot::$name
    };
    ($name:ident $fix:ident) => {
        fixups::$fix
    };
}

/// What an implementation takes as its context.
macro_rules! context {
    ($st:ident) => {
        &mut $st.ctx
    };
    ($st:ident $fix:ident) => {
        $st
    };
}

/// One snapshot's functions: `FUNCTIONS` (name, wasm parameter and result
/// types as `"i32"`/`"i64"`) and `func`, which makes the host function of
/// a name. `snapshot` is wasi-common's generated module of the snapshot;
/// wrong signatures here do not compile against it.
macro_rules! snapshot {
    ($doc:literal, $modname:ident, $snapshot:path,
     $( $name:ident ( $($arg:ident : $ty:ident),* ) $(-> $ret:ident)? $(= $fix:ident)? ; )*) => {
    #[doc = $doc]
    pub mod $modname {
        use super::*;
        use $snapshot as snapshot;

        /// Every function: its name and its wasm parameter and result
        /// types (`"i32"`/`"i64"`).
        pub const FUNCTIONS: &[(&str, &[&str], &[&str])] = &[
            $( (stringify!($name), &[$(stringify!($ty)),*], &[$(stringify!($ret))?]), )*
        ];

        /// The host function `name` over `wasi`, or `None` when the
        /// snapshot has no function of that name.
        // The generated closures read their arguments in order; a
        // function without arguments (`sched_yield`) leaves them unused.
        #[allow(unused_mut, unused_variables, unused_assignments)]
        pub fn func(store: &mut Store, wasi: &Wasi, name: &str) -> Option<Func> {
            match name {
                $(stringify!($name) => {
                    let wasi = wasi.clone();
                    let ty = FuncType::new(
                        [$(val_type(stringify!($ty))),*],
                        [$(val_type(stringify!($ret)))?],
                    );
                    let reads = stringify!($name) == "fd_read";
                    Some(Func::new(store, ty, move |caller, args, _results| {
                        let hooks = wasi.0.hooks.get().map(|h| &**h);
                        if let (true, Some(h)) = (reads, hooks) {
                            before_read(&wasi, h, caller, args)?;
                        }
                        let mut i = 0usize;
                        $(let $arg = <$ty as Arg>::from_val(&args[i]); i += 1;)*
                        let _ = i;
                        // May block (a read, a sleep): without the
                        // embedder's lock (`wasmjit::blocking`).
                        let r = with_state(&wasi, |st| with_memory(caller, |mem| {
                            wasmjit::blocking(|| block_on(implementation!($name $($fix)?)(
                                context!(st $($fix)?), mem, $($arg),*)))
                        }));
                        if let Some(h) = hooks {
                            h.after_call(caller)?;
                        }
                        let r = r?.map_err(to_trap)?;
                        $( let _: $ret = r; _results[0] = Val::I32(r); )?
                        let _ = r;
                        Ok(())
                    }))
                })*
                _ => None,
            }
        }
    }
    };
}

snapshot! {
    "`wasi_snapshot_preview1` (`WASI/legacy/preview1/witx/wasi_snapshot_preview1.witx`).",
    preview1, p1,
    args_get(argv: i32, argv_buf: i32) -> i32;
    args_sizes_get(argc: i32, argv_buf_size: i32) -> i32;
    environ_get(environ: i32, environ_buf: i32) -> i32;
    environ_sizes_get(count: i32, buf_size: i32) -> i32;
    clock_res_get(id: i32, resolution: i32) -> i32;
    clock_time_get(id: i32, precision: i64, time: i32) -> i32;
    fd_advise(fd: i32, offset: i64, len: i64, advice: i32) -> i32;
    fd_allocate(fd: i32, offset: i64, len: i64) -> i32;
    fd_close(fd: i32) -> i32 = fd_close;
    fd_datasync(fd: i32) -> i32;
    fd_fdstat_get(fd: i32, stat: i32) -> i32 = fd_fdstat_get;
    fd_fdstat_set_flags(fd: i32, flags: i32) -> i32;
    fd_fdstat_set_rights(fd: i32, base: i64, inheriting: i64) -> i32 = fd_fdstat_set_rights;
    fd_filestat_get(fd: i32, stat: i32) -> i32;
    fd_filestat_set_size(fd: i32, size: i64) -> i32;
    fd_filestat_set_times(fd: i32, atim: i64, mtim: i64, flags: i32) -> i32;
    fd_pread(fd: i32, iovs: i32, iovs_len: i32, offset: i64, nread: i32) -> i32 = fd_pread;
    fd_prestat_get(fd: i32, prestat: i32) -> i32;
    fd_prestat_dir_name(fd: i32, path: i32, path_len: i32) -> i32;
    fd_pwrite(fd: i32, iovs: i32, iovs_len: i32, offset: i64, nwritten: i32) -> i32 = fd_pwrite;
    fd_read(fd: i32, iovs: i32, iovs_len: i32, nread: i32) -> i32 = fd_read;
    fd_readdir(fd: i32, buf: i32, buf_len: i32, cookie: i64, bufused: i32) -> i32;
    fd_renumber(fd: i32, to: i32) -> i32 = fd_renumber;
    fd_seek(fd: i32, offset: i64, whence: i32, newoffset: i32) -> i32;
    fd_sync(fd: i32) -> i32;
    fd_tell(fd: i32, offset: i32) -> i32;
    fd_write(fd: i32, iovs: i32, iovs_len: i32, nwritten: i32) -> i32 = fd_write;
    path_create_directory(fd: i32, path: i32, path_len: i32) -> i32;
    path_filestat_get(fd: i32, flags: i32, path: i32, path_len: i32, stat: i32) -> i32;
    path_filestat_set_times(fd: i32, flags: i32, path: i32, path_len: i32, atim: i64, mtim: i64, fst_flags: i32) -> i32;
    path_link(old_fd: i32, old_flags: i32, old_path: i32, old_path_len: i32, new_fd: i32, new_path: i32, new_path_len: i32) -> i32;
    path_open(fd: i32, dirflags: i32, path: i32, path_len: i32, oflags: i32, base: i64, inheriting: i64, fdflags: i32, opened: i32) -> i32 = path_open;
    path_readlink(fd: i32, path: i32, path_len: i32, buf: i32, buf_len: i32, bufused: i32) -> i32;
    path_remove_directory(fd: i32, path: i32, path_len: i32) -> i32;
    path_rename(fd: i32, old_path: i32, old_path_len: i32, new_fd: i32, new_path: i32, new_path_len: i32) -> i32;
    path_symlink(old_path: i32, old_path_len: i32, fd: i32, new_path: i32, new_path_len: i32) -> i32;
    path_unlink_file(fd: i32, path: i32, path_len: i32) -> i32;
    poll_oneoff(subs: i32, events: i32, nsubs: i32, nevents: i32) -> i32;
    proc_exit(status: i32);
    proc_raise(sig: i32) -> i32;
    sched_yield() -> i32;
    random_get(buf: i32, buf_len: i32) -> i32;
    sock_accept(fd: i32, flags: i32, opened: i32) -> i32 = sock_accept;
    sock_recv(fd: i32, iovs: i32, iovs_len: i32, flags: i32, datalen: i32, roflags: i32) -> i32 = sock_recv;
    sock_send(fd: i32, iovs: i32, iovs_len: i32, flags: i32, datalen: i32) -> i32 = sock_send;
    sock_shutdown(fd: i32, how: i32) -> i32 = sock_shutdown;
}

snapshot! {
    "`wasi_unstable` (preview0, `WASI/legacy/preview0/witx/wasi_unstable.witx`): the\n\
     same functions without `sock_accept`, on wasi-common's preview0 bindings\n\
     (fix-ups only where the fast `fd_write` path must hear of a closed or\n\
     renumbered descriptor).",
    preview0, p0,
    args_get(argv: i32, argv_buf: i32) -> i32;
    args_sizes_get(argc: i32, argv_buf_size: i32) -> i32;
    environ_get(environ: i32, environ_buf: i32) -> i32;
    environ_sizes_get(count: i32, buf_size: i32) -> i32;
    clock_res_get(id: i32, resolution: i32) -> i32;
    clock_time_get(id: i32, precision: i64, time: i32) -> i32;
    fd_advise(fd: i32, offset: i64, len: i64, advice: i32) -> i32;
    fd_allocate(fd: i32, offset: i64, len: i64) -> i32;
    fd_close(fd: i32) -> i32 = p0_fd_close;
    fd_datasync(fd: i32) -> i32;
    fd_fdstat_get(fd: i32, stat: i32) -> i32;
    fd_fdstat_set_flags(fd: i32, flags: i32) -> i32;
    fd_fdstat_set_rights(fd: i32, base: i64, inheriting: i64) -> i32;
    fd_filestat_get(fd: i32, stat: i32) -> i32;
    fd_filestat_set_size(fd: i32, size: i64) -> i32;
    fd_filestat_set_times(fd: i32, atim: i64, mtim: i64, flags: i32) -> i32;
    fd_pread(fd: i32, iovs: i32, iovs_len: i32, offset: i64, nread: i32) -> i32;
    fd_prestat_get(fd: i32, prestat: i32) -> i32;
    fd_prestat_dir_name(fd: i32, path: i32, path_len: i32) -> i32;
    fd_pwrite(fd: i32, iovs: i32, iovs_len: i32, offset: i64, nwritten: i32) -> i32;
    fd_read(fd: i32, iovs: i32, iovs_len: i32, nread: i32) -> i32;
    fd_readdir(fd: i32, buf: i32, buf_len: i32, cookie: i64, bufused: i32) -> i32;
    fd_renumber(fd: i32, to: i32) -> i32 = p0_fd_renumber;
    fd_seek(fd: i32, offset: i64, whence: i32, newoffset: i32) -> i32;
    fd_sync(fd: i32) -> i32;
    fd_tell(fd: i32, offset: i32) -> i32;
    fd_write(fd: i32, iovs: i32, iovs_len: i32, nwritten: i32) -> i32;
    path_create_directory(fd: i32, path: i32, path_len: i32) -> i32;
    path_filestat_get(fd: i32, flags: i32, path: i32, path_len: i32, stat: i32) -> i32;
    path_filestat_set_times(fd: i32, flags: i32, path: i32, path_len: i32, atim: i64, mtim: i64, fst_flags: i32) -> i32;
    path_link(old_fd: i32, old_flags: i32, old_path: i32, old_path_len: i32, new_fd: i32, new_path: i32, new_path_len: i32) -> i32;
    path_open(fd: i32, dirflags: i32, path: i32, path_len: i32, oflags: i32, base: i64, inheriting: i64, fdflags: i32, opened: i32) -> i32;
    path_readlink(fd: i32, path: i32, path_len: i32, buf: i32, buf_len: i32, bufused: i32) -> i32;
    path_remove_directory(fd: i32, path: i32, path_len: i32) -> i32;
    path_rename(fd: i32, old_path: i32, old_path_len: i32, new_fd: i32, new_path: i32, new_path_len: i32) -> i32;
    path_symlink(old_path: i32, old_path_len: i32, fd: i32, new_path: i32, new_path_len: i32) -> i32;
    path_unlink_file(fd: i32, path: i32, path_len: i32) -> i32;
    poll_oneoff(subs: i32, events: i32, nsubs: i32, nevents: i32) -> i32;
    proc_exit(status: i32);
    proc_raise(sig: i32) -> i32;
    sched_yield() -> i32;
    random_get(buf: i32, buf_len: i32) -> i32;
    sock_recv(fd: i32, iovs: i32, iovs_len: i32, flags: i32, datalen: i32, roflags: i32) -> i32;
    sock_send(fd: i32, iovs: i32, iovs_len: i32, flags: i32, datalen: i32) -> i32;
    sock_shutdown(fd: i32, how: i32) -> i32;
}

/// The WASI function for the import `imp`.
///
/// # Errors
/// A link-error message when `imp` names a WASI function with another type
/// than WASI's, or no WASI function at all.
pub fn import(store: &mut Store, wasi: &Wasi, imp: &ImportType) -> Result<Extern, String> {
    let missing = || {
        format!(
            "{}.{}: WASI has no function of this name",
            imp.module, imp.name
        )
    };
    let f = func(store, wasi, &imp.module, &imp.name).ok_or_else(missing)?;
    match &imp.ty {
        ExternType::Func(want) if want == f.ty(store) => Ok(Extern::Func(f)),
        other => Err(format!(
            "{}.{}: declared as {other}, but WASI defines {}",
            imp.module,
            imp.name,
            f.ty(store)
        )),
    }
}

/// Imports for `module` in its import order: the WASI function for each
/// `wasi_snapshot_preview1` or `wasi_unstable` import, `other(import)` for
/// the rest.
///
/// # Errors
/// The link-error message of [`import`], or `other`'s.
pub fn imports(
    store: &mut Store,
    wasi: &Wasi,
    module: &Module,
    mut other: impl FnMut(&mut Store, &ImportType) -> Result<Extern, String>,
) -> Result<Vec<Extern>, String> {
    module
        .imports()
        .iter()
        .map(|imp| {
            if is_wasi_module(&imp.module) {
                import(store, wasi, imp)
            } else {
                other(store, imp)
            }
        })
        .collect()
}
