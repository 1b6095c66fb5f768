//! `pip`, `pip3` and `python -m pip`: `install` (names, `-r` files, pins, `--upgrade`,
//! `--no-cache-dir`, `-q`), `list`, `freeze`, `uninstall` and `--version`, against the
//! simulated Python Package Index, in the output format of the pip version in the image.
//!
//! Installed distributions are `NAME-VERSION.dist-info` folders in the interpreter's
//! `site-packages` with a package folder of declared size, and console scripts (`flask`) land
//! beside the interpreter.

use super::pkg::{self, Python};
use crate::internet::clock::cost;
use crate::internet::hub;
use crate::internet::pypi::{self, PipError, Requirement};
use crate::sh::{Invocation, Machine};

/// `pip`, `pip3`, `pip2`, `pip3.12`: find the interpreter it belongs to and run.
pub(crate) fn pip<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let name = inv.name().to_string();
    let suffix = name.strip_prefix("pip").unwrap_or("").to_string();
    let dir = crate::sh::parent(&inv.path);
    let beside = [
        format!("{dir}/python{suffix}"),
        format!("{dir}/python3"),
        format!("{dir}/python"),
    ];
    let mut py = beside
        .iter()
        .filter(|p| suffix.is_empty() || p.ends_with(&suffix))
        .find_map(|p| pkg::python_at(inv, p));
    if py.is_none() {
        let names: &[&str] = if suffix.starts_with('2') {
            &["python2", "python"]
        } else {
            &["python3", "python", "python2"]
        };
        py = pkg::find_python(inv, names);
    }
    let Some(py) = py else {
        inv.err(format!(
            "{name}: the Python interpreter it belongs to is missing\n"
        ));
        return 127;
    };
    let args: Vec<String> = inv.args().to_vec();
    run(inv, &py, &args)
}

/// The pip version installed for this interpreter, and the folder its package is in.
pub(crate) fn pip_version<M: Machine + ?Sized>(
    inv: &Invocation<'_, M>,
    py: &Python,
) -> (String, String) {
    if let Some((_, v)) = pkg::site_packages(inv.fs(), &py.site)
        .into_iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("pip"))
    {
        return (v, py.site.clone());
    }
    let fs = inv.fs();
    if let Some(rel) = pkg::apt_release(fs) {
        for (n, v) in pkg::dpkg_installed(fs, rel) {
            if n == "python3-pip" || n == "python-pip" {
                let dir = if n == "python-pip" {
                    "/usr/lib/python2.7/dist-packages"
                } else {
                    "/usr/lib/python3/dist-packages"
                };
                return (pkg::upstream(&v).to_string(), dir.to_string());
            }
        }
    }
    if let Some(rel) = pkg::apk_release(fs) {
        for (n, v) in pkg::apk_installed(fs, rel) {
            if matches!(n.as_str(), "py3-pip" | "py2-pip" | "py-pip") {
                let v = v.split("-r").next().unwrap_or(&v).to_string();
                return (v, py.site.clone());
            }
        }
    }
    let v = hub::images()
        .into_iter()
        .filter(|i| i.python_version() == Some(py.version.as_str()))
        .flat_map(|i| i.python_packages())
        .find(|(n, _)| *n == "pip")
        .map_or_else(|| "24.2".to_string(), |(_, v)| v.to_string());
    (v, py.site.clone())
}

