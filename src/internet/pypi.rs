//! The simulated Python Package Index: projects, their releases (with Requires-Python, the kind
//! of file and its size) and dependencies, plus a small resolver in the spirit of pip's.

use super::version::{cmp_python, python_satisfies};

/// What a release's file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DistKind {
    /// A source archive (`Flask-0.10.1.tar.gz`); pip builds it.
    Sdist,
    /// A pure-Python wheel with this tag (`py3-none-any`, `py2.py3-none-any`).
    Wheel(&'static str),
    /// A compiled wheel per CPython version and platform (`cp312-cp312-manylinux…`).
    Binary,
}

/// One release of a project, with the file pip would download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    /// The project's display name (`Flask`, `MarkupSafe`).
    pub name: &'static str,
    /// The version (`0.10.1`).
    pub version: &'static str,
    /// Requires-Python (empty: any).
    pub requires_python: &'static str,
    /// The kind of file.
    pub kind: DistKind,
    /// Download size in bytes.
    pub size: u64,
    /// Requirements as written in its metadata (`Werkzeug>=0.7`, `importlib-metadata>=3.6.0;
    /// python_version < "3.10"`).
    pub requires: Vec<&'static str>,
}

impl Release {
    /// Whether pip gets a source archive and builds it ("Running setup.py install for …"):
    /// sdists always; compiled wheels on musl for Python 2, where no wheel exists.
    pub fn builds_from_source(&self, python: &str, musl: bool) -> bool {
        match self.kind {
            DistKind::Sdist => true,
            DistKind::Wheel(_) => false,
            DistKind::Binary => musl && python.starts_with("2."),
        }
    }

    /// The file name pip shows in "Downloading …", for an interpreter `python` (`3.12.6`) on
    /// glibc (`musl = false`) or musl.
    pub fn filename(&self, python: &str, musl: bool) -> String {
        if self.builds_from_source(python, musl) {
            return format!("{}-{}.tar.gz", self.name, self.version);
        }
        match self.kind {
            DistKind::Sdist => format!("{}-{}.tar.gz", self.name, self.version),
            DistKind::Wheel(tag) => {
                format!("{}-{}-{tag}.whl", self.name.replace('-', "_"), self.version)
            }
            DistKind::Binary => {
                let mut parts = python.split('.');
                let tag = format!(
                    "cp{}{}",
                    parts.next().unwrap_or("3"),
                    parts.next().unwrap_or("12")
                );
                let abi = if tag == "cp27" {
                    "cp27mu".to_string()
                } else {
                    tag.clone()
                };
                let platform = if musl {
                    "musllinux_1_1_x86_64"
                } else {
                    "manylinux_2_17_x86_64.manylinux2014_x86_64"
                };
                format!(
                    "{}-{}-{tag}-{abi}-{platform}.whl",
                    self.name.replace('-', "_"),
                    self.version
                )
            }
        }
    }

    /// Whether the release installs on this interpreter version.
    pub fn supports(&self, python: &str) -> bool {
        self.requires_python.is_empty() || python_satisfies(self.requires_python, python)
    }

    /// Requirements that apply on this interpreter (markers evaluated, extras ignored).
    pub fn requirements_for(&self, python: &str) -> Vec<Requirement> {
        self.requires
            .iter()
            .filter_map(|r| parse_requirement(r).ok())
            .filter(|r| r.applies(python))
            .collect()
    }
}

/// Canonical form of a project name: lowercase, runs of `-`, `_`, `.` as one `-`.
pub fn canonical_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            dash = true;
        } else {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// Every release of a project, oldest first. Names compare canonically (`flask`, `Flask`,
/// `FLASK` are one project).
pub fn releases(name: &str) -> Vec<Release> {
    let want = canonical_name(name);
    let mut out: Vec<Release> = INDEX
        .lines()
        .filter_map(parse_line)
        .filter(|r| canonical_name(r.name) == want)
        .collect();
    crate::sort::sort_by(&mut out, |a, b| cmp_python(a.version, b.version));
    out
}

/// Every project name in the index.
pub fn projects() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for r in INDEX.lines().filter_map(parse_line) {
        if !out.contains(&r.name) {
            out.push(r.name);
        }
    }
    out
}

