//! The simulated internet's data: the Hub catalog, the package indexes, the git host, checked
//! for consistency and listed in golden files under `tests/data/internet/`.

use layerlab::internet::hub::{self, Lookup, PackageManager};
use layerlab::internet::{apk, apt, git, npm, pypi};

use crate::golden::assert_golden;

/// Compare a rendered listing with its golden file `tests/data/internet/NAME.txt`.
fn check(name: &str, actual: &str) {
    assert_golden(&format!("internet/{name}.txt"), actual);
}

/// Every image reference the seed tutorials pull, build from or list.
const SEED_REFS: &[&str] = &[
    "ubuntu",
    "ubuntu:18.04",
    "ubuntu:20.04",
    "ubuntu:22.04",
    "ubuntu:24.04",
    "ubuntu:latest",
    "debian",
    "debian:bookworm",
    "debian:bullseye",
    "debian:bookworm-slim",
    "alpine",
    "alpine:3.5",
    "alpine:3.19",
    "alpine:latest",
    "busybox",
    "hello-world",
    "python:3",
    "python:3.8",
    "python:3.12",
    "python:3.12-slim",
    "python:3-alpine",
    "node",
    "nginx",
    "httpd",
    "redis",
    "postgres",
    "mysql",
    "mariadb",
    "golang",
    "elasticsearch:8.15.1",
    "elasticsearch:7.17.24",
    "prakhar1989/catnip",
    "prakhar1989/static-site",
    "martin/docker-cleanup-volumes",
    "docker.io/library/python:3",
    "library/alpine:3.5",
];

fn split_ref(r: &str) -> (&str, &str) {
    match r.rsplit_once(':') {
        Some((n, t)) if !t.contains('/') => (n, t),
        _ => (r, "latest"),
    }
}

#[test]
fn seed_images_resolve() {
    for r in SEED_REFS {
        let (name, tag) = split_ref(r);
        assert!(
            matches!(hub::lookup(name, tag), Lookup::Found(_)),
            "{r} should resolve"
        );
    }
    assert!(matches!(
        hub::lookup("python", "3-onbuild"),
        Lookup::Retired(_)
    ));
    assert!(matches!(
        hub::lookup("elasticsearch", "latest"),
        Lookup::NoTag
    ));
    assert!(matches!(hub::lookup("python", "2-onbuild"), Lookup::NoTag));
    assert!(matches!(
        hub::lookup("hanabiraa/catnip", "latest"),
        Lookup::NoRepo
    ));
}

#[test]
fn aliases_share_one_image() {
    let same = |a: &str, b: &str| {
        let (an, at) = split_ref(a);
        let (bn, bt) = split_ref(b);
        let x = hub::image(an, at).expect(a);
        let y = hub::image(bn, bt).expect(b);
        assert!(std::ptr::eq(x, y), "{a} and {b} should be one image");
    };
    same("ubuntu:latest", "ubuntu:24.04");
    same("ubuntu:noble", "ubuntu:24.04");
    same("python:3", "python:latest");
    same("python:3", "python:3.12");
    same("python:3.12-slim", "python:slim");
    same("alpine:latest", "alpine:3.20");
    same("debian:latest", "debian:bookworm");
    same("node:lts", "node:20");
    let keys: Vec<&str> = hub::images().iter().map(|i| i.key).collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), keys.len(), "image keys are unique");
    let layer_keys: Vec<&str> = hub::layers().iter().map(|l| l.key).collect();
    let mut sorted = layer_keys.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), layer_keys.len(), "layer keys are unique");
}

