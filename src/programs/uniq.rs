//! `uniq`: fold runs of equal lines (`-c`, `-d`, `-u`, `-i`), to standard output or a file.

use super::{lines_of, parse_opts, read_input, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

pub(crate) fn uniq<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "uniq [-cdui] [INPUT [OUTPUT]]";
    let spec = OptSpec {
        flags: "cdui",
        valued: "",
        long: &[
            ("count", 'c', false),
            ("repeated", 'd', false),
            ("unique", 'u', false),
            ("ignore-case", 'i', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    let input = p
        .operands
        .first()
        .cloned()
        .unwrap_or_else(|| "-".to_string());
    let data = match read_input(inv, &input) {
        Ok(d) => d,
        Err(e) => {
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: {}: {}\n", v.name, input, e.message()),
                Tool::Busybox => format!("{}: can't open '{input}': {}\n", v.name, e.message()),
            });
            return 1;
        }
    };
    let same = |a: &[u8], b: &[u8]| {
        if p.has('i') {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    };
    let mut groups: Vec<(&[u8], usize)> = Vec::new();
    for l in lines_of(&data) {
        match groups.last_mut() {
            Some((g, n)) if same(g, l) => *n += 1,
            _ => groups.push((l, 1)),
        }
    }
    let mut out = Vec::new();
    for (l, n) in groups {
        if (p.has('d') && n < 2) || (p.has('u') && n > 1) {
            continue;
        }
        if p.has('c') {
            out.extend_from_slice(format!("{n:>7} ").as_bytes());
        }
        out.extend_from_slice(l);
        out.push(b'\n');
    }
    if let Some(o) = p.operands.get(1) {
        let path = super::path_of(inv, o);
        if let Err(e) = inv.fs_mut().write(&path, &out) {
            inv.err(format!("{}: {o}: {}\n", v.name, e.message()));
            return 1;
        }
        return 0;
    }
    inv.out(out);
    0
}