/// Run pip with `args` for interpreter `py`.
pub(crate) fn run<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    py: &Python,
    args: &[String],
) -> i32 {
    let (version, home) = pip_version(inv, py);
    let Some(cmd) = args.iter().find(|a| !a.starts_with('-')) else {
        if args.iter().any(|a| a == "--version" || a == "-V") {
            inv.out(format!(
                "pip {version} from {home}/pip (python {})\n",
                py.short()
            ));
            return 0;
        }
        inv.out(format!(
            "\nUsage:\n  pip <command> [options]\n\nCommands:\n  install    Install packages.\n  uninstall  Uninstall packages.\n  freeze     Output installed packages in requirements format.\n  list       List installed packages.\n\n(pip {version}, simulated by layerlab)\n"
        ));
        return if args.is_empty() { 0 } else { 2 };
    };
    let rest: Vec<String> = args
        .iter()
        .skip_while(|a| *a != cmd)
        .skip(1)
        .cloned()
        .collect();
    match cmd.as_str() {
        "install" => install(inv, py, &version, &rest),
        "list" => {
            let mut pkgs = installed(inv, py);
            crate::sort::sort_by_key(&mut pkgs, |(n, _)| n.to_ascii_lowercase());
            let w1 = pkgs.iter().map(|(n, _)| n.len()).max().unwrap_or(0).max(7);
            let w2 = pkgs.iter().map(|(_, v)| v.len()).max().unwrap_or(0).max(7);
            let mut t = format!(
                "{:w1$} {:w2$}\n{} {}\n",
                "Package",
                "Version",
                "-".repeat(w1),
                "-".repeat(w2)
            );
            for (n, v) in pkgs {
                t.push_str(format!("{n:w1$} {v:w2$}").trim_end());
                t.push('\n');
            }
            inv.out(t);
            0
        }
        "freeze" => {
            let mut pkgs = installed(inv, py);
            pkgs.retain(|(n, _)| {
                !["pip", "setuptools", "wheel", "distribute"]
                    .contains(&n.to_ascii_lowercase().as_str())
            });
            crate::sort::sort_by_key(&mut pkgs, |(n, _)| n.to_ascii_lowercase());
            let t: String = pkgs.iter().map(|(n, v)| format!("{n}=={v}\n")).collect();
            inv.out(t);
            0
        }
        "uninstall" => {
            let yes = rest.iter().any(|a| a == "-y" || a == "--yes");
            let have = installed(inv, py);
            let mut status = 0;
            for a in rest.iter().filter(|a| !a.starts_with('-')) {
                let key = pypi::canonical_name(a);
                match have.iter().find(|(n, _)| pypi::canonical_name(n) == key) {
                    Some((n, v)) => {
                        inv.out(format!(
                            "Found existing installation: {n} {v}\nUninstalling {n}-{v}:\n"
                        ));
                        if !yes {
                            inv.out("Proceed (Y/n)? ");
                            if !pkg::answer(inv)
                                .is_some_and(|a| a.is_empty() || a.eq_ignore_ascii_case("y"))
                            {
                                inv.out("\n");
                                status = 1;
                                continue;
                            }
                        }
                        let site = py.site.clone();
                        pkg::pip_forget(inv.fs_mut(), &site, n);
                        inv.out(format!("  Successfully uninstalled {n}-{v}\n"));
                    }
                    None => inv.err(format!("WARNING: Skipping {a} as it is not installed.\n")),
                }
            }
            status
        }
        other => {
            inv.err(format!("ERROR: unknown command \"{other}\"\n"));
            1
        }
    }
}

fn installed<M: Machine + ?Sized>(inv: &Invocation<'_, M>, py: &Python) -> Vec<(String, String)> {
    let mut v = pkg::site_packages(inv.fs(), &py.site);
    let local = format!("/usr/local/lib/python{}/site-packages", py.short());
    if local != py.site && !py.venv {
        for p in pkg::site_packages(inv.fs(), &local) {
            if !v.iter().any(|(n, _)| n == &p.0) {
                v.push(p);
            }
        }
    }
    v
}

struct Req {
    req: Requirement,
    /// `-r requirements.txt (line 1)` for a line of a requirements file.
    origin: Option<String>,
}

