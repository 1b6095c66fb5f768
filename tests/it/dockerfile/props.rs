//! Property tests: random and mutated Dockerfiles never panic, every span is in bounds and
//! nested in its item, and the items cover the input exactly (a lossless round trip). The
//! linter runs on the same inputs: it never panics, its spans are in bounds and its fixes apply.

use layerlab::dockerfile::{dump, instructions, parse, reference, words, ItemKind};
use layerlab::lint;
use layerlab::text::Span;
use proptest::prelude::*;
use proptest::test_runner::RngAlgorithm;

/// Check the tree invariants for one input.
fn invariants(src: &str) {
    let p = parse(src);
    let mut at = 0;
    let mut rebuilt = String::with_capacity(src.len());
    for item in &p.file.items {
        assert_eq!(item.span.start, at, "items must be contiguous in {src:?}");
        assert!(item.span.end <= src.len() && item.span.start <= item.span.end);
        rebuilt.push_str(item.span.text(src));
        if let ItemKind::Instruction(ins) = &item.kind {
            let mut spans: Vec<Span> = vec![ins.keyword.span, ins.rest];
            spans.extend(ins.args.iter().map(|a| a.span));
            spans.extend(ins.flags.iter().map(|f| f.span));
            spans.extend(ins.comments.iter().copied());
            for h in &ins.heredocs {
                spans.push(h.body_span);
                spans.push(h.end_span);
            }
            let mut t = ins.trigger.as_deref();
            while let Some(tr) = t {
                spans.push(tr.keyword.span);
                spans.extend(tr.args.iter().map(|a| a.span));
                spans.extend(tr.flags.iter().map(|f| f.span));
                t = tr.trigger.as_deref();
            }
            for s in spans {
                assert!(
                    item.span.contains(s),
                    "{s:?} not inside {:?} in {src:?}",
                    item.span
                );
                assert!(
                    src.get(s.start..s.end).is_some(),
                    "{s:?} cuts a character in {src:?}"
                );
            }
            assert!(ins.start_line <= ins.end_line);
        }
        at = item.span.end;
    }
    assert_eq!(at, src.len(), "items must cover all of {src:?}");
    assert_eq!(rebuilt, src);
    for d in &p.diagnostics {
        assert!(d.span().end <= src.len());
    }
    let _ = dump::dump(&p.file);
    let _ = instructions::check(src, &p);
    lint_invariants(src);
}

/// The linter never panics, its spans are in bounds, and every fix applies.
fn lint_invariants(src: &str) {
    let opts = lint::Options {
        dockerignore: Some(layerlab::dockerfile::ignore::Ignore::parse(
            "*.txt\n!keep.txt\n",
        )),
        ignored: Vec::new(),
    };
    for f in lint::lint_with(src, &opts) {
        assert!(
            f.span.start <= f.span.end && f.span.end <= src.len(),
            "{f:?} in {src:?}"
        );
        assert!(f.line >= 1, "{f:?}");
        let _ = f.to_diagnostic();
        if let Some(fix) = &f.fix {
            for e in &fix.edits {
                assert!(
                    src.get(e.span.start..e.span.end).is_some(),
                    "fix edit {e:?} of {} cuts {src:?}",
                    f.code
                );
            }
            let _ = lint::lint(&fix.apply(src));
        }
    }
}

/// Lint-flavoured fragments: package managers, pipes, pragmas, stages, flags.
fn lint_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("FROM python:3 AS Build\n".to_string()),
        Just("FROM Ubuntu\n".to_string()),
        Just("FROM alpine:3.20\n".to_string()),
        Just("from $BASE as x\n".to_string()),
        Just("ARG BASE\n".to_string()),
        Just("RUN apt-get update && apt-get install curl | tee x\n".to_string()),
        Just("RUN apk add --update py2-pip\n".to_string()),
        Just("RUN pip install -r requirements.txt flask\n".to_string()),
        Just("RUN python -m pip install\n".to_string()),
        Just("RUN \"$(cd /x; sudo ls)\" || (yum install x)\n".to_string()),
        Just("RUN --mount=type=cache,target=/root/.cache/pip pip install x\n".to_string()),
        Just("RUN [\"apt-get\", \"install\"]\n".to_string()),
        Just("RUN <<EOF\npip install x\nEOF\n".to_string()),
        Just("COPY . .\n".to_string()),
        Just("COPY --from=Build a b c\n".to_string()),
        Just("ADD x.tar.gz keep.txt skip.txt /d\n".to_string()),
        Just("EXPOSE 8080:80/TCP 99999\n".to_string()),
        Just("ENV A=1 B=$A\nENV C d\n".to_string()),
        Just("CMD flask run\n".to_string()),
        Just("ENTRYPOINT [\"flask\", \"run\"]\n".to_string()),
        Just("HEALTHCHECK CMD x\n".to_string()),
        Just("WORKDIR app\n".to_string()),
        Just("USER root\n".to_string()),
        Just("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n".to_string()),
        Just("ONBUILD RUN apt install x\n".to_string()),
        Just("# hadolint ignore=DL3008,DL3015\n".to_string()),
        Just("# hadolint global ignore=DL3006\n".to_string()),
        Just("# check=skip=all;error=true\n".to_string()),
        Just("\\\n\n".to_string()),
        "[ -~]{0,10}",
    ]
}

