//! Where wasi-common 36's preview1 answers differ from what programs (and
//! the wasi-testsuite, and wasmtime's own preview1) expect, the call goes
//! through one of these functions instead: each adjusts the request or the
//! answer and otherwise delegates to wasi-common. Nothing here touches the
//! filesystem itself (paths are still resolved by wasi-common in cap-std).
//!
//! - `path_open` with `O_TRUNC` and `FDFLAGS_APPEND`: Rust's `OpenOptions`
//!   refuses `truncate` with `append` (`EINVAL`), which wasi-common passes
//!   on; POSIX allows it. Opened without `APPEND`, then `APPEND` is set with
//!   `fd_fdstat_set_flags`.
//! - `fd_fdstat_get` of a regular file: wasi-common reports only
//!   `fd_read`/`fd_write` as rights; the file operations it supports
//!   (seek, tell, sync, advise, filestat...) are reported too.
//! - `fd_fdstat_set_rights`: wasi-common accepts and ignores it. Rights can
//!   only shrink (preview1 `fd_fdstat_set_rights`), so the reduced rights
//!   are kept per descriptor here: `fd_fdstat_get` reports them and
//!   `fd_read`/`fd_write` (and their positional forms) without the right
//!   return `errno::notcapable`.
//! - `fd_write` to a file opened by `path_open` takes the fast path of
//!   `fast.rs`; `path_open`, `fd_close` and `fd_renumber` (of both
//!   snapshots) keep its table of such files in step with wasi-common's.
//! - `sock_*` on a descriptor that is open but not a socket: `notsock`
//!   (wasi-common says `badf`).

use std::collections::HashMap;

use crate::fast;
use wasi_common::snapshots::preview_0::wasi_unstable as p0;
use wasi_common::snapshots::preview_1::types::Errno;
use wasi_common::snapshots::preview_1::wasi_snapshot_preview1 as p1;
use wasi_common::WasiCtx;
use wiggle::anyhow::Result;
use wiggle::GuestMemory;

/// What one instance's WASI calls share: the wasi-common context (the only
/// handle to it, so `fd_fdstat_set_flags` can reach its table mutably) and
/// the rights reduced by `fd_fdstat_set_rights`, and the files of the fast
/// `fd_write` path.
pub struct State {
    pub(crate) ctx: WasiCtx,
    /// `fd -> (base, inheriting)` masks of the rights still held.
    rights: HashMap<u32, (u64, u64)>,
    /// The files the guest opened with `path_open`, by descriptor.
    files: fast::Files,
    /// Where the context's directories leave the file they open.
    opened: fast::Tracked,
    /// Whether descriptor 0 was closed or renumbered (is no longer, or no
    /// longer only, the context's stdin).
    stdin_moved: bool,
}

impl State {
    pub(crate) fn new(ctx: WasiCtx, opened: fast::Tracked) -> State {
        State {
            ctx,
            rights: HashMap::new(),
            files: fast::Files::default(),
            opened,
            stdin_moved: false,
        }
    }

    /// Whether descriptor 0 may be other than the context's stdin.
    pub(crate) fn stdin_moved(&self) -> bool {
        self.stdin_moved
    }

    /// After `fd_close(fd)` succeeded.
    fn closed(&mut self, fd: i32) {
        self.stdin_moved |= fd == 0;
        self.rights.remove(&(fd as u32));
        self.files.remove(fd as u32);
    }

    /// After `fd_renumber(fd, to)` succeeded: `to` is what `fd` was.
    fn renumbered(&mut self, fd: i32, to: i32) {
        self.stdin_moved |= fd == 0 || to == 0;
        match self.rights.remove(&(fd as u32)) {
            Some(m) => self.rights.insert(to as u32, m),
            None => self.rights.remove(&(to as u32)),
        };
        let f = self.files.remove(fd as u32);
        self.files.set(to as u32, f);
    }

    fn mask(&self, fd: i32) -> (u64, u64) {
        self.rights
            .get(&(fd as u32))
            .copied()
            .unwrap_or((u64::MAX, u64::MAX))
    }
}

