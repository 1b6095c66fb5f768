//! The filesystem value: path resolution with symlinks, permission checks, and the calls
//! programs make (stat, read, write, mkdir, symlink, unlink, rename, chmod, chown, copy, walk).

use std::sync::Arc;

use super::error::{Errno, FsError};
use super::node::{Children, Content, Meta, Node, NodeKind, Stat};
use super::path;

/// How many symlinks one path lookup may follow before `ELOOP`, as on Linux.
pub const MAX_SYMLINKS: usize = 40;
/// The longest path accepted, as `PATH_MAX` on Linux.
pub const MAX_PATH: usize = 4096;
/// The longest file name accepted, as `NAME_MAX` on Linux.
pub const MAX_NAME: usize = 255;

/// Who is making the calls: permission checks use these ids, and new nodes get them.
/// uid 0 (root) passes every permission check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Cred {
    pub uid: u32,
    pub gid: u32,
}

/// One name in a directory listing, with what `lstat` says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirEntry {
    pub name: String,
    pub stat: Stat,
}

/// An in-memory filesystem: a tree of [`Node`]s, the simulated time new changes are stamped
/// with, the caller's credentials, and a working directory for relative paths.
///
/// Cloning is O(1): the tree is shared, and each change copies only the directories on the
/// path to what changed. That makes a build cache entry, a container's starting state, or
/// "the state before this step" a plain `clone()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fs {
    root: Node,
    now: u64,
    cred: Cred,
    cwd: String,
}

impl Default for Fs {
    fn default() -> Fs {
        Fs::new()
    }
}

/// The result of walking a path: its canonical components, and whether the last exists.
struct Walked {
    comps: Vec<String>,
    exists: bool,
}

fn err(errno: Errno, p: &str) -> FsError {
    FsError::new(errno, p)
}

impl Fs {
    /// An empty filesystem: just `/` (mode 0755, owned by root), time 0, acting as root.
    pub fn new() -> Fs {
        Fs {
            root: Node::dir(Meta::new(0o755, 0, 0, 0)),
            now: 0,
            cred: Cred::default(),
            cwd: "/".to_string(),
        }
    }

    /// A filesystem with the given root directory node.
    pub fn from_root(root: Node) -> Fs {
        let root = if root.is_dir() {
            root
        } else {
            Node::dir(root.meta)
        };
        Fs { root, ..Fs::new() }
    }

    /// The root directory node (the whole tree).
    pub fn root(&self) -> &Node {
        &self.root
    }

    /// Set the simulated time (seconds since the epoch) that changes are stamped with.
    pub fn set_now(&mut self, secs: u64) {
        self.now = secs;
    }

    pub fn now(&self) -> u64 {
        self.now
    }

    /// Act as `cred` from now on (a `USER` step, `su`, a container's user).
    pub fn set_cred(&mut self, cred: Cred) {
        self.cred = cred;
    }

    pub fn cred(&self) -> Cred {
        self.cred
    }

    /// The working directory relative paths are resolved against.
    pub fn cwd(&self) -> &str {
        &self.cwd
    }

    /// Change the working directory (must be a directory you may search).
    pub fn chdir(&mut self, p: &str) -> Result<(), FsError> {
        let canon = self.canonicalize(p)?;
        let st = self.stat(&canon)?;
        if !st.is_dir() {
            return Err(err(Errno::NotADirectory, p));
        }
        if !self.allowed(&st_meta(&st), 1) {
            return Err(err(Errno::PermissionDenied, p));
        }
        self.cwd = canon;
        Ok(())
    }

    /// Whether two filesystems share the same tree (a cheap "nothing changed" test).
    pub fn same_tree(&self, other: &Fs) -> bool {
        match (&self.root.kind, &other.root.kind) {
            (NodeKind::Dir(a), NodeKind::Dir(b)) => {
                Arc::ptr_eq(a, b) && self.root.meta == other.root.meta
            }
            _ => false,
        }
    }

