//! The simulated Debian and Ubuntu archives: per release, the packages `apt-get` can install
//! (version, download and installed size, Depends/Recommends/Suggests/Provides), the names that
//! are referenced but have no candidate, and what `apt-get update` fetches. A small resolver
//! turns `apt-get install` arguments into the plan apt would print.

use super::apt_index;
use super::version::debian_satisfies;

/// One release of a Debian-family distribution.
#[derive(Debug)]
pub struct Release {
    /// Codename: `bookworm`, `noble`, …
    pub name: &'static str,
    /// `Debian` or `Ubuntu`.
    pub distro: &'static str,
    /// Version number: `12`, `24.04`.
    pub version: &'static str,
    /// The mirrors no longer carry it: `apt-get update` fails with 404s (Debian jessie).
    pub archived: bool,
    /// Python is marked "externally managed" (PEP 668): a plain `pip install` outside a virtual
    /// environment is refused.
    pub externally_managed: bool,
    /// What `apt-get update` fetches, in order: the index name as apt prints it after `Get:n`
    /// and its size in bytes.
    pub update_fetches: &'static [(&'static str, u64)],
    /// Names that are referenced by other packages but have no installation candidate, with the
    /// packages apt says replace them.
    pub no_candidate: &'static [(&'static str, &'static [&'static str])],
    table: &'static str,
}

/// One alternative of a dependency: a name and an optional version relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alt {
    /// Package name (`:any` removed).
    pub name: &'static str,
    /// Relation and version, e.g. `(">=", "2.34")`.
    pub version: Option<(&'static str, &'static str)>,
}

/// A dependency: one of the alternatives must be installed (`a | b`).
pub type Dep = Vec<Alt>;

/// A binary package in a release's index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Package {
    /// Name.
    pub name: &'static str,
    /// Version (`3.11.2-1+b1`).
    pub version: &'static str,
    /// Size of the `.deb`, in bytes.
    pub download: u64,
    /// Installed-Size, in KiB.
    pub installed_kib: u64,
    /// Depends.
    pub depends: Vec<Dep>,
    /// Recommends (installed by default, unless `--no-install-recommends`).
    pub recommends: Vec<Dep>,
    /// Suggests (only listed).
    pub suggests: Vec<&'static str>,
    /// Virtual names it provides.
    pub provides: Vec<&'static str>,
}

fn parse_deps(field: &'static str) -> Vec<Dep> {
    field
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            d.split('|')
                .map(str::trim)
                .filter_map(|alt| {
                    let (name, rest) = match alt.find(['(', ' ']) {
                        Some(i) => (alt[..i].trim(), alt[i..].trim()),
                        None => (alt, ""),
                    };
                    let name = name.strip_suffix(":any").unwrap_or(name);
                    if name.is_empty() {
                        return None;
                    }
                    let version = rest
                        .strip_prefix('(')
                        .and_then(|r| r.strip_suffix(')'))
                        .and_then(|r| r.trim().split_once(' '))
                        .map(|(op, v)| (op.trim(), v.trim()));
                    Some(Alt { name, version })
                })
                .collect::<Vec<_>>()
        })
        .filter(|alts| !alts.is_empty())
        .collect()
}

fn parse_line(line: &'static str) -> Option<Package> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let mut fields = line.split(';');
    let head = fields.next()?;
    let mut h = head.split_whitespace();
    let name = h.next()?;
    let version = h.next()?;
    let download = h.next()?.parse().ok()?;
    let installed_kib = h.next()?.parse().ok()?;
    let depends = parse_deps(fields.next().unwrap_or(""));
    let recommends = parse_deps(fields.next().unwrap_or(""));
    let names = |f: Option<&'static str>| -> Vec<&'static str> {
        f.unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect()
    };
    let suggests = names(fields.next());
    let provides = names(fields.next());
    Some(Package {
        name,
        version,
        download,
        installed_kib,
        depends,
        recommends,
        suggests,
        provides,
    })
}

/// Why `apt-get install` refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AptError {
    /// `E: Unable to locate package NAME`.
    NotFound(String),
    /// `E: Package 'NAME' has no installation candidate`, after apt's note listing what
    /// replaces it.
    NoCandidate {
        /// The name asked for.
        name: String,
        /// Packages apt lists under "However the following packages replace it:".
        replaced_by: Vec<&'static str>,
    },
    /// `E: Version 'VERSION' for 'NAME' was not found`.
    VersionNotFound {
        /// Package.
        name: String,
        /// The pinned version.
        version: String,
    },
}