fn parse_line(line: &'static str) -> Option<Release> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (head, deps) = line.split_once('|').unwrap_or((line, ""));
    let mut f = head.split_whitespace();
    let name = f.next()?;
    let version = f.next()?;
    let py = f.next()?;
    let kind = match f.next()? {
        "sdist" => DistKind::Sdist,
        "py3" => DistKind::Wheel("py3-none-any"),
        "py2.py3" => DistKind::Wheel("py2.py3-none-any"),
        "cp" => DistKind::Binary,
        _ => return None,
    };
    let size = f.next()?.parse().ok()?;
    let requires_python = if py == "-" { "" } else { py };
    let requires = deps
        .split('&')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .collect();
    Some(Release {
        name,
        version,
        requires_python,
        kind,
        size,
        requires,
    })
}

/// A parsed requirement: `Flask==0.10.1`, `Jinja2>=2.4`, `requests[socks]>=2; python_version>"3"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// The project name as written.
    pub name: String,
    /// Extras in brackets.
    pub extras: Vec<String>,
    /// The version specifier set (`==0.10.1`, `>=2.0,<3`), empty for any.
    pub spec: String,
    /// The environment marker after `;`, if any.
    pub marker: Option<String>,
}

impl Requirement {
    /// Whether the marker holds on this interpreter (Linux, CPython).
    pub fn applies(&self, python: &str) -> bool {
        self.marker
            .as_deref()
            .is_none_or(|m| eval_marker(m, python))
    }

    /// Whether `version` satisfies the specifier.
    pub fn matches(&self, version: &str) -> bool {
        python_satisfies(&self.spec, version)
    }

    /// The requirement as pip echoes it (`Flask==0.10.1`, `Werkzeug>=0.7`).
    pub fn display(&self) -> String {
        let mut s = self.name.clone();
        if !self.extras.is_empty() {
            s.push('[');
            s.push_str(&self.extras.join(","));
            s.push(']');
        }
        s.push_str(&self.spec);
        s
    }
}

/// Parse one requirement line (comments and options are the caller's business). Errors carry
/// the text pip would complain about.
pub fn parse_requirement(text: &str) -> Result<Requirement, String> {
    let (main, marker) = match text.split_once(';') {
        Some((m, k)) => (m.trim(), Some(k.trim().to_string())),
        None => (text.trim(), None),
    };
    let name_end = main
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(main.len());
    let name = &main[..name_end];
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err(main.to_string());
    }
    let mut rest = main[name_end..].trim();
    let mut extras = Vec::new();
    if let Some(r) = rest.strip_prefix('[') {
        let Some((inside, after)) = r.split_once(']') else {
            return Err(main.to_string());
        };
        extras = inside
            .split(',')
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
            .collect();
        rest = after.trim();
    }
    let rest = rest.trim_start_matches('(').trim_end_matches(')');
    let spec: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    if !spec.is_empty() {
        let ok = spec.split(',').all(|clause| {
            ["===", "~=", "==", "!=", "<=", ">=", "<", ">"]
                .iter()
                .any(|op| clause.starts_with(op) && clause.len() > op.len())
        });
        if !ok {
            return Err(main.to_string());
        }
    }
    Ok(Requirement {
        name: name.to_string(),
        extras,
        spec,
        marker,
    })
}

/// Evaluate a simple environment marker for CPython `python` on Linux: comparisons of
/// `python_version`, `python_full_version`, `sys_platform`, `platform_system`, `os_name`,
/// `implementation_name`, joined by `and`/`or`. Unknown variables make a clause false.
pub fn eval_marker(marker: &str, python: &str) -> bool {
    marker
        .split(" or ")
        .any(|alt| alt.split(" and ").all(|c| eval_clause(c.trim(), python)))
}