    // ---- permissions -------------------------------------------------------------------

    /// Whether the caller has the `want` bits (4 read, 2 write, 1 search/execute) on `meta`.
    fn allowed(&self, meta: &Meta, want: u32) -> bool {
        if self.cred.uid == 0 {
            return true;
        }
        let bits = if meta.uid == self.cred.uid {
            meta.mode >> 6
        } else if meta.gid == self.cred.gid {
            meta.mode >> 3
        } else {
            meta.mode
        } & 7;
        bits & want == want
    }

    /// Whether the caller may read (4), write (2) or execute (1) `p` (following symlinks),
    /// as `test -r/-w/-x` asks.
    pub fn access(&self, p: &str, want: u32) -> Result<bool, FsError> {
        let st = self.stat(p)?;
        if self.cred.uid == 0 && want & 1 != 0 && st.is_file() {
            // Root may execute a file only when some execute bit is set.
            return Ok(st.mode & 0o111 != 0);
        }
        Ok(self.allowed(&st_meta(&st), want))
    }

    // ---- lookup -----------------------------------------------------------------------

    fn node(&self, comps: &[String]) -> Option<&Node> {
        let mut cur = &self.root;
        for c in comps {
            cur = cur.children()?.get(c)?;
        }
        Some(cur)
    }

    fn node_mut(&mut self, comps: &[String]) -> Option<&mut Node> {
        let mut cur = &mut self.root;
        for c in comps {
            cur = cur.children_mut()?.get_mut(c.as_str())?;
        }
        Some(cur)
    }

    /// Resolve `p` physically: symlinks in the middle are always followed, the last one only
    /// when `follow_last` (or the path ends in `/`). The last component may be missing.
    fn walk(&self, p: &str, follow_last: bool) -> Result<Walked, FsError> {
        if p.is_empty() {
            return Err(err(Errno::NotFound, p));
        }
        if p.len() > MAX_PATH {
            return Err(err(Errno::NameTooLong, p));
        }
        let full = path::join(&self.cwd, p);
        let trailing = full.ends_with('/') && full.len() > 1;
        let follow_last = follow_last || trailing;
        let mut todo: Vec<String> = path::components(&full).rev().map(String::from).collect();
        let mut out: Vec<String> = Vec::new();
        let mut links = 0usize;
        let mut exists = true;
        while let Some(c) = todo.pop() {
            let last = todo.is_empty();
            match c.as_str() {
                "." => continue,
                ".." => {
                    out.pop();
                    continue;
                }
                _ => {}
            }
            if c.len() > MAX_NAME {
                return Err(err(Errno::NameTooLong, p));
            }
            if c.contains('\0') {
                return Err(err(Errno::Invalid, p));
            }
            let dir = self.node(&out).ok_or_else(|| err(Errno::NotFound, p))?;
            let children = dir.children().ok_or_else(|| err(Errno::NotADirectory, p))?;
            if !self.allowed(&dir.meta, 1) {
                return Err(err(Errno::PermissionDenied, p));
            }
            match children.get(&c) {
                None => {
                    if last {
                        out.push(c);
                        exists = false;
                        break;
                    }
                    return Err(err(Errno::NotFound, p));
                }
                Some(Node {
                    kind: NodeKind::Symlink(target),
                    ..
                }) if !last || follow_last => {
                    links += 1;
                    if links > MAX_SYMLINKS {
                        return Err(err(Errno::Loop, p));
                    }
                    if target.is_empty() {
                        return Err(err(Errno::NotFound, p));
                    }
                    if target.starts_with('/') {
                        out.clear();
                    }
                    todo.extend(path::components(target).rev().map(String::from));
                }
                Some(node) => {
                    if !last && !node.is_dir() {
                        return Err(err(Errno::NotADirectory, p));
                    }
                    out.push(c);
                }
            }
        }
        if trailing && exists {
            if let Some(n) = self.node(&out) {
                if !n.is_dir() {
                    return Err(err(Errno::NotADirectory, p));
                }
            }
        }
        Ok(Walked { comps: out, exists })
    }

