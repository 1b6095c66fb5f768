//! The session: the state behind one open page, the closed set of actions on it, and the view data
//! the UI renders. The UI never changes state itself; it sends an [`Action`] to [`Session::apply`].

use serde::{Deserialize, Serialize};

/// Colour theme of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

impl Theme {
    /// The value of the `data-theme` attribute on the page root.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parse a stored theme name; anything else is `None`, so bad saved state is ignored.
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The other theme.
    pub fn toggled(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

/// The panes of the workspace, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pane {
    /// The step-by-step lesson.
    Tutorial,
    /// The learner's files, with the Dockerfile editor.
    Editor,
    /// The host terminal.
    Terminal,
    /// Images and their layers.
    Layers,
    /// What a running container serves.
    Preview,
}

impl Pane {
    /// Every pane, in reading order.
    pub const ALL: [Pane; 5] = [
        Pane::Tutorial,
        Pane::Editor,
        Pane::Terminal,
        Pane::Layers,
        Pane::Preview,
    ];

    /// A stable identifier, used for element ids and test selectors.
    pub fn id(self) -> &'static str {
        match self {
            Pane::Tutorial => "tutorial",
            Pane::Editor => "editor",
            Pane::Terminal => "terminal",
            Pane::Layers => "layers",
            Pane::Preview => "preview",
        }
    }

    /// The heading shown on the pane.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Tutorial => "Tutorial",
            Pane::Editor => "Files",
            Pane::Terminal => "Terminal",
            Pane::Layers => "Images & layers",
            Pane::Preview => "Preview",
        }
    }

    /// What the pane shows while it has nothing yet: what will appear there.
    pub fn empty_text(self) -> &'static str {
        match self {
            Pane::Tutorial => "The lesson appears here: one step at a time, from your first \
                docker pull to pushing your own image. Each step checks what you did and offers a hint.",
            Pane::Editor => "Your project files appear here: the Dockerfile, app.py and \
                requirements.txt. Edit them and the linter marks mistakes as you type.",
            Pane::Terminal => "A terminal on your simulated computer appears here. Type docker \
                commands as you would on a real machine; nothing leaves this page.",
            Pane::Layers => "After a build, each image and its layers appear here: the \
                instruction that made each layer, its size, and whether the cache was used.",
            Pane::Preview => "When a container publishes a port, the page it serves appears \
                here, as a browser on your computer would show it.",
        }
    }
}

/// Everything a learner can do to the session. The set is closed: the UI sends these and nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Switch between the light and dark theme.
    ToggleTheme,
    /// Use this theme.
    SetTheme(Theme),
    /// Bring a pane to the front (on narrow screens only one pane group shows at a time).
    Focus(Pane),
}

/// The state behind one open page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    theme: Theme,
    focused: Pane,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            theme: Theme::Light,
            focused: Pane::Editor,
        }
    }
}

/// One pane as the UI draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaneView {
    /// Which pane.
    pub pane: Pane,
    /// Its heading.
    pub title: &'static str,
    /// What it says while it is empty.
    pub empty_text: &'static str,
    /// Whether it is the pane in front (matters on narrow screens).
    pub focused: bool,
}

/// The whole page as the UI draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppView {
    /// The product name for the header.
    pub name: &'static str,
    /// A one-line tagline for the header.
    pub tagline: &'static str,
    /// The current theme.
    pub theme: Theme,
    /// Label of the theme button: what pressing it switches to.
    pub theme_button: &'static str,
    /// The panes, in reading order.
    pub panes: Vec<PaneView>,
}

impl Session {
    /// A fresh session with the given theme (the UI passes the saved or preferred one).
    pub fn new(theme: Theme) -> Session {
        Session {
            theme,
            ..Session::default()
        }
    }

    /// The current theme.
    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// The pane in front.
    pub fn focused(&self) -> Pane {
        self.focused
    }

    /// Apply one action. Every action is total: none can fail or panic.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::ToggleTheme => self.theme = self.theme.toggled(),
            Action::SetTheme(t) => self.theme = t,
            Action::Focus(p) => self.focused = p,
        }
    }

    /// Project the state into what the UI draws.
    pub fn view(&self) -> AppView {
        AppView {
            name: crate::NAME,
            tagline: "Docker images, layers and the build cache, in your browser",
            theme: self.theme,
            theme_button: match self.theme {
                Theme::Light => "Dark theme",
                Theme::Dark => "Light theme",
            },
            panes: Pane::ALL
                .iter()
                .map(|&pane| PaneView {
                    pane,
                    title: pane.title(),
                    empty_text: pane.empty_text(),
                    focused: pane == self.focused,
                })
                .collect(),
        }
    }
}
