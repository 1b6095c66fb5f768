//! RUN commands read through the project's POSIX shell parser: every simple command with its
//! words, wherever it sits (lists, pipelines, `if`, loops, subshells, `$(…)`), and whether a
//! pipeline is used.

use crate::sh::ast::{Command, Compound, List, ParamOp, Word, WordPart};
use crate::text::Span;

/// One simple command: its name and arguments with quotes removed (expansions kept as
/// `$NAME` text, nothing expanded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cmd {
    /// The command name (first word).
    pub name: String,
    /// The words after the name.
    pub args: Vec<String>,
    /// Where each word (name first) is in the script text.
    pub spans: Vec<Span>,
    /// The whole command in the script text.
    pub span: Span,
}

impl Cmd {
    /// Whether any argument is exactly `word`.
    pub fn has_arg(&self, word: &str) -> bool {
        self.args.iter().any(|a| a == word)
    }

    /// Whether any argument is one of `words`.
    pub fn has_any(&self, words: &[&str]) -> bool {
        self.args.iter().any(|a| words.contains(&a.as_str()))
    }

    /// Whether the command is `name` with `sub` among its non-flag arguments.
    pub fn is(&self, name: &str, sub: &str) -> bool {
        self.name == name && self.args.iter().any(|a| a == sub)
    }

    /// Whether a short flag letter is set, alone (`-y`) or in a cluster (`-qy`).
    pub fn has_short(&self, letter: char) -> bool {
        self.args.iter().any(|a| {
            a.len() > 1
                && a.starts_with('-')
                && !a.starts_with("--")
                && a[1..].chars().all(|c| c.is_ascii_alphanumeric())
                && a[1..].contains(letter)
        })
    }

    /// The arguments that are not flags, skipping the values of the flags in `takes_value`
    /// (`-t bookworm`).
    pub fn operands(&self, takes_value: &[&str]) -> Vec<&str> {
        let mut out = Vec::new();
        let mut skip = false;
        for a in &self.args {
            if skip {
                skip = false;
                continue;
            }
            if a.starts_with('-') {
                skip = takes_value.contains(&a.as_str());
                continue;
            }
            out.push(a.as_str());
        }
        out
    }
}

/// A RUN command, parsed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Script {
    /// The text that was parsed (the logical line, or the heredoc body).
    pub text: String,
    /// Every simple command, in source order.
    pub cmds: Vec<Cmd>,
    /// Whether any pipeline has two or more commands.
    pub has_pipe: bool,
    /// Whether the shell parser accepted the text.
    pub parsed: bool,
}

impl Script {
    /// Parse shell text. Text the parser rejects gives no commands.
    pub fn parse(text: &str) -> Script {
        let mut s = Script {
            text: text.to_string(),
            ..Script::default()
        };
        if let Ok(list) = crate::sh::parse_dialect(text, true) {
            s.parsed = true;
            walk_list(&list, &mut s);
        }
        s
    }

    /// An exec-form command: the argv as one command.
    pub fn exec(argv: &[String]) -> Script {
        let mut s = Script {
            text: argv.join(" "),
            parsed: true,
            ..Script::default()
        };
        if let Some((name, args)) = argv.split_first() {
            s.cmds.push(Cmd {
                name: name.clone(),
                args: args.to_vec(),
                spans: Vec::new(),
                span: Span::default(),
            });
        }
        s
    }

    /// The commands named `name`.
    pub fn named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Cmd> + 'a {
        self.cmds.iter().filter(move |c| c.name == name)
    }

    /// Whether some command is `name sub…`.
    pub fn has(&self, name: &str, sub: &str) -> bool {
        self.cmds.iter().any(|c| c.is(name, sub))
    }
}

fn walk_list(list: &List, s: &mut Script) {
    for item in &list.items {
        let pipes =
            std::iter::once(&item.and_or.first).chain(item.and_or.rest.iter().map(|(_, p)| p));
        for p in pipes {
            if p.commands.len() > 1 {
                s.has_pipe = true;
            }
            for c in &p.commands {
                walk_command(c, s);
            }
        }
    }
}

fn walk_command(c: &Command, s: &mut Script) {
    match c {
        Command::Simple(sc) => {
            for a in &sc.assigns {
                walk_word(&a.value, s);
            }
            for w in &sc.words {
                walk_word(w, s);
            }
            if let Some((first, rest)) = sc.words.split_first() {
                s.cmds.push(Cmd {
                    name: first.unquoted_text(),
                    args: rest.iter().map(Word::unquoted_text).collect(),
                    spans: sc.words.iter().map(|w| w.span).collect(),
                    span: sc.span,
                });
            }
        }
        Command::Compound(comp, _) => walk_compound(comp, s),
        Command::FunctionDef { body, .. } => walk_compound(body, s),
    }
}

fn walk_compound(c: &Compound, s: &mut Script) {
    match c {
        Compound::Brace(l) | Compound::Subshell(l) => walk_list(l, s),
        Compound::If {
            branches,
            otherwise,
        } => {
            for (cond, body) in branches {
                walk_list(cond, s);
                walk_list(body, s);
            }
            if let Some(o) = otherwise {
                walk_list(o, s);
            }
        }
        Compound::For { body, .. } | Compound::ArithFor { body, .. } => walk_list(body, s),
        Compound::Loop { cond, body, .. } => {
            walk_list(cond, s);
            walk_list(body, s);
        }
        Compound::Case { arms, .. } => {
            for a in arms {
                walk_list(&a.body, s);
            }
        }
        Compound::Arith(_) => {}
    }
}

/// Commands inside `$(…)` count too (`echo $(apt install x)`).
fn walk_word(w: &Word, s: &mut Script) {
    fn parts(ps: &[WordPart], s: &mut Script) {
        for p in ps {
            match p {
                WordPart::CmdSub(l) => walk_list(l, s),
                WordPart::DQuoted(inner) => parts(inner, s),
                WordPart::Param(pe) => match &pe.op {
                    ParamOp::Default { word, .. }
                    | ParamOp::Assign { word, .. }
                    | ParamOp::Alternative { word, .. } => walk_word(word, s),
                    _ => {}
                },
                _ => {}
            }
        }
    }
    parts(&w.parts, s);
}
