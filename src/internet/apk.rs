//! The simulated Alpine package repositories: per release, the packages `apk add` can install
//! (version, download and installed size, dependencies, provided names) and what `apk update`
//! fetches. A small resolver turns `apk add` arguments into the ordered list apk prints.

use super::version::cmp_apk;

/// One Alpine release's `main` and `community` repositories.
#[derive(Debug)]
pub struct Release {
    /// `3.20`, `3.19`, `3.5`.
    pub name: &'static str,
    /// Point version of the image (`3.20.3`).
    pub version: &'static str,
    /// Repository URLs, as `apk update` prints them in `fetch …/APKINDEX.tar.gz` lines.
    pub repositories: &'static [&'static str],
    /// The "v3.20.3-…" tag `apk update` reports.
    pub index_tag: &'static str,
    /// Packages available across the repositories (`apk update` prints "OK: N distinct
    /// packages available").
    pub distinct_packages: u32,
    table: &'static str,
}

/// A package in an Alpine index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Package {
    /// Name.
    pub name: &'static str,
    /// Version (`2.7.13-r0`).
    pub version: &'static str,
    /// Size of the `.apk`, in bytes.
    pub download: u64,
    /// Installed size, in bytes.
    pub installed: u64,
    /// Package names it depends on.
    pub depends: Vec<&'static str>,
    /// Other names it answers to (`python` for `python2`).
    pub provides: Vec<&'static str>,
}

fn parse_line(line: &'static str) -> Option<Package> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let mut fields = line.split('|');
    let mut h = fields.next()?.split_whitespace();
    let name = h.next()?;
    let version = h.next()?;
    let download = h.next()?.parse().ok()?;
    let installed = h.next()?.parse().ok()?;
    let list = |f: Option<&'static str>| -> Vec<&'static str> {
        f.unwrap_or("").split_whitespace().collect()
    };
    let depends = list(fields.next());
    let provides = list(fields.next());
    Some(Package {
        name,
        version,
        download,
        installed,
        depends,
        provides,
    })
}

/// Why `apk add` refused: `ERROR: unable to select packages:` followed by one entry per name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApkError {
    /// Names with no such package (`py2-pip (no such package):`).
    pub missing: Vec<String>,
}

impl Release {
    /// Every package, in table order.
    pub fn packages(&self) -> Vec<Package> {
        self.table.lines().filter_map(parse_line).collect()
    }

    /// The package called `name`, or the one providing it.
    pub fn package(&self, name: &str) -> Option<Package> {
        if name.is_empty() {
            return None;
        }
        let candidates = || {
            self.table
                .lines()
                .filter(move |l| l.contains(name))
                .filter_map(parse_line)
        };
        candidates()
            .find(|p| p.name == name)
            .or_else(|| candidates().find(|p| p.provides.contains(&name)))
    }

    /// Plan `apk add ARGS` given the installed package names: the new packages in the order
    /// apk prints `(i/n) Installing NAME (VERSION)`, dependencies first. Arguments may carry a
    /// constraint (`python3=3.12.6-r0`, `curl>8`); only the name is used to select.
    pub fn plan(&self, args: &[&str], installed: &[&str]) -> Result<Vec<Package>, ApkError> {
        let mut missing = Vec::new();
        let mut roots = Vec::new();
        for arg in args {
            let name = arg.split(['=', '<', '>', '~']).next().unwrap_or(arg).trim();
            match self.package(name) {
                Some(p) => roots.push(p),
                None => missing.push(name.to_string()),
            }
        }
        if !missing.is_empty() {
            return Err(ApkError { missing });
        }
        let mut out: Vec<Package> = Vec::new();
        for root in roots {
            self.visit(root, installed, &mut out, 0);
        }
        Ok(out)
    }

    fn visit(&self, pkg: Package, installed: &[&str], out: &mut Vec<Package>, depth: usize) {
        let have = |n: &str, out: &[Package]| {
            installed.contains(&n) || out.iter().any(|p| p.name == n || p.provides.contains(&n))
        };
        if depth > 64 || have(pkg.name, out) {
            return;
        }
        let mut deps: Vec<Package> = pkg.depends.iter().filter_map(|d| self.package(d)).collect();
        // apk installs a package's dependencies in a stable order: the table's.
        crate::sort::sort_by_key(&mut deps, |d| self.position(d.name));
        for d in deps {
            if !have(d.name, out) {
                self.visit(d, installed, out, depth + 1);
            }
        }
        if !have(pkg.name, out) {
            out.push(pkg);
        }
    }

