//! The static web servers of the official images: nginx (`nginx -g 'daemon off;'`, serving
//! the `root` of its default server) and Apache httpd (`httpd-foreground`, serving
//! `DocumentRoot`), with their startup lines, error pages and access-log formats.

use crate::map::Map;

use super::{status_reason, App, Start};
use crate::programs::net::{HttpRequest, HttpResponse};
use crate::programs::pkg;
use crate::vfs::Fs;

/// Which server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Server {
    Nginx,
    Httpd,
}

/// A static site served from a folder of the container's filesystem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaticSite {
    pub server: Server,
    /// The server's version (`1.27.1`, `2.4.62`), empty when unknown.
    pub version: String,
    /// The folder served.
    pub root: String,
    pub port: u16,
    /// nginx's `main` log format adds `"$http_x_forwarded_for"` to the combined format.
    main_format: bool,
    /// nginx's error log takes `notice` lines (the image's config says `error_log … notice`).
    notices: bool,
}

/// The version of a system package, from apk's or dpkg's database.
fn package_version(fs: &Fs, name: &str) -> Option<String> {
    let pkgs = if let Some(rel) = pkg::apk_release(fs) {
        pkg::apk_installed(fs, rel)
    } else if let Some(rel) = pkg::apt_release(fs) {
        pkg::dpkg_installed(fs, rel)
    } else {
        Vec::new()
    };
    pkgs.into_iter().find(|(n, _)| n == name).map(|(_, v)| {
        pkg::upstream(&v)
            .split("-r")
            .next()
            .unwrap_or("")
            .to_string()
    })
}

/// The first value of directive `name` in a config text (`root   /usr/share/nginx/html;`).
fn directive(text: &str, name: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let l = l.trim();
        let rest = l.strip_prefix(name)?;
        if !rest.starts_with([' ', '\t']) {
            return None;
        }
        let v = rest.trim().trim_end_matches(';').trim();
        let v = v.split_whitespace().next()?.trim_matches('"');
        Some(v.to_string())
    })
}

fn stamp(now: i64) -> crate::programs::Tm {
    crate::programs::tm(now)
}

fn month(t: &crate::programs::Tm) -> &'static str {
    crate::programs::MONTHS
        .get(t.month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("Jan")
}

/// `nginx [-g 'daemon off;']`: serves in the foreground only with `daemon off`.
pub fn nginx(
    fs: &Fs,
    cmd: &str,
    args: &[String],
    env: &Map<String, String>,
    cwd: &str,
    now: i64,
) -> Start {
    if super::flask::which(fs, cmd, env, cwd).is_none() {
        return Start::NotAServer;
    }
    let foreground = args
        .windows(2)
        .any(|w| w[0] == "-g" && w[1].replace(' ', "").contains("daemonoff;"));
    if args
        .iter()
        .any(|a| a == "-v" || a == "-V" || a == "-t" || a == "-T")
        || !args.is_empty() && !foreground
    {
        return Start::NotAServer;
    }
    let conf_foreground = fs
        .read_string("/etc/nginx/nginx.conf")
        .unwrap_or_default()
        .lines()
        .any(|l| {
            l.split('#')
                .next()
                .unwrap_or("")
                .replace(' ', "")
                .contains("daemonoff;")
        });
    if !foreground && !conf_foreground {
        // Without `daemon off` the master process forks into the background and the
        // process the container started returns at once.
        return Start::Exited {
            status: 0,
            output: String::new(),
        };
    }
    let version = env
        .get("NGINX_VERSION")
        .map(|v| v.split('-').next().unwrap_or(v).to_string())
        .or_else(|| package_version(fs, "nginx"))
        .unwrap_or_default();
    let main_conf = fs.read_string("/etc/nginx/nginx.conf").unwrap_or_default();
    let mut server_conf = String::new();
    if let Ok(entries) = fs.read_dir("/etc/nginx/conf.d") {
        for e in entries.iter().filter(|e| e.name.ends_with(".conf")) {
            server_conf.push_str(
                &fs.read_string(&format!("/etc/nginx/conf.d/{}", e.name))
                    .unwrap_or_default(),
            );
        }
    }
    let conf = format!("{main_conf}\n{server_conf}");
    let root = directive(&server_conf, "root")
        .or_else(|| directive(&main_conf, "root"))
        .unwrap_or_else(|| "/usr/share/nginx/html".into());
    let port = directive(&conf, "listen")
        .and_then(|l| l.rsplit(':').next().and_then(|p| p.parse().ok()))
        .unwrap_or(80);
    let main_format = main_conf
        .lines()
        .any(|l| l.trim_start().starts_with("access_log") && l.trim_end().ends_with("main;"));
    // The notice lines show only when the error log's level lets them through.
    let level = main_conf
        .lines()
        .find_map(|l| l.trim().strip_prefix("error_log"))
        .and_then(|r| {
            r.trim()
                .trim_end_matches(';')
                .split_whitespace()
                .nth(1)
                .map(str::to_string)
        })
        .unwrap_or_else(|| "error".into());
    let notices = matches!(level.as_str(), "notice" | "info" | "debug");
    let mut output = String::new();
    if notices {
        let at = nginx_stamp(now, 1);
        output.push_str(&format!("{at}using the \"epoll\" event method\n"));
        if !version.is_empty() {
            output.push_str(&format!("{at}nginx/{version}\n"));
        }
        output.push_str(&format!(
            "{at}start worker processes\n{at}start worker process 29\n"
        ));
    }
    Start::Serving {
        app: App::Static(StaticSite {
            server: Server::Nginx,
            version,
            root,
            port,
            main_format,
            notices,
        }),
        output,
    }
}

