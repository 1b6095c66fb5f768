//! `mv`: move and rename files and trees (`-f`, `-i`, `-n`, `-v`).

use super::cp_mv::{plan, same_file, same_file_message};
use super::{parse_or_report, path_of, shq, sync_clock, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Errno;

const USAGE: &str = "mv [-finT] SOURCE DEST\nor: mv [-fin] SOURCE... { -t DIRECTORY | DIRECTORY }";

pub(crate) fn mv<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "finvTu",
        valued: "",
        long: &[
            ("force", 'f', false),
            ("interactive", 'i', false),
            ("no-clobber", 'n', false),
            ("verbose", 'v', false),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    let pairs = match plan(inv, &v, &p.operands, USAGE, false) {
        Ok(x) => x,
        Err(s) => return s,
    };
    sync_clock(inv);
    let mut status = 0;
    for (src, dst) in pairs {
        let sp = path_of(inv, &src);
        let dp = path_of(inv, &dst);
        if let Err(e) = inv.fs().lstat(&sp) {
            status = 1;
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: cannot stat {}: {}\n", v.name, shq(&src), e.message()),
                Tool::Busybox => format!("{}: can't rename '{src}': {}\n", v.name, e.message()),
            });
            continue;
        }
        if same_file(inv, &sp, &dp) && !inv.fs().lstat(&sp).is_ok_and(|s| s.is_symlink()) {
            status = 1;
            inv.err(same_file_message(&v, &src, &dst));
            continue;
        }
        if p.has('n') && inv.fs().lstat(&dp).is_ok() {
            continue;
        }
        match inv.fs_mut().rename(&sp, &dp) {
            Ok(()) => {
                if p.has('v') {
                    let msg = match v.tool {
                        Tool::Gnu => format!("renamed {} -> {}\n", shq(&src), shq(&dst)),
                        Tool::Busybox => format!("'{src}' -> '{dst}'\n"),
                    };
                    inv.out(msg);
                }
            }
            Err(e) => {
                status = 1;
                let msg = match (v.tool, e.errno) {
                    (Tool::Gnu, Errno::Invalid) => format!(
                        "{}: cannot move {} to a subdirectory of itself, {}\n",
                        v.name,
                        shq(&src),
                        shq(&dst)
                    ),
                    (Tool::Gnu, Errno::IsADirectory) => format!(
                        "{}: cannot overwrite directory {} with non-directory\n",
                        v.name,
                        shq(&dst)
                    ),
                    (Tool::Gnu, Errno::NotADirectory) => format!(
                        "{}: cannot overwrite non-directory {} with directory {}\n",
                        v.name,
                        shq(&dst),
                        shq(&src)
                    ),
                    (Tool::Gnu, _) => format!(
                        "{}: cannot move {} to {}: {}\n",
                        v.name,
                        shq(&src),
                        shq(&dst),
                        e.message()
                    ),
                    (Tool::Busybox, _) => {
                        format!("{}: can't rename '{src}': {}\n", v.name, e.message())
                    }
                };
                inv.err(msg);
            }
        }
    }
    status
}
