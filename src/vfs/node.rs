//! Filesystem nodes: files, directories and symlinks with their metadata, `stat` results, and
//! `ls -l` style mode strings. Directories share their children through `Arc`, so a copy of a
//! whole tree is one pointer copy and a change copies only the path to it.

use std::sync::Arc;

pub use super::children::Children;
pub use crate::store::Content;

/// Ownership, permissions and modification time of a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Meta {
    /// Permission bits including setuid/setgid/sticky (`0o7777`); the type is in [`NodeKind`].
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    /// Seconds since the Unix epoch, from the simulated clock.
    pub mtime: u64,
}

impl Meta {
    pub fn new(mode: u32, uid: u32, gid: u32, mtime: u64) -> Meta {
        Meta {
            mode: mode & 0o7777,
            uid,
            gid,
            mtime,
        }
    }
}

/// What a node is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    File(Content),
    Dir(Arc<Children>),
    /// The target text, as stored (relative or absolute).
    Symlink(String),
}

/// One node of the tree: its metadata and what it is. Cloning is cheap (contents and
/// directory children are shared).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub meta: Meta,
    pub kind: NodeKind,
}

/// The three kinds of node, without their contents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    File,
    Dir,
    Symlink,
}

/// What `stat`/`lstat` report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    pub kind: Kind,
    /// Permission bits (`0o7777`).
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    /// Bytes: a file's (declared or real) size, 4096 for a directory, the target length for a
    /// symlink.
    pub size: u64,
    pub mtime: u64,
    /// Whether a file's size is declared (simulated content) rather than real bytes.
    pub declared: bool,
    /// Link count as `ls -l` shows it: 1 for files and symlinks, 2 + subdirectories for a
    /// directory.
    pub nlink: u32,
}

impl Stat {
    pub fn is_dir(&self) -> bool {
        self.kind == Kind::Dir
    }
    pub fn is_file(&self) -> bool {
        self.kind == Kind::File
    }
    pub fn is_symlink(&self) -> bool {
        self.kind == Kind::Symlink
    }

    /// The mode as `ls -l` prints it: `drwxr-xr-x`, `-rw-r--r--`, `lrwxrwxrwx`, with `s`/`S`
    /// and `t`/`T` for the special bits.
    pub fn mode_string(&self) -> String {
        let mut s = String::with_capacity(10);
        s.push(match self.kind {
            Kind::Dir => 'd',
            Kind::Symlink => 'l',
            Kind::File => '-',
        });
        let m = self.mode;
        let triple = |shift: u32, special: bool, on: char, off: char, s: &mut String| {
            let bits = (m >> shift) & 7;
            s.push(if bits & 4 != 0 { 'r' } else { '-' });
            s.push(if bits & 2 != 0 { 'w' } else { '-' });
            s.push(match (bits & 1 != 0, special) {
                (true, true) => on,
                (false, true) => off,
                (true, false) => 'x',
                (false, false) => '-',
            });
        };
        triple(6, m & 0o4000 != 0, 's', 'S', &mut s);
        triple(3, m & 0o2000 != 0, 's', 'S', &mut s);
        triple(0, m & 0o1000 != 0, 't', 'T', &mut s);
        s
    }
}

impl Node {
    /// An empty directory.
    pub fn dir(meta: Meta) -> Node {
        Node {
            meta,
            kind: NodeKind::Dir(Arc::new(Children::new())),
        }
    }

    pub fn file(meta: Meta, content: Content) -> Node {
        Node {
            meta,
            kind: NodeKind::File(content),
        }
    }

    pub fn symlink(meta: Meta, target: &str) -> Node {
        Node {
            meta,
            kind: NodeKind::Symlink(target.to_string()),
        }
    }

    pub fn kind(&self) -> Kind {
        match self.kind {
            NodeKind::File(_) => Kind::File,
            NodeKind::Dir(_) => Kind::Dir,
            NodeKind::Symlink(_) => Kind::Symlink,
        }
    }

    pub fn is_dir(&self) -> bool {
        matches!(self.kind, NodeKind::Dir(_))
    }

    /// A directory's children.
    pub fn children(&self) -> Option<&Children> {
        match &self.kind {
            NodeKind::Dir(c) => Some(c),
            _ => None,
        }
    }

    /// A directory's children, for changing (copied first if shared).
    pub fn children_mut(&mut self) -> Option<&mut Children> {
        match &mut self.kind {
            NodeKind::Dir(c) => Some(Arc::make_mut(c)),
            _ => None,
        }
    }

    /// A file's content.
    pub fn content(&self) -> Option<&Content> {
        match &self.kind {
            NodeKind::File(c) => Some(c),
            _ => None,
        }
    }

    pub fn stat(&self) -> Stat {
        let (kind, size, declared, nlink) = match &self.kind {
            NodeKind::File(c) => (Kind::File, c.size(), c.is_declared(), 1),
            NodeKind::Dir(ch) => {
                let subdirs = ch.values().filter(|n| n.is_dir()).count() as u32;
                (Kind::Dir, 4096, false, 2 + subdirs)
            }
            NodeKind::Symlink(t) => (Kind::Symlink, t.len() as u64, false, 1),
        };
        Stat {
            kind,
            mode: self.meta.mode,
            uid: self.meta.uid,
            gid: self.meta.gid,
            size,
            mtime: self.meta.mtime,
            declared,
            nlink,
        }
    }

    /// Visit this node and everything below it, changing metadata (`COPY --chown`,
    /// `chown -R`). `f` gets each node's kind and metadata; shared subtrees are copied only
    /// where something changes.
    pub fn map_meta(&mut self, f: &mut dyn FnMut(Kind, &mut Meta)) {
        let kind = self.kind();
        let mut meta = self.meta;
        f(kind, &mut meta);
        self.meta = meta;
        if let NodeKind::Dir(ch) = &mut self.kind {
            for child in Arc::make_mut(ch).values_mut() {
                child.map_meta(f);
            }
        }
    }

    /// The number of nodes in this subtree, itself included.
    pub fn count(&self) -> usize {
        1 + self
            .children()
            .map_or(0, |c| c.values().map(Node::count).sum())
    }

    /// The sum of file sizes (declared sizes included) in this subtree.
    pub fn total_size(&self) -> u64 {
        match &self.kind {
            NodeKind::File(c) => c.size(),
            NodeKind::Dir(ch) => ch.values().map(Node::total_size).sum(),
            NodeKind::Symlink(_) => 0,
        }
    }
}
