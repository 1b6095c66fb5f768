//! Vfs: path resolution, errno-style errors, permissions, overlay semantics, diffs, snapshots,
//! and (with proptest) random operation sequences that never panic and round-trip.

use layerlab::vfs::{self, Content, Cred, Fs, Overlay};

use crate::golden::assert_golden;

/// Run a small script of filesystem calls (one per line) and print each with its result.
fn run_script(fs: &mut Fs, script: &str) -> String {
    let mut out = String::new();
    for line in script.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(&format!("$ {line}\n"));
        let w: Vec<&str> = line.split_whitespace().collect();
        let r: Result<String, vfs::FsError> = match w.as_slice() {
            ["mkdir", p] => fs.mkdir(p, 0o755).map(|_| String::new()),
            ["mkdir", "-p", p] => fs.mkdir_all(p, 0o755).map(|_| String::new()),
            ["write", p, text @ ..] => fs
                .write(p, format!("{}\n", text.join(" ")).as_bytes())
                .map(|_| String::new()),
            ["append", p, text @ ..] => fs
                .append(p, format!("{}\n", text.join(" ")).as_bytes())
                .map(|_| String::new()),
            ["declare", p, size] => fs
                .put_file(
                    p,
                    Content::synthetic(size.parse().unwrap_or(0), "a package file"),
                    0o644,
                )
                .map(|_| String::new()),
            ["cat", p] => fs.read_string(p),
            ["ln", "-s", t, l] => fs.symlink(t, l).map(|_| String::new()),
            ["readlink", p] => fs.read_link(p).map(|t| format!("{t}\n")),
            ["realpath", p] => fs.canonicalize(p).map(|t| format!("{t}\n")),
            ["rm", p] => fs.remove_file(p).map(|_| String::new()),
            ["rmdir", p] => fs.rmdir(p).map(|_| String::new()),
            ["rm", "-rf", p] => fs.remove_all(p).map(|_| String::new()),
            ["mv", a, b] => fs.rename(a, b).map(|_| String::new()),
            ["cp", a, b] => fs.copy(a, b, false).map(|_| String::new()),
            ["cp", "-a", a, b] => fs.copy(a, b, true).map(|_| String::new()),
            ["chmod", m, p] => fs
                .chmod(p, u32::from_str_radix(m, 8).unwrap_or(0))
                .map(|_| String::new()),
            ["chown", ug, p] => {
                let (u, g) = ug.split_once(':').unwrap_or((ug, ug));
                fs.chown(p, u.parse().unwrap_or(0), g.parse().unwrap_or(0))
                    .map(|_| String::new())
            }
            ["touch", p] => fs.touch(p).map(|_| String::new()),
            ["cd", p] => fs.chdir(p).map(|_| String::new()),
            ["pwd"] => Ok(format!("{}\n", fs.cwd())),
            ["clock", t] => {
                fs.set_now(t.parse().unwrap_or(0));
                Ok(String::new())
            }
            ["user", u, g] => {
                fs.set_cred(Cred {
                    uid: u.parse().unwrap_or(0),
                    gid: g.parse().unwrap_or(0),
                });
                Ok(String::new())
            }
            ["stat", p] => fs.lstat(p).map(|s| {
                format!(
                    "{} {} {}:{} size={} mtime={}{}\n",
                    s.mode_string(),
                    s.nlink,
                    s.uid,
                    s.gid,
                    s.size,
                    s.mtime,
                    if s.declared { " (declared)" } else { "" }
                )
            }),
            ["access", p, want] => fs
                .access(p, want.parse().unwrap_or(0))
                .map(|b| format!("{b}\n")),
            ["ls", p] => fs.read_dir(p).map(|es| {
                es.iter()
                    .map(|e| format!("{} {} {}\n", e.stat.mode_string(), e.stat.size, e.name))
                    .collect()
            }),
            ["find", p] => fs.walk_tree(p).map(|es| {
                es.iter()
                    .map(|(p, s)| format!("{} {p}\n", s.mode_string()))
                    .collect()
            }),
            _ => Ok(format!("(unknown test command: {line})\n")),
        };
        match r {
            Ok(s) => out.push_str(&s),
            Err(e) => out.push_str(&format!(
                "error {} ({}): {e}\n",
                e.errno.name(),
                e.errno.code()
            )),
        }
    }
    out
}

