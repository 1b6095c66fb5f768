//! The apt indexes, one table per release: `name version download-bytes installed-KiB ;
//! Depends ; Recommends ; Suggests ; Provides` (`|` separates alternatives, as in Debian).
//! Bookworm carries exact relations; the other releases list names only. Versions follow the real archives of September 2024 for the
//! packages tutorials install; library versions elsewhere are close approximations.

/// Debian 12.
pub(super) const BOOKWORM: &str = r#"
# base system (in every image of the release)
base-files 12.4+deb12u7 70828 341
base-passwd 3.6.1 52780 243 ; libc6, libdebconfclient0
bash 5.2.15-2+b7 1491652 7164 ; base-files, debianutils
coreutils 9.1-1 2880596 18062
dash 0.5.12-2 88804 216 ; debianutils, dpkg
debconf 1.5.82 121724 519
debianutils 5.7-0.4 89368 224
diffutils 1:3.8-4 362732 1694
dpkg 1.21.22 1547028 6346 ; tar
findutils 4.9.0-4 698272 1892
grep 3.8-5 294484 1628
gzip 1.12-1 141796 833
hostname 3.23+nmu1 10960 44
libc6 2.36-9+deb12u8 2756720 12986 ; libgcc-s1
libc-bin 2.36-9+deb12u8 608428 2545 ; libc6
libgcc-s1 12.2.0-14 49840 140 ; gcc-12-base, libc6
gcc-12-base 12.2.0-14 37364 72
libstdc++6 12.2.0-14 612836 2658 ; gcc-12-base, libc6, libgcc-s1
login 1:4.13+dfsg1-1+b1 615856 2607
mawk 1.3.4.20200120-3.1 118316 266
ncurses-base 6.4-4 261340 391
passwd 1:4.13+dfsg1-1+b1 971716 3936
perl-base 5.36.0-7+deb12u1 1630476 7600
sed 4.9-1 317204 1276
tar 1.34+dfsg-1.2+deb12u1 917900 3140
tzdata 2024a-0+deb12u1 255432 1496 ; debconf
util-linux 2.38.1-5+deb12u1 1171624 3612
zlib1g 1:1.2.13.dfsg-1 84536 168 ; libc6
apt 2.6.1 1404140 4218 ; libapt-pkg6.0, gpgv, libc6, libgcc-s1, libstdc++6 ; ca-certificates
libapt-pkg6.0 2.6.1 985772 3350
gpgv 2.2.40-1.1 648624 843
libdebconfclient0 0.270 7876 37
libbz2-1.0 1.0.8-5+b1 45344 105
liblzma5 5.4.1-0.2 205116 425
libtinfo6 6.4-4 320200 552
libuuid1 2.38.1-5+deb12u1 28988 144
libzstd1 1.5.4+dfsg2-5 283668 867
libidn2-0 2.3.3-1+b1 126992 413 ; libunistring2
libunistring2 1.0-2 443120 1833
libgmp10 2:6.2.1+dfsg1-1.1 562036 895
libgnutls30 3.7.9-2+deb12u3 1403836 3600 ; libgmp10, libhogweed6, libidn2-0, libnettle8, libp11-kit0, libtasn1-6, libunistring2
libhogweed6 3.8.1-2 327972 478 ; libgmp10, libnettle8
libnettle8 3.8.1-2 287080 472
libp11-kit0 0.24.1-2 345204 1437 ; libffi8
libtasn1-6 4.19.0-2 55740 163
libffi8 3.4.4-1 22736 59
libselinux1 3.4-1+b6 72612 214 ; libpcre2-8-0
libacl1 2.3.1-3 17048 67
libpcre2-8-0 10.42-1 260444 677
libcom-err2 1.47.0-2 22428 98
libdb5.3 5.3.28+dfsg2-1 707696 1978
libcrypt1 1:4.4.33-2 89720 233
libsystemd0 252.30-1~deb12u2 333408 972
libsemanage2 3.4-1+b5 95676 297
# python 3.11
python3 3.11.2-1+b1 26428 92 ; python3.11 (>= 3.11.2-1~), libpython3-stdlib (= 3.11.2-1+b1), python3-minimal (= 3.11.2-1+b1) ; ; python3-doc, python3-tk, python3-venv ; python3-profiler
python3-minimal 3.11.2-1+b1 26368 127 ; python3.11-minimal (>= 3.11.2-1~), dpkg
python3.11 3.11.2-6+deb12u3 573908 651 ; python3.11-minimal (= 3.11.2-6+deb12u3), libpython3.11-stdlib (= 3.11.2-6+deb12u3), media-types, tzdata ; ca-certificates ; python3.11-venv, python3.11-doc, binutils
python3.11-minimal 3.11.2-6+deb12u3 2064724 5997 ; libpython3.11-minimal (= 3.11.2-6+deb12u3), libexpat1, zlib1g
libpython3.11-minimal 3.11.2-6+deb12u3 817072 4902 ; libc6, libssl3
libpython3.11-stdlib 3.11.2-6+deb12u3 1797988 7967 ; libpython3.11-minimal (= 3.11.2-6+deb12u3), libbz2-1.0, libffi8, liblzma5, libmpdec3, libncursesw6, libreadline8, libsqlite3-0, libtinfo6, libuuid1, media-types
libpython3-stdlib 3.11.2-1+b1 9312 36 ; libpython3.11-stdlib (>= 3.11.2-1~)
libpython3.11 3.11.2-6+deb12u3 1987596 7102 ; libpython3.11-stdlib (= 3.11.2-6+deb12u3)
media-types 10.0.0 26124 104
libexpat1 2.5.0-1+deb12u1 99432 405 ; libc6
libmpdec3 2.5.1-2+b1 87488 236 ; libc6
libsqlite3-0 3.40.1-2+deb12u1 838704 1676 ; libc6
libreadline8 8.2-1.3 165772 472 ; readline-common, libtinfo6
readline-common 8.2-1.3 69368 222
libncursesw6 6.4-4 134048 424 ; libtinfo6
libssl3 3.0.14-1~deb12u2 2024860 6332 ; libc6
openssl 3.0.14-1~deb12u2 1431616 2302 ; libssl3 ; ca-certificates
ca-certificates 20230311 153880 389 ; openssl (>= 1.1.1), debconf
python3-pip 23.0.1+dfsg-1 1325400 7104 ; ca-certificates, python3-setuptools, python3-wheel, python3:any ; build-essential, python3-dev (>= 3.2)
python3-setuptools 66.1.1-1 522632 2593 ; python3-pkg-resources (= 66.1.1-1), python3:any ; ; python-setuptools-doc
python3-pkg-resources 66.1.1-1 296232 1182 ; python3:any
python3-wheel 0.38.4-2 30508 133 ; python3:any
python3-dev 3.11.2-1+b1 26156 37 ; python3 (= 3.11.2-1+b1), libpython3-dev (= 3.11.2-1+b1), python3.11-dev (>= 3.11.2-1~)
libpython3-dev 3.11.2-1+b1 9972 21 ; libpython3.11-dev (>= 3.11.2-1~)
python3.11-dev 3.11.2-6+deb12u3 508516 1285 ; python3.11 (= 3.11.2-6+deb12u3), libpython3.11-dev (= 3.11.2-6+deb12u3), libexpat1-dev, zlib1g-dev
libpython3.11-dev 3.11.2-6+deb12u3 4745312 23408 ; libpython3.11-stdlib (= 3.11.2-6+deb12u3), libpython3.11 (= 3.11.2-6+deb12u3), libexpat1-dev, zlib1g-dev
libexpat1-dev 2.5.0-1+deb12u1 150720 687 ; libexpat1, libc6-dev
zlib1g-dev 1:1.2.13.dfsg-1 916588 1368 ; zlib1g, libc6-dev
python3-venv 3.11.2-1+b1 1200 6 ; python3.11-venv (>= 3.11.2-1~), python3 (= 3.11.2-1+b1)
python3.11-venv 3.11.2-6+deb12u3 5896 29 ; python3.11 (= 3.11.2-6+deb12u3), python3-pip-whl, python3-setuptools-whl
python3-pip-whl 23.0.1+dfsg-1 1717504 1778
python3-setuptools-whl 66.1.1-1 1108336 1163
python-is-python3 3.11.2-1 2852 13 ; python3
2to3 3.11.2-1 1056 10 ; python3-lib2to3
python3-lib2to3 3.11.2-3 77296 398 ; python3:any
# compilers and build tools
build-essential 12.9 7704 20 ; libc6-dev | libc-dev, gcc (>= 4:10.2), g++ (>= 4:10.2), make, dpkg-dev (>= 1.17.11)
gcc 4:12.2.0-3 5204 36 ; cpp (= 4:12.2.0-3), gcc-12 (>= 12.2.0-1~) ; ; gcc-multilib, make, manpages-dev, autoconf, automake, libtool, flex, bison, gdb, gcc-doc
gcc-12 12.2.0-14 19313664 50080 ; cpp-12 (= 12.2.0-14), gcc-12-base (= 12.2.0-14), libcc1-0, binutils, libgcc-12-dev (= 12.2.0-14), libisl23, libmpc3, libmpfr6 ; libc6-dev ; gcc-12-multilib, gcc-12-doc
cpp 4:12.2.0-3 6792 40 ; cpp-12 (>= 12.2.0-1~)
cpp-12 12.2.0-14 9428548 27916 ; gcc-12-base (= 12.2.0-14), libgmp10, libisl23, libmpc3, libmpfr6, zlib1g
g++ 4:12.2.0-3 1336 15 ; cpp (= 4:12.2.0-3), gcc (= 4:12.2.0-3), g++-12 (>= 12.2.0-1~)
g++-12 12.2.0-14 10688216 37094 ; gcc-12-base (= 12.2.0-14), gcc-12 (= 12.2.0-14), libstdc++-12-dev (= 12.2.0-14)
libstdc++-12-dev 12.2.0-14 2047932 19063 ; gcc-12-base (= 12.2.0-14), libgcc-12-dev (= 12.2.0-14), libstdc++6 (>= 12.2.0-14), libc6-dev
libgcc-12-dev 12.2.0-14 2437696 9925 ; gcc-12-base (= 12.2.0-14), libgcc-s1, libgomp1, libitm1, libatomic1, libasan8, liblsan0, libtsan2, libubsan1, libquadmath0
libcc1-0 12.2.0-14 41468 142 ; gcc-12-base, libstdc++6
libgomp1 12.2.0-14 116248 330 ; gcc-12-base
libitm1 12.2.0-14 25948 113 ; gcc-12-base
libatomic1 12.2.0-14 9328 43 ; gcc-12-base
libasan8 12.2.0-14 2193304 7812 ; gcc-12-base
liblsan0 12.2.0-14 969492 2844 ; gcc-12-base
libtsan2 12.2.0-14 2196648 7854 ; gcc-12-base
libubsan1 12.2.0-14 883288 2818 ; gcc-12-base
libquadmath0 12.2.0-14 145204 291 ; gcc-12-base
libisl23 0.25-1.1 676288 3738 ; libgmp10
libmpc3 1.3.1-1 51652 137 ; libgmp10, libmpfr6
libmpfr6 4.2.0-1 700696 1404 ; libgmp10
binutils 2.40-2 2646864 3624 ; binutils-common (= 2.40-2), libbinutils (= 2.40-2), binutils-x86-64-linux-gnu (= 2.40-2) ; ; binutils-doc
binutils-common 2.40-2 2487888 11992
libbinutils 2.40-2 572252 2434 ; binutils-common (= 2.40-2), libctf-nobfd0, libctf0, libgprofng0, libjansson4, libsframe0
binutils-x86-64-linux-gnu 2.40-2 2246648 10675 ; libbinutils (= 2.40-2)
libctf-nobfd0 2.40-2 153556 357
libctf0 2.40-2 88848 214
libgprofng0 2.40-2 808704 3264
libjansson4 2.14-2 40588 101
libsframe0 2.40-2 86328 177
libc6-dev 2.36-9+deb12u8 1903708 12500 ; libc6 (= 2.36-9+deb12u8), libc-dev-bin (= 2.36-9+deb12u8), linux-libc-dev, libcrypt-dev, libnsl-dev, rpcsvc-proto, libtirpc-dev ; ; glibc-doc, manpages-dev ; libc-dev
libc-dev-bin 2.36-9+deb12u8 46940 277 ; libc6
linux-libc-dev 6.1.106-3 2148008 10020
libcrypt-dev 1:4.4.33-2 121988 440 ; libcrypt1
libnsl-dev 1.3.0-2 66312 247 ; libnsl2, libtirpc-dev
libnsl2 1.3.0-2 39516 127 ; libtirpc3
libtirpc3 1.3.3+ds-1 85260 228
libtirpc-dev 1.3.3+ds-1 191240 784 ; libtirpc3
rpcsvc-proto 1.4.3-1 63024 193
make 4.3-4.1 396496 1620 ; libc6 ; ; make-doc
dpkg-dev 1.21.22 1354136 3279 ; perl, libdpkg-perl (= 1.21.22), tar, bzip2, xz-utils, patch, make, binutils ; build-essential, fakeroot, gnupg ; debian-keyring
libdpkg-perl 1.21.22 605448 2027 ; perl, dpkg ; libfile-fcntllock-perl ; debian-keyring, gnupg
perl 5.36.0-7+deb12u1 239200 714 ; perl-base (= 5.36.0-7+deb12u1), perl-modules-5.36, libperl5.36 ; ; perl-doc, make, libtap-harness-archive-perl
perl-modules-5.36 5.36.0-7+deb12u1 2815260 17741
libperl5.36 5.36.0-7+deb12u1 4208424 28126 ; libdb5.3, libgdbm6, libgdbm-compat4, perl-modules-5.36
libgdbm6 1.23-3 72180 140
libgdbm-compat4 1.23-3 47852 74 ; libgdbm6
libfile-fcntllock-perl 0.22-4+b1 34748 111 ; perl
bzip2 1.0.8-5+b1 49224 119 ; libbz2-1.0
xz-utils 5.4.1-0.2 470668 1343 ; liblzma5
patch 2.7.6-7 128164 291
fakeroot 1.31-1.2 67884 218 ; libfakeroot (= 1.31-1.2)
libfakeroot 1.31-1.2 28704 166
unzip 6.0-28 166220 386
file 1:5.44-3 42724 89 ; libmagic1 (= 1:5.44-3)
libmagic1 1:5.44-3 104556 269 ; libmagic-mgc (= 1:5.44-3)
libmagic-mgc 1:5.44-3 305168 7320
autoconf 2.71-3 362240 2043 ; perl, m4, debianutils ; automake, autotools-dev
automake 1:1.16.5-1.3 823256 1887 ; autoconf, autotools-dev
autotools-dev 20220109.1 51496 166
m4 1.4.19-3 287208 594
libtool 2.4.7-7~deb12u1 517724 2224 ; gcc, libc6-dev, file, autotools-dev
imagemagick 8:6.9.11.60+dfsg-1.6+deb12u1 16136 181 ; imagemagick-6.q16
imagemagick-6.q16 8:6.9.11.60+dfsg-1.6+deb12u1 230264 611 ; libmagickcore-6.q16-6
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.6+deb12u1 1789732 6234
# development libraries the buildpack images install
libbz2-dev 1.0.8-5+b1 30600 77 ; libbz2-1.0, libc6-dev
libcurl4-openssl-dev 7.88.1-10+deb12u7 489148 2098 ; libcurl4 (= 7.88.1-10+deb12u7)
libffi-dev 3.4.4-1 59768 336 ; libffi8 (= 3.4.4-1)
libjpeg-dev 1:2.1.5-2 71812 27 ; libjpeg62-turbo-dev
libjpeg62-turbo-dev 1:2.1.5-2 285096 1182 ; libjpeg62-turbo
libjpeg62-turbo 1:2.1.5-2 166180 526
liblzma-dev 5.4.1-0.2 259964 1160 ; liblzma5 (= 5.4.1-0.2)
libncurses-dev 6.4-4 351484 2184 ; libtinfo6, libncursesw6, libncurses6, libc6-dev ; ; ncurses-doc
libncurses6 6.4-4 103312 324 ; libtinfo6
libpq-dev 15.8-0+deb12u1 144432 646 ; libpq5 (= 15.8-0+deb12u1), libssl-dev
libpq5 15.8-0+deb12u1 192528 945 ; libssl3, libgssapi-krb5-2, libldap-2.5-0
libreadline-dev 8.2-1.3 152520 861 ; libreadline8 (= 8.2-1.3), libncurses-dev
libsqlite3-dev 3.40.1-2+deb12u1 1013372 2863 ; libsqlite3-0 (= 3.40.1-2+deb12u1)
libssl-dev 3.0.14-1~deb12u2 2437868 12563 ; libssl3 (= 3.0.14-1~deb12u2) ; ; libssl-doc
libxml2-dev 2.9.14+dfsg-1.3~deb12u1 782768 3437 ; libxml2 (= 2.9.14+dfsg-1.3~deb12u1), libicu-dev
libxml2 2.9.14+dfsg-1.3~deb12u1 687376 2068 ; libicu72, liblzma5, zlib1g
libicu-dev 72.1-3 10457644 39006 ; libicu72 (= 72.1-3), icu-devtools
icu-devtools 72.1-3 206908 786 ; libicu72
libyaml-dev 0.2.5-1 62872 265 ; libyaml-0-2 (= 0.2.5-1)
libyaml-0-2 0.2.5-1 53668 156
libbluetooth-dev 5.66-1+deb12u2 196632 1200 ; libbluetooth3 (= 5.66-1+deb12u2)
libbluetooth3 5.66-1+deb12u2 112544 285
tk-dev 8.6.13 5708 20 ; tk8.6-dev
tk8.6-dev 8.6.13-2 817520 4418 ; libtk8.6
libtk8.6 8.6.13-2 791796 1830
uuid-dev 2.38.1-5+deb12u1 41280 156 ; libuuid1 (= 2.38.1-5+deb12u1)
# network tools
curl 7.88.1-10+deb12u7 315864 500 ; libc6, libcurl4 (= 7.88.1-10+deb12u7), zlib1g
libcurl4 7.88.1-10+deb12u7 390320 824 ; libbrotli1, libgssapi-krb5-2, libidn2-0, libldap-2.5-0, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libssl3, libzstd1, zlib1g ; ca-certificates
libcurl3-gnutls 7.88.1-10+deb12u7 385836 802 ; libbrotli1, libgnutls30, libgssapi-krb5-2, libidn2-0, libldap-2.5-0, libnettle8, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libzstd1, zlib1g ; ca-certificates
libbrotli1 1.0.9-2+b6 275588 782
libgssapi-krb5-2 1.20.1-2+deb12u2 135040 436 ; libcom-err2, libk5crypto3, libkrb5-3, libkrb5support0 ; krb5-locales ; krb5-doc, krb5-user
libkrb5-3 1.20.1-2+deb12u2 332824 1088 ; libk5crypto3, libkeyutils1, libkrb5support0, libssl3 ; krb5-locales
libk5crypto3 1.20.1-2+deb12u2 78928 294 ; libkrb5support0
libkrb5support0 1.20.1-2+deb12u2 32920 141
libkeyutils1 1.6.3-2 8864 46
krb5-locales 1.20.1-2+deb12u2 63164 2044
libldap-2.5-0 2.5.13+dfsg-5 187488 575 ; libgnutls30, libsasl2-2 ; libldap-common
libldap-common 2.5.13+dfsg-5 29380 174
libsasl2-2 2.1.28+dfsg-10 59384 158 ; libsasl2-modules-db ; libsasl2-modules
libsasl2-modules-db 2.1.28+dfsg-10 20840 100 ; libdb5.3
libsasl2-modules 2.1.28+dfsg-10 66968 357 ; ; ; libsasl2-modules-gssapi-mit
libnghttp2-14 1.52.0-1+deb12u1 72440 208
libpsl5 0.21.2-1 58624 95 ; libidn2-0, libunistring2 ; publicsuffix
publicsuffix 20230209.2326-1 126644 318
librtmp1 2.4+20151223.gitfa8646d.1-2+b2 60704 138 ; libgmp10, libgnutls30, libhogweed6, libnettle8
libssh2-1 1.10.0-3+b1 179312 426 ; libssl3, zlib1g
wget 1.21.3-1+b2 984284 3702 ; libgnutls30, libidn2-0, libnettle8, libpcre2-8-0, libpsl5, libuuid1, zlib1g ; ca-certificates
netbase 6.4 12788 41
gnupg 2.2.40-1.1 846264 885 ; dirmngr, gnupg-utils, gpg, gpg-agent, gpgsm, gpgv ; gnupg-l10n
gnupg-utils 2.2.40-1.1 927096 1905 ; libassuan0, libgcrypt20, libgpg-error0, libksba8, libreadline8
gnupg-l10n 2.2.40-1.1 697908 4903
gpg 2.2.40-1.1 949324 1581 ; gpgconf, libassuan0, libgcrypt20, libgpg-error0, libnpth0, libreadline8, libsqlite3-0, zlib1g
gpgconf 2.2.40-1.1 564944 978 ; libassuan0, libgcrypt20, libgpg-error0, libreadline8
gpg-agent 2.2.40-1.1 695000 1550 ; gpgconf, pinentry-curses ; pinentry-curses
gpgsm 2.2.40-1.1 629128 1123 ; gpgconf, libksba8
dirmngr 2.2.40-1.1 792600 1369 ; gpgconf, libldap-2.5-0, libksba8, libnpth0
pinentry-curses 1.2.1-1 77400 147 ; libassuan0, libncursesw6
libassuan0 2.5.5-5 49700 152 ; libgpg-error0
libgcrypt20 1.10.1-3 713628 1592 ; libgpg-error0
libgpg-error0 1.46-1 71820 912
libksba8 1.6.3-2 126012 366 ; libgpg-error0
libnpth0 1.6-3 19016 58
sq 0.27.0-2+b1 5271268 16116 ; libsqlite3-0, libssl3
# version control and shells
git 1:2.39.5-0+deb12u1 7266872 38006 ; libc6, libcurl3-gnutls, libexpat1, libpcre2-8-0, zlib1g, perl, liberror-perl, git-man (>> 1:2.39.5) ; ca-certificates, patch, less, openssh-client ; gettext-base, git-daemon-run, git-doc, git-email, git-gui, gitk, gitweb, git-cvs, git-mediawiki, git-svn
git-man 1:2.39.5-0+deb12u1 2054484 11915
liberror-perl 0.17029-2 29680 57 ; perl
less 590-2.1~deb12u2 132944 443 ; libtinfo6
openssh-client 1:9.2p1-2+deb12u3 991848 4620 ; libedit2, libfido2-1, libselinux1, libssl3, zlib1g ; xauth ; keychain, libpam-ssh, monkeysphere, ssh-askpass ; ssh-client
libedit2 3.1-20221030-2 89696 245 ; libbsd0, libtinfo6
libbsd0 0.11.7-2 117088 336 ; libmd0
libmd0 1.0.4-2 29704 81
libfido2-1 1.12.0-2+b1 77348 212 ; libcbor0.8, libssl3, libudev1
libcbor0.8 0.8.0-2+b1 27392 82
libudev1 252.30-1~deb12u2 108568 324
xauth 1:1.1.2-1 35844 81 ; libx11-6, libxau6, libxext6, libxmuu1
libx11-6 2:1.8.4-2+deb12u2 760076 1666 ; libx11-data, libxcb1
libx11-data 2:1.8.4-2+deb12u2 292256 1516
libxcb1 1.15-1 144264 474 ; libxau6, libxdmcp6
libxau6 1:1.0.9-1 19804 43
libxdmcp6 1:1.1.2-3 26320 72 ; libbsd0
libxext6 2:1.3.4-1+b1 52872 132 ; libx11-6
libxmuu1 2:1.1.3-3 23816 54 ; libx11-6
mercurial 6.3.2-1 2618188 6820 ; python3:any, mercurial-common (= 6.3.2-1)
mercurial-common 6.3.2-1 3213112 20214 ; python3:any
subversion 1.14.2-4+b2 1007612 3908 ; libsvn1 (= 1.14.2-4+b2)
libsvn1 1.14.2-4+b2 1431764 5134 ; libapr1, libaprutil1, libsqlite3-0
libapr1 1.7.2-3 102056 293 ; libuuid1
libaprutil1 1.6.3-1 86652 265 ; libapr1, libexpat1
procps 2:4.0.2-3 709232 2356 ; libproc2-0, libncursesw6, libtinfo6
libproc2-0 2:4.0.2-3 61804 210 ; libsystemd0
# editors
vim 2:9.0.1378-2 1567008 3785 ; vim-common (= 2:9.0.1378-2), vim-runtime (= 2:9.0.1378-2), libacl1, libgpm2, libselinux1, libsodium23, libtinfo6 ; ; ctags, vim-doc, vim-scripts ; editor
vim-common 2:9.0.1378-2 237696 408 ; xxd
vim-runtime 2:9.0.1378-2 7021068 37115
xxd 2:9.0.1378-2 84544 129
libgpm2 1.20.7-10+b1 14820 70
libsodium23 1.0.18-1 165784 458
nano 7.2-1+deb12u1 689924 2804 ; libncursesw6, libtinfo6 ; ; hunspell ; editor
# node
libicu72 72.1-3 9376084 35813
nodejs 18.19.0+dfsg-6~deb12u2 320116 807 ; libc6, libnode108 (= 18.19.0+dfsg-6~deb12u2) ; ca-certificates, nodejs-doc ; npm
libnode108 18.19.0+dfsg-6~deb12u2 11707496 49136 ; libbrotli1, libc-ares2, libicu72, libnghttp2-14, libssl3, libuv1, zlib1g
libc-ares2 1.18.1-3 103452 219
libuv1 1.44.2-1+deb12u1 140432 336
nodejs-doc 18.19.0+dfsg-6~deb12u2 3968424 24776
npm 9.2.0~ds1-1 445188 3139 ; nodejs, node-gyp
node-gyp 9.3.0-2 2211820 2198 ; nodejs, gyp, make, python3:any
gyp 0.1+20220404git9ecf45e-2 269868 1458 ; python3:any
gettext-base 0.21-12 160340 776 ; libc6
"#;

