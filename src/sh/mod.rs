//! The one POSIX-sh interpreter, used by the host terminal and by RUN in builds and containers.
