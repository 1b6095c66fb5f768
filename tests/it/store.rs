//! Store: deterministic tars and digests (golden), whiteouts, gzip, config and manifest JSON,
//! blob reference counting and garbage collection, and garbage tars that must not panic.

use layerlab::store::{
    self, BlobStore, Content, Digest, Entry, EntryKind, ImageConfig, Manifest, ManifestFormat,
    StoreError,
};

use crate::golden::assert_golden;

include!("../data/store/fixed_tree.rs");

/// The digests the browser test asserts too (tests/browser/store.rs).
const FIXED_DIFF_ID: &str =
    "sha256:68ec102dca1f8999772fd5ff4f9d0f52eee01d08652281a3ce62aa374a31e749";
const FIXED_BLOB: &str = "sha256:b42d8665b14f5f876cd3b9a2f9c47c953d75a56c177676b91b15b977c84ed3c5";
const FIXED_IMAGE_ID: &str =
    "sha256:fb4a426c0ce6ab55e4b53a911fdc9d68983e5f91d2415f8daef79540c6487f1d";

/// Compare `actual` with the golden file `store/<name>`.
fn check(name: &str, actual: &str) {
    assert_golden(&format!("store/{name}"), actual);
}

/// A `tar tv`-like listing of layer entries.
fn listing(entries: &[Entry]) -> String {
    let mut out = String::new();
    for e in entries {
        let (t, extra) = match &e.kind {
            EntryKind::Dir => ('d', String::new()),
            EntryKind::File(c) => (
                '-',
                match c.declared_size() {
                    Some(n) => format!(" (declared {n}, body {})", c.body().len()),
                    None => format!(" ({} bytes)", c.size()),
                },
            ),
            EntryKind::Symlink(t) => ('l', format!(" -> {t}")),
            EntryKind::Link(t) => ('h', format!(" link to {t}")),
            EntryKind::Whiteout => ('w', String::new()),
            EntryKind::Opaque => ('o', String::new()),
        };
        out.push_str(&format!(
            "{t} {:04o} {}/{} {} {}{extra}\n",
            e.mode,
            e.uid,
            e.gid,
            e.mtime,
            e.tar_name()
        ));
    }
    out
}

#[test]
fn fixed_tree_layer_is_deterministic() {
    let (base, next) = fixed_states();
    let entries = layerlab::vfs::layer_entries(&base, &next);
    let packed = store::pack(&entries).expect("pack");
    let again = layerlab::vfs::snapshot(&base, &next).expect("pack again");
    assert_eq!(packed, again, "packing twice gives the same bytes");
    let config = fixed_config(packed.layer.diff_id);
    let config_json = config.to_json();
    let mut out = listing(&store::read_tar(&packed.tar).expect("read back"));
    out.push_str(&format!(
        "\ndiff_id  {}\nblob     {}\nimage_id {}\nsize {} tar {} blob {}\n",
        packed.layer.diff_id,
        packed.layer.digest,
        config.id(),
        packed.layer.size,
        packed.layer.tar_size,
        packed.layer.blob_size
    ));
    check("fixed_tree.txt", &out);
    check("fixed_config.json", &format!("{config_json}\n"));
    assert_ne!(packed.layer.diff_id, packed.layer.digest);
    assert_eq!(packed.layer.diff_id, Digest::of(&packed.tar));
    assert_eq!(packed.layer.digest, Digest::of(&packed.blob));
    assert_eq!(config.id(), Digest::of(config_json.as_bytes()));
    assert_eq!(packed.layer.diff_id.to_string(), FIXED_DIFF_ID);
    assert_eq!(packed.layer.digest.to_string(), FIXED_BLOB);
    assert_eq!(config.id().to_string(), FIXED_IMAGE_ID);
    assert_eq!(store::gunzip(&packed.blob).expect("gunzip"), packed.tar);
}

#[test]
fn gzip_header_is_fixed() {
    let blob = store::gzip(b"hello");
    assert_eq!(
        &blob[..4],
        &[0x1f, 0x8b, 8, 0],
        "deflate, no flags (no file name)"
    );
    assert_eq!(&blob[4..8], &[0, 0, 0, 0], "no mtime");
    assert_eq!(blob[9], 255, "OS unknown");
    assert_eq!(store::gzip(b"hello"), blob);
    assert_eq!(store::gunzip(&blob).expect("gunzip"), b"hello");
}

