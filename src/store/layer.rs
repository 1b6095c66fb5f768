//! Layer contents and their deterministic tar and gzip forms: entries, whiteouts, declared-size
//! files, packing into a tar and a gzip blob (diff ID and blob digest), and reading a tar back.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::fmt;
use std::io::Read;
use std::sync::Arc;

use super::digest::Digest;
use super::StoreError;

/// The PAX record that carries a simulated file's declared size (see the module docs).
pub const DECLARED_SIZE_KEY: &str = "LAYERLAB.declared_size";
/// The prefix of a whiteout file's name: `.wh.foo` deletes `foo` from the layers below.
pub const WHITEOUT_PREFIX: &str = ".wh.";
/// The name of the marker that makes a directory opaque: nothing below shows through it.
pub const OPAQUE_MARKER: &str = ".wh..wh..opq";
/// The most bytes a gzip blob may unpack to; larger uploads are refused rather than
/// exhausting the browser tab's memory.
pub const MAX_UNPACKED: u64 = 256 << 20;

/// The content of a regular file: real bytes, or a declared size with a short synthetic body.
///
/// Files a learner writes are `Bytes`. Files that a simulated install creates are `Declared`:
/// `size()` reports the declared size (what `ls -l` and `docker images` add up), while `body()`
/// is the short text that `cat` prints and that the layer tar carries.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Content {
    Bytes(Arc<[u8]>),
    Declared { size: u64, body: Arc<[u8]> },
}

impl Content {
    /// Real bytes.
    pub fn bytes(data: impl Into<Arc<[u8]>>) -> Content {
        Content::Bytes(data.into())
    }

    /// An empty file.
    pub fn empty() -> Content {
        Content::Bytes(Arc::from(&[][..]))
    }

    /// A declared size with the given short body.
    pub fn declared(size: u64, body: impl Into<Arc<[u8]>>) -> Content {
        Content::Declared {
            size,
            body: body.into(),
        }
    }

    /// A declared size with a standard synthetic body naming what the file stands for.
    pub fn synthetic(size: u64, what: &str) -> Content {
        let body = format!(
            "layerlab: simulated content of {what} ({size} bytes declared; the real bytes are not stored)\n"
        );
        Content::declared(size, body.into_bytes())
    }

    /// The size the file reports: the declared size, or the number of real bytes.
    pub fn size(&self) -> u64 {
        match self {
            Content::Bytes(b) => b.len() as u64,
            Content::Declared { size, .. } => *size,
        }
    }

    /// The bytes a reader sees: the real bytes, or the synthetic body.
    pub fn body(&self) -> &[u8] {
        match self {
            Content::Bytes(b) | Content::Declared { body: b, .. } => b,
        }
    }

    /// Whether this file's size is declared rather than real.
    pub fn is_declared(&self) -> bool {
        matches!(self, Content::Declared { .. })
    }

    /// The declared size, for a simulated file.
    pub fn declared_size(&self) -> Option<u64> {
        match self {
            Content::Declared { size, .. } => Some(*size),
            Content::Bytes(_) => None,
        }
    }
}

impl Default for Content {
    fn default() -> Content {
        Content::empty()
    }
}

impl fmt::Debug for Content {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = String::from_utf8_lossy(self.body());
        let mut shown: String = body.chars().take(40).collect();
        if shown.len() < body.len() {
            shown.push('…');
        }
        match self {
            Content::Bytes(_) => write!(f, "Bytes({shown:?})"),
            Content::Declared { size, .. } => write!(f, "Declared({size}, {shown:?})"),
        }
    }
}

/// What one layer entry is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryKind {
    Dir,
    File(Content),
    /// A symbolic link to the stored target text.
    Symlink(String),
    /// A hard link to another path in the same layer (relative, like `path`).
    Link(String),
    /// `path` is deleted from the layers below (`.wh.<name>` in the tar).
    Whiteout,
    /// The directory at `path` hides everything the layers below have in it
    /// (`<path>/.wh..wh..opq` in the tar).
    Opaque,
}

