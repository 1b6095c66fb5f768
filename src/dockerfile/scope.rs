//! Which instructions expand which variables, and the ARG/ENV scoping rules across stages,
//! as data and small functions for the build engine.

use crate::map::Map;

use super::instructions::{ArgDecl, KeyValue};
use super::words::{Env, Lexer, WordError};
use super::Keyword;

/// How the builder processes an instruction's arguments before running it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// No builder expansion (the shell may expand at run time).
    None,
    /// Single-word mode: expand, remove quotes and escapes, one string out.
    Word,
    /// Word-splitting mode (EXPOSE).
    Words,
}

/// Which parts of an instruction the builder expands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expansion {
    /// How the arguments are processed.
    pub args: Mode,
    /// Flags whose values are expanded (single-word mode).
    pub flags: &'static [&'static str],
    /// FROM sees only the global ARGs (those before the first FROM) and `--build-arg`s.
    pub global_args_only: bool,
}

/// The expansion rule for each instruction.
pub fn expansion(kind: Keyword) -> Expansion {
    let (args, flags, global): (Mode, &'static [&'static str], bool) = match kind {
        Keyword::From => (Mode::Word, &["platform"], true),
        Keyword::Env | Keyword::Label | Keyword::Arg => (Mode::Word, &[], false),
        Keyword::Add => (Mode::Word, &["chown", "chmod", "checksum"], false),
        Keyword::Copy => (Mode::Word, &["chown", "chmod"], false),
        Keyword::Workdir | Keyword::User | Keyword::Stopsignal | Keyword::Volume => {
            (Mode::Word, &[], false)
        }
        Keyword::Expose => (Mode::Words, &[], false),
        Keyword::Run => (Mode::None, &["mount"], false),
        _ => (Mode::None, &[], false),
    };
    Expansion {
        args,
        flags,
        global_args_only: global,
    }
}

/// ARGs every build knows without a declaration: they may be passed with `--build-arg`
/// and are left out of the cache key unless declared.
pub const PROXY_ARGS: [&str; 10] = [
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// Platform ARGs set automatically in the global scope; a stage must redeclare them.
pub const PLATFORM_ARGS: [&str; 8] = [
    "TARGETPLATFORM",
    "TARGETOS",
    "TARGETARCH",
    "TARGETVARIANT",
    "BUILDPLATFORM",
    "BUILDOS",
    "BUILDARCH",
    "BUILDVARIANT",
];

/// An ordered variable list where the last definition wins, with an index from name to
/// place: a stage's ENV list grows with its ENV steps, so finding a name by walking the
/// list would make a long Dockerfile quadratic.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vars {
    pairs: Vec<(String, String)>,
    /// The place of each name's first pair (the one `set` replaces and `get` reads).
    index: Map<String, usize>,
}

impl Vars {
    /// The variables of `pairs`, in order (a name given twice is read from its first pair).
    pub fn new(pairs: Vec<(String, String)>) -> Vars {
        let mut index = Map::new();
        for (i, (k, _)) in pairs.iter().enumerate() {
            index.entry(k.clone()).or_insert(i);
        }
        Vars { pairs, index }
    }

    /// The variables in the order they were first set.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// Set (or replace) a variable.
    pub fn set(&mut self, name: &str, value: String) {
        match self.index.get(name) {
            Some(&i) => self.pairs[i].1 = value,
            None => {
                self.index.insert(name.to_string(), self.pairs.len());
                self.pairs.push((name.to_string(), value));
            }
        }
    }

    /// Look a variable up.
    pub fn get(&self, name: &str) -> Option<&str> {
        let &i = self.index.get(name)?;
        self.pairs.get(i).map(|(_, v)| v.as_str())
    }
}

impl Env for Vars {
    fn get_var(&self, name: &str) -> Option<&str> {
        self.get(name)
    }
}

/// The global scope: ARGs before the first FROM, with `--build-arg` overrides and the
/// automatic platform ARGs. Only FROM lines (and redeclaring ARGs in stages) see it.
pub fn global_scope(
    meta_args: &[ArgDecl],
    build_args: &[(String, String)],
    platform: &[(String, String)],
    escape: char,
) -> Result<Vars, WordError> {
    let mut vars = Vars::new(platform.to_vec());
    for a in meta_args {
        let name = Lexer::new(escape).process_word(&a.name, &vars)?.value;
        let value = match build_args.iter().rev().find(|(k, _)| *k == name) {
            Some((_, v)) => Some(v.clone()),
            None => match &a.default {
                Some(d) => Some(Lexer::new(escape).process_word(d, &vars)?.value),
                None => None,
            },
        };
        if let Some(v) = value {
            vars.set(&name, v);
        }
    }
    Ok(vars)
}