    /// The existing node at `p`.
    fn lookup(&self, p: &str, follow: bool) -> Result<(&Node, Vec<String>), FsError> {
        let w = self.walk(p, follow)?;
        if !w.exists {
            return Err(err(Errno::NotFound, p));
        }
        let n = self.node(&w.comps).ok_or_else(|| err(Errno::NotFound, p))?;
        Ok((n, w.comps))
    }

    /// Metadata, following symlinks.
    pub fn stat(&self, p: &str) -> Result<Stat, FsError> {
        Ok(self.lookup(p, true)?.0.stat())
    }

    /// Metadata of the path itself (a symlink is reported as a symlink).
    pub fn lstat(&self, p: &str) -> Result<Stat, FsError> {
        Ok(self.lookup(p, false)?.0.stat())
    }

    /// Whether `p` exists (following symlinks; a dangling symlink does not).
    pub fn exists(&self, p: &str) -> bool {
        self.stat(p).is_ok()
    }

    pub fn is_dir(&self, p: &str) -> bool {
        self.stat(p).is_ok_and(|s| s.is_dir())
    }

    pub fn is_file(&self, p: &str) -> bool {
        self.stat(p).is_ok_and(|s| s.is_file())
    }

    /// The absolute path with every symlink resolved (`realpath`); it must exist.
    pub fn canonicalize(&self, p: &str) -> Result<String, FsError> {
        let (_, comps) = self.lookup(p, true)?;
        Ok(path::from_components(&comps))
    }

    /// The target of a symlink, as stored. `EINVAL` for anything else.
    pub fn read_link(&self, p: &str) -> Result<String, FsError> {
        match &self.lookup(p, false)?.0.kind {
            NodeKind::Symlink(t) => Ok(t.clone()),
            _ => Err(err(Errno::Invalid, p)),
        }
    }

    /// A file's content (shared; the synthetic body for a declared-size file).
    pub fn read_content(&self, p: &str) -> Result<Content, FsError> {
        let (n, _) = self.lookup(p, true)?;
        match &n.kind {
            NodeKind::File(c) => {
                if !self.allowed(&n.meta, 4) {
                    return Err(err(Errno::PermissionDenied, p));
                }
                Ok(c.clone())
            }
            _ => Err(err(Errno::IsADirectory, p)),
        }
    }

    /// A file's bytes (`cat`).
    pub fn read(&self, p: &str) -> Result<Vec<u8>, FsError> {
        Ok(self.read_content(p)?.body().to_vec())
    }

    /// A file's text, with invalid UTF-8 replaced.
    pub fn read_string(&self, p: &str) -> Result<String, FsError> {
        Ok(String::from_utf8_lossy(self.read_content(p)?.body()).into_owned())
    }

    /// The names in a directory with their `lstat`, sorted bytewise; `.` and `..` excluded.
    pub fn read_dir(&self, p: &str) -> Result<Vec<DirEntry>, FsError> {
        let (n, _) = self.lookup(p, true)?;
        let ch = n.children().ok_or_else(|| err(Errno::NotADirectory, p))?;
        if !self.allowed(&n.meta, 4) {
            return Err(err(Errno::PermissionDenied, p));
        }
        Ok(ch
            .iter()
            .map(|(name, node)| DirEntry {
                name: name.clone(),
                stat: node.stat(),
            })
            .collect())
    }

