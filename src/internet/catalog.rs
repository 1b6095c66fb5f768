//! The catalog data behind [`super::hub`]: operating systems, skeleton files, layers, images,
//! repositories with their tags, and extra `docker search` rows. Sizes are bytes; the figures
//! follow the real images of September 2024 in magnitude and shape. Descriptions are our own.

use super::git;
use super::hub::{
    FileSpec, History, Image, ImageConfig, Layer, Node, Os, OsFamily, PackageManager, Repo,
    SearchRow, Shell,
};

// ---------------------------------------------------------------------------------------------
// Small constructors, so the tables below stay one line per entry.

const fn d(path: &'static str) -> FileSpec {
    FileSpec {
        path,
        mode: 0o755,
        node: Node::Dir,
    }
}
const fn dm(path: &'static str, mode: u32) -> FileSpec {
    FileSpec {
        path,
        mode,
        node: Node::Dir,
    }
}
const fn t(path: &'static str, body: &'static str) -> FileSpec {
    FileSpec {
        path,
        mode: 0o644,
        node: Node::Text(body),
    }
}
const fn x(path: &'static str, body: &'static str) -> FileSpec {
    FileSpec {
        path,
        mode: 0o755,
        node: Node::Text(body),
    }
}
const fn b(path: &'static str, size: u64) -> FileSpec {
    FileSpec {
        path,
        mode: 0o755,
        node: Node::Binary(size),
    }
}
const fn data(path: &'static str, size: u64) -> FileSpec {
    FileSpec {
        path,
        mode: 0o644,
        node: Node::Binary(size),
    }
}
const fn l(path: &'static str, target: &'static str) -> FileSpec {
    FileSpec {
        path,
        mode: 0o777,
        node: Node::Link(target),
    }
}
const fn a(path: &'static str, lines: &'static str) -> FileSpec {
    FileSpec {
        path,
        mode: 0o644,
        node: Node::Append(lines),
    }
}
const fn h(path: &'static str) -> FileSpec {
    FileSpec {
        path,
        mode: 0o755,
        node: Node::Hard("/bin/busybox"),
    }
}

const fn layer(
    key: &'static str,
    size: u64,
    compressed: u64,
    created_by: &'static str,
    files: &'static [&'static [FileSpec]],
    packages: &'static str,
) -> Layer {
    Layer {
        key,
        size,
        compressed,
        created_by,
        files,
        packages,
        python: "",
    }
}

const NO_CONFIG: ImageConfig = ImageConfig {
    env: &[],
    cmd: &[],
    entrypoint: &[],
    workdir: "",
    exposed_ports: &[],
    volumes: &[],
    onbuild: &[],
    user: "",
    stop_signal: "",
    labels: &[],
};

const PATH_ENV: &str = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

// ---------------------------------------------------------------------------------------------
// Operating systems.

pub static DEBIAN_BOOKWORM: Os = Os {
    family: OsFamily::Debian,
    release: "bookworm",
    version: "12.7",
    sh: Shell::Dash,
    package_manager: PackageManager::Apt,
    libc: "glibc 2.36",
    merged_usr: true,
};
pub static DEBIAN_BULLSEYE: Os = Os {
    family: OsFamily::Debian,
    release: "bullseye",
    version: "11.11",
    sh: Shell::Dash,
    package_manager: PackageManager::Apt,
    libc: "glibc 2.31",
    merged_usr: false,
};
pub static DEBIAN_JESSIE: Os = Os {
    family: OsFamily::Debian,
    release: "jessie",
    version: "8.6",
    sh: Shell::Dash,
    package_manager: PackageManager::Apt,
    libc: "glibc 2.19",
    merged_usr: false,
};
pub static UBUNTU_BIONIC: Os = Os {
    family: OsFamily::Ubuntu,
    release: "bionic",
    version: "18.04.6",
    sh: Shell::Dash,
    package_manager: PackageManager::Apt,
    libc: "glibc 2.27",
    merged_usr: false,
};
pub static UBUNTU_FOCAL: Os = Os {
    family: OsFamily::Ubuntu,
    release: "focal",
    version: "20.04.6",
    sh: Shell::Dash,
    package_manager: PackageManager::Apt,
    libc: "glibc 2.31",
    merged_usr: true,
};
pub static UBUNTU_JAMMY: Os = Os {
    family: OsFamily::Ubuntu,
    release: "jammy",
    version: "22.04.5",
    sh: Shell::Dash,
    package_manager: PackageManager::Apt,
    libc: "glibc 2.35",
    merged_usr: true,
};
pub static UBUNTU_NOBLE: Os = Os {
    family: OsFamily::Ubuntu,
    release: "noble",
    version: "24.04.1",
    sh: Shell::Dash,
    package_manager: PackageManager::Apt,
    libc: "glibc 2.39",
    merged_usr: true,
};
pub static ALPINE_3_5: Os = Os {
    family: OsFamily::Alpine,
    release: "3.5",
    version: "3.5.2",
    sh: Shell::BusyboxAsh,
    package_manager: PackageManager::Apk,
    libc: "musl 1.1.15",
    merged_usr: false,
};
pub static ALPINE_3_19: Os = Os {
    family: OsFamily::Alpine,
    release: "3.19",
    version: "3.19.4",
    sh: Shell::BusyboxAsh,
    package_manager: PackageManager::Apk,
    libc: "musl 1.2.4",
    merged_usr: false,
};
pub static ALPINE_3_20: Os = Os {
    family: OsFamily::Alpine,
    release: "3.20",
    version: "3.20.3",
    sh: Shell::BusyboxAsh,
    package_manager: PackageManager::Apk,
    libc: "musl 1.2.5",
    merged_usr: false,
};
pub static BUSYBOX: Os = Os {
    family: OsFamily::Busybox,
    release: "1.36",
    version: "1.36.1",
    sh: Shell::BusyboxAsh,
    package_manager: PackageManager::None,
    libc: "glibc 2.36",
    merged_usr: false,
};
pub static ORACLE_9: Os = Os {
    family: OsFamily::OracleLinux,
    release: "9",
    version: "9.4",
    sh: Shell::Bash,
    package_manager: PackageManager::Microdnf,
    libc: "glibc 2.34",
    merged_usr: true,
};
pub static SCRATCH: Os = Os {
    family: OsFamily::Scratch,
    release: "",
    version: "",
    sh: Shell::None,
    package_manager: PackageManager::None,
    libc: "",
    merged_usr: false,
};

// ---------------------------------------------------------------------------------------------
// Skeleton files shared by the Debian family.

const ROOT_DIRS: &[FileSpec] = &[
    d("/etc"),
    dm("/root", 0o700),
    dm("/tmp", 0o1777),
    d("/home"),
    d("/var"),
    d("/var/lib"),
    d("/var/log"),
    d("/var/cache"),
    d("/var/tmp"),
    d("/usr"),
    d("/usr/bin"),
    d("/usr/sbin"),
    d("/usr/lib"),
    d("/usr/share"),
    d("/usr/local"),
    d("/usr/local/bin"),
    d("/usr/local/sbin"),
    d("/usr/local/lib"),
    d("/usr/local/share"),
    d("/opt"),
    d("/srv"),
    d("/mnt"),
    d("/media"),
    d("/run"),
    d("/dev"),
    d("/proc"),
    d("/sys"),
    d("/boot"),
];

const PASSWD_DEBIAN: &str = "root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
";

const PASSWD_NOBLE: &str = "root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash
";

const GROUP_DEBIAN: &str = "root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
";