/// The gzip stream of a fresh `GzBuilder` (level 1, OS 255), as the store made it before it
/// kept one compressor per thread.
fn fresh_gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::GzBuilder::new()
        .operating_system(255)
        .write(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).expect("write");
    enc.finish().expect("finish")
}

#[test]
fn gzip_with_a_reused_compressor_gives_the_bytes_of_a_fresh_one() {
    // Large, repetitive and random inputs in turn, so each call starts from a compressor
    // that the one before left dirty.
    let mut state = 7u64;
    let mut random = vec![0u8; 200_000];
    for b in random.iter_mut() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *b = (state >> 56) as u8;
    }
    let inputs: Vec<Vec<u8>> = vec![
        random.clone(),
        b"hello".to_vec(),
        Vec::new(),
        b"abc".repeat(50_000),
        random[..70_000].to_vec(),
        b"hello".to_vec(),
    ];
    for (i, data) in inputs.iter().enumerate() {
        assert_eq!(store::gzip(data), fresh_gzip(data), "input {i}");
    }
}

#[test]
fn empty_layer_has_dockers_well_known_diff_id() {
    let packed = store::pack(&[]).expect("pack");
    assert_eq!(packed.tar.len(), 1024);
    assert_eq!(
        packed.layer.diff_id.to_string(),
        "sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"
    );
}

#[test]
fn long_names_and_links_use_pax_records() {
    let long_dir = "d".repeat(120);
    let long_name = format!("{long_dir}/{}", "f".repeat(150));
    let long_target = "t/".repeat(80);
    let entries = vec![
        Entry::new(&long_dir, EntryKind::Dir),
        Entry::new(&long_name, EntryKind::File(Content::bytes(&b"x"[..]))),
        Entry::new(
            &format!("{long_dir}/link"),
            EntryKind::Symlink(long_target.clone()),
        ),
        Entry::new(
            &format!("{long_dir}/hard"),
            EntryKind::Link(long_name.clone()),
        ),
    ];
    let packed = store::pack(&entries).expect("pack");
    let back = store::read_tar(&packed.tar).expect("read");
    let paths: Vec<&str> = back.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            long_dir.as_str(),
            long_name.as_str(),
            &format!("{long_dir}/hard"),
            &format!("{long_dir}/link")
        ]
    );
    assert_eq!(back[3].kind, EntryKind::Symlink(long_target));
    assert_eq!(back[2].kind, EntryKind::Link(long_name));
}

#[test]
fn whiteouts_read_back_as_whiteouts() {
    let entries = vec![
        Entry::new("etc", EntryKind::Dir),
        Entry::new("etc/gone", EntryKind::Whiteout),
        Entry::new("top-level-gone", EntryKind::Whiteout),
        Entry::new("var/cache", EntryKind::Opaque),
    ];
    let tar = store::build_tar(&entries).expect("tar");
    let back = store::read_tar(&tar).expect("read");
    let names: Vec<String> = back.iter().map(Entry::tar_name).collect();
    assert_eq!(
        names,
        [
            ".wh.top-level-gone",
            "etc/",
            "etc/.wh.gone",
            "var/cache/.wh..wh..opq"
        ]
    );
    assert_eq!(back[2].kind, EntryKind::Whiteout);
    assert_eq!(back[2].path, "etc/gone");
    assert_eq!(back[0].path, "top-level-gone");
    assert_eq!(back[3].kind, EntryKind::Opaque);
    assert_eq!(back[3].path, "var/cache");
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let dup = [
        Entry::new("a", EntryKind::Dir),
        Entry::new("a/", EntryKind::Dir),
    ];
    assert!(matches!(
        store::build_tar(&dup),
        Err(StoreError::DuplicatePath(_))
    ));
    assert!(matches!(
        store::build_tar(&[Entry::new("a/../../etc", EntryKind::Dir)]),
        Err(StoreError::UnsafePath(_))
    ));
    assert!(store::read_layer(b"\x1f\x8bnot really gzip").is_err());
    assert!(store::read_tar(&[7u8; 700]).is_err());
    assert_eq!(store::read_tar(&[]).expect("empty"), Vec::new());
    let big = store::gzip(&vec![0u8; 100_000]);
    assert!(matches!(
        store::gunzip_limited(&big, 1000),
        Err(StoreError::TooLarge(1000))
    ));
    let tar = store::pack(&[Entry::new(
        "f",
        EntryKind::File(Content::bytes(vec![1u8; 2000])),
    )])
    .expect("pack")
    .tar;
    assert!(store::read_tar(&tar[..1200]).is_err(), "truncated tar");
    assert!(Digest::parse("sha256:abc").is_err());
    assert!(Digest::parse("md5:0123").is_err());
    assert!(Digest::parse(&format!("sha256:{}", "G".repeat(64))).is_err());
    assert!(ImageConfig::from_json(b"{\"rootfs\": 7}").is_err());
    assert!(Manifest::from_json(b"[]").is_err());
}