/// Run `script` on a fresh filesystem and compare the transcript with `vfs/<name>`.
fn check(name: &str, script: &str) {
    let mut fs = Fs::new();
    assert_golden(&format!("vfs/{name}"), &run_script(&mut fs, script));
}

#[test]
fn files_dirs_and_errors() {
    check(
        "basics.txt",
        "
        clock 1700000000
        mkdir -p /app/static
        write /app/app.py print('hi')
        cat /app/app.py
        append /app/app.py print('more')
        cat /app/app.py
        stat /app
        stat /app/app.py
        mkdir /app
        mkdir /nope/deeper
        mkdir -p /app/app.py/x
        cat /app
        cat /missing
        cat /app/app.py/x
        write /app wrong
        rmdir /app
        rm /app
        rm /app/missing
        rm -rf /app/static
        ls /app
        rmdir /
        declare /usr/lib/libbig.so 5242880
        stat /usr/lib/libbig.so
        cat /usr/lib/libbig.so
        ls /
        find /usr
        ",
    );
}

#[test]
fn symlinks_and_dotdot() {
    check(
        "symlinks.txt",
        "
        mkdir -p /usr/lib/python3.8
        write /usr/lib/python3.8/os.py # os
        ln -s python3.8 /usr/lib/python3
        ln -s /usr/lib/python3 /py
        cat /py/os.py
        realpath /py/os.py
        readlink /py
        readlink /usr/lib
        realpath /py/..
        realpath /usr/lib/python3/../python3.8/./os.py
        ln -s /loop2 /loop1
        ln -s /loop1 /loop2
        cat /loop1
        stat /loop1
        ln -s /nowhere /dangling
        stat /dangling
        cat /dangling
        write /dangling created through the link
        cat /nowhere
        ln -s /etc /py
        rm /py
        realpath /py
        cd /usr/lib/python3
        pwd
        cat os.py
        cat ../python3/os.py
        write ./new.py x
        realpath new.py
        ",
    );
}

#[test]
fn rename_copy_and_metadata() {
    check(
        "rename_copy.txt",
        "
        clock 100
        mkdir -p /src/sub
        write /src/a.txt a
        write /src/sub/b.txt b
        mkdir -p /dst/full
        write /dst/full/x x
        mv /src /src/sub/inside
        mv /src /dst/full
        mv /src /dst/new
        find /dst
        mv /dst/new/a.txt /dst/new/sub
        mv /dst/new/a.txt /dst/new/renamed.txt
        clock 200
        cp /dst/new /copy
        cp /dst/new /dst/new/sub/again
        find /copy
        stat /copy/renamed.txt
        chmod 4755 /copy/renamed.txt
        chown 1000:1000 /copy/renamed.txt
        cp -a /copy/renamed.txt /kept.txt
        stat /kept.txt
        clock 300
        touch /kept.txt
        stat /kept.txt
        touch /fresh
        stat /fresh
        ",
    );
}

#[test]
fn permissions_for_a_plain_user() {
    check(
        "permissions.txt",
        "
        mkdir -p /usr/local/lib
        mkdir -p /etc
        mkdir -p /home/app
        chown 1000:1000 /home/app
        write /etc/shadow secret
        chmod 600 /etc/shadow
        mkdir -p /root/private
        chmod 700 /root
        user 1000 1000
        write /usr/local/lib/pkg.py x
        mkdir /usr/local/lib/site
        write /home/app/notes.txt mine
        cat /home/app/notes.txt
        cat /etc/shadow
        ls /root
        stat /root/private
        chmod 777 /etc/shadow
        chown 1000:1000 /home/app/notes.txt
        rm -rf /usr/local
        access /home/app/notes.txt 6
        access /etc/shadow 4
        user 0 0
        cat /etc/shadow
        access /etc/shadow 1
        ",
    );
}

