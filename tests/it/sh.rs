//! The shell: quoting, expansion, lists, redirects, here-documents, `set -e`, exit codes, the
//! messages of each flavour, the step budget, and property tests that no input panics or hangs.

use layerlab::sh::{
    Flavour, Invocation, Invoked, Limits, Machine, Outcome, Registry, Shell, Stream,
};
use layerlab::vfs::{Content, Fs as Vfs};

use crate::golden::assert_golden;

// ----- a machine for the tests: the in-memory filesystem, a clock and a seeded generator -----

use crate::machine::TestMachine;

impl TestMachine {
    fn new() -> TestMachine {
        let mut m = TestMachine {
            fs: Vfs::new(),
            clock: 0,
            seed: 7,
        };
        for d in ["/bin", "/usr/bin", "/tmp", "/root", "/etc", "/app"] {
            m.fs.mkdir_all(d, 0o755).expect("mkdir");
        }
        for p in [
            "/bin/dash",
            "/bin/bash",
            "/bin/busybox",
            "/bin/cat",
            "/usr/bin/upper",
            "/usr/bin/fail",
            "/usr/bin/args",
        ] {
            m.file(p, b"\x7fELF simulated\n", 0o755);
        }
        m.link("dash", "/bin/sh");
        m.file("/etc/os-release", b"NAME=\"Test\"\n", 0o644);
        m
    }

    fn file(&mut self, path: &str, body: &[u8], mode: u32) {
        self.fs
            .put_file(path, Content::bytes(body.to_vec()), mode)
            .expect("put file");
    }

    fn link(&mut self, target: &str, link: &str) {
        let _ = self.fs.remove_file(link);
        self.fs.symlink(target, link).expect("symlink");
    }
}

// ----- test doubles for programs (the real ones live in `programs`) -----

fn registry() -> Registry<TestMachine> {
    let mut r = Registry::new();
    // cat: files named in the arguments, or standard input.
    r.insert("cat", |inv: &mut Invocation<'_, TestMachine>| {
        let args = inv.args().to_vec();
        if args.is_empty() {
            let input = inv.stdin.clone();
            inv.out(input);
            return 0;
        }
        let mut status = 0;
        for a in args {
            let p = inv.resolve(&a);
            match inv.fs().read(&p) {
                Ok(b) => inv.out(b),
                Err(e) => {
                    inv.err(format!("cat: {a}: {}\n", e.message()));
                    status = 1;
                }
            }
        }
        status
    });
    // upper: standard input in capitals.
    r.insert("upper", |inv: &mut Invocation<'_, TestMachine>| {
        let text = String::from_utf8_lossy(&inv.stdin).to_uppercase();
        inv.out(text);
        0
    });
    // fail N: a message on standard error and exit status N; advances the clock.
    r.insert("fail", |inv: &mut Invocation<'_, TestMachine>| {
        inv.machine.advance_ms(1500);
        let code = inv.args().first().and_then(|a| a.parse().ok()).unwrap_or(1);
        inv.err(format!("fail: exiting with {code}\n"));
        code
    });
    // args: each argument in angle brackets, and FOO from the environment.
    r.insert("args", |inv: &mut Invocation<'_, TestMachine>| {
        let mut s = String::new();
        for a in inv.args() {
            s.push_str(&format!("<{a}>"));
        }
        if let Some(value) = inv.env.get("FOO") {
            s.push_str(&format!(" FOO={value}"));
        }
        s.push('\n');
        inv.out(s);
        0
    });
    r
}

fn shell(flavour: Flavour) -> Shell {
    let name = match flavour {
        Flavour::Bash => "bash",
        _ => "sh",
    };
    Shell::new(flavour, name, Invoked::Command)
        .with_env([("PATH", "/usr/bin:/bin"), ("HOME", "/root")])
        .with_cwd("/")
}

fn run_in(sh: &mut Shell, m: &mut TestMachine, script: &str) -> Outcome {
    sh.run(m, &registry(), script, b"")
}

