//! `cat`: concatenate files (and standard input) to standard output, with `-n`, `-E`, `-A`.

use super::{parse_or_report, read_input, shq_if_needed, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Errno;

const USAGE: &str = "cat [-nbvteA] [FILE]...";

pub(crate) fn cat<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "nbEAsuvte",
        valued: "",
        long: &[
            ("number", 'n', false),
            ("number-nonblank", 'b', false),
            ("show-ends", 'E', false),
            ("show-all", 'A', false),
            ("squeeze-blank", 's', false),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    let number = p.has('n') || p.has('b');
    let nonblank = p.has('b');
    let ends = p.has('E') || p.has('A') || p.has('e');
    let operands = if p.operands.is_empty() {
        vec!["-".to_string()]
    } else {
        p.operands.clone()
    };
    let mut status = 0;
    let mut line_no = 0u64;
    for op in &operands {
        match read_input(inv, op) {
            Ok(data) => {
                if !number && !ends {
                    inv.out(data);
                    continue;
                }
                let mut out = Vec::new();
                for line in data.split_inclusive(|&b| b == b'\n') {
                    let body = line.strip_suffix(b"\n").unwrap_or(line);
                    if number && !(nonblank && body.is_empty()) {
                        line_no += 1;
                        out.extend_from_slice(format!("{line_no:>6}\t").as_bytes());
                    }
                    out.extend_from_slice(body);
                    if line.ends_with(b"\n") {
                        if ends {
                            out.push(b'$');
                        }
                        out.push(b'\n');
                    }
                }
                inv.out(out);
            }
            Err(e) => {
                status = 1;
                let msg = match (v.tool, e.errno) {
                    (Tool::Gnu, _) => {
                        format!("{}: {}: {}\n", v.name, shq_if_needed(op), e.message())
                    }
                    (Tool::Busybox, Errno::IsADirectory) => {
                        format!("{}: read error: {}\n", v.name, e.message())
                    }
                    (Tool::Busybox, _) => {
                        format!("{}: can't open '{}': {}\n", v.name, op, e.message())
                    }
                };
                inv.err(msg);
            }
        }
    }
    status
}