#[test]
fn sizes_add_up() {
    // `docker images` SIZE for the images the seeds show, in Docker's rounding (3 significant
    // digits, 1000-based): the layer sizes must sum to them.
    let expected = [
        ("prakhar1989/catnip", 697_900_000u64),
        ("prakhar1989/static-site", 133_900_000),
        ("martin/docker-cleanup-volumes", 22_140_000),
    ];
    for (name, size) in expected {
        let img = hub::image(name, "latest").expect(name);
        let diff = img.size().abs_diff(size);
        assert!(diff < 100_000, "{name}: {} vs {size}", img.size());
    }
    assert!(hub::image("hello-world", "latest").expect("hello").size() == 13_256);
    // What `docker images` shows for the official images, as of the catalog's date.
    let shown = [
        ("python:3", "1.01GB"),
        ("python:3.12-slim", "126MB"),
        ("python:3-alpine", "55.3MB"),
        ("ubuntu:latest", "78.1MB"),
        ("ubuntu:18.04", "63.2MB"),
        ("debian:bookworm", "117MB"),
        ("alpine:latest", "7.8MB"),
        ("alpine:3.5", "3.99MB"),
        ("busybox:latest", "4.26MB"),
        ("hello-world:latest", "13.3kB"),
        ("node:latest", "1.11GB"),
        ("nginx:latest", "188MB"),
        ("httpd:latest", "148MB"),
        ("redis:latest", "117MB"),
        ("postgres:latest", "432MB"),
        ("mysql:latest", "586MB"),
        ("mariadb:latest", "407MB"),
        ("golang:latest", "814MB"),
        ("elasticsearch:8.15.1", "1.26GB"),
        ("prakhar1989/catnip:latest", "698MB"),
        ("prakhar1989/static-site:latest", "134MB"),
    ];
    for (r, want) in shown {
        let (n, t) = split_ref(r);
        let img = hub::image(n, t).expect(r);
        assert_eq!(hub::human_size(img.size()), want, "{r}");
    }
    assert_eq!(hub::human_size(0), "0B");
    assert_eq!(hub::human_size(22_140_000), "22.1MB");
    let mut too_small = Vec::new();
    for layer in hub::layers() {
        let listed: u64 = layer.files().map(|f| f.size()).sum();
        if listed > layer.size {
            too_small.push(format!(
                "{}: files {listed} > layer {}",
                layer.key, layer.size
            ));
            continue;
        }
        assert!(
            layer.compressed <= layer.size + 1024,
            "{}: compressed larger than the layer",
            layer.key
        );
        assert_eq!(layer.unlisted_bytes(), layer.size - listed);
    }
    assert!(
        too_small.is_empty(),
        "skeleton files exceed their layer:\n{}",
        too_small.join("\n")
    );
    for img in hub::images() {
        let sum: u64 = img.layers().map(|l| l.size).sum();
        assert_eq!(img.size(), sum);
        assert!(img.compressed_size() <= img.size() + 4096, "{}", img.key);
        assert!(hub::DEFAULT_PATH.contains("/usr/bin"));
        for f in img.files() {
            assert!(f.path.starts_with('/'), "{}: {}", img.key, f.path);
        }
    }
}

#[test]
fn images_have_shells_and_os_files() {
    use hub::{Node, OsFamily, Shell};
    for img in hub::images() {
        match img.os.family {
            OsFamily::Debian | OsFamily::Ubuntu => {
                assert_eq!(img.os.sh, Shell::Dash, "{}", img.key);
                let sh = if img.os.merged_usr {
                    "/usr/bin/sh"
                } else {
                    "/bin/sh"
                };
                assert_eq!(
                    img.file(sh).map(|f| f.node),
                    Some(Node::Link("dash")),
                    "{}",
                    img.key
                );
                assert!(img.file("/etc/os-release").is_some(), "{}", img.key);
            }
            OsFamily::Alpine => {
                assert_eq!(img.os.sh, Shell::BusyboxAsh);
                assert_eq!(
                    img.file("/bin/sh").map(|f| f.node),
                    Some(Node::Link("/bin/busybox"))
                );
                assert!(img.file("/etc/alpine-release").is_some());
            }
            OsFamily::Busybox => {
                assert!(img.file("/bin/busybox").is_some());
            }
            OsFamily::OracleLinux => assert_eq!(img.os.sh, Shell::Bash),
            OsFamily::Scratch => assert_eq!(img.os.sh, Shell::None),
        }
        if img.python_version().is_some() {
            assert!(img.file("/usr/local/bin/python3").is_some(), "{}", img.key);
            assert!(img.file("/usr/local/bin/python").is_some(), "{}", img.key);
            assert!(img.file("/usr/local/bin/pip").is_some(), "{}", img.key);
        }
    }
    let onbuild = hub::repo("python")
        .and_then(|r| r.tag("3-onbuild"))
        .expect("onbuild");
    assert_eq!(
        onbuild.config.onbuild,
        [
            "COPY requirements.txt /usr/src/app/",
            "RUN pip install --no-cache-dir -r requirements.txt",
            "COPY . /usr/src/app",
        ]
    );
    assert!(onbuild.retired.is_some());
}