fn install<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    py: &Python,
    pip_version: &str,
    args: &[String],
) -> i32 {
    let modern = pkg::version_at_least(pip_version, &[10]);
    let err_prefix = if pkg::version_at_least(pip_version, &[19]) {
        "ERROR: "
    } else {
        ""
    };
    let mut quiet = 0;
    let mut upgrade = false;
    let mut break_system = inv
        .env
        .get("PIP_BREAK_SYSTEM_PACKAGES")
        .is_some_and(|v| v == "1");
    let mut root_ignore = inv
        .env
        .get("PIP_ROOT_USER_ACTION")
        .is_some_and(|v| v == "ignore");
    let mut version_check = inv
        .env
        .get("PIP_DISABLE_PIP_VERSION_CHECK")
        .is_none_or(|v| v != "1");
    let mut no_deps = false;
    let mut reqs: Vec<Req> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].clone();
        i += 1;
        let value = |i: &mut usize| -> Option<String> {
            let v = args.get(*i).cloned();
            *i += 1;
            v
        };
        match a.as_str() {
            "-r" | "--requirement" => {
                let Some(file) = value(&mut i) else {
                    inv.err(format!("{err_prefix}-r option requires 1 argument\n"));
                    return 2;
                };
                match read_requirements(inv, &file, err_prefix) {
                    Ok(mut v) => reqs.append(&mut v),
                    Err(code) => return code,
                }
            }
            "-q" | "--quiet" => quiet += 1,
            "-qq" => quiet += 2,
            "-U" | "--upgrade" => upgrade = true,
            "--no-deps" => no_deps = true,
            "--break-system-packages" => break_system = true,
            "--disable-pip-version-check" => version_check = false,
            "--root-user-action=ignore" => root_ignore = true,
            "--root-user-action" => {
                root_ignore = value(&mut i).is_some_and(|v| v == "ignore");
            }
            "-i" | "--index-url" | "--extra-index-url" | "--trusted-host" | "-c"
            | "--constraint" | "--target" | "-t" | "--prefix" | "--cache-dir" => {
                let _ = value(&mut i);
            }
            s if s.starts_with('-') => {}
            s => match pypi::parse_requirement(s) {
                Ok(req) => reqs.push(Req { req, origin: None }),
                Err(t) => {
                    inv.err(format!("{err_prefix}Invalid requirement: '{t}'\n"));
                    return 1;
                }
            },
        }
    }
    if reqs.is_empty() {
        inv.err(format!(
            "{err_prefix}You must give at least one requirement to install (see \"pip help install\")\n"
        ));
        return 1;
    }
    let marker = format!("{}/EXTERNALLY-MANAGED", py.stdlib);
    if inv.fs().exists(&marker) && !break_system && !py.venv {
        let tool = if py.musl {
            "apk add py3-xyz"
        } else {
            "apt install python3-xyz"
        };
        inv.err(format!(
            "error: externally-managed-environment\n\n× This environment is externally managed\n╰─> The system's package manager owns this Python. Install Python packages\n    with it ({tool}), or make a virtual environment\n    (python3 -m venv) and run its pip.\n\nnote: --break-system-packages installs anyway, at the risk of breaking the Python the system relies on.\nhint: PEP 668 describes this marker and why distributions set it.\n"
        ));
        return 1;
    }
    let have = installed(inv, py);
    // Without setuptools and wheel in the environment (Python 3.12 images), pip builds source
    // archives in an isolated environment through pyproject.toml.
    let has = |n: &str| have.iter().any(|(h, _)| h.eq_ignore_ascii_case(n));
    let backend =
        if has("setuptools") && has("wheel") || !pkg::version_at_least(pip_version, &[23, 1]) {
            "setup.py"
        } else {
            "pyproject.toml"
        };
    let top: Vec<String> = reqs
        .iter()
        .map(|r| pypi::canonical_name(&r.req.name))
        .collect();
    let keep: Vec<(&str, &str)> = have
        .iter()
        .filter(|(n, _)| !(upgrade && top.contains(&pypi::canonical_name(n))))
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let requirements: Vec<Requirement> = reqs.iter().map(|r| r.req.clone()).collect();
    let resolved = if no_deps {
        let mut out = Vec::new();
        for r in &requirements {
            match pypi::resolve(std::slice::from_ref(r), &py.version, &keep) {
                Ok(mut c) => {
                    c.truncate(1);
                    out.append(&mut c);
                }
                Err(e) => return fail(inv, e, err_prefix),
            }
        }
        out
    } else {
        match pypi::resolve(&requirements, &py.version, &keep) {
            Ok(c) => c,
            Err(e) => return fail(inv, e, err_prefix),
        }
    };
    let origin_of = |name: &str| -> Option<String> {
        let key = pypi::canonical_name(name);
        reqs.iter()
            .find(|r| pypi::canonical_name(&r.req.name) == key)
            .and_then(|r| r.origin.clone())
    };
    let mut t = String::new();
    let mut download = 0u64;
    let mut builds = Vec::new();
    let metadata_first = pkg::version_at_least(pip_version, &[23, 1]);
    let bars = pkg::version_at_least(pip_version, &[22]);
    let mut later: Vec<(String, u64)> = Vec::new();
    let mut rng = pkg::rng(inv);
    for c in &resolved {
        let top_name = c
            .parents
            .last()
            .cloned()
            .unwrap_or_else(|| c.requirement.clone());
        let origin = pypi::parse_requirement(&top_name)
            .ok()
            .and_then(|r| origin_of(&r.name));
        let mut chain: Vec<String> = c.parents.clone();
        if let Some(o) = &origin {
            chain.push(o.clone());
        }
        let from = if chain.is_empty() {
            String::new()
        } else {
            format!(" (from {})", chain.join("->"))
        };
        if c.already_installed {
            t.push_str(&format!(
                "Requirement already satisfied: {} in {}{from} ({})\n",
                c.requirement, py.site, c.release.version
            ));
            continue;
        }
        t.push_str(&format!("Collecting {}{from}\n", c.requirement));
        let file = c.release.filename(&py.version, py.musl);
        let sdist = c.release.builds_from_source(&py.version, py.musl);
        download = download.saturating_add(c.release.size);
        if metadata_first && !sdist {
            // Recent pips read a wheel's metadata first and download the wheels afterwards.
            let meta = 1_500 + c.release.size % 6_000;
            t.push_str(&format!(
                "  Downloading {file}.metadata ({})\n",
                pkg::pip_size(meta, true)
            ));
            later.push((file, c.release.size));
            continue;
        }
        t.push_str(&format!(
            "  Downloading {file} ({})\n",
            pkg::pip_size(c.release.size, modern)
        ));
        t.push_str(&bar(c.release.size, "     ", bars, &mut rng));
        if sdist {
            if pkg::version_at_least(pip_version, &[22]) {
                if backend == "pyproject.toml" {
                    t.push_str("  Installing build dependencies: started\n  Installing build dependencies: finished with status 'done'\n  Getting requirements to build wheel: started\n  Getting requirements to build wheel: finished with status 'done'\n");
                }
                t.push_str(&format!("  Preparing metadata ({backend}): started\n  Preparing metadata ({backend}): finished with status 'done'\n"));
            }
            builds.push(c.release.clone());
        }
    }
    for (file, size) in &later {
        t.push_str(&format!(
            "Downloading {file} ({})\n",
            pkg::pip_size(*size, true)
        ));
        t.push_str(&bar(*size, "   ", bars, &mut rng));
    }
    let order = pypi::install_order(&resolved, &py.version);
    if !builds.is_empty() && pkg::version_at_least(pip_version, &[21]) {
        let names: Vec<&str> = builds.iter().map(|b| b.name).collect();
        t.push_str(&format!(
            "Building wheels for collected packages: {}\n",
            names.join(", ")
        ));
        for b in &builds {
            let wheel = format!(
                "{}-{}-py3-none-any.whl",
                b.name.replace('-', "_"),
                b.version
            );
            let size = b.size.saturating_mul(2) / 3;
            let digest = crate::store::Digest::of(format!("{wheel}{size}").as_bytes()).hex();
            t.push_str(&format!(
                "  Building wheel for {n} ({backend}): started\n  Building wheel for {n} ({backend}): finished with status 'done'\n  Created wheel for {n}: filename={wheel} size={size} sha256={digest}\n  Stored in directory: /tmp/pip-ephem-wheel-cache-{}/wheels/{}/{}/{}\n",
                rng.hex(8),
                &digest[0..2],
                &digest[2..4],
                &digest[4..],
                n = b.name
            ));
        }
        t.push_str(&format!("Successfully built {}\n", names.join(" ")));
    }
    if !order.is_empty() {
        let names: Vec<&str> = order.iter().map(|r| r.name).collect();
        t.push_str(&format!(
            "Installing collected packages: {}\n",
            names.join(", ")
        ));
    }
    let site = py.site.clone();
    for r in &order {
        let old = have
            .iter()
            .find(|(n, _)| pypi::canonical_name(n) == pypi::canonical_name(r.name));
        if let Some((n, v)) = old {
            t.push_str(&format!(
                "  Attempting uninstall: {n}\n    Found existing installation: {n} {v}\n    Uninstalling {n}-{v}:\n      Successfully uninstalled {n}-{v}\n"
            ));
            pkg::pip_forget(inv.fs_mut(), &site, n);
        }
        if !pkg::version_at_least(pip_version, &[21]) && builds.iter().any(|b| b.name == r.name) {
            if pkg::version_at_least(pip_version, &[8]) {
                t.push_str(&format!(
                    "  Running setup.py install for {n}: started\n  Running setup.py install for {n}: finished with status 'done'\n",
                    n = r.name
                ));
            } else {
                t.push_str(&format!("  Running setup.py install for {}\n", r.name));
            }
        }
        pkg::pip_record(inv.fs_mut(), &site, r.name, r.version, r.size);
        for script in pypi::console_scripts(r.name) {
            let body = format!(
                "#!{}\n# The {script} command of {} {} (simulated).\nimport sys\nfrom {} import main\nsys.exit(main())\n",
                py.exe,
                r.name,
                r.version,
                pypi::canonical_name(r.name).replace('-', "_")
            );
            let path = format!("{}/{script}", py.bin);
            let _ =
                inv.fs_mut()
                    .put_file(&path, crate::vfs::Content::bytes(body.into_bytes()), 0o755);
        }
    }
    let ms = cost::pip_install(
        &mut rng,
        resolved.len() as u64,
        download,
        builds.len() as u64,
    );
    pkg::spend(inv, ms);
    if !order.is_empty() {
        let mut names: Vec<String> = order
            .iter()
            .map(|r| format!("{}-{}", r.name, r.version))
            .collect();
        crate::sort::sort(&mut names);
        t.push_str(&format!("Successfully installed {}\n", names.join(" ")));
    }
    if quiet == 0 {
        inv.out(t);
    }
    let root = pkg::is_root(inv) && !py.venv;
    if root && !root_ignore && pkg::version_at_least(pip_version, &[21, 1]) && quiet < 3 {
        inv.err("WARNING: Running pip as the 'root' user can break file permissions and clash with the system package manager; a virtual environment is the safer place for packages: https://pip.pypa.io/warnings/venv\n");
    }
    if version_check && quiet == 0 {
        notice(inv, py, pip_version);
    }
    0
}

