//! The program interface: the machine a shell runs on, the filesystem view it needs, the trait
//! simulated programs implement, the registry, and command lookup through `PATH`.

use crate::map::Map;
use std::rc::Rc;

use super::exec::Ctx;
use super::io::{Output, Stream};
use crate::vfs::Fs as Vfs;

/// What kind of node a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    File,
    Dir,
    Symlink,
}

/// The metadata the shell looks at (for `test`, lookup and redirects).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Meta {
    pub(crate) kind: Kind,
    /// Permission bits, e.g. `0o755`.
    pub(crate) mode: u32,
    pub(crate) size: u64,
}

/// Why a filesystem operation failed, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FsError {
    NotFound,
    NotADirectory,
    IsADirectory,
    PermissionDenied,
    Other(String),
}

impl FsError {
    /// The C library's wording (`strerror`), as most tools print it.
    pub(crate) fn describe(&self) -> &str {
        match self {
            FsError::NotFound => "No such file or directory",
            FsError::NotADirectory => "Not a directory",
            FsError::IsADirectory => "Is a directory",
            FsError::PermissionDenied => "Permission denied",
            FsError::Other(s) => s,
        }
    }
}

/// The filesystem as the shell sees it (implemented for the in-memory [`Vfs`] below).
/// Paths are absolute and normalised (see [`absolute`]).
pub(crate) trait FsView {
    /// Metadata, following symlinks; `None` when the path does not exist.
    fn metadata(&self, path: &str) -> Option<Meta>;
    /// Metadata of the path itself (a symlink is reported as one).
    fn symlink_metadata(&self, path: &str) -> Option<Meta>;
    /// The target of a symlink, as stored.
    fn link_target(&self, path: &str) -> Option<String>;
    fn read_file(&self, path: &str) -> Result<Vec<u8>, FsError>;
    /// Create or truncate (`append == false`) or append to a regular file. A new file gets
    /// mode 0644. The parent directory must exist.
    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), FsError>;
    /// The names in a directory, sorted.
    fn list_dir(&self, path: &str) -> Result<Vec<String>, FsError>;
}

fn view_meta(st: crate::vfs::Stat) -> Meta {
    Meta {
        kind: match st.kind {
            crate::vfs::Kind::File => Kind::File,
            crate::vfs::Kind::Dir => Kind::Dir,
            crate::vfs::Kind::Symlink => Kind::Symlink,
        },
        mode: st.mode,
        size: st.size,
    }
}

fn view_err(e: crate::vfs::FsError) -> FsError {
    use crate::vfs::Errno;
    match e.errno {
        Errno::NotFound => FsError::NotFound,
        Errno::NotADirectory => FsError::NotADirectory,
        Errno::IsADirectory => FsError::IsADirectory,
        Errno::PermissionDenied => FsError::PermissionDenied,
        other => FsError::Other(other.message().to_string()),
    }
}

impl FsView for Vfs {
    fn metadata(&self, path: &str) -> Option<Meta> {
        self.stat(path).ok().map(view_meta)
    }

    fn symlink_metadata(&self, path: &str) -> Option<Meta> {
        self.lstat(path).ok().map(view_meta)
    }

    fn link_target(&self, path: &str) -> Option<String> {
        Vfs::read_link(self, path).ok()
    }

    fn read_file(&self, path: &str) -> Result<Vec<u8>, FsError> {
        self.read(path).map_err(view_err)
    }

    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), FsError> {
        let r = if append {
            self.append(path, data)
        } else {
            self.write(path, data)
        };
        r.map_err(view_err)
    }

    fn list_dir(&self, path: &str) -> Result<Vec<String>, FsError> {
        Vfs::read_dir(self, path)
            .map(|entries| entries.into_iter().map(|e| e.name).collect())
            .map_err(view_err)
    }
}

/// The computer a shell runs on: its filesystem, a simulated clock and a seeded random source.
/// The core never reads the real time or real randomness; these come from here.
pub trait Machine {
    fn fs(&self) -> &Vfs;
    fn fs_mut(&mut self) -> &mut Vfs;
    /// Simulated milliseconds since the machine's epoch.
    fn now_ms(&self) -> u64;
    /// Let simulated time pass (an install, a download, `sleep`).
    fn advance_ms(&mut self, ms: u64);
    /// The next number from the machine's seeded generator.
    fn random_u64(&mut self) -> u64;
    /// The machine as `Any`, for a program that needs the concrete machine (the host's `docker`
    /// reaches the daemon this way). `None` unless the machine offers it.
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        None
    }
    /// Asked before the shell runs the program file `argv[0]` (found on PATH) with `env` in
    /// `cwd`: `true` when the machine takes the command over as a server it models (a
    /// container's `exec nginx -g 'daemon off;'` at the end of its entrypoint script). The
    /// shell then stops there, as the real one would wait on the server for good.
    fn serve(&mut self, _argv: &[String], _env: &Map<String, String>, _cwd: &str) -> bool {
        false
    }
}