/// A run as a transcript: the script, the output (standard error lines marked `2| `), and
/// the status.
fn transcript(script: &str, out: &Outcome) -> String {
    let mut s = String::new();
    for (i, line) in script.lines().enumerate() {
        s.push_str(if i == 0 { "$ " } else { "> " });
        s.push_str(line);
        s.push('\n');
    }
    for (stream, bytes) in out.output.chunks() {
        let text = String::from_utf8_lossy(bytes);
        for line in text.split_inclusive('\n') {
            if *stream == Stream::Stderr {
                s.push_str("2| ");
            }
            s.push_str(line);
        }
        if !text.ends_with('\n') {
            s.push_str("⏎\n");
        }
    }
    s.push_str(&format!("[exit {}]\n\n", out.status));
    s
}

/// Run each script in a fresh shell and machine of `flavour`; compare with the golden file.
fn check(golden: &str, flavour: Flavour, scripts: &[&str]) {
    let mut all = String::new();
    for script in scripts {
        let mut m = TestMachine::new();
        let mut sh = shell(flavour);
        let out = run_in(&mut sh, &mut m, script);
        all.push_str(&transcript(script, &out));
    }
    assert_golden(golden, &all);
}

// ----- goldens -----

#[test]
fn quoting() {
    check(
        "sh/quoting.txt",
        Flavour::Dash,
        &[
            "echo 'single $HOME' \"double $HOME\" plain\\ space",
            "echo \"a \\\"quoted\\\" \\$word\" 'it'\\''s'",
            "args a\"b c\"d '' \"\" e",
            "echo one \\\n  two # a comment\necho three",
            "x='a   b'; args $x \"$x\"",
            "echo ~ ~/sub \"~\"",
        ],
    );
}

#[test]
fn expansion() {
    check(
        "sh/expansion.txt",
        Flavour::Dash,
        &[
            "unset X; echo \"${X:-default}\" \"${X-unset}\" \"[${X:+alt}]\"",
            "X=; echo \"[${X:-d}]\" \"[${X-d}]\" \"[${X:+alt}]\" \"[${X+alt}]\"",
            "echo ${Y:=assigned} $Y",
            "F=archive.tar.gz; echo ${F%.gz} ${F%%.*} ${F#*.} ${F##*.} ${#F}",
            "echo $(echo inner $(echo nested)) `echo back`",
            "echo $((1 + 2 * 3)) $(( (7 % 4) << 2 )) $((10 / 3)) $((-5 + 2))",
            "i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i",
            "set -- a 'b c' d; echo $# \"$1\" \"$2\"; args \"$@\"; args \"$*\"; args $@",
            "echo $? ; false; echo $?",
            "X=1 args; FOO=bar args; echo \"FOO=[$FOO]\"",
            "export FOO=exported; args; unset FOO; args",
            "echo ${NOPE?is required}; echo never",
            "echo ${X/a/b}",
            "cd /tmp && echo hi > a.txt && echo yo > b.txt && echo *.txt /tm? /nomatch*",
        ],
    );
}

#[test]
fn lists_and_status() {
    check(
        "sh/lists.txt",
        Flavour::Dash,
        &[
            "true && echo and-ran; false && echo not-ran; false || echo or-ran; true || echo no",
            "false; echo $?; ! false; echo $?; ! true; echo $?",
            "fail 3; echo status=$?",
            "echo a | upper; echo status=$?",
            "echo x | fail 4 | upper; echo status=$?",
            "fail 5 | upper; echo status=$?",
            "exit 7; echo never",
            "(exit 3); echo sub=$?; (cd /tmp; X=1); pwd; echo \"X=[$X]\"",
            "{ echo a; echo b; } | upper",
            "sleep_forever & echo after-background",
            "exit 300",
            "exit abc",
        ],
    );
}

#[test]
fn control_flow() {
    check(
        "sh/control.txt",
        Flavour::Dash,
        &[
            "if false; then echo a; elif true; then echo b; else echo c; fi",
            "for i in 1 2 3; do echo item $i; done",
            "for f in x y; do for g in 1 2; do [ $g = 2 ] && continue; echo $f$g; done; done",
            "n=0; until [ $n -ge 2 ]; do n=$((n+1)); echo n=$n; done",
            "for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo $i; done",
            "case hello.py in *.txt) echo text;; *.py|*.pyc) echo python;; *) echo other;; esac",
            "case x in [abc]) echo abc;; [!a-w]) echo late;; esac",
            "greet() { echo \"hello $1\"; return 4; }; greet world; echo $?",
            "f() { local v=inner; echo $v; }; v=outer; f; echo $v",
            "set -- a b c; shift; echo $@; shift 2; echo $#",
            "eval 'echo from eval; X=42'; echo $X",
            "trap 'echo cleaning up' EXIT; echo working; exit 3",
            "set -e; trap 'echo trap saw $?' EXIT; false; echo never",
        ],
    );
}

