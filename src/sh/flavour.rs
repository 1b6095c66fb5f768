//! Shell flavours (dash, busybox ash, bash) and the exact wording of their error messages.

use super::parser::{ParseError, ParseErrorKind};
use super::program::FsError;

/// Which real shell `/bin/sh` is on the simulated machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Flavour {
    /// Debian and Ubuntu `/bin/sh`.
    #[default]
    Dash,
    /// Alpine and busybox images (`ash`).
    Busybox,
    Bash,
}

/// How the shell was started, which decides the prefix of its messages.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Invoked {
    /// Typing at a prompt.
    Interactive,
    /// `sh -c '…'` (Docker's RUN and CMD in shell form).
    #[default]
    Command,
    /// `sh script.sh`; messages name the script.
    Script(String),
}

/// The shell's name and flavour, for rendering messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    pub flavour: Flavour,
    /// `$0`: `sh`, `/bin/sh`, `bash`, or the script path.
    pub name: String,
    pub invoked: Invoked,
}

impl Voice {
    /// The start of an error message about something on `line`.
    pub fn prefix(&self, line: usize) -> String {
        let name = match &self.invoked {
            Invoked::Script(path) => path.as_str(),
            _ => self.name.as_str(),
        };
        match (self.flavour, &self.invoked) {
            (Flavour::Dash, _) => format!("{name}: {line}: "),
            (Flavour::Busybox, Invoked::Script(_)) => format!("{name}: line {line}: "),
            (Flavour::Busybox, _) => format!("{name}: "),
            (Flavour::Bash, Invoked::Interactive) => format!("{name}: "),
            (Flavour::Bash, _) => format!("{name}: line {line}: "),
        }
    }

    /// A message from a builtin: dash `sh: 1: cd: …`, bash `bash: cd: …`.
    pub fn builtin(&self, line: usize, builtin: &str, msg: &str) -> String {
        format!("{}{builtin}: {msg}\n", self.prefix(line))
    }

    /// The message for a command that was not found (exit 127).
    pub fn not_found(&self, line: usize, cmd: &str) -> String {
        let p = self.prefix(line);
        match self.flavour {
            Flavour::Bash if cmd.contains('/') => format!("{p}{cmd}: No such file or directory\n"),
            Flavour::Bash => format!("{p}{cmd}: command not found\n"),
            _ => format!("{p}{cmd}: not found\n"),
        }
    }

    /// The message when `exec` cannot find its command (exit 127).
    pub fn exec_not_found(&self, line: usize, cmd: &str) -> String {
        match self.flavour {
            Flavour::Busybox => {
                let name = match &self.invoked {
                    Invoked::Script(path) => path.as_str(),
                    _ => self.name.as_str(),
                };
                format!("{name}: exec: line {line}: {cmd}: not found\n")
            }
            _ => format!("{}exec: {cmd}: not found\n", self.prefix(line)),
        }
    }

    /// A script whose `#!` interpreter does not exist. dash and busybox only see the kernel's
    /// "no such file" and say the script is not found; bash names the interpreter (showing a
    /// carriage return as `^M`, the usual sign of Windows line endings).
    pub fn bad_interpreter(&self, line: usize, cmd: &str, interp: &str) -> String {
        match self.flavour {
            Flavour::Bash => format!(
                "{}{cmd}: {}: bad interpreter: No such file or directory\n",
                self.prefix(line),
                interp.replace('\r', "^M")
            ),
            _ => format!("{}{cmd}: not found\n", self.prefix(line)),
        }
    }

    /// The message for a file that exists but cannot be run (exit 126).
    pub fn cannot_execute(&self, line: usize, cmd: &str, is_dir: bool) -> String {
        let p = self.prefix(line);
        match (self.flavour, is_dir) {
            (Flavour::Bash, true) => format!("{p}{cmd}: Is a directory\n"),
            _ => format!("{p}{cmd}: Permission denied\n"),
        }
    }

    /// A redirect target that could not be opened for writing.
    pub(crate) fn cannot_create(&self, line: usize, target: &str, err: &FsError) -> String {
        let p = self.prefix(line);
        match self.flavour {
            Flavour::Dash => {
                let why = match err {
                    FsError::NotFound | FsError::NotADirectory => "Directory nonexistent",
                    other => other.describe(),
                };
                format!("{p}cannot create {target}: {why}\n")
            }
            Flavour::Busybox => {
                let why = match err {
                    FsError::NotFound => "nonexistent directory",
                    other => other.describe(),
                };
                format!("{p}can't create {target}: {why}\n")
            }
            Flavour::Bash => format!("{p}{target}: {}\n", err.describe()),
        }
    }

