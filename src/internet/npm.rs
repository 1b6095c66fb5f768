//! The simulated npm registry: package versions with their dependency ranges and unpacked sizes,
//! and a resolver that places a tree the way npm does (hoisted to the top when it can, nested
//! under the parent when a different version is already on top).

use super::version::{cmp_semver, semver_satisfies};

/// One published version of a package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    /// Package name.
    pub name: &'static str,
    /// Version (`4.21.0`).
    pub version: &'static str,
    /// Unpacked size in bytes.
    pub size: u64,
    /// Dependencies as (name, range).
    pub dependencies: Vec<(&'static str, &'static str)>,
}

fn parse_line(line: &'static str) -> Option<Version> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (head, deps) = line.split_once('|').unwrap_or((line, ""));
    let mut h = head.split_whitespace();
    let name = h.next()?;
    let version = h.next()?;
    let size = h.next()?.parse().ok()?;
    let dependencies = deps
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .filter_map(|d| {
            // `name@range`; scoped names start with `@`.
            let at = d[1..].find('@')? + 1;
            Some((&d[..at], &d[at + 1..]))
        })
        .collect();
    Some(Version {
        name,
        version,
        size,
        dependencies,
    })
}

/// Every version of a package, oldest first.
pub fn versions(name: &str) -> Vec<Version> {
    let mut v: Vec<Version> = INDEX
        .lines()
        .filter_map(parse_line)
        .filter(|p| p.name == name)
        .collect();
    crate::sort::sort_by(&mut v, |a, b| cmp_semver(a.version, b.version));
    v
}

/// The newest version of `name` matching `range` (`latest` and `*` match anything).
pub fn best(name: &str, range: &str) -> Option<Version> {
    versions(name)
        .into_iter()
        .rev()
        .find(|v| semver_satisfies(range, v.version))
}

/// Where a resolved package lands in `node_modules`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The package.
    pub version: Version,
    /// Its folder: `node_modules/express`, or `node_modules/send/node_modules/ms`.
    pub path: String,
}

/// Why npm could not install.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NpmError {
    /// `npm ERR! 404 Not Found - GET https://registry.npmjs.org/NAME - Not found`.
    NotFound(String),
    /// `npm ERR! notarget No matching version found for NAME@RANGE.`
    NoTarget(String, String),
}

/// Resolve `requests` (name, range) into placements. Top-level requests first, then their
/// dependencies breadth first; "added N packages" is the number of placements.
pub fn resolve(requests: &[(&str, &str)]) -> Result<Vec<Placement>, NpmError> {
    let mut out: Vec<Placement> = Vec::new();
    let mut queue: std::collections::VecDeque<(String, String, String)> = requests
        .iter()
        .map(|(n, r)| (n.to_string(), r.to_string(), String::from("node_modules")))
        .collect();
    let mut steps = 0;
    while let Some((name, range, parent_dir)) = queue.pop_front() {
        steps += 1;
        if steps > 5_000 {
            break;
        }
        // Reuse what is visible from the parent: its own node_modules, then the top level.
        let nested = format!("{parent_dir}/{name}");
        let top = format!("node_modules/{name}");
        let visible = out
            .iter()
            .find(|p| p.path == nested)
            .or_else(|| out.iter().find(|p| p.path == top));
        if let Some(p) = visible {
            if semver_satisfies(&range, p.version.version) {
                continue;
            }
        }
        if versions(&name).is_empty() {
            return Err(NpmError::NotFound(name));
        }
        let Some(v) = best(&name, &range) else {
            return Err(NpmError::NoTarget(name, range));
        };
        let path = if out.iter().any(|p| p.path == top) {
            nested
        } else {
            top
        };
        for (dep, dep_range) in &v.dependencies {
            queue.push_back((
                dep.to_string(),
                dep_range.to_string(),
                format!("{path}/node_modules"),
            ));
        }
        out.push(Placement { version: v, path });
    }
    Ok(out)
}