#[test]
fn redirects_and_heredocs() {
    check(
        "sh/redirects.txt",
        Flavour::Dash,
        &[
            "echo first > /tmp/f; echo second >> /tmp/f; cat /tmp/f",
            "cat < /etc/os-release",
            "cat /nope 2>/dev/null; echo status=$?",
            "cat /nope 2>&1 | upper",
            "echo to-stderr >&2",
            "echo hi > /no/such/dir/file; echo status=$?",
            "cat < /missing; echo status=$?",
            "echo x > /tmp; echo status=$?",
            "cat <<EOF\nhome is $HOME\n  $(echo sub)\nEOF",
            "cat <<'EOF'\nnot expanded: $HOME `x`\nEOF",
            "cat <<-EOF\n\tindented\n\t\tdeeper\n\tEOF",
            "upper <<A; cat <<B\none\nA\ntwo\nB",
            "while read line; do echo \"got: $line\"; done <<EOF\nalpha\nbeta gamma\nEOF",
            "read a b <<EOF\nx y z\nEOF\necho \"a=$a b=$b\"",
            "exec > /tmp/log; echo logged; exec >&2; cat /tmp/log",
            "{ echo one; echo two; } > /tmp/g; cat /tmp/g",
            "cat <<EOF\nthe text ends before the delimiter",
        ],
    );
}

#[test]
fn set_options() {
    check(
        "sh/set.txt",
        Flavour::Dash,
        &[
            "set -e; echo before; false; echo after",
            "set -e; false || echo rescued; false && echo no; echo still",
            "set -e; if false; then :; fi; ! true; echo survived",
            "set -e; fail 2 | upper; echo pipeline-last-ok",
            "set -e; (false); echo never",
            "set -x; X=1; echo \"a b\" $X",
            "set -o pipefail; echo never",
            "set -u; echo $UNSET_VAR; echo never",
            "set -ex; echo one; fail 9; echo two",
        ],
    );
    check(
        "sh/set-bash.txt",
        Flavour::Bash,
        &[
            "set -o pipefail; fail 2 | upper; echo status=$?",
            "set -x; echo \"a b\" plain",
            "set -euo pipefail; fail 3 | upper; echo never",
        ],
    );
}

#[test]
fn builtins() {
    check(
        "sh/builtins.txt",
        Flavour::Dash,
        &[
            "echo -n no-newline; echo; echo -e 'dash: a\\tb'",
            "printf '%s=%d\\n' a 1 b 2; printf '%5s|%-5s|%05d|%x|%.2f\\n' r l 42 255 3.14159",
            "printf '%s\\n' 'no args reuse'; printf 'plain\\n'",
            "pwd; cd /tmp; pwd; cd ..; pwd; cd -; cd /nope; echo status=$?",
            "cd; pwd; echo $OLDPWD",
            "test -f /etc/os-release && echo file; test -d /etc && echo dir; [ -e /nope ] || echo missing",
            "[ abc = abc ] && echo eq; [ 3 -gt 2 ] && echo gt; [ -z '' ] && echo empty; [ -n x ] && echo nonempty",
            "[ 1 -eq abc ]; echo status=$?; [ a = b; echo status=$?",
            "[ -x /bin/cat ] && echo exec; [ ! -x /etc/os-release ] && echo noexec",
            "export A=1 B; export -p",
            "command -v cat; command -v cd; command -v nope; echo status=$?; type cat",
            "true; echo $?; false; echo $?; :; echo $?",
            "echo 'echo sourced $1' > /tmp/lib.sh; . /tmp/lib.sh; source /tmp/lib.sh",
            "echo $$ $0",
            "[[ -n x ]] && echo bash-only; echo status=$?",
        ],
    );
    check(
        "sh/builtins-bash.txt",
        Flavour::Bash,
        &[
            "echo -e 'a\\tb'; echo -n x; echo; echo 'no\\tescape'",
            "echo 'echo sourced' > /tmp/lib.sh; source /tmp/lib.sh",
            "X=hello; echo ${X/l/L} ${X//l/L} ${X:1:3}",
            "[ 1 -eq abc ]; echo status=$?",
            "function greet { echo \"hi $1\"; }; greet there; echo $((2 ** 10)) $RANDOM",
            "printf '%s|' $'tab\\there' $'it\\'s'; echo",
            "i=0; (( i++ )); echo \"status=$? i=$i\"; for ((j=0; j<3; j++)); do printf '%s ' $j; done; echo",
            "x=''; f=app.py; [[ -z $x && $f == *.py ]] && echo py; [[ \"$f\" == \"*.py\" ]] || echo literal; [[ a < b || ! -e /tmp ]] && echo less",
        ],
    );
    check(
        "sh/builtins-busybox.txt",
        Flavour::Busybox,
        &[
            "echo -e 'a\\tb'; echo 'no\\tescape'",
            "cd /nope; echo status=$?",
            "set -o pipefail; fail 2 | upper; echo status=$?",
            "function f { :; }",
        ],
    );
}