#[test]
fn package_managers_have_indexes_and_packages_exist() {
    for img in hub::images() {
        if img.retired.is_some() {
            continue;
        }
        match img.os.package_manager {
            PackageManager::Apt => {
                let rel = apt::release(img.os.release)
                    .unwrap_or_else(|| panic!("{}: no apt index for {}", img.key, img.os.release));
                if rel.archived {
                    continue;
                }
                for p in img.packages() {
                    assert!(
                        rel.package(p).is_some() || rel.provider(p).is_some(),
                        "{}: package {p} is not in {}",
                        img.key,
                        rel.name
                    );
                }
            }
            PackageManager::Apk => {
                let rel = apk::release(img.os.release)
                    .unwrap_or_else(|| panic!("{}: no apk index for {}", img.key, img.os.release));
                for p in img.packages() {
                    assert!(
                        rel.package(p).is_some(),
                        "{}: {p} not in apk {}",
                        img.key,
                        rel.name
                    );
                }
            }
            PackageManager::Microdnf | PackageManager::None => {
                assert!(img.packages().is_empty(), "{}", img.key);
            }
        }
        for (name, version) in img.python_packages() {
            assert!(
                pypi::releases(name).iter().any(|r| r.version == version)
                    || name == "pip"
                    || name == "setuptools",
                "{}: {name}=={version} not on the index",
                img.key
            );
        }
    }
}

#[test]
fn every_dependency_exists() {
    for rel in apt::releases() {
        let pkgs = rel.packages();
        let mut names: Vec<&str> = pkgs.iter().map(|p| p.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "{}: duplicate package lines", rel.name);
        for p in &pkgs {
            for dep in p.depends.iter().chain(&p.recommends) {
                assert!(
                    dep.iter()
                        .any(|a| rel.package(a.name).is_some() || rel.provider(a.name).is_some()),
                    "{}: {} needs {:?}, which is not in the index",
                    rel.name,
                    p.name,
                    dep
                );
            }
        }
    }
    for rel in apk::releases() {
        for p in rel.packages() {
            for d in &p.depends {
                assert!(
                    rel.package(d).is_some(),
                    "apk {}: {} needs {d}",
                    rel.name,
                    p.name
                );
            }
        }
    }
    for name in pypi::projects() {
        for r in pypi::releases(name) {
            for req in &r.requires {
                let req = pypi::parse_requirement(req).expect("index requirement parses");
                assert!(
                    !pypi::releases(&req.name).is_empty(),
                    "{name} {}: {} is not on the index",
                    r.version,
                    req.name
                );
            }
        }
    }
    for name in ["express", "cors", "axios", "lodash", "dotenv"] {
        let placed = npm::resolve(&[(name, "latest")]).expect(name);
        assert!(!placed.is_empty());
    }
}