/// Dockerfile-flavoured fragments, so random input reaches deep into the grammar.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("FROM alpine AS b\n".to_string()),
        Just("RUN <<EOF\n".to_string()),
        Just("RUN <<-'X' cat\n\tbody\n\tX\n".to_string()),
        Just("EOF\n".to_string()),
        Just("COPY --from=b --chown=\"1:1\" a /b/\n".to_string()),
        Just("CMD [\"a\", \"b\"]\n".to_string()),
        Just("CMD [\"a\", 1]\n".to_string()),
        Just("ENV A=1 B=\"x y\"\n".to_string()),
        Just("ENV A\n".to_string()),
        Just("ONBUILD ONBUILD RUN x\n".to_string()),
        Just("HEALTHCHECK --interval=1s CMD true\n".to_string()),
        Just("# escape=`\n".to_string()),
        Just("# comment\n".to_string()),
        Just("\\\n".to_string()),
        Just("`\n".to_string()),
        Just(" \t\r\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("${A:-x}".to_string()),
        Just("é☃\u{a0}".to_string()),
        "[ -~]{0,12}",
        "[\\\\`\"' \\n<$#=\\[\\]-]{1,6}",
    ]
}

fn mutated() -> impl Strategy<Value = String> {
    (proptest::collection::vec(fragment(), 0..12), any::<u64>()).prop_map(|(parts, seed)| {
        let mut s: String = parts.concat();
        // A cheap, deterministic mutation: drop or duplicate a character somewhere.
        if !s.is_empty() {
            let chars: Vec<char> = s.chars().collect();
            let i = (seed as usize) % chars.len();
            let mut v = chars.clone();
            if seed % 2 == 0 {
                v.remove(i);
            } else {
                v.insert(i, chars[i]);
            }
            s = v.into_iter().collect();
        }
        s
    })
}

// The fast generator keeps the 15,000 cases of a run within a few seconds in debug builds.
proptest! {
    #![proptest_config(ProptestConfig { cases: 6000, failure_persistence: None, rng_algorithm: RngAlgorithm::XorShift, ..ProptestConfig::default() })]

    #[test]
    fn random_text_keeps_the_invariants(src in "\\PC{0,80}") {
        invariants(&src);
    }

    #[test]
    fn mutated_dockerfiles_keep_the_invariants(src in mutated()) {
        invariants(&src);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, rng_algorithm: RngAlgorithm::XorShift, ..ProptestConfig::default() })]

    #[test]
    fn lint_never_panics_on_lint_flavoured_input(parts in proptest::collection::vec(lint_fragment(), 0..14), cut in any::<usize>()) {
        let src: String = parts.concat();
        lint_invariants(&src);
        // And on every prefix cut at a character boundary.
        let mut at = cut % (src.len() + 1);
        while !src.is_char_boundary(at) {
            at -= 1;
        }
        lint_invariants(&src[..at]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, rng_algorithm: RngAlgorithm::XorShift, ..ProptestConfig::default() })]

    #[test]
    fn words_and_references_never_panic(src in "[a-zA-Z0-9${}:#%/?+\\-=\"' \\\\`@._]{0,24}") {
        let env: Vec<(String, String)> = vec![("A".into(), "a b".into()), ("E".into(), String::new())];
        let _ = words::expand_word(&src, '\\', &env);
        let _ = words::expand_words(&src, '`', &env);
        let _ = reference::parse_normalized(&src);
    }
}

/// Inputs the property tests once failed on, kept as fixed cases.
#[test]
fn former_failures_keep_the_invariants() {
    // A flag word ended by a no-break space: BuildKit's byte-wise flag scanner stops in the
    // middle of the character, and the flag's span must still end on a character boundary.
    invariants("\u{feff}` --<$é☃\u{a0}ONBUILD ONBUILD RUN x\n )<>d:|t^$${A:-x}RUN <<EOF\nENV A=1 B=\"x y\"\n");
    invariants("RUN --mount=a\u{a0}b x\n");
}
