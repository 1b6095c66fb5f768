//! Diagnostics: severity, code, message, labelled spans, and a plain renderer with code frames.