/// Shell idioms that Dockerfile RUN lines and entrypoint scripts use.
#[test]
fn dockerfile_idioms() {
    check(
        "sh/idioms.txt",
        Flavour::Dash,
        &[
            "set -eux; cd /app && echo 'Flask==0.10.1' > requirements.txt; cat requirements.txt",
            "if [ -f /etc/os-release ]; then . /etc/os-release; echo \"running on $NAME\"; fi",
            "for pkg in curl git; do echo \"installing $pkg\"; done",
            "echo \"export PATH=/opt/bin:\\$PATH\" >> /root/.profile; cat /root/.profile",
            "cat > /app/config.ini <<EOF\n[main]\nport=${PORT:-5000}\nhome=$HOME\nEOF\ncat /app/config.ini",
            "test -n \"$DEBUG\" && echo debug || echo release",
            "VERSION=1.2.3; echo \"v${VERSION%%.*} minor=${VERSION#*.}\"; MAJOR=$(echo $VERSION | cut -d. -f1)",
            "umask; [ \"$(id -u 2>/dev/null || echo 0)\" = 0 ] && echo root-or-unknown",
        ],
    );
}

#[test]
fn not_found_messages() {
    let script = "nosuchcmd arg; echo status=$?\n./missing.sh; echo status=$?";
    let mut all = String::new();
    for (flavour, name, invoked) in [
        (Flavour::Dash, "sh", Invoked::Interactive),
        (Flavour::Dash, "/bin/sh", Invoked::Command),
        (Flavour::Busybox, "sh", Invoked::Interactive),
        (Flavour::Busybox, "/bin/sh", Invoked::Command),
        (Flavour::Bash, "bash", Invoked::Interactive),
        (Flavour::Bash, "/bin/bash", Invoked::Command),
    ] {
        let mut m = TestMachine::new();
        let mut sh =
            Shell::new(flavour, name, invoked.clone()).with_env([("PATH", "/usr/bin:/bin")]);
        let out = run_in(&mut sh, &mut m, script);
        all.push_str(&format!("### {flavour:?} {name} {invoked:?}\n"));
        all.push_str(&transcript(script, &out));
    }
    assert_golden("sh/not-found.txt", &all);
}

#[test]
fn syntax_errors() {
    let scripts = [
        "if true; then echo x",
        "echo 'unterminated",
        "&& echo x",
        "for i in a b; echo $i; done",
        "echo ok; )",
        "case x in",
        "echo $(echo unclosed",
    ];
    let mut all = String::new();
    for flavour in [Flavour::Dash, Flavour::Busybox, Flavour::Bash] {
        let name = if flavour == Flavour::Bash {
            "/bin/bash"
        } else {
            "/bin/sh"
        };
        all.push_str(&format!("### {flavour:?}\n"));
        for s in scripts {
            let mut m = TestMachine::new();
            let mut sh = Shell::docker_run(flavour).with_env([("PATH", "/usr/bin:/bin")]);
            let _ = name;
            let out = run_in(&mut sh, &mut m, s);
            all.push_str(&transcript(s, &out));
        }
    }
    assert_golden("sh/syntax-errors.txt", &all);
}