/// One entry of a layer. `path` is relative to the root, without a leading `/` or `./` and
/// without a trailing `/` (`app/app.py`). `mode` holds the permission bits (`0o7777`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub kind: EntryKind,
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    /// Seconds since the Unix epoch, from the simulated clock.
    pub mtime: u64,
}

impl Entry {
    /// An entry with mode 0644 (files) / 0755 (directories, links), owned by root, mtime 0.
    pub fn new(path: &str, kind: EntryKind) -> Entry {
        let mode = match kind {
            EntryKind::Dir | EntryKind::Symlink(_) => 0o755,
            EntryKind::Whiteout | EntryKind::Opaque => 0,
            _ => 0o644,
        };
        Entry {
            path: path.trim_start_matches("./").trim_matches('/').to_string(),
            kind,
            mode,
            uid: 0,
            gid: 0,
            mtime: 0,
        }
    }

    pub fn with_mode(mut self, mode: u32) -> Entry {
        self.mode = mode & 0o7777;
        self
    }

    pub fn with_owner(mut self, uid: u32, gid: u32) -> Entry {
        self.uid = uid;
        self.gid = gid;
        self
    }

    pub fn with_mtime(mut self, mtime: u64) -> Entry {
        self.mtime = mtime;
        self
    }

    /// The name this entry has inside the tar (`app/`, `app/.wh.old.txt`, …).
    pub fn tar_name(&self) -> String {
        match self.kind {
            EntryKind::Dir => format!("{}/", self.path),
            EntryKind::Whiteout => match self.path.rsplit_once('/') {
                Some((dir, name)) => format!("{dir}/{WHITEOUT_PREFIX}{name}"),
                None => format!("{WHITEOUT_PREFIX}{}", self.path),
            },
            EntryKind::Opaque if self.path.is_empty() => OPAQUE_MARKER.to_string(),
            EntryKind::Opaque => format!("{}/{OPAQUE_MARKER}", self.path),
            _ => self.path.clone(),
        }
    }

    /// The size this entry adds to the layer's size as `docker history` shows it.
    pub fn size(&self) -> u64 {
        match &self.kind {
            EntryKind::File(c) => c.size(),
            _ => 0,
        }
    }
}

/// The order of entries in a layer tar: a depth-first walk with the names of each directory
/// sorted bytewise, so a directory always comes before what it holds.
pub fn walk_order(a: &str, b: &str) -> Ordering {
    let a = a.trim_end_matches('/');
    let b = b.trim_end_matches('/');
    a.split('/').cmp(b.split('/'))
}

/// Sort entries into tar order (see [`walk_order`]).
pub fn sort_entries(entries: &mut [Entry]) {
    crate::sort::sort_by(entries, |a, b| walk_order(&a.tar_name(), &b.tar_name()));
}

/// A packed layer: the tar, the gzip blob, and their digests and sizes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packed {
    pub tar: Vec<u8>,
    pub blob: Vec<u8>,
    pub layer: Layer,
}

/// The identity and sizes of a layer, as the image config and manifest refer to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Layer {
    /// sha256 of the uncompressed tar (what `rootfs.diff_ids` lists).
    pub diff_id: Digest,
    /// sha256 of the gzip blob (what the manifest lists and a registry stores).
    pub digest: Digest,
    /// The content size: the sum of the file sizes, declared sizes included
    /// (what `docker history` and `docker images` add up).
    pub size: u64,
    /// Bytes in the tar.
    pub tar_size: u64,
    /// Bytes in the gzip blob.
    pub blob_size: u64,
}

/// Build the tar and gzip blob of `entries` (in any order; they are sorted) and their digests.
pub fn pack(entries: &[Entry]) -> Result<Packed, StoreError> {
    let tar = build_tar(entries)?;
    let blob = gzip(&tar);
    let size = entries.iter().map(Entry::size).sum();
    let layer = Layer {
        diff_id: Digest::of(&tar),
        digest: Digest::of(&blob),
        size,
        tar_size: tar.len() as u64,
        blob_size: blob.len() as u64,
    };
    Ok(Packed { tar, blob, layer })
}

