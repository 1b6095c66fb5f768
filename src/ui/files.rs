//! The Files pane: the learner's home directory as a tree, an editor for the open file, and for
//! a Dockerfile the linter's findings with their explanations and one-click fixes.

use yew::prelude::*;

use super::app::State;
use crate::session::Action;

#[derive(Properties, PartialEq)]
pub struct FilesProps {
    pub state: UseReducerHandle<State>,
    pub placeholder: &'static str,
}

#[function_component(Files)]
pub fn files(props: &FilesProps) -> Html {
    let view = props.state.0.files();
    let rows = view.tree.iter().map(|e| {
        let state = props.state.clone();
        let path = e.path.clone();
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::Open(path.clone())));
        let pad = format!("padding-left: {}ch", 1 + 2 * e.depth);
        let class = classes!("file", e.dir.then_some("dir"), e.open.then_some("open"));
        if e.dir {
            html! { <li class={class} style={pad}>{ format!("{}/", e.name) }</li> }
        } else {
            html! {
                <li class={class} style={pad}>
                    <button type="button" {onclick} aria-current={e.open.then_some("true")}>{ &e.name }</button>
                </li>
            }
        }
    });
    let editor = match &view.editor {
        None => html! { <p class="empty">{ props.placeholder }</p> },
        Some(ed) => {
            let oninput = {
                let state = props.state.clone();
                Callback::from(move |e: InputEvent| {
                    if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                        state.dispatch(Action::Edit(t.value()));
                    }
                })
            };
            let findings = ed.findings.iter().enumerate().map(|(i, f)| {
                let fix = f.fix.as_ref().map(|title| {
                    let state = props.state.clone();
                    let onclick =
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::ApplyFix(i)));
                    html! { <button type="button" class="fix" {onclick}>{ title }</button> }
                });
                html! {
                    <li class={classes!("finding", f.level)} title={f.explain.clone()}>
                        <span class="where">{ format!("line {}", f.line) }</span>
                        <span class="code">{ f.code }</span>
                        <span class="msg">{ &f.message }</span>
                        { for fix }
                    </li>
                }
            });
            html! {
                <div class="editor">
                    <div class="editor-path">{ &ed.path }{ if ed.simulated { " (simulated contents, read-only)" } else { "" } }</div>
                    <textarea class="editor-text" spellcheck="false" aria-label={format!("Contents of {}", ed.path)}
                        value={ed.text.clone()} readonly={ed.simulated} {oninput} />
                    if !ed.findings.is_empty() {
                        <ul class="findings" aria-label="Lint findings">{ for findings }</ul>
                    }
                </div>
            }
        }
    };
    html! {
        <div class="pane-body files">
            <ul class="tree" aria-label="Your files">{ for rows }</ul>
            { editor }
        </div>
    }
}
