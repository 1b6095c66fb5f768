//! `curl`: fetch a URL from the simulated internet (or a port published on the host), with
//! `-s`, `-S`, `-o`, `-O`, `-L`, `-I`, `-i` and `-f`, curl's progress meter and its error texts
//! and exit codes.

use super::net::{self, PortHook, Reply};
use super::pkg;
use crate::internet::clock::cost;
use crate::sh::{Invocation, Machine};

/// `curl` without published ports (the runtime registers [`net::curl_with_ports`]).
pub(crate) fn curl<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    run(inv, None)
}

#[derive(Default)]
struct Opts {
    silent: bool,
    show_error: bool,
    output: Option<String>,
    remote_name: bool,
    follow: bool,
    head: bool,
    include: bool,
    fail: bool,
    urls: Vec<String>,
}

fn parse(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        let take = |i: &mut usize, name: &str| -> Result<String, String> {
            let v = args.get(*i).cloned();
            *i += 1;
            v.ok_or_else(|| format!("curl: option {name}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n"))
        };
        if let Some(long) = a.strip_prefix("--") {
            match long {
                "silent" => o.silent = true,
                "show-error" => o.show_error = true,
                "location" => o.follow = true,
                "head" => o.head = true,
                "include" => o.include = true,
                "fail" | "fail-with-body" => o.fail = true,
                "remote-name" => o.remote_name = true,
                "output" => o.output = Some(take(&mut i, a)?),
                "compressed" | "insecure" | "verbose" | "progress-bar" | "http1.1" | "http2" => {}
                "header" | "request" | "data" | "max-time" | "connect-timeout" | "retry"
                | "user-agent" | "write-out" | "user" => {
                    take(&mut i, a)?;
                }
                "url" => o.urls.push(take(&mut i, a)?),
                _ => {
                    return Err(format!("curl: option {a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n"))
                }
            }
            continue;
        }
        if a.len() > 1 && a.starts_with('-') {
            let chars: Vec<char> = a.chars().skip(1).collect();
            for (k, c) in chars.iter().enumerate() {
                match c {
                    's' => o.silent = true,
                    'S' => o.show_error = true,
                    'L' => o.follow = true,
                    'I' => o.head = true,
                    'i' => o.include = true,
                    'f' => o.fail = true,
                    'O' => o.remote_name = true,
                    'k' | 'v' | '#' => {}
                    'o' | 'H' | 'X' | 'd' | 'm' | 'A' | 'w' | 'u' => {
                        let rest: String = chars[k + 1..].iter().collect();
                        let v = if rest.is_empty() {
                            take(&mut i, &format!("-{c}"))?
                        } else {
                            rest
                        };
                        if *c == 'o' {
                            o.output = Some(v);
                        }
                        break;
                    }
                    _ => {
                        return Err(format!("curl: option -{c}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n"))
                    }
                }
            }
            continue;
        }
        o.urls.push(a.clone());
    }
    Ok(o)
}

fn meter_num(n: u64) -> String {
    if n < 100_000 {
        n.to_string()
    } else if n < 10_000 * 1024 {
        format!("{}k", n / 1024)
    } else {
        format!("{}M", n / 1_048_576)
    }
}

fn meter(total: u64, speed: u64) -> String {
    let pct = if total > 0 { 100 } else { 0 };
    format!(
        "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n{pct:>3} {:>5}  {pct:>3} {:>5}    0     0  {:>5}      0 --:--:-- --:--:-- --:--:-- {:>5}\n",
        meter_num(total),
        meter_num(total),
        meter_num(speed),
        meter_num(speed)
    )
}