/// The variables of one stage while it is built.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StageScope {
    /// ENV values: from the base image, then ENV instructions. Persist in the image.
    pub env: Vars,
    /// ARGs declared in this stage (or inherited from a parent stage) that have a value.
    /// Seen by RUN and by expansion, never written to the image.
    pub args: Vars,
    /// Every ARG name declared so far (with or without a value).
    pub declared: Vec<String>,
}

impl StageScope {
    /// A stage based on an image with this ENV.
    pub fn from_image(image_env: &[(String, String)]) -> StageScope {
        StageScope {
            env: Vars::new(image_env.to_vec()),
            ..StageScope::default()
        }
    }

    /// A stage based on an earlier stage: its ENV and its ARGs carry over.
    pub fn from_stage(parent: &StageScope) -> StageScope {
        parent.clone()
    }

    /// What expansion sees: ENV wins over ARG.
    pub fn lookup(&self, name: &str) -> Option<&str> {
        self.env.get(name).or_else(|| self.args.get(name))
    }

    /// The environment RUN sees: ENV plus ARGs with values (ENV wins).
    pub fn run_env(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        let args = self
            .args
            .pairs()
            .iter()
            .filter(|(k, _)| self.env.get(k).is_none());
        self.env
            .pairs()
            .iter()
            .chain(args)
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Expand one word against this scope (single-word mode).
    pub fn expand(&self, word: &str, escape: char) -> Result<String, WordError> {
        Lexer::new(escape).process_word(word, self).map(|e| e.value)
    }

    /// Apply an ARG instruction: a `--build-arg` wins, then a default (expanded now), then
    /// the global value for a redeclared global ARG; otherwise the name stays unset.
    pub fn declare_args(
        &mut self,
        decls: &[ArgDecl],
        global: &Vars,
        build_args: &[(String, String)],
        escape: char,
    ) -> Result<(), WordError> {
        for a in decls {
            let name = self.expand(&a.name, escape)?;
            let value = match build_args.iter().rev().find(|(k, _)| *k == name) {
                Some((_, v)) => Some(v.clone()),
                None => match &a.default {
                    Some(d) => Some(self.expand(d, escape)?),
                    None => global.get(&name).map(str::to_string),
                },
            };
            if !self.declared.contains(&name) {
                self.declared.push(name.clone());
            }
            if let Some(v) = value {
                self.args.set(&name, v);
            }
        }
        Ok(())
    }

    /// Apply an ENV instruction: every pair is expanded against the scope as it was
    /// before the instruction, then all are set.
    pub fn set_env(&mut self, pairs: &[KeyValue], escape: char) -> Result<(), WordError> {
        let mut out = Vec::with_capacity(pairs.len());
        for p in pairs {
            let k = self.expand(&p.key.text, escape)?;
            let v = if p.legacy {
                p.value.text.clone()
            } else {
                self.expand(&p.value.text, escape)?
            };
            let v = if p.legacy {
                self.expand(&v, escape)?
            } else {
                v
            };
            out.push((k, v));
        }
        for (k, v) in out {
            self.env.set(&k, v);
        }
        Ok(())
    }

    /// Expand a FROM line's image or `--platform` with the global scope only.
    pub fn expand_from(word: &str, global: &Vars, escape: char) -> Result<String, WordError> {
        Lexer::new(escape)
            .process_word(word, global)
            .map(|e| e.value)
    }
}

impl Env for StageScope {
    fn get_var(&self, name: &str) -> Option<&str> {
        self.lookup(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn decl(n: &str, d: Option<&str>) -> ArgDecl {
        ArgDecl {
            name: n.into(),
            default: d.map(Into::into),
            span: Span::default(),
        }
    }

    #[test]
    fn vars_read_and_replace_the_first_of_a_name() {
        let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
        // An image's env may name a variable twice.
        let mut v = Vars::new(vec![pair("A", "1"), pair("B", "2"), pair("A", "3")]);
        assert_eq!(v.get("A"), Some("1"));
        v.set("A", "4".into());
        v.set("C", "5".into());
        v.set("C", "6".into());
        assert_eq!(
            v.pairs(),
            [
                pair("A", "4"),
                pair("B", "2"),
                pair("A", "3"),
                pair("C", "6")
            ]
        );
        assert_eq!(
            (v.get("A"), v.get("C"), v.get("D")),
            (Some("4"), Some("6"), None)
        );
    }

    #[test]
    fn args_and_env() {
        let g = global_scope(&[decl("V", Some("1"))], &[], &[], '\\').unwrap_or_default();
        let mut s = StageScope::from_image(&[("PATH".into(), "/bin".into())]);
        assert_eq!(s.expand("${V:-unset}", '\\').ok().as_deref(), Some("unset"));
        s.declare_args(&[decl("V", None)], &g, &[], '\\').ok();
        assert_eq!(s.expand("$V", '\\').ok().as_deref(), Some("1"));
        assert_eq!(
            StageScope::expand_from("img:$V", &g, '\\').ok().as_deref(),
            Some("img:1")
        );
    }
}
