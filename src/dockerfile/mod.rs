//! The Dockerfile front end: lossless parser with spans, directives, heredocs, typed instructions,
//! `words` (BuildKit variable expansion), image references and `.dockerignore` matching.
