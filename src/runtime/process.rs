//! What runs inside a container: a server modelled by the application models (a Flask app
//! that binds an address and answers HTTP), or any other command run by the shell interpreter
//! on the container's filesystem with the image's programs, plus the `hello` program of the
//! `hello-world` image. Also Docker's wording when the command cannot be started.

use crate::sh::{Invocation, Lookup, Machine, Output, Programs};
use crate::vfs::Fs;

/// A server process inside a container: an application model.
pub type Server = super::apps::App;

/// How a command started.
pub enum Start {
    /// It is a server: it printed its banner and keeps running.
    Serving { server: Box<Server>, output: Output },
    /// It is an application that ended at once (a crash on start, a bad import).
    Exited { status: i32, output: Output },
    /// Not something the application models know: run it with the shell and the programs.
    NotAServer,
}

/// Ask the application models whether `argv` starts a server. Their startup output goes to
/// stderr, as Python's logging and Werkzeug write it.
pub fn start_server(
    fs: &Fs,
    argv: &[String],
    env: &[(String, String)],
    cwd: &str,
    ip: &str,
    now_unix: i64,
) -> Start {
    start_server_in(fs, argv, env.iter().cloned().collect(), cwd, ip, now_unix)
}

/// [`start_server`] with the environment as a map.
pub fn start_server_in(
    fs: &Fs,
    argv: &[String],
    env: crate::map::Map<String, String>,
    cwd: &str,
    ip: &str,
    now_unix: i64,
) -> Start {
    let text = |s: &str, stream: crate::sh::Stream| {
        let mut o = Output::new();
        if !s.is_empty() {
            o.push(stream, s.as_bytes());
        }
        o
    };
    // Shell form (`/bin/sh -c "FLASK_APP=app.py flask run"`): the shell runs one simple
    // command, so the server is that command, with the assignments in its environment.
    let mut env = env;
    let unwrapped;
    let argv = match shell_form(argv) {
        Some((assigns, words)) => {
            env.extend(assigns);
            unwrapped = words;
            &unwrapped[..]
        }
        None => argv,
    };
    match super::apps::start(fs, argv, &env, cwd, ip, now_unix) {
        super::apps::Start::Serving { app, output } => Start::Serving {
            server: Box::new(app),
            output: text(&output, crate::sh::Stream::Stderr),
        },
        super::apps::Start::Exited { status, output } => Start::Exited {
            status,
            output: text(&output, crate::sh::Stream::Stderr),
        },
        super::apps::Start::NotAServer => Start::NotAServer,
    }
}

/// `NAME=value` pairs before a command.
type Assignments = Vec<(String, String)>;

/// The assignments and words of `sh -c 'NAME=value prog args'` when the script is one simple
/// command without expansions, redirections or operators.
fn shell_form(argv: &[String]) -> Option<(Assignments, Vec<String>)> {
    let [sh, flag, script] = argv else {
        return None;
    };
    let base = sh.rsplit('/').next().unwrap_or(sh);
    if !matches!(base, "sh" | "bash" | "dash" | "ash") || flag != "-c" {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    let mut cur: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in script.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.get_or_insert_with(String::new).push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                cur.get_or_insert_with(String::new);
            }
            (None, ' ' | '\t' | '\n') => words.extend(cur.take()),
            (None, ';' | '&' | '|' | '<' | '>' | '$' | '`' | '(' | ')' | '\\' | '*' | '?') => {
                return None
            }
            (None, c) => cur.get_or_insert_with(String::new).push(c),
        }
    }
    if quote.is_some() {
        return None;
    }
    words.extend(cur.take());
    let mut assigns = Vec::new();
    while let Some(w) = words.first() {
        match w.split_once('=') {
            Some((k, v))
                if !k.is_empty()
                    && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !k.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                assigns.push((k.to_string(), v.to_string()));
                words.remove(0);
            }
            _ => break,
        }
    }
    (!words.is_empty()).then_some((assigns, words))
}

/// The programs a container can run: the simulated programs and `hello-world`'s `/hello`.
pub fn registry() -> Programs {
    let mut r = crate::programs::registry::<dyn Machine>();
    r.insert("hello", hello);
    r
}

/// The message of the `hello-world` image, in our own words.
pub const HELLO: &str = "
Hello from Docker!
If you can read this, Docker is installed and working.

To print this message, Docker went through these steps:
 1. The docker command (the client) asked the Docker daemon to run \"hello-world\".
 2. The daemon fetched the \"hello-world\" image from Docker Hub (amd64),
    unless it already had it.
 3. The daemon made a new container from that image and started the tiny
    program inside it, which writes the text you are reading now.
 4. The daemon passed that program's output back to the client, which showed
    it in your terminal.

For something bigger, start an Ubuntu container with a shell:
 $ docker run -it ubuntu bash

Share images and automate your workflows with a free Docker ID:
 https://hub.docker.com/

More examples and ideas:
 https://docs.docker.com/get-started/

";

fn hello(inv: &mut Invocation<'_, dyn Machine>) -> i32 {
    inv.out(HELLO);
    0
}

/// Docker's error when a container's command cannot be started, and the exit status the
/// client then returns (127 not found, 126 not executable).
pub fn start_failure(program: &str, why: &Lookup) -> (String, i32) {
    let (inner, status) = match why {
        Lookup::NotFound if program.contains('/') => (
            format!("exec: \"{program}\": stat {program}: no such file or directory"),
            127,
        ),
        Lookup::NotFound | Lookup::Found(_) => (
            format!("exec: \"{program}\": executable file not found in $PATH"),
            127,
        ),
        Lookup::NotExecutable(_) | Lookup::IsDir(_) => {
            (format!("exec: \"{program}\": permission denied"), 126)
        }
    };
    (
        format!(
            "failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: {inner}: unknown"
        ),
        status,
    )
}

/// The same failure for `docker exec` (which always ends with status 126).
pub fn exec_failure(program: &str, why: &Lookup) -> (String, i32) {
    let inner = match why {
        Lookup::NotFound if program.contains('/') => {
            format!("exec: \"{program}\": stat {program}: no such file or directory")
        }
        Lookup::NotFound | Lookup::Found(_) => {
            format!("exec: \"{program}\": executable file not found in $PATH")
        }
        Lookup::NotExecutable(_) | Lookup::IsDir(_) => {
            format!("exec: \"{program}\": permission denied")
        }
    };
    (
        format!("OCI runtime exec failed: exec failed: unable to start container process: {inner}: unknown"),
        126,
    )
}
