//! Differences between two filesystem states (`docker diff`), snapshots of a state as layer
//! entries and tars, and applying a layer (whiteouts and opaque directories honoured).

use std::sync::Arc;

use super::error::{Errno, FsError};
use super::fs::Fs;
use super::node::{Children, Meta, Node, NodeKind};
use super::path;
use crate::store::{self, Content, Entry, EntryKind, StoreError};

/// How a path changed between two states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    Added,
    Modified,
    Deleted,
}

impl ChangeKind {
    /// The letter `docker diff` prints: `A`, `C` or `D`.
    pub fn letter(self) -> char {
        match self {
            ChangeKind::Added => 'A',
            ChangeKind::Modified => 'C',
            ChangeKind::Deleted => 'D',
        }
    }
}

/// One changed path (absolute).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    pub path: String,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind.letter(), self.path)
    }
}

fn join(at: &str, name: &str) -> String {
    if at.is_empty() || at == "/" {
        format!("/{name}")
    } else {
        format!("{at}/{name}")
    }
}

fn same_children(a: &Arc<Children>, b: &Arc<Children>) -> bool {
    Arc::ptr_eq(a, b) || a == b
}

/// What changed from `old` to `new`, in path order, as `docker diff` lists it: a directory
/// whose metadata or entries changed is `C`, everything inside an added directory is `A`,
/// and only the top of a deleted tree is `D`. Shared subtrees are skipped without looking.
pub fn diff(old: &Fs, new: &Fs) -> Vec<Change> {
    let mut out = Vec::new();
    if let (Some(a), Some(b)) = (old.root().children(), new.root().children()) {
        diff_children("/", a, b, &mut out);
    }
    out
}

fn diff_children(at: &str, old: &Children, new: &Children, out: &mut Vec<Change>) {
    Children::zip(old, new, |name, o, n| {
        let p = join(at, name);
        match (o, n) {
            (Some(_), None) => out.push(Change {
                kind: ChangeKind::Deleted,
                path: p,
            }),
            (None, Some(n)) => added(&p, n, out),
            (Some(o), Some(n)) => match (&o.kind, &n.kind) {
                (NodeKind::Dir(oc), NodeKind::Dir(nc)) => {
                    if same_children(oc, nc) && o.meta == n.meta {
                        return true;
                    }
                    let mut inner = Vec::new();
                    diff_children(&p, oc, nc, &mut inner);
                    if o.meta != n.meta || !inner.is_empty() {
                        out.push(Change {
                            kind: ChangeKind::Modified,
                            path: p,
                        });
                    }
                    out.extend(inner);
                }
                _ if o == n => {}
                (_, NodeKind::Dir(nc)) => {
                    out.push(Change {
                        kind: ChangeKind::Modified,
                        path: p.clone(),
                    });
                    for (cn, c) in nc.iter() {
                        added(&join(&p, cn), c, out);
                    }
                }
                _ => out.push(Change {
                    kind: ChangeKind::Modified,
                    path: p,
                }),
            },
            (None, None) => {}
        }
        true
    });
}

fn added(p: &str, n: &Node, out: &mut Vec<Change>) {
    out.push(Change {
        kind: ChangeKind::Added,
        path: p.to_string(),
    });
    if let Some(ch) = n.children() {
        for (name, c) in ch.iter() {
            added(&join(p, name), c, out);
        }
    }
}

/// The layer entry for one node at relative path `rel`.
fn entry_of(rel: &str, n: &Node) -> Entry {
    let kind = match &n.kind {
        NodeKind::File(c) => EntryKind::File(c.clone()),
        NodeKind::Dir(_) => EntryKind::Dir,
        NodeKind::Symlink(t) => EntryKind::Symlink(t.clone()),
    };
    Entry {
        path: rel.to_string(),
        kind,
        mode: n.meta.mode,
        uid: n.meta.uid,
        gid: n.meta.gid,
        mtime: n.meta.mtime,
    }
}