#[test]
fn digests_print_parse_and_shorten() {
    let d = Digest::of(b"");
    assert_eq!(
        d.to_string(),
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(d.short(), "e3b0c44298fc");
    assert_eq!(Digest::parse(&d.to_string()), Ok(d));
    assert_eq!(Digest::parse(&d.hex()), Ok(d));
    assert!(d.matches_prefix("e3b0c4") && d.matches_prefix("sha256:e3b0"));
    assert!(!d.matches_prefix("") && !d.matches_prefix("e3b1"));
    let json = serde_json::to_string(&d).expect("json");
    assert_eq!(json, format!("\"{d}\""));
    assert_eq!(serde_json::from_str::<Digest>(&json).expect("parse"), d);
}

#[test]
fn times_format_like_go() {
    assert_eq!(store::format_time(0), "1970-01-01T00:00:00Z");
    assert_eq!(
        store::format_time(1_700_000_060_250),
        "2023-11-14T22:14:20.25Z"
    );
    assert_eq!(
        store::format_time(951_782_400_001),
        "2000-02-29T00:00:00.001Z"
    );
    assert_eq!(
        store::format_time(4_102_444_799_000),
        "2099-12-31T23:59:59Z"
    );
}

/// A config that sets every field, with text that Go escapes.
fn full_config() -> ImageConfig {
    use layerlab::store::{Empty, Healthcheck, History};
    let mut c = ImageConfig::new();
    c.author = "someone <someone@example.com>".to_string();
    c.created = Some(store::format_time(1_600_000_000_000));
    let k = &mut c.config;
    k.user = "app".to_string();
    k.exposed_ports.insert("80/tcp".to_string(), Empty {});
    k.exposed_ports.insert("5000/tcp".to_string(), Empty {});
    k.set_env("PATH", "/usr/bin:/bin");
    k.set_env("LANG", "C.UTF-8");
    k.set_env("PATH", "/usr/local/bin:/usr/bin:/bin");
    k.entrypoint = vec!["/entrypoint.sh".to_string()];
    k.cmd = vec![
        "/bin/sh".to_string(),
        "-c".to_string(),
        "a && b > c".to_string(),
    ];
    k.args_escaped = true;
    k.volumes.insert("/data".to_string(), Empty {});
    k.working_dir = "/usr/src/app".to_string();
    k.labels
        .insert("maintainer".to_string(), "cats & co".to_string());
    k.stop_signal = "SIGTERM".to_string();
    k.healthcheck = Some(Healthcheck {
        test: vec![
            "CMD-SHELL".to_string(),
            "curl -f http://localhost/ || exit 1".to_string(),
        ],
        interval: 30_000_000_000,
        timeout: 5_000_000_000,
        retries: 3,
        ..Healthcheck::default()
    });
    k.on_build = vec![
        "COPY requirements.txt /usr/src/app/".to_string(),
        "RUN pip install --no-cache-dir -r requirements.txt".to_string(),
    ];
    k.shell = vec!["/bin/bash".to_string(), "-c".to_string()];
    c.push_layer(
        Digest::of(b"layer"),
        History {
            created: Some(store::format_time(1_600_000_000_000)),
            created_by: "/bin/sh -c #(nop) ADD file:abc in / ".to_string(),
            ..History::default()
        },
    );
    c.push_empty(History {
        created: Some(store::format_time(1_600_000_000_000)),
        created_by: "/bin/sh -c #(nop)  CMD [\"bash\"]".to_string(),
        ..History::default()
    });
    c
}

#[test]
fn config_json_follows_dockers_names_and_omissions() {
    let c = full_config();
    let json = c.to_json();
    check(
        "config_full.json",
        &format!("{json}\n# id {}\n{}\n", c.id(), c.to_json_pretty()),
    );
    assert_eq!(ImageConfig::from_json(json.as_bytes()).expect("parse"), c);
    assert_eq!(
        c.config.env_var("PATH"),
        Some("/usr/local/bin:/usr/bin:/bin")
    );
    assert_eq!(
        ImageConfig::new().to_json(),
        r#"{"architecture":"amd64","config":{},"os":"linux","rootfs":{"type":"layers","diff_ids":[]}}"#
    );
    // Unknown fields (from a real registry) are ignored; missing ones default.
    let parsed = ImageConfig::from_json(
        br#"{"architecture":"arm64","os":"linux","moby.buildkit.buildinfo.v1":"e30=","config":{"Env":["A=1"],"Hostname":""},"rootfs":{"type":"layers","diff_ids":[]}}"#,
    )
    .expect("parse");
    assert_eq!(parsed.architecture, "arm64");
    assert_eq!(parsed.config.env.to_vec(), ["A=1"]);
}

#[test]
fn manifests_in_both_dialects() {
    let (base, next) = fixed_states();
    let packed = layerlab::vfs::snapshot(&base, &next).expect("pack");
    let config = fixed_config(packed.layer.diff_id).to_json();
    let docker = Manifest::new(ManifestFormat::Docker, config.as_bytes(), &[packed.layer]);
    let oci = Manifest::new(ManifestFormat::Oci, config.as_bytes(), &[packed.layer]);
    check(
        "manifests.txt",
        &format!(
            "{}\n# digest {}\n{}\n# digest {}\n",
            docker.to_json(),
            docker.digest(),
            oci.to_json(),
            oci.digest()
        ),
    );
    assert_eq!(
        Manifest::from_json(docker.to_json().as_bytes()).expect("parse"),
        docker
    );
    assert_eq!(docker.config.digest, Digest::of(config.as_bytes()));
}

/// One "build": a 64 KB layer unique to `round`, its config and manifest, stored and retained.
fn build_once(blobs: &mut BlobStore, round: u32, shared_base: &Digest) -> Vec<Digest> {
    let mut data = vec![0u8; 64 << 10];
    data[..4].copy_from_slice(&round.to_le_bytes());
    let packed = store::pack(&[Entry::new(
        "app/data.bin",
        EntryKind::File(Content::bytes(data)),
    )])
    .expect("pack");
    let layer = blobs.put(packed.blob);
    blobs.retain(shared_base).expect("base");
    let mut config = ImageConfig::new();
    config.rootfs.diff_ids.push(packed.layer.diff_id);
    let cfg = blobs.put(config.to_json().into_bytes());
    let manifest = Manifest::new(
        ManifestFormat::Docker,
        config.to_json().as_bytes(),
        &[packed.layer],
    );
    let m = blobs.put(manifest.to_json().into_bytes());
    vec![layer, *shared_base, cfg, m]
}

#[test]
fn garbage_collection_keeps_the_store_flat() {
    let mut blobs = BlobStore::new();
    let base = blobs.put(store::gzip(b"base layer"));
    let baseline = blobs.stats();
    let mut held = build_once(&mut blobs, 0, &base);
    let one_image = blobs.stats();
    for round in 1..200 {
        let next = build_once(&mut blobs, round, &base);
        for d in held.drain(..) {
            blobs.release(&d).expect("release");
        }
        held = next;
        blobs.gc();
        assert_eq!(blobs.stats().count, one_image.count, "round {round}");
    }
    for d in held.drain(..) {
        blobs.release(&d).expect("release");
    }
    let report = blobs.gc();
    assert_eq!(report.removed.len(), 3);
    assert_eq!(blobs.stats(), baseline);
    assert_eq!(blobs.refs(&base), 1);
    // Bookkeeping mistakes are errors, not silent corruption.
    blobs.release(&base).expect("last reference");
    assert!(matches!(
        blobs.release(&base),
        Err(StoreError::NotReferenced(_))
    ));
    blobs.gc();
    assert_eq!(blobs.stats().count, 0);
    assert!(matches!(
        blobs.retain(&base),
        Err(StoreError::UnknownBlob(_))
    ));
    let d = Digest::of(b"x");
    assert!(blobs.put_verified(&d, &b"y"[..]).is_err());
    assert!(blobs.put_verified(&d, &b"x"[..]).is_ok());
    assert_eq!(blobs.get(&d).as_deref(), Some(&b"x"[..]));
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn entry() -> impl Strategy<Value = Entry> {
        let name = "[a-z]{1,3}(/[a-z.]{1,3}){0,2}";
        let kind = prop_oneof![
            Just(EntryKind::Dir),
            prop::collection::vec(any::<u8>(), 0..40)
                .prop_map(|b| EntryKind::File(Content::bytes(b))),
            (any::<u32>(), "[a-z ]{0,10}").prop_map(|(n, b)| EntryKind::File(Content::declared(
                u64::from(n),
                b.into_bytes()
            ))),
            "[a-z/.]{1,20}".prop_map(EntryKind::Symlink),
            Just(EntryKind::Whiteout),
            Just(EntryKind::Opaque),
        ];
        (name, kind, 0u32..0o10000, any::<u16>(), any::<u32>()).prop_map(
            |(path, kind, mode, uid, mtime)| {
                Entry::new(&path, kind)
                    .with_mode(mode)
                    .with_owner(u32::from(uid), u32::from(uid) / 2)
                    .with_mtime(u64::from(mtime))
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn pack_then_read_gives_the_entries_back(
            entries in prop::collection::vec(entry(), 0..12)
        ) {
            let mut entries = entries;
            entries.retain(|e| !e.path.split('/').any(|c| c == "." || c == ".."
                || c.starts_with(".wh.")));
            let mut seen = std::collections::BTreeSet::new();
            entries.retain(|e| seen.insert(e.tar_name()));
            let packed = store::pack(&entries).expect("pack");
            let mut back = store::read_layer(&packed.blob).expect("read");
            let mut want = entries.clone();
            store::sort_entries(&mut want);
            store::sort_entries(&mut back);
            prop_assert_eq!(back, want);
            prop_assert_eq!(store::pack(&entries).expect("again"), packed);
        }

        #[test]
        fn garbage_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..4000)) {
            let _ = store::read_layer(&bytes);
            let _ = store::read_tar(&bytes);
            let _ = store::gunzip(&bytes);
            let _ = ImageConfig::from_json(&bytes);
            let _ = Manifest::from_json(&bytes);
        }

        #[test]
        fn mutated_tars_never_panic(at in 0usize..3072, byte in any::<u8>()) {
            let (base, next) = fixed_states();
            let mut tar = layerlab::vfs::snapshot(&base, &next).expect("pack").tar;
            let i = at % tar.len();
            tar[i] = byte;
            let _ = store::read_tar(&tar);
        }
    }
}

#[test]
fn rebuilding_a_tag_a_thousand_times_stays_flat() {
    use layerlab::store::{History, ImageStore};
    let mut images = ImageStore::new();
    // A base image that stays.
    let base = store::pack(&[Entry::new(
        "etc/os-release",
        EntryKind::File(Content::synthetic(1_000_000, "os-release")),
    )])
    .expect("pack");
    images.blobs_mut().insert(base.blob);
    let mut base_cfg = ImageConfig::new();
    base_cfg.push_layer(
        base.layer.diff_id,
        History {
            created_by: "ADD rootfs.tar.xz /".to_string(),
            ..History::default()
        },
    );
    let base_id = images.add(base_cfg.clone(), vec![base.layer]).expect("add");
    images.tag("debian:12", &base_id).expect("tag");
    let baseline = images.blobs().stats();

    let mut last = None;
    for round in 0..1000u32 {
        let step = store::pack(&[Entry::new(
            "app/build.txt",
            EntryKind::File(Content::bytes(format!("build {round}\n").into_bytes())),
        )])
        .expect("pack");
        images.blobs_mut().insert(step.blob);
        // The empty layer appears twice: references must still balance.
        let empty = store::pack(&[]).expect("empty");
        images.blobs_mut().insert(empty.blob);
        let mut cfg = base_cfg.clone();
        cfg.push_layer(step.layer.diff_id, History::default());
        cfg.push_layer(empty.layer.diff_id, History::default());
        cfg.push_layer(empty.layer.diff_id, History::default());
        let id = images
            .add(cfg, vec![base.layer, step.layer, empty.layer, empty.layer])
            .expect("add");
        let old = images.tag("app:latest", &id).expect("tag");
        assert_eq!(old, last);
        last = Some(id);
        if round % 10 == 9 {
            images.prune();
            images.gc();
            assert_eq!(images.images().count(), 2, "round {round}");
        }
    }
    let app = last.expect("built");
    let img = images.get(&app).expect("image");
    let sizes: Vec<Option<u64>> = img
        .history()
        .iter()
        .map(|(_, l)| l.map(|l| l.size))
        .collect();
    assert_eq!(sizes, [Some(1_000_000), Some(10), Some(0), Some(0)]);
    let chain = store::chain_ids(&img.config.rootfs.diff_ids);
    assert_eq!(chain[0], img.config.rootfs.diff_ids[0]);
    assert_eq!(
        chain[1],
        Digest::of(format!("{} {}", chain[0], img.config.rootfs.diff_ids[1]).as_bytes())
    );
    assert_eq!(chain.len(), 4);
    assert_eq!(images.resolve("app:latest"), Some(app));
    assert_eq!(images.resolve(&app.short()), Some(app));
    assert_eq!(images.resolve(&app.to_string()), Some(app));
    assert_eq!(images.resolve("nope"), None);
    assert_eq!(images.get(&app).expect("image").size(), 1_000_000 + 10);
    images.tag("app:v1", &app).expect("tag");
    let r = images.untag("app:latest").expect("untag");
    assert!(r.deleted.is_empty(), "still tagged app:v1");
    let r = images.untag("app:v1").expect("untag");
    assert_eq!(r.deleted, [app]);
    images.gc();
    assert_eq!(images.blobs().stats(), baseline);
    let r = images.remove(&base_id).expect("rmi -f");
    assert_eq!(r.untagged, ["debian:12"]);
    images.gc();
    assert_eq!(images.blobs().stats().count, 0);
    assert!(images.remove(&base_id).is_err());
}

#[test]
fn image_id_is_the_sha256_of_the_config_json() {
    // The ID is hashed while the JSON is written; it must be the digest of the same bytes,
    // escapes and long histories included.
    let mut c = ImageConfig::new();
    c.config.set_env("A", "<b> & \u{2028}");
    c.config.labels.insert("k".into(), "v>w".into());
    for i in 0..3000 {
        c.push_empty(store::History {
            created_by: format!("RUN echo {i} > /tmp/f{i} && <done>"),
            ..store::History::default()
        });
    }
    let json = c.to_json();
    assert!(json.len() > 8192 * 4, "longer than the hash's buffer");
    assert!(json.contains("\\u003cb\\u003e \\u0026 \\u2028"));
    assert_eq!(c.id(), Digest::of(json.as_bytes()));
    assert_eq!(
        ImageConfig::new().id(),
        Digest::of(ImageConfig::new().to_json().as_bytes())
    );
}

#[test]
fn gunzip_reads_optional_header_fields_and_refuses_damage() {
    use std::io::Write;
    let mut enc = flate2::GzBuilder::new()
        .filename("app.tar")
        .comment("made elsewhere")
        .extra(vec![1, 2, 3])
        .write(Vec::new(), flate2::Compression::best());
    enc.write_all(b"layer bytes ".repeat(500).as_slice())
        .expect("write");
    let blob = enc.finish().expect("finish");
    assert_eq!(
        store::gunzip(&blob).expect("gunzip"),
        b"layer bytes ".repeat(500)
    );
    let mut bad_crc = blob.clone();
    let n = bad_crc.len();
    bad_crc[n - 6] ^= 1;
    assert_eq!(
        store::gunzip(&bad_crc).unwrap_err().to_string(),
        "gzip: corrupt gzip stream does not have a matching checksum"
    );
    for cut in [3, 12, blob.len() / 2, blob.len() - 3] {
        assert!(store::gunzip(&blob[..cut]).is_err(), "cut at {cut}");
    }
    assert!(store::gunzip(b"not gzip").is_err());
    assert!(matches!(
        store::gunzip_limited(&blob, 100),
        Err(store::StoreError::TooLarge(100))
    ));
}