#[test]
fn clones_are_independent_and_cheap() {
    let mut a = Fs::new();
    a.mkdir_all("/big/tree", 0o755).expect("mkdir");
    for i in 0..200 {
        a.write(&format!("/big/tree/f{i}"), b"data").expect("write");
    }
    let b = a.clone();
    assert!(a.same_tree(&b));
    a.write("/big/tree/f0", b"changed").expect("write");
    assert_eq!(b.read("/big/tree/f0").expect("read"), b"data");
    assert_eq!(a.read("/big/tree/f0").expect("read"), b"changed");
    assert!(!a.same_tree(&b));
    let changes: Vec<String> = vfs::diff(&b, &a).iter().map(|c| c.to_string()).collect();
    assert_eq!(changes, ["C /big", "C /big/tree", "C /big/tree/f0"]);
}

/// The docker-diff and layer listing of an overlay's steps.
fn overlay_transcript() -> String {
    let mut o = Overlay::new();
    let mut out = String::new();
    let steps: [(&str, &str); 4] = [
        (
            "base",
            "clock 1000\nmkdir -p /etc\nwrite /etc/os-release debian\nmkdir -p /var/lib/apt/lists\nwrite /var/lib/apt/lists/a x\nwrite /var/lib/apt/lists/b y\nmkdir -p /tmp",
        ),
        (
            "app",
            "clock 2000\nmkdir -p /app\nwrite /app/app.py print(1)\nwrite /etc/os-release debian 12",
        ),
        (
            "cleanup",
            "clock 3000\nrm -rf /var/lib/apt/lists\nmkdir /var/lib/apt/lists\nrm /app/app.py\nln -s /app /srv",
        ),
        ("noop", "clock 4000\nstat /app"),
    ];
    for (name, script) in steps {
        out.push_str(&format!("## step {name}\n"));
        out.push_str(&run_script(o.fs_mut(), script));
        out.push_str("-- docker diff\n");
        for c in o.changes() {
            out.push_str(&format!("{c}\n"));
        }
        let (layer, packed) = o.commit().expect("commit");
        out.push_str("-- layer\n");
        for e in layer.entries.iter() {
            out.push_str(&format!("{}\n", e.tar_name()));
        }
        out.push_str(&format!(
            "diff_id {}\nsize {} tar {}\n",
            layer.layer.diff_id.short(),
            layer.layer.size,
            packed.tar.len()
        ));
    }
    out.push_str("## origins\n");
    for p in [
        "/etc/os-release",
        "/var/lib/apt/lists",
        "/srv",
        "/tmp",
        "/app/app.py",
    ] {
        out.push_str(&format!("{p}: {:?}\n", o.origin(p)));
    }
    // Rebuilding the same layers from their entries gives the same merged tree.
    let rebuilt = Overlay::from_layers(o.layers().to_vec()).expect("rebuild");
    assert!(vfs::diff(rebuilt.fs(), o.fs()).is_empty());
    assert_eq!(rebuilt.diff_ids(), o.diff_ids());
    out
}

#[test]
fn overlay_steps_diff_and_commit() {
    assert_golden("vfs/overlay.txt", &overlay_transcript());
}

#[test]
fn overlay_discard_and_push_layer() {
    let mut o = Overlay::new();
    o.fs_mut().write("/a", b"1").expect("write");
    o.commit().expect("commit");
    o.fs_mut().write("/scratch", b"tmp").expect("write");
    assert!(o.is_dirty());
    o.discard();
    assert!(!o.is_dirty());
    assert!(!o.fs().exists("/scratch"));

    // A layer made elsewhere goes on top and shows through.
    let mut other = Overlay::new();
    other.fs_mut().write("/b", b"2").expect("write");
    let (layer, _) = other.commit().expect("commit");
    o.push_layer(layer).expect("push");
    assert_eq!(o.fs().read("/b").expect("read"), b"2");
    assert_eq!(o.layers().len(), 2);
}