/// The deterministic tar of `entries`: sorted in walk order, ustar headers with empty user and
/// group names, the entry's own mode, owner and mtime, PAX records for long names and declared
/// sizes, and the two zero blocks at the end.
pub fn build_tar(entries: &[Entry]) -> Result<Vec<u8>, StoreError> {
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    crate::sort::sort_by(&mut sorted, |a, b| walk_order(&a.tar_name(), &b.tar_name()));
    for pair in sorted.windows(2) {
        if pair[0].tar_name() == pair[1].tar_name() {
            return Err(StoreError::DuplicatePath(pair[0].path.clone()));
        }
    }
    let mut out = Vec::new();
    for e in sorted {
        write_entry(&mut out, e)?;
    }
    out.extend_from_slice(&[0u8; 1024]);
    Ok(out)
}

fn write_entry(out: &mut Vec<u8>, e: &Entry) -> Result<(), StoreError> {
    if e.path.is_empty() && !matches!(e.kind, EntryKind::Opaque | EntryKind::Dir) {
        return Err(StoreError::UnsafePath(String::new()));
    }
    if e.path
        .split('/')
        .any(|c| c == ".." || c == "." || c.is_empty())
        && !e.path.is_empty()
    {
        return Err(StoreError::UnsafePath(e.path.clone()));
    }
    let name = e.tar_name();
    let mut header = tar::Header::new_ustar();
    let (typ, link, data): (tar::EntryType, Option<&str>, &[u8]) = match &e.kind {
        EntryKind::Dir => (tar::EntryType::Directory, None, &[]),
        EntryKind::File(c) => (tar::EntryType::Regular, None, c.body()),
        EntryKind::Symlink(t) => (tar::EntryType::Symlink, Some(t.as_str()), &[]),
        EntryKind::Link(t) => (tar::EntryType::Link, Some(t.as_str()), &[]),
        EntryKind::Whiteout | EntryKind::Opaque => (tar::EntryType::Regular, None, &[]),
    };
    let mut pax: Vec<(&str, String)> = Vec::new();
    if !set_name(&mut header, &name) {
        pax.push(("path", name.clone()));
    }
    if let Some(l) = link {
        if l.len() <= 100 && !l.contains('\0') {
            header.as_old_mut().linkname[..l.len()].copy_from_slice(l.as_bytes());
        } else {
            pax.push(("linkpath", l.to_string()));
        }
    }
    if let EntryKind::File(Content::Declared { size, .. }) = &e.kind {
        pax.push((DECLARED_SIZE_KEY, size.to_string()));
    }
    let map = |err: std::io::Error| StoreError::Tar(err.to_string());
    header.set_entry_type(typ);
    header.set_mode(e.mode & 0o7777);
    header.set_uid(u64::from(e.uid));
    header.set_gid(u64::from(e.gid));
    header.set_mtime(e.mtime);
    header.set_size(data.len() as u64);
    header.set_device_major(0).map_err(map)?;
    header.set_device_minor(0).map_err(map)?;
    header.set_cksum();
    if !pax.is_empty() {
        let mut records = Vec::new();
        for (k, v) in &pax {
            records.extend_from_slice(pax_record(k, v).as_bytes());
        }
        let mut ph = tar::Header::new_ustar();
        let base = name.trim_end_matches('/').rsplit('/').next().unwrap_or("");
        let mut pname = format!("PaxHeaders.0/{base}");
        truncate_utf8(&mut pname, 100);
        set_name(&mut ph, &pname);
        ph.set_entry_type(tar::EntryType::XHeader);
        ph.set_mode(0o644);
        ph.set_mtime(e.mtime);
        ph.set_size(records.len() as u64);
        ph.set_device_major(0).map_err(map)?;
        ph.set_device_minor(0).map_err(map)?;
        ph.set_cksum();
        push_block(out, ph.as_bytes(), &records);
    }
    push_block(out, header.as_bytes(), data);
    Ok(())
}

