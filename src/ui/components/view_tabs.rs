//! The tab bar that picks the view beside the article (ARIA tabs: arrow keys, Home and End move
//! between tabs; only the current tab is in the Tab order).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::state::View;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub current: View,
    pub on_select: Callback<View>,
}

/// The id of a view's tab button; its panel is `view-<slug>`.
pub fn tab_id(view: View) -> String {
    format!("tab-{}", view.slug())
}

pub fn panel_id(view: View) -> String {
    format!("view-{}", view.slug())
}

fn focus_tab(view: View) {
    let tab = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&tab_id(view)))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(tab) = tab {
        let _ = tab.focus();
    }
}

#[function_component(ViewTabs)]
pub fn view_tabs(props: &ViewTabsProps) -> Html {
    let onkeydown = {
        let (current, on_select) = (props.current, props.on_select.clone());
        Callback::from(move |e: KeyboardEvent| {
            let at = View::ALL.iter().position(|&v| v == current).unwrap_or(0);
            let last = View::ALL.len() - 1;
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (at + 1) % View::ALL.len(),
                "ArrowLeft" | "ArrowUp" => (at + last) % View::ALL.len(),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(View::ALL[next]);
            focus_tab(View::ALL[next]);
        })
    };
    html! {
        <div class="view-tabs" role="tablist" aria-label="Views" {onkeydown}>
            { for View::ALL.iter().map(|&view| {
                let selected = view == props.current;
                html! {
                    <button type="button" role="tab" id={tab_id(view)} class="view-tab"
                        aria-selected={selected.to_string()} aria-controls={panel_id(view)}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={props.on_select.reform(move |_| view)}>
                        { view.title() }
                    </button>
                }
            }) }
        </div>
    }
}