fn rel_join(at: &str, name: &str) -> String {
    if at.is_empty() {
        name.to_string()
    } else {
        format!("{at}/{name}")
    }
}

fn all_entries(rel: &str, n: &Node, out: &mut Vec<Entry>) {
    out.push(entry_of(rel, n));
    if let Some(ch) = n.children() {
        for (name, c) in ch.iter() {
            all_entries(&rel_join(rel, name), c, out);
        }
    }
}

/// The entries of a layer that takes `old` to `new`: new and changed nodes (with every
/// directory above them, as an overlay upper directory holds them), whiteouts for deleted
/// paths, and an opaque marker for a directory whose old entries (two or more) are all gone.
/// In walk order, ready for [`store::pack`].
pub fn layer_entries(old: &Fs, new: &Fs) -> Vec<Entry> {
    let mut out = Vec::new();
    if let (Some(a), Some(b)) = (old.root().children(), new.root().children()) {
        snap_children("", a, b, &mut out);
    }
    store::sort_entries(&mut out);
    out
}

fn snap_children(at: &str, old: &Children, new: &Children, out: &mut Vec<Entry>) {
    // Entries shared by both states are skipped unseen; the rest are compared by name.
    Children::zip(old, new, |name, o, n| {
        let rel = rel_join(at, name);
        match (o, n) {
            (Some(_), None) => out.push(Entry::new(&rel, EntryKind::Whiteout)),
            (None, Some(n)) => all_entries(&rel, n, out),
            (Some(o), Some(n)) => match (&o.kind, &n.kind) {
                (NodeKind::Dir(oc), NodeKind::Dir(nc)) => {
                    if same_children(oc, nc) && o.meta == n.meta {
                        return true;
                    }
                    let mut inner = Vec::new();
                    let all_gone = oc.len() >= 2 && oc.keys().all(|k| !nc.contains_key(k));
                    if all_gone {
                        let empty = Children::new();
                        snap_children(&rel, &empty, nc, &mut inner);
                        inner.push(Entry::new(&rel, EntryKind::Opaque));
                    } else {
                        snap_children(&rel, oc, nc, &mut inner);
                    }
                    if o.meta != n.meta || !inner.is_empty() {
                        out.push(entry_of(&rel, n));
                    }
                    out.extend(inner);
                }
                _ if o == n => {}
                _ => all_entries(&rel, n, out),
            },
            (None, None) => {}
        }
        true
    });
}

/// Every node of `fs` as layer entries (a base layer holding the whole tree).
pub fn full_entries(fs: &Fs) -> Vec<Entry> {
    layer_entries(&Fs::new(), fs)
}

/// Pack the change from `old` to `new` into a layer tar and gzip blob.
pub fn snapshot(old: &Fs, new: &Fs) -> Result<store::Packed, StoreError> {
    store::pack(&layer_entries(old, new))
}

