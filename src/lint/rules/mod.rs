//! The rule registry: every rule, one file each, in the order `layerlab lint --rules` lists
//! them (hadolint's DL rules, BuildKit's checks, then layerlab's teaching rules).

/// What every rule file needs.
pub(crate) mod prelude {
    pub use crate::dockerfile::{Instruction, Keyword, Token};
    pub use crate::lint::context::{Family, Node, StageInfo};
    pub use crate::lint::shell::{Cmd, Script};
    pub use crate::lint::{Ctx, Explain, Fix, Level, Origin, Out, Rule};
    pub use crate::text::Span;
}

/// Declare the file's `RULE` static around its `check` function.
macro_rules! rule {
    ($origin:ident, $code:literal, $level:ident, $title:literal,
     what: $what:literal, why: $why:literal, fix: $fix:literal $(, config: $cfg:literal)?) => {
        /// This file's rule.
        pub static RULE: Rule = Rule {
            code: $code,
            level: Level::$level,
            origin: Origin::$origin,
            title: $title,
            explain: Explain { what: $what, why: $why, fix: $fix },
            needs_config: false $(|| $cfg)?,
            check,
        };
    };
}
pub(crate) use rule;

pub mod util;

macro_rules! registry {
    ($($m:ident),* $(,)?) => {
        $(pub mod $m;)*
        static ALL: &[&crate::lint::Rule] = &[$(&$m::RULE),*];
    };
}

registry!(
    dl3000,
    dl3001,
    dl3002,
    dl3003,
    dl3004,
    dl3006,
    dl3007,
    dl3008,
    dl3009,
    dl3010,
    dl3011,
    dl3012,
    dl3013,
    dl3014,
    dl3015,
    dl3016,
    dl3018,
    dl3019,
    dl3020,
    dl3021,
    dl3022,
    dl3023,
    dl3024,
    dl3025,
    dl3026,
    dl3027,
    dl3028,
    dl3029,
    dl3030,
    dl3032,
    dl3033,
    dl3034,
    dl3035,
    dl3036,
    dl3037,
    dl3038,
    dl3040,
    dl3041,
    dl3042,
    dl3043,
    dl3044,
    dl3045,
    dl3046,
    dl3047,
    dl3048,
    dl3049,
    dl3050,
    dl3051,
    dl3052,
    dl3053,
    dl3054,
    dl3055,
    dl3056,
    dl3057,
    dl3058,
    dl3059,
    dl3060,
    dl3061,
    dl3062,
    dl3063,
    dl3064,
    dl3065,
    dl3066,
    dl3067,
    dl4000,
    dl4001,
    dl4003,
    dl4004,
    dl4005,
    dl4006,
    bk_stage_name_casing,
    bk_from_as_casing,
    bk_no_empty_continuation,
    bk_consistent_instruction_casing,
    bk_duplicate_stage_name,
    bk_reserved_stage_name,
    bk_json_args_recommended,
    bk_maintainer_deprecated,
    bk_undefined_arg_in_from,
    bk_workdir_relative_path,
    bk_undefined_var,
    bk_multiple_instructions_disallowed,
    bk_legacy_key_value_format,
    bk_invalid_default_arg_in_from,
    bk_from_platform_flag_const_disallowed,
    bk_copy_ignored_file,
    bk_secrets_used_in_arg_or_env,
    bk_expose_proto_casing,
    bk_expose_invalid_format,
    ll001,
    ll002,
    ll003,
    ll004,
    ll005,
    ll006,
    ll007,
    ll008,
    ll009,
    ll010,
);

/// Every rule, in listing order.
pub fn all() -> &'static [&'static crate::lint::Rule] {
    ALL
}
