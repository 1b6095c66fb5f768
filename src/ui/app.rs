//! The app shell: header, pane tabs for narrow screens, and the workspace of panes.

use std::rc::Rc;

use yew::prelude::*;

use super::persist;
use crate::session::{Action, Pane, PaneView, Session};

/// The session as Yew state: a reducer that forwards every action to [`Session::apply`].
#[derive(Clone, PartialEq)]
struct State(Session);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = self.0.clone();
        s.apply(action);
        Rc::new(State(s))
    }
}

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State(Session::new(persist::initial_theme())));
    let view = state.0.view();
    {
        let theme = view.theme;
        use_effect_with(theme, move |t| persist::apply_theme(*t));
    }
    let toggle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ToggleTheme))
    };
    let tabs = view.panes.iter().map(|p| {
        let state = state.clone();
        let pane = p.pane;
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::Focus(pane)));
        html! {
            <button type="button" role="tab" class={classes!("tab", format!("tab-{}", pane.id()))}
                aria-selected={p.focused.to_string()} aria-controls={format!("pane-{}", pane.id())}
                {onclick}>{ p.title }</button>
        }
    });
    html! {
        <div class="app" data-theme={view.theme.as_str()}>
            <header class="topbar">
                <div class="brand">
                    <span class="logo" aria-hidden="true"></span>
                    <h1>{ view.name }</h1>
                </div>
                <p class="tagline">{ view.tagline }</p>
                <button type="button" class="theme-toggle" onclick={toggle}
                    aria-label={format!("Switch to the {}", view.theme_button.to_lowercase())}>
                    { view.theme_button }
                </button>
            </header>
            <nav class="tabs" role="tablist" aria-label="Panes">{ for tabs }</nav>
            <main class="workspace" data-focus={state.0.focused().id()}>
                { for view.panes.iter().map(pane) }
            </main>
        </div>
    }
}

fn pane(p: &PaneView) -> Html {
    let id = p.pane.id();
    let class = classes!("pane", format!("pane-{id}"), p.focused.then_some("focused"));
    html! {
        <section id={format!("pane-{id}")} class={class} aria-labelledby={format!("pane-{id}-title")} data-pane={id}>
            <h2 id={format!("pane-{id}-title")} class="pane-title">{ p.title }</h2>
            <div class="pane-body">
                <p class="empty">{ p.empty_text }</p>
                if p.pane == Pane::Terminal {
                    <pre class="term-prompt" aria-hidden="true">{ "$ " }<span class="cursor"></span></pre>
                }
            </div>
        </section>
    }
}
