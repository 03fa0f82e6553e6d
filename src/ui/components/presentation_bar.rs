//! The bar of presentation mode: which slide is shown, previous and next, how to leave, and the
//! keys that do the same (said on screen).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::state::Slide;

#[derive(Properties, PartialEq)]
pub struct PresentationBarProps {
    pub slide: Slide,
    /// Steps `n` slides (negative: back).
    pub on_step: Callback<isize>,
    pub on_leave: Callback<()>,
}

/// The keys, as the on-screen hint says them.
pub const HINT: &str = "Keys: PageDown, → or Space for the next slide; PageUp or ← for the previous; \
                        Home and End for the first and last; Escape leaves.";

#[function_component(PresentationBar)]
pub fn presentation_bar(props: &PresentationBarProps) -> Html {
    // Entering presentation mode puts the focus on the bar, so the keys work at once.
    use_effect_with((), |_| {
        let next = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("present-next"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(next) = next {
            let _ = next.focus();
        }
    });
    let at = props.slide.index();
    let last = Slide::count() - 1;
    html! {
        <nav class="presentation-bar" aria-label="Presentation">
            <p class="presentation-where" id="present-where" aria-live="polite">
                <span class="presentation-count">{ format!("{} / {}", at + 1, Slide::count()) }</span>
                <span class="presentation-title">{ props.slide.title() }</span>
            </p>
            <div class="presentation-buttons">
                <button type="button" id="present-previous" class="button" disabled={at == 0}
                    onclick={props.on_step.reform(|_| -1)}>{ "← Previous" }</button>
                <button type="button" id="present-next" class="button button--primary" disabled={at == last}
                    onclick={props.on_step.reform(|_| 1)}>{ "Next →" }</button>
                <button type="button" id="present-leave" class="button"
                    onclick={props.on_leave.reform(|_| ())}>{ "Leave presentation" }</button>
            </div>
            <p class="presentation-hint" id="present-hint">{ HINT }</p>
        </nav>
    }
}
