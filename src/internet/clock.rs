//! The world's simulated clock and the simulated durations of network and install work.
//!
//! Time starts at a fixed instant ([`Clock::START`], September 2024, the era the catalog
//! describes) and moves only when the world says so: a command's simulated duration advances it.

use serde::{Deserialize, Serialize};

use super::rng::Rng;

/// Simulated wall-clock time, in milliseconds since the Unix epoch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clock {
    millis: u64,
}

impl Clock {
    /// 2024-09-20T10:00:00Z: after every image in the catalog was published.
    pub const START: u64 = 1_726_826_400_000;

    /// A clock at [`Clock::START`].
    pub fn new() -> Clock {
        Clock {
            millis: Clock::START,
        }
    }

    /// A clock at the given millisecond.
    pub fn at(millis: u64) -> Clock {
        Clock { millis }
    }

    /// Milliseconds since the Unix epoch.
    pub fn millis(&self) -> u64 {
        self.millis
    }

    /// Whole seconds since the Unix epoch.
    pub fn unix(&self) -> i64 {
        (self.millis / 1000) as i64
    }

    /// Move time forward.
    pub fn advance(&mut self, millis: u64) {
        self.millis = self.millis.saturating_add(millis);
    }

    /// The current time as RFC 3339 with nanoseconds, as Docker writes `Created`
    /// (`2024-09-20T10:00:00.123000000Z`).
    pub fn rfc3339_nanos(&self) -> String {
        let base = rfc3339(self.unix());
        format!(
            "{}.{:03}000000Z",
            base.trim_end_matches('Z'),
            self.millis % 1000
        )
    }

    /// The current time as RFC 3339 in whole seconds (`2024-09-20T10:00:00Z`).
    pub fn rfc3339(&self) -> String {
        rfc3339(self.unix())
    }
}

impl Default for Clock {
    fn default() -> Clock {
        Clock::new()
    }
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Format Unix seconds as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn rfc3339(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// Parse `YYYY-MM-DDTHH:MM:SS[.fraction]Z` into Unix seconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let s = s.strip_suffix('Z')?;
    let (date, time) = s.split_once('T')?;
    let mut dp = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (dp.next()??, dp.next()??, dp.next()??);
    let time = time.split('.').next()?;
    let mut tp = time.split(':').map(|p| p.parse::<i64>().ok());
    let (hh, mm, ss) = (tp.next()??, tp.next()??, tp.next()??);
    let fields_ok = (0..=9999).contains(&y)
        && (1..=12).contains(&m)
        && (1..=31).contains(&d)
        && (0..=23).contains(&hh)
        && (0..=59).contains(&mm)
        && (0..=60).contains(&ss);
    if !fields_ok {
        return None;
    }
    Some(days_from_civil(y, m as u32, d as u32) * 86_400 + hh * 3600 + mm * 60 + ss)
}

/// A duration in words as the Docker CLI prints it before "ago" (`About a minute`, `2 hours`,
/// `5 years`), following the rules of Docker's `HumanDuration`.
pub fn human_duration(secs: i64) -> String {
    let secs = secs.max(0);
    if secs < 1 {
        return "Less than a second".into();
    }
    if secs == 1 {
        return "1 second".into();
    }
    if secs < 60 {
        return format!("{secs} seconds");
    }
    let minutes = secs / 60;
    if minutes == 1 {
        return "About a minute".into();
    }
    if minutes < 60 {
        return format!("{minutes} minutes");
    }
    let hours = secs.saturating_add(1800) / 3600;
    if hours == 1 {
        return "About an hour".into();
    }
    if hours < 48 {
        return format!("{hours} hours");
    }
    if hours < 24 * 7 * 2 {
        return format!("{} days", hours / 24);
    }
    if hours < 24 * 30 * 2 {
        return format!("{} weeks", hours / 24 / 7);
    }
    if hours < 24 * 365 * 2 {
        return format!("{} months", hours / 24 / 30);
    }
    format!("{} years", secs / 3600 / 24 / 365)
}

/// Simulated durations, in milliseconds, of work that touches the network or the disk.
/// Each takes the world's generator so that a little jitter stays deterministic.
pub mod cost {
    use super::Rng;

    /// Simulated download speed from the registry, bytes per second (about 40 MB/s).
    pub const REGISTRY_BPS: u64 = 40_000_000;
    /// Simulated download speed from package mirrors, bytes per second (about 12 MB/s).
    pub const MIRROR_BPS: u64 = 12_000_000;
    /// Simulated disk speed for unpacking, bytes per second (about 250 MB/s).
    pub const DISK_BPS: u64 = 250_000_000;

    fn transfer(bytes: u64, bps: u64) -> u64 {
        bytes.saturating_mul(1000) / bps.max(1)
    }

    /// Sum of parts without overflow, for absurd inputs.
    fn total(parts: &[u64]) -> u64 {
        parts.iter().fold(0u64, |a, b| a.saturating_add(*b))
    }

