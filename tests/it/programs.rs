//! Simulated programs: each program's output, error texts and exit codes, GNU (Debian) and
//! busybox (Alpine), run through the shell on a small machine and compared with goldens.

use layerlab::sh::{Flavour, Invoked, Shell, Stream};
use layerlab::vfs::{Content, Cred, Fs as Vfs};

use crate::golden::assert_golden;

/// 2024-09-20T10:00:00Z, the world clock's start.
const START_MS: u64 = 1_726_826_400_000;
/// When the base image's files were made (2023-11-14).
const IMAGE_TIME: u64 = 1_700_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Distro {
    Debian,
    Alpine,
}

use crate::machine::TestMachine;

const DEBIAN_BIN: &[&str] = &[
    "ls", "cat", "mkdir", "touch", "rm", "cp", "mv", "ln", "chmod", "chown", "pwd", "echo", "true",
    "false", "sleep", "date", "uname", "hostname", "tar", "grep", "egrep", "dash", "bash",
];
const DEBIAN_USR_BIN: &[&str] = &[
    "env", "which", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "find", "xargs", "id",
    "whoami", "du", "stat",
];
const DEBIAN_SBIN: &[&str] = &["useradd", "groupadd", "adduser", "addgroup"];

const ALPINE_BIN: &[&str] = &[
    "ls", "cat", "mkdir", "touch", "rm", "cp", "mv", "ln", "chmod", "chown", "pwd", "echo", "true",
    "false", "sleep", "date", "uname", "hostname", "tar", "grep", "egrep", "ash", "sh",
];
const ALPINE_USR_BIN: &[&str] = &[
    "env", "which", "head", "tail", "wc", "sort", "uniq", "cut", "tr", "find", "xargs", "id",
    "whoami", "du", "stat",
];
const ALPINE_SBIN: &[&str] = &["adduser", "addgroup"];

const DEBIAN_PASSWD: &str = "root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
";
const DEBIAN_GROUP: &str = "root:x:0:
daemon:x:1:
bin:x:2:
adm:x:4:
staff:x:50:
www-data:x:33:
users:x:100:
nogroup:x:65534:
";
const ALPINE_PASSWD: &str = "root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
www-data:x:82:82:Linux User,,,:/home/www-data:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
";
const ALPINE_GROUP: &str = "root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin,adm
adm:x:4:root,adm,daemon
tty:x:5:
disk:x:6:root,adm
wheel:x:10:root
floppy:x:11:root
dialout:x:20:root
tape:x:26:root
video:x:27:root
www-data:x:82:
users:x:100:games
nogroup:x:65533:
nobody:x:65534:
";