fn push_block(out: &mut Vec<u8>, header: &[u8; 512], data: &[u8]) {
    out.extend_from_slice(header);
    out.extend_from_slice(data);
    let pad = (512 - data.len() % 512) % 512;
    out.resize(out.len() + pad, 0);
}

fn truncate_utf8(s: &mut String, max: usize) {
    if s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
}

/// Put `name` in the ustar name field, splitting into prefix and name at a `/` when it is longer
/// than 100 bytes. Returns false (with a truncated name set) when it does not fit either way.
fn set_name(header: &mut tar::Header, name: &str) -> bool {
    let bytes = name.as_bytes();
    let fits = |n: &[u8]| n.len() <= 100 && !n.contains(&0);
    if fits(bytes) {
        header.as_old_mut().name[..bytes.len()].copy_from_slice(bytes);
        return true;
    }
    if let Some(ustar) = header.as_ustar_mut() {
        // Split at a '/' so the prefix fits in 155 bytes and the rest in 100.
        let trimmed = name.trim_end_matches('/');
        for (i, _) in trimmed.match_indices('/') {
            let (prefix, rest) = (&bytes[..i], &bytes[i + 1..]);
            if prefix.len() <= 155 && fits(rest) && !rest.is_empty() && !prefix.contains(&0) {
                ustar.prefix[..prefix.len()].copy_from_slice(prefix);
                ustar.name[..rest.len()].copy_from_slice(rest);
                return true;
            }
        }
    }
    let mut short = name.to_string();
    short.retain(|c| c != '\0');
    truncate_utf8(&mut short, 100);
    header.as_old_mut().name[..short.len()].copy_from_slice(short.as_bytes());
    false
}

/// One PAX record: `<len> <key>=<value>\n`, where `<len>` counts the whole record.
fn pax_record(key: &str, value: &str) -> String {
    let body = key.len() + value.len() + 3; // ' ', '=', '\n'
    let mut len = body + 1;
    loop {
        let total = body + len.to_string().len();
        if total == len {
            break;
        }
        len = total;
    }
    format!("{len} {key}={value}\n")
}

/// Gzip `data` with a fixed header (no mtime, no file name, OS unknown) so the bytes and the
/// blob digest depend only on the input. The level is 1 (fast): a blob digest can never equal
/// Docker's anyway (its deflate implementation differs), and in the browser a level-6 pass over
/// a 1 MB layer costs several times as long for about 6% smaller blobs.
///
/// The compressor is kept per thread and reset between blobs: a new one allocates and clears
/// some 300 KB of tables, which for a build of many small layers cost more than compressing.
/// A reset compressor starts from the same state as a new one, so the bytes are the same.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    use miniz_oxide::deflate::core::CompressorOxide;
    thread_local! {
        static DEFLATE: RefCell<Option<Box<CompressorOxide>>> = const { RefCell::new(None) };
    }
    fn level_1() -> Box<CompressorOxide> {
        let mut c: Box<CompressorOxide> = Box::default();
        c.set_format_and_level(miniz_oxide::DataFormat::Raw, 1);
        c
    }
    // Magic, deflate, no flags, no mtime, XFL 4 (fastest), OS 255 (unknown).
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 255]);
    DEFLATE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut slot) => deflate_into(slot.get_or_insert_with(level_1), data, &mut out),
        // Only a re-entrant call finds it taken; it gets a compressor of its own.
        Err(_) => deflate_into(&mut level_1(), data, &mut out),
    });
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

/// Raw deflate of `data` onto `out` with `c`, which is reset first.
fn deflate_into(
    c: &mut miniz_oxide::deflate::core::CompressorOxide,
    data: &[u8],
    out: &mut Vec<u8>,
) {
    use miniz_oxide::deflate::core::{compress_to_output, TDEFLFlush};
    c.reset();
    compress_to_output(c, data, TDEFLFlush::Finish, |chunk| {
        out.extend_from_slice(chunk);
        true
    });
}