/// The index: `name version unpacked-bytes | dep@range, dep@range`.
const INDEX: &str = r#"
express 4.18.2 220327 | accepts@~1.3.8, array-flatten@1.1.1, body-parser@1.20.1, content-disposition@0.5.4, content-type@~1.0.4, cookie@0.5.0, cookie-signature@1.0.6, debug@2.6.9, depd@2.0.0, encodeurl@~1.0.2, escape-html@~1.0.3, etag@~1.8.1, finalhandler@1.2.0, fresh@0.5.2, http-errors@2.0.0, merge-descriptors@1.0.1, methods@~1.1.2, on-finished@2.4.1, parseurl@~1.3.3, path-to-regexp@0.1.7, proxy-addr@~2.0.7, qs@6.11.0, range-parser@~1.2.1, safe-buffer@5.2.1, send@0.18.0, serve-static@1.15.0, setprototypeof@1.2.0, statuses@2.0.1, type-is@~1.6.18, utils-merge@1.0.1, vary@~1.1.2
express 4.21.0 220763 | accepts@~1.3.8, array-flatten@1.1.1, body-parser@1.20.3, content-disposition@0.5.4, content-type@~1.0.4, cookie@0.6.0, cookie-signature@1.0.6, debug@2.6.9, depd@2.0.0, encodeurl@~2.0.0, escape-html@~1.0.3, etag@~1.8.1, finalhandler@1.3.1, fresh@0.5.2, http-errors@2.0.0, merge-descriptors@1.0.3, methods@~1.1.2, on-finished@2.4.1, parseurl@~1.3.3, path-to-regexp@0.1.10, proxy-addr@~2.0.7, qs@6.13.0, range-parser@~1.2.1, safe-buffer@5.2.1, send@0.19.0, serve-static@1.16.2, setprototypeof@1.2.0, statuses@2.0.1, type-is@~1.6.18, utils-merge@1.0.1, vary@~1.1.2
accepts 1.3.8 16555 | mime-types@~2.1.34, negotiator@0.6.3
mime-types 2.1.35 18272 | mime-db@1.52.0
mime-db 1.52.0 205538
negotiator 0.6.3 27376
array-flatten 1.1.1 3718
body-parser 1.20.1 56917 | bytes@3.1.2, content-type@~1.0.4, debug@2.6.9, depd@2.0.0, destroy@1.2.0, http-errors@2.0.0, iconv-lite@0.4.24, on-finished@2.4.1, qs@6.11.0, raw-body@2.5.1, type-is@~1.6.18, unpipe@1.0.0
body-parser 1.20.3 57869 | bytes@3.1.2, content-type@~1.0.5, debug@2.6.9, depd@2.0.0, destroy@1.2.0, http-errors@2.0.0, iconv-lite@0.4.24, on-finished@2.4.1, qs@6.13.0, raw-body@2.5.2, type-is@~1.6.18, unpipe@1.0.0
bytes 3.1.2 11848
content-type 1.0.5 10419
debug 2.6.9 78934 | ms@2.0.0
ms 2.0.0 5851
ms 2.1.3 6721
depd 2.0.0 26302
destroy 1.2.0 7536
http-errors 2.0.0 19040 | depd@2.0.0, inherits@2.0.4, setprototypeof@1.2.0, statuses@2.0.1, toidentifier@1.0.1
inherits 2.0.4 3958
setprototypeof 1.2.0 4029
statuses 2.0.1 9935
toidentifier 1.0.1 4244
iconv-lite 0.4.24 335658 | safer-buffer@>= 2.1.2 < 3
safer-buffer 2.1.2 42299
on-finished 2.4.1 13686 | ee-first@1.1.1
ee-first 1.1.1 8648
qs 6.11.0 233627 | side-channel@^1.0.4
qs 6.13.0 249135 | side-channel@^1.0.6
side-channel 1.0.6 23498 | call-bind@^1.0.7, es-errors@^1.3.0, get-intrinsic@^1.2.4, object-inspect@^1.13.1
call-bind 1.0.7 36451 | es-define-property@^1.0.0, es-errors@^1.3.0, function-bind@^1.1.2, get-intrinsic@^1.2.4, set-function-length@^1.2.1
es-define-property 1.0.0 10117 | get-intrinsic@^1.2.4
es-errors 1.3.0 12664
function-bind 1.1.2 32284
get-intrinsic 1.2.4 45013 | es-errors@^1.3.0, function-bind@^1.1.2, has-proto@^1.0.1, has-symbols@^1.0.3, hasown@^2.0.0
has-proto 1.0.3 9598
has-symbols 1.0.3 20603
hasown 2.0.2 8765 | function-bind@^1.1.2
set-function-length 1.2.2 14956 | define-data-property@^1.1.4, es-errors@^1.3.0, function-bind@^1.1.2, get-intrinsic@^1.2.4, gopd@^1.0.1, has-property-descriptors@^1.0.2
define-data-property 1.1.4 24953 | es-define-property@^1.0.0, es-errors@^1.3.0, gopd@^1.0.1
gopd 1.0.1 7991 | get-intrinsic@^1.1.3
has-property-descriptors 1.0.2 8924 | es-define-property@^1.0.0
object-inspect 1.13.2 97542
raw-body 2.5.1 19658 | bytes@3.1.2, http-errors@2.0.0, iconv-lite@0.4.24, unpipe@1.0.0
raw-body 2.5.2 19712 | bytes@3.1.2, http-errors@2.0.0, iconv-lite@0.4.24, unpipe@1.0.0
unpipe 1.0.0 4496
type-is 1.6.18 11868 | media-typer@0.3.0, mime-types@~2.1.24
media-typer 0.3.0 8917
content-disposition 0.5.4 19087 | safe-buffer@5.2.1
safe-buffer 5.2.1 31701
cookie 0.5.0 21796
cookie 0.6.0 22271
cookie-signature 1.0.6 4953
encodeurl 1.0.2 8792
encodeurl 2.0.0 8690
escape-html 1.0.3 5906
etag 1.8.1 10541
finalhandler 1.2.0 17859 | debug@2.6.9, encodeurl@~1.0.2, escape-html@~1.0.3, on-finished@2.4.1, parseurl@~1.3.3, statuses@2.0.1, unpipe@~1.0.0
finalhandler 1.3.1 18244 | debug@2.6.9, encodeurl@~2.0.0, escape-html@~1.0.3, on-finished@2.4.1, parseurl@~1.3.3, statuses@2.0.1, unpipe@~1.0.0
fresh 0.5.2 10254
merge-descriptors 1.0.1 4295
merge-descriptors 1.0.3 4711
methods 1.1.2 5388
parseurl 1.3.3 10430
path-to-regexp 0.1.7 6768
path-to-regexp 0.1.10 6851
proxy-addr 2.0.7 15430 | forwarded@0.2.0, ipaddr.js@1.9.1
forwarded 0.2.0 6995
ipaddr.js 1.9.1 40689
range-parser 1.2.1 8983
send 0.18.0 49586 | debug@2.6.9, depd@2.0.0, destroy@1.2.0, encodeurl@~1.0.2, escape-html@~1.0.3, etag@~1.8.1, fresh@0.5.2, http-errors@2.0.0, mime@1.6.0, ms@2.1.3, on-finished@2.4.1, range-parser@~1.2.1, statuses@2.0.1
send 0.19.0 49870 | debug@2.6.9, depd@2.0.0, destroy@1.2.0, encodeurl@~1.0.2, escape-html@~1.0.3, etag@~1.8.1, fresh@0.5.2, http-errors@2.0.0, mime@1.6.0, ms@2.1.3, on-finished@2.4.1, range-parser@~1.2.1, statuses@2.0.1
mime 1.6.0 49541
serve-static 1.15.0 24860 | encodeurl@~1.0.2, escape-html@~1.0.3, parseurl@~1.3.3, send@0.18.0
serve-static 1.16.2 25307 | encodeurl@~2.0.0, escape-html@~1.0.3, parseurl@~1.3.3, send@0.19.0
utils-merge 1.0.1 5761
vary 1.1.2 8857
cors 2.8.5 20014 | object-assign@^4, vary@^1
object-assign 4.1.1 6069
dotenv 16.4.5 79418
lodash 4.17.21 1412415
axios 1.7.7 2153870 | follow-redirects@^1.15.6, form-data@^4.0.0, proxy-from-env@^1.1.0
follow-redirects 1.15.9 32473
form-data 4.0.0 34013 | asynckit@^0.4.0, combined-stream@^1.0.8, mime-types@^2.1.12
asynckit 0.4.0 27442
combined-stream 1.0.8 8712 | delayed-stream@~1.0.0
delayed-stream 1.0.0 9180
proxy-from-env 1.1.0 14089
"#;