/// A machine with the files of `distro`.
fn machine(distro: Distro) -> TestMachine {
    let mut fs = Vfs::new();
    fs.set_now(IMAGE_TIME);
    for d in [
        "/bin",
        "/usr/bin",
        "/usr/sbin",
        "/etc/skel",
        "/root",
        "/home",
        "/tmp",
        "/var/www",
    ] {
        fs.mkdir_all(d, 0o755).expect("mkdir");
    }
    let _ = fs.chmod("/tmp", 0o1777);
    let _ = fs.chmod("/root", 0o700);
    let file = |fs: &mut Vfs, p: &str, body: &str, mode: u32| {
        fs.put_file(p, Content::bytes(body.as_bytes().to_vec()), mode)
            .expect("put file");
    };
    match distro {
        Distro::Debian => {
            for (dir, names) in [
                ("/bin", DEBIAN_BIN),
                ("/usr/bin", DEBIAN_USR_BIN),
                ("/usr/sbin", DEBIAN_SBIN),
            ] {
                for n in names {
                    fs.put_file(
                        &format!("{dir}/{n}"),
                        Content::synthetic(125_640, &format!("the {n} program")),
                        0o755,
                    )
                    .expect("program");
                }
            }
            fs.symlink("dash", "/bin/sh").expect("sh");
            file(&mut fs, "/etc/passwd", DEBIAN_PASSWD, 0o644);
            file(&mut fs, "/etc/group", DEBIAN_GROUP, 0o644);
            file(&mut fs, "/etc/shadow", "root:*:19676:0:99999:7:::\n", 0o640);
            file(&mut fs, "/etc/gshadow", "root:*::\n", 0o640);
            file(
                &mut fs,
                "/etc/os-release",
                "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n",
                0o644,
            );
            file(&mut fs, "/etc/skel/.bashrc", "# ~/.bashrc\n", 0o644);
            file(&mut fs, "/etc/skel/.profile", "# ~/.profile\n", 0o644);
        }
        Distro::Alpine => {
            fs.put_file(
                "/bin/busybox",
                Content::synthetic(808_712, "busybox"),
                0o755,
            )
            .expect("busybox");
            for (dir, names) in [
                ("/bin", ALPINE_BIN),
                ("/usr/bin", ALPINE_USR_BIN),
                ("/usr/sbin", ALPINE_SBIN),
            ] {
                for n in names {
                    fs.symlink("/bin/busybox", &format!("{dir}/{n}"))
                        .expect("applet");
                }
            }
            file(&mut fs, "/etc/passwd", ALPINE_PASSWD, 0o644);
            file(&mut fs, "/etc/group", ALPINE_GROUP, 0o644);
            file(&mut fs, "/etc/shadow", "root:*::0:::::\n", 0o640);
            file(
                &mut fs,
                "/etc/os-release",
                "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.20.3\n",
                0o644,
            );
        }
    }
    file(&mut fs, "/etc/hostname", "3f4a9c2b1d0e\n", 0o644);
    fs.set_now(START_MS / 1000);
    fs.set_cred(Cred { uid: 0, gid: 0 });
    TestMachine {
        fs,
        clock: START_MS,
        seed: 7,
    }
}