#[test]
fn programs_scripts_and_shells() {
    let mut m = TestMachine::new();
    m.file(
        "/app/run.sh",
        b"#!/bin/sh\necho \"script args: $# $1\"\nnosuch\nexit 3\n",
        0o755,
    );
    m.file("/app/plain.sh", b"echo plain script\n", 0o755);
    m.file("/app/noexec.sh", b"echo hi\n", 0o644);
    m.file("/app/crlf.sh", b"#!/bin/sh\r\necho hi\r\n", 0o755);
    m.file("/app/tool", b"\x7fELF\x00\x01binary", 0o755);
    m.file(
        "/app/entrypoint.sh",
        b"#!/bin/sh\nset -e\nif [ \"$1\" = 'serve' ]; then\n  echo serving\nfi\nexec \"$@\"\n",
        0o755,
    );
    m.link("busybox", "/bin/ash");
    let scripts = [
        "/app/run.sh one two; echo status=$?",
        "cd /app && ./plain.sh",
        "/app/noexec.sh; echo status=$?",
        "/app; echo status=$?",
        "sh -c 'echo in child $0 $1; nosuch' name arg; echo status=$?",
        "sh /app/run.sh x",
        "bash -c 'nosuch'; echo status=$?",
        "ash -c 'nosuch'; echo status=$?",
        "sh -c 'exit 4'; echo status=$?",
        "echo piped | sh -c 'cat; echo done'",
        "/app/entrypoint.sh args 'a b' c; echo status=$?",
        "/app/entrypoint.sh serve; echo status=$?",
        "/app/crlf.sh; echo status=$?; bash -c /app/crlf.sh; echo status=$?",
        "/app/tool; echo status=$?",
    ];
    let mut all = String::new();
    for s in scripts {
        let mut sh = shell(Flavour::Dash);
        let mut mm = m.clone();
        let out = run_in(&mut sh, &mut mm, s);
        all.push_str(&transcript(s, &out));
    }
    assert_golden("sh/programs.txt", &all);
}

#[test]
fn step_budget() {
    let limits = Limits {
        max_steps: 500,
        max_output: 10_000,
        max_depth: 30,
    };
    let scripts = [
        "while true; do :; done",
        "while :; do echo spam; done",
        "f() { f; }; f",
        "x=ab; while true; do x=$x$x; done",
        "i=0; while [ $i -lt 10 ]; do i=$((i+1)); done; echo finished $i",
    ];
    let mut all = String::new();
    for s in scripts {
        let mut m = TestMachine::new();
        let mut sh = shell(Flavour::Dash).with_limits(limits);
        let out = run_in(&mut sh, &mut m, s);
        // Only the tail: the spam is long.
        let t = transcript(s, &out);
        let lines: Vec<&str> = t.lines().collect();
        let keep = if lines.len() > 8 {
            let mut v = lines[..3].to_vec();
            v.push("…");
            v.extend(&lines[lines.len() - 4..]);
            v
        } else {
            lines
        };
        all.push_str(keep.join("\n").trim_end());
        all.push_str("\n\n");
        assert!(out.status != 0 || s.contains("finished"), "{s}");
    }
    assert_golden("sh/step-budget.txt", &all);
}

#[test]
fn session_keeps_state_between_runs() {
    let mut m = TestMachine::new();
    let mut sh = Shell::new(Flavour::Bash, "bash", Invoked::Interactive)
        .with_env([("PATH", "/usr/bin:/bin")])
        .with_cwd("/");
    let reg = registry();
    let mut all = String::new();
    for line in [
        "cd /tmp",
        "X=kept; greet() { echo hi $1; }",
        "pwd; echo $X; greet you",
        "nosuch",
        "(exit 2); echo $?",
        "exit 5",
    ] {
        let out = sh.run(&mut m, &reg, line, b"");
        all.push_str(&transcript(line, &out));
        if out.exited {
            all.push_str("(session ended)\n");
        }
    }
    assert_eq!(sh.cwd(), "/tmp");
    assert_eq!(sh.var("X"), Some("kept"));
    assert_golden("sh/session.txt", &all);
}

