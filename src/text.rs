//! Byte spans and line/column conversion (UTF-8 and UTF-16) for every parser and renderer.