    fn position(&self, name: &str) -> usize {
        self.table
            .lines()
            .position(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or(usize::MAX)
    }

    /// Installed size in bytes of a set of package names (for "OK: 61 MiB in 23 packages").
    pub fn installed_bytes(&self, names: &[&str]) -> u64 {
        names
            .iter()
            .filter_map(|n| self.package(n))
            .map(|p| p.installed)
            .sum()
    }

    /// The newest version among packages called `name` (tables hold one, but a pin check uses
    /// this).
    pub fn newest(&self, name: &str) -> Option<&'static str> {
        self.packages()
            .into_iter()
            .filter(|p| p.name == name)
            .map(|p| p.version)
            .max_by(|a, b| cmp_apk(a, b))
    }
}

/// Every release with an index.
pub fn releases() -> &'static [Release] {
    RELEASES
}

/// The release with this name (`3.20`); `latest` and `edge` are not accepted here.
pub fn release(name: &str) -> Option<&'static Release> {
    RELEASES.iter().find(|r| r.name == name)
}

static RELEASES: &[Release] = &[
    Release {
        name: "3.5",
        version: "3.5.2",
        repositories: &[
            "http://dl-cdn.alpinelinux.org/alpine/v3.5/main",
            "http://dl-cdn.alpinelinux.org/alpine/v3.5/community",
        ],
        index_tag: "v3.5.3-0-g5f5fe0b16c",
        distinct_packages: 7_966,
        table: V3_5,
    },
    Release {
        name: "3.19",
        version: "3.19.4",
        repositories: &[
            "https://dl-cdn.alpinelinux.org/alpine/v3.19/main",
            "https://dl-cdn.alpinelinux.org/alpine/v3.19/community",
        ],
        index_tag: "v3.19.4-75-g6e0f0e5d9a0",
        distinct_packages: 23_205,
        table: V3_19,
    },
    Release {
        name: "3.20",
        version: "3.20.3",
        repositories: &[
            "https://dl-cdn.alpinelinux.org/alpine/v3.20/main",
            "https://dl-cdn.alpinelinux.org/alpine/v3.20/community",
        ],
        index_tag: "v3.20.3-96-gd2d3d2a82e3",
        distinct_packages: 24_172,
        table: V3_20,
    },
];

// Tables: `name version download-bytes installed-bytes | depends | provides`.

