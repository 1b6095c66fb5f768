//! The Layers pane: every image on the computer with its layers, newest first, and the last
//! build's steps with the cache's reason for each.

use yew::prelude::*;

use super::app::State;

#[derive(Properties, PartialEq)]
pub struct LayersProps {
    pub state: UseReducerHandle<State>,
    pub placeholder: &'static str,
}

#[function_component(Layers)]
pub fn layers(props: &LayersProps) -> Html {
    let view = props.state.0.layers();
    if view.images.is_empty() && view.last_build.is_none() {
        return html! { <div class="pane-body"><p class="empty">{ props.placeholder }</p></div> };
    }
    let build = view.last_build.as_ref().map(|(tags, ok, steps)| {
        let rows = steps.iter().map(|s| {
            html! {
                <li class={classes!("step", s.decision)}>
                    <span class="badge">{ s.decision }</span>
                    <code>{ &s.name }</code>
                    <span class="why">{ &s.why }</span>
                </li>
            }
        });
        let title = if tags.is_empty() {
            "Last build".to_string()
        } else {
            format!("Last build: {}", tags.join(", "))
        };
        html! {
            <section class="last-build" aria-label="Last build">
                <h3>{ title }{ if *ok { "" } else { " (failed)" } }</h3>
                <ol class="steps">{ for rows }</ol>
            </section>
        }
    });
    let images = view.images.iter().map(|img| {
        let layers = img.layers.iter().map(|l| {
            html! {
                <tr class={classes!(l.empty.then_some("meta"))}>
                    <td class="size">{ &l.size }</td>
                    <td><code>{ &l.created_by }</code></td>
                </tr>
            }
        });
        html! {
            <details class="image">
                <summary>
                    <span class="names">{ img.names.join(", ") }</span>
                    <span class="id">{ &img.id }</span>
                    <span class="size">{ &img.size }</span>
                    <span class="created">{ &img.created }</span>
                </summary>
                <table class="layer-table"><tbody>{ for layers }</tbody></table>
            </details>
        }
    });
    html! {
        <div class="pane-body layers">
            { for build }
            <section aria-label="Images">
                <h3>{ "Images" }</h3>
                { for images }
            </section>
        </div>
    }
}