const DOCKER_CLEAN: &str = "DPkg::Post-Invoke { \"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true\"; };
APT::Update::Post-Invoke { \"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true\"; };
Dir::Cache::pkgcache \"\";
Dir::Cache::srcpkgcache \"\";
";

const BASHRC: &str = "# ~/.bashrc: run by bash for interactive non-login shells.\n\
# A short version of the distribution's file, as shipped in the simulated image.\n\
export LS_OPTIONS='--color=auto'\n\
alias ls='ls $LS_OPTIONS'\n";

/// Debian-family binaries, `/usr` merged: everything lives under `/usr/bin`.
const DEB_MERGED: &[FileSpec] = &[
    l("/bin", "usr/bin"),
    l("/sbin", "usr/sbin"),
    l("/lib", "usr/lib"),
    l("/lib64", "usr/lib64"),
    d("/usr/lib64"),
    l(
        "/usr/lib64/ld-linux-x86-64.so.2",
        "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
    ),
    d("/usr/lib/x86_64-linux-gnu"),
    b("/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2", 210_968),
    data("/usr/lib/x86_64-linux-gnu/libc.so.6", 1_922_136),
    b("/usr/bin/bash", 1_265_648),
    b("/usr/bin/dash", 125_640),
    l("/usr/bin/sh", "dash"),
    b("/usr/bin/cat", 44_016),
    b("/usr/bin/chmod", 64_944),
    b("/usr/bin/chown", 72_944),
    b("/usr/bin/cp", 151_152),
    b("/usr/bin/date", 104_976),
    b("/usr/bin/echo", 35_664),
    b("/usr/bin/env", 48_144),
    b("/usr/bin/false", 27_280),
    b("/usr/bin/find", 224_848),
    b("/usr/bin/grep", 203_152),
    b("/usr/bin/gzip", 98_136),
    b("/usr/bin/head", 47_760),
    b("/usr/bin/hostname", 22_880),
    b("/usr/bin/id", 48_016),
    b("/usr/bin/ln", 68_720),
    b("/usr/bin/ls", 151_344),
    b("/usr/bin/mkdir", 72_912),
    b("/usr/bin/mv", 147_152),
    b("/usr/bin/pwd", 39_760),
    b("/usr/bin/rm", 72_752),
    b("/usr/bin/sed", 113_224),
    b("/usr/bin/sleep", 35_632),
    b("/usr/bin/sort", 121_904),
    b("/usr/bin/tail", 68_592),
    b("/usr/bin/tar", 531_184),
    b("/usr/bin/touch", 97_040),
    b("/usr/bin/true", 27_280),
    b("/usr/bin/uname", 35_632),
    b("/usr/bin/wc", 48_272),
    b("/usr/bin/which", 1_076),
    b("/usr/bin/whoami", 35_664),
    b("/usr/bin/perl", 3_934_960),
    b("/usr/bin/apt", 18_824),
    b("/usr/bin/apt-get", 51_512),
    b("/usr/bin/apt-cache", 88_344),
    b("/usr/bin/dpkg", 309_736),
    b("/usr/sbin/useradd", 147_160),
    b("/usr/sbin/groupadd", 84_456),
    b("/usr/sbin/adduser", 49_436),
];

/// Debian-family binaries before the `/usr` merge: the essentials under `/bin`.
const DEB_SPLIT: &[FileSpec] = &[
    d("/bin"),
    d("/sbin"),
    d("/lib"),
    d("/lib64"),
    d("/lib/x86_64-linux-gnu"),
    l(
        "/lib64/ld-linux-x86-64.so.2",
        "/lib/x86_64-linux-gnu/ld-2.31.so",
    ),
    b("/lib/x86_64-linux-gnu/ld-2.31.so", 177_928),
    data("/lib/x86_64-linux-gnu/libc-2.31.so", 1_839_792),
    b("/bin/bash", 1_234_376),
    b("/bin/dash", 125_560),
    l("/bin/sh", "dash"),
    b("/bin/cat", 43_744),
    b("/bin/chmod", 64_448),
    b("/bin/chown", 72_672),
    b("/bin/cp", 153_976),
    b("/bin/date", 108_920),
    b("/bin/echo", 39_712),
    b("/bin/false", 39_680),
    b("/bin/grep", 194_856),
    b("/bin/gzip", 98_048),
    b("/bin/hostname", 22_616),
    b("/bin/ln", 76_960),
    b("/bin/ls", 147_176),
    b("/bin/mkdir", 88_496),
    b("/bin/mv", 149_064),
    b("/bin/pwd", 43_872),
    b("/bin/rm", 72_704),
    b("/bin/sed", 121_432),
    b("/bin/sleep", 39_680),
    b("/bin/tar", 448_104),
    b("/bin/touch", 100_728),
    b("/bin/true", 39_680),
    b("/bin/uname", 39_744),
    b("/usr/bin/env", 48_064),
    b("/usr/bin/find", 320_160),
    b("/usr/bin/head", 47_680),
    b("/usr/bin/id", 47_872),
    b("/usr/bin/sort", 117_760),
    b("/usr/bin/tail", 72_064),
    b("/usr/bin/wc", 51_840),
    b("/bin/which", 946),
    b("/usr/bin/whoami", 39_744),
    b("/usr/bin/perl", 3_479_784),
    b("/usr/bin/apt", 18_624),
    b("/usr/bin/apt-get", 51_640),
    b("/usr/bin/apt-cache", 88_216),
    b("/usr/bin/dpkg", 296_160),
    b("/usr/sbin/useradd", 147_160),
    b("/usr/sbin/groupadd", 84_456),
    b("/usr/sbin/adduser", 37_322),
];

const DEB_COMMON: &[FileSpec] = &[
    t("/etc/passwd", PASSWD_DEBIAN),
    t("/etc/group", GROUP_DEBIAN),
    t("/root/.bashrc", BASHRC),
    d("/etc/apt"),
    d("/etc/apt/apt.conf.d"),
    d("/etc/apt/sources.list.d"),
    t("/etc/apt/apt.conf.d/docker-clean", DOCKER_CLEAN),
    d("/var/lib/apt"),
    d("/var/lib/apt/lists"),
    d("/var/lib/dpkg"),
    d("/var/cache/apt"),
];

const OS_RELEASE_BOOKWORM: &str = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"
NAME=\"Debian GNU/Linux\"
VERSION_ID=\"12\"
VERSION=\"12 (bookworm)\"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL=\"https://www.debian.org/\"
SUPPORT_URL=\"https://www.debian.org/support\"
BUG_REPORT_URL=\"https://bugs.debian.org/\"
";

const OS_RELEASE_BULLSEYE: &str = "PRETTY_NAME=\"Debian GNU/Linux 11 (bullseye)\"
NAME=\"Debian GNU/Linux\"
VERSION_ID=\"11\"
VERSION=\"11 (bullseye)\"
VERSION_CODENAME=bullseye
ID=debian
HOME_URL=\"https://www.debian.org/\"
SUPPORT_URL=\"https://www.debian.org/support\"
BUG_REPORT_URL=\"https://bugs.debian.org/\"
";

const OS_RELEASE_JESSIE: &str = "PRETTY_NAME=\"Debian GNU/Linux 8 (jessie)\"
NAME=\"Debian GNU/Linux\"
VERSION_ID=\"8\"
VERSION=\"8 (jessie)\"
ID=debian
HOME_URL=\"http://www.debian.org/\"
SUPPORT_URL=\"http://www.debian.org/support\"
BUG_REPORT_URL=\"https://bugs.debian.org/\"
";

const DEB822_BOOKWORM: &str = "Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
";

const SOURCES_BULLSEYE: &str = "deb http://deb.debian.org/debian bullseye main
deb http://deb.debian.org/debian-security bullseye-security main
deb http://deb.debian.org/debian bullseye-updates main
";

const SOURCES_JESSIE: &str = "deb http://deb.debian.org/debian jessie main
deb http://deb.debian.org/debian jessie-updates main
deb http://security.debian.org jessie/updates main
";

const BOOKWORM_FILES: &[FileSpec] = &[
    t("/etc/os-release", OS_RELEASE_BOOKWORM),
    l("/usr/lib/os-release", "../../etc/os-release"),
    t("/etc/debian_version", "12.7\n"),
    t("/etc/apt/sources.list.d/debian.sources", DEB822_BOOKWORM),
];
const BULLSEYE_FILES: &[FileSpec] = &[
    t("/etc/os-release", OS_RELEASE_BULLSEYE),
    t("/etc/debian_version", "11.11\n"),
    t("/etc/apt/sources.list", SOURCES_BULLSEYE),
];
const JESSIE_FILES: &[FileSpec] = &[
    t("/etc/os-release", OS_RELEASE_JESSIE),
    t("/etc/debian_version", "8.6\n"),
    t("/etc/apt/sources.list", SOURCES_JESSIE),
];

const fn ubuntu_os_release(body: &'static str) -> FileSpec {
    t("/etc/os-release", body)
}

const NOBLE_FILES: &[FileSpec] = &[
    ubuntu_os_release(
        "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"
NAME=\"Ubuntu\"
VERSION_ID=\"24.04\"
VERSION=\"24.04.1 LTS (Noble Numbat)\"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL=\"https://www.ubuntu.com/\"
SUPPORT_URL=\"https://help.ubuntu.com/\"
BUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"
PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
",
    ),
    t("/etc/passwd", PASSWD_NOBLE),
    t("/etc/debian_version", "trixie/sid\n"),
    t("/etc/lsb-release", "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\nDISTRIB_CODENAME=noble\nDISTRIB_DESCRIPTION=\"Ubuntu 24.04.1 LTS\"\n"),
    t(
        "/etc/apt/sources.list.d/ubuntu.sources",
        "Types: deb
URIs: http://archive.ubuntu.com/ubuntu/
Suites: noble noble-updates noble-backports
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg

Types: deb
URIs: http://security.ubuntu.com/ubuntu/
Suites: noble-security
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg
",
    ),
    d("/home/ubuntu"),
];

const JAMMY_FILES: &[FileSpec] = &[
    ubuntu_os_release(
        "PRETTY_NAME=\"Ubuntu 22.04.5 LTS\"
NAME=\"Ubuntu\"
VERSION_ID=\"22.04\"
VERSION=\"22.04.5 LTS (Jammy Jellyfish)\"
VERSION_CODENAME=jammy
ID=ubuntu
ID_LIKE=debian
HOME_URL=\"https://www.ubuntu.com/\"
SUPPORT_URL=\"https://help.ubuntu.com/\"
BUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"
PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"
UBUNTU_CODENAME=jammy
",
    ),
    t("/etc/debian_version", "bookworm/sid\n"),
    t("/etc/lsb-release", "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=22.04\nDISTRIB_CODENAME=jammy\nDISTRIB_DESCRIPTION=\"Ubuntu 22.04.5 LTS\"\n"),
    t("/etc/apt/sources.list", UBUNTU_SOURCES_JAMMY),
];

const UBUNTU_SOURCES_JAMMY: &str =
    "deb http://archive.ubuntu.com/ubuntu/ jammy main restricted universe multiverse
deb http://archive.ubuntu.com/ubuntu/ jammy-updates main restricted universe multiverse
deb http://archive.ubuntu.com/ubuntu/ jammy-backports main restricted universe multiverse
deb http://security.ubuntu.com/ubuntu/ jammy-security main restricted universe multiverse
";

const FOCAL_FILES: &[FileSpec] = &[
    ubuntu_os_release(
        "NAME=\"Ubuntu\"
VERSION=\"20.04.6 LTS (Focal Fossa)\"
ID=ubuntu
ID_LIKE=debian
PRETTY_NAME=\"Ubuntu 20.04.6 LTS\"
VERSION_ID=\"20.04\"
HOME_URL=\"https://www.ubuntu.com/\"
SUPPORT_URL=\"https://help.ubuntu.com/\"
BUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"
PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"
VERSION_CODENAME=focal
UBUNTU_CODENAME=focal
",
    ),
    t("/etc/debian_version", "bullseye/sid\n"),
    t("/etc/lsb-release", "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=20.04\nDISTRIB_CODENAME=focal\nDISTRIB_DESCRIPTION=\"Ubuntu 20.04.6 LTS\"\n"),
    t("/etc/apt/sources.list", "deb http://archive.ubuntu.com/ubuntu/ focal main restricted universe multiverse
deb http://archive.ubuntu.com/ubuntu/ focal-updates main restricted universe multiverse
deb http://archive.ubuntu.com/ubuntu/ focal-backports main restricted universe multiverse
deb http://security.ubuntu.com/ubuntu/ focal-security main restricted universe multiverse
"),
];

const BIONIC_FILES: &[FileSpec] = &[
    ubuntu_os_release(
        "NAME=\"Ubuntu\"
VERSION=\"18.04.6 LTS (Bionic Beaver)\"
ID=ubuntu
ID_LIKE=debian
PRETTY_NAME=\"Ubuntu 18.04.6 LTS\"
VERSION_ID=\"18.04\"
HOME_URL=\"https://www.ubuntu.com/\"
SUPPORT_URL=\"https://help.ubuntu.com/\"
BUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"
PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"
VERSION_CODENAME=bionic
UBUNTU_CODENAME=bionic
",
    ),
    t("/etc/debian_version", "buster/sid\n"),
    t("/etc/lsb-release", "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=18.04\nDISTRIB_CODENAME=bionic\nDISTRIB_DESCRIPTION=\"Ubuntu 18.04.6 LTS\"\n"),
    t("/etc/apt/sources.list", "deb http://archive.ubuntu.com/ubuntu/ bionic main restricted universe multiverse
deb http://archive.ubuntu.com/ubuntu/ bionic-updates main restricted universe multiverse
deb http://archive.ubuntu.com/ubuntu/ bionic-backports main restricted universe multiverse
deb http://security.ubuntu.com/ubuntu/ bionic-security main restricted universe multiverse
"),
];

// ---------------------------------------------------------------------------------------------
// Alpine and BusyBox.

const PASSWD_ALPINE: &str = "root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
";

const GROUP_ALPINE: &str = "root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
";

/// BusyBox applets as Alpine links them (`/bin/ls -> /bin/busybox`).
const ALPINE_COMMON: &[FileSpec] = &[
    d("/bin"),
    d("/sbin"),
    d("/lib"),
    d("/etc/apk"),
    d("/var/cache/apk"),
    d("/lib/apk/db"),
    t("/etc/passwd", PASSWD_ALPINE),
    t("/etc/group", GROUP_ALPINE),
    t("/etc/hostname", "localhost\n"),
    l("/bin/sh", "/bin/busybox"),
    l("/bin/ash", "/bin/busybox"),
    l("/bin/cat", "/bin/busybox"),
    l("/bin/chmod", "/bin/busybox"),
    l("/bin/chown", "/bin/busybox"),
    l("/bin/cp", "/bin/busybox"),
    l("/bin/date", "/bin/busybox"),
    l("/bin/echo", "/bin/busybox"),
    l("/bin/false", "/bin/busybox"),
    l("/bin/grep", "/bin/busybox"),
    l("/bin/gzip", "/bin/busybox"),
    l("/bin/hostname", "/bin/busybox"),
    l("/bin/ln", "/bin/busybox"),
    l("/bin/ls", "/bin/busybox"),
    l("/bin/mkdir", "/bin/busybox"),
    l("/bin/mv", "/bin/busybox"),
    l("/bin/pwd", "/bin/busybox"),
    l("/bin/rm", "/bin/busybox"),
    l("/bin/sed", "/bin/busybox"),
    l("/bin/sleep", "/bin/busybox"),
    l("/bin/tar", "/bin/busybox"),
    l("/bin/touch", "/bin/busybox"),
    l("/bin/true", "/bin/busybox"),
    l("/bin/uname", "/bin/busybox"),
    l("/usr/bin/env", "/bin/busybox"),
    l("/usr/bin/find", "/bin/busybox"),
    l("/usr/bin/head", "/bin/busybox"),
    l("/usr/bin/id", "/bin/busybox"),
    l("/usr/bin/sort", "/bin/busybox"),
    l("/usr/bin/tail", "/bin/busybox"),
    l("/usr/bin/wc", "/bin/busybox"),
    l("/usr/bin/which", "/bin/busybox"),
    l("/usr/bin/whoami", "/bin/busybox"),
    l("/usr/bin/wget", "/bin/busybox"),
    l("/usr/sbin/adduser", "/bin/busybox"),
    l("/usr/sbin/addgroup", "/bin/busybox"),
];

const ALPINE_3_20_FILES: &[FileSpec] = &[
    b("/bin/busybox", 808_712),
    b("/lib/ld-musl-x86_64.so.1", 641_904),
    l("/lib/libc.musl-x86_64.so.1", "ld-musl-x86_64.so.1"),
    b("/sbin/apk", 68_608),
    t(
        "/etc/os-release",
        "NAME=\"Alpine Linux\"
ID=alpine
VERSION_ID=3.20.3
PRETTY_NAME=\"Alpine Linux v3.20\"
HOME_URL=\"https://alpinelinux.org/\"
BUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"
",
    ),
    t("/etc/alpine-release", "3.20.3\n"),
    t(
        "/etc/apk/repositories",
        "https://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community\n",
    ),
];

const ALPINE_3_19_FILES: &[FileSpec] = &[
    b("/bin/busybox", 808_712),
    b("/lib/ld-musl-x86_64.so.1", 637_808),
    l("/lib/libc.musl-x86_64.so.1", "ld-musl-x86_64.so.1"),
    b("/sbin/apk", 68_608),
    t(
        "/etc/os-release",
        "NAME=\"Alpine Linux\"
ID=alpine
VERSION_ID=3.19.4
PRETTY_NAME=\"Alpine Linux v3.19\"
HOME_URL=\"https://alpinelinux.org/\"
BUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"
",
    ),
    t("/etc/alpine-release", "3.19.4\n"),
    t(
        "/etc/apk/repositories",
        "https://dl-cdn.alpinelinux.org/alpine/v3.19/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.19/community\n",
    ),
];

const ALPINE_3_5_FILES: &[FileSpec] = &[
    b("/bin/busybox", 821_408),
    b("/lib/ld-musl-x86_64.so.1", 575_512),
    l("/lib/libc.musl-x86_64.so.1", "ld-musl-x86_64.so.1"),
    b("/sbin/apk", 185_576),
    t(
        "/etc/os-release",
        "NAME=\"Alpine Linux\"
ID=alpine
VERSION_ID=3.5.2
PRETTY_NAME=\"Alpine Linux v3.5\"
HOME_URL=\"http://alpinelinux.org\"
BUG_REPORT_URL=\"http://bugs.alpinelinux.org\"
",
    ),
    t("/etc/alpine-release", "3.5.2\n"),
    t(
        "/etc/apk/repositories",
        "http://dl-cdn.alpinelinux.org/alpine/v3.5/main\nhttp://dl-cdn.alpinelinux.org/alpine/v3.5/community\n",
    ),
];

/// The BusyBox image: one binary, every applet a hard link to it.
const BUSYBOX_FILES: &[FileSpec] = &[
    d("/bin"),
    d("/etc"),
    dm("/root", 0o700),
    dm("/tmp", 0o1777),
    d("/home"),
    d("/usr"),
    d("/var"),
    d("/dev"),
    d("/proc"),
    d("/sys"),
    b("/bin/busybox", 1_131_168),
    h("/bin/sh"),
    h("/bin/ash"),
    h("/bin/cat"),
    h("/bin/chmod"),
    h("/bin/chown"),
    h("/bin/cp"),
    h("/bin/date"),
    h("/bin/echo"),
    h("/bin/env"),
    h("/bin/false"),
    h("/bin/find"),
    h("/bin/grep"),
    h("/bin/head"),
    h("/bin/hostname"),
    h("/bin/id"),
    h("/bin/ln"),
    h("/bin/ls"),
    h("/bin/mkdir"),
    h("/bin/mv"),
    h("/bin/ping"),
    h("/bin/pwd"),
    h("/bin/rm"),
    h("/bin/sed"),
    h("/bin/sleep"),
    h("/bin/sort"),
    h("/bin/tail"),
    h("/bin/tar"),
    h("/bin/touch"),
    h("/bin/true"),
    h("/bin/uname"),
    h("/bin/wc"),
    h("/bin/wget"),
    h("/bin/which"),
    h("/bin/whoami"),
    t("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n"),
    t("/etc/group", "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwheel:x:10:root\nmail:x:8:\nwww-data:x:33:\noperator:x:37:\nusers:x:100:\nnogroup:x:65534:\n"),
];

// ---------------------------------------------------------------------------------------------
// Files added by application layers.

const PIP_SCRIPT: &str = "#!/usr/local/bin/python3
# -*- coding: utf-8 -*-
import re
import sys
from pip._internal.cli.main import main
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit(main())
";

const PY312_FILES: &[FileSpec] = &[
    b("/usr/local/bin/python3.12", 16_104),
    data("/usr/local/lib/libpython3.12.so.1.0", 27_385_600),
    l("/usr/local/lib/libpython3.12.so", "libpython3.12.so.1.0"),
    d("/usr/local/lib/python3.12"),
    d("/usr/local/lib/python3.12/site-packages"),
    d("/usr/local/lib/python3.12/site-packages/pip"),
    l("/usr/local/bin/python3", "python3.12"),
    x("/usr/local/bin/pip3", PIP_SCRIPT),
    x("/usr/local/bin/pip3.12", PIP_SCRIPT),
    l("/usr/local/bin/pydoc3", "pydoc3.12"),
    x("/usr/local/bin/pydoc3.12", "#!/usr/local/bin/python3.12\n\nimport pydoc\nif __name__ == '__main__':\n    pydoc.cli()\n"),
    l("/usr/local/bin/idle3", "idle3.12"),
    b("/usr/local/bin/idle3.12", 99),
    l("/usr/local/bin/python3-config", "python3.12-config"),
    b("/usr/local/bin/python3.12-config", 3_125),
];

const PY38_FILES: &[FileSpec] = &[
    b("/usr/local/bin/python3.8", 14_488),
    data("/usr/local/lib/libpython3.8.so.1.0", 16_925_536),
    l("/usr/local/lib/libpython3.8.so", "libpython3.8.so.1.0"),
    d("/usr/local/lib/python3.8"),
    d("/usr/local/lib/python3.8/site-packages"),
    d("/usr/local/lib/python3.8/site-packages/pip"),
    l("/usr/local/bin/python3", "python3.8"),
    x("/usr/local/bin/pip3", PIP_SCRIPT),
    x("/usr/local/bin/pip3.8", PIP_SCRIPT),
    l("/usr/local/bin/pydoc3", "pydoc3.8"),
    x(
        "/usr/local/bin/pydoc3.8",
        "#!/usr/local/bin/python3.8\n\nimport pydoc\nif __name__ == '__main__':\n    pydoc.cli()\n",
    ),
    l("/usr/local/bin/idle3", "idle3.8"),
    b("/usr/local/bin/idle3.8", 97),
    l("/usr/local/bin/python3-config", "python3.8-config"),
    b("/usr/local/bin/python3.8-config", 3_104),
];

const PY35_FILES: &[FileSpec] = &[
    b("/usr/local/bin/python3.5", 9_784),
    data("/usr/local/lib/libpython3.5m.so.1.0", 15_233_496),
    d("/usr/local/lib/python3.5"),
    d("/usr/local/lib/python3.5/site-packages"),
    l("/usr/local/bin/python3", "python3.5"),
    x("/usr/local/bin/pip3", PIP_SCRIPT),
    x("/usr/local/bin/pip3.5", PIP_SCRIPT),
    x(
        "/usr/local/bin/easy_install-3.5",
        "#!/usr/local/bin/python3.5\n# The setuptools installer, simulated.\n",
    ),
];

/// The short symlinks the python images add (`python`, `pip`, `pydoc`, `idle`, `python-config`).
const PY_LINKS: &[FileSpec] = &[
    l("/usr/local/bin/idle", "idle3"),
    l("/usr/local/bin/pip", "pip3"),
    l("/usr/local/bin/pydoc", "pydoc3"),
    l("/usr/local/bin/python", "python3"),
    l("/usr/local/bin/python-config", "python3-config"),
];

const BUILDPACK_CURL_FILES: &[FileSpec] = &[
    b("/usr/bin/curl", 276_864),
    b("/usr/bin/wget", 531_248),
    b("/usr/bin/gpg", 1_114_968),
    d("/etc/ssl/certs"),
    data("/etc/ssl/certs/ca-certificates.crt", 219_342),
];
const BUILDPACK_SCM_FILES: &[FileSpec] = &[
    b("/usr/bin/git", 3_836_192),
    b("/usr/bin/hg", 339),
    b("/usr/bin/svn", 285_064),
    b("/usr/bin/ssh", 973_280),
    b("/usr/bin/ps", 137_824),
];
const BUILDPACK_FULL_FILES: &[FileSpec] = &[
    b("/usr/bin/gcc-12", 1_030_872),
    l("/usr/bin/gcc", "gcc-12"),
    l("/usr/bin/cc", "/etc/alternatives/cc"),
    b("/usr/bin/g++-12", 1_034_968),
    l("/usr/bin/g++", "g++-12"),
    b("/usr/bin/make", 260_384),
    b("/usr/bin/patch", 186_352),
    b("/usr/bin/unzip", 186_456),
    b("/usr/bin/xz", 88_104),
    b("/usr/bin/python3.11", 6_831_704),
    l("/usr/bin/python3", "python3.11"),
];

const NODE_ENTRYPOINT: &str = "#!/bin/sh
set -e

# Hand the arguments to node when they look like node options or a script file rather than a
# command that exists on the PATH.
if [ \"${1#-}\" != \"${1}\" ] || [ -z \"$(command -v \"${1}\")\" ] || { [ -f \"${1}\" ] && ! [ -x \"${1}\" ]; }; then
  set -- node \"$@\"
fi

exec \"$@\"
";

const NODE22_FILES: &[FileSpec] = &[
    b("/usr/local/bin/node", 117_364_280),
    l(
        "/usr/local/bin/npm",
        "../lib/node_modules/npm/bin/npm-cli.js",
    ),
    l(
        "/usr/local/bin/npx",
        "../lib/node_modules/npm/bin/npx-cli.js",
    ),
    l(
        "/usr/local/bin/corepack",
        "../lib/node_modules/corepack/dist/corepack.js",
    ),
    d("/usr/local/lib/node_modules"),
    d("/usr/local/lib/node_modules/npm"),
    x(
        "/usr/local/lib/node_modules/npm/bin/npm-cli.js",
        "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n",
    ),
    x(
        "/usr/local/lib/node_modules/npm/bin/npx-cli.js",
        "#!/usr/bin/env node\n// npx, simulated: runs a package binary.\n",
    ),
];
const NODE20_FILES: &[FileSpec] = &[
    b("/usr/local/bin/node", 98_104_440),
    l(
        "/usr/local/bin/npm",
        "../lib/node_modules/npm/bin/npm-cli.js",
    ),
    l(
        "/usr/local/bin/npx",
        "../lib/node_modules/npm/bin/npx-cli.js",
    ),
    l(
        "/usr/local/bin/corepack",
        "../lib/node_modules/corepack/dist/corepack.js",
    ),
    d("/usr/local/lib/node_modules"),
    d("/usr/local/lib/node_modules/npm"),
    x(
        "/usr/local/lib/node_modules/npm/bin/npm-cli.js",
        "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n",
    ),
    x(
        "/usr/local/lib/node_modules/npm/bin/npx-cli.js",
        "#!/usr/bin/env node\n// npx, simulated: runs a package binary.\n",
    ),
];
const YARN_FILES: &[FileSpec] = &[
    d("/opt/yarn-v1.22.22"),
    l("/usr/local/bin/yarn", "/opt/yarn-v1.22.22/bin/yarn"),
    l("/usr/local/bin/yarnpkg", "/opt/yarn-v1.22.22/bin/yarnpkg"),
    b("/opt/yarn-v1.22.22/bin/yarn", 1_015),
];
const NODE_ENTRY_FILES: &[FileSpec] = &[x("/usr/local/bin/docker-entrypoint.sh", NODE_ENTRYPOINT)];

const NGINX_CONF: &str = "user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;
    access_log  /var/log/nginx/access.log;
    sendfile        on;
    keepalive_timeout  65;
    include /etc/nginx/conf.d/*.conf;
}
";

const NGINX_DEFAULT_CONF: &str = "server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
";

const NGINX_INDEX: &str = "<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>The web server is running. Put your own pages in /usr/share/nginx/html to replace this one.</p>
</body>
</html>
";

const NGINX_FILES: &[FileSpec] = &[
    b("/usr/sbin/nginx", 1_410_304),
    d("/etc/nginx"),
    d("/etc/nginx/conf.d"),
    t("/etc/nginx/nginx.conf", NGINX_CONF),
    t("/etc/nginx/conf.d/default.conf", NGINX_DEFAULT_CONF),
    data("/etc/nginx/mime.types", 5_349),
    d("/usr/share/nginx"),
    d("/usr/share/nginx/html"),
    t("/usr/share/nginx/html/index.html", NGINX_INDEX),
    t("/usr/share/nginx/html/50x.html", "<!DOCTYPE html>\n<html>\n<head><title>Error</title></head>\n<body>\n<h1>An error occurred.</h1>\n<p>The page is temporarily unavailable.</p>\n</body>\n</html>\n"),
    d("/var/log/nginx"),
    d("/var/cache/nginx"),
];

/// The official image sends nginx's logs to the container's output (`docker logs`).
const NGINX_LOG_LINKS: &[FileSpec] = &[
    l("/var/log/nginx/access.log", "/dev/stdout"),
    l("/var/log/nginx/error.log", "/dev/stderr"),
];

/// The 2016 package left plain log files; the image's next layer made them links.
const NGINX_LOG_FILES_2016: &[FileSpec] = &[
    t("/var/log/nginx/access.log", ""),
    t("/var/log/nginx/error.log", ""),
];

const NGINX_ENTRYPOINT: &str = r#"#!/bin/sh
# Runs the configuration scripts in /docker-entrypoint.d/, then hands over to nginx.
set -e

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    found=
    for f in /docker-entrypoint.d/*; do
        [ -f "$f" ] && found=1
    done
    if [ -n "$found" ]; then
        echo "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        echo "$0: Looking for shell scripts in /docker-entrypoint.d/"
        for f in /docker-entrypoint.d/*; do
            case "$f" in
                *.envsh)
                    if [ -x "$f" ]; then
                        echo "$0: Sourcing $f"
                        . "$f"
                    else
                        echo "$0: Ignoring $f, not executable"
                    fi
                    ;;
                *.sh)
                    if [ -x "$f" ]; then
                        echo "$0: Launching $f"
                        "$f"
                    else
                        echo "$0: Ignoring $f, not executable"
                    fi
                    ;;
                *) echo "$0: Ignoring $f" ;;
            esac
        done
        echo "$0: Configuration complete; ready for start up"
    else
        echo "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
"#;

// The configuration scripts of the official image, in our words. Each does its job where this
// image needs it, and says so where a setting asks for something not modelled.
const NGINX_IPV6_SCRIPT: &str = r#"#!/bin/sh
# Makes the default server listen on IPv6 as well. This image's default.conf already has the
# line, so the script finds it and stops.
set -e
ME=${0##*/}
CONF=/etc/nginx/conf.d/default.conf
[ -f "$CONF" ] || exit 0
if grep -q 'listen  \[::]:80;' "$CONF"; then
    echo "$ME: info: IPv6 listen already enabled"
    exit 0
fi
echo "$ME: info: $CONF has no IPv6 listen line; editing it is not modelled here"
"#;
const NGINX_RESOLVERS_SCRIPT: &str = r#"#!/bin/sh
# Sourced. With NGINX_ENTRYPOINT_LOCAL_RESOLVERS set, the real image exports the resolvers of
# /etc/resolv.conf for the templates.
if [ -n "${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ]; then
    echo "15-local-resolvers.envsh: info: local resolvers are not modelled here"
fi
"#;
const NGINX_TEMPLATES_SCRIPT: &str = r#"#!/bin/sh
# Renders /etc/nginx/templates/*.template into /etc/nginx/conf.d with the environment's values.
set -e
ME=${0##*/}
[ -d "${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}" ] || exit 0
echo "$ME: info: templates are not modelled here; nothing rendered"
"#;
const NGINX_WORKERS_SCRIPT: &str = r#"#!/bin/sh
# With NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE set, matches worker_processes to the CPUs.
set -e
ME=${0##*/}
[ -n "${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0
echo "$ME: info: worker autotuning is not modelled here"
"#;

const NGINX_SCRIPTS: &[FileSpec] = &[
    x(
        "/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
        NGINX_IPV6_SCRIPT,
    ),
    x(
        "/docker-entrypoint.d/15-local-resolvers.envsh",
        NGINX_RESOLVERS_SCRIPT,
    ),
    x(
        "/docker-entrypoint.d/20-envsubst-on-templates.sh",
        NGINX_TEMPLATES_SCRIPT,
    ),
    x(
        "/docker-entrypoint.d/30-tune-worker-processes.sh",
        NGINX_WORKERS_SCRIPT,
    ),
];

const NGINX_ENTRY_FILES: &[FileSpec] = &[
    x("/docker-entrypoint.sh", NGINX_ENTRYPOINT),
    d("/docker-entrypoint.d"),
];

const HTTPD_FILES: &[FileSpec] = &[
    d("/usr/local/apache2/bin"),
    d("/usr/local/apache2/conf"),
    d("/usr/local/apache2/htdocs"),
    d("/usr/local/apache2/logs"),
    b("/usr/local/apache2/bin/httpd", 2_813_648),
    b("/usr/local/apache2/bin/apachectl", 3_482),
    data("/usr/local/apache2/conf/httpd.conf", 20_849),
    t(
        "/usr/local/apache2/htdocs/index.html",
        "<html><body><h1>It works!</h1></body></html>\n",
    ),
];

const HTTPD_FOREGROUND: &str = "#!/bin/sh
set -e

# A PID file left by an earlier run would stop httpd from starting.
rm -f /usr/local/apache2/logs/httpd.pid

exec httpd -DFOREGROUND \"$@\"
";

const REDIS_FILES: &[FileSpec] = &[
    b("/usr/local/bin/redis-server", 18_457_912),
    b("/usr/local/bin/redis-cli", 9_315_640),
    b("/usr/local/bin/redis-benchmark", 9_000_280),
    l("/usr/local/bin/redis-check-aof", "redis-server"),
    l("/usr/local/bin/redis-check-rdb", "redis-server"),
    l("/usr/local/bin/redis-sentinel", "redis-server"),
];

const GOSU_FILES: &[FileSpec] = &[b("/usr/local/bin/gosu", 2_260_992)];

const ENTRYPOINT_GENERIC: &str = "#!/bin/sh
# Prepares the data directory on first start, then runs the server as its own user.
set -e
exec \"$@\"
";

const POSTGRES_FILES: &[FileSpec] = &[
    d("/usr/lib/postgresql/16/bin"),
    b("/usr/lib/postgresql/16/bin/postgres", 9_902_464),
    b("/usr/lib/postgresql/16/bin/initdb", 158_504),
    b("/usr/lib/postgresql/16/bin/pg_ctl", 104_944),
    b("/usr/lib/postgresql/16/bin/psql", 715_696),
    l("/usr/bin/psql", "../share/postgresql-common/pg_wrapper"),
    d("/var/lib/postgresql"),
    dm("/var/lib/postgresql/data", 0o777),
    d("/var/run/postgresql"),
    d("/docker-entrypoint-initdb.d"),
];

const MYSQL_FILES: &[FileSpec] = &[
    b("/usr/sbin/mysqld", 97_642_888),
    b("/usr/bin/mysql", 8_301_344),
    b("/usr/bin/mysqladmin", 8_043_232),
    b("/usr/bin/mysqlsh", 46_823_424),
    d("/var/lib/mysql"),
    d("/docker-entrypoint-initdb.d"),
];

const MARIADB_FILES: &[FileSpec] = &[
    b("/usr/sbin/mariadbd", 27_351_760),
    l("/usr/sbin/mysqld", "mariadbd"),
    b("/usr/bin/mariadb", 4_871_360),
    l("/usr/bin/mysql", "mariadb"),
    d("/var/lib/mysql"),
    d("/docker-entrypoint-initdb.d"),
];

const GO_FILES: &[FileSpec] = &[
    d("/usr/local/go"),
    d("/usr/local/go/bin"),
    b("/usr/local/go/bin/go", 14_458_132),
    b("/usr/local/go/bin/gofmt", 3_178_960),
    t(
        "/usr/local/go/VERSION",
        "go1.23.1\ntime 2024-08-29T20:56:24Z\n",
    ),
];

const ES_CONFIG: &str = "cluster.name: \"docker-cluster\"
network.host: 0.0.0.0
";

const ES8_FILES: &[FileSpec] = &[
    d("/usr/share/elasticsearch"),
    d("/usr/share/elasticsearch/bin"),
    d("/usr/share/elasticsearch/config"),
    d("/usr/share/elasticsearch/data"),
    d("/usr/share/elasticsearch/jdk"),
    b("/usr/share/elasticsearch/bin/elasticsearch", 2_170),
    t(
        "/usr/share/elasticsearch/config/elasticsearch.yml",
        ES_CONFIG,
    ),
    data(
        "/usr/share/elasticsearch/lib/elasticsearch-8.15.1.jar",
        5_237_114,
    ),
    b("/usr/share/elasticsearch/jdk/bin/java", 12_328),
];
const ES7_FILES: &[FileSpec] = &[
    d("/usr/share/elasticsearch"),
    d("/usr/share/elasticsearch/bin"),
    d("/usr/share/elasticsearch/config"),
    d("/usr/share/elasticsearch/data"),
    d("/usr/share/elasticsearch/jdk"),
    b("/usr/share/elasticsearch/bin/elasticsearch", 2_114),
    t(
        "/usr/share/elasticsearch/config/elasticsearch.yml",
        ES_CONFIG,
    ),
    data(
        "/usr/share/elasticsearch/lib/elasticsearch-7.17.24.jar",
        3_109_302,
    ),
    b("/usr/share/elasticsearch/jdk/bin/java", 12_328),
];
const TINI_FILES: &[FileSpec] = &[b("/bin/tini", 24_040)];
const ES_ENTRY_FILES: &[FileSpec] = &[x(
    "/usr/local/bin/docker-entrypoint.sh",
    "#!/bin/bash\n# Turns ES_SETTING_* variables into settings, then starts Elasticsearch.\nset -e\nexec /usr/share/elasticsearch/bin/elasticsearch \"$@\"\n",
)];

const HELLO_FILES: &[FileSpec] = &[b("/hello", 13_256)];

const STATIC_SITE_FILES: &[FileSpec] = &[
    t("/usr/share/nginx/html/index.html", git::STATIC_SITE_INDEX),
    x("/usr/share/nginx/html/wrapper.sh", git::STATIC_SITE_WRAPPER),
    l("/wrapper.sh", "/usr/share/nginx/html/wrapper.sh"),
];

const CATNIP_REQ_FILES: &[FileSpec] = &[
    d("/usr/src/app"),
    t(
        "/usr/src/app/requirements.txt",
        git::CATNIP_REQUIREMENTS_2016,
    ),
];
const CATNIP_APP_FILES: &[FileSpec] = &[
    t("/usr/src/app/app.py", git::FLASK_APP_PY),
    t(
        "/usr/src/app/requirements.txt",
        git::CATNIP_REQUIREMENTS_2016,
    ),
    t("/usr/src/app/Dockerfile", git::CATNIP_DOCKERFILE_2016),
    d("/usr/src/app/templates"),
    t("/usr/src/app/templates/index.html", git::FLASK_INDEX_HTML),
];
const APP_DIR: &[FileSpec] = &[d("/usr/src/app")];

const CLEANUP_FILES: &[FileSpec] = &[
    x(
        "/docker-cleanup-volumes.sh",
        "#!/bin/sh\n# Removes volume directories that no container refers to any more.\nset -eo pipefail\necho \"Delete unused volumes\"\n",
    ),
    b("/usr/local/bin/docker", 20_990_712),
];

// ---------------------------------------------------------------------------------------------
// Layers. Base layers first, then the layers images add on top.

/// Packages every Debian-family base image has, whatever the release.
macro_rules! base_pkgs {
    () => {
        "base-files base-passwd bash coreutils dash debconf debianutils diffutils dpkg findutils \
         grep gzip hostname libc6 libc-bin libgcc-s1 libstdc++6 login mawk ncurses-base passwd \
         perl-base sed tar tzdata util-linux zlib1g apt gpgv libdebconfclient0 libbz2-1.0 liblzma5 \
         libtinfo6 libuuid1 libzstd1 libidn2-0 libunistring2 libgmp10 libhogweed6 libnettle8 \
         libp11-kit0 libtasn1-6 libselinux1 libacl1 libpcre2-8-0 libcom-err2 libdb5.3 libcrypt1 \
         libsystemd0 libsemanage2 libudev1"
    };
}
const BOOKWORM_BASE_PKGS: &str = concat!(
    base_pkgs!(),
    " gcc-12-base libffi8 libapt-pkg6.0 libgnutls30"
);
const BULLSEYE_BASE_PKGS: &str = concat!(
    base_pkgs!(),
    " gcc-10-base libffi7 libapt-pkg6.0 libgnutls30"
);
const DEB_BASE_PKGS: &str = base_pkgs!();
const UBUNTU_BASE_PKGS: &str = base_pkgs!();

static L_DEBIAN_BOOKWORM: Layer = layer(
    "debian-bookworm",
    116_510_736,
    49_557_601,
    "# debian.sh --arch 'amd64' out/ 'bookworm' '@1725408000'",
    &[ROOT_DIRS, DEB_MERGED, DEB_COMMON, BOOKWORM_FILES],
    BOOKWORM_BASE_PKGS,
);
static L_DEBIAN_BOOKWORM_SLIM: Layer = layer(
    "debian-bookworm-slim",
    74_787_072,
    29_126_484,
    "# debian.sh --arch 'amd64' --slim out/ 'bookworm' '@1725408000'",
    &[ROOT_DIRS, DEB_MERGED, DEB_COMMON, BOOKWORM_FILES],
    BOOKWORM_BASE_PKGS,
);
static L_DEBIAN_BULLSEYE: Layer = layer(
    "debian-bullseye",
    123_905_520,
    55_084_347,
    "# debian.sh --arch 'amd64' out/ 'bullseye' '@1725408000'",
    &[ROOT_DIRS, DEB_SPLIT, DEB_COMMON, BULLSEYE_FILES],
    BULLSEYE_BASE_PKGS,
);
static L_DEBIAN_BULLSEYE_SLIM: Layer = layer(
    "debian-bullseye-slim",
    80_607_408,
    31_419_521,
    "# debian.sh --arch 'amd64' --slim out/ 'bullseye' '@1725408000'",
    &[ROOT_DIRS, DEB_SPLIT, DEB_COMMON, BULLSEYE_FILES],
    BULLSEYE_BASE_PKGS,
);
static L_DEBIAN_JESSIE: Layer = layer(
    "debian-jessie-2016",
    123_004_160,
    51_361_210,
    "/bin/sh -c #(nop) ADD file:2aabfe228f219e9cb0eb53f16947ccf25ec84d8dbc74254770f58904dba41ecc in / ",
    &[ROOT_DIRS, DEB_SPLIT, DEB_COMMON, JESSIE_FILES],
    DEB_BASE_PKGS,
);
static L_UBUNTU_BIONIC: Layer = layer(
    "ubuntu-bionic",
    63_151_534,
    26_705_075,
    "/bin/sh -c #(nop) ADD file:cc3fc1626e53a13043b026c48bbf33feff9243a8f506b40928b5b7a767c76fb0 in / ",
    &[ROOT_DIRS, DEB_SPLIT, DEB_COMMON, BIONIC_FILES],
    UBUNTU_BASE_PKGS,
);
static L_UBUNTU_FOCAL: Layer = layer(
    "ubuntu-focal",
    72_812_256,
    27_514_880,
    "/bin/sh -c #(nop) ADD file:08f86bebb2737f6a6f0fb23c6f5da2cec255404e4fb440034d6608697a8d41be in / ",
    &[ROOT_DIRS, DEB_MERGED, DEB_COMMON, FOCAL_FILES],
    UBUNTU_BASE_PKGS,
);
static L_UBUNTU_JAMMY: Layer = layer(
    "ubuntu-jammy",
    77_863_251,
    29_534_055,
    "/bin/sh -c #(nop) ADD file:d440e50454f31af3176813e02ea68ef786e4d3cea27d26934b484e73cf575dca in / ",
    &[ROOT_DIRS, DEB_MERGED, DEB_COMMON, JAMMY_FILES],
    UBUNTU_BASE_PKGS,
);
static L_UBUNTU_NOBLE: Layer = layer(
    "ubuntu-noble",
    78_117_720,
    29_754_290,
    "/bin/sh -c #(nop) ADD file:d6ba2b0aee0ca923732881584d8c4fa2815d2802827283e0ad84173581569969 in / ",
    &[ROOT_DIRS, DEB_MERGED, DEB_COMMON, NOBLE_FILES],
    UBUNTU_BASE_PKGS,
);
const ALPINE_BASE_PKGS: &str = "alpine-baselayout alpine-baselayout-data busybox-binsh alpine-keys apk-tools busybox ca-certificates-bundle libc-utils libcrypto3 libssl3 musl musl-utils scanelf ssl_client zlib";
static L_ALPINE_3_5: Layer = layer(
    "alpine-3.5",
    3_987_495,
    1_907_069,
    "/bin/sh -c #(nop) ADD file:e58b081006f7e3dfc967a64cb14028d512c9791e558e08baa7196b50ac2f8670 in / ",
    &[ALPINE_COMMON, ALPINE_3_5_FILES],
    "alpine-baselayout alpine-keys apk-tools busybox libc-utils libcrypto1.0 libssl1.0 musl musl-utils scanelf zlib",
);
static L_ALPINE_3_19: Layer = layer(
    "alpine-3.19",
    7_377_429,
    3_418_944,
    "ADD alpine-minirootfs-3.19.4-x86_64.tar.gz / # buildkit",
    &[ALPINE_COMMON, ALPINE_3_19_FILES],
    ALPINE_BASE_PKGS,
);
static L_ALPINE_3_20: Layer = layer(
    "alpine-3.20",
    7_797_760,
    3_623_807,
    "ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit",
    &[ALPINE_COMMON, ALPINE_3_20_FILES],
    ALPINE_BASE_PKGS,
);
static L_BUSYBOX: Layer = layer(
    "busybox-1.36.1",
    4_261_550,
    2_152_262,
    "BusyBox 1.36.1 (glibc), Debian 12",
    &[BUSYBOX_FILES],
    "",
);
static L_BUSYBOX_OLD: Layer = layer(
    "busybox-1.24",
    1_131_820,
    676_180,
    "/bin/sh -c #(nop) ADD file:2824c1c099724caf4941d4072014b3ce107f80e222f828767efc2f91624a8940 in / ",
    &[BUSYBOX_FILES],
    "",
);
static L_HELLO: Layer = layer(
    "hello-world",
    13_256,
    2_459,
    "COPY hello / # buildkit",
    &[HELLO_FILES],
    "",
);

// buildpack-deps: the shared lower half of python, node and golang.
static L_BP_CURL: Layer = layer(
    "buildpack-bookworm-curl",
    48_524_880,
    24_048_314,
    "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget ; rm -rf /var/lib/apt/lists/* # buildkit",
    &[BUILDPACK_CURL_FILES],
    "ca-certificates curl gnupg netbase sq wget libcurl4 openssl libssl3",
);
static L_BP_SCM: Layer = layer(
    "buildpack-bookworm-scm",
    177_384_060,
    64_393_467,
    "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps ; rm -rf /var/lib/apt/lists/* # buildkit",
    &[BUILDPACK_SCM_FILES],
    "git git-man mercurial openssh-client subversion procps libcurl3-gnutls liberror-perl perl",
);
static L_BP_FULL: Layer = layer(
    "buildpack-bookworm",
    587_651_430,
    211_308_520,
    "RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev libyaml-dev make patch unzip xz-utils zlib1g-dev ; rm -rf /var/lib/apt/lists/* # buildkit",
    &[BUILDPACK_FULL_FILES],
    "autoconf automake bzip2 dpkg-dev file g++ g++-12 gcc gcc-12 cpp cpp-12 binutils imagemagick libbz2-dev libc6-dev libc-dev-bin linux-libc-dev libcrypt-dev libcurl4-openssl-dev libffi-dev libjpeg-dev liblzma-dev libncurses-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libxml2-dev libyaml-dev make patch unzip xz-utils zlib1g-dev libstdc++-12-dev libgcc-12-dev python3 python3.11 python3-minimal python3.11-minimal libpython3.11-minimal libpython3.11-stdlib libpython3-stdlib media-types libexpat1 libsqlite3-0 libreadline8 readline-common libncursesw6 libtinfo6 libmpdec3 libffi8 libbz2-1.0 liblzma5 build-essential",
);

// python
static L_PY312_DEPS: Layer = layer(
    "python-3.12-bookworm-deps",
    17_928_310,
    6_157_000,
    "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends libbluetooth-dev tk-dev uuid-dev ; rm -rf /var/lib/apt/lists/* # buildkit",
    &[],
    "libbluetooth-dev tk-dev uuid-dev",
);
const PY_BUILD_312: &str = "RUN /bin/sh -c set -eux; wget -O python.tar.xz \"https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz\"; mkdir -p /usr/src/python; tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; rm python.tar.xz; cd /usr/src/python; ./configure --enable-loadable-sqlite-extensions --enable-optimizations --enable-option-checking=fatal --enable-shared --with-lto --with-ensurepip; make -j \"$(nproc)\"; make install; cd /; rm -rf /usr/src/python; ldconfig; python3 --version; pip3 --version # buildkit";
const PY_LINKS_RUN: &str = "RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do dst=\"$(echo \"$src\" | tr -d 3)\"; [ -s \"/usr/local/bin/$src\" ]; [ ! -e \"/usr/local/bin/$dst\" ]; ln -svT \"$src\" \"/usr/local/bin/$dst\"; done # buildkit";
static L_PY312_BUILD: Layer = Layer {
    python: "pip==24.2",
    ..layer(
        "python-3.12.6-bookworm",
        64_672_430,
        25_614_170,
        PY_BUILD_312,
        &[PY312_FILES],
        "",
    )
};
static L_PY_LINKS: Layer = layer("python-links", 36, 250, PY_LINKS_RUN, &[PY_LINKS], "");
static L_PY38_BUILD: Layer = Layer {
    python: "pip==23.0.1 setuptools==57.5.0 wheel==0.44.0",
    ..layer(
        "python-3.8.20-bookworm",
        57_941_360,
        22_890_415,
        PY_BUILD_312,
        &[PY38_FILES],
        "",
    )
};
static L_PY_SLIM_DEPS: Layer = layer(
    "python-bookworm-slim-deps",
    9_352_176,
    3_512_114,
    "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata ; rm -rf /var/lib/apt/lists/* # buildkit",
    &[],
    "ca-certificates netbase tzdata openssl libssl3",
);
static L_PY312_SLIM_BUILD: Layer = Layer {
    python: "pip==24.2",
    ..layer(
        "python-3.12.6-slim-bookworm",
        41_417_940,
        13_618_042,
        PY_BUILD_312,
        &[PY312_FILES],
        "",
    )
};
static L_PY_ALPINE_DEPS: Layer = layer(
    "python-alpine3.20-deps",
    3_543_120,
    1_259_230,
    "RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata ; # buildkit",
    &[],
    "ca-certificates tzdata",
);
static L_PY312_ALPINE_BUILD: Layer = Layer {
    python: "pip==24.2",
    ..layer(
        "python-3.12.6-alpine3.20",
        43_980_553,
        14_890_011,
        PY_BUILD_312,
        &[PY312_FILES],
        "",
    )
};

// The 2016 python:3-onbuild image and what it was built on (Debian jessie).
static L_BP_JESSIE_CURL: Layer = layer(
    "buildpack-jessie-curl-2016",
    44_308_010,
    18_511_372,
    "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates curl wget && rm -rf /var/lib/apt/lists/*",
    &[BUILDPACK_CURL_FILES],
    "",
);
static L_BP_JESSIE_SCM: Layer = layer(
    "buildpack-jessie-scm-2016",
    122_614_233,
    42_502_112,
    "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends bzr git mercurial openssh-client subversion procps && rm -rf /var/lib/apt/lists/*",
    &[BUILDPACK_SCM_FILES],
    "",
);
static L_BP_JESSIE_FULL: Layer = layer(
    "buildpack-jessie-2016",
    317_767_905,
    129_830_455,
    "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends autoconf automake bzip2 file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libgeoip-dev libglib2.0-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmysqlclient-dev libncurses-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev libyaml-dev make patch xz-utils zlib1g-dev && rm -rf /var/lib/apt/lists/*",
    &[&[b("/usr/bin/gcc-4.9", 788_880), l("/usr/bin/gcc", "gcc-4.9"), b("/usr/bin/g++-4.9", 792_976), l("/usr/bin/g++", "g++-4.9"), b("/usr/bin/make", 215_432), b("/usr/bin/patch", 163_064), b("/usr/bin/file", 22_824), b("/usr/bin/convert.im6", 10_584), data("/var/lib/dpkg/status", 1_046_322)]],
    "",
);
static L_PY35_BUILD: Layer = Layer {
    python: "pip==8.1.2 setuptools==20.10.1",
    ..layer(
        "python-3.5.2-jessie-2016",
        81_105_692,
        31_626_310,
        "/bin/sh -c set -ex && curl -fSL \"https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz\" -o python.tar.xz && mkdir -p /usr/src/python && tar -xJC /usr/src/python --strip-components=1 -f python.tar.xz && rm python.tar.xz && cd /usr/src/python && ./configure --enable-shared --enable-unicode=ucs4 && make -j$(nproc) && make install && ldconfig && pip3 install --no-cache-dir --upgrade --ignore-installed pip==$PYTHON_PIP_VERSION && rm -rf /usr/src/python ~/.cache",
        &[PY35_FILES],
        "",
    )
};
static L_PY35_LINKS: Layer = layer(
    "python-3.5-links-2016",
    48,
    248,
    "/bin/sh -c cd /usr/local/bin && ln -s easy_install-3.5 easy_install && ln -s idle3 idle && ln -s pydoc3 pydoc && ln -s python3 python && ln -s python3-config python-config",
    &[PY_LINKS],
    "",
);
static L_ONBUILD_MKDIR: Layer = layer(
    "python-onbuild-mkdir-2016",
    0,
    92,
    "/bin/sh -c mkdir -p /usr/src/app",
    &[APP_DIR],
    "",
);

// The user image built from python:3-onbuild: its ONBUILD triggers ran here.
static L_CATNIP_REQ: Layer = layer(
    "catnip-requirements",
    14,
    171,
    "/bin/sh -c #(nop) COPY file:b860dcd6c8a1f8b46287cced9041dff02cee737443e210471948d33296c87009 in /usr/src/app/ ",
    &[CATNIP_REQ_FILES],
    "",
);
static L_CATNIP_PIP: Layer = Layer {
    python: "Flask==0.10.1 Jinja2==2.8 MarkupSafe==0.23 Werkzeug==0.11.4 itsdangerous==0.24",
    ..layer(
        "catnip-pip",
        9_097_231,
        3_150_514,
        "/bin/sh -c pip install --no-cache-dir -r requirements.txt",
        &[],
        "",
    )
};
static L_CATNIP_APP: Layer = layer(
    "catnip-app",
    3_641,
    1_844,
    "/bin/sh -c #(nop) COPY dir:e8a7f770d9106fd287db7f1adbc60926f6967e7893f57fd14c1604d115cea325 in /usr/src/app ",
    &[CATNIP_APP_FILES],
    "",
);

// node
static L_NODE_USER: Layer = layer(
    "node-user-bookworm",
    9_541,
    3_312,
    "RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit",
    &[&[a("/etc/passwd", "node:x:1000:1000::/home/node:/bin/bash\n"), a("/etc/group", "node:x:1000:\n"), d("/home/node")]],
    "",
);
const NODE_INSTALL: &str = "RUN /bin/sh -c ARCH= && dpkgArch=\"$(dpkg --print-architecture)\" && case \"${dpkgArch##*-}\" in amd64) ARCH='x64';; *) echo \"unsupported architecture\"; exit 1 ;; esac && curl -fsSLO --compressed \"https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz\" && tar -xJf \"node-v$NODE_VERSION-linux-$ARCH.tar.xz\" -C /usr/local --strip-components=1 --no-same-owner && rm \"node-v$NODE_VERSION-linux-$ARCH.tar.xz\" && ln -s /usr/local/bin/node /usr/local/bin/nodejs && node --version && npm --version # buildkit";
const YARN_INSTALL: &str = "RUN /bin/sh -c set -ex && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz\" && mkdir -p /opt && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/ && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg && rm yarn-v$YARN_VERSION.tar.gz && yarn --version # buildkit";
static L_NODE22: Layer = layer(
    "node-22.9.0-bookworm",
    174_660_010,
    49_562_300,
    NODE_INSTALL,
    &[NODE22_FILES],
    "",
);
static L_NODE20: Layer = layer(
    "node-20.17.0-bookworm",
    165_002_120,
    46_120_500,
    NODE_INSTALL,
    &[NODE20_FILES],
    "",
);
static L_YARN: Layer = layer(
    "yarn-1.22.22",
    5_340_880,
    1_251_000,
    YARN_INSTALL,
    &[YARN_FILES],
    "",
);
static L_NODE22_ALPINE: Layer = layer(
    "node-22.9.0-alpine3.20",
    142_340_700,
    47_410_220,
    "RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ && apk add --no-cache --virtual .build-deps curl && curl -fsSLO --compressed \"https://unofficial-builds.nodejs.org/download/release/v$NODE_VERSION/node-v$NODE_VERSION-linux-x64-musl.tar.xz\" && tar -xJf \"node-v$NODE_VERSION-linux-x64-musl.tar.xz\" -C /usr/local --strip-components=1 --no-same-owner && apk del .build-deps && node --version && npm --version # buildkit",
    &[NODE22_FILES],
    "libstdc++ libgcc",
);
static L_YARN_ALPINE: Layer = layer(
    "yarn-1.22.22-alpine",
    5_344_512,
    1_254_000,
    YARN_INSTALL,
    &[YARN_FILES],
    "",
);
static L_NODE_ENTRY: Layer = layer(
    "node-entrypoint",
    388,
    450,
    "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit",
    &[NODE_ENTRY_FILES],
    "",
);

// nginx
static L_NGINX: Layer = layer(
    "nginx-1.27.1-bookworm",
    112_930_144,
    41_851_570,
    "RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx && useradd --system --gid nginx --no-create-home --home /nonexistent --comment \"nginx user\" --shell /bin/false --uid 101 nginx && apt-get update && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates && apt-get install --no-install-recommends --no-install-suggests -y nginx=${NGINX_VERSION}-${PKG_RELEASE} nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE} gettext-base curl && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log && mkdir /docker-entrypoint.d # buildkit",
    &[NGINX_FILES, NGINX_LOG_LINKS],
    "gettext-base curl ca-certificates",
);
static L_NGINX_ALPINE: Layer = layer(
    "nginx-1.27.1-alpine",
    36_127_488,
    14_104_630,
    "RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx && apk add --no-cache --virtual .nginx-rundeps nginx=${NGINX_VERSION}-r${PKG_RELEASE} && apk add --no-cache curl ca-certificates && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log && mkdir /docker-entrypoint.d # buildkit",
    &[NGINX_FILES, NGINX_LOG_LINKS],
    "curl ca-certificates",
);
static L_NGINX_ENTRY: Layer = layer(
    "nginx-entrypoint",
    1_620,
    628,
    "COPY docker-entrypoint.sh / # buildkit",
    &[NGINX_ENTRY_FILES],
    "",
);
static L_NGINX_SCRIPTS: Layer = layer(
    "nginx-entrypoint-scripts",
    10_099,
    3_966,
    "COPY 10-listen-on-ipv6-by-default.sh 15-local-resolvers.envsh 20-envsubst-on-templates.sh 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit",
    &[NGINX_SCRIPTS],
    "",
);
static L_NGINX_JESSIE: Layer = layer(
    "nginx-1.9.9-jessie-2016",
    10_853_402,
    3_912_760,
    "/bin/sh -c apt-key adv --keyserver hkp://pgp.mit.edu:80 --recv-keys 573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 && echo \"deb http://nginx.org/packages/mainline/debian/ jessie nginx\" >> /etc/apt/sources.list && apt-get update && apt-get install -y ca-certificates nginx=${NGINX_VERSION} gettext-base && rm -rf /var/lib/apt/lists/*",
    &[NGINX_FILES, NGINX_LOG_FILES_2016],
    "",
);
static L_NGINX_LOGS_2016: Layer = layer(
    "nginx-logs-2016",
    0,
    185,
    "/bin/sh -c ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log",
    &[&[l("/var/log/nginx/access.log", "/dev/stdout"), l("/var/log/nginx/error.log", "/dev/stderr")]],
    "",
);
static L_STATIC_SITE: Layer = layer(
    "static-site-html",
    3_017,
    1_392,
    "/bin/sh -c #(nop) COPY dir:a65e19cbae530282bd36cb9d21f6be6abf0d7c1c1e21862ab8a18a8902073fec in /usr/share/nginx/html ",
    &[STATIC_SITE_FILES],
    "",
);

// httpd
static L_HTTPD_MKDIR: Layer = layer(
    "httpd-prefix",
    0,
    32,
    "RUN /bin/sh -c mkdir -p \"$HTTPD_PREFIX\" && chown www-data:www-data \"$HTTPD_PREFIX\" # buildkit",
    &[&[d("/usr/local/apache2")]],
    "",
);
static L_HTTPD_DEPS: Layer = layer(
    "httpd-runtime-deps",
    5_093_760,
    1_820_116,
    "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates libaprutil1-ldap libldap-common ; rm -rf /var/lib/apt/lists/* # buildkit",
    &[],
    "ca-certificates openssl libssl3",
);
static L_HTTPD_BUILD: Layer = layer(
    "httpd-2.4.62",
    68_520_300,
    25_380_402,
    "RUN /bin/sh -c set -eux; savedAptMark=\"$(apt-mark showmanual)\"; apt-get update; apt-get install -y --no-install-recommends bzip2 dpkg-dev gcc libapr1-dev libaprutil1-dev libbrotli-dev libcurl4-openssl-dev libjansson-dev liblua5.2-dev libnghttp2-dev libpcre2-dev libssl-dev libxml2-dev make wget zlib1g-dev ; ./configure --build=\"$gnuArch\" --prefix=\"$HTTPD_PREFIX\" --enable-mods-shared=reallyall --enable-mpms-shared=all ; make -j \"$(nproc)\"; make install; apt-mark auto '.*' > /dev/null; apt-get purge -y --auto-remove; httpd -v # buildkit",
    &[HTTPD_FILES],
    "",
);
static L_HTTPD_FG: Layer = layer(
    "httpd-foreground",
    156,
    301,
    "COPY httpd-foreground /usr/local/bin/ # buildkit",
    &[&[x("/usr/local/bin/httpd-foreground", HTTPD_FOREGROUND)]],
    "",
);

// redis, postgres, mariadb, mysql: servers with a gosu layer and an entrypoint script
static L_GOSU: Layer = layer(
    "gosu-1.17-bookworm",
    4_136_960,
    1_260_233,
    "RUN /bin/sh -c set -eux; savedAptMark=\"$(apt-mark showmanual)\"; apt-get update; apt-get install -y --no-install-recommends ca-certificates gnupg wget; rm -rf /var/lib/apt/lists/*; wget -O /usr/local/bin/gosu \"$GOSU_DOWNLOAD_URL/gosu-$dpkgArch\"; chmod +x /usr/local/bin/gosu; gosu --version; gosu nobody true # buildkit",
    &[GOSU_FILES],
    "",
);
static L_REDIS_USER: Layer = layer(
    "redis-user",
    4_305,
    1_102,
    "RUN /bin/sh -c set -eux; groupadd -r -g 999 redis; useradd -r -g redis -u 999 redis # buildkit",
    &[&[a("/etc/passwd", "redis:x:999:999::/home/redis:/bin/sh\n"), a("/etc/group", "redis:x:999:\n")]],
    "",
);
static L_REDIS_BUILD: Layer = layer(
    "redis-7.4.0-bookworm",
    38_430_700,
    13_320_412,
    "RUN /bin/sh -c set -eux; savedAptMark=\"$(apt-mark showmanual)\"; apt-get update; apt-get install -y --no-install-recommends ca-certificates wget dpkg-dev gcc libc6-dev libssl-dev make; wget -O redis.tar.gz \"$REDIS_DOWNLOAD_URL\"; mkdir -p /usr/src/redis; tar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; make -C /usr/src/redis -j \"$(nproc)\" all; make -C /usr/src/redis install; rm -r /usr/src/redis; apt-mark auto '.*' > /dev/null; apt-get purge -y --auto-remove; redis-cli --version; redis-server --version # buildkit",
    &[REDIS_FILES],
    "",
);
static L_REDIS_DATA: Layer = layer(
    "redis-data",
    0,
    93,
    "RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit",
    &[&[d("/data")]],
    "",
);
static L_REDIS_ENTRY: Layer = layer(
    "redis-entrypoint",
    661,
    431,
    "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit",
    &[&[x("/usr/local/bin/docker-entrypoint.sh", ENTRYPOINT_GENERIC)]],
    "",
);
static L_PG_USER: Layer = layer(
    "postgres-user",
    4_309,
    1_104,
    "RUN /bin/sh -c set -eux; groupadd -r postgres --gid=999; useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; mkdir -p /var/lib/postgresql; chown -R postgres:postgres /var/lib/postgresql # buildkit",
    &[&[a("/etc/passwd", "postgres:x:999:999::/var/lib/postgresql:/bin/bash\n"), a("/etc/group", "postgres:x:999:\n"), d("/var/lib/postgresql")]],
    "",
);
static L_PG_LOCALES: Layer = layer(
    "postgres-locales",
    24_903_114,
    8_212_520,
    "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends gnupg less locales libnss-wrapper xz-utils zstd; rm -rf /var/lib/apt/lists/*; echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; locale-gen; locale -a | grep 'en_US.utf8' # buildkit",
    &[],
    "gnupg less xz-utils",
);
static L_PG_INSTALL: Layer = layer(
    "postgres-16.4-bookworm",
    328_050_336,
    107_930_841,
    "RUN /bin/sh -c set -ex; export PYTHONDONTWRITEBYTECODE=1; dpkgArch=\"$(dpkg --print-architecture)\"; aptRepo=\"[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR\"; echo \"deb $aptRepo\" > /etc/apt/sources.list.d/pgdg.list; apt-get update; apt-get install -y --no-install-recommends \"postgresql-$PG_MAJOR=$PG_VERSION\"; rm -rf /var/lib/apt/lists/*; postgres --version # buildkit",
    &[POSTGRES_FILES],
    "",
);
static L_PG_ENTRY: Layer = layer(
    "postgres-entrypoint",
    18_230,
    5_370,
    "COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit",
    &[&[
        x("/usr/local/bin/docker-entrypoint.sh", ENTRYPOINT_GENERIC),
        x("/usr/local/bin/docker-ensure-initdb.sh", ENTRYPOINT_GENERIC),
    ]],
    "",
);
static L_ORACLE_9: Layer = layer(
    "oraclelinux-9-slim",
    115_324_011,
    47_691_318,
    "/bin/sh -c #(nop) ADD file:f1f836f99eee3692f09e2e8c662248b483b7ffc050fec94dbca3a0aac36098b2 in / ",
    &[
        ROOT_DIRS,
        &[
            l("/bin", "usr/bin"),
            l("/sbin", "usr/sbin"),
            l("/lib", "usr/lib"),
            l("/lib64", "usr/lib64"),
            b("/usr/bin/bash", 1_389_064),
            l("/usr/bin/sh", "bash"),
            b("/usr/bin/microdnf", 87_152),
            b("/usr/bin/ls", 140_920),
            b("/usr/bin/cat", 36_400),
            t("/etc/os-release", "NAME=\"Oracle Linux Server\"\nVERSION=\"9.4\"\nID=\"ol\"\nID_LIKE=\"fedora\"\nVARIANT=\"Server\"\nVARIANT_ID=\"server\"\nVERSION_ID=\"9.4\"\nPLATFORM_ID=\"platform:el9\"\nPRETTY_NAME=\"Oracle Linux Server 9.4\"\nANSI_COLOR=\"0;31\"\nCPE_NAME=\"cpe:/o:oracle:linux:9:4:server\"\nHOME_URL=\"https://linux.oracle.com/\"\n"),
            t("/etc/oracle-release", "Oracle Linux Server release 9.4\n"),
            t("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n"),
        ],
    ],
    "",
);
static L_MYSQL_USER: Layer = layer(
    "mysql-user",
    2_350,
    1_012,
    "RUN /bin/sh -c set -eux; groupadd --system --gid 999 mysql; useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit",
    &[&[a("/etc/passwd", "mysql:x:999:999::/var/lib/mysql:/bin/bash\n"), a("/etc/group", "mysql:x:999:\n")]],
    "",
);
static L_MYSQL_GOSU: Layer = layer(
    "gosu-1.17-oraclelinux",
    4_136_960,
    1_260_240,
    "RUN /bin/sh -c set -eux; arch=\"$(uname -m)\"; curl -fL -o /usr/local/bin/gosu \"$GOSU_DOWNLOAD_URL/gosu-amd64\"; chmod +x /usr/local/bin/gosu; gosu --version; gosu nobody true # buildkit",
    &[GOSU_FILES],
    "",
);
static L_MYSQL_TOOLS: Layer = layer(
    "mysql-tools",
    13_300_544,
    4_781_230,
    "RUN /bin/sh -c set -eux; microdnf install -y bzip2 gzip openssl xz zstd findutils; microdnf clean all # buildkit",
    &[&[b("/usr/bin/bzip2", 38_472), b("/usr/bin/xz", 87_104), b("/usr/bin/zstd", 1_120_344), b("/usr/bin/openssl", 1_010_768), b("/usr/bin/find", 245_120), data("/var/lib/rpm/rpmdb.sqlite", 4_726_784)]],
    "",
);
static L_MYSQL_SERVER: Layer = layer(
    "mysql-9.0.1",
    399_417_012,
    130_107_331,
    "RUN /bin/sh -c set -eux; microdnf install -y \"mysql-community-server-minimal-$MYSQL_VERSION\"; microdnf clean all; grep -F 'socket=/var/lib/mysql/mysql.sock' /etc/my.cnf; sed -i 's!^socket=.*!socket=/var/run/mysqld/mysqld.sock!' /etc/my.cnf; mkdir -p /var/lib/mysql /var/run/mysqld; chown mysql:mysql /var/lib/mysql /var/run/mysqld; chmod 1777 /var/lib/mysql /var/run/mysqld; mysqld --version; mysql --version # buildkit",
    &[MYSQL_FILES],
    "",
);
static L_MYSQL_SHELL: Layer = layer(
    "mysql-shell-9.0.1",
    54_012_330,
    17_020_418,
    "RUN /bin/sh -c set -eux; microdnf install -y \"mysql-shell-$MYSQL_SHELL_VERSION\"; microdnf clean all; mysqlsh --version # buildkit",
    &[&[b("/usr/bin/mysqlsh", 41_287_496), data("/var/lib/rpm/rpmdb.sqlite", 5_177_344)]],
    "",
);
static L_MYSQL_ENTRY: Layer = layer(
    "mysql-entrypoint",
    15_280,
    5_106,
    "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit",
    &[&[x("/usr/local/bin/docker-entrypoint.sh", ENTRYPOINT_GENERIC)]],
    "",
);
static L_MYSQL_LINK: Layer = layer(
    "mysql-entrypoint-link",
    34,
    120,
    "RUN /bin/sh -c ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat # buildkit",
    &[&[l("/entrypoint.sh", "usr/local/bin/docker-entrypoint.sh")]],
    "",
);
static L_MARIADB_USER: Layer = layer(
    "mariadb-user",
    4_950,
    1_511,
    "RUN /bin/sh -c groupadd -r mysql && useradd -r -g mysql mysql --home-dir /var/lib/mysql # buildkit",
    &[&[a("/etc/passwd", "mysql:x:999:999::/var/lib/mysql:/bin/sh\n"), a("/etc/group", "mysql:x:999:\n")]],
    "",
);
static L_MARIADB_GOSU: Layer = layer(
    "gosu-1.17-noble",
    4_136_960,
    1_260_251,
    "RUN /bin/sh -c set -eux; apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates gpg gpgv libjemalloc2 pwgen tzdata xz-utils zstd wget; wget -O /usr/local/bin/gosu \"$GOSU_DOWNLOAD_URL/gosu-amd64\"; chmod +x /usr/local/bin/gosu; gosu --version; gosu nobody true # buildkit",
    &[GOSU_FILES],
    "ca-certificates tzdata xz-utils",
);
static L_MARIADB_SERVER: Layer = layer(
    "mariadb-11.5.2-noble",
    324_671_880,
    96_004_412,
    "RUN /bin/sh -c set -ex; { echo \"mariadb-server\" mysql-server/root_password password 'unused'; } | debconf-set-selections; apt-get update; apt-get install -y --no-install-recommends mariadb-server=\"$MARIADB_VERSION\" mariadb-backup socat; rm -rf /var/lib/apt/lists/*; rm -rf /var/lib/mysql; mkdir -p /var/lib/mysql /run/mysqld; chown -R mysql:mysql /var/lib/mysql /run/mysqld; chmod 1777 /run/mysqld # buildkit",
    &[MARIADB_FILES],
    "",
);
static L_MARIADB_ENTRY: Layer = layer(
    "mariadb-entrypoint",
    46_200,
    14_010,
    "COPY healthcheck.sh docker-entrypoint.sh /usr/local/bin/ # buildkit",
    &[&[
        x("/usr/local/bin/docker-entrypoint.sh", ENTRYPOINT_GENERIC),
        x("/usr/local/bin/healthcheck.sh", "#!/bin/bash\n# Reports whether the server accepts connections.\nexec mariadb-admin ping\n"),
    ]],
    "",
);

// golang
static L_GO_DEPS: Layer = layer(
    "golang-bookworm-deps",
    183_890_450,
    64_201_119,
    "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config ; rm -rf /var/lib/apt/lists/* # buildkit",
    &[BUILDPACK_FULL_FILES],
    "g++ g++-12 gcc gcc-12 cpp cpp-12 binutils libc6-dev libc-dev-bin linux-libc-dev libcrypt-dev make libstdc++-12-dev libgcc-12-dev",
);
static L_GO: Layer = layer(
    "golang-1.23.1",
    288_012_540,
    73_617_406,
    "COPY /target/ / # buildkit",
    &[GO_FILES],
    "",
);
static L_GOPATH: Layer = layer(
    "golang-gopath",
    0,
    126,
    "RUN /bin/sh -c mkdir -p \"$GOPATH/src\" \"$GOPATH/bin\" && chmod -R 1777 \"$GOPATH\" # buildkit",
    &[&[dm("/go", 0o1777), dm("/go/src", 0o1777), dm("/go/bin", 0o1777)]],
    "",
);

// elasticsearch
static L_ES_APT: Layer = layer(
    "elasticsearch-focal-deps",
    40_153_012,
    17_602_118,
    "RUN /bin/sh -c for iter in 1 2 3 4 5 6 7 8 9 10; do export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get upgrade -y && apt-get install -y --no-install-recommends ca-certificates curl netcat p11-kit unzip zip && apt-get clean && rm -rf /var/lib/apt/lists/* && exit_code=0 && break || exit_code=$? && echo \"apt-get error: retry $iter in 10s\" && sleep 10; done; (exit $exit_code) # buildkit",
    &[],
    "ca-certificates curl unzip",
);
static L_ES_USER: Layer = layer(
    "elasticsearch-user",
    334_012,
    5_104,
    "RUN /bin/sh -c groupadd -g 1000 elasticsearch && adduser --uid 1000 --gid 1000 --home /usr/share/elasticsearch elasticsearch && adduser elasticsearch root && chown -R 0:0 /usr/share/elasticsearch # buildkit",
    &[&[a("/etc/passwd", "elasticsearch:x:1000:1000:,,,:/usr/share/elasticsearch:/bin/bash\n"), a("/etc/group", "elasticsearch:x:1000:\n"), d("/usr/share/elasticsearch")]],
    "",
);
static L_ES8: Layer = layer(
    "elasticsearch-8.15.1",
    1_142_380_500,
    624_300_112,
    "COPY --chown=0:0 /usr/share/elasticsearch /usr/share/elasticsearch # buildkit",
    &[ES8_FILES],
    "",
);
static L_ES7: Layer = layer(
    "elasticsearch-7.17.24",
    675_512_330,
    456_010_208,
    "COPY --chown=0:0 /usr/share/elasticsearch /usr/share/elasticsearch # buildkit",
    &[ES7_FILES],
    "",
);
static L_TINI: Layer = layer(
    "tini",
    24_040,
    11_020,
    "COPY --chown=0:0 /bin/tini /bin/tini # buildkit",
    &[TINI_FILES],
    "",
);
static L_ES_ENTRY: Layer = layer(
    "elasticsearch-entrypoint",
    7_060,
    3_061,
    "COPY --chown=0:0 bin/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh # buildkit",
    &[ES_ENTRY_FILES],
    "",
);

// martin/docker-cleanup-volumes
static L_CLEANUP: Layer = layer(
    "docker-cleanup-volumes",
    21_008_180,
    7_102_430,
    "/bin/sh -c #(nop) ADD multi:3e130f7eb19731662b5e803b61ba4168160adb59261ff2d3c425c8d99d19bdd0 in / ",
    &[CLEANUP_FILES],
    "",
);

// ---------------------------------------------------------------------------------------------
// Images.

use History::{Empty as E, Layer as L};

const fn image(
    key: &'static str,
    os: &'static Os,
    created: &'static str,
    history: &'static [History],
    config: ImageConfig,
) -> Image {
    Image {
        key,
        os,
        created,
        history,
        config,
        retired: None,
    }
}

const DEBIAN_ENV: &[&str] = &[PATH_ENV];
const BASH_CMD: &[&str] = &["bash"];

static DEBIAN_BOOKWORM_IMG: Image = image(
    "debian:bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-04T00:00:00Z",
    &[L(&L_DEBIAN_BOOKWORM), E("CMD [\"bash\"]")],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: BASH_CMD,
        ..NO_CONFIG
    },
);
static DEBIAN_BOOKWORM_SLIM_IMG: Image = image(
    "debian:bookworm-slim",
    &DEBIAN_BOOKWORM,
    "2024-09-04T00:00:00Z",
    &[L(&L_DEBIAN_BOOKWORM_SLIM), E("CMD [\"bash\"]")],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: BASH_CMD,
        ..NO_CONFIG
    },
);
static DEBIAN_BULLSEYE_IMG: Image = image(
    "debian:bullseye",
    &DEBIAN_BULLSEYE,
    "2024-09-04T00:00:00Z",
    &[L(&L_DEBIAN_BULLSEYE), E("CMD [\"bash\"]")],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: BASH_CMD,
        ..NO_CONFIG
    },
);
static DEBIAN_BULLSEYE_SLIM_IMG: Image = image(
    "debian:bullseye-slim",
    &DEBIAN_BULLSEYE,
    "2024-09-04T00:00:00Z",
    &[L(&L_DEBIAN_BULLSEYE_SLIM), E("CMD [\"bash\"]")],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: BASH_CMD,
        ..NO_CONFIG
    },
);

const UBUNTU_CMD: &[&str] = &["/bin/bash"];
static UBUNTU_NOBLE_IMG: Image = image(
    "ubuntu:24.04",
    &UBUNTU_NOBLE,
    "2024-09-11T16:25:06Z",
    &[
        E("/bin/sh -c #(nop)  ARG RELEASE"),
        E("/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH"),
        E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu"),
        E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04"),
        L(&L_UBUNTU_NOBLE),
        E("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]"),
    ],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: UBUNTU_CMD,
        labels: &[
            ("org.opencontainers.image.ref.name", "ubuntu"),
            ("org.opencontainers.image.version", "24.04"),
        ],
        ..NO_CONFIG
    },
);
static UBUNTU_JAMMY_IMG: Image = image(
    "ubuntu:22.04",
    &UBUNTU_JAMMY,
    "2024-09-11T16:25:03Z",
    &[
        E("/bin/sh -c #(nop)  ARG RELEASE"),
        E("/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH"),
        E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu"),
        E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=22.04"),
        L(&L_UBUNTU_JAMMY),
        E("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]"),
    ],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: UBUNTU_CMD,
        labels: &[
            ("org.opencontainers.image.ref.name", "ubuntu"),
            ("org.opencontainers.image.version", "22.04"),
        ],
        ..NO_CONFIG
    },
);
static UBUNTU_FOCAL_IMG: Image = image(
    "ubuntu:20.04",
    &UBUNTU_FOCAL,
    "2024-08-13T09:47:19Z",
    &[
        E("/bin/sh -c #(nop)  ARG RELEASE"),
        E("/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH"),
        E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu"),
        E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=20.04"),
        L(&L_UBUNTU_FOCAL),
        E("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]"),
    ],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: UBUNTU_CMD,
        labels: &[
            ("org.opencontainers.image.ref.name", "ubuntu"),
            ("org.opencontainers.image.version", "20.04"),
        ],
        ..NO_CONFIG
    },
);
static UBUNTU_BIONIC_IMG: Image = image(
    "ubuntu:18.04",
    &UBUNTU_BIONIC,
    "2023-05-30T09:32:09Z",
    &[
        L(&L_UBUNTU_BIONIC),
        E("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]"),
    ],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: UBUNTU_CMD,
        ..NO_CONFIG
    },
);