#[test]
fn whiteouts_and_opaque_dirs_in_uploaded_tars() {
    use layerlab::store::{build_tar, Entry, EntryKind};
    let mut fs = Fs::new();
    fs.mkdir_all("/etc/conf.d", 0o755).expect("mkdir");
    fs.write("/etc/conf.d/a", b"a").expect("a");
    fs.write("/etc/conf.d/b", b"b").expect("b");
    fs.write("/etc/passwd", b"root").expect("passwd");
    let tar = build_tar(&[
        Entry::new("etc", EntryKind::Dir),
        Entry::new("etc/passwd", EntryKind::Whiteout),
        Entry::new("etc/conf.d", EntryKind::Dir),
        Entry::new("etc/conf.d", EntryKind::Opaque),
        Entry::new("etc/conf.d/new", EntryKind::File(Content::bytes(&b"n"[..]))),
    ])
    .expect("tar");
    fs.apply_layer(&tar).expect("apply");
    assert!(!fs.exists("/etc/passwd"));
    let names: Vec<String> = fs
        .read_dir("/etc/conf.d")
        .expect("ls")
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(
        names,
        ["new"],
        "opaque hides the lower entries, not the layer's own"
    );

    let before = fs.clone();
    assert!(fs
        .apply_layer(b"definitely not a tar archive, just text")
        .is_err());
    assert!(vfs::diff(&before, &fs).is_empty() && fs == before);
    let evil = {
        let mut t = build_tar(&[Entry::new("ok", EntryKind::Dir)]).expect("tar");
        // Rename the entry to climb out of the root; fix the checksum.
        t[..6].copy_from_slice(b"../x/\0");
        let mut h = [0u8; 512];
        h.copy_from_slice(&t[..512]);
        h[148..156].copy_from_slice(b"        ");
        let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
        t[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
        t
    };
    assert!(fs.apply_layer(&evil).is_err());
    assert_eq!(fs, before);
}

#[test]
fn fixed_tree_round_trips_through_its_tar() {
    let (base, next) = crate::store::fixed_states();
    let packed = vfs::snapshot(&base, &next).expect("pack");
    let mut applied = base.clone();
    applied.apply_layer(&packed.blob).expect("apply gzip");
    assert!(vfs::diff(&next, &applied).is_empty());
    let declared = applied.lstat("/app/static/cat.gif").expect("stat");
    assert!(declared.declared);
    assert_eq!(declared.size, 1_234_567);
    let whole = vfs::full_entries(&next);
    let rebuilt = Fs::from_layers([layerlab::store::pack(&whole).expect("pack").tar.as_slice()])
        .expect("from layers");
    assert!(vfs::diff(&next, &rebuilt).is_empty());
}

mod props {
    use super::*;
    use proptest::prelude::*;

    const PATHS: [&str; 10] = [
        "/a",
        "/a/b",
        "/a/b/c",
        "/d",
        "/d/e",
        "/a/../d/f",
        "/l",
        "/l/x",
        "/a/b/../g",
        "rel",
    ];

    #[derive(Clone, Debug)]
    enum Op {
        Mkdir(usize),
        MkdirAll(usize),
        Write(usize, u8),
        Append(usize),
        Declare(usize, u32),
        Symlink(usize, usize),
        Remove(usize),
        RemoveAll(usize),
        Rmdir(usize),
        Rename(usize, usize),
        Copy(usize, usize),
        Chmod(usize, u16),
        Chown(usize, u8),
        Touch(usize),
        Clock(u32),
        Cd(usize),
        User(bool),
    }

    fn op() -> impl Strategy<Value = Op> {
        let p = 0..PATHS.len();
        prop_oneof![
            p.clone().prop_map(Op::Mkdir),
            p.clone().prop_map(Op::MkdirAll),
            (p.clone(), any::<u8>()).prop_map(|(a, b)| Op::Write(a, b)),
            p.clone().prop_map(Op::Append),
            (p.clone(), any::<u32>()).prop_map(|(a, b)| Op::Declare(a, b)),
            (p.clone(), p.clone()).prop_map(|(a, b)| Op::Symlink(a, b)),
            p.clone().prop_map(Op::Remove),
            p.clone().prop_map(Op::RemoveAll),
            p.clone().prop_map(Op::Rmdir),
            (p.clone(), p.clone()).prop_map(|(a, b)| Op::Rename(a, b)),
            (p.clone(), p.clone()).prop_map(|(a, b)| Op::Copy(a, b)),
            (p.clone(), any::<u16>()).prop_map(|(a, b)| Op::Chmod(a, b)),
            (p.clone(), any::<u8>()).prop_map(|(a, b)| Op::Chown(a, b)),
            p.clone().prop_map(Op::Touch),
            any::<u32>().prop_map(Op::Clock),
            p.prop_map(Op::Cd),
            any::<bool>().prop_map(Op::User),
        ]
    }

    fn apply(fs: &mut Fs, op: &Op) {
        let p = |i: &usize| PATHS[*i];
        // Results are ignored: only panics matter here.
        let _ = match op {
            Op::Mkdir(a) => fs.mkdir(p(a), 0o755),
            Op::MkdirAll(a) => fs.mkdir_all(p(a), 0o755),
            Op::Write(a, b) => fs.write(p(a), &[*b]),
            Op::Append(a) => fs.append(p(a), b"+"),
            Op::Declare(a, n) => fs.put_file(p(a), Content::synthetic(u64::from(*n), "x"), 0o644),
            Op::Symlink(a, b) => fs.symlink(p(a), p(b)),
            Op::Remove(a) => fs.remove_file(p(a)),
            Op::RemoveAll(a) => fs.remove_all(p(a)),
            Op::Rmdir(a) => fs.rmdir(p(a)),
            Op::Rename(a, b) => fs.rename(p(a), p(b)),
            Op::Copy(a, b) => fs.copy(p(a), p(b), false),
            Op::Chmod(a, m) => fs.chmod(p(a), u32::from(*m)),
            Op::Chown(a, u) => fs.chown(p(a), u32::from(*u), u32::from(*u)),
            Op::Touch(a) => fs.touch(p(a)),
            Op::Clock(t) => {
                fs.set_now(u64::from(*t));
                Ok(())
            }
            Op::Cd(a) => fs.chdir(p(a)),
            Op::User(root) => {
                let id = if *root { 0 } else { 1000 };
                fs.set_cred(Cred { uid: id, gid: id });
                Ok(())
            }
        };
        let _ = fs.stat(p(&0));
        let _ = fs.read_dir("/");
        let _ = fs.walk_tree("/");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn random_ops_never_panic_and_snapshots_round_trip(
            before in prop::collection::vec(op(), 0..25),
            after in prop::collection::vec(op(), 0..25),
        ) {
            let mut base = Fs::new();
            for o in &before { apply(&mut base, o); }
            let mut next = base.clone();
            for o in &after { apply(&mut next, o); }
            let packed = vfs::snapshot(&base, &next).expect("pack");
            let mut applied = base.clone();
            applied.apply_layer(&packed.tar).expect("apply");
            prop_assert!(vfs::diff(&next, &applied).is_empty(),
                "diff after round trip: {:?}", vfs::diff(&next, &applied));
            // The same change packs to the same bytes again.
            prop_assert_eq!(vfs::snapshot(&base, &next).expect("pack").tar, packed.tar);
        }

        #[test]
        fn committed_layers_rebuild_the_same_tree(
            steps in prop::collection::vec(prop::collection::vec(op(), 0..12), 1..4),
        ) {
            let mut o = Overlay::new();
            let mut tars = Vec::new();
            for step in &steps {
                for op in step { apply(o.fs_mut(), op); }
                let (_, packed) = o.commit().expect("commit");
                tars.push(packed.blob);
            }
            let rebuilt = Overlay::from_layers(o.layers().to_vec()).expect("from layers");
            prop_assert!(vfs::diff(rebuilt.fs(), o.fs()).is_empty());
            let from_tars = Fs::from_layers(tars.iter().map(Vec::as_slice)).expect("from tars");
            prop_assert!(vfs::diff(&from_tars, o.fs()).is_empty());
        }

        #[test]
        fn garbage_layers_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
            let mut fs = Fs::new();
            let _ = fs.apply_layer(&bytes);
        }

        #[test]
        fn arbitrary_paths_never_panic(p in "[a-z./]{0,30}", q in "[a-z./]{0,30}") {
            let mut fs = Fs::new();
            let _ = fs.mkdir_all(&p, 0o755);
            let _ = fs.symlink(&q, &p);
            let _ = fs.write(&q, b"x");
            let _ = fs.canonicalize(&p);
            let _ = fs.rename(&p, &q);
            let _ = fs.copy(&q, &p, true);
            let _ = fs.remove_all(&q);
        }
    }
}