#[test]
fn programs_see_clock_stdin_and_env() {
    let mut m = TestMachine::new();
    let mut sh = shell(Flavour::Dash);
    let out = sh.run(&mut m, &registry(), "fail 0; fail 0", b"");
    assert_eq!(out.status, 0);
    assert_eq!(m.clock, 3000);
    let out = sh.run(&mut m, &registry(), "upper", b"from stdin\n");
    assert_eq!(out.output.stdout(), b"FROM STDIN\n");
    let out = sh
        .exec(&mut m, &registry(), &["args".into(), "x y".into()], b"")
        .expect("found");
    assert_eq!(out.output.text(), "<x y>\n");
    assert!(sh.exec(&mut m, &registry(), &["nope".into()], b"").is_err());
}

#[test]
fn with_env_keeps_the_last_value_and_exec_in_env_passes_the_environment() {
    let mut m = TestMachine::new();
    let env = [("FOO", "1"), ("PATH", "/usr/bin:/bin"), ("FOO", "2")];
    // A fresh shell takes the names in one go; one with variables takes them one by one.
    let fresh = Shell::docker_run(Flavour::Dash).with_env(env);
    let later = Shell::docker_run(Flavour::Dash)
        .with_env([("A", "0")])
        .with_env(env);
    assert_eq!(fresh.var("FOO"), Some("2"));
    assert_eq!(later.var("FOO"), Some("2"));
    let mut with_a = fresh.env();
    with_a.insert("A".into(), "0".into());
    assert_eq!(later.env(), with_a);
    let argv = vec!["args".to_string(), "x".to_string()];
    let by_exec = fresh
        .clone()
        .exec(&mut m, &registry(), &argv, b"")
        .expect("found");
    assert_eq!(by_exec.output.text(), "<x> FOO=2\n");
    // The same environment handed over whole, to a shell that only has a directory.
    let once = Shell::docker_run(Flavour::Dash)
        .with_cwd("/")
        .exec_in_env(
            &mut m,
            &registry(),
            &argv,
            b"",
            layerlab::sh::environment(env),
        )
        .expect("found");
    assert_eq!(once.output.text(), by_exec.output.text());
    assert_eq!(once.status, by_exec.status);
    // Without PATH in it the program is not found, as for `exec`.
    let no_path = Shell::docker_run(Flavour::Dash).exec_in_env(
        &mut m,
        &registry(),
        &argv,
        b"",
        layerlab::sh::environment([("FOO", "1")]),
    );
    assert!(no_path.is_err());
}

#[test]
fn parse_gives_spans_in_bounds() {
    use layerlab::sh::ast::{Command, List};
    let src = "A=1 echo \"$A\" > out && { ls; } | wc -l\nfor x in a b; do echo $x; done\n";
    let list: List = layerlab::sh::parse(src).expect("parses");
    assert_eq!(list.items.len(), 2);
    let first = &list.items[0].and_or.first;
    let Command::Simple(sc) = &first.commands[0] else {
        panic!("simple command expected");
    };
    assert_eq!(&src[sc.span.start..sc.span.end], "A=1 echo \"$A\" > out");
    assert_eq!(sc.line, 1);
    assert_eq!(sc.redirects.len(), 1);
}

// ----- property tests -----

mod props {
    use super::*;
    use proptest::prelude::*;

    fn small_limits() -> Limits {
        Limits {
            max_steps: 300,
            max_output: 20_000,
            max_depth: 20,
        }
    }

    fn run_any(flavour: Flavour, script: &str) -> Outcome {
        let mut m = TestMachine::new();
        let mut sh = shell(flavour).with_limits(small_limits());
        sh.run(&mut m, &registry(), script, b"some input\nmore\n")
    }