fn shell(distro: Distro) -> Shell {
    let flavour = match distro {
        Distro::Debian => Flavour::Dash,
        Distro::Alpine => Flavour::Busybox,
    };
    Shell::new(flavour, "sh", Invoked::Command)
        .with_env([
            (
                "PATH",
                "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            ),
            ("HOME", "/root"),
            ("HOSTNAME", "3f4a9c2b1d0e"),
        ])
        .with_cwd("/root")
}

/// Run each line in one shell on one fresh machine; the transcript shows the command, its
/// output (standard error lines marked `2| `) and any non-zero status.
fn check(golden: &str, distro: Distro, lines: &[&str]) {
    let registry = layerlab::programs::registry::<TestMachine>();
    let mut m = machine(distro);
    let mut sh = shell(distro);
    let mut all = String::new();
    for line in lines {
        let out = sh.run(&mut m, &registry, line, b"");
        all.push_str("$ ");
        all.push_str(line);
        all.push('\n');
        for (stream, bytes) in out.output.chunks() {
            let text = String::from_utf8_lossy(bytes);
            for l in text.split_inclusive('\n') {
                if *stream == Stream::Stderr {
                    all.push_str("2| ");
                }
                all.push_str(l);
            }
            if !text.ends_with('\n') {
                all.push_str("⏎\n");
            }
        }
        if out.status != 0 {
            all.push_str(&format!("[exit {}]\n", out.status));
        }
    }
    assert_golden(&format!("programs/{golden}.txt"), &all);
}

use Distro::{Alpine, Debian};

#[test]
fn ls() {
    check(
        "ls",
        Debian,
        &[
            "mkdir -p /app/static && cd /app && echo 'print(1)' > app.py && echo flask > requirements.txt && touch .env",
            "ls /app",
            "ls -a /app",
            "ls -la /app",
            "ls -l /app/app.py /etc/hostname",
            "ls -1 /",
            "ls -lh /bin/ls",
            "ln -s app.py /app/link.py && ls -l /app",
            "ls -R /app",
            "ls -d /app /tmp",
            "ls -ld /tmp /root",
            "ls nope; echo status=$?",
            "ls /app nope /etc/hostname",
            "ls -z",
            "ls --bogus",
            "TERM=xterm ls /bin",
            "TERM=xterm COLUMNS=40 ls /usr/bin",
            "ls /app/app.py/",
            "/bin/ls nothere",
            "touch '/app/my file.txt' && ls /app && TERM=xterm ls /app && TERM=xterm ls -l /app",
        ],
    );
    check(
        "ls-busybox",
        Alpine,
        &[
            "mkdir -p /app/static && cd /app && echo 'print(1)' > app.py && echo flask > requirements.txt",
            "ls /app",
            "ls -la /app",
            "ls -l /bin/sh /bin/busybox",
            "ls nope; echo status=$?",
            "TERM=xterm ls /usr/bin",
            "ls -z",
            "ls /app -l",
            "ls -lah /app",
        ],
    );
}

#[test]
fn cat() {
    check(
        "cat",
        Debian,
        &[
            "printf 'one\\ntwo\\n\\nthree' > /tmp/f; cat /tmp/f; echo",
            "cat -n /tmp/f; echo",
            "cat -A /tmp/f; echo",
            "echo from-stdin | cat - /etc/hostname",
            "cat nope /etc/hostname",
            "cat /tmp",
            "cat 'a b'",
            "cat -x",
        ],
    );
    check(
        "cat-busybox",
        Alpine,
        &["cat /etc/hostname", "cat nope", "cat /tmp", "cat -x"],
    );
}

#[test]
fn mkdir_touch_rm() {
    check(
        "mkdir",
        Debian,
        &[
            "mkdir /srv/a/b",
            "mkdir -p /srv/a/b && ls -ld /srv/a/b",
            "mkdir /srv/a",
            "mkdir -pv /opt/x/y",
            "mkdir -m 700 /opt/secret && ls -ld /opt/secret",
            "mkdir",
            "LANG=C.UTF-8 mkdir /srv/a",
            "mkdir -p /etc/hostname/sub",
            "mkdir -m abc /opt/z",
        ],
    );
    check(
        "mkdir-busybox",
        Alpine,
        &[
            "mkdir /srv/a/b",
            "mkdir -p /srv/a/b",
            "mkdir /srv/a",
            "mkdir",
        ],
    );
    check(
        "touch",
        Debian,
        &[
            "touch /tmp/new && ls -l /tmp/new",
            "sleep 90; touch /etc/hostname && ls -l /etc/hostname",
            "touch /nope/x",
            "touch",
            "touch -c /tmp/absent; ls /tmp",
        ],
    );
    check("touch-busybox", Alpine, &["touch /nope/x", "touch"]);
    check(
        "rm",
        Debian,
        &[
            "mkdir -p /w/d/e && touch /w/f /w/d/e/g",
            "rm /w/f && ls /w",
            "rm /w/f",
            "rm -f /w/f; echo status=$?",
            "rm /w/d",
            "rm -rv /w/d",
            "rm",
            "rm -f",
            "rm -rf /",
            "rm -r .",
            "mkdir /w/empty && rm -d /w/empty && ls /w",
        ],
    );
    check(
        "rm-busybox",
        Alpine,
        &[
            "mkdir -p /w/d && touch /w/f",
            "rm /w/nope",
            "rm /w/d",
            "rm -rf /w && ls /w",
            "rm",
        ],
    );
}

#[test]
fn cp_mv_ln() {
    check(
        "cp",
        Debian,
        &[
            "mkdir -p /src/sub && echo hi > /src/a.txt && echo deep > /src/sub/b.txt && chmod 600 /src/a.txt",
            "cp /src/a.txt /tmp/ && ls -l /tmp/a.txt",
            "cp /src/a.txt /tmp/copy.txt && cat /tmp/copy.txt",
            "cp /src /dst",
            "cp -r /src /dst && find /dst",
            "cp -r /src /dst && find /dst",
            "cp -a /src/a.txt /tmp/arch.txt && ls -l /tmp/arch.txt",
            "cp /nope /tmp",
            "cp",
            "cp /src/a.txt",
            "cp /src/a.txt /src/sub/b.txt /etc/hostname",
            "cp -r /src /src/sub",
            "cp -v /src/a.txt /tmp/v.txt",
            "cp /src/a.txt /src/",
        ],
    );
    check(
        "cp-busybox",
        Alpine,
        &[
            "mkdir -p /src && echo hi > /src/a.txt",
            "cp /src /dst",
            "cp /nope /tmp",
            "cp -r /src /dst && ls /dst",
        ],
    );
    check(
        "mv",
        Debian,
        &[
            "mkdir -p /m/d && echo x > /m/f",
            "mv /m/f /m/g && ls /m",
            "mv /m/g /m/d && ls /m/d",
            "mv /m/nope /m/d",
            "mv /m/d /m/d/inner",
            "mv",
            "mv /m/d",
            "mv -v /m/d /m/e",
            "mv /m/e /m/",
        ],
    );
    check(
        "mv-busybox",
        Alpine,
        &[
            "mkdir /m && echo x > /m/f",
            "mv /m/nope /m/x",
            "mv /m/f /m/g && ls /m",
        ],
    );
    check(
        "ln",
        Debian,
        &[
            "echo data > /tmp/t",
            "ln -s /tmp/t /tmp/l && ls -l /tmp/l && cat /tmp/l",
            "ln -s /tmp/t /tmp/l",
            "ln -sf /etc/hostname /tmp/l && readlink_target=$(ls -l /tmp/l) && echo \"$readlink_target\"",
            "ln /tmp/t /tmp/hard && cat /tmp/hard",
            "ln /tmp/t /tmp/hard",
            "ln /tmp/missing /tmp/x",
            "ln -s /tmp/t /nodir/x",
            "cd /usr/bin && ln -s /tmp/t && ls -l t",
            "ln",
        ],
    );
    check(
        "ln-busybox",
        Alpine,
        &[
            "echo data > /tmp/t",
            "ln -s /tmp/t /tmp/l",
            "ln -s /tmp/t /tmp/l",
        ],
    );
}

#[test]
fn chmod_chown() {
    check(
        "chmod",
        Debian,
        &[
            "touch /tmp/f && mkdir /tmp/d",
            "chmod 600 /tmp/f && ls -l /tmp/f",
            "chmod u+x,g+w /tmp/f && ls -l /tmp/f",
            "chmod +x /tmp/f && ls -l /tmp/f",
            "chmod a-rwx,u=rw /tmp/f && ls -l /tmp/f",
            "chmod -x /tmp/f && ls -l /tmp/f",
            "chmod g=u /tmp/f && ls -l /tmp/f",
            "chmod 4755 /tmp/f && ls -l /tmp/f",
            "chmod -R go-rx /tmp/d && ls -ld /tmp/d",
            "chmod -v 644 /tmp/f",
            "chmod 755 /nope",
            "chmod abc /tmp/f",
            "chmod",
            "chmod 755",
        ],
    );
    check(
        "chmod-busybox",
        Alpine,
        &["chmod 755 /nope", "chmod abc /etc/hostname", "chmod"],
    );
    check(
        "chown",
        Debian,
        &[
            "mkdir -p /srv/app/sub && touch /srv/app/a /srv/app/sub/b",
            "chown www-data /srv/app/a && ls -l /srv/app/a",
            "chown www-data:staff /srv/app/a && ls -l /srv/app/a",
            "chown -R www-data:www-data /srv/app && ls -lR /srv/app",
            "chown 1234:4321 /srv/app/a && ls -l /srv/app/a",
            "chown root: /srv/app/a && ls -l /srv/app/a",
            "chown ghost /srv/app/a",
            "chown root:ghosts /srv/app/a",
            "chown root /nope",
            "chown",
            "chown root",
        ],
    );
    check(
        "chown-busybox",
        Alpine,
        &[
            "touch /tmp/f && chown www-data:www-data /tmp/f && ls -l /tmp/f",
            "chown ghost /tmp/f",
            "chown root:ghosts /tmp/f",
            "chown root /nope",
        ],
    );
}

#[test]
fn info() {
    check(
        "info",
        Debian,
        &[
            "cd /tmp && /bin/pwd",
            "env -i A=1 B=2 env",
            "env -i PATH=/bin FOO=bar sh -c 'echo $FOO'",
            "env nosuch",
            "env -u HOME env | grep -c HOME",
            "which ls env nosuch; echo status=$?",
            "which -a sh",
            "/bin/echo hello world; /bin/echo -n no-newline; /bin/echo",
            "/bin/echo -e 'a\\tb'",
            "/bin/true; echo $?; /bin/false; echo $?",
            "date",
            "date +%Y-%m-%dT%H:%M:%S",
            "date -u '+%a %d %b %Y %s'",
            "sleep 2 && date +%T",
            "sleep 1.5m && date +%T",
            "sleep",
            "sleep abc",
            "uname",
            "uname -a",
            "uname -srm",
            "uname -x",
            "hostname",
            "hostname newname",
        ],
    );
    check(
        "info-busybox",
        Alpine,
        &[
            "cd /tmp && /bin/pwd",
            "env nosuch",
            "which ls nosuch; echo status=$?",
            "date",
            "sleep",
            "sleep abc",
            "uname -a",
            "busybox ls /etc/hostname",
            "busybox nope",
            "mkdir -p /opt/bin && cp /bin/busybox /opt/bin/ls && /opt/bin/ls /nope",
        ],
    );
}

#[test]
fn text() {
    check(
        "text",
        Debian,
        &[
            "seq() { i=$1; while [ $i -le $2 ]; do echo $i; i=$((i+1)); done; }; seq 1 15 > /tmp/n",
            "head -n 3 /tmp/n",
            "head -2 /tmp/n",
            "tail -n 2 /tmp/n",
            "tail -n +14 /tmp/n",
            "head -c 5 /tmp/n",
            "head -n 1 /tmp/n /etc/hostname",
            "head /nope",
            "tail /tmp",
            "head -n abc /tmp/n",
            "wc /tmp/n",
            "wc -l /tmp/n",
            "wc -l < /tmp/n",
            "echo hello world | wc",
            "wc -w /tmp/n /etc/hostname",
            "wc /nope",
            "printf 'b\\na\\nc\\na\\n10\\n9\\n' | sort",
            "printf 'b\\na\\nc\\na\\n10\\n9\\n' | sort -n",
            "printf 'b\\na\\nc\\na\\n' | sort -ru",
            "printf 'x:3\\ny:1\\nz:2\\n' | sort -t: -k2 -n",
            "printf 'a\\na\\nb\\na\\n' | uniq",
            "printf 'a\\na\\nb\\na\\n' | uniq -c",
            "printf 'a\\na\\nb\\n' | uniq -d",
            "cut -d: -f1,7 /etc/passwd",
            "echo abcdef | cut -c 2-4",
            "cut /etc/passwd",
            "echo hello | tr a-z A-Z",
            "echo 'hello   world' | tr -s ' '",
            "echo hello | tr -d l",
            "echo hello | tr '[:lower:]' '[:upper:]'",
            "echo hello | tr a",
        ],
    );
    check(
        "text-busybox",
        Alpine,
        &[
            "echo hello world | wc",
            "wc -l /etc/passwd",
            "head /nope",
            "printf 'a\\na\\nb\\n' | uniq -c",
        ],
    );
}

#[test]
fn grep() {
    check(
        "grep",
        Debian,
        &[
            "mkdir -p /g/sub && printf 'Flask==2.0\\nrequests\\n# comment\\nflask-cors\\n' > /g/req.txt && echo 'import flask' > /g/sub/app.py",
            "grep flask /g/req.txt",
            "grep -i flask /g/req.txt",
            "grep -v '^#' /g/req.txt",
            "grep -n 'cors$' /g/req.txt",
            "grep -c '^[a-z]' /g/req.txt",
            "grep 'F.ask' /g/req.txt",
            "grep -E 'requests|cors' /g/req.txt",
            "grep -r flask /g",
            "cd /g && grep -r import",
            "grep -l flask /g/req.txt /g/sub/app.py",
            "grep -q requests /g/req.txt && echo found",
            "grep nomatch /g/req.txt; echo status=$?",
            "grep flask /nope; echo status=$?",
            "grep flask /g",
            "grep -w flask /g/req.txt",
            "grep -x requests /g/req.txt",
            "grep",
            "echo 'a.b' | grep -F .",
            "grep -o '[a-z]*-[a-z]*' /g/req.txt; echo 'v1 and v22' | grep -oE 'v[0-9]+'",
            "grep -e 'ab[' /g/req.txt",
        ],
    );
    check(
        "grep-busybox",
        Alpine,
        &[
            "echo 'hello' > /tmp/f",
            "grep hello /tmp/f",
            "grep hello /nope; echo status=$?",
            "grep hello /tmp",
            "grep",
        ],
    );
}

#[test]
fn find_xargs() {
    check(
        "find",
        Debian,
        &[
            "mkdir -p /f/a/b && touch /f/x.py /f/a/y.py /f/a/b/z.txt && ln -s x.py /f/link",
            "find /f",
            "cd /f && find .",
            "find /f -name '*.py'",
            "find /f -type d",
            "find /f -type l",
            "find /f -maxdepth 1 -type f",
            "find /f -name '*.py' -o -name '*.txt'",
            "find /f ! -name '*.py' -type f",
            "find /f -name '*.py' -exec echo found {} \\;",
            "find /f -empty -type d",
            "find /nope",
            "find /f -bogus",
            "find /f -name",
            "find /f -type q",
            "find /f -name '*.txt' -delete && find /f -type f",
        ],
    );
    check(
        "find-busybox",
        Alpine,
        &["mkdir -p /f/a && touch /f/a/x", "find /f", "find /nope"],
    );
    check(
        "xargs",
        Debian,
        &[
            "printf 'a b\\nc\\n' | xargs",
            "printf 'a b\\nc\\n' | xargs -n 1 echo item",
            "printf 'one\\ntwo\\n' | xargs -I {} echo '<{}>'",
            "mkdir /x && cd /x && printf 'f1 f2' | xargs touch && ls",
            "echo a | xargs nosuch; echo status=$?",
            "echo a | xargs false; echo status=$?",
            "echo \"it's\" | xargs",
            "true | xargs echo empty-run",
        ],
    );
}

#[test]
fn tar() {
    check(
        "tar",
        Debian,
        &[
            "mkdir -p /src/app/static && echo 'print(1)' > /src/app/app.py && echo css > /src/app/static/s.css",
            "cd /src && tar -cf /tmp/app.tar app && ls -l /tmp/app.tar",
            "tar -tf /tmp/app.tar",
            "tar -tvf /tmp/app.tar",
            "mkdir /out && tar -xf /tmp/app.tar -C /out && find /out && cat /out/app/app.py",
            "cd /src && tar czvf /tmp/app.tgz app",
            "mkdir /out2 && cd /out2 && tar xzf /tmp/app.tgz && cat app/static/s.css",
            "tar -xvf /tmp/app.tgz -C /out2 --strip-components=1 && ls /out2",
            "tar -xf /tmp/nope.tar",
            "tar -cf /tmp/x.tar /nope",
            "tar -cf /tmp/y.tar /etc/hostname && tar -tf /tmp/y.tar",
            "tar -xzf /tmp/app.tar",
            "tar -cf /tmp/z.tar",
            "tar",
            "tar -xf /etc/hostname",
            "tar -tf /tmp/app.tar nothere",
            "tar -xf /tmp/app.tar -C /nodir",
        ],
    );
    check(
        "tar-busybox",
        Alpine,
        &[
            "mkdir -p /src/app && echo hi > /src/app/a.txt",
            "cd /src && tar -czf /tmp/a.tgz app && tar -tzvf /tmp/a.tgz",
            "tar -xf /tmp/nope.tar",
            "tar",
        ],
    );
}

#[test]
fn users() {
    check(
        "users",
        Debian,
        &[
            "id",
            "whoami",
            "id -u; id -un; id -G",
            "useradd -m appuser && tail -n 1 /etc/passwd && tail -n 1 /etc/group && ls -la /home/appuser",
            "id appuser",
            "useradd appuser",
            "useradd BadName",
            "useradd -g nosuch bob",
            "useradd -r -s /usr/sbin/nologin svc && grep svc /etc/passwd",
            "groupadd devs && groupadd devs",
            "groupadd -g 1000 other",
            "useradd -G devs,users carol && id carol",
            "adduser --disabled-password --gecos '' dave && grep dave /etc/passwd && ls -ld /home/dave",
            "adduser dave",
            "adduser dave devs && id -Gn dave",
            "addgroup ops",
            "id ghost",
            "whoami extra",
            "useradd",
        ],
    );
    check(
        "users-busybox",
        Alpine,
        &[
            "id",
            "adduser -D appuser && grep appuser /etc/passwd /etc/group && ls -ld /home/appuser",
            "adduser -D appuser",
            "id appuser",
            "addgroup devs && addgroup appuser devs && id appuser",
            "addgroup devs",
            "id ghost",
            "whoami",
        ],
    );
}

#[test]
fn du() {
    check(
        "du",
        Debian,
        &[
            "mkdir -p /d/a/b && printf '%05000d' 0 > /d/a/big && echo x > /d/a/b/small",
            "du /d",
            "du -sh /d",
            "du -a /d/a",
            "du -s /d/a/big /etc/hostname -c",
            "du -h -d 1 /d",
            "du /nope",
        ],
    );
    check(
        "du-busybox",
        Alpine,
        &["mkdir -p /d/a && echo x > /d/a/f", "du -sh /d", "du /nope"],
    );
}

#[test]
fn stat() {
    check(
        "stat",
        Debian,
        &[
            "stat /etc/hostname",
            "ln -s /etc/hostname /tmp/h && stat /tmp/h",
            "stat -c '%a %A %U:%G %s %F %n' /etc/hostname /tmp /tmp/h",
            "stat -L -c '%N %F' /tmp/h",
            "stat /nope",
            "stat",
        ],
    );
    check(
        "stat-busybox",
        Alpine,
        &["stat /etc/hostname", "stat -c '%a %U' /tmp", "stat /nope"],
    );
}

/// No command line panics a program: every program gets many combinations of awkward
/// arguments, on both machines, and must come back with a status.
#[test]
fn awkward_arguments_never_panic() {
    const TOKENS: &[&str] = &[
        "-",
        "--",
        "-n",
        "-n0",
        "-c",
        "-1",
        "+2",
        "-999999999999999999999",
        "-rf",
        "-la",
        "--help=x",
        "--lines",
        "",
        " ",
        "/",
        ".",
        "..",
        "/etc/passwd",
        "/tmp/",
        "/nope/x",
        "a:b",
        ":",
        "u+",
        "=",
        "0777",
        "99999",
        "[",
        "\\",
        "*",
        "{}",
        "'",
        "\u{e9}\u{301}",
        "-exec",
        ";",
        "-name",
        "(",
        "!",
        "-type",
        "-C",
        "-f",
        "x\ny",
        "@-5",
        "+%Q",
    ];
    let programs = [
        "ls", "cat", "mkdir", "touch", "rm", "cp", "mv", "ln", "chmod", "chown", "pwd", "env",
        "which", "echo", "sleep", "date", "uname", "hostname", "head", "tail", "wc", "sort",
        "uniq", "cut", "tr", "grep", "find", "xargs", "tar", "id", "whoami", "useradd", "groupadd",
        "adduser", "addgroup",
    ];
    let registry = layerlab::programs::registry::<TestMachine>();
    let mut seed: u64 = 0x5eed;
    for distro in [Debian, Alpine] {
        let mut m = machine(distro);
        for program in programs {
            for _ in 0..40 {
                let mut argv = vec![program.to_string()];
                for _ in 0..(seed % 5) {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    argv.push(TOKENS[(seed >> 33) as usize % TOKENS.len()].to_string());
                }
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                let mut sh = shell(distro);
                let _ = sh.exec(&mut m, &registry, &argv, b"a b\nc'd\n");
            }
        }
    }
}
