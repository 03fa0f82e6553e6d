//! The page header: name, what the app does, the larger-text switch and presentation mode.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub large_text: bool,
    pub on_toggle_large_text: Callback<()>,
    /// Enters presentation mode.
    pub on_present: Callback<()>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <header class="site-header">
            <div class="brand">
                <h1 class="brand-name">{ "Lede" }</h1>
                <p class="brand-tagline">{ "Who is in the story, who said what, when and where." }</p>
            </div>
            <div class="header-actions">
                <span class="privacy-note">{ "Runs in your browser · nothing is uploaded" }</span>
                <button type="button" class="button button--quiet" aria-pressed={props.large_text.to_string()}
                    onclick={props.on_toggle_large_text.reform(|_| ())}>
                    { if props.large_text { "Normal text" } else { "Larger text" } }
                </button>
                <button type="button" id="present" class="button button--quiet"
                    title="Large type, one view at a time; PageDown and PageUp step, Escape leaves"
                    onclick={props.on_present.reform(|_| ())}>
                    { "Present" }
                </button>
            </div>
        </header>
    }
}
