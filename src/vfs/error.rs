//! Filesystem errors as data: an errno-style code with the C library's wording, and the path.

use std::fmt;

/// The errno-style meaning of a failed filesystem call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Errno {
    /// `ENOENT`
    NotFound,
    /// `ENOTDIR`
    NotADirectory,
    /// `EISDIR`
    IsADirectory,
    /// `EEXIST`
    Exists,
    /// `ENOTEMPTY`
    NotEmpty,
    /// `ELOOP`
    Loop,
    /// `EACCES`
    PermissionDenied,
    /// `EPERM`
    NotPermitted,
    /// `EINVAL`
    Invalid,
    /// `EBUSY`
    Busy,
    /// `ENAMETOOLONG`
    NameTooLong,
}

impl Errno {
    /// The C name, e.g. `ENOENT`.
    pub fn name(self) -> &'static str {
        match self {
            Errno::NotFound => "ENOENT",
            Errno::NotADirectory => "ENOTDIR",
            Errno::IsADirectory => "EISDIR",
            Errno::Exists => "EEXIST",
            Errno::NotEmpty => "ENOTEMPTY",
            Errno::Loop => "ELOOP",
            Errno::PermissionDenied => "EACCES",
            Errno::NotPermitted => "EPERM",
            Errno::Invalid => "EINVAL",
            Errno::Busy => "EBUSY",
            Errno::NameTooLong => "ENAMETOOLONG",
        }
    }

    /// The C library's wording (`strerror`), as tools print it after the path.
    pub fn message(self) -> &'static str {
        match self {
            Errno::NotFound => "No such file or directory",
            Errno::NotADirectory => "Not a directory",
            Errno::IsADirectory => "Is a directory",
            Errno::Exists => "File exists",
            Errno::NotEmpty => "Directory not empty",
            Errno::Loop => "Too many levels of symbolic links",
            Errno::PermissionDenied => "Permission denied",
            Errno::NotPermitted => "Operation not permitted",
            Errno::Invalid => "Invalid argument",
            Errno::Busy => "Device or resource busy",
            Errno::NameTooLong => "File name too long",
        }
    }

    /// The numeric value on Linux.
    pub fn code(self) -> i32 {
        match self {
            Errno::NotPermitted => 1,
            Errno::NotFound => 2,
            Errno::PermissionDenied => 13,
            Errno::Busy => 16,
            Errno::Exists => 17,
            Errno::NotADirectory => 20,
            Errno::IsADirectory => 21,
            Errno::Invalid => 22,
            Errno::NameTooLong => 36,
            Errno::NotEmpty => 39,
            Errno::Loop => 40,
        }
    }
}

impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// A failed filesystem call: what went wrong and the path it was given.
/// `Display` gives `path: message`, e.g. `/app/x: No such file or directory`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FsError {
    pub errno: Errno,
    pub path: String,
}

impl FsError {
    pub fn new(errno: Errno, path: impl Into<String>) -> FsError {
        FsError {
            errno,
            path: path.into(),
        }
    }

    /// The C library's wording, without the path.
    pub fn message(&self) -> &'static str {
        self.errno.message()
    }
}

impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.errno.message())
    }
}

impl std::error::Error for FsError {}
