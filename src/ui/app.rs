//! The app shell: header, pane tabs for narrow screens, and the workspace of panes.

use std::rc::Rc;

use yew::prelude::*;

use super::persist;
use crate::session::{Action, LineKind, Pane, PaneView, Session};

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
                { for view.panes.iter().map(|p| pane(p, &state)) }
            </main>
        </div>
    }
}

fn pane(p: &PaneView, state: &UseReducerHandle<State>) -> Html {
    let id = p.pane.id();
    let class = classes!("pane", format!("pane-{id}"), p.focused.then_some("focused"));
    html! {
        <section id={format!("pane-{id}")} class={class} aria-labelledby={format!("pane-{id}-title")} data-pane={id}>
            <h2 id={format!("pane-{id}-title")} class="pane-title">{ p.title }</h2>
            if p.pane == Pane::Terminal {
                <Terminal state={state.clone()} placeholder={p.empty_text} />
            } else {
                <div class="pane-body">
                    <p class="empty">{ p.empty_text }</p>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TerminalProps {
    state: UseReducerHandle<State>,
    placeholder: &'static str,
}

/// The host terminal: the scrollback, then the prompt and an input line. Enter types the line,
/// Ctrl+C interrupts, the arrow keys walk through the lines typed before.
#[function_component(Terminal)]
fn terminal(props: &TerminalProps) -> Html {
    let view = props.state.0.terminal();
    let input = use_node_ref();
    let body = use_node_ref();
    let history = use_mut_ref(Vec::<String>::new);
    let cursor = use_mut_ref(|| 0usize);
    {
        let body = body.clone();
        let n = view.lines.len();
        use_effect_with(n, move |_| {
            if let Some(el) = body.cast::<web_sys::Element>() {
                el.set_scroll_top(el.scroll_height());
            }
        });
    }
    let onkeydown = {
        let state = props.state.clone();
        let input = input.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(el) = input.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    let line = el.value();
                    el.set_value("");
                    if !line.trim().is_empty() {
                        history.borrow_mut().push(line.clone());
                    }
                    *cursor.borrow_mut() = history.borrow().len();
                    state.dispatch(Action::Type(line));
                }
                "c" | "C" if e.ctrl_key() => {
                    e.prevent_default();
                    el.set_value("");
                    state.dispatch(Action::Interrupt);
                }
                "ArrowUp" | "ArrowDown" => {
                    e.prevent_default();
                    let h = history.borrow();
                    let mut c = cursor.borrow_mut();
                    if e.key() == "ArrowUp" {
                        *c = c.saturating_sub(1);
                    } else if *c < h.len() {
                        *c += 1;
                    }
                    el.set_value(h.get(*c).map(String::as_str).unwrap_or(""));
                }
                _ => {}
            }
        })
    };
    let focus = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = input.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    let lines = view.lines.iter().map(|l| {
        let class = match l.kind {
            LineKind::Input => "term-in",
            LineKind::Out => "term-out",
            LineKind::Err => "term-err",
        };
        html! { <div class={class}>{ &l.text }</div> }
    });
    html! {
        <div class="pane-body term" ref={body} onclick={focus}>
            if view.lines.is_empty() {
                <p class="empty">{ props.placeholder }</p>
            }
            <pre class="term-lines" aria-live="polite">{ for lines }</pre>
            <div class="term-prompt">
                <span class="term-ps">{ &view.prompt }</span>
                <input ref={input} class="term-input" type={if view.echo { "text" } else { "password" }}
                    aria-label="Terminal input" autocomplete="off" autocapitalize="off"
                    spellcheck="false" {onkeydown} />
            </div>
        </div>
    }
}