fn eval_clause(clause: &str, python: &str) -> bool {
    let clause = clause.trim_matches(|c| c == '(' || c == ')').trim();
    let ops = ["==", "!=", "<=", ">=", "<", ">", " not in ", " in "];
    let Some((op, pos)) = ops
        .iter()
        .filter_map(|op| clause.find(op).map(|p| (*op, p)))
        .min_by_key(|(_, p)| *p)
    else {
        return false;
    };
    let lhs = clause[..pos].trim();
    let rhs = clause[pos + op.len()..]
        .trim()
        .trim_matches(|c| c == '"' || c == '\'');
    let short: String = python.split('.').take(2).collect::<Vec<_>>().join(".");
    let value = match lhs {
        "python_version" => short.as_str(),
        "python_full_version" => python,
        "sys_platform" => "linux",
        "platform_system" => "Linux",
        "os_name" => "posix",
        "implementation_name" => "cpython",
        "platform_python_implementation" => "CPython",
        _ => return false,
    };
    let is_version = lhs.starts_with("python");
    match op.trim() {
        "in" => rhs.contains(value),
        "not in" => !rhs.contains(value),
        _ if is_version => python_satisfies(&format!("{}{rhs}", op.trim()), value),
        "==" => value == rhs,
        "!=" => value != rhs,
        _ => false,
    }
}

/// Why pip could not install something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PipError {
    /// The requirement text could not be parsed (`Invalid requirement: '…'`).
    Invalid(String),
    /// No release satisfies the requirement on this interpreter. `available` lists the versions
    /// pip would show in "(from versions: …)" (those that support the interpreter).
    NoMatch {
        /// The requirement as pip echoes it.
        requirement: String,
        /// Versions that exist for this interpreter, oldest first.
        available: Vec<&'static str>,
    },
    /// Two requirements on one project cannot both hold.
    Conflict {
        /// The project.
        name: String,
        /// The specifiers that clash, with who asked for each.
        wanted: Vec<(String, String)>,
    },
}

/// One distribution in a resolution, in the order pip reports "Collecting".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collected {
    /// The chosen release.
    pub release: Release,
    /// The requirement that first pulled it in, as pip echoes it (`Werkzeug>=0.7`).
    pub requirement: String,
    /// The chain of parents that led to it, nearest first (`["Flask==0.10.1"]`); empty for
    /// top-level requirements.
    pub parents: Vec<String>,
    /// Already installed at this version: pip says "Requirement already satisfied".
    pub already_installed: bool,
}

/// Resolve requirements against the index for interpreter `python`, given what is installed
/// (`(name, version)` pairs). Top-level requirements come first, then dependencies breadth
/// first, as pip prints them. Installed versions are kept when they satisfy every specifier.
pub fn resolve(
    requirements: &[Requirement],
    python: &str,
    installed: &[(&str, &str)],
) -> Result<Vec<Collected>, PipError> {
    // Every specifier seen for a project, with who asked for it.
    let mut wants: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut out: Vec<Collected> = Vec::new();
    let mut queue: std::collections::VecDeque<(Requirement, Vec<String>)> = requirements
        .iter()
        .filter(|r| r.applies(python))
        .map(|r| (r.clone(), Vec::new()))
        .collect();
    // Top-level specifiers constrain everything from the start, as pip's resolver does.
    for r in requirements {
        add_want(&mut wants, r, "the user");
    }
    let mut steps = 0;
    while let Some((req, parents)) = queue.pop_front() {
        steps += 1;
        if steps > 10_000 {
            break;
        }
        let key = canonical_name(&req.name);
        if !parents.is_empty() {
            add_want(&mut wants, &req, parents.first().map_or("", |s| s.as_str()));
        }
        let specs: Vec<(String, String)> = wants
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let all_match = |v: &str| specs.iter().all(|(s, _)| python_satisfies(s, v));
        if let Some(done) = out
            .iter()
            .position(|c| canonical_name(c.release.name) == key)
        {
            if all_match(out[done].release.version) {
                continue;
            }
            // A later requirement excludes the earlier choice: choose again below.
            out.remove(done);
        }
        let rels = releases(&req.name);
        if rels.is_empty() {
            return Err(PipError::NoMatch {
                requirement: req.display(),
                available: Vec::new(),
            });
        }
        let inst = installed
            .iter()
            .find(|(n, _)| canonical_name(n) == key)
            .map(|(_, v)| *v);
        let candidates: Vec<&Release> = rels.iter().filter(|r| r.supports(python)).collect();
        let chosen = match inst {
            Some(v) if all_match(v) => rels.iter().find(|r| r.version == v).cloned(),
            _ => None,
        };
        let chosen = match chosen {
            Some(c) => (c, true),
            None => {
                let best = candidates.iter().rev().find(|r| {
                    all_match(r.version) && !super::version::is_python_prerelease(r.version)
                });
                match best {
                    Some(b) => ((*b).clone(), false),
                    None if specs.len() > 1
                        && candidates.iter().any(|r| req.matches(r.version)) =>
                    {
                        return Err(PipError::Conflict {
                            name: rels[0].name.to_string(),
                            wanted: specs,
                        })
                    }
                    None => {
                        return Err(PipError::NoMatch {
                            requirement: req.display(),
                            available: candidates.iter().map(|r| r.version).collect(),
                        })
                    }
                }
            }
        };
        let (release, already) = chosen;
        for dep in release.requirements_for(python) {
            let mut chain = vec![req.display()];
            chain.extend(parents.iter().cloned());
            queue.push_back((dep, chain));
        }
        out.push(Collected {
            release,
            requirement: req.display(),
            parents,
            already_installed: already,
        });
    }
    Ok(out)
}

