//! The web as `curl` and `wget` see it: the simulated hosts (the git host's pages and raw
//! files, package mirrors, `example.com`) and a hook through which the container runtime
//! answers requests to ports published on the host.

use std::rc::Rc;

use crate::internet::git;
use crate::sh::{Invocation, Machine};

/// One HTTP request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpRequest {
    /// `GET` or `HEAD`.
    pub method: String,
    /// `http` or `https`.
    pub scheme: String,
    /// Host name as written (`localhost`, `example.com`).
    pub host: String,
    pub port: u16,
    /// Path with query (`/`, `/index.html`).
    pub path: String,
}

/// One HTTP response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub reason: String,
    /// Header names and values, in order (`Content-Type` is added from here).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// A response with a content type and body.
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> HttpResponse {
        HttpResponse {
            status,
            reason: reason(status).to_string(),
            headers: vec![("Content-Type".to_string(), content_type.to_string())],
            body: body.into(),
        }
    }

    /// The value of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// How a connection went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    Response(HttpResponse),
    /// Nothing listens on the port.
    Refused,
    /// Something accepted the connection and closed it without an answer (docker-proxy when
    /// the container has no server on the published port).
    Reset,
    /// The name does not resolve.
    Unresolved,
}

/// The runtime's answer for requests to the host's own addresses: [`Reply::Refused`] when no
/// container publishes that port.
pub type PortHook<M> = Rc<dyn Fn(&mut M, &HttpRequest) -> Reply>;

/// `curl` wired to published ports: the runtime registers this in place of the plain `curl`.
pub fn curl_with_ports<M: Machine + ?Sized + 'static>(
    hook: PortHook<M>,
) -> impl Fn(&mut Invocation<'_, M>) -> i32 {
    move |inv: &mut Invocation<'_, M>| super::curl::run(inv, Some(&hook))
}

/// `wget` wired to published ports.
pub fn wget_with_ports<M: Machine + ?Sized + 'static>(
    hook: PortHook<M>,
) -> impl Fn(&mut Invocation<'_, M>) -> i32 {
    move |inv: &mut Invocation<'_, M>| super::wget::run(inv, Some(&hook))
}

/// The standard reason phrase of a status code.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        _ => "",
    }
}

/// A parsed URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Url {
    pub scheme: String,
    pub host: String,
    pub port: u16,
    pub path: String,
}

/// Parse `http://host:port/path` (no scheme means `http`). `Err` carries the bad scheme.
pub(crate) fn parse_url(text: &str) -> Result<Url, String> {
    let (scheme, rest) = match text.split_once("://") {
        Some((s, r)) => (s.to_ascii_lowercase(), r),
        None => ("http".to_string(), text),
    };
    if scheme != "http" && scheme != "https" {
        return Err(scheme);
    }
    let (authority, path) = match rest.find(['/', '?']) {
        Some(i) => (&rest[..i], rest[i..].to_string()),
        None => (rest, "/".to_string()),
    };
    let path = if path.starts_with('?') {
        format!("/{path}")
    } else {
        path
    };
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    let default = if scheme == "https" { 443 } else { 80 };
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !h.is_empty() && !authority.starts_with('[') => {
            (h.to_string(), p.parse().unwrap_or(default))
        }
        _ => (authority.to_string(), default),
    };
    Ok(Url {
        scheme,
        host: host.to_ascii_lowercase(),
        port,
        path,
    })
}

/// Whether a name is the machine itself.
pub(crate) fn is_local(host: &str) -> bool {
    matches!(
        host,
        "localhost" | "127.0.0.1" | "0.0.0.0" | "[::1]" | "::1"
    )
}

/// A made-up but stable IPv4 address for a host name.
pub(crate) fn address(host: &str) -> String {
    if is_local(host) {
        return "127.0.0.1".to_string();
    }
    if host == "example.com" || host == "www.example.com" {
        return "93.184.215.14".to_string();
    }
    let d = crate::store::Digest::of(host.as_bytes());
    let b = d.as_bytes();
    format!("{}.{}.{}.{}", 100 + b[0] % 100, b[1], b[2], 1 + b[3] % 250)
}

const MIRRORS: &[&str] = &[
    "deb.debian.org",
    "security.debian.org",
    "archive.ubuntu.com",
    "security.ubuntu.com",
    "dl-cdn.alpinelinux.org",
    "pypi.org",
    "files.pythonhosted.org",
    "registry.npmjs.org",
    "www.python.org",
    "nodejs.org",
    "hub.docker.com",
    "docs.docker.com",
];