#[test]
fn copy_into_existing_dirs_merges_and_tar_round_trips() {
    // The build context, as COPY sees it.
    let mut ctx = Fs::new();
    ctx.mkdir_all("/ctx/static", 0o755).expect("mkdir");
    ctx.write("/ctx/app.py", b"app").expect("write");
    ctx.write("/ctx/static/cat.gif", b"gif").expect("write");

    let mut img = Fs::new();
    img.set_now(50);
    img.mkdir_all("/app/static", 0o700).expect("mkdir");
    img.write("/app/static/old.css", b"css").expect("write");
    img.write("/app/app.py", b"old").expect("write");

    // COPY --chown=1000:1000 . /app/
    let mut node = ctx.get_node("/ctx", true).expect("node");
    node.map_meta(&mut |_, m| {
        m.uid = 1000;
        m.gid = 1000;
    });
    img.merge_node("/app", node).expect("merge");
    let listing: Vec<String> = img
        .walk_tree("/app")
        .expect("walk")
        .into_iter()
        .map(|(p, s)| format!("{} {}:{} {p}", s.mode_string(), s.uid, s.gid))
        .collect();
    assert_eq!(
        listing,
        [
            "drwxr-xr-x 0:0 /app",
            "-rw-r--r-- 1000:1000 /app/app.py",
            "drwx------ 0:0 /app/static",
            "-rw-r--r-- 1000:1000 /app/static/cat.gif",
            "-rw-r--r-- 0:0 /app/static/old.css",
        ]
    );
    assert_eq!(img.read("/app/app.py").expect("read"), b"app");

    // tar c -C /app . | tar x -C /restore
    let entries = img.subtree_entries("/app", "").expect("entries");
    let names: Vec<String> = entries.iter().map(|e| e.tar_name()).collect();
    assert_eq!(
        names,
        ["app.py", "static/", "static/cat.gif", "static/old.css"]
    );
    let tar = layerlab::store::build_tar(&entries).expect("tar");
    img.mkdir("/restore", 0o755).expect("mkdir");
    let back = layerlab::store::read_tar(&tar).expect("read");
    img.apply_entries_at("/restore", &back).expect("extract");
    assert_eq!(img.read("/restore/static/cat.gif").expect("read"), b"gif");
    assert_eq!(img.lstat("/restore/app.py").expect("stat").uid, 1000);
    assert!(img.apply_entries_at("/app/app.py", &back).is_err());

    // A hard link whose name sorts before its target still finds it.
    use layerlab::store::{Entry, EntryKind};
    let linked = layerlab::store::build_tar(&[
        Entry::new("a/hard", EntryKind::Link("b/file".to_string())),
        Entry::new("b/file", EntryKind::File(Content::bytes(&b"shared"[..]))),
    ])
    .expect("tar");
    img.apply_layer(&linked).expect("apply links");
    assert_eq!(img.read("/a/hard").expect("read"), b"shared");
    assert_eq!(
        img.write("/bad\0name", b"x").map_err(|e| e.errno),
        Err(vfs::Errno::Invalid)
    );
    assert_eq!(
        img.mkdir("/", 0o755).map_err(|e| e.errno),
        Err(vfs::Errno::Exists)
    );
}