    /// Every path under `p` (itself first), depth-first with names sorted, with `lstat`.
    /// Symlinks are listed, not followed. Paths are absolute.
    pub fn walk_tree(&self, p: &str) -> Result<Vec<(String, Stat)>, FsError> {
        let (n, comps) = self.lookup(p, true)?;
        let mut out = Vec::new();
        fn rec(n: &Node, at: String, out: &mut Vec<(String, Stat)>) {
            out.push((at.clone(), n.stat()));
            if let Some(ch) = n.children() {
                for (name, c) in ch.iter() {
                    let sub = if at == "/" {
                        format!("/{name}")
                    } else {
                        format!("{at}/{name}")
                    };
                    rec(c, sub, out);
                }
            }
        }
        rec(n, path::from_components(&comps), &mut out);
        Ok(out)
    }

    /// A copy of the subtree at `p` (cheap: shared until changed).
    pub fn get_node(&self, p: &str, follow: bool) -> Result<Node, FsError> {
        Ok(self.lookup(p, follow)?.0.clone())
    }

    // ---- changing ---------------------------------------------------------------------

    /// Resolve `p` for creating or replacing its last component: the parent must be an
    /// existing directory the caller may write. Returns (parent comps, name, exists).
    fn for_change(&self, p: &str, follow: bool) -> Result<(Vec<String>, String, bool), FsError> {
        let mut w = self.walk(p, follow)?;
        let Some(name) = w.comps.pop() else {
            return Err(err(Errno::Busy, p));
        };
        let parent = self.node(&w.comps).ok_or_else(|| err(Errno::NotFound, p))?;
        if !parent.is_dir() {
            return Err(err(Errno::NotADirectory, p));
        }
        if !self.allowed(&parent.meta, 3) {
            return Err(err(Errno::PermissionDenied, p));
        }
        Ok((w.comps, name, w.exists))
    }

    /// Change the children of the directory at `parent` and stamp its mtime.
    fn edit_dir<R>(
        &mut self,
        parent: &[String],
        p: &str,
        f: impl FnOnce(&mut Children) -> R,
    ) -> Result<R, FsError> {
        let now = self.now;
        let dir = self
            .node_mut(parent)
            .ok_or_else(|| err(Errno::NotFound, p))?;
        dir.meta.mtime = now;
        let ch = dir
            .children_mut()
            .ok_or_else(|| err(Errno::NotADirectory, p))?;
        Ok(f(ch))
    }

    fn new_meta(&self, mode: u32) -> Meta {
        Meta::new(mode, self.cred.uid, self.cred.gid, self.now)
    }

    /// Create or truncate a regular file with `content` (following a final symlink, as
    /// `>` does). An existing file keeps its mode and owner; a new one gets mode 0644.
    pub fn write_content(&mut self, p: &str, content: Content) -> Result<(), FsError> {
        let (parent, name, exists) = self.for_change_write(p)?;
        let now = self.now;
        if exists {
            let mut full = parent.clone();
            full.push(name);
            let node = self
                .node_mut(&full)
                .ok_or_else(|| err(Errno::NotFound, p))?;
            node.kind = NodeKind::File(content);
            node.meta.mtime = now;
            Ok(())
        } else {
            let node = Node::file(self.new_meta(0o644), content);
            self.edit_dir(&parent, p, |ch| {
                ch.insert(name, node);
            })
        }
    }

    /// Like [`Fs::for_change`], but an existing file only needs write permission on itself.
    fn for_change_write(&self, p: &str) -> Result<(Vec<String>, String, bool), FsError> {
        let w = self.walk(p, true)?;
        if w.exists {
            let n = self.node(&w.comps).ok_or_else(|| err(Errno::NotFound, p))?;
            match n.kind {
                NodeKind::Dir(_) => return Err(err(Errno::IsADirectory, p)),
                NodeKind::Symlink(_) => return Err(err(Errno::Loop, p)),
                NodeKind::File(_) => {}
            }
            if !self.allowed(&n.meta, 2) {
                return Err(err(Errno::PermissionDenied, p));
            }
            let mut comps = w.comps;
            let name = comps.pop().unwrap_or_default();
            return Ok((comps, name, true));
        }
        self.for_change(p, true)
    }