/// What `apt-get install` will do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Packages to unpack, dependencies before the packages that need them.
    pub install: Vec<Package>,
    /// The names asked for that will be newly installed.
    pub requested: Vec<&'static str>,
    /// Asked for but already installed: "NAME is already the newest version (VERSION)."
    pub already: Vec<Package>,
    /// "Suggested packages:" (sorted, not installed).
    pub suggested: Vec<&'static str>,
    /// "Recommended packages:" when recommends are off (sorted, not installed).
    pub recommended: Vec<&'static str>,
}

impl Plan {
    /// "The following additional packages will be installed:" (sorted).
    pub fn additional(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self
            .install
            .iter()
            .map(|p| p.name)
            .filter(|n| !self.requested.contains(n))
            .collect();
        crate::sort::sort(&mut v);
        v
    }

    /// "The following NEW packages will be installed:" (sorted).
    pub fn new_names(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.install.iter().map(|p| p.name).collect();
        crate::sort::sort(&mut v);
        v
    }

    /// Bytes to download ("Need to get …").
    pub fn download_bytes(&self) -> u64 {
        self.install.iter().map(|p| p.download).sum()
    }

    /// Disk space used after the operation, in bytes ("After this operation, …").
    pub fn installed_bytes(&self) -> u64 {
        self.install.iter().map(|p| p.installed_kib * 1024).sum()
    }
}

impl Release {
    /// Every package in the index, in table order.
    pub fn packages(&self) -> Vec<Package> {
        self.table.lines().filter_map(parse_line).collect()
    }

    /// The package called `name`.
    pub fn package(&self, name: &str) -> Option<Package> {
        let prefix = |l: &&'static str| {
            let l = l.trim_start();
            l.strip_prefix(name).is_some_and(|r| r.starts_with(' '))
        };
        self.table.lines().filter(prefix).find_map(parse_line)
    }

    /// The first package providing the virtual name `name`.
    pub fn provider(&self, name: &str) -> Option<Package> {
        if name.is_empty() {
            return None;
        }
        self.table
            .lines()
            .filter(|l| l.contains(name))
            .filter_map(parse_line)
            .find(|p| p.provides.contains(&name))
    }

    /// The replacements apt lists for a name with no installation candidate.
    pub fn no_candidate(&self, name: &str) -> Option<&'static [&'static str]> {
        self.no_candidate
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, r)| *r)
    }

    fn satisfied(&self, alt: &Alt, have: &[Package], installed: &[&str]) -> bool {
        let ok_version = |p: &Package| match alt.version {
            Some((op, v)) => debian_satisfies(op, p.version, v),
            None => true,
        };
        have.iter()
            .any(|p| (p.name == alt.name && ok_version(p)) || p.provides.contains(&alt.name))
            || installed.contains(&alt.name)
    }

    /// Plan `apt-get install ARGS`: `args` are package names, optionally pinned
    /// (`curl=7.88.1-10+deb12u7`); `installed` are the names already on the system;
    /// `recommends` is false with `--no-install-recommends`.
    pub fn plan(
        &self,
        args: &[&str],
        installed: &[&str],
        recommends: bool,
    ) -> Result<Plan, Vec<AptError>> {
        let mut errors = Vec::new();
        let mut roots: Vec<Package> = Vec::new();
        let mut plan = Plan::default();
        for arg in args {
            let (name, pin) = match arg.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (*arg, None),
            };
            let pkg = self.package(name).or_else(|| self.provider(name));
            match (pkg, pin) {
                (Some(p), Some(v)) if p.version != v => errors.push(AptError::VersionNotFound {
                    name: name.to_string(),
                    version: v.to_string(),
                }),
                (Some(p), _) => {
                    if installed.contains(&p.name) {
                        if !plan.already.iter().any(|a| a.name == p.name) {
                            plan.already.push(p);
                        }
                    } else if !roots.iter().any(|r| r.name == p.name) {
                        roots.push(p);
                    }
                }
                (None, _) => match self.no_candidate(name) {
                    Some(r) => errors.push(AptError::NoCandidate {
                        name: name.to_string(),
                        replaced_by: r.to_vec(),
                    }),
                    None => errors.push(AptError::NotFound(name.to_string())),
                },
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        plan.requested = roots.iter().map(|p| p.name).collect();
        let mut notes: (Vec<&'static str>, Vec<&'static str>) = (Vec::new(), Vec::new());
        let mut visiting = Vec::new();
        for root in roots {
            self.visit(
                root,
                installed,
                recommends,
                &mut plan.install,
                &mut visiting,
                &mut notes,
                0,
            );
        }
        let (mut suggested, mut recommended) = notes;
        let chosen =
            |n: &&str| !plan.install.iter().any(|p| p.name == *n) && !installed.contains(n);
        suggested.retain(chosen);
        recommended.retain(chosen);
        crate::sort::sort(&mut suggested);
        suggested.dedup();
        crate::sort::sort(&mut recommended);
        recommended.dedup();
        plan.suggested = suggested;
        plan.recommended = recommended;
        Ok(plan)
    }

    #[allow(clippy::too_many_arguments)] // reason: one recursive walk with its accumulators
    fn visit(
        &self,
        pkg: Package,
        installed: &[&str],
        recommends: bool,
        out: &mut Vec<Package>,
        visiting: &mut Vec<Package>,
        notes: &mut (Vec<&'static str>, Vec<&'static str>),
        depth: usize,
    ) {
        let seen = |v: &[Package]| v.iter().any(|p| p.name == pkg.name);
        if depth > 64 || seen(out) || seen(visiting) || installed.contains(&pkg.name) {
            return;
        }
        visiting.push(pkg.clone());
        let mut deps: Vec<&Dep> = pkg.depends.iter().collect();
        if recommends {
            deps.extend(pkg.recommends.iter());
        } else {
            notes.1.extend(
                pkg.recommends
                    .iter()
                    .filter_map(|d| d.first().map(|a| a.name)),
            );
        }
        for dep in deps {
            let done = dep.iter().any(|a| {
                self.satisfied(a, out, installed) || self.satisfied(a, visiting, installed)
            });
            if done {
                continue;
            }
            let found = dep
                .iter()
                .find_map(|a| self.package(a.name).or_else(|| self.provider(a.name)));
            if let Some(p) = found {
                self.visit(p, installed, recommends, out, visiting, notes, depth + 1);
            }
        }
        notes.0.extend(pkg.suggests.iter().copied());
        visiting.retain(|p| p.name != pkg.name);
        out.push(pkg);
    }
}