    /// A redirect source that could not be opened for reading.
    pub(crate) fn cannot_open(&self, line: usize, target: &str, err: &FsError) -> String {
        let p = self.prefix(line);
        match self.flavour {
            Flavour::Dash => {
                let why = match err {
                    FsError::NotFound => "No such file",
                    other => other.describe(),
                };
                format!("{p}cannot open {target}: {why}\n")
            }
            Flavour::Busybox => format!("{p}can't open '{target}': {}\n", err.describe()),
            Flavour::Bash => format!("{p}{target}: {}\n", err.describe()),
        }
    }

    /// The exit status a failed redirect gives.
    pub fn redirect_status(&self) -> i32 {
        match self.flavour {
            Flavour::Dash => 2,
            _ => 1,
        }
    }

    /// A syntax error (exit 2).
    pub fn syntax_error(&self, err: &ParseError) -> String {
        let line = err.line.max(1);
        let expecting = |e: &Option<String>| match e {
            Some(x) => format!(" (expecting \"{x}\")"),
            None => String::new(),
        };
        match self.flavour {
            Flavour::Dash => {
                let p = self.prefix(line);
                let what = match &err.kind {
                    ParseErrorKind::UnexpectedEof { expecting: e } => {
                        format!("end of file unexpected{}", expecting(e))
                    }
                    ParseErrorKind::Unexpected {
                        token,
                        expecting: e,
                    } => {
                        let token = if token == "newline" {
                            "newline".to_string()
                        } else {
                            format!("\"{token}\"")
                        };
                        format!("{token} unexpected{}", expecting(e))
                    }
                    ParseErrorKind::UnterminatedQuote { .. } => "Unterminated quoted string".into(),
                    ParseErrorKind::BadSubstitution => "Bad substitution".into(),
                    ParseErrorKind::HereDocDelimiter { delimiter } => {
                        format!("end of file unexpected (expecting \"{delimiter}\")")
                    }
                    ParseErrorKind::TooDeep => "nesting too deep".into(),
                };
                format!("{p}Syntax error: {what}\n")
            }
            Flavour::Busybox => {
                let p = self.prefix(line);
                let what = match &err.kind {
                    ParseErrorKind::UnexpectedEof { expecting: e } => {
                        format!("unexpected end of file{}", expecting(e))
                    }
                    ParseErrorKind::Unexpected {
                        token,
                        expecting: e,
                    } => format!("unexpected \"{token}\"{}", expecting(e)),
                    ParseErrorKind::UnterminatedQuote { .. } => "unterminated quoted string".into(),
                    ParseErrorKind::BadSubstitution => "bad substitution".into(),
                    ParseErrorKind::HereDocDelimiter { delimiter } => {
                        format!("unexpected end of file (expecting \"{delimiter}\")")
                    }
                    ParseErrorKind::TooDeep => "nesting too deep".into(),
                };
                format!("{p}syntax error: {what}\n")
            }
            Flavour::Bash => {
                let head = match &self.invoked {
                    Invoked::Interactive => format!("{}: ", self.name),
                    Invoked::Command => format!("{}: -c: line {line}: ", self.name),
                    Invoked::Script(s) => format!("{s}: line {line}: "),
                };
                match &err.kind {
                    ParseErrorKind::Unexpected { token, .. } => {
                        format!("{head}syntax error near unexpected token `{token}'\n")
                    }
                    ParseErrorKind::UnterminatedQuote { quote } => {
                        format!("{head}unexpected EOF while looking for matching `{quote}'\n")
                    }
                    ParseErrorKind::BadSubstitution => format!("{head}bad substitution\n"),
                    ParseErrorKind::TooDeep => format!("{head}nesting too deep\n"),
                    ParseErrorKind::UnexpectedEof { .. }
                    | ParseErrorKind::HereDocDelimiter { .. } => {
                        format!("{head}syntax error: unexpected end of file\n")
                    }
                }
            }
        }
    }
}