    const PIECES: &[&str] = &[
        "echo",
        "a",
        "b",
        "$x",
        "${x:-y}",
        "\"",
        "'",
        "\\",
        "$(",
        ")",
        "`",
        "|",
        "||",
        "&&",
        ";",
        ";;",
        "&",
        "<",
        ">",
        ">>",
        "2>&1",
        "<<EOF\n",
        "EOF\n",
        "\n",
        " ",
        "if",
        "then",
        "fi",
        "else",
        "for",
        "in",
        "do",
        "done",
        "while",
        "until",
        "case",
        "esac",
        "{",
        "}",
        "(",
        "*",
        "?",
        "[",
        "]",
        "$((",
        "1+",
        "x=1",
        "f()",
        "cat",
        "upper",
        "fail",
        "exit",
        "set -e",
        "break",
        "continue",
        "return",
        "shift",
        "read v",
        "printf %s",
        "test",
        "!",
        "#",
        "~",
        "$@",
        "$?",
        "$#",
        "${#x}",
        "${x%%*}",
        "true",
        "false",
        ":",
        "eval",
        ".",
        "/tmp/x",
        "[[",
        "]]",
        "function",
        "==",
        "exec",
        "local",
        "${x:1:2}",
        "${x/a/b}",
        "sh -c",
        "((",
        "))",
        "for ((",
        "$'",
        "trap",
    ];

    fn pieces() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.join(" "))
    }

    fn glued() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn random_bytes_never_panic(s in "\\PC{0,120}") {
            let out = run_any(Flavour::Dash, &s);
            prop_assert!(out.status >= 0 && out.status <= 255);
        }

        #[test]
        fn random_command_lines_never_panic(s in pieces()) {
            for f in [Flavour::Dash, Flavour::Busybox, Flavour::Bash] {
                let out = run_any(f, &s);
                prop_assert!(out.status >= 0 && out.status <= 255);
            }
        }

        #[test]
        fn glued_scripts_never_panic(s in glued()) {
            for f in [Flavour::Dash, Flavour::Bash] {
                let out = run_any(f, &s);
                prop_assert!(out.status >= 0 && out.status <= 255);
            }
        }

        #[test]
        fn loops_always_stop(body in pieces()) {
            let script = format!("while true; do {body}\n:; done");
            let out = run_any(Flavour::Dash, &script);
            prop_assert!(out.status >= 0 && out.status <= 255);
        }

        #[test]
        fn parse_spans_in_bounds(s in glued()) {
            if let Ok(list) = layerlab::sh::parse(&s) {
                for item in &list.items {
                    let span = item.and_or.first.span;
                    prop_assert!(span.start <= span.end && span.end <= s.len());
                }
            }
        }
    }
}

/// How the build engine runs RUN: the image's own `SHELL` (default `/bin/sh -c`) as an
/// exec, so the flavour comes from what `/bin/sh` is in that image.
#[test]
fn docker_run_through_the_image_shell() {
    let mut debian = TestMachine::new();
    let mut alpine = TestMachine::new();
    alpine.link("/bin/busybox", "/bin/sh");
    let cmd = "echo building && nosuch --flag";
    let mut all = String::new();
    for (label, m, shell_argv) in [
        (
            "debian /bin/sh -c",
            &mut debian.clone(),
            vec!["/bin/sh", "-c"],
        ),
        ("alpine /bin/sh -c", &mut alpine, vec!["/bin/sh", "-c"]),
        (
            "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
            &mut debian.clone(),
            vec!["/bin/bash", "-o", "pipefail", "-c"],
        ),
    ] {
        let mut argv: Vec<String> = shell_argv.iter().map(|s| s.to_string()).collect();
        argv.push(cmd.to_string());
        let mut sh = shell(Flavour::Dash);
        let out = sh.exec(m, &registry(), &argv, b"").expect("shell exists");
        all.push_str(&format!("### {label}\n"));
        all.push_str(&transcript(cmd, &out));
    }
    let pipe = "fail 2 | upper && echo passed";
    for argv in [
        vec!["/bin/sh", "-c", pipe],
        vec!["/bin/sh", "-o", "pipefail", "-c", pipe],
        vec!["/bin/bash", "-o", "pipefail", "-c", pipe],
    ] {
        let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
        let mut sh = shell(Flavour::Dash);
        let out = sh
            .exec(&mut debian, &registry(), &argv, b"")
            .expect("shell exists");
        all.push_str(&format!("### {}\n", argv[..argv.len() - 1].join(" ")));
        all.push_str(&transcript(pipe, &out));
    }
    assert_golden("sh/docker-run.txt", &all);
    assert_eq!(
        layerlab::sh::shell_flavour(&alpine.fs, "/bin/sh"),
        Some(Flavour::Busybox)
    );
    assert_eq!(
        layerlab::sh::shell_flavour(&debian.fs, "/bin/sh"),
        Some(Flavour::Dash)
    );
    assert_eq!(layerlab::sh::shell_flavour(&debian.fs, "/nope"), None);
}

