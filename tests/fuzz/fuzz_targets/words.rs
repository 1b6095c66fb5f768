//! Fuzz `words` (variable expansion in both modes, both escape characters) and the
//! reference and `.dockerignore` grammars that share its input style: no panic.
#![no_main]

use layerlab::dockerfile::{ignore, reference, words};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let env: Vec<(String, String)> = vec![
        ("A".into(), "abc abc".into()),
        ("E".into(), String::new()),
        ("K".into(), "한국어".into()),
    ];
    for esc in ['\\', '`'] {
        let _ = words::expand_word(src, esc, &env);
        let _ = words::expand_words(src, esc, &env);
        let mut lx = words::Lexer::new(esc);
        lx.raw_quotes = true;
        lx.raw_escapes = true;
        lx.skip_unset = true;
        let _ = lx.process_words(src, &env);
    }
    let _ = reference::parse_normalized(src);
    let ig = ignore::Ignore::parse(src);
    for path in ["a", "a/b/c", "Dockerfile", ".dockerignore", "x.txt"] {
        let _ = ig.matches(path);
    }
});