/// Every release with an index.
pub fn releases() -> &'static [Release] {
    RELEASES
}

/// The release with this codename.
pub fn release(name: &str) -> Option<&'static Release> {
    RELEASES.iter().find(|r| r.name == name)
}

const DEBIAN_PYTHON_REPLACED: &[&str] = &["python-is-python3", "2to3"];
const UBUNTU_PYTHON_REPLACED: &[&str] = &[
    "python2-minimal:i386",
    "python2:i386",
    "python2-minimal",
    "python2",
    "dh-python",
    "2to3",
    "python-is-python3",
];

static RELEASES: &[Release] = &[
    Release {
        name: "bookworm",
        distro: "Debian",
        version: "12",
        archived: false,
        externally_managed: true,
        update_fetches: &[
            ("http://deb.debian.org/debian bookworm InRelease", 151_000),
            (
                "http://deb.debian.org/debian bookworm-updates InRelease",
                55_400,
            ),
            (
                "http://deb.debian.org/debian-security bookworm-security InRelease",
                48_000,
            ),
            (
                "http://deb.debian.org/debian bookworm/main amd64 Packages",
                8_788_000,
            ),
            (
                "http://deb.debian.org/debian bookworm-updates/main amd64 Packages",
                2_468,
            ),
            (
                "http://deb.debian.org/debian-security bookworm-security/main amd64 Packages",
                179_000,
            ),
        ],
        no_candidate: &[
            ("python", DEBIAN_PYTHON_REPLACED),
            ("python-pip", &["python3-pip"]),
        ],
        table: apt_index::BOOKWORM,
    },
    Release {
        name: "bullseye",
        distro: "Debian",
        version: "11",
        archived: false,
        externally_managed: false,
        update_fetches: &[
            ("http://deb.debian.org/debian bullseye InRelease", 116_000),
            (
                "http://deb.debian.org/debian-security bullseye-security InRelease",
                27_200,
            ),
            (
                "http://deb.debian.org/debian bullseye-updates InRelease",
                44_100,
            ),
            (
                "http://deb.debian.org/debian bullseye/main amd64 Packages",
                8_066_000,
            ),
            (
                "http://deb.debian.org/debian-security bullseye-security/main amd64 Packages",
                292_000,
            ),
            (
                "http://deb.debian.org/debian bullseye-updates/main amd64 Packages",
                18_800,
            ),
        ],
        no_candidate: &[("python", &["python-is-python3", "2to3", "python2"])],
        table: apt_index::BULLSEYE,
    },
    Release {
        name: "jessie",
        distro: "Debian",
        version: "8",
        archived: true,
        externally_managed: false,
        update_fetches: &[
            ("http://deb.debian.org/debian jessie Release", 0),
            ("http://deb.debian.org/debian jessie-updates Release", 0),
            ("http://security.debian.org jessie/updates Release", 0),
        ],
        no_candidate: &[],
        table: "",
    },
    Release {
        name: "bionic",
        distro: "Ubuntu",
        version: "18.04",
        archived: false,
        externally_managed: false,
        update_fetches: &[
            ("http://archive.ubuntu.com/ubuntu bionic InRelease", 242_000),
            (
                "http://security.ubuntu.com/ubuntu bionic-security InRelease",
                102_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu bionic-updates InRelease",
                102_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu bionic-backports InRelease",
                102_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu bionic/universe amd64 Packages",
                11_300_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu bionic/main amd64 Packages",
                1_344_000,
            ),
            (
                "http://security.ubuntu.com/ubuntu bionic-security/main amd64 Packages",
                3_373_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu bionic-updates/main amd64 Packages",
                3_786_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu bionic-updates/universe amd64 Packages",
                2_411_000,
            ),
        ],
        no_candidate: &[],
        table: apt_index::BIONIC,
    },
    Release {
        name: "focal",
        distro: "Ubuntu",
        version: "20.04",
        archived: false,
        externally_managed: false,
        update_fetches: &[
            ("http://archive.ubuntu.com/ubuntu focal InRelease", 265_000),
            (
                "http://security.ubuntu.com/ubuntu focal-security InRelease",
                128_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu focal-updates InRelease",
                128_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu focal-backports InRelease",
                128_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu focal/universe amd64 Packages",
                11_300_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu focal/main amd64 Packages",
                1_275_000,
            ),
            (
                "http://security.ubuntu.com/ubuntu focal-security/main amd64 Packages",
                4_042_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu focal-updates/main amd64 Packages",
                4_517_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu focal-updates/universe amd64 Packages",
                1_546_000,
            ),
        ],
        no_candidate: &[("python", UBUNTU_PYTHON_REPLACED)],
        table: apt_index::FOCAL,
    },
    Release {
        name: "jammy",
        distro: "Ubuntu",
        version: "22.04",
        archived: false,
        externally_managed: false,
        update_fetches: &[
            ("http://archive.ubuntu.com/ubuntu jammy InRelease", 270_000),
            (
                "http://security.ubuntu.com/ubuntu jammy-security InRelease",
                129_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu jammy-updates InRelease",
                128_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu jammy-backports InRelease",
                127_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu jammy/universe amd64 Packages",
                17_500_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu jammy/main amd64 Packages",
                1_792_000,
            ),
            (
                "http://security.ubuntu.com/ubuntu jammy-security/main amd64 Packages",
                2_276_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu jammy-updates/main amd64 Packages",
                2_552_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu jammy-updates/universe amd64 Packages",
                1_445_000,
            ),
        ],
        no_candidate: &[(
            "python",
            &[
                "2to3",
                "python2-minimal",
                "python2",
                "dh-python",
                "python-is-python3",
            ],
        )],
        table: apt_index::JAMMY,
    },
    Release {
        name: "noble",
        distro: "Ubuntu",
        version: "24.04",
        archived: false,
        externally_managed: true,
        update_fetches: &[
            ("http://archive.ubuntu.com/ubuntu noble InRelease", 256_000),
            (
                "http://security.ubuntu.com/ubuntu noble-security InRelease",
                126_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu noble-updates InRelease",
                126_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu noble-backports InRelease",
                126_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu noble/universe amd64 Packages",
                19_300_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu noble/main amd64 Packages",
                1_808_000,
            ),
            (
                "http://security.ubuntu.com/ubuntu noble-security/main amd64 Packages",
                509_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu noble-updates/main amd64 Packages",
                660_000,
            ),
            (
                "http://archive.ubuntu.com/ubuntu noble-updates/universe amd64 Packages",
                908_000,
            ),
        ],
        no_candidate: &[("python", &["2to3", "python-is-python3"])],
        table: apt_index::NOBLE,
    },
];