fn notice<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, py: &Python, current: &str) {
    let newest = pypi::releases("pip")
        .into_iter()
        .filter(|r| r.supports(&py.version))
        .map(|r| r.version)
        .next_back();
    let Some(newest) = newest else {
        return;
    };
    if crate::internet::version::cmp_python(newest, current) != std::cmp::Ordering::Greater {
        return;
    }
    if pkg::version_at_least(current, &[22]) {
        inv.err(format!(
            "\n[notice] A new release of pip is available: {current} -> {newest}\n[notice] To update, run: pip install --upgrade pip\n"
        ));
    } else if pkg::version_at_least(current, &[10]) {
        inv.err(format!(
            "WARNING: You are using pip version {current}; however, version {newest} is available.\nYou should consider upgrading via the '{} -m pip install --upgrade pip' command.\n",
            py.exe
        ));
    } else {
        inv.err(format!(
            "You are using pip version {current}, however version {newest} is available.\nYou should consider upgrading via the 'pip install --upgrade pip' command.\n"
        ));
    }
}

fn fail<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, e: PipError, prefix: &str) -> i32 {
    match e {
        PipError::Invalid(t) => inv.err(format!("{prefix}Invalid requirement: '{t}'\n")),
        PipError::NoMatch {
            requirement,
            available,
        } => {
            let versions = if available.is_empty() {
                "none".to_string()
            } else {
                available.join(", ")
            };
            inv.err(format!(
                "{prefix}Could not find a version that satisfies the requirement {requirement} (from versions: {versions})\n{prefix}No matching distribution found for {requirement}\n"
            ));
        }
        PipError::Conflict { name, wanted } => {
            let mut t = format!(
                "{prefix}Cannot install {name} because these package versions have conflicting dependencies.\n\nThe conflict is caused by:\n"
            );
            for (spec, by) in wanted {
                t.push_str(&format!("    {by} depends on {name}{spec}\n"));
            }
            t.push_str(&format!(
                "\n{prefix}ResolutionImpossible: loosen the version ranges so that one version of {name} can satisfy them all\n"
            ));
            inv.err(t);
        }
    }
    1
}