/// The CRC-32 (IEEE) table, one entry per byte value.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// The CRC-32 that gzip's trailer carries. A byte-at-a-time table: 1 KB in the bundle rather
/// than the 16 KB a sliced implementation needs, and layers are small.
pub fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Whether `bytes` start like a gzip stream.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Unpack a gzip blob, refusing more than [`MAX_UNPACKED`] bytes of output.
pub fn gunzip(blob: &[u8]) -> Result<Vec<u8>, StoreError> {
    gunzip_limited(blob, MAX_UNPACKED)
}

/// The length of the gzip member header at the start of `blob` (RFC 1952: the fixed ten bytes,
/// then the optional extra field, file name, comment and header CRC that the flags announce).
fn gzip_header_len(blob: &[u8]) -> Option<usize> {
    if blob.len() < 10 || !is_gzip(blob) || blob[2] != 8 {
        return None;
    }
    let flags = blob[3];
    let mut at = 10;
    if flags & 4 != 0 {
        let xlen = u16::from_le_bytes([*blob.get(at)?, *blob.get(at + 1)?]) as usize;
        at += 2 + xlen;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            at += blob.get(at..)?.iter().position(|&b| b == 0)? + 1;
        }
    }
    if flags & 2 != 0 {
        at += 2;
    }
    (at <= blob.len()).then_some(at)
}

/// Unpack a gzip blob, refusing more than `limit` bytes of output.
pub fn gunzip_limited(blob: &[u8], limit: u64) -> Result<Vec<u8>, StoreError> {
    use miniz_oxide::inflate::stream::{inflate, InflateState};
    use miniz_oxide::{MZFlush, MZStatus};
    let err = |m: &str| StoreError::Gzip(format!("gzip: {m}"));
    if !is_gzip(blob) {
        return Err(err("invalid header"));
    }
    let start = gzip_header_len(blob).ok_or_else(|| err("invalid gzip header"))?;
    let mut input = &blob[start..];
    let mut state = InflateState::new_boxed(miniz_oxide::DataFormat::Raw);
    let mut buf = vec![0u8; 32 << 10];
    let mut out = Vec::new();
    loop {
        let r = inflate(&mut state, input, &mut buf, MZFlush::None);
        input = &input[r.bytes_consumed..];
        out.extend_from_slice(&buf[..r.bytes_written]);
        if out.len() as u64 > limit {
            return Err(StoreError::TooLarge(limit));
        }
        match r.status {
            Ok(MZStatus::StreamEnd) => break,
            Ok(_) if r.bytes_consumed == 0 && r.bytes_written == 0 => {
                return Err(err("unexpected end of file"))
            }
            Ok(_) => {}
            Err(_) => return Err(err("corrupt deflate stream")),
        }
    }
    let trailer = input
        .get(..8)
        .ok_or_else(|| err("unexpected end of file"))?;
    let crc = u32::from_le_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
    let size = u32::from_le_bytes([trailer[4], trailer[5], trailer[6], trailer[7]]);
    if crc != crc32(&out) || size != out.len() as u32 {
        return Err(err("corrupt gzip stream does not have a matching checksum"));
    }
    Ok(out)
}

/// Read the entries of a layer, given as a tar or a gzipped tar. Whiteouts and opaque markers
/// become [`EntryKind::Whiteout`] and [`EntryKind::Opaque`]; a PAX declared size makes a
/// [`Content::Declared`] file. Device nodes and FIFOs are skipped. Garbage gives an error,
/// never a panic; paths that climb out with `..` are refused.
pub fn read_layer(bytes: &[u8]) -> Result<Vec<Entry>, StoreError> {
    if is_gzip(bytes) {
        let tar = gunzip(bytes)?;
        read_tar(&tar)
    } else {
        read_tar(bytes)
    }
}