/// Debian 11.
pub(super) const BULLSEYE: &str = r#"
# base system (in every image of the release)
base-files 11.1+deb11u10 70828 341
base-passwd 3.6.1 52780 243 ; libc6, libdebconfclient0
bash 5.1-2+deb11u1 1491652 7164 ; base-files, debianutils
coreutils 8.32-4+b1 2880596 18062
dash 0.5.12-2 88804 216 ; debianutils, dpkg
debconf 1.5.82 121724 519
debianutils 5.7-0.4 89368 224
diffutils 1:3.8-4 362732 1694
dpkg 1.20.13 1547028 6346 ; tar
findutils 4.9.0-4 698272 1892
grep 3.8-5 294484 1628
gzip 1.12-1 141796 833
hostname 3.23+nmu1 10960 44
libc6 2.31-13+deb11u11 2756720 12986 ; libgcc-s1
libc-bin 2.31-13+deb11u11 608428 2545 ; libc6
libgcc-s1 10.2.1-6 49840 140 ; gcc-10-base, libc6
gcc-10-base 10.2.1-6 37364 72
libstdc++6 10.2.1-6 612836 2658 ; gcc-10-base, libc6, libgcc-s1
login 1:4.13+dfsg1-1+b1 615856 2607
mawk 1.3.4.20200120-3.1 118316 266
ncurses-base 6.4-4 261340 391
passwd 1:4.13+dfsg1-1+b1 971716 3936
perl-base 5.32.1-4+deb11u3 1630476 7600
sed 4.9-1 317204 1276
tar 1.34+dfsg-1.2+deb11u1 917900 3140
tzdata 2024a-0+deb11u1 255432 1496 ; debconf
util-linux 2.38.1-5+deb11u1 1171624 3612
zlib1g 1:1.2.11.dfsg-2+deb11u2 84536 168 ; libc6
apt 2.2.4 1404140 4218 ; libapt-pkg6.0, gpgv, libc6, libgcc-s1, libstdc++6 ; ca-certificates
libapt-pkg6.0 2.2.4 985772 3350
gpgv 2.2.40-1.1 648624 843
libdebconfclient0 0.270 7876 37
libbz2-1.0 1.0.8-5+b1 45344 105
liblzma5 5.4.1-0.2 205116 425
libtinfo6 6.4-4 320200 552
libuuid1 2.38.1-5+deb11u1 28988 144
libzstd1 1.5.4+dfsg2-5 283668 867
libidn2-0 2.3.3-1+b1 126992 413 ; libunistring2
libunistring2 1.0-2 443120 1833
libgmp10 2:6.2.1+dfsg1-1.1 562036 895
libgnutls30 3.7.9-2+deb11u3 1403836 3600 ; libgmp10, libhogweed6, libidn2-0, libnettle8, libp11-kit0, libtasn1-6, libunistring2
libhogweed6 3.8.1-2 327972 478 ; libgmp10, libnettle8
libnettle8 3.8.1-2 287080 472
libp11-kit0 0.24.1-2 345204 1437 ; libffi7
libtasn1-6 4.19.0-2 55740 163
libffi7 3.3-6 22736 59
libselinux1 3.4-1+b6 72612 214 ; libpcre2-8-0
libacl1 2.3.1-3 17048 67
libpcre2-8-0 10.42-1 260444 677
libcom-err2 1.47.0-2 22428 98
libdb5.3 5.3.28+dfsg2-1 707696 1978
libcrypt1 1:4.4.33-2 89720 233
libsystemd0 252.30-1~deb11u2 333408 972
libsemanage2 3.4-1+b5 95676 297
# python 3.11
python3 3.9.2-3 26428 92 ; python3.9, libpython3-stdlib, python3-minimal ; ; python3-doc, python3-tk, python3-venv ; python3-profiler
python3-minimal 3.9.2-3 26368 127 ; python3.9-minimal, dpkg
python3.9 3.9.2-1 573908 651 ; python3.9-minimal, libpython3.9-stdlib, media-types, tzdata ; ca-certificates ; python3.9-venv, python3.9-doc, binutils
python3.9-minimal 3.9.2-1 2064724 5997 ; libpython3.9-minimal, libexpat1, zlib1g
libpython3.9-minimal 3.9.2-1 817072 4902 ; libc6, libssl1.1
libpython3.9-stdlib 3.9.2-1 1797988 7967 ; libpython3.9-minimal, libbz2-1.0, libffi7, liblzma5, libmpdec3, libncursesw6, libreadline8, libsqlite3-0, libtinfo6, libuuid1, media-types
libpython3-stdlib 3.9.2-3 9312 36 ; libpython3.9-stdlib
libpython3.9 3.9.2-1 1987596 7102 ; libpython3.9-stdlib
media-types 10.0.0 26124 104
libexpat1 2.2.10-2+deb11u5 99432 405 ; libc6
libmpdec3 2.5.1-1 87488 236 ; libc6
libsqlite3-0 3.34.1-3 838704 1676 ; libc6
libreadline8 8.1-1 165772 472 ; readline-common, libtinfo6
readline-common 8.1-1 69368 222
libncursesw6 6.4-4 134048 424 ; libtinfo6
libssl1.1 1.1.1w-0+deb11u1 2024860 6332 ; libc6
openssl 1.1.1w-0+deb11u1 1431616 2302 ; libssl1.1 ; ca-certificates
ca-certificates 20210119 153880 389 ; openssl, debconf
python3-pip 20.3.4-4+deb11u1 1325400 7104 ; ca-certificates, python3-setuptools, python3-wheel, python3:any ; build-essential, python3-dev
python3-setuptools 52.0.0-4 522632 2593 ; python3-pkg-resources, python3:any ; ; python-setuptools-doc
python3-pkg-resources 52.0.0-4 296232 1182 ; python3:any
python3-wheel 0.34.2-1 30508 133 ; python3:any
python3-dev 3.9.2-3 26156 37 ; python3, libpython3-dev, python3.9-dev
libpython3-dev 3.9.2-3 9972 21 ; libpython3.9-dev
python3.9-dev 3.9.2-1 508516 1285 ; python3.9, libpython3.9-dev, libexpat1-dev, zlib1g-dev
libpython3.9-dev 3.9.2-1 4745312 23408 ; libpython3.9-stdlib, libpython3.9, libexpat1-dev, zlib1g-dev
libexpat1-dev 2.5.0-1+deb11u1 150720 687 ; libexpat1, libc6-dev
zlib1g-dev 1:1.2.13.dfsg-1 916588 1368 ; zlib1g, libc6-dev
python3-venv 3.9.2-3 1200 6 ; python3.9-venv, python3
python3.9-venv 3.9.2-1 5896 29 ; python3.9, python3-pip-whl, python3-setuptools-whl
python3-pip-whl 20.3.4-4+deb11u1 1717504 1778
python3-setuptools-whl 52.0.0-4 1108336 1163
python-is-python3 3.9.2-1 2852 13 ; python3
2to3 3.9.2-1 1056 10 ; python3-lib2to3
python3-lib2to3 3.11.2-3 77296 398 ; python3:any
# compilers and build tools
build-essential 12.9 7704 20 ; libc6-dev | libc-dev, gcc, g++, make, dpkg-dev
gcc 4:10.2.1-1 5204 36 ; cpp, gcc-10 ; ; gcc-multilib, make, manpages-dev, autoconf, automake, libtool, flex, bison, gdb, gcc-doc
gcc-10 10.2.1-6 19313664 50080 ; cpp-10, gcc-10-base, libcc1-0, binutils, libgcc-10-dev, libisl23, libmpc3, libmpfr6 ; libc6-dev ; gcc-10-multilib, gcc-10-doc
cpp 4:10.2.1-1 6792 40 ; cpp-10
cpp-10 10.2.1-6 9428548 27916 ; gcc-10-base, libgmp10, libisl23, libmpc3, libmpfr6, zlib1g
g++ 4:10.2.1-1 1336 15 ; cpp, gcc, g++-10
g++-10 10.2.1-6 10688216 37094 ; gcc-10-base, gcc-10, libstdc++-10-dev
libstdc++-10-dev 10.2.1-6 2047932 19063 ; gcc-10-base, libgcc-10-dev, libstdc++6, libc6-dev
libgcc-10-dev 10.2.1-6 2437696 9925 ; gcc-10-base, libgcc-s1, libgomp1, libitm1, libatomic1, libasan6, liblsan0, libtsan0, libubsan1, libquadmath0
libcc1-0 12.2.0-14 41468 142 ; gcc-10-base, libstdc++6
libgomp1 12.2.0-14 116248 330 ; gcc-10-base
libitm1 12.2.0-14 25948 113 ; gcc-10-base
libatomic1 12.2.0-14 9328 43 ; gcc-10-base
libasan6 12.2.0-14 2193304 7812 ; gcc-10-base
liblsan0 12.2.0-14 969492 2844 ; gcc-10-base
libtsan0 12.2.0-14 2196648 7854 ; gcc-10-base
libubsan1 12.2.0-14 883288 2818 ; gcc-10-base
libquadmath0 12.2.0-14 145204 291 ; gcc-10-base
libisl23 0.25-1.1 676288 3738 ; libgmp10
libmpc3 1.3.1-1 51652 137 ; libgmp10, libmpfr6
libmpfr6 4.2.0-1 700696 1404 ; libgmp10
binutils 2.40-2 2646864 3624 ; binutils-common, libbinutils, binutils-x86-64-linux-gnu ; ; binutils-doc
binutils-common 2.40-2 2487888 11992
libbinutils 2.40-2 572252 2434 ; binutils-common, libctf-nobfd0, libctf0, libgprofng0, libjansson4, libsframe0
binutils-x86-64-linux-gnu 2.40-2 2246648 10675 ; libbinutils
libctf-nobfd0 2.40-2 153556 357
libctf0 2.40-2 88848 214
libgprofng0 2.40-2 808704 3264
libjansson4 2.14-2 40588 101
libsframe0 2.40-2 86328 177
libc6-dev 2.31-13+deb11u11 1903708 12500 ; libc6, libc-dev-bin, linux-libc-dev, libcrypt-dev, libnsl-dev, rpcsvc-proto, libtirpc-dev ; ; glibc-doc, manpages-dev ; libc-dev
libc-dev-bin 2.31-13+deb11u11 46940 277 ; libc6
linux-libc-dev 6.1.106-3 2148008 10020
libcrypt-dev 1:4.4.33-2 121988 440 ; libcrypt1
libnsl-dev 1.3.0-2 66312 247 ; libnsl2, libtirpc-dev
libnsl2 1.3.0-2 39516 127 ; libtirpc3
libtirpc3 1.3.3+ds-1 85260 228
libtirpc-dev 1.3.3+ds-1 191240 784 ; libtirpc3
rpcsvc-proto 1.4.3-1 63024 193
make 4.3-4.1 396496 1620 ; libc6 ; ; make-doc
dpkg-dev 1.20.13 1354136 3279 ; perl, libdpkg-perl, tar, bzip2, xz-utils, patch, make, binutils ; build-essential, fakeroot, gnupg ; debian-keyring
libdpkg-perl 1.20.13 605448 2027 ; perl, dpkg ; libfile-fcntllock-perl ; debian-keyring, gnupg
perl 5.32.1-4+deb11u3 239200 714 ; perl-base, perl-modules-5.32, libperl5.32 ; ; perl-doc, make, libtap-harness-archive-perl
perl-modules-5.32 5.32.1-4+deb11u3 2815260 17741
libperl5.32 5.32.1-4+deb11u3 4208424 28126 ; libdb5.3, libgdbm6, libgdbm-compat4, perl-modules-5.32
libgdbm6 1.23-3 72180 140
libgdbm-compat4 1.23-3 47852 74 ; libgdbm6
libfile-fcntllock-perl 0.22-4+b1 34748 111 ; perl
bzip2 1.0.8-5+b1 49224 119 ; libbz2-1.0
xz-utils 5.4.1-0.2 470668 1343 ; liblzma5
patch 2.7.6-7 128164 291
fakeroot 1.31-1.2 67884 218 ; libfakeroot
libfakeroot 1.31-1.2 28704 166
unzip 6.0-28 166220 386
file 1:5.44-3 42724 89 ; libmagic1
libmagic1 1:5.44-3 104556 269 ; libmagic-mgc
libmagic-mgc 1:5.44-3 305168 7320
autoconf 2.71-3 362240 2043 ; perl, m4, debianutils ; automake, autotools-dev
automake 1:1.16.5-1.3 823256 1887 ; autoconf, autotools-dev
autotools-dev 20220109.1 51496 166
m4 1.4.19-3 287208 594
libtool 2.4.7-7~deb11u1 517724 2224 ; gcc, libc6-dev, file, autotools-dev
imagemagick 8:6.9.11.60+dfsg-1.6+deb11u1 16136 181 ; imagemagick-6.q16
imagemagick-6.q16 8:6.9.11.60+dfsg-1.6+deb11u1 230264 611 ; libmagickcore-6.q16-6
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.6+deb11u1 1789732 6234
# development libraries the buildpack images install
# network tools
curl 7.74.0-1.3+deb11u13 315864 500 ; libc6, libcurl4, zlib1g
libcurl4 7.74.0-1.3+deb11u13 390320 824 ; libbrotli1, libgssapi-krb5-2, libidn2-0, libldap-2.4-2, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libssl1.1, libzstd1, zlib1g ; ca-certificates
libcurl3-gnutls 7.74.0-1.3+deb11u13 385836 802 ; libbrotli1, libgnutls30, libgssapi-krb5-2, libidn2-0, libldap-2.4-2, libnettle8, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libzstd1, zlib1g ; ca-certificates
libbrotli1 1.0.9-2+b6 275588 782
libgssapi-krb5-2 1.20.1-2+deb11u2 135040 436 ; libcom-err2, libk5crypto3, libkrb5-3, libkrb5support0 ; krb5-locales ; krb5-doc, krb5-user
libkrb5-3 1.20.1-2+deb11u2 332824 1088 ; libk5crypto3, libkeyutils1, libkrb5support0, libssl1.1 ; krb5-locales
libk5crypto3 1.20.1-2+deb11u2 78928 294 ; libkrb5support0
libkrb5support0 1.20.1-2+deb11u2 32920 141
libkeyutils1 1.6.3-2 8864 46
krb5-locales 1.20.1-2+deb11u2 63164 2044
libldap-2.4-2 2.5.13+dfsg-5 187488 575 ; libgnutls30, libsasl2-2 ; libldap-common
libldap-common 2.5.13+dfsg-5 29380 174
libsasl2-2 2.1.28+dfsg-10 59384 158 ; libsasl2-modules-db ; libsasl2-modules
libsasl2-modules-db 2.1.28+dfsg-10 20840 100 ; libdb5.3
libsasl2-modules 2.1.28+dfsg-10 66968 357 ; ; ; libsasl2-modules-gssapi-mit
libnghttp2-14 1.52.0-1+deb11u1 72440 208
libpsl5 0.21.2-1 58624 95 ; libidn2-0, libunistring2 ; publicsuffix
publicsuffix 20230209.2326-1 126644 318
librtmp1 2.4+20151223.gitfa8646d.1-2+b2 60704 138 ; libgmp10, libgnutls30, libhogweed6, libnettle8
libssh2-1 1.10.0-3+b1 179312 426 ; libssl1.1, zlib1g
wget 1.21-1+deb11u1 984284 3702 ; libgnutls30, libidn2-0, libnettle8, libpcre2-8-0, libpsl5, libuuid1, zlib1g ; ca-certificates
netbase 6.4 12788 41
gnupg 2.2.40-1.1 846264 885 ; dirmngr, gnupg-utils, gpg, gpg-agent, gpgsm, gpgv ; gnupg-l10n
gnupg-utils 2.2.40-1.1 927096 1905 ; libassuan0, libgcrypt20, libgpg-error0, libksba8, libreadline8
gnupg-l10n 2.2.40-1.1 697908 4903
gpg 2.2.40-1.1 949324 1581 ; gpgconf, libassuan0, libgcrypt20, libgpg-error0, libnpth0, libreadline8, libsqlite3-0, zlib1g
gpgconf 2.2.40-1.1 564944 978 ; libassuan0, libgcrypt20, libgpg-error0, libreadline8
gpg-agent 2.2.40-1.1 695000 1550 ; gpgconf, pinentry-curses ; pinentry-curses
gpgsm 2.2.40-1.1 629128 1123 ; gpgconf, libksba8
dirmngr 2.2.40-1.1 792600 1369 ; gpgconf, libldap-2.4-2, libksba8, libnpth0
pinentry-curses 1.2.1-1 77400 147 ; libassuan0, libncursesw6
libassuan0 2.5.5-5 49700 152 ; libgpg-error0
libgcrypt20 1.10.1-3 713628 1592 ; libgpg-error0
libgpg-error0 1.46-1 71820 912
libksba8 1.6.3-2 126012 366 ; libgpg-error0
libnpth0 1.6-3 19016 58
sq 0.27.0-2+b1 5271268 16116 ; libsqlite3-0, libssl1.1
# version control and shells
git 1:2.30.2-1+deb11u2 7266872 38006 ; libc6, libcurl3-gnutls, libexpat1, libpcre2-8-0, zlib1g, perl, liberror-perl, git-man ; ca-certificates, patch, less, openssh-client ; gettext-base, git-daemon-run, git-doc, git-email, git-gui, gitk, gitweb, git-cvs, git-mediawiki, git-svn
git-man 1:2.30.2-1+deb11u2 2054484 11915
liberror-perl 0.17029-2 29680 57 ; perl
less 551-2 132944 443 ; libtinfo6
openssh-client 1:9.2p1-2+deb11u3 991848 4620 ; libedit2, libfido2-1, libselinux1, libssl1.1, zlib1g ; xauth ; keychain, libpam-ssh, monkeysphere, ssh-askpass ; ssh-client
libedit2 3.1-20221030-2 89696 245 ; libbsd0, libtinfo6
libbsd0 0.11.7-2 117088 336 ; libmd0
libmd0 1.0.4-2 29704 81
libfido2-1 1.12.0-2+b1 77348 212 ; libcbor0, libssl1.1, libudev1
libcbor0 0.8.0-2+b1 27392 82
libudev1 252.30-1~deb11u2 108568 324
xauth 1:1.1.2-1 35844 81 ; libx11-6, libxau6, libxext6, libxmuu1
libx11-6 2:1.8.4-2+deb11u2 760076 1666 ; libx11-data, libxcb1
libx11-data 2:1.8.4-2+deb11u2 292256 1516
libxcb1 1.15-1 144264 474 ; libxau6, libxdmcp6
libxau6 1:1.0.9-1 19804 43
libxdmcp6 1:1.1.2-3 26320 72 ; libbsd0
libxext6 2:1.3.4-1+b1 52872 132 ; libx11-6
libxmuu1 2:1.1.3-3 23816 54 ; libx11-6
mercurial 6.3.2-1 2618188 6820 ; python3:any, mercurial-common
mercurial-common 6.3.2-1 3213112 20214 ; python3:any
subversion 1.14.2-4+b2 1007612 3908 ; libsvn1
libsvn1 1.14.2-4+b2 1431764 5134 ; libapr1, libaprutil1, libsqlite3-0
libapr1 1.7.2-3 102056 293 ; libuuid1
libaprutil1 1.6.3-1 86652 265 ; libapr1, libexpat1
procps 2:4.0.2-3 709232 2356 ; libproc2-0, libncursesw6, libtinfo6
libproc2-0 2:4.0.2-3 61804 210 ; libsystemd0
# editors
vim 2:8.2.2434-3+deb11u1 1567008 3785 ; vim-common, vim-runtime, libacl1, libgpm2, libselinux1, libsodium23, libtinfo6 ; ; ctags, vim-doc, vim-scripts ; editor
vim-common 2:8.2.2434-3+deb11u1 237696 408 ; xxd
vim-runtime 2:8.2.2434-3+deb11u1 7021068 37115
xxd 2:8.2.2434-3+deb11u1 84544 129
libgpm2 1.20.7-10+b1 14820 70
libsodium23 1.0.18-1 165784 458
nano 5.4-2+deb11u3 689924 2804 ; libncursesw6, libtinfo6 ; ; hunspell ; editor
# node
libicu67 67.1-7 9376084 35813
nodejs 12.22.12~dfsg-1~deb11u4 320116 807 ; libc6, libnode72 ; ca-certificates, nodejs-doc ; npm
libnode72 12.22.12~dfsg-1~deb11u4 11707496 49136 ; libbrotli1, libc-ares2, libicu67, libnghttp2-14, libssl1.1, libuv1, zlib1g
libc-ares2 1.18.1-3 103452 219
libuv1 1.44.2-1+deb11u1 140432 336
nodejs-doc 12.22.12~dfsg-1~deb11u4 3968424 24776
npm 7.5.2+ds-2 445188 3139 ; nodejs, node-gyp
node-gyp 9.3.0-2 2211820 2198 ; nodejs, gyp, make, python3:any
gyp 0.1+20220404git9ecf45e-2 269868 1458 ; python3:any
gettext-base 0.21-12 160340 776 ; libc6
"#;