fn render_catalog() -> String {
    let mut out = String::new();
    for r in hub::repos() {
        out.push_str(&format!(
            "{} official={} stars={}\n  {}\n",
            r.name, r.official, r.stars, r.description
        ));
    }
    out.push('\n');
    for img in hub::images() {
        out.push_str(&format!(
            "== {} [{}]\n",
            img.key,
            img.references().join(" ")
        ));
        out.push_str(&format!(
            "   os={} {} ({}) sh={:?} pm={:?} libc={} created={} size={} compressed={} layers={}\n",
            img.os.family.name(),
            img.os.release,
            img.os.version,
            img.os.sh,
            img.os.package_manager,
            img.os.libc,
            img.created,
            img.size(),
            img.compressed_size(),
            img.layers().count()
        ));
        if let Some(why) = img.retired {
            out.push_str(&format!("   retired: {why}\n"));
        }
        let c = &img.config;
        out.push_str(&format!(
            "   env={:?} cmd={:?} entrypoint={:?} workdir={:?} ports={:?} volumes={:?} onbuild={:?} user={:?} stopsignal={:?}\n",
            c.env, c.cmd, c.entrypoint, c.workdir, c.exposed_ports, c.volumes, c.onbuild, c.user, c.stop_signal
        ));
        for h in img.history {
            match h.layer() {
                Some(l) => out.push_str(&format!(
                    "   {:>11} {:>11} {}\n",
                    l.size,
                    l.compressed,
                    h.created_by()
                )),
                None => out.push_str(&format!("   {:>11} {:>11} {}\n", 0, "-", h.created_by())),
            }
        }
    }
    out
}

#[test]
fn catalog_listing() {
    check("catalog", &render_catalog());
}

#[test]
fn search_results() {
    let mut out = String::new();
    for term in ["python", "mysql", "elasticsearch", "ubuntu", "catnip"] {
        out.push_str(&format!("$ docker search {term}\n"));
        for r in hub::search(term, 25) {
            out.push_str(&format!(
                "{:<32} {:>6} {:<4} {}\n",
                r.name,
                r.stars,
                if r.official { "[OK]" } else { "" },
                r.description
            ));
        }
        out.push('\n');
    }
    check("search", &out);
}

fn render_pip(reqs: &[&str], python: &str, musl: bool) -> String {
    let parsed: Vec<pypi::Requirement> = reqs
        .iter()
        .map(|r| pypi::parse_requirement(r).expect("parses"))
        .collect();
    let libc = if musl { "musl" } else { "glibc" };
    let mut out = format!(
        "$ pip install {}   (python {python}, {libc})\n",
        reqs.join(" ")
    );
    match pypi::resolve(&parsed, python, &[]) {
        Ok(collected) => {
            for c in &collected {
                let from = if c.parents.is_empty() {
                    String::new()
                } else {
                    format!(" (from {})", c.parents.join("->"))
                };
                out.push_str(&format!(
                    "Collecting {}{from}\n  {} ({} bytes)\n",
                    c.requirement,
                    c.release.filename(python, musl),
                    c.release.size
                ));
            }
            let order: Vec<String> = pypi::install_order(&collected, python)
                .iter()
                .map(|r| format!("{}-{}", r.name, r.version))
                .collect();
            out.push_str(&format!("Installing: {}\n", order.join(" ")));
        }
        Err(e) => out.push_str(&format!("error: {e:?}\n")),
    }
    out.push('\n');
    out
}

