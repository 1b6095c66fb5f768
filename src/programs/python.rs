//! `python`, `python3`, `python2` and versioned names: `--version`, `-c` with trivial
//! `print(...)` of literals, `-m pip`; running an application file is the container
//! runtime's business, and this program says so instead of pretending.

use super::pkg;
use crate::sh::{Invocation, Machine};

/// The interpreter names registered for this program.
pub(crate) const NAMES: &[&str] = &[
    "python",
    "python2",
    "python3",
    "python2.7",
    "python3.5",
    "python3.6",
    "python3.7",
    "python3.8",
    "python3.9",
    "python3.10",
    "python3.11",
    "python3.12",
    "python3.13",
];

/// `python`.
pub(crate) fn python<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let path = inv.path.clone();
    let Some(py) = pkg::python_at(inv, &path)
        .or_else(|| pkg::find_python(inv, &["python3", "python", "python2"]))
    else {
        inv.err(format!("{}: no Python interpreter here\n", inv.name()));
        return 127;
    };
    let name = inv.name().to_string();
    let args: Vec<String> = inv.args().to_vec();
    let two = py.version.starts_with("2.");
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        match a {
            "-V" | "--version" => {
                let v = format!("Python {}\n", py.version);
                if two {
                    inv.err(v);
                } else {
                    inv.out(v);
                }
                return 0;
            }
            "-c" => {
                let Some(code) = args.get(i) else {
                    inv.err("Argument expected for the -c option\nusage: python [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n");
                    return 2;
                };
                return run_code(inv, code, two);
            }
            "-m" => {
                let Some(module) = args.get(i) else {
                    inv.err("Argument expected for the -m option\nusage: python [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n");
                    return 2;
                };
                let rest: Vec<String> = args[i + 1..].to_vec();
                return match module.as_str() {
                    "pip" => super::pip::run(inv, &py, &rest),
                    "venv" => venv(inv, &py, &rest),
                    "flask" => runtime_note(inv, "python -m flask"),
                    other => {
                        let installed = pkg::site_packages(inv.fs(), &py.site);
                        let known = installed.iter().any(|(n, _)| {
                            crate::internet::pypi::import_names(n)
                                .iter()
                                .any(|m| m == other)
                        });
                        if known || ["http.server", "json.tool", "unittest"].contains(&other) {
                            runtime_note(inv, &format!("python -m {other}"))
                        } else {
                            let exe = inv.path.clone();
                            inv.err(format!("{exe}: No module named {other}\n"));
                            1
                        }
                    }
                };
            }
            "-u" | "-B" | "-O" | "-OO" | "-E" | "-s" | "-S" | "-I" | "-q" => {}
            "-" => return run_code(inv, &String::from_utf8_lossy(&inv.stdin.clone()), two),
            s if s.starts_with('-') => {
                inv.err(format!("Unknown option: {s}\nusage: {name} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"));
                return 2;
            }
            file => {
                let p = inv.resolve(file);
                let Ok(body) = inv.fs().read_string(&p) else {
                    if inv.fs().is_dir(&p) {
                        inv.err(format!(
                            "{}: can't find '__main__' module in '{file}'\n",
                            py.exe
                        ));
                        return 1;
                    }
                    // Python 3.9 and later show the path joined onto the working directory.
                    let shown = if two
                        || !pkg::version_at_least(&py.version, &[3, 9])
                        || file.starts_with('/')
                    {
                        file.to_string()
                    } else {
                        format!("{}/{file}", inv.cwd.trim_end_matches('/'))
                    };
                    inv.err(format!(
                        "{name}: can't open file '{shown}': [Errno 2] No such file or directory\n"
                    ));
                    return 2;
                };
                if body.contains("pip._internal") || body.contains("from pip ") {
                    let rest: Vec<String> = args[i..].to_vec();
                    return super::pip::run(inv, &py, &rest);
                }
                return runtime_note(inv, &format!("{name} {file}"));
            }
        }
    }
    if inv.stdin.is_empty() {
        return 0;
    }
    let code = String::from_utf8_lossy(&inv.stdin).to_string();
    run_code(inv, &code, two)
}

/// Running programs is not this shell's job: say so honestly and fail.
fn runtime_note<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, what: &str) -> i32 {
    inv.err(format!(
        "layerlab: `{what}` starts a long-running Python program. In layerlab, programs like this run only as a container's main process (CMD or ENTRYPOINT, started by `docker run`); this shell does not run them.\n"
    ));
    1
}

/// Run a tiny Python program: `print(...)` calls of string and number literals, separated by
/// newlines or `;`. Anything else is reported as beyond the simulation.
fn run_code<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, code: &str, two: bool) -> i32 {
    let mut out = String::new();
    for stmt in code.split(['\n', ';']) {
        let s = stmt.trim();
        if s.is_empty() || s.starts_with('#') || s == "pass" {
            continue;
        }
        let inner = if let Some(r) = s.strip_prefix("print(").and_then(|r| r.strip_suffix(')')) {
            Some(r)
        } else if two {
            s.strip_prefix("print ")
                .or(if s == "print" { Some("") } else { None })
        } else {
            None
        };
        let Some(inner) = inner else {
            if let Some(rest) = s.strip_prefix("print ") {
                if !two {
                    inv.err(format!(
                        "  File \"<string>\", line 1\n    {s}\n    {}\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n",
                        "^".repeat(s.len().min(rest.len() + 6))
                    ));
                    return 1;
                }
            }
            if literal(s).is_ok() {
                continue;
            }
            inv.out(out);
            inv.err(format!(
                "layerlab: this simulated Python only runs print() of plain literals; `{s}` is beyond it.\n"
            ));
            return 1;
        };
        let mut parts = Vec::new();
        for item in split_args(inner) {
            match literal(item.trim()) {
                Ok(v) => parts.push(v),
                Err(()) => {
                    inv.out(out);
                    inv.err(format!(
                        "layerlab: this simulated Python only runs print() of plain literals; `{}` is beyond it.\n",
                        item.trim()
                    ));
                    return 1;
                }
            }
        }
        out.push_str(&parts.join(" "));
        out.push('\n');
    }
    inv.out(out);
    0
}

