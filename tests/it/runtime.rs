//! The container runtime's pure parts: `-p` values as Docker parses them and the PORTS text
//! `docker ps` shows, plus a property test that no `-p` value panics.

use layerlab::runtime::ports::{self, Binding};
use proptest::prelude::*;

/// One `-p` value: its mappings as `ip|host->container/proto`, or the error.
fn check(raw: &str, expected: &str) {
    let got = match ports::parse(raw) {
        Ok(v) => v
            .iter()
            .map(|s| {
                format!(
                    "{}|{}->{}/{}",
                    s.host_ip, s.host_port, s.container_port, s.proto
                )
            })
            .collect::<Vec<_>>()
            .join(" "),
        Err(e) => format!("error: {e}"),
    };
    assert_eq!(got, expected, "-p {raw}");
}

#[test]
fn publish_values() {
    check("8888:5000", "|8888->5000/tcp");
    check("5000", "|0->5000/tcp");
    check("127.0.0.1:8888:5000", "127.0.0.1|8888->5000/tcp");
    check("[::1]:8888:5000/udp", "::1|8888->5000/udp");
    check("8000-8001:5000-5001", "|8000->5000/tcp |8001->5001/tcp");
    check("8888:5000/TCP", "|8888->5000/tcp");
    check("8888:", "error: no port specified: 8888:<empty>");
    check("abc:80", "error: invalid hostPort: abc");
    check("80:abc", "error: invalid containerPort: abc");
    check("80/xyz", "error: invalid proto: xyz");
    check("1.2.3:80:80", "error: invalid IP address: 1.2.3");
    check(
        "8000-8002:5000-5001",
        "error: invalid ranges specified for container and host Ports: 5000-5001 and 8000-8002",
    );
    check("70000:80", "error: invalid hostPort: 70000");
}

fn b(ip: &str, host: u16, container: u16) -> Binding {
    Binding {
        host_ip: ip.into(),
        host_port: host,
        container_port: container,
        proto: "tcp".into(),
    }
}

#[test]
fn ports_column() {
    let exposed = vec![(5000, "tcp".to_string())];
    assert_eq!(ports::display(&[], &exposed), "5000/tcp");
    assert_eq!(
        ports::display(&[b("0.0.0.0", 8888, 5000), b("::", 8888, 5000)], &exposed),
        "0.0.0.0:8888->5000/tcp, [::]:8888->5000/tcp"
    );
    // Same port on both sides: grouped, and consecutive ports join into a range.
    assert_eq!(
        ports::display(
            &[b("0.0.0.0", 80, 80), b("0.0.0.0", 81, 81)],
            &[(80, "tcp".into()), (81, "tcp".into()), (5000, "tcp".into())]
        ),
        "0.0.0.0:80-81->80-81/tcp, 5000/tcp"
    );
}

proptest! {
    #[test]
    fn no_publish_value_panics(raw in "[0-9a-z:/\\[\\].-]{0,24}") {
        let _ = ports::parse(&raw);
    }
}