fn page(title: &str, text: &str) -> String {
    format!(
        "<!doctype html>\n<html>\n<head><title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n<p>{text}</p>\n</body>\n</html>\n"
    )
}

/// Make a request to the simulated internet (or, for the host's own names, through `hook`).
pub(crate) fn request<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    hook: Option<&PortHook<M>>,
    method: &str,
    url: &Url,
) -> Reply {
    let req = HttpRequest {
        method: method.to_string(),
        scheme: url.scheme.clone(),
        host: url.host.clone(),
        port: url.port,
        path: url.path.clone(),
    };
    if is_local(&url.host) {
        return match hook.map(|h| h(inv.machine, &req)) {
            Some(Reply::Response(mut r)) => {
                if r.header("Content-Length").is_none() {
                    let len = r.body.len().to_string();
                    r.headers.push(("Content-Length".into(), len));
                }
                Reply::Response(r)
            }
            Some(other) => other,
            None => Reply::Refused,
        };
    }
    remote(url)
}

/// A GET of `url` on the simulated internet's hosts (not the machine itself), for callers
/// without a running program, such as `ADD https://…` in a build. No simulated time passes.
pub fn fetch(url: &str) -> Reply {
    match parse_url(url) {
        Ok(u) if !is_local(&u.host) => remote(&u),
        Ok(_) => Reply::Refused,
        Err(_) => Reply::Unresolved,
    }
}

/// What a remote host answers.
fn remote(url: &Url) -> Reply {
    if url.port != 80 && url.port != 443 {
        return if known_host(&url.host) {
            Reply::Refused
        } else {
            Reply::Unresolved
        };
    }
    let html = "text/html; charset=utf-8";
    let path = url.path.split('?').next().unwrap_or("/");
    let resp = match url.host.as_str() {
        "example.com" | "www.example.com" => HttpResponse::new(
            200,
            "text/html",
            page(
                "Example Domain",
                "A page kept for examples and documentation, served by the simulated internet.",
            ),
        ),
        "github.com" if url.scheme == "http" => {
            let mut r = HttpResponse::new(301, html, Vec::new());
            r.headers
                .push(("Location".into(), format!("https://github.com{}", url.path)));
            r
        }
        "github.com" => match git::repo(&format!("https://github.com{path}")) {
            Some(repo) => HttpResponse::new(
                200,
                html,
                page(
                    repo.url.trim_start_matches("https://github.com/"),
                    &format!(
                        "A repository on the simulated git host. Latest commit: {}",
                        repo.subject
                    ),
                ),
            ),
            None if path == "/" => {
                HttpResponse::new(200, html, page("GitHub", "The simulated git host."))
            }
            None => HttpResponse::new(404, html, page("Page not found", "There is nothing here.")),
        },
        "raw.githubusercontent.com" => {
            let parts: Vec<&str> = path.trim_start_matches('/').splitn(4, '/').collect();
            let found = match parts.as_slice() {
                [owner, name, branch, file] => {
                    git::repo(&format!("https://github.com/{owner}/{name}"))
                        .filter(|r| r.default_branch == *branch || *branch == "HEAD")
                        .and_then(|r| r.file(file))
                }
                _ => None,
            };
            match found {
                Some(f) => {
                    HttpResponse::new(200, "text/plain; charset=utf-8", f.body.as_bytes().to_vec())
                }
                None => {
                    HttpResponse::new(404, "text/plain; charset=utf-8", b"404: Not Found".to_vec())
                }
            }
        }
        h if MIRRORS.contains(&h) => {
            if path == "/" || path.is_empty() {
                HttpResponse::new(
                    200,
                    html,
                    page(h, "A package mirror of the simulated internet."),
                )
            } else {
                HttpResponse::new(
                    404,
                    html,
                    page("404 Not Found", "The simulated mirror has no such file."),
                )
            }
        }
        _ => return Reply::Unresolved,
    };
    let mut resp = resp;
    let len = resp.body.len();
    resp.headers
        .push(("Content-Length".into(), len.to_string()));
    Reply::Response(resp)
}

fn known_host(host: &str) -> bool {
    matches!(
        host,
        "example.com" | "www.example.com" | "github.com" | "raw.githubusercontent.com"
    ) || MIRRORS.contains(&host)
}

/// The date as wget prints it: `2024-09-20 10:00:00`.
pub(crate) fn wget_date<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> String {
    let t = super::tm(super::now_secs(inv) as i64);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        t.year, t.month, t.day, t.hour, t.min, t.sec
    )
}
