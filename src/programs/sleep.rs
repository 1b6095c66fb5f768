//! `sleep`: let simulated time pass (`N[smhd]`, fractions, several intervals added up).

use super::{busybox_usage, Tool, Voice};
use crate::sh::{Invocation, Machine};

/// `sleep N[smhd]…`: lets simulated time pass.
pub(crate) fn sleep<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "sleep [N]...";
    let args: Vec<String> = inv.args().to_vec();
    if args.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing operand", usage),
            Tool::Busybox => busybox_usage(usage),
        });
        return 1;
    }
    let mut total_ms: u64 = 0;
    let mut bad = false;
    for a in &args {
        if a.starts_with('-') && a.len() > 1 && !a[1..].starts_with(|c: char| c.is_ascii_digit()) {
            let c = a.chars().nth(1).unwrap_or('-');
            inv.err(v.opt_error(&super::OptError::Invalid(c), usage));
            return 1;
        }
        match parse_interval(a) {
            Some(ms) => total_ms = total_ms.saturating_add(ms),
            None => {
                bad = true;
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: invalid time interval {}\n", v.name, v.q(a)),
                    Tool::Busybox => format!("{}: invalid number '{a}'\n", v.name),
                });
                if v.tool == Tool::Busybox {
                    return 1;
                }
            }
        }
    }
    if bad {
        inv.err(v.try_help());
        return 1;
    }
    inv.machine.advance_ms(total_ms);
    0
}

/// `1.5`, `2m`, `1h`, `inf` (taken as a day) in milliseconds.
fn parse_interval(a: &str) -> Option<u64> {
    if a == "inf" || a == "infinity" {
        return Some(86_400_000);
    }
    let (num, mult) = match a.chars().last()? {
        's' => (&a[..a.len() - 1], 1.0),
        'm' => (&a[..a.len() - 1], 60.0),
        'h' => (&a[..a.len() - 1], 3600.0),
        'd' => (&a[..a.len() - 1], 86_400.0),
        _ => (a, 1.0),
    };
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let secs: f64 = num.parse().ok()?;
    let ms = secs * mult * 1000.0;
    if !ms.is_finite() || ms < 0.0 {
        return None;
    }
    Some(ms.min(1e15) as u64)
}