/// Every machine's programs in one registry: programs are instantiated once, for
/// `dyn Machine`, however many kinds of machine run them (the host, a build step, a
/// container), which keeps the WebAssembly bundle small.
pub type Programs = Registry<dyn Machine>;

impl<'a> Invocation<'a, dyn Machine> {
    /// Run `f` with this invocation typed to the concrete machine `T`, when the machine is one;
    /// what `f` writes goes to this invocation's output. The typed invocation cannot start
    /// other programs (it has an empty registry).
    pub fn downcast<T: Machine + 'static, R>(
        &mut self,
        f: impl FnOnce(&mut Invocation<'_, T>) -> R,
    ) -> Option<R> {
        let machine = self.machine.as_any_mut()?.downcast_mut::<T>()?;
        let empty = Registry::<T>::empty();
        let mut typed = Invocation {
            argv: self.argv.clone(),
            env: self.env.clone(),
            cwd: self.cwd.clone(),
            stdin: std::mem::take(&mut self.stdin),
            path: self.path.clone(),
            machine,
            output: std::mem::take(&mut self.output),
            ctx: &mut *self.ctx,
            registry: &empty,
        };
        let r = f(&mut typed);
        self.output = std::mem::take(&mut typed.output);
        self.stdin = std::mem::take(&mut typed.stdin);
        Some(r)
    }
}

/// A simulated program (one file each in `programs`). `run` returns the exit status.
pub trait Program<M: ?Sized> {
    fn run(&self, inv: &mut Invocation<'_, M>) -> i32;
}

impl<M: ?Sized, F> Program<M> for F
where
    F: Fn(&mut Invocation<'_, M>) -> i32,
{
    fn run(&self, inv: &mut Invocation<'_, M>) -> i32 {
        self(inv)
    }
}

/// Programs by name. A program runs when a file of that name is found through `PATH`; the
/// implementation is chosen by the resolved file's name (after symlinks), so `/bin/sh -> dash`
/// runs `dash`, and busybox applets (`/bin/ls -> /bin/busybox`) by the name they were called by.
pub struct Registry<M: ?Sized> {
    programs: Map<String, Rc<dyn Program<M>>>,
}

impl<M: Machine + ?Sized> Default for Registry<M> {
    fn default() -> Self {
        Registry::new()
    }
}

impl<M: Machine + ?Sized> Registry<M> {
    /// A registry that knows the shells (`sh`, `dash`, `ash`, `bash`, and `busybox sh`).
    pub fn new() -> Registry<M> {
        let mut r = Registry::empty();
        use super::flavour::Flavour;
        for (name, flavour) in [
            ("sh", Flavour::Dash),
            ("dash", Flavour::Dash),
            ("ash", Flavour::Busybox),
            ("bash", Flavour::Bash),
        ] {
            r.insert(name, super::spawn::ShellProgram { flavour });
        }
        r
    }

    /// A registry without any programs, not even the shells.
    pub fn empty() -> Registry<M> {
        Registry {
            programs: Map::new(),
        }
    }

    pub fn insert(&mut self, name: &str, program: impl Program<M> + 'static) {
        self.programs.insert(name.to_string(), Rc::new(program));
    }

    pub fn get(&self, name: &str) -> Option<Rc<dyn Program<M>>> {
        self.programs.get(name).cloned()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.programs.keys().map(String::as_str)
    }
}

/// What running a program sees and may change. Output goes through [`Invocation::out`] and
/// [`Invocation::err`], in order.
pub struct Invocation<'a, M: ?Sized> {
    pub argv: Vec<String>,
    /// The exported environment. Changes stay with this program, as with a real process.
    pub env: Map<String, String>,
    pub cwd: String,
    pub stdin: Vec<u8>,
    /// The absolute path of the program's file.
    pub path: String,
    pub machine: &'a mut M,
    pub(crate) output: Output,
    pub(crate) ctx: &'a mut Ctx,
    pub(crate) registry: &'a Registry<M>,
}

impl<'a, M: Machine + ?Sized> Invocation<'a, M> {
    /// The name the program was called by, without its folder (`apt-get`).
    pub fn name(&self) -> &str {
        let a0 = self.argv.first().map(String::as_str).unwrap_or("");
        a0.rsplit('/').next().unwrap_or(a0)
    }

    /// The arguments after the program name.
    pub fn args(&self) -> &[String] {
        self.argv.get(1..).unwrap_or(&[])
    }

    pub fn out(&mut self, text: impl AsRef<[u8]>) {
        self.write(Stream::Stdout, text.as_ref());
    }

    pub fn err(&mut self, text: impl AsRef<[u8]>) {
        self.write(Stream::Stderr, text.as_ref());
    }

    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        let room = self.ctx.output_room();
        let n = bytes.len().min(room);
        self.output.push(stream, &bytes[..n]);
        self.ctx.count_output(bytes.len());
    }

