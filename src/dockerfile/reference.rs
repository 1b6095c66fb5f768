//! Image references: the Docker reference grammar, normalisation to the full name, and the
//! exact error texts of Docker's reference library.
//!
//! ```text
//! reference  := name [ ":" tag ] [ "@" digest ]
//! name       := [ domain "/" ] path
//! domain     := host [ ":" port ]       host: DNS labels joined by ".", or "[IPv6]"
//! path       := component ( "/" component )*
//! component  := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
//! tag        := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
//! digest     := algorithm ":" hex     algorithm: [A-Za-z][A-Za-z0-9]* joined by [+._-]
//! ```

use std::fmt;

/// The registry a short name belongs to.
pub const DEFAULT_DOMAIN: &str = "docker.io";
/// The older spelling of the default registry, normalised to [`DEFAULT_DOMAIN`].
pub const LEGACY_DEFAULT_DOMAIN: &str = "index.docker.io";
/// The namespace of official images.
pub const OFFICIAL_PREFIX: &str = "library/";
/// The longest allowed name (domain and path).
pub const NAME_TOTAL_LENGTH_MAX: usize = 255;

/// A parsed, normalised image reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The registry host (and port), e.g. `docker.io`.
    pub domain: String,
    /// The repository path, e.g. `library/ubuntu`.
    pub path: String,
    /// The tag, if one was given.
    pub tag: Option<String>,
    /// The digest (`sha256:…`), if one was given.
    pub digest: Option<String>,
}

/// Why a reference is rejected. `Display` gives Docker's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefError {
    /// `invalid reference format`
    InvalidFormat,
    /// `invalid reference format: repository name (library/Ubuntu) must be lowercase`
    Uppercase(String),
    /// `repository name must be lowercase`: an uppercase name the normalising check lets
    /// through (its first component looked like a registry host: `YOUR_NAME/app`).
    NameUppercase,
    /// `repository name must have at least one component`
    Empty,
    /// `repository name must not be more than 255 characters`
    TooLong,
    /// `invalid repository name (…), cannot specify 64-byte hexadecimal strings`
    Hex64(String),
    /// `invalid checksum digest format`
    DigestFormat,
    /// `unsupported digest algorithm`
    DigestAlgorithm,
    /// `invalid checksum digest length`
    DigestLength,
}

impl fmt::Display for RefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RefError::InvalidFormat => f.write_str("invalid reference format"),
            RefError::Uppercase(n) => {
                write!(
                    f,
                    "invalid reference format: repository name ({n}) must be lowercase"
                )
            }
            RefError::NameUppercase => f.write_str("repository name must be lowercase"),
            RefError::Empty => f.write_str("repository name must have at least one component"),
            RefError::TooLong => {
                write!(
                    f,
                    "repository name must not be more than {NAME_TOTAL_LENGTH_MAX} characters"
                )
            }
            RefError::Hex64(n) => {
                write!(
                    f,
                    "invalid repository name ({n}), cannot specify 64-byte hexadecimal strings"
                )
            }
            RefError::DigestFormat => f.write_str("invalid checksum digest format"),
            RefError::DigestAlgorithm => f.write_str("unsupported digest algorithm"),
            RefError::DigestLength => f.write_str("invalid checksum digest length"),
        }
    }
}

impl std::error::Error for RefError {}

impl Reference {
    /// The repository name with its domain, e.g. `docker.io/library/ubuntu`.
    pub fn name(&self) -> String {
        format!("{}/{}", self.domain, self.path)
    }

    /// The tag, or `latest` when neither a tag nor a digest was given.
    pub fn tag_or_latest(&self) -> Option<&str> {
        match (&self.tag, &self.digest) {
            (Some(t), _) => Some(t),
            (None, None) => Some("latest"),
            (None, Some(_)) => None,
        }
    }

