//! Session: actions change the state, and the view shows what the UI draws.

use layerlab::session::{Action, Pane, Session, Theme};

fn check(actions: &[Action], expected_theme: Theme, expected_focus: Pane) {
    let mut s = Session::default();
    for a in actions {
        s.apply(a.clone());
    }
    let v = s.view();
    assert_eq!(v.theme, expected_theme);
    let focused: Vec<Pane> = v
        .panes
        .iter()
        .filter(|p| p.focused)
        .map(|p| p.pane)
        .collect();
    assert_eq!(focused, vec![expected_focus]);
}

#[test]
fn fresh_session_is_light_with_the_editor_in_front() {
    check(&[], Theme::Light, Pane::Editor);
}

#[test]
fn theme_toggles_and_sets() {
    check(&[Action::ToggleTheme], Theme::Dark, Pane::Editor);
    check(
        &[Action::ToggleTheme, Action::ToggleTheme],
        Theme::Light,
        Pane::Editor,
    );
    check(
        &[Action::SetTheme(Theme::Dark), Action::Focus(Pane::Terminal)],
        Theme::Dark,
        Pane::Terminal,
    );
}

#[test]
fn every_pane_says_what_will_appear_there() {
    let v = Session::default().view();
    let ids: Vec<&str> = v.panes.iter().map(|p| p.pane.id()).collect();
    assert_eq!(ids, ["tutorial", "editor", "terminal", "layers", "preview"]);
    for p in &v.panes {
        assert!(
            p.empty_text.len() > 40,
            "{} has no real placeholder",
            p.pane.id()
        );
        assert!(
            p.empty_text.contains("appear"),
            "{}: say what will appear",
            p.pane.id()
        );
    }
}

#[test]
fn stored_theme_names_parse_and_junk_is_ignored() {
    assert_eq!(Theme::parse("dark"), Some(Theme::Dark));
    assert_eq!(Theme::parse(" light\n"), Some(Theme::Light));
    assert_eq!(Theme::parse("{\"x\":1}"), None);
    assert_eq!(Theme::parse(""), None);
}
