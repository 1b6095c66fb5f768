//! OCI / Docker image config and manifest JSON: the types, Docker's field names and omission
//! rules, Go-compatible encoding (so the bytes, and the image ID, look like Docker's), and
//! timestamps from the simulated clock.

use crate::map::Map;

use serde::{Deserialize, Serialize};

use super::chunked::{ChunkMap, EnvList};
use super::digest::Digest;
use super::layer::Layer;
use super::StoreError;

/// Docker's media type for an image config.
pub const MEDIA_CONFIG_DOCKER: &str = "application/vnd.docker.container.image.v1+json";
/// Docker's media type for an image manifest (schema 2).
pub const MEDIA_MANIFEST_DOCKER: &str = "application/vnd.docker.distribution.manifest.v2+json";
/// Docker's media type for a gzipped layer.
pub const MEDIA_LAYER_DOCKER: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
/// OCI's media type for an image config.
pub const MEDIA_CONFIG_OCI: &str = "application/vnd.oci.image.config.v1+json";
/// OCI's media type for an image manifest.
pub const MEDIA_MANIFEST_OCI: &str = "application/vnd.oci.image.manifest.v1+json";
/// OCI's media type for a gzipped layer.
pub const MEDIA_LAYER_OCI: &str = "application/vnd.oci.image.layer.v1.tar+gzip";

fn no_strings(v: &EnvList) -> bool {
    v.is_empty()
}

fn no_labels(m: &ChunkMap<String>) -> bool {
    m.is_empty()
}

/// An empty JSON object, as Go writes `struct{}` (`"80/tcp": {}`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Empty {}

/// The image config blob. Top-level keys come out in alphabetical order, as BuildKit writes
/// them; `config` is always present, the rest follow Go's `omitempty`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageConfig {
    #[serde(default)]
    pub architecture: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    #[serde(default)]
    pub config: ContainerConfig,
    /// RFC 3339 time (see [`format_time`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<History>,
    #[serde(default)]
    pub os: String,
    #[serde(default)]
    pub rootfs: RootFs,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub variant: String,
}

/// The runtime defaults an image carries (`config` in the image config), with Docker's
/// capitalised names; every field is omitted when empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ContainerConfig {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub user: String,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub exposed_ports: Map<String, Empty>,
    #[serde(default, skip_serializing_if = "no_strings")]
    /// `NAME=value` entries; copies share all but the chunks they change.
    pub env: EnvList,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entrypoint: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cmd: Vec<String>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub volumes: Map<String, Empty>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub working_dir: String,
    #[serde(default, skip_serializing_if = "no_labels")]
    /// Copies share all but the chunks they change.
    pub labels: ChunkMap<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stop_signal: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub args_escaped: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<Healthcheck>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on_build: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shell: Vec<String>,
}

impl ContainerConfig {
    /// The value of `name` in `Env`, if set.
    pub fn env_var(&self, name: &str) -> Option<&str> {
        self.env.get(name)
    }

    /// Set `name=value` in `Env`, replacing an earlier value in place (as `ENV` does).
    pub fn set_env(&mut self, name: &str, value: &str) {
        self.env.set(name, value);
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// `HEALTHCHECK` settings. Durations are nanoseconds, as Go's `time.Duration` encodes them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Healthcheck {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub test: Vec<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub interval: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub timeout: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_period: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_interval: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retries: u64,
}

/// `rootfs`: the layers' diff IDs, bottom first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RootFs {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub diff_ids: Vec<Digest>,
}

impl Default for RootFs {
    fn default() -> RootFs {
        RootFs {
            kind: "layers".to_string(),
            diff_ids: Vec::new(),
        }
    }
}

/// One `history` entry. A step that made no layer has `empty_layer: true`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created_by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub empty_layer: bool,
}

impl ImageConfig {
    /// A fresh config for `linux`/`amd64` with no layers.
    pub fn new() -> ImageConfig {
        ImageConfig {
            architecture: "amd64".to_string(),
            os: "linux".to_string(),
            ..ImageConfig::default()
        }
    }

    /// The config bytes, encoded as Go's `encoding/json` would: compact, with `<`, `>`, `&`
    /// written as `\u003c`, `\u003e`, `\u0026`.
    pub fn to_json(&self) -> String {
        go_json(self, None)
    }

    /// The config indented for reading (`docker inspect`-like); not the bytes the ID is over.
    pub fn to_json_pretty(&self) -> String {
        go_json(self, Some(b"    "))
    }

    /// The image ID: the sha256 of [`ImageConfig::to_json`].
    ///
    /// The JSON is streamed into the hash rather than built first: the legacy builder takes
    /// the ID of an intermediate image, whose history holds every step so far, at each step.
    pub fn id(&self) -> Digest {
        let mut out = std::io::BufWriter::with_capacity(8192, super::digest::Hasher::new());
        let mut ser = serde_json::Serializer::with_formatter(
            &mut out,
            GoFormatter(serde_json::ser::CompactFormatter),
        );
        match self.serialize(&mut ser).ok().and(out.into_inner().ok()) {
            Some(h) => h.finish(),
            // As `to_json` gives "" when encoding fails.
            None => Digest::of(b""),
        }
    }