#[test]
fn pip_resolutions() {
    let mut out = String::new();
    out.push_str(&render_pip(&["Flask==0.10.1"], "2.7.15", true));
    out.push_str(&render_pip(&["Flask==0.10.1"], "3.12.6", false));
    out.push_str(&render_pip(
        &["Flask==2.0.2", "Werkzeug==2.2.2"],
        "3.12.6",
        false,
    ));
    out.push_str(&render_pip(&["flask", "flask-mysql"], "3.12.3", false));
    out.push_str(&render_pip(&["Flask"], "3.8.20", false));
    out.push_str(&render_pip(
        &["requests", "gunicorn", "redis", "elasticsearch"],
        "3.12.6",
        false,
    ));
    out.push_str(&render_pip(&["Flask==9.9"], "3.12.6", false));
    out.push_str(&render_pip(
        &["Flask==2.0.2", "Werkzeug<2.0"],
        "3.12.6",
        false,
    ));
    out.push_str(&render_pip(&["no-such-project"], "3.12.6", false));
    check("pip", &out);
    // The seed's 2016 transcript: Flask 0.10.1 pulls exactly these four.
    let req = pypi::parse_requirement("Flask==0.10.1").expect("parses");
    let got = pypi::resolve(&[req], "2.7.15", &[]).expect("resolves");
    let names: Vec<&str> = got.iter().map(|c| c.release.name).collect();
    assert_eq!(
        names,
        ["Flask", "Werkzeug", "Jinja2", "itsdangerous", "MarkupSafe"]
    );
}

fn render_apt(release: &str, image: &str, args: &[&str], recommends: bool) -> String {
    let rel = apt::release(release).expect("release");
    let (n, t) = split_ref(image);
    let installed = hub::image(n, t).expect("image").packages();
    let mut out = format!(
        "$ apt-get install{} {}   ({image}, {release})\n",
        if recommends {
            ""
        } else {
            " --no-install-recommends"
        },
        args.join(" ")
    );
    match rel.plan(args, &installed, recommends) {
        Ok(plan) => {
            for p in &plan.already {
                out.push_str(&format!(
                    "{} is already the newest version ({}).\n",
                    p.name, p.version
                ));
            }
            out.push_str(&format!("additional: {}\n", plan.additional().join(" ")));
            out.push_str(&format!("suggested: {}\n", plan.suggested.join(" ")));
            out.push_str(&format!("recommended: {}\n", plan.recommended.join(" ")));
            out.push_str(&format!("new: {}\n", plan.new_names().join(" ")));
            let order: Vec<String> = plan
                .install
                .iter()
                .map(|p| format!("{}({})", p.name, p.version))
                .collect();
            out.push_str(&format!("unpack: {}\n", order.join(" ")));
            out.push_str(&format!(
                "{} newly installed, download {} bytes, installed {} bytes\n",
                plan.install.len(),
                plan.download_bytes(),
                plan.installed_bytes()
            ));
        }
        Err(errors) => {
            for e in errors {
                out.push_str(&format!("error: {e:?}\n"));
            }
        }
    }
    out.push('\n');
    out
}

#[test]
fn apt_plans() {
    let mut out = String::new();
    out.push_str(&render_apt("noble", "ubuntu", &["python"], true));
    out.push_str(&render_apt("focal", "ubuntu:20.04", &["python"], true));
    out.push_str(&render_apt(
        "bionic",
        "ubuntu:18.04",
        &["python", "python-pip"],
        true,
    ));
    out.push_str(&render_apt(
        "noble",
        "ubuntu",
        &["python3", "python3-pip"],
        false,
    ));
    out.push_str(&render_apt(
        "noble",
        "ubuntu",
        &["python3", "python3-pip"],
        true,
    ));
    out.push_str(&render_apt("bookworm", "debian", &["curl"], true));
    out.push_str(&render_apt("bookworm", "debian", &["git", "vim"], false));
    out.push_str(&render_apt(
        "bookworm",
        "python:3",
        &["python3", "curl"],
        true,
    ));
    out.push_str(&render_apt(
        "jammy",
        "ubuntu:22.04",
        &["nodejs", "npm"],
        false,
    ));
    out.push_str(&render_apt(
        "bullseye",
        "debian:bullseye",
        &["build-essential"],
        false,
    ));
    out.push_str(&render_apt(
        "bookworm",
        "debian",
        &["no-such-thing", "curl=1.0"],
        true,
    ));
    check("apt", &out);
    let noble = apt::release("noble").expect("noble");
    assert!(noble.externally_managed);
    assert!(matches!(
        noble.plan(&["python"], &[], true),
        Err(e) if matches!(&e[0], apt::AptError::NoCandidate { .. })
    ));
}

