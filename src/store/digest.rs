//! Content digests: `sha256:<64 hex>` values, their short 12-hex form, parsing, and a streaming hasher.

use std::fmt;

use sha2::{Digest as _, Sha256};

/// A sha256 content digest. Shown as `sha256:<64 lowercase hex>`; the short form is the first
/// 12 hex digits, as `docker images` prints IDs.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Digest([u8; 32]);

/// Why a string is not a digest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DigestError {
    /// No `algorithm:` prefix, or an algorithm other than sha256.
    UnsupportedAlgorithm(String),
    /// The hex part is not 64 lowercase hex digits.
    BadHex(String),
}

impl fmt::Display for DigestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DigestError::UnsupportedAlgorithm(s) => {
                write!(f, "unsupported digest algorithm: {s}")
            }
            DigestError::BadHex(s) => write!(f, "invalid checksum digest format: {s}"),
        }
    }
}

impl std::error::Error for DigestError {}

const HEX: &[u8; 16] = b"0123456789abcdef";

impl Digest {
    /// The digest of `bytes`.
    pub fn of(bytes: &[u8]) -> Digest {
        let mut h = Hasher::new();
        h.update(bytes);
        h.finish()
    }

    /// A digest from its raw 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Digest {
        Digest(bytes)
    }

    /// The raw 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The 64 lowercase hex digits, without the `sha256:` prefix.
    pub fn hex(&self) -> String {
        let mut s = String::with_capacity(64);
        for b in self.0 {
            s.push(HEX[(b >> 4) as usize] as char);
            s.push(HEX[(b & 15) as usize] as char);
        }
        s
    }

    /// The first 12 hex digits, as `docker images` and `docker ps` show IDs.
    pub fn short(&self) -> String {
        let mut s = self.hex();
        s.truncate(12);
        s
    }

    /// Parse `sha256:<64 hex>`. A bare 64-hex string is accepted too, as Docker does for IDs.
    pub fn parse(s: &str) -> Result<Digest, DigestError> {
        let hex = match s.split_once(':') {
            Some(("sha256", hex)) => hex,
            Some((alg, _)) => return Err(DigestError::UnsupportedAlgorithm(alg.to_string())),
            None if s.len() == 64 => s,
            None => return Err(DigestError::UnsupportedAlgorithm(s.to_string())),
        };
        let bytes = hex.as_bytes();
        if bytes.len() != 64 {
            return Err(DigestError::BadHex(s.to_string()));
        }
        let mut out = [0u8; 32];
        for (i, pair) in bytes.chunks(2).enumerate() {
            let hi = hex_val(pair[0]).ok_or_else(|| DigestError::BadHex(s.to_string()))?;
            let lo = hex_val(pair[1]).ok_or_else(|| DigestError::BadHex(s.to_string()))?;
            out[i] = (hi << 4) | lo;
        }
        Ok(Digest(out))
    }

    /// Whether `prefix` (hex digits, optionally after `sha256:`) starts this digest, as
    /// `docker rmi 3f2a` matches an image by a prefix of its ID.
    pub fn matches_prefix(&self, prefix: &str) -> bool {
        let p = prefix.strip_prefix("sha256:").unwrap_or(prefix);
        !p.is_empty() && self.hex().starts_with(p)
    }
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sha256:{}", self.hex())
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sha256:{}", self.hex())
    }
}

impl std::str::FromStr for Digest {
    type Err = DigestError;
    fn from_str(s: &str) -> Result<Digest, DigestError> {
        Digest::parse(s)
    }
}

impl serde::Serialize for Digest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Digest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Digest, D::Error> {
        let s = String::deserialize(d)?;
        Digest::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A streaming sha256: feed bytes, then take the [`Digest`]; also counts the bytes fed.
#[derive(Clone, Default)]
pub struct Hasher {
    inner: Sha256,
    len: u64,
}

impl Hasher {
    pub fn new() -> Hasher {
        Hasher::default()
    }

    pub fn update(&mut self, bytes: &[u8]) {
        self.inner.update(bytes);
        self.len += bytes.len() as u64;
    }

    /// How many bytes have been fed so far.
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn finish(self) -> Digest {
        Digest(self.inner.finalize().into())
    }
}

impl std::io::Write for Hasher {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
