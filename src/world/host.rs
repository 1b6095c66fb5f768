//! The learner's computer as the terminal finds it: a Debian-like laptop with a home directory,
//! the usual command-line programs (coreutils, git, curl, python3) and `docker`, and a short
//! welcome README. Nothing else: the learner's files are the ones they create or clone.

use crate::programs::net::{curl_with_ports, wget_with_ports, PortHook};
use crate::sh::{Invocation, Machine, Programs, Shell};
use crate::vfs::{Content, Cred, Fs};

use super::{bash, Host, HOME, HOSTNAME, USER};

/// Programs in the registry that a Debian laptop does not have on its `PATH`.
const NOT_ON_HOST: &[&str] = &["apk", "busybox", "npm", "addgroup"];

/// The welcome README in the home directory (our own words).
const README: &str = "\
Welcome to layerlab.

This is a simulated computer with Docker installed. Everything runs in your
browser: the files, the shell, the Docker daemon, Docker Hub and the web
that the tutorial needs. Nothing you type leaves this page.

Try:
  docker version        what is installed
  docker pull alpine    fetch an image from the simulated Docker Hub
  docker images         the images on this computer
  docker run alpine echo hello

Files you create here are what `docker build .` sends as the build context.
";

/// Add the host's own programs: `docker`, and `curl`/`wget` that reach published ports.
pub fn register(r: &mut Programs) {
    r.insert("docker", |inv: &mut Invocation<'_, dyn Machine>| {
        // `docker` talks to the daemon, which only the host has.
        inv.downcast::<Host, _>(crate::cli::docker)
            .unwrap_or_else(|| {
                inv.err("docker: this machine has no Docker daemon\n");
                127
            })
    });
    let hook: PortHook<dyn Machine> = std::rc::Rc::new(
        |m: &mut (dyn Machine + 'static), req: &crate::programs::net::HttpRequest| match m
            .as_any_mut()
            .and_then(|a| a.downcast_mut::<Host>())
        {
            Some(host) => crate::runtime::http_from_host(host, req),
            None => crate::programs::net::Reply::Refused,
        },
    );
    r.insert("curl", curl_with_ports(hook.clone()));
    r.insert("wget", wget_with_ports(hook));
}

fn file(fs: &mut Fs, path: &str, body: &[u8], mode: u32) {
    let _ = fs.put_file(path, Content::bytes(body.to_vec()), mode);
}

/// The host filesystem at the start.
pub fn filesystem() -> Fs {
    let mut fs = Fs::new();
    for d in [
        "/bin",
        "/usr/bin",
        "/usr/local/bin",
        "/etc",
        "/tmp",
        "/var/tmp",
        "/root",
        "/home",
    ] {
        let _ = fs.mkdir_all(d, 0o755);
    }
    let _ = fs.chmod("/tmp", 0o1777);
    let registry = crate::programs::registry::<dyn Machine>();
    let mut names: Vec<String> = registry.names().map(str::to_string).collect();
    names.extend(["docker", "curl", "wget"].map(String::from));
    for name in names {
        if NOT_ON_HOST.contains(&name.as_str()) {
            continue;
        }
        let dir = if ["sh", "dash", "bash"].contains(&name.as_str()) {
            "/bin"
        } else {
            "/usr/bin"
        };
        file(
            &mut fs,
            &format!("{dir}/{name}"),
            b"\x7fELF simulated\n",
            0o755,
        );
    }
    let _ = fs.remove_file("/bin/sh");
    let _ = fs.symlink("dash", "/bin/sh");
    file(
        &mut fs,
        "/etc/passwd",
        format!("root:x:0:0:root:/root:/bin/bash\n{USER}:x:1000:1000:{USER}:{HOME}:/bin/bash\n")
            .as_bytes(),
        0o644,
    );
    file(
        &mut fs,
        "/etc/group",
        format!("root:x:0:\ndocker:x:999:{USER}\n{USER}:x:1000:\n").as_bytes(),
        0o644,
    );
    file(
        &mut fs,
        "/etc/hostname",
        format!("{HOSTNAME}\n").as_bytes(),
        0o644,
    );
    file(
        &mut fs,
        "/etc/os-release",
        b"PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nID=debian\n",
        0o644,
    );
    let _ = fs.mkdir_all(HOME, 0o755);
    let _ = fs.chown(HOME, 1000, 1000);
    file(
        &mut fs,
        &format!("{HOME}/README.md"),
        README.as_bytes(),
        0o644,
    );
    let _ = fs.chown(&format!("{HOME}/README.md"), 1000, 1000);
    fs.set_cred(Cred {
        uid: 1000,
        gid: 1000,
    });
    let _ = fs.chdir(HOME);
    fs
}

/// A fresh login shell for a terminal window: bash in the home directory.
pub fn login_shell() -> Shell {
    bash()
        .with_env([
            ("HOME", HOME),
            ("USER", USER),
            ("LOGNAME", USER),
            ("HOSTNAME", HOSTNAME),
            ("PATH", "/usr/local/bin:/usr/bin:/bin"),
            ("SHELL", "/bin/bash"),
            ("TERM", "xterm-256color"),
            ("LANG", "C.UTF-8"),
        ])
        .with_cwd(HOME)
        .with_pid(4242)
}