fn render_apk(release: &str, args: &[&str]) -> String {
    let rel = apk::release(release).expect("release");
    let image = format!("alpine:{release}");
    let (n, t) = split_ref(&image);
    let mut installed = hub::image(n, t).expect("image").packages();
    let mut out = format!("$ apk add {}   (alpine {release})\n", args.join(" "));
    match rel.plan(args, &installed) {
        Ok(plan) => {
            for (i, p) in plan.iter().enumerate() {
                out.push_str(&format!(
                    "({}/{}) Installing {} ({})\n",
                    i + 1,
                    plan.len(),
                    p.name,
                    p.version
                ));
                installed.push(p.name);
            }
            let total = rel.installed_bytes(&installed);
            out.push_str(&format!(
                "OK: {} MiB in {} packages\n",
                total / (1024 * 1024),
                installed.len()
            ));
        }
        Err(e) => {
            out.push_str("ERROR: unable to select packages:\n");
            for m in e.missing {
                out.push_str(&format!(
                    "  {m} (no such package):\n    required by: world[{m}]\n"
                ));
            }
        }
    }
    out.push('\n');
    out
}

#[test]
fn apk_plans() {
    let mut out = String::new();
    out.push_str(&render_apk("3.5", &["py2-pip"]));
    out.push_str(&render_apk("3.20", &["py2-pip"]));
    out.push_str(&render_apk("3.20", &["python3", "py3-pip"]));
    out.push_str(&render_apk("3.19", &["bash", "curl", "build-base"]));
    out.push_str(&render_apk("3.20", &["nodejs", "npm", "git"]));
    check("apk", &out);
}

#[test]
fn npm_express() {
    let placed = npm::resolve(&[("express", "^4.21.0")]).expect("express");
    assert_eq!(placed.len(), 65, "npm reports 'added 65 packages'");
    let mut out = String::from("$ npm install express\n");
    for p in &placed {
        out.push_str(&format!("{} {}\n", p.path, p.version.version));
    }
    check("npm", &out);
    assert!(matches!(
        npm::resolve(&[("no-such-pkg", "*")]),
        Err(npm::NpmError::NotFound(_))
    ));
}

#[test]
fn git_host() {
    for url in [
        "https://github.com/prakhar1989/docker-curriculum.git",
        "https://github.com/prakhar1989/docker-curriculum",
        "http://github.com/prakhar1989/docker-curriculum/",
        "git@github.com:prakhar1989/docker-curriculum.git",
        "https://GitHub.com/Prakhar1989/Docker-Curriculum.git",
    ] {
        let repo = git::repo(url).unwrap_or_else(|| panic!("{url}"));
        assert_eq!(repo.dir_name(), "docker-curriculum");
    }
    assert!(git::repo("https://github.com/someone/else.git").is_none());
    assert_eq!(git::clone_dir_name("https://github.com/a/b.git"), "b");
    let repo = git::repo("https://github.com/prakhar1989/docker-curriculum.git").expect("repo");
    let app = repo.file("flask-app/app.py").expect("app.py").body;
    assert!(app.contains("random.choice(images)"));
    assert!(app.contains("render_template(\"index.html\", url=url)"));
    assert!(app.contains("app.run(host=\"0.0.0.0\")"));
    assert!(repo
        .file("flask-app/templates/index.html")
        .expect("index")
        .body
        .contains("{{url}}"));
    assert!(repo
        .file("flask-app/Dockerfile")
        .expect("Dockerfile")
        .body
        .contains("EXPOSE 5000"));
    assert!(repo.file("static-site/Dockerfile").is_some());
    // The pinned requirements resolve on the image the Dockerfile starts from.
    let python = hub::image("python", "3")
        .and_then(|i| i.python_version())
        .expect("python");
    let reqs: Vec<pypi::Requirement> = repo
        .file("flask-app/requirements.txt")
        .expect("requirements")
        .body
        .lines()
        .map(|l| pypi::parse_requirement(l).expect("parses"))
        .collect();
    assert!(pypi::resolve(&reqs, python, &[]).is_ok());
}