    /// Downloading one layer blob of `compressed` bytes.
    pub fn pull_download(rng: &mut Rng, compressed: u64) -> u64 {
        rng.jitter(total(&[150, transfer(compressed, REGISTRY_BPS)]), 20)
    }

    /// Extracting one layer of `size` bytes.
    pub fn pull_extract(rng: &mut Rng, size: u64) -> u64 {
        rng.jitter(total(&[40, transfer(size, DISK_BPS)]), 15)
    }

    /// Pushing one layer blob of `compressed` bytes (uploads are slower than downloads).
    pub fn push_layer(rng: &mut Rng, compressed: u64) -> u64 {
        rng.jitter(total(&[300, transfer(compressed, REGISTRY_BPS / 4)]), 20)
    }

    /// `apt-get update` fetching `repos` index files (Debian has three suites, Ubuntu four).
    pub fn apt_update(rng: &mut Rng, repos: u64) -> u64 {
        rng.jitter(total(&[900, repos.saturating_mul(700)]), 25)
    }

    /// `apt-get install` of `packages` packages, downloading `download` bytes and unpacking
    /// `installed` bytes.
    pub fn apt_install(rng: &mut Rng, packages: u64, download: u64, installed: u64) -> u64 {
        let parts = [
            400,
            transfer(download, MIRROR_BPS),
            transfer(installed, DISK_BPS),
            packages.saturating_mul(90),
        ];
        rng.jitter(total(&parts), 20)
    }

    /// Fetching an `APKINDEX` (`apk update`, or `apk add --update`/`--no-cache`).
    pub fn apk_fetch_index(rng: &mut Rng, repos: u64) -> u64 {
        rng.jitter(total(&[250, repos.saturating_mul(300)]), 25)
    }

    /// `apk add` of `packages` packages totalling `download` bytes.
    pub fn apk_install(rng: &mut Rng, packages: u64, download: u64) -> u64 {
        rng.jitter(
            total(&[
                150,
                transfer(download, MIRROR_BPS),
                packages.saturating_mul(40),
            ]),
            20,
        )
    }

    /// `pip install`: resolving and downloading `packages` distributions of `download` bytes,
    /// `builds` of them from source.
    pub fn pip_install(rng: &mut Rng, packages: u64, download: u64, builds: u64) -> u64 {
        let parts = [
            700,
            packages.saturating_mul(350),
            transfer(download, MIRROR_BPS),
            builds.saturating_mul(1500),
        ];
        rng.jitter(total(&parts), 20)
    }

    /// `npm install` of `packages` packages.
    pub fn npm_install(rng: &mut Rng, packages: u64, download: u64) -> u64 {
        rng.jitter(
            total(&[
                900,
                packages.saturating_mul(25),
                transfer(download, MIRROR_BPS),
            ]),
            20,
        )
    }

    /// `git clone` of a repository of `bytes` bytes.
    pub fn git_clone(rng: &mut Rng, bytes: u64) -> u64 {
        rng.jitter(total(&[600, transfer(bytes, MIRROR_BPS / 2)]), 20)
    }

    /// An HTTP request to a simulated host returning `bytes` bytes.
    pub fn http_get(rng: &mut Rng, bytes: u64) -> u64 {
        rng.jitter(total(&[80, transfer(bytes, MIRROR_BPS)]), 30)
    }

    /// Running a build step that only changes metadata or copies `bytes` of context.
    pub fn copy(rng: &mut Rng, bytes: u64) -> u64 {
        rng.jitter(total(&[20, transfer(bytes, DISK_BPS)]), 30)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(rfc3339(1_726_826_400), "2024-09-20T10:00:00Z");
        assert_eq!(parse_rfc3339("2024-09-20T10:00:00.5Z"), Some(1_726_826_400));
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(human_duration(7200), "2 hours");
        assert_eq!(human_duration(90), "About a minute");
        assert_eq!(human_duration(5 * 365 * 86_400 + 100), "5 years");
    }

    #[test]
    fn extremes_do_not_panic() {
        let mut rng = Rng::new(1);
        let _ = cost::apt_install(&mut rng, u64::MAX, u64::MAX, u64::MAX);
        let _ = cost::pip_install(&mut rng, u64::MAX, u64::MAX, u64::MAX);
        let _ = cost::pull_download(&mut rng, u64::MAX);
        let _ = rng.jitter(u64::MAX, 100);
        let _ = rng.range(0, u64::MAX);
        let _ = human_duration(i64::MAX);
        let _ = rfc3339(i64::MAX);
        let _ = rfc3339(i64::MIN / 2);
        assert_eq!(parse_rfc3339("99999999999-01-01T00:00:00Z"), None);
        assert_eq!(parse_rfc3339("2024-13-01T00:00:00Z"), None);
        let mut c = Clock::at(u64::MAX - 1);
        c.advance(u64::MAX);
        assert_eq!(c.millis(), u64::MAX);
    }
}