fn read_requirements<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    file: &str,
    prefix: &str,
) -> Result<Vec<Req>, i32> {
    let path = inv.resolve(file);
    let Ok(text) = inv.fs().read_string(&path) else {
        inv.err(format!(
            "{prefix}Could not open requirements file: [Errno 2] No such file or directory: '{file}'\n"
        ));
        return Err(1);
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = match line.find(" #") {
            Some(p) => &line[..p],
            None => line,
        };
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with('-') {
            continue;
        }
        match pypi::parse_requirement(line) {
            Ok(req) => out.push(Req {
                req,
                origin: Some(format!("-r {file} (line {})", i + 1)),
            }),
            Err(t) => {
                inv.err(format!(
                    "{prefix}Invalid requirement: '{t}' (from line {} of {file})\n",
                    i + 1
                ));
                return Err(1);
            }
        }
    }
    Ok(out)
}

/// The finished progress bar recent pips print under a download larger than 512 KiB.
fn bar(size: u64, indent: &str, enabled: bool, rng: &mut crate::internet::Rng) -> String {
    if !enabled || size <= 512 * 1024 {
        return String::new();
    }
    let (value, unit) = if size >= 1_000_000 {
        (size as f64 / 1_000_000.0, "MB")
    } else {
        (size as f64 / 1000.0, "kB")
    };
    let speed = rng.jitter(cost::MIRROR_BPS, 30) as f64 / 1_000_000.0;
    format!(
        "{indent}{} {value:.1}/{value:.1} {unit} {speed:.1} MB/s eta 0:00:00\n",
        "\u{2501}".repeat(40)
    )
}