const O_TRUNC: i32 = 8;
const FDFLAGS_APPEND: i32 = 1;
const RIGHTS_FD_READ: u64 = 1 << 1;
const RIGHTS_FD_WRITE: u64 = 1 << 6;
/// Rights of every regular file besides reading and writing (preview1
/// `rights`): fd_datasync, fd_seek, fd_fdstat_set_flags, fd_sync, fd_tell,
/// fd_advise, fd_allocate, fd_filestat_get, fd_filestat_set_size,
/// fd_filestat_set_times, poll_fd_readwrite.
const FILE_RIGHTS: u64 =
    1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 5 | 1 << 7 | 1 << 8 | 1 << 21 | 1 << 22 | 1 << 23 | 1 << 27;

fn errno(e: Errno) -> Result<i32> {
    Ok(e as i32)
}

#[allow(clippy::too_many_arguments)]
pub async fn path_open(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    dirflags: i32,
    path: i32,
    path_len: i32,
    oflags: i32,
    base: i64,
    inheriting: i64,
    fdflags: i32,
    opened: i32,
) -> Result<i32> {
    let split = oflags & O_TRUNC != 0 && fdflags & FDFLAGS_APPEND != 0;
    st.opened.take();
    let first = if split {
        fdflags & !FDFLAGS_APPEND
    } else {
        fdflags
    };
    let r = p1::path_open(
        &mut st.ctx,
        mem,
        fd,
        dirflags,
        path,
        path_len,
        oflags,
        base,
        inheriting,
        first,
        opened,
    )
    .await?;
    if r != 0 {
        return Ok(r);
    }
    let new_fd = mem.read(wiggle::GuestPtr::<u32>::new(opened as u32))?;
    st.rights.remove(&new_fd);
    st.files.set(new_fd, st.opened.take());
    if !split {
        return Ok(0);
    }
    p1::fd_fdstat_set_flags(&mut st.ctx, mem, new_fd as i32, fdflags).await
}

pub async fn fd_fdstat_set_rights(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    base: i64,
    inheriting: i64,
) -> Result<i32> {
    let r = p1::fd_fdstat_set_rights(&mut st.ctx, mem, fd, base, inheriting).await?;
    if r != 0 {
        return Ok(r);
    }
    let (held_base, held_inh) = st.mask(fd);
    let (base, inheriting) = (base as u64, inheriting as u64);
    if base & !held_base != 0 || inheriting & !held_inh != 0 {
        return errno(Errno::Notcapable);
    }
    st.rights.insert(fd as u32, (base, inheriting));
    Ok(0)
}

pub async fn fd_fdstat_get(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    stat: i32,
) -> Result<i32> {
    let r = p1::fd_fdstat_get(&mut st.ctx, mem, fd, stat).await?;
    if r != 0 {
        return Ok(r);
    }
    // A regular file: wasi-common reports only FD_READ/FD_WRITE (from the
    // access mode); the operations a file supports are rights too.
    const REGULAR_FILE: u8 = 4;
    if mem.read(wiggle::GuestPtr::<u8>::new(stat as u32))? == REGULAR_FILE {
        let p = wiggle::GuestPtr::<u64>::new(stat as u32 + 8);
        let v = mem.read(p)?;
        mem.write(p, v | FILE_RIGHTS)?;
    }
    if let Some(&(base, inheriting)) = st.rights.get(&(fd as u32)) {
        // `fdstat`: rights base at +8, inheriting at +16.
        for (off, mask) in [(8u32, base), (16, inheriting)] {
            let p = wiggle::GuestPtr::<u64>::new(stat as u32 + off);
            let v = mem.read(p)?;
            mem.write(p, v & mask)?;
        }
    }
    Ok(0)
}

/// Whether `fd`'s rights were reduced below `right` (an empty map, the
/// usual case, costs one comparison).
fn lacks(st: &State, fd: i32, right: u64) -> bool {
    !st.rights.is_empty() && st.mask(fd).0 & right == 0
}

pub async fn fd_read(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    iovs: i32,
    n: i32,
    nread: i32,
) -> Result<i32> {
    if lacks(st, fd, RIGHTS_FD_READ) {
        return errno(Errno::Notcapable);
    }
    p1::fd_read(&mut st.ctx, mem, fd, iovs, n, nread).await
}

