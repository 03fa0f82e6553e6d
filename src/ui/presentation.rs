//! The keys of presentation mode, wherever the focus is (except in a text field): PageDown, → and
//! Space step forward, PageUp and ← back, Home and End jump to the first and last slide, Escape leaves.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::Action;

/// What a key does in presentation mode.
fn action_for(key: &str) -> Option<Action> {
    Some(match key {
        "PageDown" | "ArrowRight" | "ArrowDown" | " " => Action::Step(1),
        "PageUp" | "ArrowLeft" | "ArrowUp" => Action::Step(-1),
        "Home" => Action::Step(isize::MIN),
        "End" => Action::Step(isize::MAX),
        "Escape" => Action::Present(false),
        _ => return None,
    })
}

/// Whether the key belongs to the focused element: arrows and Space edit a text field, and Space
/// presses a button.
fn belongs_to_target(event: &KeyboardEvent) -> bool {
    let tag = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.tag_name())
        .unwrap_or_default();
    matches!(tag.as_str(), "TEXTAREA" | "INPUT" | "SELECT") || (tag == "BUTTON" && event.key() == " ")
}

/// Puts the focus on the header's Present button (after leaving, so that the keyboard user is where
/// they started).
fn focus_present_button() {
    let button = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("present"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}

/// Listens for the presentation keys while `presenting`; on leaving, the focus returns to Present.
#[hook]
pub fn use_presentation_keys(presenting: bool, dispatch: Callback<Action>) {
    let was = use_mut_ref(|| false);
    use_effect_with(presenting, move |&now| {
        if *was.borrow() && !now {
            focus_present_button();
        }
        *was.borrow_mut() = now;
    });
    let on = use_mut_ref(|| Rc::new(Cell::new(false)));
    let flag = on.borrow().clone();
    flag.set(presenting);
    use_effect_with((), move |_| {
        let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&doc, "keydown", options, move |e| {
                let Some(key) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if !flag.get() || belongs_to_target(key) || key.alt_key() || key.ctrl_key() || key.meta_key()
                {
                    return;
                }
                if let Some(action) = action_for(&key.key()) {
                    e.prevent_default();
                    dispatch.emit(action);
                }
            })
        });
        move || drop(listener)
    });
}
