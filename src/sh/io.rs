//! Streams of a run: the captured terminal output in order, file descriptors, sinks and inputs.

use std::cell::RefCell;
use std::rc::Rc;

/// Which terminal stream a chunk of output went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Everything a run wrote to the terminal, in the order it was written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    chunks: Vec<(Stream, Vec<u8>)>,
}

impl Output {
    pub fn new() -> Output {
        Output::default()
    }

    pub fn push(&mut self, stream: Stream, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        match self.chunks.last_mut() {
            Some((s, buf)) if *s == stream => buf.extend_from_slice(bytes),
            _ => self.chunks.push((stream, bytes.to_vec())),
        }
    }

    /// Append another output after this one.
    pub fn extend(&mut self, other: &Output) {
        for (s, b) in &other.chunks {
            self.push(*s, b);
        }
    }

    /// The chunks in order, adjacent chunks of the same stream merged.
    pub fn chunks(&self) -> &[(Stream, Vec<u8>)] {
        &self.chunks
    }

    fn collect(&self, want: Option<Stream>) -> Vec<u8> {
        let mut out = Vec::new();
        for (s, b) in &self.chunks {
            if want.is_none_or(|w| w == *s) {
                out.extend_from_slice(b);
            }
        }
        out
    }

    pub fn stdout(&self) -> Vec<u8> {
        self.collect(Some(Stream::Stdout))
    }

    pub fn stderr(&self) -> Vec<u8> {
        self.collect(Some(Stream::Stderr))
    }

    /// Both streams interleaved as a terminal shows them.
    pub fn combined(&self) -> Vec<u8> {
        self.collect(None)
    }

    /// Both streams interleaved, as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.combined()).into_owned()
    }

    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }
}

/// A shared growable buffer (a pipe or a command substitution being filled).
pub(crate) type Buf = Rc<RefCell<Vec<u8>>>;

/// Where writes to an output descriptor go.
#[derive(Clone, Debug)]
pub(crate) enum Sink {
    Terminal(Stream),
    Null,
    /// A file by absolute path; each write appends (truncation happened when it was opened).
    File(String),
    Buffer(Buf),
}

/// Bytes a command reads, with a shared read position (so `read` in a loop consumes lines).
#[derive(Clone, Debug, Default)]
pub(crate) struct Input {
    inner: Rc<RefCell<(Vec<u8>, usize)>>,
}

impl Input {
    pub(crate) fn new(bytes: Vec<u8>) -> Input {
        Input {
            inner: Rc::new(RefCell::new((bytes, 0))),
        }
    }

    /// Read one line (without its newline); `None` at end of input. The flag says whether
    /// the line ended with a newline.
    pub(crate) fn read_line(&self) -> Option<(Vec<u8>, bool)> {
        let mut g = self.inner.borrow_mut();
        let (data, pos) = &mut *g;
        if *pos >= data.len() {
            return None;
        }
        let rest = &data[*pos..];
        let (line, used, nl) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (rest[..i].to_vec(), i + 1, true),
            None => (rest.to_vec(), rest.len(), false),
        };
        *pos += used;
        Some((line, nl))
    }

    /// Everything not read yet; the input is then at its end.
    pub(crate) fn read_all(&self) -> Vec<u8> {
        let mut g = self.inner.borrow_mut();
        let (data, pos) = &mut *g;
        let rest = data.get(*pos..).unwrap_or(&[]).to_vec();
        *pos = data.len();
        rest
    }
}

/// One descriptor slot.
#[derive(Clone, Debug)]
pub(crate) enum Fd {
    Closed,
    In(Input),
    Out(Sink),
}

/// Descriptors 0–9 of the running shell.
#[derive(Clone, Debug)]
pub(crate) struct Fds {
    pub(crate) slots: [Fd; 10],
}

impl Fds {
    pub(crate) fn terminal(stdin: Vec<u8>) -> Fds {
        let mut slots: [Fd; 10] = std::array::from_fn(|_| Fd::Closed);
        slots[0] = Fd::In(Input::new(stdin));
        slots[1] = Fd::Out(Sink::Terminal(Stream::Stdout));
        slots[2] = Fd::Out(Sink::Terminal(Stream::Stderr));
        Fds { slots }
    }

    pub(crate) fn get(&self, fd: u32) -> &Fd {
        self.slots.get(fd as usize).unwrap_or(&Fd::Closed)
    }

    pub(crate) fn set(&mut self, fd: u32, v: Fd) {
        if let Some(slot) = self.slots.get_mut(fd as usize) {
            *slot = v;
        }
    }

    pub(crate) fn stdin(&self) -> Input {
        match self.get(0) {
            Fd::In(i) => i.clone(),
            _ => Input::default(),
        }
    }
}
