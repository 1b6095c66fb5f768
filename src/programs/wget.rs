//! `wget`: download a URL from the simulated internet into a file (`-O`, `-q`), in GNU wget's
//! format, or busybox wget's where `wget` is a busybox applet.

use super::net::{self, PortHook, Reply};
use super::{pkg, Tool};
use crate::internet::clock::cost;
use crate::sh::{Invocation, Machine};

/// `wget` without published ports (the runtime registers [`net::wget_with_ports`]).
pub(crate) fn wget<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    run(inv, None)
}

fn size_k(n: u64) -> String {
    if n < 1024 {
        n.to_string()
    } else if n < 1024 * 1024 {
        format!("{:.1}K", n as f64 / 1024.0)
    } else {
        format!("{:.1}M", n as f64 / 1_048_576.0)
    }
}

/// Run wget; `hook` answers requests to the host's published ports.
pub(crate) fn run<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    hook: Option<&PortHook<M>>,
) -> i32 {
    let busybox = super::tool(inv) == Tool::Busybox;
    let args: Vec<String> = inv.args().to_vec();
    let mut quiet = false;
    let mut output: Option<String> = None;
    let mut urls = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        match a.as_str() {
            "-q" | "--quiet" => quiet = true,
            "-O" | "--output-document" => {
                output = args.get(i).cloned();
                i += 1;
            }
            s if s.starts_with("-O") && s.len() > 2 => output = Some(s[2..].to_string()),
            s if s.starts_with("--output-document=") => {
                output = Some(s["--output-document=".len()..].to_string())
            }
            "-nv"
            | "--no-verbose"
            | "--no-check-certificate"
            | "-c"
            | "--continue"
            | "--progress=dot"
            | "--progress=bar"
            | "-S" => {}
            "-qO-" => {
                quiet = true;
                output = Some("-".into());
            }
            s if s.starts_with('-') && s.len() > 1 => {
                if busybox {
                    inv.err(format!("wget: unrecognized option '{s}'\n"));
                } else {
                    inv.err(format!("wget: unrecognized option '{s}'\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n"));
                }
                return if busybox { 1 } else { 2 };
            }
            _ => urls.push(a.clone()),
        }
    }
    let Some(url_text) = urls.first().cloned() else {
        if busybox {
            inv.err("BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n");
            return 1;
        }
        inv.err("wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
        return 1;
    };
    let url = match net::parse_url(&url_text) {
        Ok(u) => u,
        Err(scheme) => {
            inv.err(format!("{url_text}: Unsupported scheme '{scheme}'.\n"));
            return 1;
        }
    };
    let utf8 = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| inv.env.get(*k))
        .any(|v| v.to_ascii_lowercase().contains("utf"));
    let q = |s: &str| {
        if utf8 {
            format!("‘{s}’")
        } else {
            format!("'{s}'")
        }
    };
    let addr = net::address(&url.host);
    let host = url.host.clone();
    let mut log = String::new();
    if !busybox {
        log.push_str(&format!("--{}--  {url_text}\n", net::wget_date(inv)));
        if net::is_local(&host) && host != "localhost" {
            log.push_str(&format!("Connecting to {host}:{}... ", url.port));
        } else {
            log.push_str(&format!("Resolving {host} ({host})... "));
        }
    }
    let reply = net::request(inv, hook, "GET", &url);
    let mut rng = pkg::rng(inv);
    let r = match reply {
        Reply::Unresolved => {
            if busybox {
                inv.err(format!("wget: bad address '{host}'\n"));
                return 1;
            }
            log.push_str(&format!(
                "failed: Name or service not known.\nwget: unable to resolve host address {}\n",
                q(&host)
            ));
            if !quiet {
                inv.err(log);
            } else {
                inv.err(format!(
                    "wget: unable to resolve host address {}\n",
                    q(&host)
                ));
            }
            return 4;
        }
        Reply::Refused => {
            if busybox {
                if !quiet {
                    inv.err(format!(
                        "Connecting to {host}:{} ({addr}:{})\n",
                        url.port, url.port
                    ));
                }
                inv.err(format!(
                    "wget: can't connect to remote host ({addr}): Connection refused\n"
                ));
                return 1;
            }
            if host == "localhost" {
                log.push_str(&format!(
                    "::1, 127.0.0.1\nConnecting to localhost (localhost)|::1|:{p}... failed: Connection refused.\nConnecting to localhost (localhost)|127.0.0.1|:{p}... ",
                    p = url.port
                ));
            } else if !net::is_local(&host) {
                log.push_str(&format!(
                    "{addr}\nConnecting to {host} ({host})|{addr}|:{}... ",
                    url.port
                ));
            }
            log.push_str("failed: Connection refused.\n");
            if !quiet {
                inv.err(log);
            }
            return 4;
        }
        Reply::Reset => {
            if busybox {
                if !quiet {
                    inv.err(format!(
                        "Connecting to {host}:{} ({addr}:{})\n",
                        url.port, url.port
                    ));
                }
                inv.err("wget: error getting response: Connection reset by peer\n");
                return 1;
            }
            // GNU wget retries a read error up to 20 times, waiting 1, 2, … 10 seconds.
            if host == "localhost" {
                log.push_str("::1, 127.0.0.1\n");
            } else if !net::is_local(&host) {
                log.push_str(&format!("{addr}\n"));
            }
            let shown = if host == "localhost" {
                format!("localhost (localhost)|127.0.0.1|:{}", url.port)
            } else {
                format!("{host}:{}", url.port)
            };
            for attempt in 1..=20u64 {
                if attempt > 1 {
                    pkg::spend(inv, (attempt - 1).min(10) * 1000);
                    log.push_str(&format!(
                        "--{}--  (try:{attempt:>2})  {url_text}\n",
                        net::wget_date(inv)
                    ));
                }
                log.push_str(&format!(
                    "Connecting to {shown}... connected.\nHTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.\n"
                ));
                log.push_str(if attempt < 20 {
                    "Retrying.\n\n"
                } else {
                    "Giving up.\n\n"
                });
            }
            if !quiet {
                inv.err(log);
            }
            return 4;
        }
        Reply::Response(r) => r,
    };
    let ms = cost::http_get(&mut rng, r.body.len() as u64);
    pkg::spend(inv, ms);
    // wget times the transfer itself, without the connection set-up.
    let rate = rng.jitter(cost::MIRROR_BPS, 30);
    let name = match &output {
        Some(o) => o.clone(),
        None => {
            let n = url
                .path
                .split('?')
                .next()
                .unwrap_or("")
                .rsplit('/')
                .next()
                .unwrap_or("");
            if n.is_empty() {
                "index.html".to_string()
            } else {
                n.to_string()
            }
        }
    };
    let len = r.body.len() as u64;
    if busybox {
        if r.status >= 400 {
            if !quiet {
                inv.err(format!("Connecting to {host} ({addr}:{})\n", url.port));
            }
            inv.err(format!(
                "wget: server returned error: HTTP/1.1 {} {}\n",
                r.status, r.reason
            ));
            return 1;
        }
        if !quiet {
            inv.err(format!(
                "Connecting to {host} ({addr}:{})\nsaving to '{name}'\n{:<20} 100% |********************************| {:>5}  0:00:00 ETA\n'{name}' saved\n",
                url.port,
                if name == "-" { "-" } else { &name },
                size_k(len)
            ));
        }
    } else {
        if host == "localhost" {
            log.push_str(&format!(
                "::1, 127.0.0.1\nConnecting to localhost (localhost)|::1|:{}... ",
                url.port
            ));
        } else if !net::is_local(&host) {
            log.push_str(&format!(
                "{addr}\nConnecting to {host} ({host})|{addr}|:{}... ",
                url.port
            ));
        }
        log.push_str(&format!(
            "connected.\nHTTP request sent, awaiting response... {} {}\n",
            r.status, r.reason
        ));
        if r.status >= 400 {
            log.push_str(&format!(
                "{} ERROR {}: {}.\n\n",
                net::wget_date(inv),
                r.status,
                r.reason
            ));
            if !quiet {
                inv.err(log);
            }
            return 8;
        }
        let ctype = r
            .header("Content-Type")
            .unwrap_or("text/html")
            .split(';')
            .next()
            .unwrap_or("")
            .to_string();
        let shown = if name == "-" {
            "STDOUT".to_string()
        } else {
            q(&name)
        };
        let length = if len < 1024 {
            format!("{len}")
        } else {
            format!("{len} ({})", size_k(len))
        };
        let dots: Vec<String> = (0..len.div_ceil(1024).clamp(1, 50))
            .collect::<Vec<_>>()
            .chunks(10)
            .map(|c| ".".repeat(c.len()))
            .collect();
        let (speed, unit) = if rate >= 1024 * 1024 {
            (rate as f64 / 1_048_576.0, "M")
        } else {
            (rate as f64 / 1024.0, "K")
        };
        log.push_str(&format!(
            "Length: {length} [{ctype}]\nSaving to: {shown}\n\n     0K {:<54} 100% {speed:.1}{unit}=0s\n\n{} ({speed:.1} {unit}B/s) - {shown} saved [{len}/{len}]\n\n",
            dots.join(" "),
            net::wget_date(inv),
        ));
        if !quiet {
            inv.err(log);
        }
    }
    if name == "-" {
        inv.out(r.body);
        return 0;
    }
    let p = inv.resolve(&name);
    if inv.fs_mut().write(&p, &r.body).is_err() {
        inv.err(format!("{name}: No such file or directory\n"));
        return if busybox { 1 } else { 3 };
    }
    0
}