/// `httpd-foreground` / `httpd -DFOREGROUND`.
pub fn httpd(
    fs: &Fs,
    cmd: &str,
    env: &Map<String, String>,
    cwd: &str,
    ip: &str,
    now: i64,
) -> Start {
    if super::flask::which(fs, cmd, env, cwd).is_none() {
        return Start::NotAServer;
    }
    let prefix = env
        .get("HTTPD_PREFIX")
        .cloned()
        .unwrap_or_else(|| "/usr/local/apache2".into());
    let conf = fs
        .read_string(&format!("{prefix}/conf/httpd.conf"))
        .unwrap_or_default();
    let root = directive(&conf, "DocumentRoot").unwrap_or_else(|| format!("{prefix}/htdocs"));
    let port = directive(&conf, "Listen")
        .and_then(|p| p.parse().ok())
        .unwrap_or(80);
    let version = env
        .get("HTTPD_VERSION")
        .cloned()
        .or_else(|| package_version(fs, "apache2"))
        .unwrap_or_default();
    let at = httpd_stamp(now);
    let fqdn = format!("AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message\n");
    let mut output = String::new();
    if directive(&conf, "ServerName").is_none() {
        output.push_str(&fqdn);
        output.push_str(&fqdn);
    }
    output.push_str(&format!(
        "{at} [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/{version} (Unix) configured -- resuming normal operations\n{at} [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'\n"
    ));
    Start::Serving {
        app: App::Static(StaticSite {
            server: Server::Httpd,
            version,
            root,
            port,
            main_format: false,
            notices: false,
        }),
        output,
    }
}

/// httpd's error-log time: `[Fri Sep 20 10:00:12.000000 2024]`.
fn httpd_stamp(now: i64) -> String {
    let t = stamp(now);
    let wd = crate::programs::WEEKDAYS
        .get(t.wday as usize)
        .copied()
        .unwrap_or("Sun");
    format!(
        "[{wd} {} {:02} {:02}:{:02}:{:02}.000000 {}]",
        month(&t),
        t.day,
        t.hour,
        t.min,
        t.sec,
        t.year
    )
}

/// nginx's error-log time and process: `2024/09/20 10:00:05 [notice] 1#1: `.
fn nginx_stamp(now: i64, pid: u32) -> String {
    let t = stamp(now);
    format!(
        "{}/{:02}/{:02} {:02}:{:02}:{:02} [notice] {pid}#{pid}: ",
        t.year, t.month, t.day, t.hour, t.min, t.sec
    )
}