const V3_5: &str = r#"
# base image
alpine-baselayout 3.0.4-r0 61952 405504 | busybox
alpine-keys 1.3-r0 13312 90112
apk-tools 2.6.8-r2 114688 253952 | musl zlib libssl1.0 libcrypto1.0
busybox 1.25.1-r2 493568 765952 | musl
libc-utils 0.7-r1 2048 4096 | musl-utils
libcrypto1.0 1.0.2q-r0 1064960 2273280 | musl zlib
libssl1.0 1.0.2q-r0 196608 393216 | musl libcrypto1.0
musl 1.1.15-r6 358400 577536
musl-utils 1.1.15-r6 40960 102400 | scanelf musl
scanelf 1.1.6-r0 20480 61440 | musl
zlib 1.2.11-r0 51200 106496 | musl
# python 2 and pip
libbz2 1.0.6-r5 25600 73728 | musl
expat 2.2.0-r1 69632 159744 | musl
libffi 3.2.1-r2 15360 40960 | musl
gdbm 1.12-r0 57344 151552 | musl
ncurses-terminfo-base 6.0_p20171125-r1 18432 49152
ncurses-terminfo 6.0_p20171125-r1 765952 1859584 | ncurses-terminfo-base
ncurses-libs 6.0_p20171125-r1 208896 417792 | ncurses-terminfo musl
readline 6.3.008-r4 117760 249856 | ncurses-libs
sqlite-libs 3.15.2-r2 421888 851968 | musl
python2 2.7.15-r0 7626752 47571763 | libbz2 expat libffi gdbm ncurses-libs readline sqlite-libs musl | python
py-setuptools 29.0.1-r0 414720 2052096 | python2 | py2-setuptools
py2-pip 9.0.0-r1 1601536 6524928 | python2 py-setuptools | py-pip
xz-libs 5.2.2-r1 66560 147456 | musl
python3 3.5.2-r9 11776000 61825024 | libbz2 expat libffi gdbm ncurses-libs readline sqlite-libs xz-libs musl
# tools
bash 4.3.46-r5 483328 1142784 | ncurses-terminfo-base ncurses-terminfo ncurses-libs readline musl
ca-certificates 20161130-r1 166912 593920 | libcrypto1.0
libssh2 1.7.0-r2 92160 204800 | libcrypto1.0 zlib
libcurl 7.52.1-r3 178176 376832 | ca-certificates libssh2 libssl1.0 zlib
curl 7.52.1-r3 98304 217088 | ca-certificates libcurl
pcre 8.39-r0 104448 319488 | musl
git 2.11.3-r0 3166208 14286848 | libcurl expat pcre zlib
openssl 1.0.2q-r0 245760 589824 | libssl1.0 libcrypto1.0
binutils-libs 2.27-r1 796672 1990656 | zlib
binutils 2.27-r1 1089536 4435968 | binutils-libs
gmp 6.1.1-r0 200704 421888 | musl
isl 0.17.1-r0 538624 1351680 | gmp
libgomp 6.2.1-r1 82944 208896 | musl
libatomic 6.2.1-r1 6144 20480 | musl
libgcc 6.2.1-r1 36864 86016 | musl
mpfr3 3.1.5-r0 220160 491520 | gmp
mpc1 1.0.3-r0 46080 122880 | gmp mpfr3
libstdc++ 6.2.1-r1 522240 1277952 | libgcc musl
gcc 6.2.1-r1 17674240 54370304 | binutils isl libgomp libatomic pkgconf libgcc mpc1 musl-dev libstdc++
pkgconf 1.0.2-r0 36864 81920 | musl
musl-dev 1.1.15-r6 1045504 4591616 | musl
libc-dev 0.7-r1 2048 4096 | musl-dev
g++ 6.2.1-r1 7102464 26755072 | gcc libc-dev
make 4.2.1-r0 200704 405504 | musl
fortify-headers 0.8-r0 8192 49152
file 5.29-r1 195584 4284416 | libmagic
libmagic 5.29-r1 102400 180224 | musl zlib
build-base 0.4-r1 1024 4096 | binutils file gcc g++ make libc-dev fortify-headers
vim 8.0.0329-r0 1277952 5197824 | ncurses-libs
"#;