/// A file a package puts on disk, as the simulated installer creates it: an executable with a
/// declared size, or a symbolic link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstalledFile {
    /// Absolute path.
    pub path: String,
    /// Link target, for symbolic links.
    pub link: Option<String>,
    /// Declared size in bytes (0 for links).
    pub size: u64,
}

impl InstalledFile {
    fn bin(path: &str, size: u64) -> InstalledFile {
        InstalledFile {
            path: path.to_string(),
            link: None,
            size,
        }
    }

    fn link(path: &str, target: &str) -> InstalledFile {
        InstalledFile {
            path: path.to_string(),
            link: Some(target.to_string()),
            size: 0,
        }
    }
}

impl Release {
    /// The executables (and a few key files) a package installs, so that `which`, `python3`,
    /// `pip` and friends find what a real install would leave. Packages not listed here install
    /// only their declared size. Note that `python3` never provides `python` on these releases:
    /// that takes `python-is-python3` (or `python` itself on bionic).
    pub fn files(&self, package: &str) -> Vec<InstalledFile> {
        let Some(pkg) = self.package(package) else {
            return Vec::new();
        };
        let b = InstalledFile::bin;
        let l = InstalledFile::link;
        let dep_named = |prefix: &str| -> Option<&'static str> {
            pkg.depends
                .iter()
                .flatten()
                .map(|a| a.name)
                .find(|n| n.starts_with(prefix) && !n.ends_with("-minimal"))
        };
        let name = pkg.name;
        if let Some(v) = name
            .strip_prefix("python3.")
            .and_then(|r| r.strip_suffix("-minimal"))
        {
            return vec![b(&format!("/usr/bin/python3.{v}"), 6_831_704)];
        }
        if let Some(v) = name
            .strip_prefix("python2.")
            .and_then(|r| r.strip_suffix("-minimal"))
        {
            return vec![b(&format!("/usr/bin/python2.{v}"), 3_626_416)];
        }
        match name {
            "python3" | "python3-minimal" => match dep_named("python3.") {
                Some(target) if name == "python3" => vec![l("/usr/bin/python3", target)],
                _ => Vec::new(),
            },
            "python" => {
                vec![
                    l("/usr/bin/python", "python2.7"),
                    l("/usr/bin/python2", "python2.7"),
                ]
            }
            "python2" => vec![l("/usr/bin/python2", "python2.7")],
            "python-is-python3" => vec![l("/usr/bin/python", "python3")],
            "python3-pip" => vec![b("/usr/bin/pip", 221), b("/usr/bin/pip3", 221)],
            "python-pip" => vec![b("/usr/bin/pip", 221), b("/usr/bin/pip2", 221)],
            "python3-venv" => Vec::new(),
            "curl" => vec![b("/usr/bin/curl", 276_864)],
            "wget" => vec![b("/usr/bin/wget", 531_248)],
            "git" => vec![b("/usr/bin/git", 3_836_192)],
            "vim" => vec![
                b("/usr/bin/vim.basic", 3_701_544),
                l("/usr/bin/vim", "/etc/alternatives/vim"),
                l("/etc/alternatives/vim", "/usr/bin/vim.basic"),
                l("/usr/bin/vi", "/etc/alternatives/vi"),
                l("/etc/alternatives/vi", "/usr/bin/vim.basic"),
            ],
            "nano" => vec![b("/usr/bin/nano", 294_072)],
            "less" => vec![b("/usr/bin/less", 182_248)],
            "nodejs" => vec![b("/usr/bin/node", 112_376), l("/usr/bin/nodejs", "node")],
            "npm" => vec![l("/usr/bin/npm", "../share/nodejs/npm/bin/npm-cli.js")],
            "make" => vec![b("/usr/bin/make", 260_384)],
            "gcc" => match dep_named("gcc-") {
                Some(target) => vec![l("/usr/bin/gcc", target), l("/usr/bin/cc", "gcc")],
                None => Vec::new(),
            },
            "g++" => match dep_named("g++-") {
                Some(target) => vec![l("/usr/bin/g++", target), l("/usr/bin/c++", "g++")],
                None => Vec::new(),
            },
            n if (n.starts_with("gcc-") || n.starts_with("g++-"))
                && n[4..].bytes().all(|c| c.is_ascii_digit()) =>
            {
                vec![b(&format!("/usr/bin/{n}"), 1_030_872)]
            }
            "openssl" => vec![b("/usr/bin/openssl", 1_131_000)],
            "ca-certificates" => vec![b("/etc/ssl/certs/ca-certificates.crt", 219_342)],
            "unzip" => vec![b("/usr/bin/unzip", 186_456)],
            "procps" => vec![b("/usr/bin/ps", 137_824), b("/usr/bin/top", 133_888)],
            "gnupg" | "gpg" => vec![b("/usr/bin/gpg", 1_114_968)],
            "xz-utils" => vec![b("/usr/bin/xz", 88_104)],
            "bzip2" => vec![b("/usr/bin/bzip2", 39_144)],
            "patch" => vec![b("/usr/bin/patch", 186_352)],
            "file" => vec![b("/usr/bin/file", 27_472)],
            "openssh-client" => vec![b("/usr/bin/ssh", 973_280)],
            _ => Vec::new(),
        }
    }
}