impl StaticSite {
    /// What the server writes as it starts, so `docker diff` shows it as it would: nginx its
    /// pid file and the temporary folders of its `nginx` user (uid 101); httpd its pid file.
    pub fn write_runtime_files(&self, fs: &mut Fs) {
        let pid_file = match self.server {
            Server::Nginx => "/run/nginx.pid",
            Server::Httpd => "/usr/local/apache2/logs/httpd.pid",
        };
        let _ = fs.mkdir_all(&crate::vfs::path::parent(pid_file), 0o755);
        let _ = fs.put_file(pid_file, crate::vfs::Content::bytes(b"1\n".to_vec()), 0o644);
        if self.server == Server::Nginx {
            for d in [
                "client_temp",
                "proxy_temp",
                "fastcgi_temp",
                "uwsgi_temp",
                "scgi_temp",
            ] {
                let p = format!("/var/cache/nginx/{d}");
                let _ = fs.mkdir_all(&p, 0o700);
                let _ = fs.chown(&p, 101, 0);
            }
        }
    }

    /// `docker stop`: both servers handle their image's stop signal (nginx SIGQUIT, httpd
    /// SIGWINCH) by shutting down gracefully and exiting 0 at once. What they log on the way.
    pub fn shutdown(&self, now: i64) -> String {
        match self.server {
            Server::Nginx if self.notices => {
                let (m, w) = (nginx_stamp(now, 1), nginx_stamp(now, 29));
                format!(
                    "{m}signal 3 (SIGQUIT) received, shutting down\n{w}gracefully shutting down\n{w}exiting\n{w}exit\n{m}signal 17 (SIGCHLD) received from 29\n{m}worker process 29 exited with code 0\n{m}exit\n"
                )
            }
            Server::Nginx => String::new(),
            Server::Httpd => format!(
                "{} [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully\n",
                httpd_stamp(now)
            ),
        }
    }
}

fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map_or("", |(_, e)| e)
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html",
        "css" => "text/css",
        "js" => "application/javascript",
        "json" => "application/json",
        "txt" | "sh" => "text/plain",
        "png" => "image/png",
        "gif" => "image/gif",
        "jpg" | "jpeg" => "image/jpeg",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// `%20`-style escapes decoded (invalid ones kept as written).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl StaticSite {
    fn server_header(&self) -> String {
        match self.server {
            Server::Nginx if self.version.is_empty() => "nginx".into(),
            Server::Nginx => format!("nginx/{}", self.version),
            Server::Httpd => format!("Apache/{} (Unix)", self.version),
        }
    }

    fn error_page(&self, code: u16) -> String {
        let reason = status_reason(code);
        match self.server {
            Server::Nginx => format!(
                "<html>\r\n<head><title>{code} {reason}</title></head>\r\n<body>\r\n<center><h1>{code} {reason}</h1></center>\r\n<hr><center>{}</center>\r\n</body>\r\n</html>\r\n",
                self.server_header()
            ),
            Server::Httpd => {
                let text = match code {
                    404 => "The requested URL was not found on this server.",
                    403 => "You don't have permission to access this resource.",
                    _ => "The server encountered an error.",
                };
                format!("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>{code} {reason}</title>\n</head><body>\n<h1>{reason}</h1>\n<p>{text}</p>\n</body></html>\n")
            }
        }
    }

    /// `Last-Modified`, `ETag` and `Accept-Ranges` of a served file, from its metadata, in the
    /// server's order and ETag style (nginx: mtime-size; httpd: size-mtime in microseconds).
    fn file_headers(&self, fs: &Fs, path: &str) -> Vec<(String, String)> {
        let Ok(st) = fs.stat(path) else {
            return Vec::new();
        };
        let modified = super::flask::http_date(i64::try_from(st.mtime).unwrap_or(0));
        let mut h = vec![("Last-Modified".to_string(), modified)];
        match self.server {
            Server::Nginx => {
                h.push(("Connection".into(), "keep-alive".into()));
                h.push(("ETag".into(), format!("\"{:x}-{:x}\"", st.mtime, st.size)));
            }
            Server::Httpd => {
                let usec = u128::from(st.mtime) * 1_000_000;
                h.push(("ETag".into(), format!("\"{:x}-{usec:x}\"", st.size)));
            }
        }
        h.push(("Accept-Ranges".into(), "bytes".into()));
        h
    }

    /// Answer one request from the served folder.
    pub fn handle(
        &self,
        fs: &Fs,
        req: &HttpRequest,
        client_ip: &str,
        now: i64,
    ) -> (HttpResponse, String) {
        let raw = req.path.split(['?', '#']).next().unwrap_or("/");
        let decoded = percent_decode(raw);
        let path = crate::vfs::path::normalize(&format!("/{}", decoded.trim_start_matches('/')));
        let full = format!(
            "{}{}",
            self.root.trim_end_matches('/'),
            if path == "/" { "" } else { &path }
        );
        let html = if self.server == Server::Nginx {
            "text/html"
        } else {
            "text/html; charset=iso-8859-1"
        };
        let (status, ctype, body, extra): (u16, &str, Vec<u8>, Vec<(String, String)>) = if fs
            .is_dir(&full)
        {
            if !raw.ends_with('/') {
                let loc = format!(
                    "http://{}{raw}/",
                    if req.port == 80 {
                        req.host.clone()
                    } else {
                        format!("{}:{}", req.host, req.port)
                    }
                );
                let body = match self.server {
                    Server::Nginx => self.error_page(301).into_bytes(),
                    Server::Httpd => format!("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>301 Moved Permanently</title>\n</head><body>\n<h1>Moved Permanently</h1>\n<p>The document has moved <a href=\"{loc}\">here</a>.</p>\n</body></html>\n").into_bytes(),
                };
                (301, html, body, vec![("Location".into(), loc)])
            } else {
                let index = format!("{}/index.html", full.trim_end_matches('/'));
                match fs.read(&index) {
                    Ok(b) => (200, "text/html", b, self.file_headers(fs, &index)),
                    Err(_) => (403, html, self.error_page(403).into_bytes(), Vec::new()),
                }
            }
        } else {
            match fs.read(&full) {
                Ok(b) => (200, content_type(&full), b, self.file_headers(fs, &full)),
                Err(_) => (404, html, self.error_page(404).into_bytes(), Vec::new()),
            }
        };
        let method = req.method.to_ascii_uppercase();
        let mut headers = vec![
            ("Server".to_string(), self.server_header()),
            ("Date".to_string(), super::flask::http_date(now)),
            ("Content-Type".to_string(), ctype.to_string()),
            ("Content-Length".to_string(), body.len().to_string()),
        ];
        headers.extend(extra);
        let size = if method == "HEAD" { 0 } else { body.len() };
        let resp = HttpResponse {
            status,
            reason: status_reason(status).to_string(),
            headers,
            body: if method == "HEAD" { Vec::new() } else { body },
        };
        let t = stamp(now);
        let when = format!(
            "{:02}/{}/{}:{:02}:{:02}:{:02} +0000",
            t.day,
            month(&t),
            t.year,
            t.hour,
            t.min,
            t.sec
        );
        let request = format!("{method} {} HTTP/1.1", req.path);
        let log = match self.server {
            Server::Nginx => {
                let mut l =
                    format!("{client_ip} - - [{when}] \"{request}\" {status} {size} \"-\" \"-\"");
                if self.main_format {
                    l.push_str(" \"-\"");
                }
                l.push('\n');
                l
            }
            Server::Httpd => {
                let shown = if size == 0 {
                    "-".to_string()
                } else {
                    size.to_string()
                };
                format!("{client_ip} - - [{when}] \"{request}\" {status} {shown}\n")
            }
        };
        (resp, log)
    }
}