const V3_19: &str = r#"
# base image
alpine-baselayout 3.4.3-r2 8960 20480 | alpine-baselayout-data busybox
alpine-baselayout-data 3.4.3-r2 11264 77824
alpine-keys 2.4-r1 13312 159744
apk-tools 2.14.4-r0 120832 311296 | musl ca-certificates-bundle libcrypto3 libssl3 zlib
busybox 1.36.1-r20 514048 946176 | musl
busybox-binsh 1.36.1-r20 2048 4096 | busybox
ca-certificates-bundle 20240705-r0 132096 237568
libc-utils 0.7.2-r5 2048 4096 | musl-utils
libcrypto3 3.1.7-r0 1790976 4939776 | musl
libssl3 3.1.7-r0 303104 794624 | musl libcrypto3
musl 1.2.4_git20230717-r4 412672 659456
musl-utils 1.2.4_git20230717-r4 36864 139264 | scanelf musl
scanelf 1.3.7-r2 37888 86016 | musl
ssl_client 1.36.1-r20 4096 14336 | musl libcrypto3 libssl3
zlib 1.3.1-r0 53248 110592 | musl
# python 3 and pip
libbz2 1.0.8-r6 32768 81920 | musl
libexpat 2.6.3-r0 73728 167936 | musl
libffi 3.4.4-r3 14336 36864 | musl
gdbm 1.23-r1 79872 184320 | musl
xz-libs 5.4.5-r0 144384 286720 | musl
libgcc 13.2.1_git20231014-r0 33792 139264 | musl
libstdc++ 13.2.1_git20231014-r0 700416 2625536 | libgcc musl
mpdecimal 2.5.1-r2 75776 184320 | musl
ncurses-terminfo-base 6.4_p20231125-r0 20480 53248
libncursesw 6.4_p20231125-r0 131072 331776 | ncurses-terminfo-base musl
libpanelw 6.4_p20231125-r0 13312 36864 | libncursesw
readline 8.2.1-r2 117760 290816 | libncursesw
sqlite-libs 3.44.2-r0 754688 1449984 | musl
python3 3.11.10-r0 3284992 17383424 | libbz2 libexpat libffi gdbm xz-libs libgcc libstdc++ mpdecimal ncurses-terminfo-base libncursesw libpanelw readline sqlite-libs zlib musl | py3.11
py3-setuptools 68.2.2-r0 880640 5033984 | python3 | py3.11-setuptools
py3-parsing 3.1.1-r0 126976 790528 | python3
py3-packaging 23.2-r0 42496 282624 | py3-parsing python3
py3-pip 23.3.1-r0 2813952 14270464 | py3-setuptools py3-packaging python3 | py3.11-pip
python3-dev 3.11.10-r0 1323008 5312512 | python3 pkgconf
# tools
bash 5.2.21-r0 405504 1232896 | readline libncursesw musl
ca-certificates 20240705-r0 132096 696320 | libcrypto3 ca-certificates-bundle
brotli-libs 1.1.0-r1 340992 720896 | musl
c-ares 1.27.0-r0 62464 200704 | musl
libunistring 1.1-r2 564224 1536000 | musl
libidn2 2.3.4-r4 61440 237568 | libunistring
libpsl 0.21.5-r0 23552 57344 | libidn2 libunistring
nghttp2-libs 1.58.0-r0 69632 167936 | musl
zstd-libs 1.5.5-r8 271360 602112 | musl
libcurl 8.9.1-r1 336896 684032 | brotli-libs c-ares libidn2 libpsl nghttp2-libs zlib zstd-libs libssl3 libcrypto3
curl 8.9.1-r1 229376 275456 | ca-certificates libcurl
pcre2 10.42-r2 262144 684032 | musl
git 2.43.5-r0 5087232 13627392 | libcurl libexpat pcre2 zlib
openssl 3.1.7-r0 342016 839680 | libssl3 libcrypto3
jansson 2.14-r4 21504 61440 | musl
binutils 2.41-r0 5808128 24489984 | jansson zstd-libs zlib
gmp 6.3.0-r0 263168 454656 | musl
isl26 0.26-r1 618496 1798144 | gmp
mpfr4 4.2.1-r0 288768 540672 | gmp
mpc1 1.3.1-r1 56320 118784 | gmp mpfr4
libgomp 13.2.1_git20231014-r0 147456 335872 | musl
libatomic 13.2.1_git20231014-r0 9216 28672 | musl
gcc 13.2.1_git20231014-r0 30580736 135196672 | binutils libgcc libstdc++ gmp isl26 mpc1 mpfr4 libgomp libatomic zstd-libs
musl-dev 1.2.4_git20230717-r4 1101824 6569984 | musl
libc-dev 0.7.2-r5 2048 4096 | musl-dev
libstdc++-dev 13.2.1_git20231014-r0 2461696 20135936 | libstdc++
g++ 13.2.1_git20231014-r0 12574720 50495488 | gcc libstdc++-dev musl-dev
make 4.4.1-r2 228352 356352 | musl
fortify-headers 1.1-r3 10240 77824
patch 2.7.6-r10 107520 163840 | musl
libmagic 5.45-r1 163840 8638464 | musl zlib
file 5.45-r1 23552 45056 | libmagic
pkgconf 2.1.0-r0 52224 135168 | musl
build-base 0.5-r3 1024 4096 | binutils file gcc g++ make libc-dev fortify-headers patch
icu-data-en 74.1-r0 7900160 14659584
icu-libs 74.1-r0 2230272 6201344 | icu-data-en libgcc libstdc++
nodejs 20.15.1-r0 13230080 41447424 | ca-certificates brotli-libs c-ares icu-libs libgcc libstdc++ nghttp2-libs libssl3 libcrypto3 zlib
npm 10.2.5-r0 2772992 9756672 | nodejs
xxd 9.0.2127-r0 16384 32768 | musl
vim 9.0.2127-r0 1630208 3588096 | xxd libncursesw
tzdata 2024b-r0 476160 1519616
"#;