#[test]
fn clock_and_rng_are_deterministic() {
    use layerlab::internet::clock::{self, cost};
    use layerlab::internet::{Clock, Rng};
    let mut a = Rng::new(7);
    let mut b = Rng::new(7);
    let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
    let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
    assert_eq!(xs, ys);
    assert_eq!(Rng::new(7).hex(12).len(), 12);
    let mut c = Clock::new();
    assert_eq!(c.rfc3339(), "2024-09-20T10:00:00Z");
    let mut rng = Rng::default();
    let update = cost::apt_update(&mut rng, 3);
    assert!(
        (1_500..=5_000).contains(&update),
        "apt-get update takes seconds: {update}"
    );
    let flask = cost::pip_install(&mut rng, 5, 1_200_000, 0);
    assert!(
        (1_500..=6_000).contains(&flask),
        "pip install Flask takes a few seconds: {flask}"
    );
    let pull = cost::pull_download(&mut rng, 49_557_601);
    assert!(pull > cost::pull_download(&mut rng, 2_459));
    c.advance(update);
    assert!(c.millis() > Clock::START);
    for img in hub::images() {
        let t = clock::parse_rfc3339(img.created).expect("created parses");
        assert!(t < Clock::new().unix(), "{} is from the future", img.key);
    }
}

mod props {
    use super::*;
    use layerlab::internet::version;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn lookups_never_panic(a in "\\PC{0,40}", b in "\\PC{0,40}") {
            let _ = pypi::parse_requirement(&a);
            let _ = version::python_satisfies(&a, &b);
            let _ = version::semver_satisfies(&a, &b);
            let _ = version::cmp_debian(&a, &b);
            let _ = version::cmp_apk(&a, &b);
            let _ = version::cmp_python(&a, &b);
            let _ = pypi::eval_marker(&a, &b);
            let _ = hub::lookup(&a, &b);
            let _ = hub::search(&a, 25);
            let _ = git::repo(&a);
            let _ = git::clone_dir_name(&a);
            let _ = npm::best(&a, &b);
            let _ = layerlab::internet::clock::parse_rfc3339(&a);
        }

        #[test]
        fn installs_never_panic(a in "[a-z0-9.+=<>~-]{0,20}", b in "[a-z0-9.+=<>~-]{0,20}") {
            for rel in apt::releases() {
                let _ = rel.plan(&[a.as_str(), b.as_str()], &[], true);
            }
            for rel in apk::releases() {
                let _ = rel.plan(&[a.as_str(), b.as_str()], &[]);
            }
            if let Ok(r) = pypi::parse_requirement(&a) {
                let _ = pypi::resolve(&[r], "3.12.6", &[]);
            }
            let _ = npm::resolve(&[(a.as_str(), b.as_str())]);
        }
    }
}

