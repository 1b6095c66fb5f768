//! Version ordering and constraints for the four schemes the indexes use: Debian (dpkg), Alpine
//! (apk), Python (PEP 440, the subset real packages use) and npm (semver ranges).

use std::cmp::Ordering;

/// The dpkg ordering of one upstream or revision part (`verrevcmp`): `~` sorts before anything,
/// letters before other characters, digit runs compare numerically.
fn verrevcmp(a: &str, b: &str) -> Ordering {
    fn order(c: Option<u8>) -> i32 {
        match c {
            None => 0,
            Some(b'~') => -1,
            Some(c) if c.is_ascii_digit() => 0,
            Some(c) if c.is_ascii_alphabetic() => c as i32,
            Some(c) => c as i32 + 256,
        }
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let mut first_diff = 0;
        while (i < a.len() && !a[i].is_ascii_digit()) || (j < b.len() && !b[j].is_ascii_digit()) {
            let ac = order(a.get(i).copied());
            let bc = order(b.get(j).copied());
            if ac != bc {
                return ac.cmp(&bc);
            }
            i += 1;
            j += 1;
        }
        while i < a.len() && a[i] == b'0' {
            i += 1;
        }
        while j < b.len() && b[j] == b'0' {
            j += 1;
        }
        while i < a.len() && a[i].is_ascii_digit() && j < b.len() && b[j].is_ascii_digit() {
            if first_diff == 0 {
                first_diff = a[i] as i32 - b[j] as i32;
            }
            i += 1;
            j += 1;
        }
        if i < a.len() && a[i].is_ascii_digit() {
            return Ordering::Greater;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            return Ordering::Less;
        }
        if first_diff != 0 {
            return first_diff.cmp(&0);
        }
    }
    Ordering::Equal
}

/// Split a Debian version into epoch, upstream version and revision.
fn debian_parts(v: &str) -> (u64, &str, &str) {
    let (epoch, rest) = match v.split_once(':') {
        Some((e, r)) if e.bytes().all(|c| c.is_ascii_digit()) && !e.is_empty() => {
            (e.parse().unwrap_or(0), r)
        }
        _ => (0, v),
    };
    match rest.rsplit_once('-') {
        Some((up, rev)) => (epoch, up, rev),
        None => (epoch, rest, ""),
    }
}

/// Order two Debian package versions as dpkg does (`1:2.39.5-0+deb12u1`, `12.9ubuntu3`, `1.0~rc1`).
pub fn cmp_debian(a: &str, b: &str) -> Ordering {
    let (ea, ua, ra) = debian_parts(a);
    let (eb, ub, rb) = debian_parts(b);
    ea.cmp(&eb)
        .then_with(|| verrevcmp(ua, ub))
        .then_with(|| verrevcmp(ra, rb))
}

/// Order two Alpine package versions (`2.7.13-r0`, `3.11.10-r1`).
pub fn cmp_apk(a: &str, b: &str) -> Ordering {
    let split = |v: &str| match v.rsplit_once("-r") {
        Some((up, rel)) if rel.bytes().all(|c| c.is_ascii_digit()) => {
            (up.to_string(), rel.parse::<u64>().unwrap_or(0))
        }
        _ => (v.to_string(), 0),
    };
    let (ua, ra) = split(a);
    let (ub, rb) = split(b);
    verrevcmp(&ua, &ub).then(ra.cmp(&rb))
}

/// Whether a Debian relation (`>=`, `<<`, `=`, …) holds between an available version and a wanted one.
pub fn debian_satisfies(op: &str, have: &str, want: &str) -> bool {
    let o = cmp_debian(have, want);
    match op {
        "<<" | "<" => o == Ordering::Less,
        "<=" => o != Ordering::Greater,
        "=" => o == Ordering::Equal,
        ">=" => o != Ordering::Less,
        ">>" | ">" => o == Ordering::Greater,
        _ => false,
    }
}

/// A parsed PEP 440 version: release numbers, an optional pre-release and post-release.
#[derive(Clone, Debug, PartialEq, Eq)]
struct PyVersion {
    release: Vec<u64>,
    /// (0 = dev, 1 = a, 2 = b, 3 = rc, 4 = final, 5 = post) and its number.
    phase: (u8, u64),
}

