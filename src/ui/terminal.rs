//! The terminal pane: the scrollback of the current terminal window and its input line.

use yew::prelude::*;

use super::app::State;
use crate::session::{Action, LineKind};

#[derive(Properties, PartialEq)]
pub struct TerminalProps {
    pub state: UseReducerHandle<State>,
    pub placeholder: &'static str,
}

/// The host terminal: the scrollback, then the prompt and an input line. Enter types the line,
/// Ctrl+C interrupts, the arrow keys walk through the lines typed before.
#[function_component(Terminal)]
pub fn terminal(props: &TerminalProps) -> Html {
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
