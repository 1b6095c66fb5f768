//! Fuzz the Dockerfile parser and the layers on top of it: no panic, spans in bounds and
//! nested, the items cover the input exactly.
#![no_main]

use layerlab::dockerfile::{dump, instructions, parse, ItemKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let p = parse(src);
    let mut at = 0;
    for item in &p.file.items {
        assert_eq!(item.span.start, at, "items must be contiguous");
        assert!(item.span.end >= item.span.start && item.span.end <= src.len());
        if let ItemKind::Instruction(ins) = &item.kind {
            let inner = [ins.keyword.span, ins.rest]
                .into_iter()
                .chain(ins.args.iter().map(|a| a.span))
                .chain(ins.flags.iter().map(|f| f.span))
                .chain(ins.heredocs.iter().map(|h| h.body_span));
            for s in inner {
                assert!(item.span.contains(s), "{s:?} outside {:?}", item.span);
            }
        }
        at = item.span.end;
    }
    assert_eq!(at, src.len(), "items must cover the input");
    let _ = dump::dump(&p.file);
    let _ = dump::to_json(&p.file);
    let _ = instructions::check(src, &p);
});