fn comps_of(rel: &str) -> Vec<String> {
    rel.split('/')
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

impl Fs {
    /// Apply layer entries on top of this state, as unpacking a layer onto the layers below:
    /// first whiteouts and opaque markers (they hide what is below), then the new nodes in
    /// walk order. A directory entry over an existing directory changes only its metadata;
    /// anything else replaces what was there. Missing parents are created (0755, root).
    /// Hard links become copies of their target. On error nothing changes.
    pub fn apply_entries(&mut self, entries: &[Entry]) -> Result<(), StoreError> {
        let mut next = self.clone();
        for e in entries {
            match e.kind {
                EntryKind::Whiteout => next.raw_remove(&comps_of(&e.path)),
                EntryKind::Opaque => {
                    if let Some(ch) = next
                        .raw_get_mut(&comps_of(&e.path))
                        .and_then(Node::children_mut)
                    {
                        ch.clear();
                    }
                }
                _ => {}
            }
        }
        let mut sorted: Vec<&Entry> = entries
            .iter()
            .filter(|e| !matches!(e.kind, EntryKind::Whiteout | EntryKind::Opaque))
            .collect();
        // Hard links last, so their targets exist whatever the order of names.
        crate::sort::sort_by(&mut sorted, |a, b| {
            let link = |e: &Entry| matches!(e.kind, EntryKind::Link(_));
            link(a)
                .cmp(&link(b))
                .then_with(|| store::walk_order(&a.path, &b.path))
        });
        for e in sorted {
            let comps = comps_of(&e.path);
            let meta = Meta::new(e.mode, e.uid, e.gid, e.mtime);
            let node = match &e.kind {
                EntryKind::Dir => {
                    if let Some(existing) = next.raw_get_mut(&comps) {
                        if existing.is_dir() {
                            existing.meta = meta;
                            continue;
                        }
                    }
                    Node::dir(meta)
                }
                EntryKind::File(c) => Node::file(meta, c.clone()),
                EntryKind::Symlink(t) => Node::symlink(meta, t),
                EntryKind::Link(target) => {
                    let content: Content = match next.raw_get(&comps_of(target)) {
                        Some(Node {
                            kind: NodeKind::File(c),
                            ..
                        }) => c.clone(),
                        _ => {
                            return Err(StoreError::Tar(format!(
                                "archive/tar: hard link {} points to missing file {target}",
                                e.path
                            )))
                        }
                    };
                    Node::file(meta, content)
                }
                EntryKind::Whiteout | EntryKind::Opaque => continue,
            };
            if comps.is_empty() {
                continue;
            }
            next.raw_set(&comps, node);
        }
        *self = next;
        Ok(())
    }

    /// The subtree at `p` (following a final symlink) as layer entries named under `prefix`
    /// (`""` for the subtree's own contents only), in walk order: what `tar c` writes.
    pub fn subtree_entries(&self, p: &str, prefix: &str) -> Result<Vec<Entry>, FsError> {
        let node = self.get_node(p, true)?;
        let prefix = prefix.trim_matches('/');
        let mut out = Vec::new();
        if prefix.is_empty() {
            if let Some(ch) = node.children() {
                for (name, c) in ch.iter() {
                    all_entries(name, c, &mut out);
                }
            } else {
                all_entries(path::file_name(p), &node, &mut out);
            }
        } else {
            all_entries(prefix, &node, &mut out);
        }
        store::sort_entries(&mut out);
        Ok(out)
    }

    /// Apply layer entries below directory `dir` instead of the root (what `tar x -C dir`
    /// does with an archive's entries). `dir` must be an existing directory.
    pub fn apply_entries_at(&mut self, dir: &str, entries: &[Entry]) -> Result<(), FsError> {
        let base = self.canonicalize(dir)?;
        if !self.is_dir(&base) {
            return Err(FsError::new(Errno::NotADirectory, dir));
        }
        let rel = base.trim_start_matches('/');
        let moved: Vec<Entry> = entries
            .iter()
            .map(|e| Entry {
                path: if rel.is_empty() {
                    e.path.clone()
                } else if e.path.is_empty() {
                    rel.to_string()
                } else {
                    format!("{rel}/{}", e.path)
                },
                ..e.clone()
            })
            .collect();
        self.apply_entries(&moved)
            .map_err(|_| FsError::new(Errno::NotFound, dir))
    }

    /// Apply a layer given as a tar or gzipped tar (an uploaded file, a pulled blob).
    /// Garbage is an error and leaves this state unchanged.
    pub fn apply_layer(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        let entries = store::read_layer(bytes)?;
        self.apply_entries(&entries)
    }

    /// A filesystem built from layer tars, bottom first.
    pub fn from_layers<'a>(layers: impl IntoIterator<Item = &'a [u8]>) -> Result<Fs, StoreError> {
        let mut fs = Fs::new();
        for l in layers {
            fs.apply_layer(l)?;
        }
        Ok(fs)
    }
}