/// Ubuntu 18.04.
pub(super) const BIONIC: &str = r#"
# base system (in every image of the release)
base-files 10.1ubuntu2.12 70828 341
base-passwd 3.6.1 52780 243 ; libc6, libdebconfclient0
bash 4.4.18-2ubuntu1.3 1491652 7164 ; base-files, debianutils
coreutils 8.28-1ubuntu1 2880596 18062
dash 0.5.12-2 88804 216 ; debianutils, dpkg
debconf 1.5.82 121724 519
debianutils 5.7-0.4 89368 224
diffutils 1:3.8-4 362732 1694
dpkg 1.19.0.5ubuntu2.4 1547028 6346 ; tar
findutils 4.9.0-4 698272 1892
grep 3.8-5 294484 1628
gzip 1.12-1 141796 833
hostname 3.23+nmu1 10960 44
libc6 2.27-3ubuntu1.6 2756720 12986 ; libgcc-s1
libc-bin 2.27-3ubuntu1.6 608428 2545 ; libc6
libgcc-s1 12.2.0-14 49840 140 ; gcc-8-base, libc6
gcc-8-base 8.4.0-1ubuntu1~18.04 37364 72
libstdc++6 12.2.0-14 612836 2658 ; gcc-8-base, libc6, libgcc-s1
login 1:4.13+dfsg1-1build1 615856 2607
mawk 1.3.4.20200120-3.1 118316 266
ncurses-base 6.4-4 261340 391
passwd 1:4.13+dfsg1-1build1 971716 3936
perl-base 5.26.1-6ubuntu0.7 1630476 7600
sed 4.9-1 317204 1276
tar 1.34+dfsg-1.2 917900 3140
tzdata 2023c-0ubuntu0.18.04 255432 1496 ; debconf
util-linux 2.38.1-5 1171624 3612
zlib1g 1:1.2.11.dfsg-0ubuntu2.2 84536 168 ; libc6
apt 1.6.17 1404140 4218 ; libapt-pkg6.0, gpgv, libc6, libgcc-s1, libstdc++6 ; ca-certificates
libapt-pkg6.0 1.6.17 985772 3350
gpgv 2.2.40-1.1 648624 843
libdebconfclient0 0.270 7876 37
libbz2-1.0 1.0.8-5build1 45344 105
liblzma5 5.4.1-0.2 205116 425
libtinfo6 6.4-4 320200 552
libuuid1 2.38.1-5 28988 144
libzstd1 1.5.4+dfsg2-5 283668 867
libidn2-0 2.3.3-1build1 126992 413 ; libunistring2
libunistring2 1.0-2 443120 1833
libgmp10 2:6.2.1+dfsg1-1.1 562036 895
libgnutls30 3.7.9-2 1403836 3600 ; libgmp10, libhogweed6, libidn2-0, libnettle8, libp11-kit0, libtasn1-6, libunistring2
libhogweed6 3.8.1-2 327972 478 ; libgmp10, libnettle8
libnettle8 3.8.1-2 287080 472
libp11-kit0 0.24.1-2 345204 1437 ; libffi6
libtasn1-6 4.19.0-2 55740 163
libffi6 3.2.1-8 22736 59
libselinux1 3.4-1build6 72612 214 ; libpcre2-8-0
libacl1 2.3.1-3 17048 67
libpcre2-8-0 10.42-1 260444 677
libcom-err2 1.47.0-2 22428 98
libdb5.3 5.3.28+dfsg2-1 707696 1978
libcrypt1 1:4.4.33-2 89720 233
libsystemd0 252.30-1 333408 972
libsemanage2 3.4-1build5 95676 297
# python 3.11
python3 3.6.7-1~18.04 26428 92 ; python3.6, libpython3-stdlib, python3-minimal ; ; python3-doc, python3-tk, python3-venv ; python3-profiler
python3-minimal 3.6.7-1~18.04 26368 127 ; python3.6-minimal, dpkg
python3.6 3.6.9-1~18.04ubuntu1.12 573908 651 ; python3.6-minimal, libpython3.6-stdlib, media-types, tzdata ; ca-certificates ; python3.6-venv, python3.6-doc, binutils
python3.6-minimal 3.6.9-1~18.04ubuntu1.12 2064724 5997 ; libpython3.6-minimal, libexpat1, zlib1g
libpython3.6-minimal 3.6.9-1~18.04ubuntu1.12 817072 4902 ; libc6, libssl1.1
libpython3.6-stdlib 3.6.9-1~18.04ubuntu1.12 1797988 7967 ; libpython3.6-minimal, libbz2-1.0, libffi6, liblzma5, libmpdec2, libncursesw6, libreadline7, libsqlite3-0, libtinfo6, libuuid1, media-types
libpython3-stdlib 3.6.7-1~18.04 9312 36 ; libpython3.6-stdlib
libpython3.6 3.6.9-1~18.04ubuntu1.12 1987596 7102 ; libpython3.6-stdlib
media-types 10.0.0 26124 104
libexpat1 2.2.5-3ubuntu0.9 99432 405 ; libc6
libmpdec2 2.4.2-1ubuntu1 87488 236 ; libc6
libsqlite3-0 3.22.0-1ubuntu0.7 838704 1676 ; libc6
libreadline7 7.0-3 165772 472 ; readline-common, libtinfo6
readline-common 7.0-3 69368 222
libncursesw6 6.4-4 134048 424 ; libtinfo6
libssl1.1 1.1.1-1ubuntu2.1~18.04.23 2024860 6332 ; libc6
openssl 1.1.1-1ubuntu2.1~18.04.23 1431616 2302 ; libssl1.1 ; ca-certificates
ca-certificates 20230311ubuntu0.18.04.1 153880 389 ; openssl, debconf
python3-pip 9.0.1-2.3~ubuntu1.18.04.8 1325400 7104 ; ca-certificates, python3-setuptools, python3-wheel, python3:any ; build-essential, python3-dev
python3-setuptools 39.0.1-2ubuntu0.1 522632 2593 ; python3-pkg-resources, python3:any ; ; python-setuptools-doc
python3-pkg-resources 39.0.1-2ubuntu0.1 296232 1182 ; python3:any
python3-wheel 0.30.0-0.2ubuntu0.1 30508 133 ; python3:any
python3-dev 3.6.7-1~18.04 26156 37 ; python3, libpython3-dev, python3.6-dev
libpython3-dev 3.6.7-1~18.04 9972 21 ; libpython3.6-dev
python3.6-dev 3.6.9-1~18.04ubuntu1.12 508516 1285 ; python3.6, libpython3.6-dev, libexpat1-dev, zlib1g-dev
libpython3.6-dev 3.6.9-1~18.04ubuntu1.12 4745312 23408 ; libpython3.6-stdlib, libpython3.6, libexpat1-dev, zlib1g-dev
libexpat1-dev 2.5.0-1 150720 687 ; libexpat1, libc6-dev
zlib1g-dev 1:1.2.13.dfsg-1 916588 1368 ; zlib1g, libc6-dev
python3-venv 3.6.7-1~18.04 1200 6 ; python3.6-venv, python3
python3.6-venv 3.6.9-1~18.04ubuntu1.12 5896 29 ; python3.6, python3-pip-whl, python3-setuptools-whl
python3-pip-whl 9.0.1-2.3~ubuntu1.18.04.8 1717504 1778
python3-setuptools-whl 39.0.1-2ubuntu0.1 1108336 1163
python3-lib2to3 3.6.9-1~18.04 77296 398 ; python3:any
# compilers and build tools
build-essential 12.4ubuntu1 7704 20 ; libc6-dev | libc-dev, gcc, g++, make, dpkg-dev
gcc 4:7.4.0-1ubuntu2.3 5204 36 ; cpp, gcc-7 ; ; gcc-multilib, make, manpages-dev, autoconf, automake, libtool, flex, bison, gdb, gcc-doc
gcc-7 7.5.0-3ubuntu1~18.04 19313664 50080 ; cpp-7, gcc-8-base, libcc1-0, binutils, libgcc-7-dev, libisl19, libmpc3, libmpfr6 ; libc6-dev ; gcc-7-multilib, gcc-7-doc
cpp 4:7.4.0-1ubuntu2.3 6792 40 ; cpp-7
cpp-7 7.5.0-3ubuntu1~18.04 9428548 27916 ; gcc-8-base, libgmp10, libisl19, libmpc3, libmpfr6, zlib1g
g++ 4:7.4.0-1ubuntu2.3 1336 15 ; cpp, gcc, g++-7
g++-7 7.5.0-3ubuntu1~18.04 10688216 37094 ; gcc-8-base, gcc-7, libstdc++-7-dev
libstdc++-7-dev 7.5.0-3ubuntu1~18.04 2047932 19063 ; gcc-8-base, libgcc-7-dev, libstdc++6, libc6-dev
libgcc-7-dev 7.5.0-3ubuntu1~18.04 2437696 9925 ; gcc-8-base, libgcc-s1, libgomp1, libitm1, libatomic1, libasan4, liblsan0, libtsan0, libubsan0, libquadmath0
libcc1-0 12.2.0-14 41468 142 ; gcc-8-base, libstdc++6
libgomp1 12.2.0-14 116248 330 ; gcc-8-base
libitm1 12.2.0-14 25948 113 ; gcc-8-base
libatomic1 12.2.0-14 9328 43 ; gcc-8-base
libasan4 12.2.0-14 2193304 7812 ; gcc-8-base
liblsan0 12.2.0-14 969492 2844 ; gcc-8-base
libtsan0 12.2.0-14 2196648 7854 ; gcc-8-base
libubsan0 12.2.0-14 883288 2818 ; gcc-8-base
libquadmath0 12.2.0-14 145204 291 ; gcc-8-base
libisl19 0.25-1.1 676288 3738 ; libgmp10
libmpc3 1.3.1-1 51652 137 ; libgmp10, libmpfr6
libmpfr6 4.2.0-1 700696 1404 ; libgmp10
binutils 2.40-2 2646864 3624 ; binutils-common, libbinutils, binutils-x86-64-linux-gnu ; ; binutils-doc
binutils-common 2.40-2 2487888 11992
libbinutils 2.40-2 572252 2434 ; binutils-common, libctf-nobfd0, libctf0, libgprofng0, libjansson4, libsframe0
binutils-x86-64-linux-gnu 2.40-2 2246648 10675 ; libbinutils
libctf-nobfd0 2.40-2 153556 357
libctf0 2.40-2 88848 214
libgprofng0 2.40-2 808704 3264
libjansson4 2.14-2 40588 101
libsframe0 2.40-2 86328 177
libc6-dev 2.27-3ubuntu1.6 1903708 12500 ; libc6, libc-dev-bin, linux-libc-dev, libcrypt-dev, libnsl-dev, rpcsvc-proto, libtirpc-dev ; ; glibc-doc, manpages-dev ; libc-dev
libc-dev-bin 2.27-3ubuntu1.6 46940 277 ; libc6
linux-libc-dev 6.1.106-3 2148008 10020
libcrypt-dev 1:4.4.33-2 121988 440 ; libcrypt1
libnsl-dev 1.3.0-2 66312 247 ; libnsl2, libtirpc-dev
libnsl2 1.3.0-2 39516 127 ; libtirpc3
libtirpc3 1.3.3+ds-1 85260 228
libtirpc-dev 1.3.3+ds-1 191240 784 ; libtirpc3
rpcsvc-proto 1.4.3-1 63024 193
make 4.1-9.1ubuntu1 396496 1620 ; libc6 ; ; make-doc
dpkg-dev 1.21.22 1354136 3279 ; perl, libdpkg-perl, tar, bzip2, xz-utils, patch, make, binutils ; build-essential, fakeroot, gnupg ; debian-keyring
libdpkg-perl 1.21.22 605448 2027 ; perl, dpkg ; libfile-fcntllock-perl ; debian-keyring, gnupg
perl 5.26.1-6ubuntu0.7 239200 714 ; perl-base, perl-modules-5.26, libperl5.26 ; ; perl-doc, make, libtap-harness-archive-perl
perl-modules-5.26 5.26.1-6ubuntu0.7 2815260 17741
libperl5.26 5.26.1-6ubuntu0.7 4208424 28126 ; libdb5.3, libgdbm6, libgdbm-compat4, perl-modules-5.26
libgdbm6 1.23-3 72180 140
libgdbm-compat4 1.23-3 47852 74 ; libgdbm6
libfile-fcntllock-perl 0.22-4build1 34748 111 ; perl
bzip2 1.0.8-5build1 49224 119 ; libbz2-1.0
xz-utils 5.4.1-0.2 470668 1343 ; liblzma5
patch 2.7.6-7 128164 291
fakeroot 1.31-1.2 67884 218 ; libfakeroot
libfakeroot 1.31-1.2 28704 166
unzip 6.0-28 166220 386
file 1:5.44-3 42724 89 ; libmagic1
libmagic1 1:5.44-3 104556 269 ; libmagic-mgc
libmagic-mgc 1:5.44-3 305168 7320
autoconf 2.71-3 362240 2043 ; perl, m4, debianutils ; automake, autotools-dev
automake 1:1.16.5-1.3 823256 1887 ; autoconf, autotools-dev
autotools-dev 20220109.1 51496 166
m4 1.4.19-3 287208 594
libtool 2.4.7-7 517724 2224 ; gcc, libc6-dev, file, autotools-dev
imagemagick 8:6.9.11.60+dfsg-1.6 16136 181 ; imagemagick-6.q16
imagemagick-6.q16 8:6.9.11.60+dfsg-1.6 230264 611 ; libmagickcore-6.q16-6
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.6 1789732 6234
# development libraries the buildpack images install
# network tools
curl 7.58.0-2ubuntu3.24 315864 500 ; libc6, libcurl4, zlib1g
libcurl4 7.58.0-2ubuntu3.24 390320 824 ; libbrotli1, libgssapi-krb5-2, libidn2-0, libldap-2.4-2, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libssl1.1, libzstd1, zlib1g ; ca-certificates
libcurl3-gnutls 7.58.0-2ubuntu3.24 385836 802 ; libbrotli1, libgnutls30, libgssapi-krb5-2, libidn2-0, libldap-2.4-2, libnettle8, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libzstd1, zlib1g ; ca-certificates
libbrotli1 1.0.9-2build6 275588 782
libgssapi-krb5-2 1.20.1-2 135040 436 ; libcom-err2, libk5crypto3, libkrb5-3, libkrb5support0 ; krb5-locales ; krb5-doc, krb5-user
libkrb5-3 1.20.1-2 332824 1088 ; libk5crypto3, libkeyutils1, libkrb5support0, libssl1.1 ; krb5-locales
libk5crypto3 1.20.1-2 78928 294 ; libkrb5support0
libkrb5support0 1.20.1-2 32920 141
libkeyutils1 1.6.3-2 8864 46
krb5-locales 1.20.1-2 63164 2044
libldap-2.4-2 2.5.13+dfsg-5 187488 575 ; libgnutls30, libsasl2-2 ; libldap-common
libldap-common 2.5.13+dfsg-5 29380 174
libsasl2-2 2.1.28+dfsg-10 59384 158 ; libsasl2-modules-db ; libsasl2-modules
libsasl2-modules-db 2.1.28+dfsg-10 20840 100 ; libdb5.3
libsasl2-modules 2.1.28+dfsg-10 66968 357 ; ; ; libsasl2-modules-gssapi-mit
libnghttp2-14 1.52.0-1 72440 208
libpsl5 0.21.2-1 58624 95 ; libidn2-0, libunistring2 ; publicsuffix
publicsuffix 20230209.2326-1 126644 318
librtmp1 2.4+20151223.gitfa8646d.1-2build2 60704 138 ; libgmp10, libgnutls30, libhogweed6, libnettle8
libssh2-1 1.10.0-3build1 179312 426 ; libssl1.1, zlib1g
wget 1.19.4-1ubuntu2.2 984284 3702 ; libgnutls30, libidn2-0, libnettle8, libpcre2-8-0, libpsl5, libuuid1, zlib1g ; ca-certificates
netbase 6.4 12788 41
gnupg 2.2.40-1.1 846264 885 ; dirmngr, gnupg-utils, gpg, gpg-agent, gpgsm, gpgv ; gnupg-l10n
gnupg-utils 2.2.40-1.1 927096 1905 ; libassuan0, libgcrypt20, libgpg-error0, libksba8, libreadline7
gnupg-l10n 2.2.40-1.1 697908 4903
gpg 2.2.40-1.1 949324 1581 ; gpgconf, libassuan0, libgcrypt20, libgpg-error0, libnpth0, libreadline7, libsqlite3-0, zlib1g
gpgconf 2.2.40-1.1 564944 978 ; libassuan0, libgcrypt20, libgpg-error0, libreadline7
gpg-agent 2.2.40-1.1 695000 1550 ; gpgconf, pinentry-curses ; pinentry-curses
gpgsm 2.2.40-1.1 629128 1123 ; gpgconf, libksba8
dirmngr 2.2.40-1.1 792600 1369 ; gpgconf, libldap-2.4-2, libksba8, libnpth0
pinentry-curses 1.2.1-1 77400 147 ; libassuan0, libncursesw6
libassuan0 2.5.5-5 49700 152 ; libgpg-error0
libgcrypt20 1.10.1-3 713628 1592 ; libgpg-error0
libgpg-error0 1.46-1 71820 912
libksba8 1.6.3-2 126012 366 ; libgpg-error0
libnpth0 1.6-3 19016 58
sq 0.27.0-2build1 5271268 16116 ; libsqlite3-0, libssl1.1
# version control and shells
git 1:2.17.1-1ubuntu0.18 7266872 38006 ; libc6, libcurl3-gnutls, libexpat1, libpcre2-8-0, zlib1g, perl, liberror-perl, git-man ; ca-certificates, patch, less, openssh-client ; gettext-base, git-daemon-run, git-doc, git-email, git-gui, gitk, gitweb, git-cvs, git-mediawiki, git-svn
git-man 1:2.17.1-1ubuntu0.18 2054484 11915
liberror-perl 0.17029-2 29680 57 ; perl
less 487-0.1 132944 443 ; libtinfo6
openssh-client 1:9.2p1-2 991848 4620 ; libedit2, libfido2-1, libselinux1, libssl1.1, zlib1g ; xauth ; keychain, libpam-ssh, monkeysphere, ssh-askpass ; ssh-client
libedit2 3.1-20221030-2 89696 245 ; libbsd0, libtinfo6
libbsd0 0.11.7-2 117088 336 ; libmd0
libmd0 1.0.4-2 29704 81
libfido2-1 1.12.0-2build1 77348 212 ; libcbor0, libssl1.1, libudev1
libcbor0 0.8.0-2build1 27392 82
libudev1 252.30-1 108568 324
xauth 1:1.1.2-1 35844 81 ; libx11-6, libxau6, libxext6, libxmuu1
libx11-6 2:1.8.4-2 760076 1666 ; libx11-data, libxcb1
libx11-data 2:1.8.4-2 292256 1516
libxcb1 1.15-1 144264 474 ; libxau6, libxdmcp6
libxau6 1:1.0.9-1 19804 43
libxdmcp6 1:1.1.2-3 26320 72 ; libbsd0
libxext6 2:1.3.4-1build1 52872 132 ; libx11-6
libxmuu1 2:1.1.3-3 23816 54 ; libx11-6
mercurial 6.3.2-1 2618188 6820 ; python3:any, mercurial-common
mercurial-common 6.3.2-1 3213112 20214 ; python3:any
subversion 1.14.2-4build2 1007612 3908 ; libsvn1
libsvn1 1.14.2-4build2 1431764 5134 ; libapr1, libaprutil1, libsqlite3-0
libapr1 1.7.2-3 102056 293 ; libuuid1
libaprutil1 1.6.3-1 86652 265 ; libapr1, libexpat1
procps 2:4.0.2-3 709232 2356 ; libproc2-0, libncursesw6, libtinfo6
libproc2-0 2:4.0.2-3 61804 210 ; libsystemd0
# editors
vim 2:8.0.1453-1ubuntu1.13 1567008 3785 ; vim-common, vim-runtime, libacl1, libgpm2, libselinux1, libsodium23, libtinfo6 ; ; ctags, vim-doc, vim-scripts ; editor
vim-common 2:8.0.1453-1ubuntu1.13 237696 408 ; xxd
vim-runtime 2:8.0.1453-1ubuntu1.13 7021068 37115
xxd 2:8.0.1453-1ubuntu1.13 84544 129
libgpm2 1.20.7-10build1 14820 70
libsodium23 1.0.18-1 165784 458
nano 2.9.3-2 689924 2804 ; libncursesw6, libtinfo6 ; ; hunspell ; editor
# node
libicu60 60.2-3ubuntu3.2 9376084 35813
nodejs 8.10.0~dfsg-2ubuntu0.4 320116 807 ; libc6 ; ca-certificates, nodejs-doc ; npm
libc-ares2 1.18.1-3 103452 219
libuv1 1.44.2-1 140432 336
nodejs-doc 8.10.0~dfsg-2ubuntu0.4 3968424 24776
npm 3.5.2-0ubuntu4 445188 3139 ; nodejs, node-gyp
node-gyp 9.3.0-2 2211820 2198 ; nodejs, gyp, make, python3:any
gyp 0.1+20220404git9ecf45e-2 269868 1458 ; python3:any
gettext-base 0.21-12 160340 776 ; libc6
# older Python, kept by this release
python 2.7.15~rc1-1 140308 45 ; python2.7 (>= 2.7.15~rc1-1~), libpython-stdlib (>= 2.7.15~rc1-1), python-minimal (= 2.7.15~rc1-1) ; ; python-doc, python-tk
python-minimal 2.7.15~rc1-1 28080 146 ; dpkg, python2.7-minimal (>= 2.7.15~rc1-1~)
python2.7 2.7.17-1~18.04ubuntu1.13 248572 385 ; python2.7-minimal, libpython2.7-stdlib, mime-support
python2.7-minimal 2.7.17-1~18.04ubuntu1.13 1300464 3790 ; libpython2.7-minimal, zlib1g
libpython2.7-minimal 2.7.17-1~18.04ubuntu1.13 335524 1488 ; libc6
libpython2.7-stdlib 2.7.17-1~18.04ubuntu1.13 1915924 7981 ; libpython2.7-minimal, libbz2-1.0, libdb5.3, libexpat1, libffi6, libncursesw5, libreadline7, libsqlite3-0, libssl1.1, libtinfo5, mime-support
libpython-stdlib 2.7.15~rc1-1 7620 42 ; libpython2.7-stdlib
libncursesw5 6.1-1ubuntu1.18.04.1 99928 347 ; libtinfo5
libtinfo5 6.1-1ubuntu1.18.04.1 80048 488
mime-support 3.60ubuntu1 30124 111
python-pip 9.0.1-2.3~ubuntu1.18.04.8 146368 648 ; ca-certificates, python-pip-whl (= 9.0.1-2.3~ubuntu1.18.04.8), python:any ; build-essential, python-dev, python-setuptools, python-wheel
python-pip-whl 9.0.1-2.3~ubuntu1.18.04.8 1653132 1801
python-setuptools 39.0.1-2ubuntu0.1 328560 1427 ; python-pkg-resources, python:any
python-pkg-resources 39.0.1-2ubuntu0.1 128324 531 ; python:any
python-wheel 0.30.0-0.2ubuntu0.1 8960 54 ; python:any
python-dev 2.7.15~rc1-1 1140 45 ; python (= 2.7.15~rc1-1), python2.7-dev
python2.7-dev 2.7.17-1~18.04ubuntu1.13 279292 1029 ; python2.7, libpython2.7-dev
libpython2.7-dev 2.7.17-1~18.04ubuntu1.13 28219064 40564 ; libpython2.7-stdlib, libexpat1-dev
"#;

