//! `docker login`, and the client's credentials in `~/.docker/config.json` that `push` and
//! `logout` use too.
//!
//! As docker does without a credential helper, a login is stored in the config file as an
//! `auths` entry for `https://index.docker.io/v1/` holding base64 of `user:password`, and the
//! client sends it with every push: the file is the whole login state (delete it and pushes are
//! denied again). The simulated hub accepts any non-empty password for a free Docker ID and
//! rejects the IDs of other people (the catalog's namespaces); nothing leaves the page.
//!
//! Docker 27.5 starts its web-based device-code login for a bare `docker login` to Docker Hub;
//! the simulated world has no browser for it, so the client says that web-based login could not
//! start and falls back to the `Username:`/`Password:` prompts, as docker does when the device
//! flow fails (without the fallback line when `DOCKER_CLI_DISABLE_OAUTH_LOGIN` is true).
//! The prompts take the terminal over as a [`Foreground`].

use super::{Args, Flag, Parsed, Spec};
use crate::internet::hub;
use crate::internet::registry::INDEX_SERVER;
use crate::sh::{Invocation, Output, Stream};
use crate::vfs::Fs;
use crate::world::{Foreground, Host, Step, HOME};

pub const SPEC: Spec = Spec {
    path: "login",
    usage: "[OPTIONS] [SERVER]",
    short: "Authenticate to a registry",
    aliases: &[],
    flags: &[
        Flag::value("password", Some('p'), "string", "Password"),
        Flag::bool("password-stdin", None, "Take the password from stdin"),
        Flag::value("username", Some('u'), "string", "Username"),
    ],
    args: Args::Max(1),
    interspersed: true,
    run,
};