/// Read the entries of an uncompressed tar (see [`read_layer`]).
pub fn read_tar(bytes: &[u8]) -> Result<Vec<Entry>, StoreError> {
    let map = |e: std::io::Error| StoreError::Tar(format!("archive/tar: {e}"));
    if bytes.len() < 512 {
        if bytes.iter().all(|&b| b == 0) {
            return Ok(Vec::new());
        }
        return Err(StoreError::Tar("archive/tar: unexpected EOF".to_string()));
    }
    let mut archive = tar::Archive::new(bytes);
    let mut out = Vec::new();
    for entry in archive.entries().map_err(map)? {
        let mut entry = entry.map_err(map)?;
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let path = clean_path(&raw)?;
        let header = entry.header();
        let mode = header.mode().map_err(map)? & 0o7777;
        let uid = u32::try_from(header.uid().map_err(map)?).unwrap_or(u32::MAX);
        let gid = u32::try_from(header.gid().map_err(map)?).unwrap_or(u32::MAX);
        let mtime = header.mtime().map_err(map)?;
        let typ = header.entry_type();
        let link = entry
            .link_name_bytes()
            .map(|l| String::from_utf8_lossy(&l).into_owned());
        let (dir, name) = match path.rsplit_once('/') {
            Some((d, n)) => (d.to_string(), n.to_string()),
            None => (String::new(), path.clone()),
        };
        let kind = if name == OPAQUE_MARKER {
            out.push(Entry {
                path: dir,
                kind: EntryKind::Opaque,
                mode,
                uid,
                gid,
                mtime,
            });
            continue;
        } else if let Some(hidden) = name.strip_prefix(WHITEOUT_PREFIX) {
            if hidden.is_empty() || hidden == "." || hidden == ".." {
                return Err(StoreError::UnsafePath(raw));
            }
            let path = if dir.is_empty() {
                hidden.to_string()
            } else {
                format!("{dir}/{hidden}")
            };
            out.push(Entry {
                path,
                kind: EntryKind::Whiteout,
                mode,
                uid,
                gid,
                mtime,
            });
            continue;
        } else if typ.is_dir() {
            EntryKind::Dir
        } else if typ.is_symlink() {
            EntryKind::Symlink(link.unwrap_or_default())
        } else if typ.is_hard_link() {
            EntryKind::Link(clean_path(&link.unwrap_or_default())?)
        } else if typ.is_file() || typ == tar::EntryType::Continuous {
            let mut declared = None;
            if let Some(exts) = entry.pax_extensions().map_err(map)? {
                for ext in exts {
                    let ext = ext.map_err(map)?;
                    if ext.key_bytes() == DECLARED_SIZE_KEY.as_bytes() {
                        declared = ext.value().ok().and_then(|v| v.trim().parse::<u64>().ok());
                    }
                }
            }
            let mut data = Vec::new();
            entry.read_to_end(&mut data).map_err(map)?;
            match declared {
                Some(size) => EntryKind::File(Content::declared(size, data)),
                None => EntryKind::File(Content::bytes(data)),
            }
        } else {
            continue;
        };
        if path.is_empty() {
            // The root itself (`./`): nothing to record.
            continue;
        }
        out.push(Entry {
            path,
            kind,
            mode,
            uid,
            gid,
            mtime,
        });
    }
    Ok(out)
}

/// Normalise a tar path: drop leading `/` and `./`, `.` components and a trailing `/`; refuse
/// `..`, which would climb out of the root.
fn clean_path(raw: &str) -> Result<String, StoreError> {
    let mut parts = Vec::new();
    for c in raw.split('/') {
        match c {
            "" | "." => {}
            ".." => return Err(StoreError::UnsafePath(raw.to_string())),
            c if c.contains('\0') => return Err(StoreError::UnsafePath(raw.to_string())),
            c => parts.push(c),
        }
    }
    Ok(parts.join("/"))
}
