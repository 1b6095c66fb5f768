//! Published ports: parsing `-p` values the way Docker does (`8888:5000`, `127.0.0.1:8888:5000`,
//! `5000`, `5000/udp`, ranges) with its exact error texts, and the PORTS text `docker ps` shows
//! (`0.0.0.0:8888->5000/tcp, [::]:8888->5000/tcp`).

/// One requested mapping (from `-p` or `-P`): host address and port (`0` = any free one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortSpec {
    /// Empty: every address (IPv4 and IPv6).
    pub host_ip: String,
    pub host_port: u16,
    pub container_port: u16,
    pub proto: String,
}

/// A port bound on the host while the container runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    /// `0.0.0.0`, `::` or a given address.
    pub host_ip: String,
    pub host_port: u16,
    pub container_port: u16,
    pub proto: String,
}

impl Binding {
    /// `0.0.0.0:8888` / `[::]:8888`.
    pub fn host_addr(&self) -> String {
        join_host_port(&self.host_ip, &self.host_port.to_string())
    }
}

/// Go's `net.JoinHostPort`: brackets around an address with a colon.
pub fn join_host_port(ip: &str, port: &str) -> String {
    if ip.contains(':') {
        format!("[{ip}]:{port}")
    } else {
        format!("{ip}:{port}")
    }
}

/// A port number or range `a-b`, as go-connections parses them.
fn port_range(s: &str) -> Option<(u16, u16)> {
    match s.split_once('-') {
        None => s.parse().ok().map(|p| (p, p)),
        Some((a, b)) => {
            let a: u16 = a.parse().ok()?;
            let b: u16 = b.parse().ok()?;
            (b >= a).then_some((a, b))
        }
    }
}

fn valid_ip(ip: &str) -> bool {
    ip.parse::<std::net::IpAddr>().is_ok()
}

/// Parse one `-p` value into mappings, or Docker's error text.
pub fn parse(raw: &str) -> Result<Vec<PortSpec>, String> {
    let parts: Vec<&str> = raw.split(':').collect();
    let n = parts.len();
    let container = parts[n - 1];
    let (ip, host) = match n {
        1 => (String::new(), ""),
        2 => (String::new(), parts[0]),
        3 => (parts[0].to_string(), parts[1]),
        _ => (parts[..n - 2].join(":"), parts[n - 2]),
    };
    // Split `5000/udp` into the port and the protocol.
    let (proto, container) = {
        let pieces: Vec<&str> = container.split('/').collect();
        if container.is_empty() || pieces[0].is_empty() {
            ("", "")
        } else if pieces.len() == 1 {
            ("tcp", container)
        } else if pieces[1].is_empty() {
            ("tcp", pieces[0])
        } else {
            (pieces[1], pieces[0])
        }
    };
    let ip = match ip.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        Some(inner) => inner.to_string(),
        None => ip,
    };
    if !ip.is_empty() && !valid_ip(&ip) {
        return Err(format!("invalid IP address: {ip}"));
    }
    if container.is_empty() {
        return Err(format!("no port specified: {raw}<empty>"));
    }
    let (c0, c1) =
        port_range(container).ok_or_else(|| format!("invalid containerPort: {container}"))?;
    let (h0, h1) = if host.is_empty() {
        (0, 0)
    } else {
        port_range(host).ok_or_else(|| format!("invalid hostPort: {host}"))?
    };
    if !host.is_empty() && (c1 - c0) != (h1 - h0) && c0 != c1 {
        return Err(format!(
            "invalid ranges specified for container and host Ports: {container} and {host}"
        ));
    }
    let proto_l = proto.to_ascii_lowercase();
    if !matches!(proto_l.as_str(), "tcp" | "udp" | "sctp") {
        return Err(format!("invalid proto: {proto}"));
    }
    let mut out = Vec::new();
    for (k, c) in (c0..=c1).enumerate() {
        let h = if host.is_empty() {
            0
        } else if c0 == c1 {
            h0
        } else {
            h0.saturating_add(k as u16)
        };
        out.push(PortSpec {
            host_ip: ip.clone(),
            host_port: h,
            container_port: c,
            proto: proto_l.clone(),
        });
    }
    Ok(out)
}

/// An `EXPOSE` key such as `5000/tcp` as port and protocol.
pub fn exposed(key: &str) -> Option<(u16, String)> {
    let (p, proto) = key.split_once('/').unwrap_or((key, "tcp"));
    Some((p.parse().ok()?, proto.to_ascii_lowercase()))
}

/// The PORTS column: exposed ports without a binding as `5000/tcp`, bindings with the same
/// port on both sides grouped, the others as `host->container/proto`, in docker's order.
pub fn display(bindings: &[Binding], exposed: &[(u16, String)]) -> String {
    // (private, ip, public, proto); an unpublished port has no ip.
    let mut rows: Vec<(u16, Option<&str>, u16, &str)> = Vec::new();
    for b in bindings {
        rows.push((b.container_port, Some(&b.host_ip), b.host_port, &b.proto));
    }
    for (p, proto) in exposed {
        if !bindings
            .iter()
            .any(|b| b.container_port == *p && b.proto == *proto)
        {
            rows.push((*p, None, 0, proto));
        }
    }
    let ip_key = |ip: Option<&str>| -> (u8, String) {
        match ip {
            None => (0, String::new()),
            Some(i) if i.contains(':') => (2, i.to_string()),
            Some(i) => (1, i.to_string()),
        }
    };
    crate::sort::sort_by(&mut rows, |a, b| {
        (a.0, ip_key(a.1), a.2, a.3).cmp(&(b.0, ip_key(b.1), b.2, b.3))
    });
    let mut groups: Vec<(String, u16, u16)> = Vec::new();
    let mut done: Vec<String> = Vec::new();
    let mut mappings: Vec<String> = Vec::new();
    for (private, ip, public, proto) in rows {
        let key = match ip {
            Some(ip) if public != private => {
                mappings.push(format!(
                    "{}->{private}/{proto}",
                    join_host_port(ip, &public.to_string())
                ));
                continue;
            }
            Some(ip) => format!("{ip}/{proto}"),
            None => proto.to_string(),
        };
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) if g.2.checked_add(1) == Some(private) => g.2 = private,
            Some(g) => {
                done.push(group_text(&g.0, g.1, g.2));
                g.1 = private;
                g.2 = private;
            }
            None => groups.push((key, private, private)),
        }
    }
    for g in &groups {
        done.push(group_text(&g.0, g.1, g.2));
    }
    done.extend(mappings);
    done.join(", ")
}

fn group_text(key: &str, first: u16, last: u16) -> String {
    let (ip, proto) = match key.rsplit_once('/') {
        Some((ip, proto)) => (ip, proto),
        None => ("", key),
    };
    let mut g = first.to_string();
    if first != last {
        g = format!("{g}-{last}");
    }
    if !ip.is_empty() {
        g = format!("{}->{g}", join_host_port(ip, &g));
    }
    format!("{g}/{proto}")
}
