//! The foot of a long list that shows only its first items: how many are shown, and a button for
//! more (a 2 MB article has thousands of quotes and dates; building them all at once would freeze
//! the page).

use yew::prelude::*;

use crate::ui::hooks::PAGE;

#[derive(Properties, PartialEq)]
pub struct ShowMoreProps {
    pub shown: usize,
    pub total: usize,
    /// What the list holds ("quotes"), for the button's accessible name.
    pub what: AttrValue,
    pub on_more: Callback<()>,
}

#[function_component(ShowMore)]
pub fn show_more(props: &ShowMoreProps) -> Html {
    if props.shown >= props.total {
        return html! {};
    }
    let next = PAGE.min(props.total - props.shown);
    html! {
        <p class="show-more">
            <span class="show-more-count">{ format!("{} of {} shown.", props.shown, props.total) }</span>
            <button type="button" class="button show-more-button" onclick={props.on_more.reform(|_| ())}>
                { format!("Show {next} more {}", props.what) }
            </button>
        </p>
    }
}