/// A pseudo-random order of 0..n (a fixed linear congruential walk), for the wide-directory
/// tests.
fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    let mut s = seed;
    for i in (1..n).rev() {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        v.swap(i, (s >> 33) as usize % (i + 1));
    }
    v
}

#[test]
fn wide_directory_matches_a_sorted_map() {
    // Enough names for many chunks, inserted, replaced and removed in scrambled orders.
    use std::collections::BTreeMap;
    let mut dir = vfs::Children::new();
    let mut model: BTreeMap<String, u32> = BTreeMap::new();
    let node = |i: u32| {
        vfs::Node::file(
            vfs::Meta::new(0o644, 0, 0, u64::from(i)),
            Content::bytes(vec![]),
        )
    };
    for (round, i) in shuffled(500, 3).into_iter().enumerate() {
        let name = format!("f{i:03}");
        let before = dir.clone();
        dir.insert(name.clone(), node(round as u32));
        model.insert(name, round as u32);
        // A clone taken before a change does not see it.
        assert_eq!(before.len() + 1, dir.len());
    }
    for (round, i) in shuffled(500, 5).into_iter().enumerate() {
        let name = format!("f{i:03}");
        if round % 3 == 0 {
            assert!(dir.remove(&name).is_some());
            model.remove(&name);
        } else if round % 3 == 1 {
            dir.insert(name.clone(), node(9999));
            model.insert(name, 9999);
        }
    }
    assert!(dir.remove("absent").is_none());
    assert_eq!(dir.len(), model.len());
    let got: Vec<(String, u64)> = dir.iter().map(|(k, n)| (k.clone(), n.meta.mtime)).collect();
    let want: Vec<(String, u64)> = model
        .iter()
        .map(|(k, v)| (k.clone(), u64::from(*v)))
        .collect();
    assert_eq!(got, want);
    for (k, v) in &model {
        assert_eq!(dir.get(k).map(|n| n.meta.mtime), Some(u64::from(*v)), "{k}");
    }
    let rebuilt: vfs::Children = model.iter().map(|(k, v)| (k.clone(), node(*v))).collect();
    assert_eq!(
        rebuilt, dir,
        "equality does not depend on how the chunks were cut"
    );
    let mut other = rebuilt.clone();
    other.insert("f000".into(), node(1));
    assert_ne!(other, dir);
}