    /// The full normalised form: `docker.io/library/ubuntu:latest`.
    pub fn full(&self) -> String {
        let mut s = self.name();
        if let Some(t) = self.tag_or_latest() {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
        s
    }

    /// The short form Docker shows: `ubuntu`, `user/app:1`, `ghcr.io/o/r`.
    pub fn familiar(&self) -> String {
        let mut s = self.familiar_name();
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
        s
    }

    /// The short repository name: `ubuntu`, `user/app`, `ghcr.io/o/r`.
    pub fn familiar_name(&self) -> String {
        if self.domain == DEFAULT_DOMAIN {
            match self.path.strip_prefix(OFFICIAL_PREFIX) {
                Some(rest) if !rest.contains('/') => rest.to_string(),
                _ => self.path.clone(),
            }
        } else {
            self.name()
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full())
    }
}

fn is_hex64(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Split a name into its domain and the rest, the way Docker decides whether the first
/// component is a registry host.
fn split_domain(name: &str) -> (String, String) {
    let (mut domain, mut rest) = match name.split_once('/') {
        Some((first, rest))
            if first.contains(['.', ':'])
                || first == "localhost"
                || first.to_lowercase() != first =>
        {
            (first.to_string(), rest.to_string())
        }
        _ => (DEFAULT_DOMAIN.to_string(), name.to_string()),
    };
    if domain == LEGACY_DEFAULT_DOMAIN {
        domain = DEFAULT_DOMAIN.to_string();
    }
    if domain == DEFAULT_DOMAIN && !rest.contains('/') {
        rest = format!("{OFFICIAL_PREFIX}{rest}");
    }
    (domain, rest)
}

/// Parse a reference as `docker pull` and `FROM` do: short names are normalised
/// (`ubuntu` → `docker.io/library/ubuntu`).
pub fn parse_normalized(s: &str) -> Result<Reference, RefError> {
    if is_hex64(s) {
        return Err(RefError::Hex64(s.to_string()));
    }
    let (domain, rest) = split_domain(s);
    let remote = rest.split_once(':').map(|(r, _)| r).unwrap_or(&rest);
    if remote.to_lowercase() != remote {
        return Err(RefError::Uppercase(remote.to_string()));
    }
    parse(&format!("{domain}/{rest}"))
}

/// Parse a fully spelled reference with no normalisation (the domain is whatever the first
/// component is when it looks like a host).
pub fn parse(s: &str) -> Result<Reference, RefError> {
    match parse_exact(s) {
        Ok(r) => Ok(r),
        Err(RefError::InvalidFormat) => {
            if s.is_empty() {
                Err(RefError::Empty)
            } else if s.to_lowercase() != s && parse_exact(&s.to_lowercase()).is_ok() {
                Err(RefError::NameUppercase)
            } else {
                Err(RefError::InvalidFormat)
            }
        }
        Err(e) => Err(e),
    }
}

fn parse_exact(s: &str) -> Result<Reference, RefError> {
    let (name_tag, digest) = match s.split_once('@') {
        Some((a, d)) => (a, Some(d)),
        None => (s, None),
    };
    // The tag is after the last ':' that follows the last '/'.
    let last_slash = name_tag.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (name, tag) = match name_tag[last_slash..].rfind(':') {
        Some(i) => (
            &name_tag[..last_slash + i],
            Some(&name_tag[last_slash + i + 1..]),
        ),
        None => (name_tag, None),
    };
    if let Some(t) = tag {
        if !valid_tag(t) {
            return Err(RefError::InvalidFormat);
        }
    }
    let (domain, path) = split_name(name).ok_or(RefError::InvalidFormat)?;
    if let Some(d) = digest {
        check_digest(d)?;
    }
    if name.len() > NAME_TOTAL_LENGTH_MAX {
        return Err(RefError::TooLong);
    }
    Ok(Reference {
        domain: domain.to_string(),
        path: path.to_string(),
        tag: tag.map(str::to_string),
        digest: digest.map(str::to_string),
    })
}

fn valid_tag(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && (b[0].is_ascii_alphanumeric() || b[0] == b'_')
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

/// Split a name into domain and path; the domain is present only when the first component
/// is not a valid path component followed by more, or it matches the host grammar and a
/// path follows. Mirrors the anchored name pattern: `(domain/)?path`.
fn split_name(name: &str) -> Option<(&str, &str)> {
    if let Some((first, rest)) = name.split_once('/') {
        if valid_domain(first) && valid_path(rest) {
            return Some((first, rest));
        }
    }
    valid_path(name).then_some(("", name))
}

fn valid_path(p: &str) -> bool {
    !p.is_empty() && p.split('/').all(valid_component)
}

fn valid_component(c: &str) -> bool {
    let b = c.as_bytes();
    if b.is_empty() || !is_alnum_lower(b[0]) || !is_alnum_lower(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if is_alnum_lower(b[i]) {
            i += 1;
            continue;
        }
        // A separator: ".", "_", "__", or one or more "-".
        let s = i;
        while i < b.len() && !is_alnum_lower(b[i]) {
            i += 1;
        }
        let sep = &c[s..i];
        if !(sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|x| x == b'-')) {
            return false;
        }
    }
    true
}

fn is_alnum_lower(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

fn valid_domain(d: &str) -> bool {
    let (host, port) = if let Some(rest) = d.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return false;
        };
        let ip = &rest[..end];
        if ip.is_empty()
            || !ip
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return false;
        }
        let after = &rest[end + 1..];
        match after.strip_prefix(':') {
            Some(p) => ("x", Some(p)),
            None if after.is_empty() => ("x", None),
            None => return false,
        }
    } else {
        match d.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (d, None),
        }
    };
    if let Some(p) = port {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    !host.is_empty()
        && host.split('.').all(|l| {
            let b = l.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        })
}

fn check_digest(d: &str) -> Result<(), RefError> {
    let Some((alg, hex)) = d.split_once(':') else {
        return Err(RefError::InvalidFormat);
    };
    let alg_ok = !alg.is_empty()
        && alg.split(['+', '.', '_', '-']).all(|c| {
            let b = c.as_bytes();
            !b.is_empty() && b[0].is_ascii_alphabetic() && b.iter().all(u8::is_ascii_alphanumeric)
        });
    if !alg_ok || hex.len() < 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(RefError::InvalidFormat);
    }
    match alg {
        "sha256" if hex.len() != 64 => Err(RefError::DigestLength),
        "sha384" if hex.len() != 96 => Err(RefError::DigestLength),
        "sha512" if hex.len() != 128 => Err(RefError::DigestLength),
        "sha256" | "sha384" | "sha512" => {
            if hex.bytes().any(|b| b.is_ascii_uppercase()) {
                Err(RefError::DigestFormat)
            } else {
                Ok(())
            }
        }
        _ => Err(RefError::DigestAlgorithm),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        let r = parse_normalized("ubuntu").map(|r| r.full());
        assert_eq!(r.as_deref(), Ok("docker.io/library/ubuntu:latest"));
        let e = parse_normalized("Ubuntu").map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err(
                "invalid reference format: repository name (library/Ubuntu) must be lowercase"
                    .into()
            )
        );
        assert_eq!(
            parse_normalized("python:").map_err(|e| e.to_string()),
            Err("invalid reference format".into())
        );
        let r = parse_normalized("localhost:5000/a/b:1").map(|r| (r.domain, r.path, r.tag));
        assert_eq!(
            r,
            Ok(("localhost:5000".into(), "a/b".into(), Some("1".into())))
        );
    }
}