const SH_CMD: &[&str] = &["/bin/sh"];
static ALPINE_3_20_IMG: Image = image(
    "alpine:3.20",
    &ALPINE_3_20,
    "2024-09-06T22:20:07Z",
    &[L(&L_ALPINE_3_20), E("CMD [\"/bin/sh\"]")],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: SH_CMD,
        ..NO_CONFIG
    },
);
static ALPINE_3_19_IMG: Image = image(
    "alpine:3.19",
    &ALPINE_3_19,
    "2024-09-06T22:20:07Z",
    &[L(&L_ALPINE_3_19), E("CMD [\"/bin/sh\"]")],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: SH_CMD,
        ..NO_CONFIG
    },
);
static ALPINE_3_5_IMG: Image = image(
    "alpine:3.5",
    &ALPINE_3_5,
    "2018-01-09T21:10:58Z",
    &[L(&L_ALPINE_3_5), E("/bin/sh -c #(nop)  CMD [\"/bin/sh\"]")],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: SH_CMD,
        ..NO_CONFIG
    },
);
static BUSYBOX_IMG: Image = image(
    "busybox:1.36.1",
    &BUSYBOX,
    "2023-05-18T22:34:17Z",
    &[L(&L_BUSYBOX), E("CMD [\"sh\"]")],
    ImageConfig {
        env: &["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
        cmd: &["sh"],
        ..NO_CONFIG
    },
);
static HELLO_IMG: Image = image(
    "hello-world:latest",
    &SCRATCH,
    "2023-05-02T16:49:27Z",
    &[L(&L_HELLO), E("CMD [\"/hello\"]")],
    ImageConfig {
        env: DEBIAN_ENV,
        cmd: &["/hello"],
        ..NO_CONFIG
    },
);

// python
const PY_PATH: &str =
    "PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
const PY312_ENV: &[&str] = &[
    PY_PATH,
    "LANG=C.UTF-8",
    "GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305",
    "PYTHON_VERSION=3.12.6",
];
const PY_CMD: &[&str] = &["python3"];

static PY312_IMG: Image = image(
    "python:3.12.6-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-12T19:41:57Z",
    &[
        L(&L_DEBIAN_BOOKWORM),
        E("CMD [\"bash\"]"),
        L(&L_BP_CURL),
        L(&L_BP_SCM),
        L(&L_BP_FULL),
        E("ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        E("ENV LANG=C.UTF-8"),
        L(&L_PY312_DEPS),
        E("ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305"),
        E("ENV PYTHON_VERSION=3.12.6"),
        L(&L_PY312_BUILD),
        L(&L_PY_LINKS),
        E("CMD [\"python3\"]"),
    ],
    ImageConfig {
        env: PY312_ENV,
        cmd: PY_CMD,
        ..NO_CONFIG
    },
);
static PY38_IMG: Image = image(
    "python:3.8.20-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-12T19:37:21Z",
    &[
        L(&L_DEBIAN_BOOKWORM),
        E("CMD [\"bash\"]"),
        L(&L_BP_CURL),
        L(&L_BP_SCM),
        L(&L_BP_FULL),
        E("ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        E("ENV LANG=C.UTF-8"),
        L(&L_PY312_DEPS),
        E("ENV GPG_KEY=E3FF2839C048B25C084DEBE9B26995E310250568"),
        E("ENV PYTHON_VERSION=3.8.20"),
        L(&L_PY38_BUILD),
        L(&L_PY_LINKS),
        E("CMD [\"python3\"]"),
    ],
    ImageConfig {
        env: &[
            PY_PATH,
            "LANG=C.UTF-8",
            "GPG_KEY=E3FF2839C048B25C084DEBE9B26995E310250568",
            "PYTHON_VERSION=3.8.20",
        ],
        cmd: PY_CMD,
        ..NO_CONFIG
    },
);
static PY312_SLIM_IMG: Image = image(
    "python:3.12.6-slim-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-12T19:45:10Z",
    &[
        L(&L_DEBIAN_BOOKWORM_SLIM),
        E("CMD [\"bash\"]"),
        E("ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        E("ENV LANG=C.UTF-8"),
        L(&L_PY_SLIM_DEPS),
        E("ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305"),
        E("ENV PYTHON_VERSION=3.12.6"),
        L(&L_PY312_SLIM_BUILD),
        L(&L_PY_LINKS),
        E("CMD [\"python3\"]"),
    ],
    ImageConfig {
        env: PY312_ENV,
        cmd: PY_CMD,
        ..NO_CONFIG
    },
);
static PY312_ALPINE_IMG: Image = image(
    "python:3.12.6-alpine3.20",
    &ALPINE_3_20,
    "2024-09-12T19:49:33Z",
    &[
        L(&L_ALPINE_3_20),
        E("CMD [\"/bin/sh\"]"),
        E("ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        E("ENV LANG=C.UTF-8"),
        L(&L_PY_ALPINE_DEPS),
        E("ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305"),
        E("ENV PYTHON_VERSION=3.12.6"),
        L(&L_PY312_ALPINE_BUILD),
        L(&L_PY_LINKS),
        E("CMD [\"python3\"]"),
    ],
    ImageConfig {
        env: PY312_ENV,
        cmd: PY_CMD,
        ..NO_CONFIG
    },
);

/// The history both python:3-onbuild and the image built from it start with.
macro_rules! onbuild_history {
    ($($rest:expr),* $(,)?) => {
        &[
            L(&L_DEBIAN_JESSIE),
            E("/bin/sh -c #(nop) CMD [\"/bin/bash\"]"),
            L(&L_BP_JESSIE_CURL),
            L(&L_BP_JESSIE_SCM),
            L(&L_BP_JESSIE_FULL),
            E("/bin/sh -c #(nop) ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            E("/bin/sh -c #(nop) ENV LANG=C.UTF-8"),
            E("/bin/sh -c #(nop) ENV GPG_KEY=97FC712E4C024BBEA48A61ED3A5CA953F73C700D"),
            E("/bin/sh -c #(nop) ENV PYTHON_VERSION=3.5.2"),
            E("/bin/sh -c #(nop) ENV PYTHON_PIP_VERSION=8.1.2"),
            L(&L_PY35_BUILD),
            L(&L_PY35_LINKS),
            E("/bin/sh -c #(nop) CMD [\"python3\"]"),
            L(&L_ONBUILD_MKDIR),
            E("/bin/sh -c #(nop) WORKDIR /usr/src/app"),
            E("/bin/sh -c #(nop) ONBUILD COPY requirements.txt /usr/src/app/"),
            E("/bin/sh -c #(nop) ONBUILD RUN pip install --no-cache-dir -r requirements.txt"),
            E("/bin/sh -c #(nop) ONBUILD COPY . /usr/src/app"),
            $($rest),*
        ]
    };
}

const PY35_ENV: &[&str] = &[
    PY_PATH,
    "LANG=C.UTF-8",
    "GPG_KEY=97FC712E4C024BBEA48A61ED3A5CA953F73C700D",
    "PYTHON_VERSION=3.5.2",
    "PYTHON_PIP_VERSION=8.1.2",
];

static PY3_ONBUILD_IMG: Image = Image {
    retired: Some(
        "The onbuild variants of the python image were deprecated in 2017 and later deleted from \
         Docker Hub, so this tag no longer resolves. Its three ONBUILD triggers copied \
         requirements.txt, ran pip install on it and copied the build context; write those steps \
         in your own Dockerfile on top of python:3 instead.",
    ),
    ..image(
        "python:3.5.2-onbuild",
        &DEBIAN_JESSIE,
        "2016-10-10T21:21:32Z",
        onbuild_history!(),
        ImageConfig {
            env: PY35_ENV,
            cmd: PY_CMD,
            workdir: "/usr/src/app",
            onbuild: &[
                "COPY requirements.txt /usr/src/app/",
                "RUN pip install --no-cache-dir -r requirements.txt",
                "COPY . /usr/src/app",
            ],
            ..NO_CONFIG
        },
    )
};

static CATNIP_IMG: Image = image(
    "prakhar1989/catnip:latest",
    &DEBIAN_JESSIE,
    "2016-10-15T08:02:44Z",
    onbuild_history!(
        L(&L_CATNIP_REQ),
        L(&L_CATNIP_PIP),
        L(&L_CATNIP_APP),
        E("/bin/sh -c #(nop)  EXPOSE 5000/tcp"),
        E("/bin/sh -c #(nop)  CMD [\"python\" \"./app.py\"]"),
    ),
    ImageConfig {
        env: PY35_ENV,
        cmd: &["python", "./app.py"],
        workdir: "/usr/src/app",
        exposed_ports: &["5000/tcp"],
        ..NO_CONFIG
    },
);

static STATIC_SITE_IMG: Image = image(
    "prakhar1989/static-site:latest",
    &DEBIAN_JESSIE,
    "2016-01-14T01:13:02Z",
    &[
        L(&L_DEBIAN_JESSIE),
        E("/bin/sh -c #(nop) CMD [\"/bin/bash\"]"),
        E("/bin/sh -c #(nop) MAINTAINER NGINX Docker Maintainers \"docker-maint@nginx.com\""),
        E("/bin/sh -c #(nop) ENV NGINX_VERSION=1.9.9-1~jessie"),
        L(&L_NGINX_JESSIE),
        L(&L_NGINX_LOGS_2016),
        E("/bin/sh -c #(nop) VOLUME [/var/cache/nginx]"),
        E("/bin/sh -c #(nop) EXPOSE 443/tcp 80/tcp"),
        E("/bin/sh -c #(nop) CMD [\"nginx\" \"-g\" \"daemon off;\"]"),
        L(&L_STATIC_SITE),
        E("/bin/sh -c #(nop) ENV AUTHOR=Docker"),
        E("/bin/sh -c #(nop) WORKDIR /usr/share/nginx/html"),
        E("/bin/sh -c #(nop) CMD [\"./wrapper.sh\"]"),
    ],
    ImageConfig {
        env: &[PATH_ENV, "NGINX_VERSION=1.9.9-1~jessie", "AUTHOR=Docker"],
        cmd: &["./wrapper.sh"],
        workdir: "/usr/share/nginx/html",
        exposed_ports: &["443/tcp", "80/tcp"],
        volumes: &["/var/cache/nginx"],
        ..NO_CONFIG
    },
);

static CLEANUP_IMG: Image = image(
    "martin/docker-cleanup-volumes:latest",
    &BUSYBOX,
    "2015-11-24T10:40:21Z",
    &[
        L(&L_BUSYBOX_OLD),
        E("/bin/sh -c #(nop) CMD [\"sh\"]"),
        L(&L_CLEANUP),
        E("/bin/sh -c #(nop) ENTRYPOINT [\"/bin/sh\" \"/docker-cleanup-volumes.sh\"]"),
    ],
    ImageConfig {
        env: DEBIAN_ENV,
        entrypoint: &["/bin/sh", "/docker-cleanup-volumes.sh"],
        ..NO_CONFIG
    },
);

// node
const NODE_ENTRYPOINT_CFG: &[&str] = &["docker-entrypoint.sh"];
static NODE22_IMG: Image = image(
    "node:22.9.0-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-18T01:13:40Z",
    &[
        L(&L_DEBIAN_BOOKWORM),
        E("CMD [\"bash\"]"),
        L(&L_BP_CURL),
        L(&L_BP_SCM),
        L(&L_BP_FULL),
        L(&L_NODE_USER),
        E("ENV NODE_VERSION=22.9.0"),
        L(&L_NODE22),
        E("ENV YARN_VERSION=1.22.22"),
        L(&L_YARN),
        L(&L_NODE_ENTRY),
        E("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
        E("CMD [\"node\"]"),
    ],
    ImageConfig {
        env: &[PATH_ENV, "NODE_VERSION=22.9.0", "YARN_VERSION=1.22.22"],
        cmd: &["node"],
        entrypoint: NODE_ENTRYPOINT_CFG,
        ..NO_CONFIG
    },
);
static NODE20_IMG: Image = image(
    "node:20.17.0-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-04T20:53:08Z",
    &[
        L(&L_DEBIAN_BOOKWORM),
        E("CMD [\"bash\"]"),
        L(&L_BP_CURL),
        L(&L_BP_SCM),
        L(&L_BP_FULL),
        L(&L_NODE_USER),
        E("ENV NODE_VERSION=20.17.0"),
        L(&L_NODE20),
        E("ENV YARN_VERSION=1.22.22"),
        L(&L_YARN),
        L(&L_NODE_ENTRY),
        E("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
        E("CMD [\"node\"]"),
    ],
    ImageConfig {
        env: &[PATH_ENV, "NODE_VERSION=20.17.0", "YARN_VERSION=1.22.22"],
        cmd: &["node"],
        entrypoint: NODE_ENTRYPOINT_CFG,
        ..NO_CONFIG
    },
);
static NODE22_ALPINE_IMG: Image = image(
    "node:22.9.0-alpine3.20",
    &ALPINE_3_20,
    "2024-09-18T01:20:11Z",
    &[
        L(&L_ALPINE_3_20),
        E("CMD [\"/bin/sh\"]"),
        E("ENV NODE_VERSION=22.9.0"),
        L(&L_NODE22_ALPINE),
        E("ENV YARN_VERSION=1.22.22"),
        L(&L_YARN_ALPINE),
        L(&L_NODE_ENTRY),
        E("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
        E("CMD [\"node\"]"),
    ],
    ImageConfig {
        env: &[PATH_ENV, "NODE_VERSION=22.9.0", "YARN_VERSION=1.22.22"],
        cmd: &["node"],
        entrypoint: NODE_ENTRYPOINT_CFG,
        ..NO_CONFIG
    },
);

// nginx
const NGINX_ENV: &[&str] = &[
    PATH_ENV,
    "NGINX_VERSION=1.27.1",
    "NJS_VERSION=0.8.5",
    "NJS_RELEASE=1~bookworm",
    "PKG_RELEASE=1~bookworm",
];
const NGINX_CMD: &[&str] = &["nginx", "-g", "daemon off;"];
const NGINX_LABELS: &[(&str, &str)] = &[(
    "maintainer",
    "NGINX Docker Maintainers <docker-maint@nginx.com>",
)];
static NGINX_IMG: Image = image(
    "nginx:1.27.1-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-08-14T21:31:12Z",
    &[
        L(&L_DEBIAN_BOOKWORM_SLIM),
        E("CMD [\"bash\"]"),
        E("LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>"),
        E("ENV NGINX_VERSION=1.27.1"),
        E("ENV NJS_VERSION=0.8.5"),
        E("ENV NJS_RELEASE=1~bookworm"),
        E("ENV PKG_RELEASE=1~bookworm"),
        L(&L_NGINX),
        L(&L_NGINX_ENTRY),
        L(&L_NGINX_SCRIPTS),
        E("ENTRYPOINT [\"/docker-entrypoint.sh\"]"),
        E("EXPOSE map[80/tcp:{}]"),
        E("STOPSIGNAL SIGQUIT"),
        E("CMD [\"nginx\" \"-g\" \"daemon off;\"]"),
    ],
    ImageConfig {
        env: NGINX_ENV,
        cmd: NGINX_CMD,
        entrypoint: &["/docker-entrypoint.sh"],
        exposed_ports: &["80/tcp"],
        stop_signal: "SIGQUIT",
        labels: NGINX_LABELS,
        ..NO_CONFIG
    },
);
static NGINX_ALPINE_IMG: Image = image(
    "nginx:1.27.1-alpine",
    &ALPINE_3_20,
    "2024-08-14T21:40:05Z",
    &[
        L(&L_ALPINE_3_20),
        E("CMD [\"/bin/sh\"]"),
        E("LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>"),
        E("ENV NGINX_VERSION=1.27.1"),
        E("ENV PKG_RELEASE=1"),
        L(&L_NGINX_ALPINE),
        L(&L_NGINX_ENTRY),
        L(&L_NGINX_SCRIPTS),
        E("ENTRYPOINT [\"/docker-entrypoint.sh\"]"),
        E("EXPOSE map[80/tcp:{}]"),
        E("STOPSIGNAL SIGQUIT"),
        E("CMD [\"nginx\" \"-g\" \"daemon off;\"]"),
    ],
    ImageConfig {
        env: &[PATH_ENV, "NGINX_VERSION=1.27.1", "PKG_RELEASE=1"],
        cmd: NGINX_CMD,
        entrypoint: &["/docker-entrypoint.sh"],
        exposed_ports: &["80/tcp"],
        stop_signal: "SIGQUIT",
        labels: NGINX_LABELS,
        ..NO_CONFIG
    },
);

static HTTPD_IMG: Image = image(
    "httpd:2.4.62-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-04T01:36:24Z",
    &[
        L(&L_DEBIAN_BOOKWORM_SLIM),
        E("CMD [\"bash\"]"),
        E("ENV HTTPD_PREFIX=/usr/local/apache2"),
        E("ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        L(&L_HTTPD_MKDIR),
        E("WORKDIR /usr/local/apache2"),
        L(&L_HTTPD_DEPS),
        E("ENV HTTPD_VERSION=2.4.62"),
        L(&L_HTTPD_BUILD),
        E("STOPSIGNAL SIGWINCH"),
        L(&L_HTTPD_FG),
        E("EXPOSE map[80/tcp:{}]"),
        E("CMD [\"httpd-foreground\"]"),
    ],
    ImageConfig {
        env: &[
            "PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HTTPD_PREFIX=/usr/local/apache2",
            "HTTPD_VERSION=2.4.62",
        ],
        cmd: &["httpd-foreground"],
        workdir: "/usr/local/apache2",
        exposed_ports: &["80/tcp"],
        stop_signal: "SIGWINCH",
        ..NO_CONFIG
    },
);

static REDIS_IMG: Image = image(
    "redis:7.4.0-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-04T01:48:52Z",
    &[
        L(&L_DEBIAN_BOOKWORM_SLIM),
        E("CMD [\"bash\"]"),
        L(&L_REDIS_USER),
        E("ENV GOSU_VERSION=1.17"),
        L(&L_GOSU),
        E("ENV REDIS_VERSION=7.4.0"),
        E("ENV REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.0.tar.gz"),
        L(&L_REDIS_BUILD),
        L(&L_REDIS_DATA),
        E("VOLUME [/data]"),
        E("WORKDIR /data"),
        L(&L_REDIS_ENTRY),
        E("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
        E("EXPOSE map[6379/tcp:{}]"),
        E("CMD [\"redis-server\"]"),
    ],
    ImageConfig {
        env: &[
            PATH_ENV,
            "GOSU_VERSION=1.17",
            "REDIS_VERSION=7.4.0",
            "REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.0.tar.gz",
        ],
        cmd: &["redis-server"],
        entrypoint: &["docker-entrypoint.sh"],
        workdir: "/data",
        exposed_ports: &["6379/tcp"],
        volumes: &["/data"],
        ..NO_CONFIG
    },
);

static POSTGRES_IMG: Image = image(
    "postgres:16.4-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-04T02:12:40Z",
    &[
        L(&L_DEBIAN_BOOKWORM_SLIM),
        E("CMD [\"bash\"]"),
        L(&L_PG_USER),
        E("ENV GOSU_VERSION=1.17"),
        L(&L_GOSU),
        L(&L_PG_LOCALES),
        E("ENV LANG=en_US.utf8"),
        E("ENV PG_MAJOR=16"),
        E("ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin"),
        E("ENV PG_VERSION=16.4-1.pgdg120+1"),
        L(&L_PG_INSTALL),
        L(&L_PG_ENTRY),
        E("ENV PGDATA=/var/lib/postgresql/data"),
        E("VOLUME [/var/lib/postgresql/data]"),
        E("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
        E("STOPSIGNAL SIGINT"),
        E("EXPOSE map[5432/tcp:{}]"),
        E("CMD [\"postgres\"]"),
    ],
    ImageConfig {
        env: &[
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin",
            "GOSU_VERSION=1.17",
            "LANG=en_US.utf8",
            "PG_MAJOR=16",
            "PG_VERSION=16.4-1.pgdg120+1",
            "PGDATA=/var/lib/postgresql/data",
        ],
        cmd: &["postgres"],
        entrypoint: &["docker-entrypoint.sh"],
        exposed_ports: &["5432/tcp"],
        volumes: &["/var/lib/postgresql/data"],
        stop_signal: "SIGINT",
        ..NO_CONFIG
    },
);

static MYSQL_IMG: Image = image(
    "mysql:9.0.1-oraclelinux9",
    &ORACLE_9,
    "2024-07-23T00:33:30Z",
    &[
        L(&L_ORACLE_9),
        E("CMD [\"/bin/bash\"]"),
        L(&L_MYSQL_USER),
        E("ENV GOSU_VERSION=1.17"),
        L(&L_MYSQL_GOSU),
        L(&L_MYSQL_TOOLS),
        E("ENV MYSQL_MAJOR=innovation"),
        E("ENV MYSQL_VERSION=9.0.1-1.el9"),
        L(&L_MYSQL_SERVER),
        E("ENV MYSQL_SHELL_VERSION=9.0.1-1.el9"),
        L(&L_MYSQL_SHELL),
        E("VOLUME [/var/lib/mysql]"),
        L(&L_MYSQL_ENTRY),
        L(&L_MYSQL_LINK),
        E("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
        E("EXPOSE map[3306/tcp:{} 33060/tcp:{}]"),
        E("CMD [\"mysqld\"]"),
    ],
    ImageConfig {
        env: &[
            PATH_ENV,
            "GOSU_VERSION=1.17",
            "MYSQL_MAJOR=innovation",
            "MYSQL_VERSION=9.0.1-1.el9",
            "MYSQL_SHELL_VERSION=9.0.1-1.el9",
        ],
        cmd: &["mysqld"],
        entrypoint: &["docker-entrypoint.sh"],
        exposed_ports: &["3306/tcp", "33060/tcp"],
        volumes: &["/var/lib/mysql"],
        ..NO_CONFIG
    },
);

static MARIADB_IMG: Image = image(
    "mariadb:11.5.2-noble",
    &UBUNTU_NOBLE,
    "2024-08-22T17:06:41Z",
    &[
        E("/bin/sh -c #(nop)  ARG RELEASE"),
        E("/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH"),
        E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu"),
        E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04"),
        L(&L_UBUNTU_NOBLE),
        E("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]"),
        L(&L_MARIADB_USER),
        E("ENV GOSU_VERSION=1.17"),
        L(&L_MARIADB_GOSU),
        E("ENV LANG=C.UTF-8"),
        E("ENV MARIADB_VERSION=1:11.5.2+maria~ubu2404"),
        L(&L_MARIADB_SERVER),
        E("VOLUME [/var/lib/mysql]"),
        L(&L_MARIADB_ENTRY),
        E("ENTRYPOINT [\"docker-entrypoint.sh\"]"),
        E("EXPOSE map[3306/tcp:{}]"),
        E("CMD [\"mariadbd\"]"),
    ],
    ImageConfig {
        env: &[
            PATH_ENV,
            "GOSU_VERSION=1.17",
            "LANG=C.UTF-8",
            "MARIADB_VERSION=1:11.5.2+maria~ubu2404",
        ],
        cmd: &["mariadbd"],
        entrypoint: &["docker-entrypoint.sh"],
        exposed_ports: &["3306/tcp"],
        volumes: &["/var/lib/mysql"],
        ..NO_CONFIG
    },
);

static GOLANG_IMG: Image = image(
    "golang:1.23.1-bookworm",
    &DEBIAN_BOOKWORM,
    "2024-09-06T17:45:31Z",
    &[
        L(&L_DEBIAN_BOOKWORM),
        E("CMD [\"bash\"]"),
        L(&L_BP_CURL),
        L(&L_BP_SCM),
        L(&L_GO_DEPS),
        E("ENV GOLANG_VERSION=1.23.1"),
        E("ENV GOTOOLCHAIN=local"),
        E("ENV GOPATH=/go"),
        E("ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        L(&L_GO),
        L(&L_GOPATH),
        E("WORKDIR /go"),
    ],
    ImageConfig {
        env: &[
            "PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "GOLANG_VERSION=1.23.1",
            "GOTOOLCHAIN=local",
            "GOPATH=/go",
        ],
        workdir: "/go",
        ..NO_CONFIG
    },
);

macro_rules! es_history {
    ($es:expr, $version:literal) => {
        &[
            E("/bin/sh -c #(nop)  ARG RELEASE"),
            E("/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH"),
            E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu"),
            E("/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=20.04"),
            L(&L_UBUNTU_FOCAL),
            E("/bin/sh -c #(nop)  CMD [\"/bin/bash\"]"),
            L(&L_ES_APT),
            L(&L_ES_USER),
            E("ENV ELASTIC_CONTAINER=true"),
            E("WORKDIR /usr/share/elasticsearch"),
            L($es),
            L(&L_TINI),
            E("ENV PATH=/usr/share/elasticsearch/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            L(&L_ES_ENTRY),
            E(concat!("LABEL org.opencontainers.image.version=", $version)),
            E("EXPOSE map[9200/tcp:{} 9300/tcp:{}]"),
            E("ENTRYPOINT [\"/bin/tini\" \"--\" \"/usr/local/bin/docker-entrypoint.sh\"]"),
            E("CMD [\"eswrapper\"]"),
            E("USER 1000:0"),
        ]
    };
}

const ES_CONFIG_DEFAULTS: ImageConfig = ImageConfig {
    env: &[
        "PATH=/usr/share/elasticsearch/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "ELASTIC_CONTAINER=true",
    ],
    cmd: &["eswrapper"],
    entrypoint: &["/bin/tini", "--", "/usr/local/bin/docker-entrypoint.sh"],
    workdir: "/usr/share/elasticsearch",
    exposed_ports: &["9200/tcp", "9300/tcp"],
    user: "1000:0",
    ..NO_CONFIG
};

static ES8_IMG: Image = image(
    "elasticsearch:8.15.1",
    &UBUNTU_FOCAL,
    "2024-09-05T12:31:03Z",
    es_history!(&L_ES8, "8.15.1"),
    ImageConfig {
        labels: &[("org.opencontainers.image.version", "8.15.1")],
        ..ES_CONFIG_DEFAULTS
    },
);
static ES7_IMG: Image = image(
    "elasticsearch:7.17.24",
    &UBUNTU_FOCAL,
    "2024-09-10T19:02:17Z",
    es_history!(&L_ES7, "7.17.24"),
    ImageConfig {
        labels: &[("org.opencontainers.image.version", "7.17.24")],
        ..ES_CONFIG_DEFAULTS
    },
);

// ---------------------------------------------------------------------------------------------
// Repositories and tags. Aliases name the same image.

pub static REPOS: &[Repo] = &[
    Repo {
        name: "ubuntu",
        official: true,
        stars: 17_412,
        description: "Ubuntu, the Debian-based Linux distribution with long-term support releases every two years.",
        tags: &[
            ("latest", &UBUNTU_NOBLE_IMG),
            ("24.04", &UBUNTU_NOBLE_IMG),
            ("noble", &UBUNTU_NOBLE_IMG),
            ("22.04", &UBUNTU_JAMMY_IMG),
            ("jammy", &UBUNTU_JAMMY_IMG),
            ("20.04", &UBUNTU_FOCAL_IMG),
            ("focal", &UBUNTU_FOCAL_IMG),
            ("18.04", &UBUNTU_BIONIC_IMG),
            ("bionic", &UBUNTU_BIONIC_IMG),
        ],
    },
    Repo {
        name: "debian",
        official: true,
        stars: 5_094,
        description: "Debian GNU/Linux, a stable distribution built entirely from free software.",
        tags: &[
            ("latest", &DEBIAN_BOOKWORM_IMG),
            ("bookworm", &DEBIAN_BOOKWORM_IMG),
            ("12", &DEBIAN_BOOKWORM_IMG),
            ("12.7", &DEBIAN_BOOKWORM_IMG),
            ("stable", &DEBIAN_BOOKWORM_IMG),
            ("bookworm-slim", &DEBIAN_BOOKWORM_SLIM_IMG),
            ("12-slim", &DEBIAN_BOOKWORM_SLIM_IMG),
            ("12.7-slim", &DEBIAN_BOOKWORM_SLIM_IMG),
            ("stable-slim", &DEBIAN_BOOKWORM_SLIM_IMG),
            ("bullseye", &DEBIAN_BULLSEYE_IMG),
            ("11", &DEBIAN_BULLSEYE_IMG),
            ("11.11", &DEBIAN_BULLSEYE_IMG),
            ("oldstable", &DEBIAN_BULLSEYE_IMG),
            ("bullseye-slim", &DEBIAN_BULLSEYE_SLIM_IMG),
            ("11-slim", &DEBIAN_BULLSEYE_SLIM_IMG),
            ("11.11-slim", &DEBIAN_BULLSEYE_SLIM_IMG),
            ("oldstable-slim", &DEBIAN_BULLSEYE_SLIM_IMG),
        ],
    },
    Repo {
        name: "alpine",
        official: true,
        stars: 11_052,
        description: "A tiny Linux distribution built on musl libc and BusyBox; its image is about 7 MB.",
        tags: &[
            ("latest", &ALPINE_3_20_IMG),
            ("3", &ALPINE_3_20_IMG),
            ("3.20", &ALPINE_3_20_IMG),
            ("3.20.3", &ALPINE_3_20_IMG),
            ("3.19", &ALPINE_3_19_IMG),
            ("3.19.4", &ALPINE_3_19_IMG),
            ("3.5", &ALPINE_3_5_IMG),
            ("3.5.2", &ALPINE_3_5_IMG),
        ],
    },
    Repo {
        name: "busybox",
        official: true,
        stars: 3_321,
        description: "Hundreds of small Unix tools in one executable: a shell in about 4 MB.",
        tags: &[
            ("latest", &BUSYBOX_IMG),
            ("1", &BUSYBOX_IMG),
            ("1.36", &BUSYBOX_IMG),
            ("1.36.1", &BUSYBOX_IMG),
            ("glibc", &BUSYBOX_IMG),
            ("stable", &BUSYBOX_IMG),
        ],
    },
    Repo {
        name: "hello-world",
        official: true,
        stars: 2_318,
        description: "Prints a short greeting and exits: the quickest check that Docker can run containers.",
        tags: &[("latest", &HELLO_IMG), ("linux", &HELLO_IMG)],
    },
    Repo {
        name: "python",
        official: true,
        stars: 9_907,
        description: "The Python interpreter with pip, for running scripts and web apps written in Python.",
        tags: &[
            ("latest", &PY312_IMG),
            ("3", &PY312_IMG),
            ("3.12", &PY312_IMG),
            ("3.12.6", &PY312_IMG),
            ("bookworm", &PY312_IMG),
            ("3-bookworm", &PY312_IMG),
            ("3.12-bookworm", &PY312_IMG),
            ("3.12.6-bookworm", &PY312_IMG),
            ("slim", &PY312_SLIM_IMG),
            ("3-slim", &PY312_SLIM_IMG),
            ("3.12-slim", &PY312_SLIM_IMG),
            ("3.12.6-slim", &PY312_SLIM_IMG),
            ("slim-bookworm", &PY312_SLIM_IMG),
            ("3.12-slim-bookworm", &PY312_SLIM_IMG),
            ("alpine", &PY312_ALPINE_IMG),
            ("3-alpine", &PY312_ALPINE_IMG),
            ("3.12-alpine", &PY312_ALPINE_IMG),
            ("3.12.6-alpine", &PY312_ALPINE_IMG),
            ("alpine3.20", &PY312_ALPINE_IMG),
            ("3.12-alpine3.20", &PY312_ALPINE_IMG),
            ("3.8", &PY38_IMG),
            ("3.8.20", &PY38_IMG),
            ("3.8-bookworm", &PY38_IMG),
            ("3-onbuild", &PY3_ONBUILD_IMG),
            ("3.5-onbuild", &PY3_ONBUILD_IMG),
            ("onbuild", &PY3_ONBUILD_IMG),
        ],
    },
    Repo {
        name: "node",
        official: true,
        stars: 13_702,
        description: "The Node.js JavaScript runtime, with npm and yarn for installing packages.",
        tags: &[
            ("latest", &NODE22_IMG),
            ("22", &NODE22_IMG),
            ("22.9", &NODE22_IMG),
            ("22.9.0", &NODE22_IMG),
            ("current", &NODE22_IMG),
            ("bookworm", &NODE22_IMG),
            ("22-bookworm", &NODE22_IMG),
            ("20", &NODE20_IMG),
            ("20.17", &NODE20_IMG),
            ("20.17.0", &NODE20_IMG),
            ("lts", &NODE20_IMG),
            ("iron", &NODE20_IMG),
            ("20-bookworm", &NODE20_IMG),
            ("alpine", &NODE22_ALPINE_IMG),
            ("22-alpine", &NODE22_ALPINE_IMG),
            ("22.9-alpine", &NODE22_ALPINE_IMG),
            ("22.9.0-alpine", &NODE22_ALPINE_IMG),
            ("current-alpine", &NODE22_ALPINE_IMG),
            ("alpine3.20", &NODE22_ALPINE_IMG),
        ],
    },
    Repo {
        name: "nginx",
        official: true,
        stars: 20_613,
        description: "The nginx web server, also used as a reverse proxy, load balancer and HTTP cache.",
        tags: &[
            ("latest", &NGINX_IMG),
            ("1", &NGINX_IMG),
            ("1.27", &NGINX_IMG),
            ("1.27.1", &NGINX_IMG),
            ("mainline", &NGINX_IMG),
            ("bookworm", &NGINX_IMG),
            ("alpine", &NGINX_ALPINE_IMG),
            ("1-alpine", &NGINX_ALPINE_IMG),
            ("1.27-alpine", &NGINX_ALPINE_IMG),
            ("1.27.1-alpine", &NGINX_ALPINE_IMG),
            ("mainline-alpine", &NGINX_ALPINE_IMG),
        ],
    },
    Repo {
        name: "httpd",
        official: true,
        stars: 4_808,
        description: "The Apache HTTP Server, a long-standing open-source web server.",
        tags: &[
            ("latest", &HTTPD_IMG),
            ("2", &HTTPD_IMG),
            ("2.4", &HTTPD_IMG),
            ("2.4.62", &HTTPD_IMG),
            ("bookworm", &HTTPD_IMG),
        ],
    },
    Repo {
        name: "redis",
        official: true,
        stars: 12_815,
        description: "Redis, an in-memory key-value store used as a database, cache and message broker.",
        tags: &[
            ("latest", &REDIS_IMG),
            ("7", &REDIS_IMG),
            ("7.4", &REDIS_IMG),
            ("7.4.0", &REDIS_IMG),
            ("bookworm", &REDIS_IMG),
        ],
    },
    Repo {
        name: "postgres",
        official: true,
        stars: 13_618,
        description: "PostgreSQL, an advanced open-source object-relational database.",
        tags: &[
            ("latest", &POSTGRES_IMG),
            ("16", &POSTGRES_IMG),
            ("16.4", &POSTGRES_IMG),
            ("bookworm", &POSTGRES_IMG),
            ("16-bookworm", &POSTGRES_IMG),
        ],
    },
    Repo {
        name: "mysql",
        official: true,
        stars: 15_371,
        description: "MySQL, a popular open-source relational database server (community edition).",
        tags: &[
            ("latest", &MYSQL_IMG),
            ("9", &MYSQL_IMG),
            ("9.0", &MYSQL_IMG),
            ("9.0.1", &MYSQL_IMG),
            ("innovation", &MYSQL_IMG),
            ("oraclelinux9", &MYSQL_IMG),
        ],
    },
    Repo {
        name: "mariadb",
        official: true,
        stars: 5_867,
        description: "MariaDB Server, a community-developed fork of MySQL that stays compatible with it.",
        tags: &[
            ("latest", &MARIADB_IMG),
            ("11", &MARIADB_IMG),
            ("11.5", &MARIADB_IMG),
            ("11.5.2", &MARIADB_IMG),
            ("noble", &MARIADB_IMG),
        ],
    },
    Repo {
        name: "golang",
        official: true,
        stars: 4_907,
        description: "The Go programming language toolchain, for building and running Go programs.",
        tags: &[
            ("latest", &GOLANG_IMG),
            ("1", &GOLANG_IMG),
            ("1.23", &GOLANG_IMG),
            ("1.23.1", &GOLANG_IMG),
            ("bookworm", &GOLANG_IMG),
            ("1.23-bookworm", &GOLANG_IMG),
        ],
    },
    Repo {
        name: "elasticsearch",
        official: true,
        stars: 6_329,
        description: "Elasticsearch, a distributed search and analytics engine with a JSON REST API.",
        // There is no `latest` tag: a pull without a tag fails, as on the real Hub.
        tags: &[("8.15.1", &ES8_IMG), ("7.17.24", &ES7_IMG)],
    },
    Repo {
        name: "prakhar1989/catnip",
        official: false,
        stars: 9,
        description: "A small Flask app that shows a random cat GIF on every page load.",
        tags: &[("latest", &CATNIP_IMG)],
    },
    Repo {
        name: "prakhar1989/static-site",
        official: false,
        stars: 27,
        description: "A static web page served by nginx, for practising published ports.",
        tags: &[("latest", &STATIC_SITE_IMG)],
    },
    Repo {
        name: "martin/docker-cleanup-volumes",
        official: false,
        stars: 80,
        description: "Removes volume directories that no container uses any more.",
        tags: &[("latest", &CLEANUP_IMG)],
    },
];

const fn row(
    name: &'static str,
    stars: u32,
    official: bool,
    description: &'static str,
) -> SearchRow {
    SearchRow {
        name,
        description,
        stars,
        official,
        automated: false,
    }
}

/// Repositories that appear in `docker search` results but cannot be pulled in the simulation.
pub static SEARCH_EXTRA: &[SearchRow] = &[
    row(
        "phpmyadmin",
        1_002,
        true,
        "phpMyAdmin, a browser interface for managing MySQL and MariaDB databases.",
    ),
    row(
        "percona",
        621,
        true,
        "Percona Server, a MySQL-compatible database with extra performance tooling.",
    ),
    row(
        "bitnami/mysql",
        120,
        false,
        "MySQL packaged by Bitnami with sensible defaults and frequent updates.",
    ),
    row(
        "ubuntu/mysql",
        68,
        false,
        "MySQL on an Ubuntu LTS base, maintained by Canonical.",
    ),
    row(
        "circleci/mysql",
        30,
        false,
        "MySQL images tuned for continuous-integration jobs.",
    ),
    row(
        "bitnami/mariadb",
        98,
        false,
        "MariaDB packaged by Bitnami with sensible defaults.",
    ),
    row(
        "pypy",
        380,
        true,
        "PyPy, a fast alternative Python implementation with a JIT compiler.",
    ),
    row(
        "hylang",
        51,
        true,
        "Hy, a Lisp dialect that compiles to Python.",
    ),
    row(
        "circleci/python",
        55,
        false,
        "Python images tuned for continuous-integration jobs.",
    ),
    row(
        "bitnami/python",
        26,
        false,
        "Python packaged by Bitnami with sensible defaults.",
    ),
    row(
        "cimg/python",
        16,
        false,
        "Python convenience images for CI pipelines.",
    ),
    row(
        "ubuntu/python",
        24,
        false,
        "Python on an Ubuntu LTS base, maintained by Canonical.",
    ),
    row(
        "kibana",
        2_605,
        true,
        "Kibana, the browser front end for searching and charting Elasticsearch data.",
    ),
    row(
        "logstash",
        2_214,
        true,
        "Logstash, a pipeline that collects, transforms and ships logs and events.",
    ),
    row(
        "bitnami/elasticsearch",
        80,
        false,
        "Elasticsearch packaged by Bitnami with sensible defaults.",
    ),
    row(
        "elastic/elasticsearch",
        91,
        false,
        "Elasticsearch images published by Elastic, the company behind it.",
    ),
    row(
        "itzg/elasticsearch",
        71,
        false,
        "Elasticsearch configured entirely through environment variables.",
    ),
    row(
        "appbaseio/dejavu",
        95,
        false,
        "A web UI for browsing and editing data stored in Elasticsearch.",
    ),
    row(
        "nshou/elasticsearch-kibana",
        20,
        false,
        "Elasticsearch and Kibana together in one small image.",
    ),
    row(
        "bitnami/nginx",
        190,
        false,
        "nginx packaged by Bitnami with sensible defaults.",
    ),
    row(
        "nginxinc/nginx-unprivileged",
        150,
        false,
        "nginx that runs as a non-root user on port 8080.",
    ),
    row(
        "nginx/nginx-ingress",
        98,
        false,
        "An nginx-based Ingress controller for Kubernetes.",
    ),
    row(
        "bitnami/node",
        75,
        false,
        "Node.js packaged by Bitnami with sensible defaults.",
    ),
    row(
        "circleci/node",
        130,
        false,
        "Node.js images tuned for continuous-integration jobs.",
    ),
    row(
        "cimg/node",
        20,
        false,
        "Node.js convenience images for CI pipelines.",
    ),
    row(
        "ubuntu/nginx",
        117,
        false,
        "nginx on an Ubuntu LTS base, maintained by Canonical.",
    ),
    row(
        "ubuntu/apache2",
        80,
        false,
        "Apache httpd on an Ubuntu LTS base, maintained by Canonical.",
    ),
    row(
        "alpine/git",
        240,
        false,
        "The git client as a small Alpine-based image.",
    ),
    row(
        "alpine/curl",
        10,
        false,
        "curl as a small Alpine-based image.",
    ),
    row(
        "bitnami/redis",
        300,
        false,
        "Redis packaged by Bitnami with sensible defaults.",
    ),
    row(
        "redis/redis-stack",
        80,
        false,
        "Redis with its search, JSON and time-series modules and a browser UI.",
    ),
    row(
        "bitnami/postgresql",
        230,
        false,
        "PostgreSQL packaged by Bitnami with sensible defaults.",
    ),
    row(
        "circleci/golang",
        30,
        false,
        "Go images tuned for continuous-integration jobs.",
    ),
    row(
        "docker/getting-started",
        100,
        false,
        "Docker's own getting-started tutorial, served as a local website.",
    ),
];