/// Split `a, "b, c", 3` at top-level commas.
fn split_args(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut quote: Option<char> = None;
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) if c == '\\' => escaped = true,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == ',' => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            None => {}
        }
    }
    if !s[start..].trim().is_empty() || !out.is_empty() {
        out.push(&s[start..]);
    }
    out
}

/// The printed form of a literal: a quoted string (with simple escapes), an integer, a float,
/// `True`, `False` or `None`.
fn literal(s: &str) -> Result<String, ()> {
    for q in ['\'', '"'] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            let body = &s[1..s.len() - 1];
            let mut out = String::new();
            let mut chars = body.chars();
            while let Some(c) = chars.next() {
                if c == q {
                    return Err(());
                }
                if c == '\\' {
                    match chars.next() {
                        Some('n') => out.push('\n'),
                        Some('t') => out.push('\t'),
                        Some(o) => out.push(o),
                        None => return Err(()),
                    }
                } else {
                    out.push(c);
                }
            }
            return Ok(out);
        }
    }
    match s {
        "True" | "False" | "None" => return Ok(s.to_string()),
        _ => {}
    }
    if let Ok(n) = s.parse::<i64>() {
        return Ok(n.to_string());
    }
    if s.contains('.') {
        if let Ok(f) = s.parse::<f64>() {
            if f.is_finite() {
                let t = format!("{f}");
                return Ok(if t.contains('.') { t } else { format!("{t}.0") });
            }
        }
    }
    Err(())
}

/// `python -m venv DIR`: a virtual environment with its own `bin` (python, pip, activate)
/// and `site-packages`, where pip installs without touching the system's Python.
fn venv<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    py: &pkg::Python,
    args: &[String],
) -> i32 {
    let Some(dir) = args.iter().find(|a| !a.starts_with('-')) else {
        inv.err("usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear]\n            [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps]\n            ENV_DIR [ENV_DIR ...]\nvenv: error: the following arguments are required: ENV_DIR\n");
        return 2;
    };
    let root = inv.resolve(dir);
    let short = py.short();
    // Debian and Ubuntu keep ensurepip in a separate package.
    if py.exe.starts_with("/usr/bin/") && !py.musl {
        if let Some(rel) = pkg::apt_release(inv.fs()) {
            let want = format!("python{short}-venv");
            let have = pkg::dpkg_installed(inv.fs(), rel);
            if !have.iter().any(|(n, _)| *n == want) {
                inv.out(format!(
                    "The virtual environment was not created successfully because ensurepip is not\navailable. On Debian and Ubuntu it comes with a separate package; install it\nwith:\n\n    apt install {want}\n\nand then create the virtual environment again.\n\nFailing command: {root}/bin/python3\n\n"
                ));
                let _ = inv.fs_mut().mkdir_all(&format!("{root}/bin"), 0o755);
                return 1;
            }
        }
    }
    let home = crate::sh::parent(&py.exe);
    let (pip_version, _) = super::pip::pip_version(inv, py);
    let fs = inv.fs_mut();
    pkg::put_text(
        fs,
        &format!("{root}/pyvenv.cfg"),
        &format!(
            "home = {home}\ninclude-system-site-packages = false\nversion = {}\nexecutable = {}\ncommand = {} -m venv {root}\n",
            py.version, py.exe, py.exe
        ),
    );
    pkg::put_link(fs, &format!("{root}/bin/python"), "python3");
    pkg::put_link(fs, &format!("{root}/bin/python3"), &py.exe);
    pkg::put_link(fs, &format!("{root}/bin/python{short}"), "python3");
    let pip_script = format!(
        "#!{root}/bin/python3\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    sys.exit(main())\n"
    );
    for name in ["pip".to_string(), "pip3".to_string(), format!("pip{short}")] {
        let _ = fs.put_file(
            &format!("{root}/bin/{name}"),
            crate::vfs::Content::bytes(pip_script.clone().into_bytes()),
            0o755,
        );
    }
    pkg::put_text(
        fs,
        &format!("{root}/bin/activate"),
        &format!(
            "# Use this file with \". bin/activate\" from sh; it puts the environment first on PATH.\nVIRTUAL_ENV={root}\nexport VIRTUAL_ENV\nPATH=\"$VIRTUAL_ENV/bin:$PATH\"\nexport PATH\n"
        ),
    );
    let site = format!("{root}/lib/python{short}/site-packages");
    let _ = fs.mkdir_all(&site, 0o755);
    pkg::pip_record(fs, &site, "pip", &pip_version, 7_000_000);
    let mut rng = pkg::rng(inv);
    let ms = crate::internet::clock::cost::copy(&mut rng, 7_000_000) + 1_500;
    pkg::spend(inv, ms);
    0
}