fn parse_py(v: &str) -> Option<PyVersion> {
    let v = v.trim().trim_start_matches('v');
    let v = v.split('+').next()?;
    let lower = v.to_ascii_lowercase();
    let cut = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(lower.len());
    let (rel, rest) = lower.split_at(cut);
    let rel = rel.trim_end_matches('.');
    if rel.is_empty() {
        return None;
    }
    let release = rel
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<Vec<u64>>>()?;
    let rest = rest.trim_start_matches(['.', '-', '_']);
    let num = |s: &str| s.trim_start_matches(['.', '-', '_']).parse().unwrap_or(0);
    let phase = if rest.is_empty() {
        (4, 0)
    } else if let Some(n) = rest.strip_prefix("rc") {
        (3, num(n))
    } else if let Some(n) = rest.strip_prefix("post") {
        (5, num(n))
    } else if let Some(n) = rest.strip_prefix("dev") {
        (0, num(n))
    } else if let Some(n) = rest.strip_prefix('a') {
        (1, num(n))
    } else if let Some(n) = rest.strip_prefix('b') {
        (2, num(n))
    } else {
        return None;
    };
    Some(PyVersion { release, phase })
}

fn cmp_release(a: &[u64], b: &[u64]) -> Ordering {
    for i in 0..a.len().max(b.len()) {
        let o = a
            .get(i)
            .copied()
            .unwrap_or(0)
            .cmp(&b.get(i).copied().unwrap_or(0));
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

/// Order two Python package versions (PEP 440: `0.10.1`, `2.0.0rc1`, `2024.8.30`, `1.0.post1`).
/// Unparseable versions sort first.
pub fn cmp_python(a: &str, b: &str) -> Ordering {
    match (parse_py(a), parse_py(b)) {
        (Some(x), Some(y)) => cmp_release(&x.release, &y.release).then(x.phase.cmp(&y.phase)),
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// Whether `version` is a pre-release (`2.0.0rc1`, `3.0.0a1`, `1.0.dev3`).
pub fn is_python_prerelease(version: &str) -> bool {
    parse_py(version).is_some_and(|v| v.phase.0 < 4)
}

/// Whether a Python version satisfies a PEP 440 specifier set such as `>=0.7`,
/// `>=2.7, !=3.0.*, !=3.1.*` or `~=2.0.0`. An empty set matches everything; a clause we cannot
/// read never matches.
pub fn python_satisfies(spec: &str, version: &str) -> bool {
    let Some(v) = parse_py(version) else {
        return false;
    };
    spec.split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .all(|clause| python_clause(clause, &v))
}

fn python_clause(clause: &str, v: &PyVersion) -> bool {
    let ops = ["===", "~=", "==", "!=", "<=", ">=", "<", ">"];
    let Some(op) = ops.iter().find(|op| clause.starts_with(**op)) else {
        return false;
    };
    let want = clause[op.len()..].trim();
    if let Some(prefix) = want.strip_suffix(".*") {
        let Some(p) = parse_py(prefix) else {
            return false;
        };
        let head = v
            .release
            .iter()
            .take(p.release.len())
            .copied()
            .collect::<Vec<_>>();
        let same = cmp_release(&head, &p.release) == Ordering::Equal;
        return match *op {
            "==" => same,
            "!=" => !same,
            _ => false,
        };
    }
    let Some(w) = parse_py(want) else {
        return false;
    };
    let o = cmp_release(&v.release, &w.release).then(v.phase.cmp(&w.phase));
    match *op {
        "==" | "===" => o == Ordering::Equal,
        "!=" => o != Ordering::Equal,
        "<=" => o != Ordering::Greater,
        ">=" => o != Ordering::Less,
        "<" => o == Ordering::Less,
        ">" => o == Ordering::Greater,
        "~=" => {
            if w.release.len() < 2 || o == Ordering::Less {
                return false;
            }
            let keep = w.release.len() - 1;
            v.release.len() >= keep && v.release[..keep] == w.release[..keep]
        }
        _ => false,
    }
}

fn semver_parts(v: &str) -> Option<(u64, u64, u64, bool)> {
    let v = v.trim().trim_start_matches(['v', '=']);
    let (core, pre) = match v.split_once('-') {
        Some((c, _)) => (c, true),
        None => (v, false),
    };
    let mut it = core.split('.');
    let major = it.next()?.parse().ok()?;
    let minor = it.next().unwrap_or("0").parse().ok()?;
    let patch = it.next().unwrap_or("0").parse().ok()?;
    Some((major, minor, patch, pre))
}

/// Order two npm (semver) versions; pre-releases sort before their release.
pub fn cmp_semver(a: &str, b: &str) -> Ordering {
    match (semver_parts(a), semver_parts(b)) {
        (Some((a1, a2, a3, ap)), Some((b1, b2, b3, bp))) => {
            (a1, a2, a3).cmp(&(b1, b2, b3)).then_with(|| bp.cmp(&ap))
        }
        _ => a.cmp(b),
    }
}

/// Whether an npm version satisfies a range: `^4.18.2`, `~1.3.8`, `1.2.x`, `*`, `>=1.0.0 <2.0.0`,
/// `1.2.3`, alternatives joined by `||`.
pub fn semver_satisfies(range: &str, version: &str) -> bool {
    let Some(v) = semver_parts(version) else {
        return false;
    };
    if v.3 {
        return false;
    }
    let v = (v.0, v.1, v.2);
    range.split("||").any(|alt| {
        let mut tokens: Vec<String> = Vec::new();
        let mut pending = String::new();
        for t in alt.split_whitespace() {
            if t.chars().all(|c| matches!(c, '<' | '>' | '=' | '^' | '~')) {
                pending.push_str(t);
            } else {
                tokens.push(format!("{pending}{t}"));
                pending.clear();
            }
        }
        tokens.iter().all(|c| semver_comparator(c, v))
    })
}

fn semver_comparator(c: &str, v: (u64, u64, u64)) -> bool {
    if c == "*" || c.is_empty() || c == "latest" {
        return true;
    }
    let ops = [">=", "<=", ">", "<", "^", "~", "="];
    let op = ops
        .iter()
        .find(|op| c.starts_with(**op))
        .copied()
        .unwrap_or("");
    let rest = &c[op.len()..];
    let fields: Vec<&str> = rest.trim_start_matches('v').split('.').collect();
    let num = |i: usize| -> Option<u64> { fields.get(i).and_then(|f| f.parse().ok()) };
    let (maj, min, pat) = (num(0), num(1), num(2));
    let Some(maj) = maj else {
        return true;
    };
    let lo = (maj, min.unwrap_or(0), pat.unwrap_or(0));
    match op {
        ">=" => v >= lo,
        "<=" => v <= lo,
        ">" => v > lo,
        "<" => v < lo,
        "^" => {
            let hi = if maj > 0 || min.is_none() {
                (maj + 1, 0, 0)
            } else if lo.1 > 0 || pat.is_none() {
                (0, lo.1 + 1, 0)
            } else {
                (0, 0, lo.2 + 1)
            };
            v >= lo && v < hi
        }
        "~" => {
            let hi = if min.is_some() {
                (maj, lo.1 + 1, 0)
            } else {
                (maj + 1, 0, 0)
            };
            v >= lo && v < hi
        }
        _ => match (min, pat) {
            (None, _) => v.0 == maj,
            (Some(m), None) => v.0 == maj && v.1 == m,
            (Some(_), Some(_)) => v == lo,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders() {
        assert_eq!(cmp_debian("1:2.39.5-0+deb12u1", "2.40"), Ordering::Greater);
        assert_eq!(cmp_debian("1.0~rc1-1", "1.0-1"), Ordering::Less);
        assert_eq!(cmp_apk("3.11.10-r1", "3.11.9-r0"), Ordering::Greater);
        assert_eq!(cmp_python("0.10.1", "0.9"), Ordering::Greater);
        assert_eq!(cmp_python("2.0.0rc1", "2.0.0"), Ordering::Less);
        assert!(python_satisfies(">=2.7, !=3.0.*, !=3.1.*", "2.7.13"));
        assert!(!python_satisfies(">=2.7, !=3.0.*, !=3.1.*", "3.1.2"));
        assert!(python_satisfies("~=2.0.0", "2.0.9"));
        assert!(!python_satisfies("~=2.0.0", "2.1.0"));
        assert!(semver_satisfies("^4.18.2", "4.21.0"));
        assert!(!semver_satisfies("^0.6.0", "0.7.0"));
        assert!(semver_satisfies("~1.3.8", "1.3.9"));
        assert!(semver_satisfies(">= 1.0.0 < 2 || 3.x", "3.4.0"));
    }
}