/// Run curl; `hook` answers requests to the host's published ports.
pub(crate) fn run<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    hook: Option<&PortHook<M>>,
) -> i32 {
    let o = match parse(inv.args()) {
        Ok(o) => o,
        Err(e) => {
            inv.err(e);
            return 2;
        }
    };
    let Some(first) = o.urls.first().cloned() else {
        inv.err("curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
        return 2;
    };
    let to_file = o.output.is_some() || o.remote_name;
    let show_meter = !o.silent && (to_file || !pkg::tty(inv));
    let say_errors = !o.silent || o.show_error;
    let mut url_text = first;
    let mut hops = 0;
    let mut rng = pkg::rng(inv);
    let resp = loop {
        let url = match net::parse_url(&url_text) {
            Ok(u) => u,
            Err(scheme) => {
                if say_errors {
                    inv.err(format!("curl: (1) Protocol \"{scheme}\" not supported\n"));
                }
                return 1;
            }
        };
        let method = if o.head { "HEAD" } else { "GET" };
        let reply = net::request(inv, hook, method, &url);
        match reply {
            Reply::Unresolved => {
                if show_meter {
                    inv.err(meter(0, 0));
                }
                if say_errors {
                    inv.err(format!("curl: (6) Could not resolve host: {}\n", url.host));
                }
                return 6;
            }
            Reply::Refused => {
                if show_meter {
                    inv.err(meter(0, 0));
                }
                if say_errors {
                    inv.err(format!(
                        "curl: (7) Failed to connect to {} port {} after 0 ms: Couldn't connect to server\n",
                        url.host, url.port
                    ));
                }
                return 7;
            }
            Reply::Reset => {
                if show_meter {
                    inv.err(meter(0, 0));
                }
                if say_errors {
                    inv.err("curl: (56) Recv failure: Connection reset by peer\n");
                }
                return 56;
            }
            Reply::Response(r) => {
                pkg::spend(inv, cost::http_get(&mut rng, r.body.len() as u64));
                let location = r.header("Location").map(String::from);
                if o.follow && (300..400).contains(&r.status) && hops < 50 {
                    if let Some(loc) = location {
                        if o.head || o.include {
                            inv.out(head_text(&url.scheme, &r));
                        }
                        url_text = loc;
                        hops += 1;
                        continue;
                    }
                }
                break (url, r);
            }
        }
    };
    let (url, r) = resp;
    if o.fail && r.status >= 400 {
        if show_meter {
            inv.err(meter(0, 0));
        }
        if say_errors {
            inv.err(format!(
                "curl: (22) The requested URL returned error: {}\n",
                r.status
            ));
        }
        return 22;
    }
    let mut data: Vec<u8> = Vec::new();
    if o.head || o.include {
        data.extend(head_text(&url.scheme, &r).into_bytes());
    }
    if !o.head {
        data.extend(&r.body);
    }
    let speed = (data.len() as u64).saturating_mul(10);
    if show_meter {
        inv.err(meter(data.len() as u64, speed));
    }
    let target = match (&o.output, o.remote_name) {
        (Some(f), _) if f != "-" => Some(f.clone()),
        (_, true) => {
            let name = url
                .path
                .split('?')
                .next()
                .unwrap_or("")
                .rsplit('/')
                .next()
                .unwrap_or("");
            if name.is_empty() {
                inv.err("curl: Remote file name has no length!\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
                return 23;
            }
            Some(name.to_string())
        }
        _ => None,
    };
    match target {
        Some(f) => {
            let p = inv.resolve(&f);
            if inv.fs_mut().write(&p, &data).is_err() {
                if say_errors {
                    inv.err(format!(
                        "Warning: Failed to open the file {f}: No such file or directory\ncurl: (23) Failure writing output to destination\n"
                    ));
                }
                return 23;
            }
        }
        None => inv.out(data),
    }
    0
}

fn head_text(scheme: &str, r: &net::HttpResponse) -> String {
    let mut t = if scheme == "https" {
        format!("HTTP/2 {} \r\n", r.status)
    } else {
        format!("HTTP/1.1 {} {}\r\n", r.status, r.reason)
    };
    for (k, v) in &r.headers {
        let k = if scheme == "https" {
            k.to_ascii_lowercase()
        } else {
            k.clone()
        };
        t.push_str(&format!("{k}: {v}\r\n"));
    }
    t.push_str("\r\n");
    t
}
