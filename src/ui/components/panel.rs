//! The frame shared by the four result panels: a heading with a count and a colour key.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub id: AttrValue,
    /// The finding category (`actor`, `quote`, `date`, `country`), for the colour key.
    pub category: AttrValue,
    pub title: AttrValue,
    pub count: usize,
    /// The message to show instead of the children when there is nothing to list.
    #[prop_or_default]
    pub empty: Option<&'static str>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let heading = format!("{}-heading", props.id);
    html! {
        <section id={props.id.clone()} class={classes!("panel", format!("panel--{}", props.category))}
            aria-labelledby={heading.clone()}>
            <h2 id={heading} class="panel-title">
                <span class={classes!("swatch", format!("swatch--{}", props.category))} aria-hidden="true"></span>
                { props.title.clone() }
                <span class="panel-count">{ props.count }</span>
            </h2>
            if let Some(message) = props.empty {
                <p class="panel-empty">{ message }</p>
            } else {
                { props.children.clone() }
            }
        </section>
    }
}