#[test]
fn quoted_at_with_no_parameters_is_no_field() {
    let mut m = TestMachine::new();
    let mut sh = shell(Flavour::Dash);
    let out = run_in(&mut sh, &mut m, "args \"$@\"; args \"x$@\"; args \"\"");
    assert_eq!(out.output.text(), "\n<x>\n<>\n");
}

/// The default limits hold on a test thread's small stack: deep recursion ends with the
/// nesting message, never a stack overflow.
#[test]
fn default_limits_stop_deep_recursion() {
    for script in [
        "f() { f; }; f",
        "f() { echo $(f); }; f",
        "f() { (f); }; f",
        "f() { f | f; }; f",
        "f() { eval f; }; f",
        "echo 'sh /tmp/r.sh' > /tmp/r.sh; sh /tmp/r.sh",
    ] {
        let mut m = TestMachine::new();
        let mut sh = shell(Flavour::Dash);
        let out = run_in(&mut sh, &mut m, script);
        assert_eq!(out.status, 124, "{script}: {}", out.output.text());
        assert!(out.output.text().contains("limit reached"), "{script}");
    }
    let deep = format!("{}echo deep{}", "( ".repeat(150), " )".repeat(150));
    let mut m = TestMachine::new();
    let out = run_in(&mut shell(Flavour::Dash), &mut m, &deep);
    assert_eq!(out.status, 2, "{}", out.output.text());
}

#[test]
fn huge_words_stop_at_the_output_limit() {
    let limits = Limits {
        max_steps: 1000,
        max_output: 5000,
        max_depth: 20,
    };
    let mut m = TestMachine::new();
    let mut sh = shell(Flavour::Dash).with_limits(limits);
    let out = run_in(
        &mut sh,
        &mut m,
        "x=0123456789; x=$x$x$x$x$x$x$x$x$x$x; x=$x$x$x$x$x; y=$x$x$x$x$x$x$x$x$x$x$x; echo no",
    );
    assert_eq!(out.status, 124);
    assert!(out.output.text().contains("output limit reached"));
}

#[test]
fn heredoc_inside_command_substitution() {
    let mut m = TestMachine::new();
    let mut sh = shell(Flavour::Dash);
    let out = run_in(
        &mut sh,
        &mut m,
        "x=$(cat <<EOF\nhello $HOME\nEOF\n)\necho \"[$x]\"",
    );
    assert_eq!(out.output.text(), "[hello /root]\n");
}

/// Pathological pattern work on a large value ends with the step message instead of hanging.
#[test]
fn pattern_work_is_bounded() {
    let mut m = TestMachine::new();
    let mut sh = shell(Flavour::Bash);
    let out = run_in(
        &mut sh,
        &mut m,
        "x=$(printf '%10000s'); x=$x$x$x$x$x$x$x$x; y=${x%%*z*}; z=${x//a*b/c}; printf '%.99999999d' 1 | wc; echo done",
    );
    assert!(
        out.output.text().contains("limit reached"),
        "{}",
        out.output.text()
    );
    assert_eq!(out.status, 124);
}

#[test]
fn terminal_continuation_lines() {
    use layerlab::sh::needs_more_input;
    for open in [
        "if true; then",
        "echo 'open",
        "echo a &&",
        "echo a |",
        "cat <<EOF\nline",
        "echo a \\",
        "for i in 1 2; do echo $i",
        "echo $(date",
    ] {
        assert!(needs_more_input(open, true), "{open:?}");
    }
    for done in [
        "echo hi",
        "if true; then echo; fi",
        "cat <<EOF\nline\nEOF",
        "echo a \\\\",
        "fi",
        "echo )",
        "",
    ] {
        assert!(!needs_more_input(done, true), "{done:?}");
    }
}