const V3_20: &str = r#"
# base image
alpine-baselayout 3.6.5-r0 8960 20480 | alpine-baselayout-data busybox
alpine-baselayout-data 3.6.5-r0 11264 77824
alpine-keys 2.4-r1 13312 159744
apk-tools 2.14.4-r1 120832 311296 | musl ca-certificates-bundle libcrypto3 libssl3 zlib
busybox 1.36.1-r29 514048 946176 | musl
busybox-binsh 1.36.1-r29 2048 4096 | busybox
ca-certificates-bundle 20240705-r0 132096 237568
libc-utils 0.7.2-r5 2048 4096 | musl-utils
libcrypto3 3.3.2-r0 1825792 5017600 | musl
libssl3 3.3.2-r0 309248 811008 | musl libcrypto3
musl 1.2.5-r0 412672 659456
musl-utils 1.2.5-r0 36864 139264 | scanelf musl
scanelf 1.3.7-r2 37888 86016 | musl
ssl_client 1.36.1-r29 4096 14336 | musl libcrypto3 libssl3
zlib 1.3.1-r1 53248 110592 | musl
# python 3 and pip
libbz2 1.0.8-r6 32768 81920 | musl
libexpat 2.6.3-r0 73728 167936 | musl
libffi 3.4.6-r0 14336 36864 | musl
gdbm 1.23-r1 79872 184320 | musl
xz-libs 5.6.2-r0 146432 290816 | musl
libgcc 13.2.1_git20240309-r0 33792 139264 | musl
libstdc++ 13.2.1_git20240309-r0 700416 2625536 | libgcc musl
mpdecimal 4.0.0-r0 78848 188416 | musl
ncurses-terminfo-base 6.4_p20240420-r1 20480 53248
libncursesw 6.4_p20240420-r1 131072 331776 | ncurses-terminfo-base musl
libpanelw 6.4_p20240420-r1 13312 36864 | libncursesw
readline 8.2.10-r0 117760 290816 | libncursesw
sqlite-libs 3.45.3-r1 754688 1449984 | musl
python3 3.12.6-r0 3379200 18071552 | libbz2 libexpat libffi gdbm xz-libs libgcc libstdc++ mpdecimal ncurses-terminfo-base libncursesw libpanelw readline sqlite-libs zlib musl | py3.12
py3-setuptools 70.3.0-r0 947200 5537792 | python3 | py3.12-setuptools
py3-parsing 3.1.2-r1 131072 806912 | python3
py3-packaging 24.0-r1 44032 290816 | py3-parsing python3
py3-pip 24.0-r2 2867200 14548992 | py3-setuptools py3-packaging python3 | py3.12-pip
python3-dev 3.12.6-r0 1359872 5492736 | python3 pkgconf
# tools
bash 5.2.26-r0 410624 1245184 | readline libncursesw musl
ca-certificates 20240705-r0 132096 696320 | libcrypto3 ca-certificates-bundle
brotli-libs 1.1.0-r2 340992 720896 | musl
c-ares 1.28.1-r0 63488 204800 | musl
libunistring 1.2-r0 579584 1581056 | musl
libidn2 2.3.7-r0 61440 241664 | libunistring
libpsl 0.21.5-r1 23552 57344 | libidn2 libunistring
nghttp2-libs 1.62.1-r0 70656 172032 | musl
zstd-libs 1.5.6-r0 276480 614400 | musl
libcurl 8.9.1-r2 337920 688128 | brotli-libs c-ares libidn2 libpsl nghttp2-libs zlib zstd-libs libssl3 libcrypto3
curl 8.9.1-r2 229376 278528 | ca-certificates libcurl
pcre2 10.43-r0 264192 688128 | musl
git 2.45.2-r0 5214208 13955072 | libcurl libexpat pcre2 zlib
openssl 3.3.2-r0 345088 847872 | libssl3 libcrypto3
jansson 2.14-r4 21504 61440 | musl
binutils 2.42-r0 5926912 24993792 | jansson zstd-libs zlib
gmp 6.3.0-r1 263168 454656 | musl
isl26 0.26-r1 618496 1798144 | gmp
mpfr4 4.2.1-r0 288768 540672 | gmp
mpc1 1.3.1-r1 56320 118784 | gmp mpfr4
libgomp 13.2.1_git20240309-r0 147456 335872 | musl
libatomic 13.2.1_git20240309-r0 9216 28672 | musl
gcc 13.2.1_git20240309-r0 30732288 135725056 | binutils libgcc libstdc++ gmp isl26 mpc1 mpfr4 libgomp libatomic zstd-libs
musl-dev 1.2.5-r0 1101824 6582272 | musl
libc-dev 0.7.2-r5 2048 4096 | musl-dev
libstdc++-dev 13.2.1_git20240309-r0 2461696 20140032 | libstdc++
g++ 13.2.1_git20240309-r0 12587008 50532352 | gcc libstdc++-dev musl-dev
make 4.4.1-r2 228352 356352 | musl
fortify-headers 1.1-r3 10240 77824
patch 2.7.6-r10 107520 163840 | musl
libmagic 5.45-r1 163840 8638464 | musl zlib
file 5.45-r1 23552 45056 | libmagic
pkgconf 2.2.0-r0 52224 135168 | musl
build-base 0.5-r3 1024 4096 | binutils file gcc g++ make libc-dev fortify-headers patch
icu-data-en 74.2-r0 7900160 14659584
icu-libs 74.2-r0 2234368 6209536 | icu-data-en libgcc libstdc++
nodejs 20.15.1-r0 13230080 41447424 | ca-certificates brotli-libs c-ares icu-libs libgcc libstdc++ nghttp2-libs libssl3 libcrypto3 zlib
npm 10.8.0-r0 2830336 9961472 | nodejs
xxd 9.1.0707-r0 16384 32768 | musl
vim 9.1.0707-r0 1662976 3682304 | xxd libncursesw
tzdata 2024b-r0 476160 1519616
"#;