#[test]
fn installed_executables() {
    let show = |files: Vec<apt::InstalledFile>| -> Vec<String> {
        files
            .into_iter()
            .map(|f| match f.link {
                Some(t) => format!("{} -> {t}", f.path),
                None => f.path,
            })
            .collect()
    };
    let noble = apt::release("noble").expect("noble");
    assert_eq!(
        show(noble.files("python3")),
        ["/usr/bin/python3 -> python3.12"]
    );
    assert_eq!(
        show(noble.files("python3.12-minimal")),
        ["/usr/bin/python3.12"]
    );
    assert_eq!(
        show(noble.files("python3-pip")),
        ["/usr/bin/pip", "/usr/bin/pip3"]
    );
    assert_eq!(
        show(noble.files("python-is-python3")),
        ["/usr/bin/python -> python3"]
    );
    assert_eq!(
        show(noble.files("gcc")),
        ["/usr/bin/gcc -> gcc-13", "/usr/bin/cc -> gcc"]
    );
    let bionic = apt::release("bionic").expect("bionic");
    assert_eq!(
        show(bionic.files("python")),
        [
            "/usr/bin/python -> python2.7",
            "/usr/bin/python2 -> python2.7"
        ]
    );
    let a35 = apk::release("3.5").expect("3.5");
    let pip: Vec<String> = a35.files("py2-pip").into_iter().map(|f| f.path).collect();
    assert_eq!(pip, ["/usr/bin/pip", "/usr/bin/pip2", "/usr/bin/pip2.7"]);
    let a320 = apk::release("3.20").expect("3.20");
    let py: Vec<String> = a320.files("python3").into_iter().map(|f| f.path).collect();
    assert_eq!(py, ["/usr/bin/python3.12", "/usr/bin/python3"]);
}

/// A pull lists each of an image's layers once, and none is the empty layer: every layer in
/// the catalog adds or changes files of its own. (A layer declared with no files would pack to
/// the empty tar, and a pull would print that one ID for each such layer.)
#[test]
fn every_pull_lists_distinct_layers() {
    let empty = layerlab::store::pack(&[]).unwrap().layer.digest.hex();
    let empty = &empty[..12];
    let mut problems = Vec::new();
    for repo in hub::repos() {
        let mut seen_images: Vec<*const hub::Image> = Vec::new();
        for (tag, image) in repo.tags {
            if seen_images.contains(&(*image as *const hub::Image)) {
                continue;
            }
            seen_images.push(*image);
            let mut w = layerlab::world::World::new();
            let out = w
                .type_line(&format!("docker pull {}:{tag}", repo.name))
                .output
                .text();
            let ids: Vec<&str> = out
                .lines()
                .filter_map(|l| l.strip_suffix(": Pull complete"))
                .collect();
            if out.contains("manifest unknown") {
                continue; // a retired tag, such as python:3-onbuild
            }
            let keys: Vec<&str> = image.layers().map(|l| l.key).collect();
            assert_eq!(ids.len(), keys.len(), "{}:{tag}: {out}", repo.name);
            for (i, (id, key)) in ids.iter().zip(&keys).enumerate() {
                if id == &empty {
                    problems.push(format!(
                        "{}:{tag}: layer {key} is the empty layer",
                        repo.name
                    ));
                } else if ids[..i].contains(id) {
                    problems.push(format!(
                        "{}:{tag}: layer {key} ({id}) listed twice",
                        repo.name
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A layer that installs packages, shared between images, sits on the same layers in each: its
/// bytes include the package databases as the layers below left them, so its digest must not
/// depend on which image a world pulls first. (A layer of files alone is the same anywhere.)
#[test]
fn shared_layers_have_the_same_lower_layers() {
    let mut below: Vec<(&str, Vec<&str>, &str)> = Vec::new();
    let mut problems = Vec::new();
    for image in hub::images() {
        let keys: Vec<&str> = image.layers().map(|l| l.key).collect();
        for (i, (key, layer)) in keys.iter().zip(image.layers()).enumerate() {
            if layer.packages.is_empty() && layer.python.is_empty() {
                continue;
            }
            match below.iter().find(|(k, _, _)| k == key) {
                Some((_, lower, other)) if lower[..] != keys[..i] => problems.push(format!(
                    "{key}: on {:?} in {}, on {:?} in {other}",
                    &keys[..i],
                    image.key,
                    lower
                )),
                Some(_) => {}
                None => below.push((key, keys[..i].to_vec(), image.key)),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