/// Ubuntu 20.04.
pub(super) const FOCAL: &str = r#"
# base system (in every image of the release)
base-files 11ubuntu5.8 70828 341
base-passwd 3.6.1 52780 243 ; libc6, libdebconfclient0
bash 5.0-6ubuntu1.2 1491652 7164 ; base-files, debianutils
coreutils 8.30-3ubuntu2 2880596 18062
dash 0.5.12-2 88804 216 ; debianutils, dpkg
debconf 1.5.82 121724 519
debianutils 5.7-0.4 89368 224
diffutils 1:3.8-4 362732 1694
dpkg 1.19.7ubuntu3.2 1547028 6346 ; tar
findutils 4.9.0-4 698272 1892
grep 3.8-5 294484 1628
gzip 1.12-1 141796 833
hostname 3.23+nmu1 10960 44
libc6 2.31-0ubuntu9.16 2756720 12986 ; libgcc-s1
libc-bin 2.31-0ubuntu9.16 608428 2545 ; libc6
libgcc-s1 12.2.0-14 49840 140 ; gcc-10-base, libc6
gcc-10-base 10.5.0-1ubuntu1~20.04 37364 72
libstdc++6 12.2.0-14 612836 2658 ; gcc-10-base, libc6, libgcc-s1
login 1:4.13+dfsg1-1build1 615856 2607
mawk 1.3.4.20200120-3.1 118316 266
ncurses-base 6.4-4 261340 391
passwd 1:4.13+dfsg1-1build1 971716 3936
perl-base 5.30.0-9ubuntu0.5 1630476 7600
sed 4.9-1 317204 1276
tar 1.34+dfsg-1.2 917900 3140
tzdata 2024a-0ubuntu0.20.04.1 255432 1496 ; debconf
util-linux 2.38.1-5 1171624 3612
zlib1g 1:1.2.11.dfsg-2ubuntu1.5 84536 168 ; libc6
apt 2.0.10 1404140 4218 ; libapt-pkg6.0, gpgv, libc6, libgcc-s1, libstdc++6 ; ca-certificates
libapt-pkg6.0 2.0.10 985772 3350
gpgv 2.2.40-1.1 648624 843
libdebconfclient0 0.270 7876 37
libbz2-1.0 1.0.8-5build1 45344 105
liblzma5 5.4.1-0.2 205116 425
libtinfo6 6.4-4 320200 552
libuuid1 2.38.1-5 28988 144
libzstd1 1.5.4+dfsg2-5 283668 867
libidn2-0 2.3.3-1build1 126992 413 ; libunistring2
libunistring2 1.0-2 443120 1833
libgmp10 2:6.2.1+dfsg1-1.1 562036 895
libgnutls30 3.7.9-2 1403836 3600 ; libgmp10, libhogweed6, libidn2-0, libnettle8, libp11-kit0, libtasn1-6, libunistring2
libhogweed6 3.8.1-2 327972 478 ; libgmp10, libnettle8
libnettle8 3.8.1-2 287080 472
libp11-kit0 0.24.1-2 345204 1437 ; libffi7
libtasn1-6 4.19.0-2 55740 163
libffi7 3.3-4 22736 59
libselinux1 3.4-1build6 72612 214 ; libpcre2-8-0
libacl1 2.3.1-3 17048 67
libpcre2-8-0 10.42-1 260444 677
libcom-err2 1.47.0-2 22428 98
libdb5.3 5.3.28+dfsg2-1 707696 1978
libcrypt1 1:4.4.33-2 89720 233
libsystemd0 252.30-1 333408 972
libsemanage2 3.4-1build5 95676 297
# python 3.11
python3 3.8.2-0ubuntu2 26428 92 ; python3.8, libpython3-stdlib, python3-minimal ; ; python3-doc, python3-tk, python3-venv ; python3-profiler
python3-minimal 3.8.2-0ubuntu2 26368 127 ; python3.8-minimal, dpkg
python3.8 3.8.10-0ubuntu1~20.04.12 573908 651 ; python3.8-minimal, libpython3.8-stdlib, media-types, tzdata ; ca-certificates ; python3.8-venv, python3.8-doc, binutils
python3.8-minimal 3.8.10-0ubuntu1~20.04.12 2064724 5997 ; libpython3.8-minimal, libexpat1, zlib1g
libpython3.8-minimal 3.8.10-0ubuntu1~20.04.12 817072 4902 ; libc6, libssl1.1
libpython3.8-stdlib 3.8.10-0ubuntu1~20.04.12 1797988 7967 ; libpython3.8-minimal, libbz2-1.0, libffi7, liblzma5, libmpdec2, libncursesw6, libreadline8, libsqlite3-0, libtinfo6, libuuid1, media-types
libpython3-stdlib 3.8.2-0ubuntu2 9312 36 ; libpython3.8-stdlib
libpython3.8 3.8.10-0ubuntu1~20.04.12 1987596 7102 ; libpython3.8-stdlib
media-types 10.0.0 26124 104
libexpat1 2.2.9-1ubuntu0.7 99432 405 ; libc6
libmpdec2 2.4.2-3 87488 236 ; libc6
libsqlite3-0 3.31.1-4ubuntu0.6 838704 1676 ; libc6
libreadline8 8.0-4 165772 472 ; readline-common, libtinfo6
readline-common 8.0-4 69368 222
libncursesw6 6.4-4 134048 424 ; libtinfo6
libssl1.1 1.1.1f-1ubuntu2.23 2024860 6332 ; libc6
openssl 1.1.1f-1ubuntu2.23 1431616 2302 ; libssl1.1 ; ca-certificates
ca-certificates 20240203~20.04.1 153880 389 ; openssl, debconf
python3-pip 20.0.2-5ubuntu1.10 1325400 7104 ; ca-certificates, python3-setuptools, python3-wheel, python3:any ; build-essential, python3-dev
python3-setuptools 45.2.0-1ubuntu0.2 522632 2593 ; python3-pkg-resources, python3:any ; ; python-setuptools-doc
python3-pkg-resources 45.2.0-1ubuntu0.2 296232 1182 ; python3:any
python3-wheel 0.34.2-1ubuntu0.1 30508 133 ; python3:any
python3-dev 3.8.2-0ubuntu2 26156 37 ; python3, libpython3-dev, python3.8-dev
libpython3-dev 3.8.2-0ubuntu2 9972 21 ; libpython3.8-dev
python3.8-dev 3.8.10-0ubuntu1~20.04.12 508516 1285 ; python3.8, libpython3.8-dev, libexpat1-dev, zlib1g-dev
libpython3.8-dev 3.8.10-0ubuntu1~20.04.12 4745312 23408 ; libpython3.8-stdlib, libpython3.8, libexpat1-dev, zlib1g-dev
libexpat1-dev 2.5.0-1 150720 687 ; libexpat1, libc6-dev
zlib1g-dev 1:1.2.13.dfsg-1 916588 1368 ; zlib1g, libc6-dev
python3-venv 3.8.2-0ubuntu2 1200 6 ; python3.8-venv, python3
python3.8-venv 3.8.10-0ubuntu1~20.04.12 5896 29 ; python3.8, python3-pip-whl, python3-setuptools-whl
python3-pip-whl 20.0.2-5ubuntu1.10 1717504 1778
python3-setuptools-whl 45.2.0-1ubuntu0.2 1108336 1163
python-is-python3 3.8.2-4 2852 13 ; python3
2to3 3.8.2-0ubuntu2 1056 10 ; python3-lib2to3
python3-lib2to3 3.8.10-0ubuntu1~20.04 77296 398 ; python3:any
# compilers and build tools
build-essential 12.8ubuntu1.1 7704 20 ; libc6-dev | libc-dev, gcc, g++, make, dpkg-dev
gcc 4:9.3.0-1ubuntu2 5204 36 ; cpp, gcc-9 ; ; gcc-multilib, make, manpages-dev, autoconf, automake, libtool, flex, bison, gdb, gcc-doc
gcc-9 9.4.0-1ubuntu1~20.04.2 19313664 50080 ; cpp-9, gcc-10-base, libcc1-0, binutils, libgcc-9-dev, libisl22, libmpc3, libmpfr6 ; libc6-dev ; gcc-9-multilib, gcc-9-doc
cpp 4:9.3.0-1ubuntu2 6792 40 ; cpp-9
cpp-9 9.4.0-1ubuntu1~20.04.2 9428548 27916 ; gcc-10-base, libgmp10, libisl22, libmpc3, libmpfr6, zlib1g
g++ 4:9.3.0-1ubuntu2 1336 15 ; cpp, gcc, g++-9
g++-9 9.4.0-1ubuntu1~20.04.2 10688216 37094 ; gcc-10-base, gcc-9, libstdc++-9-dev
libstdc++-9-dev 9.4.0-1ubuntu1~20.04.2 2047932 19063 ; gcc-10-base, libgcc-9-dev, libstdc++6, libc6-dev
libgcc-9-dev 9.4.0-1ubuntu1~20.04.2 2437696 9925 ; gcc-10-base, libgcc-s1, libgomp1, libitm1, libatomic1, libasan5, liblsan0, libtsan0, libubsan1, libquadmath0
libcc1-0 12.2.0-14 41468 142 ; gcc-10-base, libstdc++6
libgomp1 12.2.0-14 116248 330 ; gcc-10-base
libitm1 12.2.0-14 25948 113 ; gcc-10-base
libatomic1 12.2.0-14 9328 43 ; gcc-10-base
libasan5 12.2.0-14 2193304 7812 ; gcc-10-base
liblsan0 12.2.0-14 969492 2844 ; gcc-10-base
libtsan0 12.2.0-14 2196648 7854 ; gcc-10-base
libubsan1 12.2.0-14 883288 2818 ; gcc-10-base
libquadmath0 12.2.0-14 145204 291 ; gcc-10-base
libisl22 0.25-1.1 676288 3738 ; libgmp10
libmpc3 1.3.1-1 51652 137 ; libgmp10, libmpfr6
libmpfr6 4.2.0-1 700696 1404 ; libgmp10
binutils 2.40-2 2646864 3624 ; binutils-common, libbinutils, binutils-x86-64-linux-gnu ; ; binutils-doc
binutils-common 2.40-2 2487888 11992
libbinutils 2.40-2 572252 2434 ; binutils-common, libctf-nobfd0, libctf0, libgprofng0, libjansson4, libsframe0
binutils-x86-64-linux-gnu 2.40-2 2246648 10675 ; libbinutils
libctf-nobfd0 2.40-2 153556 357
libctf0 2.40-2 88848 214
libgprofng0 2.40-2 808704 3264
libjansson4 2.14-2 40588 101
libsframe0 2.40-2 86328 177
libc6-dev 2.31-0ubuntu9.16 1903708 12500 ; libc6, libc-dev-bin, linux-libc-dev, libcrypt-dev, libnsl-dev, rpcsvc-proto, libtirpc-dev ; ; glibc-doc, manpages-dev ; libc-dev
libc-dev-bin 2.31-0ubuntu9.16 46940 277 ; libc6
linux-libc-dev 6.1.106-3 2148008 10020
libcrypt-dev 1:4.4.33-2 121988 440 ; libcrypt1
libnsl-dev 1.3.0-2 66312 247 ; libnsl2, libtirpc-dev
libnsl2 1.3.0-2 39516 127 ; libtirpc3
libtirpc3 1.3.3+ds-1 85260 228
libtirpc-dev 1.3.3+ds-1 191240 784 ; libtirpc3
rpcsvc-proto 1.4.3-1 63024 193
make 4.2.1-1.2 396496 1620 ; libc6 ; ; make-doc
dpkg-dev 1.21.22 1354136 3279 ; perl, libdpkg-perl, tar, bzip2, xz-utils, patch, make, binutils ; build-essential, fakeroot, gnupg ; debian-keyring
libdpkg-perl 1.21.22 605448 2027 ; perl, dpkg ; libfile-fcntllock-perl ; debian-keyring, gnupg
perl 5.30.0-9ubuntu0.5 239200 714 ; perl-base, perl-modules-5.30, libperl5.30 ; ; perl-doc, make, libtap-harness-archive-perl
perl-modules-5.30 5.30.0-9ubuntu0.5 2815260 17741
libperl5.30 5.30.0-9ubuntu0.5 4208424 28126 ; libdb5.3, libgdbm6, libgdbm-compat4, perl-modules-5.30
libgdbm6 1.23-3 72180 140
libgdbm-compat4 1.23-3 47852 74 ; libgdbm6
libfile-fcntllock-perl 0.22-4build1 34748 111 ; perl
bzip2 1.0.8-5build1 49224 119 ; libbz2-1.0
xz-utils 5.4.1-0.2 470668 1343 ; liblzma5
patch 2.7.6-7 128164 291
fakeroot 1.31-1.2 67884 218 ; libfakeroot
libfakeroot 1.31-1.2 28704 166
unzip 6.0-25ubuntu1.2 166220 386
file 1:5.44-3 42724 89 ; libmagic1
libmagic1 1:5.44-3 104556 269 ; libmagic-mgc
libmagic-mgc 1:5.44-3 305168 7320
autoconf 2.71-3 362240 2043 ; perl, m4, debianutils ; automake, autotools-dev
automake 1:1.16.5-1.3 823256 1887 ; autoconf, autotools-dev
autotools-dev 20220109.1 51496 166
m4 1.4.19-3 287208 594
libtool 2.4.7-7 517724 2224 ; gcc, libc6-dev, file, autotools-dev
imagemagick 8:6.9.11.60+dfsg-1.6 16136 181 ; imagemagick-6.q16
imagemagick-6.q16 8:6.9.11.60+dfsg-1.6 230264 611 ; libmagickcore-6.q16-6
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.6 1789732 6234
# development libraries the buildpack images install
# network tools
curl 7.68.0-1ubuntu2.24 315864 500 ; libc6, libcurl4, zlib1g
libcurl4 7.68.0-1ubuntu2.24 390320 824 ; libbrotli1, libgssapi-krb5-2, libidn2-0, libldap-2.4-2, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libssl1.1, libzstd1, zlib1g ; ca-certificates
libcurl3-gnutls 7.68.0-1ubuntu2.24 385836 802 ; libbrotli1, libgnutls30, libgssapi-krb5-2, libidn2-0, libldap-2.4-2, libnettle8, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libzstd1, zlib1g ; ca-certificates
libbrotli1 1.0.9-2build6 275588 782
libgssapi-krb5-2 1.20.1-2 135040 436 ; libcom-err2, libk5crypto3, libkrb5-3, libkrb5support0 ; krb5-locales ; krb5-doc, krb5-user
libkrb5-3 1.20.1-2 332824 1088 ; libk5crypto3, libkeyutils1, libkrb5support0, libssl1.1 ; krb5-locales
libk5crypto3 1.20.1-2 78928 294 ; libkrb5support0
libkrb5support0 1.20.1-2 32920 141
libkeyutils1 1.6.3-2 8864 46
krb5-locales 1.20.1-2 63164 2044
libldap-2.4-2 2.5.13+dfsg-5 187488 575 ; libgnutls30, libsasl2-2 ; libldap-common
libldap-common 2.5.13+dfsg-5 29380 174
libsasl2-2 2.1.28+dfsg-10 59384 158 ; libsasl2-modules-db ; libsasl2-modules
libsasl2-modules-db 2.1.28+dfsg-10 20840 100 ; libdb5.3
libsasl2-modules 2.1.28+dfsg-10 66968 357 ; ; ; libsasl2-modules-gssapi-mit
libnghttp2-14 1.52.0-1 72440 208
libpsl5 0.21.2-1 58624 95 ; libidn2-0, libunistring2 ; publicsuffix
publicsuffix 20230209.2326-1 126644 318
librtmp1 2.4+20151223.gitfa8646d.1-2build2 60704 138 ; libgmp10, libgnutls30, libhogweed6, libnettle8
libssh2-1 1.10.0-3build1 179312 426 ; libssl1.1, zlib1g
wget 1.20.3-1ubuntu2.1 984284 3702 ; libgnutls30, libidn2-0, libnettle8, libpcre2-8-0, libpsl5, libuuid1, zlib1g ; ca-certificates
netbase 6.4 12788 41
gnupg 2.2.40-1.1 846264 885 ; dirmngr, gnupg-utils, gpg, gpg-agent, gpgsm, gpgv ; gnupg-l10n
gnupg-utils 2.2.40-1.1 927096 1905 ; libassuan0, libgcrypt20, libgpg-error0, libksba8, libreadline8
gnupg-l10n 2.2.40-1.1 697908 4903
gpg 2.2.40-1.1 949324 1581 ; gpgconf, libassuan0, libgcrypt20, libgpg-error0, libnpth0, libreadline8, libsqlite3-0, zlib1g
gpgconf 2.2.40-1.1 564944 978 ; libassuan0, libgcrypt20, libgpg-error0, libreadline8
gpg-agent 2.2.40-1.1 695000 1550 ; gpgconf, pinentry-curses ; pinentry-curses
gpgsm 2.2.40-1.1 629128 1123 ; gpgconf, libksba8
dirmngr 2.2.40-1.1 792600 1369 ; gpgconf, libldap-2.4-2, libksba8, libnpth0
pinentry-curses 1.2.1-1 77400 147 ; libassuan0, libncursesw6
libassuan0 2.5.5-5 49700 152 ; libgpg-error0
libgcrypt20 1.10.1-3 713628 1592 ; libgpg-error0
libgpg-error0 1.46-1 71820 912
libksba8 1.6.3-2 126012 366 ; libgpg-error0
libnpth0 1.6-3 19016 58
sq 0.27.0-2build1 5271268 16116 ; libsqlite3-0, libssl1.1
# version control and shells
git 1:2.25.1-1ubuntu3.13 7266872 38006 ; libc6, libcurl3-gnutls, libexpat1, libpcre2-8-0, zlib1g, perl, liberror-perl, git-man ; ca-certificates, patch, less, openssh-client ; gettext-base, git-daemon-run, git-doc, git-email, git-gui, gitk, gitweb, git-cvs, git-mediawiki, git-svn
git-man 1:2.25.1-1ubuntu3.13 2054484 11915
liberror-perl 0.17029-2 29680 57 ; perl
less 551-1ubuntu0.3 132944 443 ; libtinfo6
openssh-client 1:9.2p1-2 991848 4620 ; libedit2, libfido2-1, libselinux1, libssl1.1, zlib1g ; xauth ; keychain, libpam-ssh, monkeysphere, ssh-askpass ; ssh-client
libedit2 3.1-20221030-2 89696 245 ; libbsd0, libtinfo6
libbsd0 0.11.7-2 117088 336 ; libmd0
libmd0 1.0.4-2 29704 81
libfido2-1 1.12.0-2build1 77348 212 ; libcbor0.6, libssl1.1, libudev1
libcbor0.6 0.8.0-2build1 27392 82
libudev1 252.30-1 108568 324
xauth 1:1.1.2-1 35844 81 ; libx11-6, libxau6, libxext6, libxmuu1
libx11-6 2:1.8.4-2 760076 1666 ; libx11-data, libxcb1
libx11-data 2:1.8.4-2 292256 1516
libxcb1 1.15-1 144264 474 ; libxau6, libxdmcp6
libxau6 1:1.0.9-1 19804 43
libxdmcp6 1:1.1.2-3 26320 72 ; libbsd0
libxext6 2:1.3.4-1build1 52872 132 ; libx11-6
libxmuu1 2:1.1.3-3 23816 54 ; libx11-6
mercurial 6.3.2-1 2618188 6820 ; python3:any, mercurial-common
mercurial-common 6.3.2-1 3213112 20214 ; python3:any
subversion 1.14.2-4build2 1007612 3908 ; libsvn1
libsvn1 1.14.2-4build2 1431764 5134 ; libapr1, libaprutil1, libsqlite3-0
libapr1 1.7.2-3 102056 293 ; libuuid1
libaprutil1 1.6.3-1 86652 265 ; libapr1, libexpat1
procps 2:4.0.2-3 709232 2356 ; libproc2-0, libncursesw6, libtinfo6
libproc2-0 2:4.0.2-3 61804 210 ; libsystemd0
# editors
vim 2:8.1.2269-1ubuntu5.23 1567008 3785 ; vim-common, vim-runtime, libacl1, libgpm2, libselinux1, libsodium23, libtinfo6 ; ; ctags, vim-doc, vim-scripts ; editor
vim-common 2:8.1.2269-1ubuntu5.23 237696 408 ; xxd
vim-runtime 2:8.1.2269-1ubuntu5.23 7021068 37115
xxd 2:8.1.2269-1ubuntu5.23 84544 129
libgpm2 1.20.7-10build1 14820 70
libsodium23 1.0.18-1 165784 458
nano 4.8-1ubuntu1 689924 2804 ; libncursesw6, libtinfo6 ; ; hunspell ; editor
# node
libicu66 66.1-2ubuntu2.1 9376084 35813
nodejs 10.19.0~dfsg-3ubuntu1.6 320116 807 ; libc6, libnode64 ; ca-certificates, nodejs-doc ; npm
libnode64 10.19.0~dfsg-3ubuntu1.6 11707496 49136 ; libbrotli1, libc-ares2, libicu66, libnghttp2-14, libssl1.1, libuv1, zlib1g
libc-ares2 1.18.1-3 103452 219
libuv1 1.44.2-1 140432 336
nodejs-doc 10.19.0~dfsg-3ubuntu1.6 3968424 24776
npm 6.14.4+ds-1ubuntu2 445188 3139 ; nodejs, node-gyp
node-gyp 9.3.0-2 2211820 2198 ; nodejs, gyp, make, python3:any
gyp 0.1+20220404git9ecf45e-2 269868 1458 ; python3:any
gettext-base 0.21-12 160340 776 ; libc6
# older Python, kept by this release
python2 2.7.17-2ubuntu4 26456 74 ; python2.7, python2-minimal, libpython2-stdlib ; ; python2-doc, python-tk
python2-minimal 2.7.17-2ubuntu4 27676 116 ; python2.7-minimal
python2.7 2.7.18-1~20.04.4 248320 384 ; python2.7-minimal, libpython2.7-stdlib, mime-support
python2.7-minimal 2.7.18-1~20.04.4 1280488 3679 ; libpython2.7-minimal, zlib1g
libpython2.7-minimal 2.7.18-1~20.04.4 335988 1472 ; libc6
libpython2.7-stdlib 2.7.18-1~20.04.4 1888320 7916 ; libpython2.7-minimal, libbz2-1.0, libdb5.3, libexpat1, libffi7, libncursesw6, libreadline8, libsqlite3-0, libssl1.1, libtinfo6, mime-support
libpython2-stdlib 2.7.17-2ubuntu4 7748 38 ; libpython2.7-stdlib
mime-support 3.64ubuntu1 30624 113
dh-python 4.20191017ubuntu7 83996 402 ; python3:any
"#;