/// A file a package puts on disk: an executable with a declared size, or a symbolic link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstalledFile {
    /// Absolute path.
    pub path: String,
    /// Link target, for symbolic links.
    pub link: Option<String>,
    /// Declared size in bytes (0 for links).
    pub size: u64,
}

impl Release {
    /// The executables a package installs, so that `python`, `pip` and friends exist after
    /// `apk add`. Packages not listed here install only their declared size.
    pub fn files(&self, package: &str) -> Vec<InstalledFile> {
        let Some(pkg) = self.package(package) else {
            return Vec::new();
        };
        let b = |p: &str, size: u64| InstalledFile {
            path: p.to_string(),
            link: None,
            size,
        };
        let l = |p: &str, t: &str| InstalledFile {
            path: p.to_string(),
            link: Some(t.to_string()),
            size: 0,
        };
        // `3.12.6-r0` → `3.12`.
        let short: String = pkg
            .version
            .split(['.', '-'])
            .take(2)
            .collect::<Vec<_>>()
            .join(".");
        match pkg.name {
            "python3" => vec![
                b(&format!("/usr/bin/python{short}"), 14_248),
                l("/usr/bin/python3", &format!("python{short}")),
            ],
            "python2" => vec![
                b("/usr/bin/python2.7", 14_248),
                l("/usr/bin/python2", "python2.7"),
                l("/usr/bin/python", "python2"),
            ],
            "py3-pip" => vec![b("/usr/bin/pip", 221), b("/usr/bin/pip3", 221)],
            "py2-pip" => vec![
                b("/usr/bin/pip", 217),
                b("/usr/bin/pip2", 217),
                b("/usr/bin/pip2.7", 217),
            ],
            "bash" => vec![b("/bin/bash", 760_160)],
            "curl" => vec![b("/usr/bin/curl", 256_624)],
            "git" => vec![b("/usr/bin/git", 3_212_136)],
            "nodejs" => vec![b("/usr/bin/node", 41_330_000)],
            "npm" => vec![l("/usr/bin/npm", "../lib/node_modules/npm/bin/npm-cli.js")],
            "gcc" => vec![b("/usr/bin/gcc", 1_013_216), l("/usr/bin/cc", "gcc")],
            "g++" => vec![b("/usr/bin/g++", 1_017_312), l("/usr/bin/c++", "g++")],
            "make" => vec![b("/usr/bin/make", 253_576)],
            "vim" => vec![b("/usr/bin/vim", 3_117_000), l("/usr/bin/vi", "vim")],
            "openssl" => vec![b("/usr/bin/openssl", 829_000)],
            _ => Vec::new(),
        }
    }
}