    /// Create or truncate a file with `data`.
    pub fn write(&mut self, p: &str, data: &[u8]) -> Result<(), FsError> {
        self.write_content(p, Content::bytes(data))
    }

    /// Append `data` to a file, creating it if missing (`>>`). Appending to a declared-size
    /// file makes it real bytes: its synthetic body followed by `data`.
    pub fn append(&mut self, p: &str, data: &[u8]) -> Result<(), FsError> {
        let existing = match self.read_content(p) {
            Ok(c) => c,
            Err(e) if e.errno == Errno::NotFound => Content::empty(),
            Err(e) => return Err(e),
        };
        let mut bytes = existing.body().to_vec();
        bytes.extend_from_slice(data);
        self.write_content(p, Content::bytes(bytes))
    }

    /// Create a file with `content` and `mode`, making missing parent directories (0755);
    /// replaces whatever non-directory was there. For installers and image contents.
    pub fn put_file(&mut self, p: &str, content: Content, mode: u32) -> Result<(), FsError> {
        let parent = path::parent(&path::join(&self.cwd, p));
        self.mkdir_all(&parent, 0o755)?;
        let (parent, name, exists) = self.for_change(p, false)?;
        if exists {
            let mut full = parent.clone();
            full.push(name.clone());
            if self.node(&full).is_some_and(Node::is_dir) {
                return Err(err(Errno::IsADirectory, p));
            }
        }
        let node = Node::file(self.new_meta(mode), content);
        self.edit_dir(&parent, p, |ch| {
            ch.insert(name, node);
        })
    }

    /// Create a directory. `EEXIST` if anything (even a dangling symlink) is there.
    pub fn mkdir(&mut self, p: &str, mode: u32) -> Result<(), FsError> {
        if self.walk(p, false)?.comps.is_empty() {
            return Err(err(Errno::Exists, p));
        }
        let (parent, name, exists) = self.for_change(p, false)?;
        if exists {
            return Err(err(Errno::Exists, p));
        }
        let node = Node::dir(self.new_meta(mode));
        self.edit_dir(&parent, p, |ch| {
            ch.insert(name, node);
        })
    }

    /// Create a directory and any missing parents (`mkdir -p -m mode`): the last one gets
    /// `mode`, missing parents 0755. Existing directories (or symlinks to them) are fine; a file
    /// in the way is `EEXIST` (or `ENOTDIR` further down).
    pub fn mkdir_all(&mut self, p: &str, mode: u32) -> Result<(), FsError> {
        let full = path::join(&self.cwd, p);
        let mut prefix = String::new();
        let mut comps = path::components(&full).peekable();
        while let Some(c) = comps.next() {
            prefix.push('/');
            prefix.push_str(c);
            match self.stat(&prefix) {
                Ok(st) if st.is_dir() => continue,
                Ok(_) if comps.peek().is_none() => return Err(err(Errno::Exists, p)),
                Ok(_) => return Err(err(Errno::NotADirectory, p)),
                Err(e) if e.errno == Errno::NotFound => {
                    if self.lstat(&prefix).is_ok() {
                        // A dangling symlink is in the way.
                        return Err(err(Errno::Exists, p));
                    }
                    let m = if comps.peek().is_none() { mode } else { 0o755 };
                    self.mkdir(&prefix, m).map_err(|e| err(e.errno, p))?;
                }
                Err(e) => return Err(err(e.errno, p)),
            }
        }
        Ok(())
    }

    /// Create a symlink at `link` pointing to `target` (stored as given).
    pub fn symlink(&mut self, target: &str, link: &str) -> Result<(), FsError> {
        let (parent, name, exists) = self.for_change(link, false)?;
        if exists {
            return Err(err(Errno::Exists, link));
        }
        let node = Node::symlink(self.new_meta(0o777), target);
        self.edit_dir(&parent, link, |ch| {
            ch.insert(name, node);
        })
    }