pub async fn fd_pread(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    iovs: i32,
    n: i32,
    offset: i64,
    nread: i32,
) -> Result<i32> {
    if lacks(st, fd, RIGHTS_FD_READ) {
        return errno(Errno::Notcapable);
    }
    p1::fd_pread(&mut st.ctx, mem, fd, iovs, n, offset, nread).await
}

pub async fn fd_write(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    iovs: i32,
    n: i32,
    nwritten: i32,
) -> Result<i32> {
    if lacks(st, fd, RIGHTS_FD_WRITE) {
        return errno(Errno::Notcapable);
    }
    if let GuestMemory::Unshared(data) = mem {
        if let Some(r) = fast::write(&st.files, data, fd, iovs, n, nwritten) {
            return Ok(r);
        }
    }
    p1::fd_write(&mut st.ctx, mem, fd, iovs, n, nwritten).await
}

pub async fn fd_pwrite(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    iovs: i32,
    n: i32,
    offset: i64,
    nwritten: i32,
) -> Result<i32> {
    if lacks(st, fd, RIGHTS_FD_WRITE) {
        return errno(Errno::Notcapable);
    }
    p1::fd_pwrite(&mut st.ctx, mem, fd, iovs, n, offset, nwritten).await
}

pub async fn fd_close(st: &mut State, mem: &mut GuestMemory<'_>, fd: i32) -> Result<i32> {
    let r = p1::fd_close(&mut st.ctx, mem, fd).await?;
    if r == 0 {
        st.closed(fd);
    }
    Ok(r)
}

pub async fn p0_fd_close(st: &mut State, mem: &mut GuestMemory<'_>, fd: i32) -> Result<i32> {
    let r = p0::fd_close(&mut st.ctx, mem, fd).await?;
    if r == 0 {
        st.closed(fd);
    }
    Ok(r)
}

pub async fn fd_renumber(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    to: i32,
) -> Result<i32> {
    let r = p1::fd_renumber(&mut st.ctx, mem, fd, to).await?;
    if r == 0 {
        st.renumbered(fd, to);
    }
    Ok(r)
}

pub async fn p0_fd_renumber(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    to: i32,
) -> Result<i32> {
    let r = p0::fd_renumber(&mut st.ctx, mem, fd, to).await?;
    if r == 0 {
        st.renumbered(fd, to);
    }
    Ok(r)
}

/// `Some(notsock)` when `fd` is open but not a socket (its `fdstat`, read
/// into a scratch memory, says another file type).
fn not_a_socket(st: &mut State, fd: i32) -> Option<Result<i32>> {
    const SOCKET_DGRAM: u8 = 5;
    const SOCKET_STREAM: u8 = 6;
    let mut scratch = [0u8; 24];
    let mut mem = GuestMemory::Unshared(&mut scratch);
    let r = crate::block_on(p1::fd_fdstat_get(&mut st.ctx, &mut mem, fd, 0));
    match r {
        Ok(0) if scratch[0] != SOCKET_DGRAM && scratch[0] != SOCKET_STREAM => {
            Some(errno(Errno::Notsock))
        }
        _ => None,
    }
}

pub async fn sock_shutdown(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    how: i32,
) -> Result<i32> {
    if let Some(r) = not_a_socket(st, fd) {
        return r;
    }
    p1::sock_shutdown(&mut st.ctx, mem, fd, how).await
}

pub async fn sock_accept(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    flags: i32,
    opened: i32,
) -> Result<i32> {
    if let Some(r) = not_a_socket(st, fd) {
        return r;
    }
    p1::sock_accept(&mut st.ctx, mem, fd, flags, opened).await
}

#[allow(clippy::too_many_arguments)]
pub async fn sock_recv(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    iovs: i32,
    n: i32,
    flags: i32,
    datalen: i32,
    roflags: i32,
) -> Result<i32> {
    if let Some(r) = not_a_socket(st, fd) {
        return r;
    }
    p1::sock_recv(&mut st.ctx, mem, fd, iovs, n, flags, datalen, roflags).await
}

pub async fn sock_send(
    st: &mut State,
    mem: &mut GuestMemory<'_>,
    fd: i32,
    iovs: i32,
    n: i32,
    flags: i32,
    datalen: i32,
) -> Result<i32> {
    if let Some(r) = not_a_socket(st, fd) {
        return r;
    }
    p1::sock_send(&mut st.ctx, mem, fd, iovs, n, flags, datalen).await
}
