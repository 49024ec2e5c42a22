//! The fast path of `fd_write` to a file the guest opened with `path_open`.
//!
//! wasi-common's `fd_write` looks the descriptor up in its table (a
//! `RwLock`ed `HashMap` of `Arc<dyn Any>`), collects the iovecs into two
//! `Vec`s and goes through wiggle's generated glue: about 150 ns per call on
//! top of the `writev` itself. Its file entries are private to the crate, so
//! this module keeps its own view of the files that matter:
//!
//! ```text
//!  path_open ──► wasi-common ──► TrackedDir::open_file ──► sync::Dir::open_file
//!                    │                    │ dup(fd), access mode
//!                    ▼                    ▼
//!           table[fd] = File        Tracked.opened ──► Files[fd]   (fixups::path_open)
//!
//!  fd_write(fd) ──► Files[fd] ? writev(dup) : wasi-common's fd_write
//! ```
//!
//! - Every directory wasi-common can open a file in is a [`TrackedDir`]
//!   (the preopens, and the directories opened through them), so each file
//!   it opens leaves a duplicate of its descriptor and its access mode (the
//!   `read`/`write` wasi-common derived from the rights) in [`Tracked`];
//!   `fixups::path_open` files it under the new guest descriptor.
//! - The duplicate shares the open file description (POSIX `dup`): the file
//!   offset, `O_APPEND` set by `fd_fdstat_set_flags`, and the file itself,
//!   so a write through it is the write wasi-common would have made.
//! - The descriptor leaves [`Files`] when the guest closes or renumbers it
//!   (`fd_close`, `fd_renumber` of both snapshots), so a guest descriptor in
//!   `Files` always names the file wasi-common's table holds under it.
//! - [`write`] takes the fast path only when everything is in order
//!   (rights held, iovec array and buffers and `nwritten` in bounds and
//!   aligned, at most [`MAX_IOVS`] iovecs); anything else, and any error of
//!   the `writev` itself, returns `None` and the call goes to wasi-common,
//!   which gives the errno or trap (a failed `writev` wrote nothing, so
//!   trying it again there is the same call).
//!
//! On other than Unix no duplicate is made and every call takes
//! wasi-common's path.