    /// Whether the run was stopped by a limit; a long-running program should return then.
    pub fn stopped(&self) -> bool {
        self.ctx.stopped()
    }

    pub fn fs(&self) -> &Vfs {
        self.machine.fs()
    }

    pub fn fs_mut(&mut self) -> &mut Vfs {
        self.machine.fs_mut()
    }

    /// A path as an absolute, normalised path against the program's working directory.
    pub fn resolve(&self, path: &str) -> String {
        absolute(&self.cwd, path)
    }

    /// Find a command through this program's `PATH`.
    pub fn lookup(&self, name: &str) -> Lookup {
        let path = self.env.get("PATH").map(String::as_str).unwrap_or("");
        lookup(self.machine.fs(), name, path, &self.cwd)
    }

    /// Run another command (as `env`, `xargs` or `sudo` do) with this program's environment,
    /// working directory and the given input; its output joins this program's output.
    pub fn spawn(&mut self, argv: &[String], stdin: &[u8]) -> Result<i32, Lookup> {
        let Some(name) = argv.first() else {
            return Ok(0);
        };
        let path = match self.lookup(name) {
            Lookup::Found(p) => p,
            other => return Err(other),
        };
        let (spawned, output) = super::spawn::spawn(
            self.machine,
            self.registry,
            self.ctx,
            self.env.clone(),
            &self.cwd,
            &path,
            argv,
            stdin,
            super::Flavour::Dash,
        );
        self.output.extend(&output);
        match spawned {
            super::spawn::Spawned::Ran(status) => Ok(status),
            super::spawn::Spawned::BadInterpreter(_) => Err(Lookup::NotFound),
            super::spawn::Spawned::NoProgram => Err(Lookup::NotExecutable(path)),
        }
    }
}

/// The result of looking a command up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// An existing, executable file (absolute path).
    Found(String),
    NotFound,
    /// The file exists but has no execute bit (exit 126).
    NotExecutable(String),
    /// The name is a directory (exit 126).
    IsDir(String),
}

/// Find `name` the way `execvp` does: a name with a `/` is a path, otherwise each `PATH`
/// entry is tried in order.
pub fn lookup(fs: &Vfs, name: &str, path_var: &str, cwd: &str) -> Lookup {
    if name.is_empty() {
        return Lookup::NotFound;
    }
    let check = |p: String| -> Option<Lookup> {
        let meta = fs.metadata(&p)?;
        Some(match meta.kind {
            Kind::Dir => Lookup::IsDir(p),
            _ if meta.mode & 0o111 == 0 => Lookup::NotExecutable(p),
            _ => Lookup::Found(p),
        })
    };
    if name.contains('/') {
        return check(absolute(cwd, name)).unwrap_or(Lookup::NotFound);
    }
    let mut denied = None;
    for dir in path_var.split(':') {
        let dir = if dir.is_empty() { "." } else { dir };
        match check(absolute(cwd, &format!("{dir}/{name}"))) {
            Some(Lookup::Found(p)) => return Lookup::Found(p),
            Some(Lookup::NotExecutable(p)) if denied.is_none() => {
                denied = Some(Lookup::NotExecutable(p))
            }
            _ => {}
        }
    }
    denied.unwrap_or(Lookup::NotFound)
}

/// Follow symlinks from `path` (at most 16 hops) and return the final path.
pub fn resolve_links(fs: &Vfs, path: &str) -> String {
    let mut p = path.to_string();
    for _ in 0..16 {
        match fs.symlink_metadata(&p) {
            Some(m) if m.kind == Kind::Symlink => {}
            _ => return p,
        }
        let Some(target) = fs.link_target(&p) else {
            return p;
        };
        let dir = parent(&p);
        p = absolute(&dir, &target);
    }
    p
}

/// Which shell a file is (following symlinks): `dash` and plain `sh` are dash, `bash` is bash,
/// `busybox` and `ash` are busybox ash. `None` when there is no such file or it is something
/// else. The terminal and the build engine use this to pick the flavour of `/bin/sh`.
pub fn shell_flavour(fs: &Vfs, path: &str) -> Option<super::Flavour> {
    fs.metadata(path)?;
    let real = resolve_links(fs, path);
    match real.rsplit('/').next().unwrap_or("") {
        "dash" | "sh" => Some(super::Flavour::Dash),
        "bash" => Some(super::Flavour::Bash),
        "busybox" | "ash" => Some(super::Flavour::Busybox),
        _ => None,
    }
}

/// The folder part of an absolute path (`/` for top-level names).
pub fn parent(path: &str) -> String {
    match path.rfind('/') {
        Some(0) | None => "/".to_string(),
        Some(i) => path[..i].to_string(),
    }
}

/// Join `path` onto `cwd` (unless it is absolute) and remove `.`, `..` and repeated slashes.
pub fn absolute(cwd: &str, path: &str) -> String {
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{cwd}/{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in joined.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("/{}", parts.join("/"))
}