/// The client config file.
pub fn config_path() -> String {
    format!("{HOME}/.docker/config.json")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn unbase64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.trim_end_matches('=').bytes() {
        let v = B64.iter().position(|&x| x == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn read_config(fs: &Fs) -> Option<serde_json::Map<String, serde_json::Value>> {
    let bytes = fs.read(&config_path()).ok()?;
    match serde_json::from_slice(&bytes).ok()? {
        serde_json::Value::Object(m) => Some(m),
        _ => None,
    }
}

/// The Docker Hub login stored in the config file: (user, password).
pub fn stored_auth(fs: &Fs) -> Option<(String, String)> {
    let cfg = read_config(fs)?;
    let auth = cfg.get("auths")?.get(INDEX_SERVER)?.get("auth")?.as_str()?;
    let plain = String::from_utf8(unbase64(auth)?).ok()?;
    let (user, pass) = plain.split_once(':')?;
    (!user.is_empty() && !pass.is_empty()).then(|| (user.to_string(), pass.to_string()))
}

/// Write the config file as docker does (tab-indented JSON), keeping its other settings.
fn write_config(fs: &mut Fs, cfg: serde_json::Map<String, serde_json::Value>) {
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    if serde::Serialize::serialize(&serde_json::Value::Object(cfg), &mut ser).is_err() {
        return;
    }
    let dir = format!("{HOME}/.docker");
    let _ = fs.mkdir_all(&dir, 0o700);
    let _ = fs.write(&config_path(), &out);
    let _ = fs.chmod(&config_path(), 0o600);
}

/// Store the Docker Hub login.
fn store_auth(fs: &mut Fs, user: &str, password: &str) {
    let mut cfg = read_config(fs).unwrap_or_default();
    let auths = cfg
        .entry("auths")
        .or_insert_with(|| serde_json::Value::Object(Default::default()));
    if !auths.is_object() {
        *auths = serde_json::Value::Object(Default::default());
    }
    if let Some(a) = auths.as_object_mut() {
        let mut entry = serde_json::Map::new();
        entry.insert(
            "auth".into(),
            base64(format!("{user}:{password}").as_bytes()).into(),
        );
        a.insert(INDEX_SERVER.into(), entry.into());
    }
    write_config(fs, cfg);
}

/// Remove a server's login from the config file, if the file has one.
pub fn erase_auth(fs: &mut Fs, server: &str) {
    let Some(mut cfg) = read_config(fs) else {
        return;
    };
    let removed = cfg
        .get_mut("auths")
        .and_then(|a| a.as_object_mut())
        .and_then(|a| a.remove(server))
        .is_some();
    if removed {
        write_config(fs, cfg);
    }
}

/// Docker IDs the simulated hub knows as other people's (the catalog's namespaces and the
/// tutorials' authors): the learner cannot sign in as them.
fn taken(user: &str) -> bool {
    const OTHERS: &[&str] = &["library", "docker", "danielcuevas"];
    OTHERS.contains(&user)
        || hub::repos()
            .iter()
            .filter_map(|r| r.name.split_once('/'))
            .any(|(ns, _)| ns == user)
}

/// What the hub answers: a Docker ID is 4 to 30 lowercase letters and digits.
fn check_credentials(user: &str, password: &str) -> Result<(), String> {
    let valid = (4..=30).contains(&user.len())
        && user
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if !valid || taken(user) || password.is_empty() {
        return Err("Error response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or password\n".into());
    }
    Ok(())
}

/// The warning docker prints when it writes a password into the config file.
fn unencrypted_warning() -> String {
    format!(
        "WARNING! Your password will be stored unencrypted in {}.\n\
         Configure a credential helper to remove this warning. See\n\
         https://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\n",
        config_path()
    )
}

/// Sign in and store the login; the output and the status.
fn sign_in(host: &mut Host, user: &str, password: &str) -> (Output, i32) {
    let mut out = Output::new();
    if let Err(e) = check_credentials(user, password) {
        out.push(Stream::Stderr, e.as_bytes());
        return (out, 1);
    }
    store_auth(&mut host.fs, user, password);
    host.daemon.registry.login = Some(user.to_string());
    out.push(Stream::Stderr, unencrypted_warning().as_bytes());
    out.push(Stream::Stdout, b"Login Succeeded\n");
    (out, 0)
}

/// The `Username:` and `Password:` prompts.
struct Prompt {
    /// The name typed or given with `-u`; `None` while asking for it.
    user: Option<String>,
    /// The name `Username (learner): ` offers.
    default_user: Option<String>,
}

impl Foreground for Prompt {
    fn prompt(&self, _: &Host) -> String {
        match (&self.user, &self.default_user) {
            (Some(_), _) => "Password: ".into(),
            (None, Some(d)) => format!("Username ({d}): "),
            (None, None) => "Username: ".into(),
        }
    }

    fn line(&mut self, host: &mut Host, line: &str) -> Step {
        let mut output = Output::new();
        match &self.user {
            None => {
                let typed = line.trim();
                let name = if typed.is_empty() {
                    self.default_user.clone().unwrap_or_default()
                } else {
                    typed.to_string()
                };
                if name.is_empty() {
                    output.push(Stream::Stderr, b"Error: Non-null Username Required\n");
                    return Step {
                        output,
                        status: 1,
                        done: true,
                    };
                }
                self.user = Some(name);
                Step {
                    output,
                    status: 0,
                    done: false,
                }
            }
            Some(user) => {
                if line.is_empty() {
                    output.push(Stream::Stderr, b"Error: Password Required\n");
                    return Step {
                        output,
                        status: 1,
                        done: true,
                    };
                }
                let user = user.clone();
                let (output, status) = sign_in(host, &user, line);
                Step {
                    output,
                    status,
                    done: true,
                }
            }
        }
    }

    fn interrupt(&mut self, _: &mut Host) -> Step {
        let mut output = Output::new();
        output.push(Stream::Stdout, b"^C\n");
        Step {
            output,
            status: 130,
            done: true,
        }
    }

    fn echo(&self) -> bool {
        self.user.is_none()
    }
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let user = p.last("username").unwrap_or("").trim().to_string();
    let mut password = p.last("password").unwrap_or("").to_string();
    let from_stdin = p.on("password-stdin");
    if !password.is_empty() {
        inv.err("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n");
        if from_stdin {
            inv.err("--password and --password-stdin are mutually exclusive\n");
            return 1;
        }
    }
    if from_stdin {
        if user.is_empty() {
            inv.err("Must provide --username with --password-stdin\n");
            return 1;
        }
        let text = String::from_utf8_lossy(&inv.stdin).into_owned();
        let text = text.strip_suffix('\n').unwrap_or(&text);
        password = text.strip_suffix('\r').unwrap_or(text).to_string();
    }
    let server = p.args.first().map(String::as_str).unwrap_or("");
    if !matches!(
        server,
        "" | "docker.io" | "index.docker.io" | "registry-1.docker.io" | INDEX_SERVER
    ) {
        let host = server
            .split("://")
            .last()
            .unwrap_or(server)
            .split('/')
            .next()
            .unwrap_or(server);
        inv.err(format!(
            "Error response from daemon: Get \"https://{host}/v2/\": dial tcp: lookup {host}: no such host\n"
        ));
        return 1;
    }
    // A stored login is tried first when no credentials are given.
    if user.is_empty() && password.is_empty() {
        if let Some((u, pw)) = stored_auth(&inv.machine.fs) {
            inv.out("Authenticating with existing credentials...\n");
            let (out, status) = sign_in(inv.machine, &u, &pw);
            emit(inv, out);
            return status;
        }
    }
    if !user.is_empty() && !password.is_empty() {
        let (out, status) = sign_in(inv.machine, &user, &password);
        emit(inv, out);
        return status;
    }
    // Interactive: a piped stdin is no terminal.
    if !inv.stdin.is_empty() || from_stdin {
        inv.err("Error: Cannot perform an interactive login from a non TTY device\n");
        return 1;
    }
    let default_user = stored_auth(&inv.machine.fs).map(|(u, _)| u);
    if user.is_empty() {
        let oauth_off = inv
            .env
            .get("DOCKER_CLI_DISABLE_OAUTH_LOGIN")
            .is_some_and(|v| matches!(v.as_str(), "1" | "t" | "T" | "true" | "TRUE" | "True"));
        if !oauth_off {
            inv.err("Failed to start web-based login - falling back to command line login...\n\n");
        }
        inv.out(
            "Log in with your Docker ID or email address to push and pull images from Docker Hub. \
             If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\n\
             You can log in with your password or a Personal Access Token (PAT). Using a \
             limited-scope PAT grants better security and is required for organizations using \
             SSO. Learn more at https://docs.docker.com/go/access-tokens/\n\n",
        );
    }
    inv.machine.daemon.foreground = Some(Box::new(Prompt {
        user: (!user.is_empty()).then_some(user),
        default_user,
    }));
    0
}

fn emit(inv: &mut Invocation<'_, Host>, out: Output) {
    for (stream, bytes) in out.chunks() {
        match stream {
            Stream::Stdout => inv.out(bytes),
            Stream::Stderr => inv.err(bytes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{base64, unbase64};

    #[test]
    fn base64_round_trip() {
        assert_eq!(base64(b"learner:secret"), "bGVhcm5lcjpzZWNyZXQ=");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"abc"), "YWJj");
        for s in ["", "a", "ab", "abc", "learner:p4ss:word"] {
            assert_eq!(
                unbase64(&base64(s.as_bytes())).as_deref(),
                Some(s.as_bytes())
            );
        }
        assert_eq!(unbase64("not base64!"), None);
    }
}