use std::any::Any;
use std::io::{IoSlice, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use wasi_common::dir::{OpenResult, ReaddirCursor, ReaddirEntity};
use wasi_common::file::{FdFlags, Filestat, OFlags};
use wasi_common::{Error, SystemTimeSpec, WasiDir, WasiFile};

/// The most iovecs the fast path gathers on the stack (C's `printf` uses
/// two; more go to wasi-common).
pub const MAX_IOVS: usize = 8;
/// Guest descriptors at or above this are not tracked (wasi-common numbers
/// them from 3 up, so only a program with this many open files gets there).
const MAX_TRACKED_FD: usize = 4096;

/// A host file a guest opened: a duplicate of wasi-common's descriptor and
/// whether wasi-common allows writing to it.
pub struct HostFile {
    file: std::fs::File,
    write: bool,
}

/// The file the last `open_file` of any [`TrackedDir`] of one context
/// opened (taken by `fixups::path_open`).
#[derive(Clone, Default)]
pub struct Tracked(Arc<Mutex<Option<HostFile>>>);

impl Tracked {
    fn put(&self, f: Option<HostFile>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = f;
    }

    /// The file the last `open_file` opened, if any (and forgets it).
    pub fn take(&self) -> Option<HostFile> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// The tracked files of one context, by guest descriptor.
#[derive(Default)]
pub struct Files(Vec<Option<HostFile>>);

impl Files {
    /// Files `f` under `fd` (or forgets `fd` when `f` is `None`).
    pub fn set(&mut self, fd: u32, f: Option<HostFile>) {
        let i = fd as usize;
        match f {
            Some(f) if i < MAX_TRACKED_FD => {
                if self.0.len() <= i {
                    self.0.resize_with(i + 1, || None);
                }
                self.0[i] = Some(f);
            }
            _ => {
                if let Some(slot) = self.0.get_mut(i) {
                    *slot = None;
                }
            }
        }
    }

    /// Forgets `fd`, returning its file.
    pub fn remove(&mut self, fd: u32) -> Option<HostFile> {
        self.0.get_mut(fd as usize).and_then(Option::take)
    }

    fn get(&self, fd: i32) -> Option<&HostFile> {
        self.0.get(fd as u32 as usize)?.as_ref()
    }
}

/// A little-endian `u32` at `at` of `mem`, when it is in bounds and aligned.
fn read_u32(mem: &[u8], at: u32) -> Option<u32> {
    if !at.is_multiple_of(4) {
        return None;
    }
    let b = mem.get(at as usize..at as usize + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// `fd_write(fd, iovs, n, nwritten)` on a tracked file: `Some(errno 0)`
/// after writing, `None` when the call must go to wasi-common (see the
/// module docs).
pub fn write(
    files: &Files,
    mem: &mut [u8],
    fd: i32,
    iovs: i32,
    n: i32,
    nwritten: i32,
) -> Option<i32> {
    let f = files.get(fd)?;
    let (iovs, n, nwritten) = (iovs as u32, n as u32 as usize, nwritten as u32);
    if !f.write || n > MAX_IOVS {
        return None;
    }
    // `nwritten` checked before the write: wasi-common would trap after it.
    read_u32(mem, nwritten)?;
    let written = {
        let mut slices = [IoSlice::new(&[]); MAX_IOVS];
        for (i, slice) in slices.iter_mut().enumerate().take(n) {
            // A `ciovec` (preview1): `buf: u32`, `buf_len: u32`, align 4.
            let at = iovs.checked_add(8 * i as u32)?;
            let buf = read_u32(mem, at)? as usize;
            let len = read_u32(mem, at.checked_add(4)?)? as usize;
            *slice = IoSlice::new(mem.get(buf..buf.checked_add(len)?)?);
        }
        (&f.file).write_vectored(&slices[..n]).ok()?
    };
    // One `writev` writes less than 2 GiB (Linux caps it at 0x7ffff000
    // bytes, other Unixes at `SSIZE_MAX` of a 32-bit guest's memory).
    let written = written as u32;
    mem[nwritten as usize..nwritten as usize + 4].copy_from_slice(&written.to_le_bytes());
    Some(0)
}

/// A directory of wasi-common's that leaves each file it opens in
/// [`Tracked`] (and wraps each directory it opens the same way).
pub struct TrackedDir {
    inner: Box<dyn WasiDir>,
    opened: Tracked,
}

impl TrackedDir {
    pub fn new(inner: Box<dyn WasiDir>, opened: Tracked) -> TrackedDir {
        TrackedDir { inner, opened }
    }
}

/// The directory a [`TrackedDir`] wraps (wasi-common's `rename` and
/// `hard_link` downcast their destination to their own type).
fn untracked(d: &dyn WasiDir) -> &dyn WasiDir {
    match d.as_any().downcast_ref::<TrackedDir>() {
        Some(t) => &*t.inner,
        None => d,
    }
}

/// A duplicate of `file`'s host descriptor (`None` off Unix or when it has
/// none, e.g. a socket wasi-common emulates).
fn host_file(file: &dyn WasiFile, write: bool) -> Option<HostFile> {
    #[cfg(unix)]
    {
        let fd = file.pollable()?.try_clone_to_owned().ok()?;
        Some(HostFile {
            file: std::fs::File::from(fd),
            write,
        })
    }
    #[cfg(not(unix))]
    {
        let _ = (file, write);
        None
    }
}

#[wiggle::async_trait]
impl WasiDir for TrackedDir {
    fn as_any(&self) -> &dyn Any {
        self
    }

    async fn open_file(
        &self,
        symlink_follow: bool,
        path: &str,
        oflags: OFlags,
        read: bool,
        write: bool,
        fdflags: FdFlags,
    ) -> Result<OpenResult, Error> {
        self.opened.put(None);
        let r = self
            .inner
            .open_file(symlink_follow, path, oflags, read, write, fdflags)
            .await?;
        Ok(match r {
            OpenResult::File(f) => {
                self.opened.put(host_file(&*f, write));
                OpenResult::File(f)
            }
            OpenResult::Dir(d) => {
                OpenResult::Dir(Box::new(TrackedDir::new(d, self.opened.clone())))
            }
        })
    }

    async fn create_dir(&self, path: &str) -> Result<(), Error> {
        self.inner.create_dir(path).await
    }

    async fn readdir(
        &self,
        cursor: ReaddirCursor,
    ) -> Result<Box<dyn Iterator<Item = Result<ReaddirEntity, Error>> + Send>, Error> {
        self.inner.readdir(cursor).await
    }

    async fn symlink(&self, old_path: &str, new_path: &str) -> Result<(), Error> {
        self.inner.symlink(old_path, new_path).await
    }

    async fn remove_dir(&self, path: &str) -> Result<(), Error> {
        self.inner.remove_dir(path).await
    }

    async fn unlink_file(&self, path: &str) -> Result<(), Error> {
        self.inner.unlink_file(path).await
    }

    async fn read_link(&self, path: &str) -> Result<PathBuf, Error> {
        self.inner.read_link(path).await
    }

    async fn get_filestat(&self) -> Result<Filestat, Error> {
        self.inner.get_filestat().await
    }

    async fn get_path_filestat(
        &self,
        path: &str,
        follow_symlinks: bool,
    ) -> Result<Filestat, Error> {
        self.inner.get_path_filestat(path, follow_symlinks).await
    }

    async fn rename(
        &self,
        path: &str,
        dest_dir: &dyn WasiDir,
        dest_path: &str,
    ) -> Result<(), Error> {
        self.inner
            .rename(path, untracked(dest_dir), dest_path)
            .await
    }

    async fn hard_link(
        &self,
        path: &str,
        target_dir: &dyn WasiDir,
        target_path: &str,
    ) -> Result<(), Error> {
        self.inner
            .hard_link(path, untracked(target_dir), target_path)
            .await
    }

    async fn set_times(
        &self,
        path: &str,
        atime: Option<SystemTimeSpec>,
        mtime: Option<SystemTimeSpec>,
        follow_symlinks: bool,
    ) -> Result<(), Error> {
        self.inner
            .set_times(path, atime, mtime, follow_symlinks)
            .await
    }
}