    /// Remove a file or symlink (`unlink`). `EISDIR` for a directory.
    pub fn remove_file(&mut self, p: &str) -> Result<(), FsError> {
        let (parent, name, exists) = self.for_change(p, false)?;
        if !exists {
            return Err(err(Errno::NotFound, p));
        }
        let mut full = parent.clone();
        full.push(name.clone());
        if self.node(&full).is_some_and(Node::is_dir) {
            return Err(err(Errno::IsADirectory, p));
        }
        self.edit_dir(&parent, p, |ch| {
            ch.remove(&name);
        })
    }

    /// Remove an empty directory. `ENOTEMPTY`, `ENOTDIR`, or `EBUSY` for `/`.
    pub fn rmdir(&mut self, p: &str) -> Result<(), FsError> {
        let (parent, name, exists) = self.for_change(p, false)?;
        if !exists {
            return Err(err(Errno::NotFound, p));
        }
        let mut full = parent.clone();
        full.push(name.clone());
        match self.node(&full).and_then(Node::children) {
            None => return Err(err(Errno::NotADirectory, p)),
            Some(ch) if !ch.is_empty() => return Err(err(Errno::NotEmpty, p)),
            Some(_) => {}
        }
        self.edit_dir(&parent, p, |ch| {
            ch.remove(&name);
        })
    }

    /// Remove whatever is at `p`, a whole tree included (`rm -rf` of one operand, which
    /// ignores `ENOENT` itself). A symlink is removed, not followed.
    pub fn remove_all(&mut self, p: &str) -> Result<(), FsError> {
        let (parent, name, exists) = self.for_change(p, false)?;
        if !exists {
            return Err(err(Errno::NotFound, p));
        }
        if self.cred.uid != 0 {
            // Every directory emptied must be writable by the caller.
            let mut full = parent.clone();
            full.push(name.clone());
            if let Some(n) = self.node(&full) {
                if !self.may_remove_tree(n) {
                    return Err(err(Errno::PermissionDenied, p));
                }
            }
        }
        self.edit_dir(&parent, p, |ch| {
            ch.remove(&name);
        })
    }

    fn may_remove_tree(&self, n: &Node) -> bool {
        match n.children() {
            Some(ch) if !ch.is_empty() => {
                self.allowed(&n.meta, 3) && ch.values().all(|c| self.may_remove_tree(c))
            }
            _ => true,
        }
    }