fn add_want(wants: &mut Vec<(String, Vec<(String, String)>)>, req: &Requirement, by: &str) {
    let key = canonical_name(&req.name);
    let entry = match wants.iter().position(|(k, _)| *k == key) {
        Some(i) => &mut wants[i].1,
        None => {
            wants.push((key, Vec::new()));
            &mut wants.last_mut().expect("just pushed").1
        }
    };
    if !req.spec.is_empty() && !entry.iter().any(|(s, _)| *s == req.spec) {
        entry.push((req.spec.clone(), by.to_string()));
    }
}

/// The order pip installs a resolution in: dependencies before the packages that need them,
/// otherwise in collection order (pip's "Installing collected packages: …").
pub fn install_order(collected: &[Collected], python: &str) -> Vec<Release> {
    let todo: Vec<&Release> = collected
        .iter()
        .filter(|c| !c.already_installed)
        .map(|c| &c.release)
        .collect();
    let mut done: Vec<Release> = Vec::new();
    fn visit(r: &Release, todo: &[&Release], done: &mut Vec<Release>, python: &str, depth: usize) {
        if depth > 64 || done.iter().any(|d| d.name == r.name) {
            return;
        }
        for dep in r.requirements_for(python) {
            let key = canonical_name(&dep.name);
            if let Some(d) = todo.iter().find(|t| canonical_name(t.name) == key) {
                visit(d, todo, done, python, depth + 1);
            }
        }
        if !done.iter().any(|d| d.name == r.name) {
            done.push(r.clone());
        }
    }
    for r in &todo {
        visit(r, &todo, &mut done, python, 0);
    }
    done
}

/// Console scripts a project installs into the interpreter's `bin` directory
/// (`flask` for Flask, `gunicorn`, `pip`/`pip3`, …).
pub fn console_scripts(name: &str) -> &'static [&'static str] {
    match canonical_name(name).as_str() {
        "flask" => &["flask"],
        "gunicorn" => &["gunicorn"],
        "pip" => &["pip", "pip3"],
        "wheel" => &["wheel"],
        "django" => &["django-admin"],
        "charset-normalizer" => &["normalizer"],
        "python-dotenv" => &["dotenv"],
        "numpy" => &["f2py"],
        "sqlparse" => &["sqlformat"],
        _ => &[],
    }
}

