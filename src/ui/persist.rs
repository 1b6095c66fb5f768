//! What the page keeps in the browser's local storage, read defensively: junk is ignored, never trusted.

use crate::session::Theme;

const THEME_KEY: &str = "layerlab.theme";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The theme to start with: the saved one, else the system preference, else light.
pub fn initial_theme() -> Theme {
    if let Some(t) = storage()
        .and_then(|s| s.get_item(THEME_KEY).ok().flatten())
        .and_then(|v| Theme::parse(&v))
    {
        return t;
    }
    let prefers_dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches());
    if prefers_dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// Remember the theme and apply it to the document root, so the page background follows it too.
pub fn apply_theme(theme: Theme) {
    if let Some(s) = storage() {
        let _ = s.set_item(THEME_KEY, theme.as_str());
    }
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}