#[test]
fn wide_directory_diffs_list_every_change() {
    // A directory of 300 files; change, add and delete some, and compare `diff` and the
    // layer entries with the changes made.
    let mut fs = Fs::new();
    fs.mkdir("/d", 0o755).expect("mkdir");
    for i in shuffled(300, 11) {
        fs.write(&format!("/d/f{i:03}"), b"x").expect("write");
    }
    let old = fs.clone();
    fs.set_now(100);
    let mut want = Vec::new();
    for i in [0usize, 17, 64, 150, 299] {
        fs.write(&format!("/d/f{i:03}"), b"changed").expect("write");
        want.push(format!("C /d/f{i:03}"));
    }
    for i in [5usize, 90, 200] {
        fs.remove_file(&format!("/d/f{i:03}")).expect("remove");
        want.push(format!("D /d/f{i:03}"));
    }
    for name in ["a", "f0995", "zz"] {
        fs.write(&format!("/d/{name}"), b"new").expect("write");
        want.push(format!("A /d/{name}"));
    }
    // In path order, as `docker diff` lists them.
    want.sort_by(|a, b| a[2..].cmp(&b[2..]));
    want.insert(0, "C /d".to_string());
    let got: Vec<String> = vfs::diff(&old, &fs).iter().map(|c| c.to_string()).collect();
    assert_eq!(got, want);
    let entries = vfs::layer_entries(&old, &fs);
    assert_eq!(
        entries.len(),
        1 + 5 + 3 + 3,
        "the directory and its 11 changes"
    );
    assert!(vfs::diff(&fs, &fs.clone()).is_empty());
    let mut back = old.clone();
    back.apply_entries(&entries).expect("apply");
    assert!(
        vfs::diff(&back, &fs).is_empty(),
        "the layer takes old to new"
    );
}
