//! A machine of its own for a command that runs inside an image's filesystem — a RUN step of a
//! build, a container's process, a `docker exec` — with its own copy of the clock and a
//! generator seeded from the world's, and the user lookup both need.

use crate::internet::Rng;
use crate::sh::Machine;
use crate::vfs::{Cred, Fs};

/// A filesystem, a clock (milliseconds) and a generator: everything a command inside an image
/// touches. The caller moves the filesystem in, runs, and moves it back out.
pub struct Sandbox {
    pub fs: Fs,
    pub now: u64,
    pub rng: Rng,
}

impl Machine for Sandbox {
    fn fs(&self) -> &Fs {
        &self.fs
    }
    fn fs_mut(&mut self) -> &mut Fs {
        &mut self.fs
    }
    fn now_ms(&self) -> u64 {
        self.now
    }
    fn advance_ms(&mut self, ms: u64) {
        self.now = self.now.saturating_add(ms);
    }
    fn random_u64(&mut self) -> u64 {
        self.rng.next_u64()
    }
}

/// The uid and gid of a `user[:group]` spec, by number or from the image's files.
pub fn owner_ids(fs: &Fs, spec: &str) -> (u32, u32) {
    let (u, g) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let lookup = |file: &str, name: &str| -> Option<(u32, u32)> {
        if let Ok(n) = name.parse::<u32>() {
            return Some((n, n));
        }
        let text = fs.read_string(file).ok()?;
        text.lines().find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.first() == Some(&name) {
                let id = f.get(2)?.parse().ok()?;
                let gid = f.get(3).and_then(|g| g.parse().ok()).unwrap_or(id);
                Some((id, gid))
            } else {
                None
            }
        })
    };
    let (uid, ugid) = lookup("/etc/passwd", u).unwrap_or((0, 0));
    let gid = match g {
        Some(g) => lookup("/etc/group", g).map(|(g, _)| g).unwrap_or(0),
        None => ugid,
    };
    (uid, gid)
}

/// The credentials of an image's `USER` (root when empty).
pub fn user_cred(fs: &Fs, user: &str) -> Cred {
    if user.is_empty() {
        return Cred::default();
    }
    let (uid, gid) = owner_ids(fs, user);
    Cred { uid, gid }
}