/// Ubuntu 22.04.
pub(super) const JAMMY: &str = r#"
# base system (in every image of the release)
base-files 12ubuntu4.6 70828 341
base-passwd 3.6.1 52780 243 ; libc6, libdebconfclient0
bash 5.1-6ubuntu1.1 1491652 7164 ; base-files, debianutils
coreutils 8.32-4.1ubuntu1.2 2880596 18062
dash 0.5.12-2 88804 216 ; debianutils, dpkg
debconf 1.5.82 121724 519
debianutils 5.7-0.4 89368 224
diffutils 1:3.8-4 362732 1694
dpkg 1.21.1ubuntu2.3 1547028 6346 ; tar
findutils 4.9.0-4 698272 1892
grep 3.8-5 294484 1628
gzip 1.12-1 141796 833
hostname 3.23+nmu1 10960 44
libc6 2.35-0ubuntu3.8 2756720 12986 ; libgcc-s1
libc-bin 2.35-0ubuntu3.8 608428 2545 ; libc6
libgcc-s1 12.2.0-14 49840 140 ; gcc-12-base, libc6
gcc-12-base 12.3.0-1ubuntu1~22.04 37364 72
libstdc++6 12.2.0-14 612836 2658 ; gcc-12-base, libc6, libgcc-s1
login 1:4.13+dfsg1-1build1 615856 2607
mawk 1.3.4.20200120-3.1 118316 266
ncurses-base 6.4-4 261340 391
passwd 1:4.13+dfsg1-1build1 971716 3936
perl-base 5.34.0-3ubuntu1.3 1630476 7600
sed 4.9-1 317204 1276
tar 1.34+dfsg-1.2 917900 3140
tzdata 2024a-0ubuntu0.22.04.1 255432 1496 ; debconf
util-linux 2.38.1-5 1171624 3612
zlib1g 1:1.2.11.dfsg-2ubuntu9.2 84536 168 ; libc6
apt 2.4.13 1404140 4218 ; libapt-pkg6.0, gpgv, libc6, libgcc-s1, libstdc++6 ; ca-certificates
libapt-pkg6.0 2.4.13 985772 3350
gpgv 2.2.40-1.1 648624 843
libdebconfclient0 0.270 7876 37
libbz2-1.0 1.0.8-5build1 45344 105
liblzma5 5.4.1-0.2 205116 425
libtinfo6 6.4-4 320200 552
libuuid1 2.38.1-5 28988 144
libzstd1 1.5.4+dfsg2-5 283668 867
libidn2-0 2.3.3-1build1 126992 413 ; libunistring2
libunistring2 1.0-2 443120 1833
libgmp10 2:6.2.1+dfsg1-1.1 562036 895
libgnutls30 3.7.9-2 1403836 3600 ; libgmp10, libhogweed6, libidn2-0, libnettle8, libp11-kit0, libtasn1-6, libunistring2
libhogweed6 3.8.1-2 327972 478 ; libgmp10, libnettle8
libnettle8 3.8.1-2 287080 472
libp11-kit0 0.24.1-2 345204 1437 ; libffi8
libtasn1-6 4.19.0-2 55740 163
libffi8 3.4.2-4 22736 59
libselinux1 3.4-1build6 72612 214 ; libpcre2-8-0
libacl1 2.3.1-3 17048 67
libpcre2-8-0 10.42-1 260444 677
libcom-err2 1.47.0-2 22428 98
libdb5.3 5.3.28+dfsg2-1 707696 1978
libcrypt1 1:4.4.33-2 89720 233
libsystemd0 252.30-1 333408 972
libsemanage2 3.4-1build5 95676 297
# python 3.11
python3 3.10.6-1~22.04.1 26428 92 ; python3.10, libpython3-stdlib, python3-minimal ; ; python3-doc, python3-tk, python3-venv ; python3-profiler
python3-minimal 3.10.6-1~22.04.1 26368 127 ; python3.10-minimal, dpkg
python3.10 3.10.12-1~22.04.6 573908 651 ; python3.10-minimal, libpython3.10-stdlib, media-types, tzdata ; ca-certificates ; python3.10-venv, python3.10-doc, binutils
python3.10-minimal 3.10.12-1~22.04.6 2064724 5997 ; libpython3.10-minimal, libexpat1, zlib1g
libpython3.10-minimal 3.10.12-1~22.04.6 817072 4902 ; libc6, libssl3
libpython3.10-stdlib 3.10.12-1~22.04.6 1797988 7967 ; libpython3.10-minimal, libbz2-1.0, libffi8, liblzma5, libmpdec3, libncursesw6, libreadline8, libsqlite3-0, libtinfo6, libuuid1, media-types
libpython3-stdlib 3.10.6-1~22.04.1 9312 36 ; libpython3.10-stdlib
libpython3.10 3.10.12-1~22.04.6 1987596 7102 ; libpython3.10-stdlib
media-types 10.0.0 26124 104
libexpat1 2.4.7-1ubuntu0.3 99432 405 ; libc6
libmpdec3 2.5.1-2build2 87488 236 ; libc6
libsqlite3-0 3.37.2-2ubuntu0.3 838704 1676 ; libc6
libreadline8 8.1.2-1 165772 472 ; readline-common, libtinfo6
readline-common 8.1.2-1 69368 222
libncursesw6 6.4-4 134048 424 ; libtinfo6
libssl3 3.0.2-0ubuntu1.18 2024860 6332 ; libc6
openssl 3.0.2-0ubuntu1.18 1431616 2302 ; libssl3 ; ca-certificates
ca-certificates 20240203~22.04.1 153880 389 ; openssl, debconf
python3-pip 22.0.2+dfsg-1ubuntu0.4 1325400 7104 ; ca-certificates, python3-setuptools, python3-wheel, python3:any ; build-essential, python3-dev
python3-setuptools 59.6.0-1.2ubuntu0.22.04.2 522632 2593 ; python3-pkg-resources, python3:any ; ; python-setuptools-doc
python3-pkg-resources 59.6.0-1.2ubuntu0.22.04.2 296232 1182 ; python3:any
python3-wheel 0.37.1-2ubuntu0.22.04.1 30508 133 ; python3:any
python3-dev 3.10.6-1~22.04.1 26156 37 ; python3, libpython3-dev, python3.10-dev
libpython3-dev 3.10.6-1~22.04.1 9972 21 ; libpython3.10-dev
python3.10-dev 3.10.12-1~22.04.6 508516 1285 ; python3.10, libpython3.10-dev, libexpat1-dev, zlib1g-dev
libpython3.10-dev 3.10.12-1~22.04.6 4745312 23408 ; libpython3.10-stdlib, libpython3.10, libexpat1-dev, zlib1g-dev
libexpat1-dev 2.5.0-1 150720 687 ; libexpat1, libc6-dev
zlib1g-dev 1:1.2.13.dfsg-1 916588 1368 ; zlib1g, libc6-dev
python3-venv 3.10.6-1~22.04.1 1200 6 ; python3.10-venv, python3
python3.10-venv 3.10.12-1~22.04.6 5896 29 ; python3.10, python3-pip-whl, python3-setuptools-whl
python3-pip-whl 22.0.2+dfsg-1ubuntu0.4 1717504 1778
python3-setuptools-whl 59.6.0-1.2ubuntu0.22.04.2 1108336 1163
python-is-python3 3.9.2-2 2852 13 ; python3
2to3 3.10.6-1~22.04.1 1056 10 ; python3-lib2to3
python3-lib2to3 3.10.8-1~22.04 77296 398 ; python3:any
# compilers and build tools
build-essential 12.9ubuntu3 7704 20 ; libc6-dev | libc-dev, gcc, g++, make, dpkg-dev
gcc 4:11.2.0-1ubuntu1 5204 36 ; cpp, gcc-11 ; ; gcc-multilib, make, manpages-dev, autoconf, automake, libtool, flex, bison, gdb, gcc-doc
gcc-11 11.4.0-1ubuntu1~22.04 19313664 50080 ; cpp-11, gcc-12-base, libcc1-0, binutils, libgcc-11-dev, libisl23, libmpc3, libmpfr6 ; libc6-dev ; gcc-11-multilib, gcc-11-doc
cpp 4:11.2.0-1ubuntu1 6792 40 ; cpp-11
cpp-11 11.4.0-1ubuntu1~22.04 9428548 27916 ; gcc-12-base, libgmp10, libisl23, libmpc3, libmpfr6, zlib1g
g++ 4:11.2.0-1ubuntu1 1336 15 ; cpp, gcc, g++-11
g++-11 11.4.0-1ubuntu1~22.04 10688216 37094 ; gcc-12-base, gcc-11, libstdc++-11-dev
libstdc++-11-dev 11.4.0-1ubuntu1~22.04 2047932 19063 ; gcc-12-base, libgcc-11-dev, libstdc++6, libc6-dev
libgcc-11-dev 11.4.0-1ubuntu1~22.04 2437696 9925 ; gcc-12-base, libgcc-s1, libgomp1, libitm1, libatomic1, libasan6, liblsan0, libtsan0, libubsan1, libquadmath0
libcc1-0 12.2.0-14 41468 142 ; gcc-12-base, libstdc++6
libgomp1 12.2.0-14 116248 330 ; gcc-12-base
libitm1 12.2.0-14 25948 113 ; gcc-12-base
libatomic1 12.2.0-14 9328 43 ; gcc-12-base
libasan6 12.2.0-14 2193304 7812 ; gcc-12-base
liblsan0 12.2.0-14 969492 2844 ; gcc-12-base
libtsan0 12.2.0-14 2196648 7854 ; gcc-12-base
libubsan1 12.2.0-14 883288 2818 ; gcc-12-base
libquadmath0 12.2.0-14 145204 291 ; gcc-12-base
libisl23 0.25-1.1 676288 3738 ; libgmp10
libmpc3 1.3.1-1 51652 137 ; libgmp10, libmpfr6
libmpfr6 4.2.0-1 700696 1404 ; libgmp10
binutils 2.40-2 2646864 3624 ; binutils-common, libbinutils, binutils-x86-64-linux-gnu ; ; binutils-doc
binutils-common 2.40-2 2487888 11992
libbinutils 2.40-2 572252 2434 ; binutils-common, libctf-nobfd0, libctf0, libgprofng0, libjansson4, libsframe0
binutils-x86-64-linux-gnu 2.40-2 2246648 10675 ; libbinutils
libctf-nobfd0 2.40-2 153556 357
libctf0 2.40-2 88848 214
libgprofng0 2.40-2 808704 3264
libjansson4 2.14-2 40588 101
libsframe0 2.40-2 86328 177
libc6-dev 2.35-0ubuntu3.8 1903708 12500 ; libc6, libc-dev-bin, linux-libc-dev, libcrypt-dev, libnsl-dev, rpcsvc-proto, libtirpc-dev ; ; glibc-doc, manpages-dev ; libc-dev
libc-dev-bin 2.35-0ubuntu3.8 46940 277 ; libc6
linux-libc-dev 6.1.106-3 2148008 10020
libcrypt-dev 1:4.4.33-2 121988 440 ; libcrypt1
libnsl-dev 1.3.0-2 66312 247 ; libnsl2, libtirpc-dev
libnsl2 1.3.0-2 39516 127 ; libtirpc3
libtirpc3 1.3.3+ds-1 85260 228
libtirpc-dev 1.3.3+ds-1 191240 784 ; libtirpc3
rpcsvc-proto 1.4.3-1 63024 193
make 4.3-4.1build1 396496 1620 ; libc6 ; ; make-doc
dpkg-dev 1.21.22 1354136 3279 ; perl, libdpkg-perl, tar, bzip2, xz-utils, patch, make, binutils ; build-essential, fakeroot, gnupg ; debian-keyring
libdpkg-perl 1.21.22 605448 2027 ; perl, dpkg ; libfile-fcntllock-perl ; debian-keyring, gnupg
perl 5.34.0-3ubuntu1.3 239200 714 ; perl-base, perl-modules-5.34, libperl5.34 ; ; perl-doc, make, libtap-harness-archive-perl
perl-modules-5.34 5.34.0-3ubuntu1.3 2815260 17741
libperl5.34 5.34.0-3ubuntu1.3 4208424 28126 ; libdb5.3, libgdbm6, libgdbm-compat4, perl-modules-5.34
libgdbm6 1.23-3 72180 140
libgdbm-compat4 1.23-3 47852 74 ; libgdbm6
libfile-fcntllock-perl 0.22-4build1 34748 111 ; perl
bzip2 1.0.8-5build1 49224 119 ; libbz2-1.0
xz-utils 5.4.1-0.2 470668 1343 ; liblzma5
patch 2.7.6-7 128164 291
fakeroot 1.31-1.2 67884 218 ; libfakeroot
libfakeroot 1.31-1.2 28704 166
unzip 6.0-28 166220 386
file 1:5.44-3 42724 89 ; libmagic1
libmagic1 1:5.44-3 104556 269 ; libmagic-mgc
libmagic-mgc 1:5.44-3 305168 7320
autoconf 2.71-3 362240 2043 ; perl, m4, debianutils ; automake, autotools-dev
automake 1:1.16.5-1.3 823256 1887 ; autoconf, autotools-dev
autotools-dev 20220109.1 51496 166
m4 1.4.19-3 287208 594
libtool 2.4.7-7 517724 2224 ; gcc, libc6-dev, file, autotools-dev
imagemagick 8:6.9.11.60+dfsg-1.6 16136 181 ; imagemagick-6.q16
imagemagick-6.q16 8:6.9.11.60+dfsg-1.6 230264 611 ; libmagickcore-6.q16-6
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.6 1789732 6234
# development libraries the buildpack images install
# network tools
curl 7.81.0-1ubuntu1.18 315864 500 ; libc6, libcurl4, zlib1g
libcurl4 7.81.0-1ubuntu1.18 390320 824 ; libbrotli1, libgssapi-krb5-2, libidn2-0, libldap-2.5-0, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libssl3, libzstd1, zlib1g ; ca-certificates
libcurl3-gnutls 7.81.0-1ubuntu1.18 385836 802 ; libbrotli1, libgnutls30, libgssapi-krb5-2, libidn2-0, libldap-2.5-0, libnettle8, libnghttp2-14, libpsl5, librtmp1, libssh2-1, libzstd1, zlib1g ; ca-certificates
libbrotli1 1.0.9-2build6 275588 782
libgssapi-krb5-2 1.20.1-2 135040 436 ; libcom-err2, libk5crypto3, libkrb5-3, libkrb5support0 ; krb5-locales ; krb5-doc, krb5-user
libkrb5-3 1.20.1-2 332824 1088 ; libk5crypto3, libkeyutils1, libkrb5support0, libssl3 ; krb5-locales
libk5crypto3 1.20.1-2 78928 294 ; libkrb5support0
libkrb5support0 1.20.1-2 32920 141
libkeyutils1 1.6.3-2 8864 46
krb5-locales 1.20.1-2 63164 2044
libldap-2.5-0 2.5.13+dfsg-5 187488 575 ; libgnutls30, libsasl2-2 ; libldap-common
libldap-common 2.5.13+dfsg-5 29380 174
libsasl2-2 2.1.28+dfsg-10 59384 158 ; libsasl2-modules-db ; libsasl2-modules
libsasl2-modules-db 2.1.28+dfsg-10 20840 100 ; libdb5.3
libsasl2-modules 2.1.28+dfsg-10 66968 357 ; ; ; libsasl2-modules-gssapi-mit
libnghttp2-14 1.52.0-1 72440 208
libpsl5 0.21.2-1 58624 95 ; libidn2-0, libunistring2 ; publicsuffix
publicsuffix 20230209.2326-1 126644 318
librtmp1 2.4+20151223.gitfa8646d.1-2build2 60704 138 ; libgmp10, libgnutls30, libhogweed6, libnettle8
libssh2-1 1.10.0-3build1 179312 426 ; libssl3, zlib1g
wget 1.21.2-2ubuntu1.1 984284 3702 ; libgnutls30, libidn2-0, libnettle8, libpcre2-8-0, libpsl5, libuuid1, zlib1g ; ca-certificates
netbase 6.4 12788 41
gnupg 2.2.40-1.1 846264 885 ; dirmngr, gnupg-utils, gpg, gpg-agent, gpgsm, gpgv ; gnupg-l10n
gnupg-utils 2.2.40-1.1 927096 1905 ; libassuan0, libgcrypt20, libgpg-error0, libksba8, libreadline8
gnupg-l10n 2.2.40-1.1 697908 4903
gpg 2.2.40-1.1 949324 1581 ; gpgconf, libassuan0, libgcrypt20, libgpg-error0, libnpth0, libreadline8, libsqlite3-0, zlib1g
gpgconf 2.2.40-1.1 564944 978 ; libassuan0, libgcrypt20, libgpg-error0, libreadline8
gpg-agent 2.2.40-1.1 695000 1550 ; gpgconf, pinentry-curses ; pinentry-curses
gpgsm 2.2.40-1.1 629128 1123 ; gpgconf, libksba8
dirmngr 2.2.40-1.1 792600 1369 ; gpgconf, libldap-2.5-0, libksba8, libnpth0
pinentry-curses 1.2.1-1 77400 147 ; libassuan0, libncursesw6
libassuan0 2.5.5-5 49700 152 ; libgpg-error0
libgcrypt20 1.10.1-3 713628 1592 ; libgpg-error0
libgpg-error0 1.46-1 71820 912
libksba8 1.6.3-2 126012 366 ; libgpg-error0
libnpth0 1.6-3 19016 58
sq 0.27.0-2build1 5271268 16116 ; libsqlite3-0, libssl3
# version control and shells
git 1:2.34.1-1ubuntu1.11 7266872 38006 ; libc6, libcurl3-gnutls, libexpat1, libpcre2-8-0, zlib1g, perl, liberror-perl, git-man ; ca-certificates, patch, less, openssh-client ; gettext-base, git-daemon-run, git-doc, git-email, git-gui, gitk, gitweb, git-cvs, git-mediawiki, git-svn
git-man 1:2.34.1-1ubuntu1.11 2054484 11915
liberror-perl 0.17029-2 29680 57 ; perl
less 590-1ubuntu0.22.04.3 132944 443 ; libtinfo6
openssh-client 1:9.2p1-2 991848 4620 ; libedit2, libfido2-1, libselinux1, libssl3, zlib1g ; xauth ; keychain, libpam-ssh, monkeysphere, ssh-askpass ; ssh-client
libedit2 3.1-20221030-2 89696 245 ; libbsd0, libtinfo6
libbsd0 0.11.7-2 117088 336 ; libmd0
libmd0 1.0.4-2 29704 81
libfido2-1 1.12.0-2build1 77348 212 ; libcbor0.8, libssl3, libudev1
libcbor0.8 0.8.0-2build1 27392 82
libudev1 252.30-1 108568 324
xauth 1:1.1.2-1 35844 81 ; libx11-6, libxau6, libxext6, libxmuu1
libx11-6 2:1.8.4-2 760076 1666 ; libx11-data, libxcb1
libx11-data 2:1.8.4-2 292256 1516
libxcb1 1.15-1 144264 474 ; libxau6, libxdmcp6
libxau6 1:1.0.9-1 19804 43
libxdmcp6 1:1.1.2-3 26320 72 ; libbsd0
libxext6 2:1.3.4-1build1 52872 132 ; libx11-6
libxmuu1 2:1.1.3-3 23816 54 ; libx11-6
mercurial 6.3.2-1 2618188 6820 ; python3:any, mercurial-common
mercurial-common 6.3.2-1 3213112 20214 ; python3:any
subversion 1.14.2-4build2 1007612 3908 ; libsvn1
libsvn1 1.14.2-4build2 1431764 5134 ; libapr1, libaprutil1, libsqlite3-0
libapr1 1.7.2-3 102056 293 ; libuuid1
libaprutil1 1.6.3-1 86652 265 ; libapr1, libexpat1
procps 2:4.0.2-3 709232 2356 ; libproc2-0, libncursesw6, libtinfo6
libproc2-0 2:4.0.2-3 61804 210 ; libsystemd0
# editors
vim 2:8.2.3995-1ubuntu2.19 1567008 3785 ; vim-common, vim-runtime, libacl1, libgpm2, libselinux1, libsodium23, libtinfo6 ; ; ctags, vim-doc, vim-scripts ; editor
vim-common 2:8.2.3995-1ubuntu2.19 237696 408 ; xxd
vim-runtime 2:8.2.3995-1ubuntu2.19 7021068 37115
xxd 2:8.2.3995-1ubuntu2.19 84544 129
libgpm2 1.20.7-10build1 14820 70
libsodium23 1.0.18-1 165784 458
nano 6.2-1 689924 2804 ; libncursesw6, libtinfo6 ; ; hunspell ; editor
# node
libicu70 70.1-2 9376084 35813
nodejs 12.22.9~dfsg-1ubuntu3.6 320116 807 ; libc6, libnode72 ; ca-certificates, nodejs-doc ; npm
libnode72 12.22.9~dfsg-1ubuntu3.6 11707496 49136 ; libbrotli1, libc-ares2, libicu70, libnghttp2-14, libssl3, libuv1, zlib1g
libc-ares2 1.18.1-3 103452 219
libuv1 1.44.2-1 140432 336
nodejs-doc 12.22.9~dfsg-1ubuntu3.6 3968424 24776
npm 8.5.1~ds-1 445188 3139 ; nodejs, node-gyp
node-gyp 9.3.0-2 2211820 2198 ; nodejs, gyp, make, python3:any
gyp 0.1+20220404git9ecf45e-2 269868 1458 ; python3:any
gettext-base 0.21-12 160340 776 ; libc6
# older Python, kept by this release
python2 2.7.18-3 9034 36 ; python2.7, python2-minimal, libpython2-stdlib
python2-minimal 2.7.18-3 27748 115 ; python2.7-minimal
python2.7 2.7.18-13ubuntu1.5 250424 380 ; python2.7-minimal, libpython2.7-stdlib, media-types
python2.7-minimal 2.7.18-13ubuntu1.5 1349708 3742 ; libpython2.7-minimal, zlib1g
libpython2.7-minimal 2.7.18-13ubuntu1.5 347904 1507 ; libc6
libpython2.7-stdlib 2.7.18-13ubuntu1.5 1977548 8011 ; libpython2.7-minimal, libbz2-1.0, libdb5.3, libexpat1, libffi8, libncursesw6, libreadline8, libsqlite3-0, libssl3, libtinfo6, media-types
libpython2-stdlib 2.7.18-3 7858 37 ; libpython2.7-stdlib
dh-python 5.20220403 83120 408 ; python3:any
"#;

