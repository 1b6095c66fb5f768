//! Path strings: joining against a working directory, lexical normalisation, parent and name.

/// Join `path` onto `base` (a directory). An absolute `path` is returned as is; `.` and `..`
/// are kept, so symlinks can still be resolved physically by the filesystem.
pub fn join(base: &str, path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    if path.is_empty() {
        return base.to_string();
    }
    let base = base.trim_end_matches('/');
    if base.is_empty() {
        format!("/{path}")
    } else if base.starts_with('/') {
        format!("{base}/{path}")
    } else {
        format!("/{base}/{path}")
    }
}

/// Normalise lexically: absolute, no `.` or empty components, `..` removes the previous
/// component (and stays at `/`). This is how `cd` treats `..` by default (logical paths),
/// not how the kernel resolves symlinks.
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    if parts.is_empty() {
        "/".to_string()
    } else {
        format!("/{}", parts.join("/"))
    }
}

/// The non-empty components of a path (`.` and `..` included as given).
pub fn components(path: &str) -> impl DoubleEndedIterator<Item = &str> {
    path.split('/').filter(|c| !c.is_empty())
}

/// The directory part of a normalised path (`/a/b` → `/a`, `/a` → `/`, `/` → `/`).
pub fn parent(path: &str) -> String {
    let p = normalize(path);
    match p.rsplit_once('/') {
        Some(("", _)) | None => "/".to_string(),
        Some((dir, _)) => dir.to_string(),
    }
}

/// The last component of a path, ignoring trailing slashes (`/a/b/` → `b`, `/` → ``).
pub fn file_name(path: &str) -> &str {
    path.trim_end_matches('/').rsplit('/').next().unwrap_or("")
}

/// The absolute path for a list of components.
pub fn from_components<S: AsRef<str>>(parts: &[S]) -> String {
    if parts.is_empty() {
        return "/".to_string();
    }
    let mut s = String::new();
    for p in parts {
        s.push('/');
        s.push_str(p.as_ref());
    }
    s
}
