//! `date`: the simulated time in UTC, as `+FORMAT`, `-R`, `-I` or the default layout; `-d @N`.

use super::{now_secs, parse_opts, tm, OptSpec, Tool, Voice, MONTHS, WEEKDAYS};
use crate::sh::{Invocation, Machine};

pub(crate) fn date<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "date [OPTIONS] [+FMT] [[-s] TIME]";
    let spec = OptSpec {
        flags: "uRI",
        valued: "d",
        long: &[
            ("utc", 'u', false),
            ("universal", 'u', false),
            ("rfc-email", 'R', false),
            ("iso-8601", 'I', false),
            ("date", 'd', true),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    let mut secs = now_secs(inv) as i64;
    if let Some(d) = p.value('d') {
        match d.strip_prefix('@').and_then(|n| n.parse::<i64>().ok()) {
            Some(n) => secs = n,
            None if d == "now" || d.is_empty() => {}
            None => {
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: invalid date {}\n", v.name, v.q(d)),
                    Tool::Busybox => format!("{}: invalid date '{d}'\n", v.name),
                });
                return 1;
            }
        }
    }
    let format = match p.operands.first() {
        Some(f) if f.starts_with('+') => f[1..].to_string(),
        Some(other) => {
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: invalid date {}\n", v.name, v.q(other)),
                Tool::Busybox => format!("{}: invalid date '{other}'\n", v.name),
            });
            return 1;
        }
        None if p.has('R') => "%a, %d %b %Y %H:%M:%S %z".to_string(),
        None if p.has('I') => "%Y-%m-%d".to_string(),
        None => "%a %b %e %H:%M:%S %Z %Y".to_string(),
    };
    inv.out(format!("{}\n", strftime(&format, secs)));
    0
}

/// The `strftime` conversions `date +FORMAT` is used with, in UTC.
pub(crate) fn strftime(fmt: &str, secs: i64) -> String {
    const LONG_DAYS: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    const LONG_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let t = tm(secs);
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(k) = it.next() else {
            out.push('%');
            break;
        };
        let hour12 = if t.hour % 12 == 0 { 12 } else { t.hour % 12 };
        let s = match k {
            'a' => WEEKDAYS[t.wday as usize].to_string(),
            'A' => LONG_DAYS[t.wday as usize].to_string(),
            'b' | 'h' => MONTHS[(t.month - 1) as usize].to_string(),
            'B' => LONG_MONTHS[(t.month - 1) as usize].to_string(),
            'c' => strftime("%a %b %e %H:%M:%S %Y", secs),
            'C' => format!("{:02}", t.year / 100),
            'd' => format!("{:02}", t.day),
            'D' => strftime("%m/%d/%y", secs),
            'e' => format!("{:>2}", t.day),
            'F' => strftime("%Y-%m-%d", secs),
            'H' => format!("{:02}", t.hour),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", t.yday + 1),
            'k' => format!("{:>2}", t.hour),
            'l' => format!("{hour12:>2}"),
            'm' => format!("{:02}", t.month),
            'M' => format!("{:02}", t.min),
            'n' => "\n".to_string(),
            'N' => "000000000".to_string(),
            'p' => if t.hour < 12 { "AM" } else { "PM" }.to_string(),
            'P' => if t.hour < 12 { "am" } else { "pm" }.to_string(),
            'r' => strftime("%I:%M:%S %p", secs),
            'R' => strftime("%H:%M", secs),
            's' => secs.to_string(),
            'S' => format!("{:02}", t.sec),
            't' => "\t".to_string(),
            'T' => strftime("%H:%M:%S", secs),
            'u' => (if t.wday == 0 { 7 } else { t.wday }).to_string(),
            'w' => t.wday.to_string(),
            'x' => strftime("%m/%d/%y", secs),
            'X' => strftime("%H:%M:%S", secs),
            'y' => format!("{:02}", t.year % 100),
            'Y' => t.year.to_string(),
            'z' => "+0000".to_string(),
            'Z' => "UTC".to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&s);
    }
    out
}