    /// Rename `from` to `to` (neither final symlink is followed). Replacing follows
    /// `rename(2)`: a directory may only replace an empty directory, a non-directory only a
    /// non-directory; moving a directory inside itself is `EINVAL`.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        let (fparent, fname, fexists) = self.for_change(from, false)?;
        if !fexists {
            return Err(err(Errno::NotFound, from));
        }
        let (tparent, tname, texists) = self.for_change(to, false)?;
        let mut fpath = fparent.clone();
        fpath.push(fname.clone());
        let mut tpath = tparent.clone();
        tpath.push(tname.clone());
        if fpath == tpath {
            return Ok(());
        }
        let node = self
            .node(&fpath)
            .cloned()
            .ok_or_else(|| err(Errno::NotFound, from))?;
        if node.is_dir() && tpath.starts_with(&fpath) {
            return Err(err(Errno::Invalid, to));
        }
        if texists {
            let target = self.node(&tpath).ok_or_else(|| err(Errno::NotFound, to))?;
            match (node.is_dir(), target.children()) {
                (true, Some(ch)) if !ch.is_empty() => return Err(err(Errno::NotEmpty, to)),
                (true, None) => return Err(err(Errno::NotADirectory, to)),
                (false, Some(_)) => return Err(err(Errno::IsADirectory, to)),
                _ => {}
            }
        }
        self.edit_dir(&fparent, from, |ch| {
            ch.remove(&fname);
        })?;
        self.edit_dir(&tparent, to, |ch| {
            ch.insert(tname, node);
        })
    }

    /// Insert a whole subtree at `p` (replacing what is there; the parent must exist). With
    /// [`Fs::get_node`] and [`Node::map_meta`] this is `cp -r`, `COPY` from another
    /// filesystem (the build context), and `COPY --from`.
    pub fn put_node(&mut self, p: &str, node: Node) -> Result<(), FsError> {
        let (parent, name, _) = self.for_change(p, false)?;
        self.edit_dir(&parent, p, |ch| {
            ch.insert(name, node);
        })
    }

    /// Insert a subtree at `p`, merging into what is there: where both are directories the
    /// existing directory keeps its metadata and gains (or has replaced) the new children,
    /// recursively; anything else is replaced. This is how `COPY dir/ /app/` and `tar x` land
    /// on an existing tree. The parent of `p` must exist.
    pub fn merge_node(&mut self, p: &str, node: Node) -> Result<(), FsError> {
        let (parent, name, exists) = self.for_change(p, true)?;
        if !exists {
            return self.put_node(p, node);
        }
        let mut full = parent.clone();
        full.push(name);
        let now = self.now;
        let target = self
            .node_mut(&full)
            .ok_or_else(|| err(Errno::NotFound, p))?;
        merge_into(target, node);
        if let Some(dir) = self.node_mut(&parent) {
            dir.meta.mtime = now;
        }
        Ok(())
    }

    /// Copy `from` to `to` like `cp` (`cp -r` for a directory): contents and modes are copied,
    /// the copies belong to the caller and get the current time, unless `preserve` (`cp -a`)
    /// keeps owner and times. Symlinks inside are copied as symlinks. `to` is replaced.
    pub fn copy(&mut self, from: &str, to: &str, preserve: bool) -> Result<(), FsError> {
        let (src, _) = self.lookup(from, true)?;
        if !self.allowed(&src.meta, 4) {
            return Err(err(Errno::PermissionDenied, from));
        }
        let mut node = src.clone();
        if !preserve {
            let (cred, now) = (self.cred, self.now);
            node.map_meta(&mut |_, m| {
                m.uid = cred.uid;
                m.gid = cred.gid;
                m.mtime = now;
            });
        }
        if let Ok(st) = self.stat(to) {
            if st.is_dir() && !node.is_dir() {
                return Err(err(Errno::IsADirectory, to));
            }
        }
        // Refuse copying a directory into itself, which would never end with a real cp.
        if node.is_dir() {
            let src_canon = self.canonicalize(from)?;
            let dst = path::normalize(&path::join(&self.cwd, to));
            if dst == src_canon || dst.starts_with(&format!("{src_canon}/")) {
                return Err(err(Errno::Invalid, to));
            }
        }
        let w = self.walk(to, true)?;
        self.put_node(&path::from_components(&w.comps), node)
    }

    /// Set the permission bits (follows symlinks). Only the owner or root may.
    pub fn chmod(&mut self, p: &str, mode: u32) -> Result<(), FsError> {
        let (n, comps) = self.lookup(p, true)?;
        if self.cred.uid != 0 && n.meta.uid != self.cred.uid {
            return Err(err(Errno::NotPermitted, p));
        }
        self.set_meta_at(&comps, p, |m| m.mode = mode & 0o7777)
    }

    /// Set owner and group (follows symlinks). Only root may.
    pub fn chown(&mut self, p: &str, uid: u32, gid: u32) -> Result<(), FsError> {
        let (_, comps) = self.lookup(p, true)?;
        self.chown_comps(&comps, p, uid, gid)
    }

    /// Set owner and group of the path itself, a symlink included.
    pub fn lchown(&mut self, p: &str, uid: u32, gid: u32) -> Result<(), FsError> {
        let (_, comps) = self.lookup(p, false)?;
        self.chown_comps(&comps, p, uid, gid)
    }

    fn chown_comps(
        &mut self,
        comps: &[String],
        p: &str,
        uid: u32,
        gid: u32,
    ) -> Result<(), FsError> {
        if self.cred.uid != 0 {
            return Err(err(Errno::NotPermitted, p));
        }
        self.set_meta_at(comps, p, |m| {
            m.uid = uid;
            m.gid = gid;
        })
    }

    /// Set the modification time (follows symlinks).
    pub fn set_mtime(&mut self, p: &str, mtime: u64) -> Result<(), FsError> {
        let (n, comps) = self.lookup(p, true)?;
        if !self.allowed(&n.meta, 2) && n.meta.uid != self.cred.uid {
            return Err(err(Errno::PermissionDenied, p));
        }
        self.set_meta_at(&comps, p, |m| m.mtime = mtime)
    }

    /// `touch`: stamp an existing path with the current time, or create an empty file.
    pub fn touch(&mut self, p: &str) -> Result<(), FsError> {
        match self.stat(p) {
            Ok(_) => self.set_mtime(p, self.now),
            // Missing, or a dangling symlink whose target touch creates.
            Err(e) if e.errno == Errno::NotFound => self.write_content(p, Content::empty()),
            Err(e) => Err(e),
        }
    }

    fn set_meta_at(
        &mut self,
        comps: &[String],
        p: &str,
        f: impl FnOnce(&mut Meta),
    ) -> Result<(), FsError> {
        let n = self
            .node_mut(comps)
            .ok_or_else(|| err(Errno::NotFound, p))?;
        f(&mut n.meta);
        Ok(())
    }

    /// Replace the node at canonical components without any checks (layer application).
    pub(crate) fn raw_set(&mut self, comps: &[String], node: Node) {
        if comps.is_empty() {
            if node.is_dir() {
                self.root = node;
            }
            return;
        }
        let (name, parent) = match comps.split_last() {
            Some(x) => x,
            None => return,
        };
        // Make sure every parent is a directory, creating or replacing as needed.
        let mut cur = &mut self.root;
        for c in parent {
            let ch = match cur.children_mut() {
                Some(ch) => ch,
                None => return,
            };
            let entry = ch.get_or_insert_with(c, || Node::dir(Meta::new(0o755, 0, 0, 0)));
            if !entry.is_dir() {
                *entry = Node::dir(Meta::new(0o755, 0, 0, 0));
            }
            cur = entry;
        }
        if let Some(ch) = cur.children_mut() {
            ch.insert(name.clone(), node);
        }
    }

    /// The node at canonical components, without checks.
    pub(crate) fn raw_get(&self, comps: &[String]) -> Option<&Node> {
        self.node(comps)
    }

    /// Mutable node at canonical components, without checks.
    pub(crate) fn raw_get_mut(&mut self, comps: &[String]) -> Option<&mut Node> {
        self.node_mut(comps)
    }

    /// Remove the node at canonical components, without checks.
    pub(crate) fn raw_remove(&mut self, comps: &[String]) {
        if let Some((name, parent)) = comps.split_last() {
            if let Some(ch) = self.node_mut(parent).and_then(Node::children_mut) {
                ch.remove(name);
            }
        }
    }

    /// The number of nodes in the tree (the root included).
    pub fn count(&self) -> usize {
        self.root.count()
    }
}

fn merge_into(target: &mut Node, node: Node) {
    match (target.children_mut(), node.kind) {
        (Some(existing), NodeKind::Dir(new)) => {
            let new = Arc::try_unwrap(new).unwrap_or_else(|shared| (*shared).clone());
            for (name, child) in new {
                match existing.get_mut(&name) {
                    Some(slot) if slot.is_dir() && child.is_dir() => merge_into(slot, child),
                    _ => {
                        existing.insert(name, child);
                    }
                }
            }
        }
        (_, kind) => {
            *target = Node {
                meta: node.meta,
                kind,
            }
        }
    }
}

fn st_meta(st: &Stat) -> Meta {
    Meta::new(st.mode, st.uid, st.gid, st.mtime)
}