    /// Parse config bytes; unknown fields are ignored, bad JSON is an error.
    pub fn from_json(bytes: &[u8]) -> Result<ImageConfig, StoreError> {
        serde_json::from_slice(bytes).map_err(|e| StoreError::Json(e.to_string()))
    }

    /// Add a layer and its history entry.
    pub fn push_layer(&mut self, diff_id: Digest, history: History) {
        self.rootfs.diff_ids.push(diff_id);
        self.history.push(History {
            empty_layer: false,
            ..history
        });
    }

    /// Add a history entry for a step that made no layer (`ENV`, `CMD`, …).
    pub fn push_empty(&mut self, history: History) {
        self.history.push(History {
            empty_layer: true,
            ..history
        });
    }
}

/// A content descriptor in a manifest.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Descriptor {
    #[serde(rename = "mediaType")]
    pub media_type: String,
    pub digest: Digest,
    pub size: u64,
}

impl Serialize for Descriptor {
    /// Docker's schema-2 manifests list `mediaType, size, digest`; OCI ones `mediaType, digest, size`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Descriptor", 3)?;
        st.serialize_field("mediaType", &self.media_type)?;
        if self.media_type.starts_with("application/vnd.oci.") {
            st.serialize_field("digest", &self.digest)?;
            st.serialize_field("size", &self.size)?;
        } else {
            st.serialize_field("size", &self.size)?;
            st.serialize_field("digest", &self.digest)?;
        }
        st.end()
    }
}

/// Which manifest dialect to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ManifestFormat {
    /// Docker schema 2, as `docker push` sends it (indented with three spaces).
    Docker,
    /// OCI image manifest (compact).
    Oci,
}

/// An image manifest: the config and the layer blobs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    #[serde(rename = "schemaVersion")]
    pub schema_version: u32,
    #[serde(rename = "mediaType", default)]
    pub media_type: String,
    pub config: Descriptor,
    #[serde(default)]
    pub layers: Vec<Descriptor>,
}

impl Manifest {
    /// The manifest for a config (its bytes as given) and its layers, bottom first.
    pub fn new(format: ManifestFormat, config_json: &[u8], layers: &[Layer]) -> Manifest {
        let (m, c, l) = match format {
            ManifestFormat::Docker => (
                MEDIA_MANIFEST_DOCKER,
                MEDIA_CONFIG_DOCKER,
                MEDIA_LAYER_DOCKER,
            ),
            ManifestFormat::Oci => (MEDIA_MANIFEST_OCI, MEDIA_CONFIG_OCI, MEDIA_LAYER_OCI),
        };
        Manifest {
            schema_version: 2,
            media_type: m.to_string(),
            config: Descriptor {
                media_type: c.to_string(),
                digest: Digest::of(config_json),
                size: config_json.len() as u64,
            },
            layers: layers
                .iter()
                .map(|layer| Descriptor {
                    media_type: l.to_string(),
                    digest: layer.digest,
                    size: layer.blob_size,
                })
                .collect(),
        }
    }

    /// The manifest bytes: three-space indented for Docker's dialect, compact for OCI.
    pub fn to_json(&self) -> String {
        if self.media_type == MEDIA_MANIFEST_DOCKER {
            go_json(self, Some(b"   "))
        } else {
            go_json(self, None)
        }
    }

    /// The manifest digest (what `docker push` prints and `image@sha256:…` names).
    pub fn digest(&self) -> Digest {
        Digest::of(self.to_json().as_bytes())
    }

    pub fn from_json(bytes: &[u8]) -> Result<Manifest, StoreError> {
        serde_json::from_slice(bytes).map_err(|e| StoreError::Json(e.to_string()))
    }
}

/// Serialise like Go's `encoding/json`: HTML-sensitive characters and the JavaScript line
/// separators escaped as `\uXXXX`; compact, or indented with `indent`.
pub fn go_json<T: Serialize>(value: &T, indent: Option<&[u8]>) -> String {
    let mut out = Vec::new();
    let ok = match indent {
        None => {
            let mut ser = serde_json::Serializer::with_formatter(
                &mut out,
                GoFormatter(serde_json::ser::CompactFormatter),
            );
            value.serialize(&mut ser).is_ok()
        }
        Some(ind) => {
            let mut ser = serde_json::Serializer::with_formatter(
                &mut out,
                GoFormatter(serde_json::ser::PrettyFormatter::with_indent(ind)),
            );
            value.serialize(&mut ser).is_ok()
        }
    };
    if !ok {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

struct GoFormatter<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for GoFormatter<F> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            let esc = match c {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u{2028}' => "\\u2028",
                '\u{2029}' => "\\u2029",
                _ => continue,
            };
            writer.write_all(&fragment.as_bytes()[start..i])?;
            writer.write_all(esc.as_bytes())?;
            start = i + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Format simulated milliseconds since the Unix epoch as Go's RFC 3339 with trimmed
/// fractional seconds: `2024-03-01T12:00:00Z`, `2024-03-01T12:00:00.25Z`.
pub fn format_time(ms: u64) -> String {
    let secs = ms / 1000;
    let frac = ms % 1000;
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days as i64);
    let mut s = format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    );
    if frac != 0 {
        let f = format!("{frac:03}");
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s.push('Z');
    s
}

/// Days since 1970-01-01 to a (year, month, day) in the proleptic Gregorian calendar.
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