/// Ubuntu 24.04.
pub(super) const NOBLE: &str = r#"
# base system (in every image of the release)
base-files 13ubuntu10.1 70828 341
base-passwd 3.6.1 52780 243 ; libc6, libdebconfclient0
bash 5.2.21-2ubuntu4 1491652 7164 ; base-files, debianutils
coreutils 9.4-3ubuntu6 2880596 18062
dash 0.5.12-2 88804 216 ; debianutils, dpkg
debconf 1.5.82 121724 519
debianutils 5.7-0.4 89368 224
diffutils 1:3.8-4 362732 1694
dpkg 1.22.6ubuntu6.1 1547028 6346 ; tar
findutils 4.9.0-4 698272 1892
grep 3.8-5 294484 1628
gzip 1.12-1 141796 833
hostname 3.23+nmu1 10960 44
libc6 2.39-0ubuntu8.3 2756720 12986 ; libgcc-s1
libc-bin 2.39-0ubuntu8.3 608428 2545 ; libc6
libgcc-s1 12.2.0-14 49840 140 ; gcc-14-base, libc6
gcc-14-base 14-20240412-0ubuntu1 37364 72
libstdc++6 12.2.0-14 612836 2658 ; gcc-14-base, libc6, libgcc-s1
login 1:4.13+dfsg1-1build1 615856 2607
mawk 1.3.4.20200120-3.1 118316 266
ncurses-base 6.4-4 261340 391
passwd 1:4.13+dfsg1-1build1 971716 3936
perl-base 5.38.2-3.2build2 1630476 7600
sed 4.9-1 317204 1276
tar 1.34+dfsg-1.2 917900 3140
tzdata 2024a-3ubuntu1.1 255432 1496 ; debconf
util-linux 2.38.1-5 1171624 3612
zlib1g 1:1.3.dfsg-3.1ubuntu2 84536 168 ; libc6
apt 2.7.14build2 1404140 4218 ; libapt-pkg6.0t64, gpgv, libc6, libgcc-s1, libstdc++6 ; ca-certificates
libapt-pkg6.0t64 2.7.14build2 985772 3350
gpgv 2.2.40-1.1 648624 843
libdebconfclient0 0.270 7876 37
libbz2-1.0 1.0.8-5build1 45344 105
liblzma5 5.4.1-0.2 205116 425
libtinfo6 6.4-4 320200 552
libuuid1 2.38.1-5 28988 144
libzstd1 1.5.4+dfsg2-5 283668 867
libidn2-0 2.3.3-1build1 126992 413 ; libunistring2
libunistring2 1.0-2 443120 1833
libgmp10 2:6.2.1+dfsg1-1.1 562036 895
libgnutls30t64 3.7.9-2 1403836 3600 ; libgmp10, libhogweed6, libidn2-0, libnettle8, libp11-kit0, libtasn1-6, libunistring2
libhogweed6 3.8.1-2 327972 478 ; libgmp10, libnettle8
libnettle8 3.8.1-2 287080 472
libp11-kit0 0.24.1-2 345204 1437 ; libffi8
libtasn1-6 4.19.0-2 55740 163
libffi8 3.4.6-1build1 22736 59
libselinux1 3.4-1build6 72612 214 ; libpcre2-8-0
libacl1 2.3.1-3 17048 67
libpcre2-8-0 10.42-1 260444 677
libcom-err2 1.47.0-2 22428 98
libdb5.3 5.3.28+dfsg2-1 707696 1978
libcrypt1 1:4.4.33-2 89720 233
libsystemd0 252.30-1 333408 972
libsemanage2 3.4-1build5 95676 297
# python 3.11
python3 3.12.3-0ubuntu2 26428 92 ; python3.12, libpython3-stdlib, python3-minimal ; ; python3-doc, python3-tk, python3-venv ; python3-profiler
python3-minimal 3.12.3-0ubuntu2 26368 127 ; python3.12-minimal, dpkg
python3.12 3.12.3-1ubuntu0.1 573908 651 ; python3.12-minimal, libpython3.12-stdlib, media-types, tzdata ; ca-certificates ; python3.12-venv, python3.12-doc, binutils
python3.12-minimal 3.12.3-1ubuntu0.1 2064724 5997 ; libpython3.12-minimal, libexpat1, zlib1g
libpython3.12-minimal 3.12.3-1ubuntu0.1 817072 4902 ; libc6, libssl3t64
libpython3.12-stdlib 3.12.3-1ubuntu0.1 1797988 7967 ; libpython3.12-minimal, libbz2-1.0, libffi8, liblzma5, libmpdec3, libncursesw6, libreadline8t64, libsqlite3-0, libtinfo6, libuuid1, media-types
libpython3-stdlib 3.12.3-0ubuntu2 9312 36 ; libpython3.12-stdlib
libpython3.12t64 3.12.3-1ubuntu0.1 1987596 7102 ; libpython3.12-stdlib
media-types 10.0.0 26124 104
libexpat1 2.6.1-2build1 99432 405 ; libc6
libmpdec3 2.5.1-2build2 87488 236 ; libc6
libsqlite3-0 3.45.1-1ubuntu2 838704 1676 ; libc6
libreadline8t64 8.2-4build1 165772 472 ; readline-common, libtinfo6
readline-common 8.2-4build1 69368 222
libncursesw6 6.4-4 134048 424 ; libtinfo6
libssl3t64 3.0.13-0ubuntu3.4 2024860 6332 ; libc6
openssl 3.0.13-0ubuntu3.4 1431616 2302 ; libssl3t64 ; ca-certificates
ca-certificates 20240203 153880 389 ; openssl, debconf
python3-pip 24.0+dfsg-1ubuntu1 1325400 7104 ; ca-certificates, python3-setuptools, python3-wheel, python3:any ; build-essential, python3-dev
python3-setuptools 68.1.2-2ubuntu1.1 522632 2593 ; python3-pkg-resources, python3:any ; ; python-setuptools-doc
python3-pkg-resources 68.1.2-2ubuntu1.1 296232 1182 ; python3:any
python3-wheel 0.42.0-2 30508 133 ; python3:any
python3-dev 3.12.3-0ubuntu2 26156 37 ; python3, libpython3-dev, python3.12-dev
libpython3-dev 3.12.3-0ubuntu2 9972 21 ; libpython3.12-dev
python3.12-dev 3.12.3-1ubuntu0.1 508516 1285 ; python3.12, libpython3.12-dev, libexpat1-dev, zlib1g-dev
libpython3.12-dev 3.12.3-1ubuntu0.1 4745312 23408 ; libpython3.12-stdlib, libpython3.12t64, libexpat1-dev, zlib1g-dev
libexpat1-dev 2.5.0-1 150720 687 ; libexpat1, libc6-dev
zlib1g-dev 1:1.2.13.dfsg-1 916588 1368 ; zlib1g, libc6-dev
python3-venv 3.12.3-0ubuntu2 1200 6 ; python3.12-venv, python3
python3.12-venv 3.12.3-1ubuntu0.1 5896 29 ; python3.12, python3-pip-whl, python3-setuptools-whl
python3-pip-whl 24.0+dfsg-1ubuntu1 1717504 1778
python3-setuptools-whl 68.1.2-2ubuntu1.1 1108336 1163
python-is-python3 3.11.4-1 2852 13 ; python3
2to3 3.12.3-0ubuntu2 1056 10 ; python3-lib2to3
python3-lib2to3 3.12.3-0ubuntu1 77296 398 ; python3:any
# compilers and build tools
build-essential 12.10ubuntu1 7704 20 ; libc6-dev | libc-dev, gcc, g++, make, dpkg-dev
gcc 4:13.2.0-7ubuntu1 5204 36 ; cpp, gcc-13 ; ; gcc-multilib, make, manpages-dev, autoconf, automake, libtool, flex, bison, gdb, gcc-doc
gcc-13 13.2.0-23ubuntu4 19313664 50080 ; cpp-13, gcc-14-base, libcc1-0, binutils, libgcc-13-dev, libisl23, libmpc3, libmpfr6 ; libc6-dev ; gcc-13-multilib, gcc-13-doc
cpp 4:13.2.0-7ubuntu1 6792 40 ; cpp-13
cpp-13 13.2.0-23ubuntu4 9428548 27916 ; gcc-14-base, libgmp10, libisl23, libmpc3, libmpfr6, zlib1g
g++ 4:13.2.0-7ubuntu1 1336 15 ; cpp, gcc, g++-13
g++-13 13.2.0-23ubuntu4 10688216 37094 ; gcc-14-base, gcc-13, libstdc++-13-dev
libstdc++-13-dev 13.2.0-23ubuntu4 2047932 19063 ; gcc-14-base, libgcc-13-dev, libstdc++6, libc6-dev
libgcc-13-dev 13.2.0-23ubuntu4 2437696 9925 ; gcc-14-base, libgcc-s1, libgomp1, libitm1, libatomic1, libasan8, liblsan0, libtsan2, libubsan1, libquadmath0
libcc1-0 12.2.0-14 41468 142 ; gcc-14-base, libstdc++6
libgomp1 12.2.0-14 116248 330 ; gcc-14-base
libitm1 12.2.0-14 25948 113 ; gcc-14-base
libatomic1 12.2.0-14 9328 43 ; gcc-14-base
libasan8 12.2.0-14 2193304 7812 ; gcc-14-base
liblsan0 12.2.0-14 969492 2844 ; gcc-14-base
libtsan2 12.2.0-14 2196648 7854 ; gcc-14-base
libubsan1 12.2.0-14 883288 2818 ; gcc-14-base
libquadmath0 12.2.0-14 145204 291 ; gcc-14-base
libisl23 0.25-1.1 676288 3738 ; libgmp10
libmpc3 1.3.1-1 51652 137 ; libgmp10, libmpfr6
libmpfr6 4.2.0-1 700696 1404 ; libgmp10
binutils 2.40-2 2646864 3624 ; binutils-common, libbinutils, binutils-x86-64-linux-gnu ; ; binutils-doc
binutils-common 2.40-2 2487888 11992
libbinutils 2.40-2 572252 2434 ; binutils-common, libctf-nobfd0, libctf0, libgprofng0, libjansson4, libsframe0
binutils-x86-64-linux-gnu 2.40-2 2246648 10675 ; libbinutils
libctf-nobfd0 2.40-2 153556 357
libctf0 2.40-2 88848 214
libgprofng0 2.40-2 808704 3264
libjansson4 2.14-2 40588 101
libsframe0 2.40-2 86328 177
libc6-dev 2.39-0ubuntu8.3 1903708 12500 ; libc6, libc-dev-bin, linux-libc-dev, libcrypt-dev, libnsl-dev, rpcsvc-proto, libtirpc-dev ; ; glibc-doc, manpages-dev ; libc-dev
libc-dev-bin 2.39-0ubuntu8.3 46940 277 ; libc6
linux-libc-dev 6.1.106-3 2148008 10020
libcrypt-dev 1:4.4.33-2 121988 440 ; libcrypt1
libnsl-dev 1.3.0-2 66312 247 ; libnsl2, libtirpc-dev
libnsl2 1.3.0-2 39516 127 ; libtirpc3
libtirpc3 1.3.3+ds-1 85260 228
libtirpc-dev 1.3.3+ds-1 191240 784 ; libtirpc3
rpcsvc-proto 1.4.3-1 63024 193
make 4.3-4.1build2 396496 1620 ; libc6 ; ; make-doc
dpkg-dev 1.21.22 1354136 3279 ; perl, libdpkg-perl, tar, bzip2, xz-utils, patch, make, binutils ; build-essential, fakeroot, gnupg ; debian-keyring
libdpkg-perl 1.21.22 605448 2027 ; perl, dpkg ; libfile-fcntllock-perl ; debian-keyring, gnupg
perl 5.38.2-3.2build2 239200 714 ; perl-base, perl-modules-5.38, libperl5.38t64 ; ; perl-doc, make, libtap-harness-archive-perl
perl-modules-5.38 5.38.2-3.2build2 2815260 17741
libperl5.38t64 5.38.2-3.2build2 4208424 28126 ; libdb5.3, libgdbm6, libgdbm-compat4, perl-modules-5.38
libgdbm6 1.23-3 72180 140
libgdbm-compat4 1.23-3 47852 74 ; libgdbm6
libfile-fcntllock-perl 0.22-4build1 34748 111 ; perl
bzip2 1.0.8-5build1 49224 119 ; libbz2-1.0
xz-utils 5.4.1-0.2 470668 1343 ; liblzma5
patch 2.7.6-7 128164 291
fakeroot 1.31-1.2 67884 218 ; libfakeroot
libfakeroot 1.31-1.2 28704 166
unzip 6.0-28 166220 386
file 1:5.44-3 42724 89 ; libmagic1
libmagic1 1:5.44-3 104556 269 ; libmagic-mgc
libmagic-mgc 1:5.44-3 305168 7320
autoconf 2.71-3 362240 2043 ; perl, m4, debianutils ; automake, autotools-dev
automake 1:1.16.5-1.3 823256 1887 ; autoconf, autotools-dev
autotools-dev 20220109.1 51496 166
m4 1.4.19-3 287208 594
libtool 2.4.7-7 517724 2224 ; gcc, libc6-dev, file, autotools-dev
imagemagick 8:6.9.11.60+dfsg-1.6 16136 181 ; imagemagick-6.q16
imagemagick-6.q16 8:6.9.11.60+dfsg-1.6 230264 611 ; libmagickcore-6.q16-6
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.6 1789732 6234
# development libraries the buildpack images install
# network tools
curl 8.5.0-2ubuntu10.4 315864 500 ; libc6, libcurl4t64, zlib1g
libcurl4t64 8.5.0-2ubuntu10.4 390320 824 ; libbrotli1, libgssapi-krb5-2, libidn2-0, libldap2, libnghttp2-14, libpsl5t64, librtmp1, libssh2-1t64, libssl3t64, libzstd1, zlib1g ; ca-certificates
libcurl3t64-gnutls 8.5.0-2ubuntu10.4 385836 802 ; libbrotli1, libgnutls30t64, libgssapi-krb5-2, libidn2-0, libldap2, libnettle8, libnghttp2-14, libpsl5t64, librtmp1, libssh2-1t64, libzstd1, zlib1g ; ca-certificates
libbrotli1 1.0.9-2build6 275588 782
libgssapi-krb5-2 1.20.1-2 135040 436 ; libcom-err2, libk5crypto3, libkrb5-3, libkrb5support0 ; krb5-locales ; krb5-doc, krb5-user
libkrb5-3 1.20.1-2 332824 1088 ; libk5crypto3, libkeyutils1, libkrb5support0, libssl3t64 ; krb5-locales
libk5crypto3 1.20.1-2 78928 294 ; libkrb5support0
libkrb5support0 1.20.1-2 32920 141
libkeyutils1 1.6.3-2 8864 46
krb5-locales 1.20.1-2 63164 2044
libldap2 2.5.13+dfsg-5 187488 575 ; libgnutls30t64, libsasl2-2 ; libldap-common
libldap-common 2.5.13+dfsg-5 29380 174
libsasl2-2 2.1.28+dfsg-10 59384 158 ; libsasl2-modules-db ; libsasl2-modules
libsasl2-modules-db 2.1.28+dfsg-10 20840 100 ; libdb5.3
libsasl2-modules 2.1.28+dfsg-10 66968 357 ; ; ; libsasl2-modules-gssapi-mit
libnghttp2-14 1.52.0-1 72440 208
libpsl5t64 0.21.2-1 58624 95 ; libidn2-0, libunistring2 ; publicsuffix
publicsuffix 20230209.2326-1 126644 318
librtmp1 2.4+20151223.gitfa8646d.1-2build2 60704 138 ; libgmp10, libgnutls30t64, libhogweed6, libnettle8
libssh2-1t64 1.10.0-3build1 179312 426 ; libssl3t64, zlib1g
wget 1.21.4-1ubuntu4.1 984284 3702 ; libgnutls30t64, libidn2-0, libnettle8, libpcre2-8-0, libpsl5t64, libuuid1, zlib1g ; ca-certificates
netbase 6.4 12788 41
gnupg 2.2.40-1.1 846264 885 ; dirmngr, gnupg-utils, gpg, gpg-agent, gpgsm, gpgv ; gnupg-l10n
gnupg-utils 2.2.40-1.1 927096 1905 ; libassuan0, libgcrypt20, libgpg-error0, libksba8, libreadline8t64
gnupg-l10n 2.2.40-1.1 697908 4903
gpg 2.2.40-1.1 949324 1581 ; gpgconf, libassuan0, libgcrypt20, libgpg-error0, libnpth0, libreadline8t64, libsqlite3-0, zlib1g
gpgconf 2.2.40-1.1 564944 978 ; libassuan0, libgcrypt20, libgpg-error0, libreadline8t64
gpg-agent 2.2.40-1.1 695000 1550 ; gpgconf, pinentry-curses ; pinentry-curses
gpgsm 2.2.40-1.1 629128 1123 ; gpgconf, libksba8
dirmngr 2.2.40-1.1 792600 1369 ; gpgconf, libldap2, libksba8, libnpth0
pinentry-curses 1.2.1-1 77400 147 ; libassuan0, libncursesw6
libassuan0 2.5.5-5 49700 152 ; libgpg-error0
libgcrypt20 1.10.1-3 713628 1592 ; libgpg-error0
libgpg-error0 1.46-1 71820 912
libksba8 1.6.3-2 126012 366 ; libgpg-error0
libnpth0 1.6-3 19016 58
sq 0.27.0-2build1 5271268 16116 ; libsqlite3-0, libssl3t64
# version control and shells
git 1:2.43.0-1ubuntu7.1 7266872 38006 ; libc6, libcurl3t64-gnutls, libexpat1, libpcre2-8-0, zlib1g, perl, liberror-perl, git-man ; ca-certificates, patch, less, openssh-client ; gettext-base, git-daemon-run, git-doc, git-email, git-gui, gitk, gitweb, git-cvs, git-mediawiki, git-svn
git-man 1:2.43.0-1ubuntu7.1 2054484 11915
liberror-perl 0.17029-2 29680 57 ; perl
less 590-2ubuntu2.1 132944 443 ; libtinfo6
openssh-client 1:9.2p1-2 991848 4620 ; libedit2, libfido2-1, libselinux1, libssl3t64, zlib1g ; xauth ; keychain, libpam-ssh, monkeysphere, ssh-askpass ; ssh-client
libedit2 3.1-20221030-2 89696 245 ; libbsd0, libtinfo6
libbsd0 0.11.7-2 117088 336 ; libmd0
libmd0 1.0.4-2 29704 81
libfido2-1 1.12.0-2build1 77348 212 ; libcbor0.10, libssl3t64, libudev1
libcbor0.10 0.8.0-2build1 27392 82
libudev1 252.30-1 108568 324
xauth 1:1.1.2-1 35844 81 ; libx11-6, libxau6, libxext6, libxmuu1
libx11-6 2:1.8.4-2 760076 1666 ; libx11-data, libxcb1
libx11-data 2:1.8.4-2 292256 1516
libxcb1 1.15-1 144264 474 ; libxau6, libxdmcp6
libxau6 1:1.0.9-1 19804 43
libxdmcp6 1:1.1.2-3 26320 72 ; libbsd0
libxext6 2:1.3.4-1build1 52872 132 ; libx11-6
libxmuu1 2:1.1.3-3 23816 54 ; libx11-6
mercurial 6.3.2-1 2618188 6820 ; python3:any, mercurial-common
mercurial-common 6.3.2-1 3213112 20214 ; python3:any
subversion 1.14.2-4build2 1007612 3908 ; libsvn1
libsvn1 1.14.2-4build2 1431764 5134 ; libapr1, libaprutil1, libsqlite3-0
libapr1 1.7.2-3 102056 293 ; libuuid1
libaprutil1 1.6.3-1 86652 265 ; libapr1, libexpat1
procps 2:4.0.2-3 709232 2356 ; libproc2-0, libncursesw6, libtinfo6
libproc2-0 2:4.0.2-3 61804 210 ; libsystemd0
# editors
vim 2:9.1.0016-1ubuntu7.2 1567008 3785 ; vim-common, vim-runtime, libacl1, libgpm2, libselinux1, libsodium23, libtinfo6 ; ; ctags, vim-doc, vim-scripts ; editor
vim-common 2:9.1.0016-1ubuntu7.2 237696 408 ; xxd
vim-runtime 2:9.1.0016-1ubuntu7.2 7021068 37115
xxd 2:9.1.0016-1ubuntu7.2 84544 129
libgpm2 1.20.7-10build1 14820 70
libsodium23 1.0.18-1 165784 458
nano 7.2-2ubuntu0.1 689924 2804 ; libncursesw6, libtinfo6 ; ; hunspell ; editor
# node
libicu74 74.2-1ubuntu3.1 9376084 35813
nodejs 18.19.1+dfsg-6ubuntu5 320116 807 ; libc6, libnode109 ; ca-certificates, nodejs-doc ; npm
libnode109 18.19.1+dfsg-6ubuntu5 11707496 49136 ; libbrotli1, libc-ares2, libicu74, libnghttp2-14, libssl3t64, libuv1, zlib1g
libc-ares2 1.18.1-3 103452 219
libuv1 1.44.2-1 140432 336
nodejs-doc 18.19.1+dfsg-6ubuntu5 3968424 24776
npm 9.2.0~ds1-2 445188 3139 ; nodejs, node-gyp
node-gyp 9.3.0-2 2211820 2198 ; nodejs, gyp, make, python3:any
gyp 0.1+20220404git9ecf45e-2 269868 1458 ; python3:any
gettext-base 0.21-12 160340 776 ; libc6
"#;
