//! RUN commands read through the project's POSIX shell parser: every simple command with its
//! words, wherever it sits (lists, pipelines, `if`, loops, subshells, `$(…)`), and whether a
//! pipeline is used.

use std::rc::Rc;

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
        operands(&self.args, takes_value).collect()
    }
}

/// The words of `args` that are not flags, skipping the values of the flags in `takes_value`.
pub fn operands<'a: 't, 't>(
    args: &'a [String],
    takes_value: &'t [&str],
) -> impl Iterator<Item = &'a str> + 't {
    let mut skip = false;
    args.iter().filter_map(move |a| {
        if skip {
            skip = false;
            return None;
        }
        if a.starts_with('-') {
            skip = takes_value.contains(&a.as_str());
            return None;
        }
        Some(a.as_str())
    })
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
    pub fn parse(text: impl Into<String>) -> Script {
        let mut s = Script {
            text: text.into(),
            ..Script::default()
        };
        if let Ok(list) = crate::sh::parse_dialect(&s.text, true) {
            s.parsed = true;
            walk_list(list, &mut s);
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

// The walk takes the tree by value, so each command's words move into its `Cmd` without
// being copied.

fn walk_list(list: List, s: &mut Script) {
    for item in list.items {
        let and_or = item.and_or;
        let pipes = std::iter::once(and_or.first).chain(and_or.rest.into_iter().map(|(_, p)| p));
        for p in pipes {
            if p.commands.len() > 1 {
                s.has_pipe = true;
            }
            for c in p.commands {
                walk_command(c, s);
            }
        }
    }
}

fn walk_command(c: Command, s: &mut Script) {
    match c {
        Command::Simple(mut sc) => {
            for a in &mut sc.assigns {
                walk_word(&mut a.value, s);
            }
            for w in &mut sc.words {
                walk_word(w, s);
            }
            if !sc.words.is_empty() {
                let spans = sc.words.iter().map(|w| w.span).collect();
                let mut words = sc.words.into_iter().map(Word::into_unquoted_text);
                s.cmds.push(Cmd {
                    name: words.next().unwrap_or_default(),
                    args: words.collect(),
                    spans,
                    span: sc.span,
                });
            }
        }
        Command::Compound(comp, _) => walk_compound(Rc::unwrap_or_clone(comp), s),
        Command::FunctionDef { body, .. } => walk_compound(Rc::unwrap_or_clone(body), s),
    }
}

fn walk_compound(c: Compound, s: &mut Script) {
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
                walk_list(a.body, s);
            }
        }
        Compound::Arith(_) => {}
    }
}

/// Commands inside `$(…)` count too (`echo $(apt install x)`). Their lists are moved out of
/// the word (which then reads as `$` either way).
fn walk_word(w: &mut Word, s: &mut Script) {
    fn parts(ps: &mut [WordPart], s: &mut Script) {
        for p in ps {
            match p {
                WordPart::CmdSub(l) => walk_list(std::mem::take(Rc::make_mut(l)), s),
                WordPart::DQuoted(inner) => parts(inner, s),
                WordPart::Param(pe) => match &mut pe.op {
                    ParamOp::Default { word, .. }
                    | ParamOp::Assign { word, .. }
                    | ParamOp::Alternative { word, .. } => walk_word(word, s),
                    _ => {}
                },
                _ => {}
            }
        }
    }
    parts(&mut w.parts, s);
}