/// The top-level import names a project installs into `site-packages` (`Flask` → `flask`,
/// `PyMySQL` → `pymysql`, `Flask-MySQL` → `flaskext`).
pub fn import_names(name: &str) -> Vec<String> {
    let canon = canonical_name(name);
    let fixed: &[&str] = match canon.as_str() {
        "flask-mysql" => &["flaskext"],
        "flask-cors" => &["flask_cors"],
        "python-dotenv" => &["dotenv"],
        "setuptools" => &["setuptools", "pkg_resources", "_distutils_hack"],
        "typing-extensions" => &["typing_extensions"],
        "backports-zoneinfo" => &["backports"],
        "elastic-transport" => &["elastic_transport"],
        "importlib-metadata" => &["importlib_metadata"],
        "async-timeout" => &["async_timeout"],
        "charset-normalizer" => &["charset_normalizer"],
        _ => &[],
    };
    if fixed.is_empty() {
        vec![canon.replace('-', "_")]
    } else {
        fixed.iter().map(|s| s.to_string()).collect()
    }
}

/// The index: `Name version requires-python kind bytes | requirement & requirement …`.
/// Kinds: `sdist`, `py3` / `py2.py3` (pure wheels), `cp` (compiled wheels). `-` means no
/// Requires-Python. Figures follow the real files.
const INDEX: &str = r#"
Flask 0.10.1 - sdist 544247 | Werkzeug>=0.7 & Jinja2>=2.4 & itsdangerous>=0.21
Flask 0.12.5 - py2.py3 81996 | Werkzeug>=0.7 & Jinja2>=2.4 & itsdangerous>=0.21 & click>=2.0
Flask 1.0.2 - py2.py3 91363 | Werkzeug>=0.14 & Jinja2>=2.10 & itsdangerous>=0.24 & click>=5.1
Flask 1.1.4 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 94591 | Werkzeug<2.0,>=0.15 & Jinja2<3.0,>=2.10.1 & itsdangerous<2.0,>=0.24 & click<8.0,>=5.1
Flask 2.0.2 >=3.6 py3 95197 | Werkzeug>=2.0 & Jinja2>=3.0 & itsdangerous>=2.0 & click>=7.1.2
Flask 2.2.5 >=3.7 py3 101817 | Werkzeug>=2.2.2 & Jinja2>=3.0 & itsdangerous>=2.0 & click>=8.0 & importlib-metadata>=3.6.0; python_version < "3.10"
Flask 2.3.3 >=3.8 py3 96112 | Werkzeug>=2.3.7 & Jinja2>=3.1.2 & itsdangerous>=2.1.2 & click>=8.1.3 & blinker>=1.6.2 & importlib-metadata>=3.6.0; python_version < "3.10"
Flask 3.0.3 >=3.8 py3 101735 | Werkzeug>=3.0.0 & Jinja2>=3.1.2 & itsdangerous>=2.1.2 & click>=8.1.3 & blinker>=1.6.2 & importlib-metadata>=3.6.0; python_version < "3.10"
Werkzeug 0.11.4 - py2.py3 305411
Werkzeug 0.16.1 - py2.py3 327327
Werkzeug 1.0.1 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 298631
Werkzeug 2.0.3 >=3.6 py3 289234 | dataclasses; python_version < "3.7"
Werkzeug 2.2.2 >=3.7 py3 232700 | MarkupSafe>=2.1.1
Werkzeug 2.3.7 >=3.8 py3 242216 | MarkupSafe>=2.1.1
Werkzeug 3.0.4 >=3.8 py3 227554 | MarkupSafe>=2.1.1
Jinja2 2.8 - py2.py3 263888 | MarkupSafe
Jinja2 2.10.1 - py2.py3 124883 | MarkupSafe>=0.23
Jinja2 2.11.3 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 125699 | MarkupSafe>=0.23
Jinja2 3.0.3 >=3.6 py3 133630 | MarkupSafe>=2.0
Jinja2 3.1.4 >=3.7 py3 133271 | MarkupSafe>=2.0
MarkupSafe 0.23 - sdist 13416
MarkupSafe 1.1.1 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.* cp 32357
MarkupSafe 2.0.1 >=3.6 cp 30954
MarkupSafe 2.1.5 >=3.7 cp 28130
itsdangerous 0.24 - sdist 46425
itsdangerous 1.1.0 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.* py2.py3 16743
itsdangerous 2.0.1 >=3.6 py3 18455
itsdangerous 2.2.0 >=3.8 py3 16234
click 7.1.2 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 82780
click 8.0.4 >=3.6 py3 97486 | importlib-metadata; python_version < "3.8"
click 8.1.7 >=3.7 py3 97941 | importlib-metadata; python_version < "3.8"
blinker 1.8.2 >=3.8 py3 9456
importlib-metadata 8.5.0 >=3.8 py3 26514 | zipp>=3.20
zipp 3.20.2 >=3.8 py3 9200
dataclasses 0.8 >=3.6,<3.7 py3 19041
Flask-MySQL 1.5.2 - py2.py3 4852 | Flask & PyMySQL
PyMySQL 0.10.1 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 47476
PyMySQL 1.1.1 >=3.7 py3 44972
Flask-Cors 5.0.0 - py2.py3 14266 | Flask>=0.9
requests 2.27.1 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*,!=3.5.* py2.py3 63133 | urllib3<1.27,>=1.21.1 & certifi>=2017.4.17 & chardet<5,>=3.0.2; python_version < "3" & idna<3,>=2.5; python_version < "3" & charset-normalizer~=2.0.0; python_version >= "3" & idna<4,>=2.5; python_version >= "3"
requests 2.32.3 >=3.8 py3 64928 | charset-normalizer<4,>=2 & idna<4,>=2.5 & urllib3<3,>=1.21.1 & certifi>=2017.4.17
charset-normalizer 2.0.12 >=3.5.0 py3 39623
charset-normalizer 3.3.2 >=3.7.0 cp 140319
idna 2.10 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.* py2.py3 58753
idna 3.10 >=3.6 py3 70442
urllib3 1.26.20 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*,!=3.5.* py2.py3 144225
urllib3 2.2.3 >=3.8 py3 126338
certifi 2021.10.8 - py2.py3 149195
certifi 2024.8.30 >=3.6 py3 167321
chardet 4.0.0 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 178743
gunicorn 19.9.0 >=2.6,!=3.0.*,!=3.1.* py2.py3 112485
gunicorn 23.0.0 >=3.7 py3 85101 | packaging
packaging 24.1 >=3.8 py3 53985
redis 3.5.3 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 72144
redis 5.0.8 >=3.7 py3 255608 | async-timeout>=4.0.3; python_full_version < "3.11.3"
async-timeout 4.0.3 >=3.7 py3 5721
elasticsearch 7.17.12 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,<4 py2.py3 385444 | urllib3<2,>=1.21.1 & certifi
elasticsearch 8.15.1 >=3.8 py3 524629 | elastic-transport<9,>=8.13
elastic-transport 8.15.0 >=3.8 py3 64350 | urllib3<3,>=1.26.2 & certifi
Django 4.2.16 >=3.8 py3 8026183 | asgiref<4,>=3.6.0 & sqlparse>=0.3.1 & backports.zoneinfo; python_version < "3.9"
Django 5.1.1 >=3.10 py3 8246965 | asgiref<4,>=3.8.1 & sqlparse>=0.3.1 & tzdata; sys_platform == "win32"
asgiref 3.8.1 >=3.8 py3 23774 | typing-extensions>=4; python_version < "3.11"
sqlparse 0.5.1 >=3.8 py3 44156
backports.zoneinfo 0.2.1 >=3.6 cp 74009
typing-extensions 4.12.2 >=3.8 py3 37438
tzdata 2024.1 >=2 py2.py3 345370
python-dotenv 1.0.1 >=3.8 py3 19863
numpy 1.24.4 >=3.8 cp 17318432
numpy 2.1.1 >=3.10 cp 16299318
pip 9.0.3 >=2.6,!=3.0.*,!=3.1.*,!=3.2.* py2.py3 1351727
pip 20.3.4 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 1522013
pip 21.3.1 >=3.6 py3 1723581
pip 23.0.1 >=3.7 py3 2055563
pip 24.2 >=3.8 py3 1815170
setuptools 44.1.1 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 583493
setuptools 57.5.0 >=3.6 py3 819294
setuptools 75.1.0 >=3.8 py3 1248452
wheel 0.37.1 >=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.* py2.py3 35301
wheel 0.44.0 >=3.8 py3 67059
"#;
