//! "Copy share link": a link whose fragment carries the text, the date and the corrections
//! (compressed; a fragment never reaches a server). The link is shown selected in a field with its
//! size, and copied to the clipboard when the browser allows; past the limit it is refused with a
//! message saying why.

use yew::prelude::*;

use crate::ui::keep;
use crate::workbench::share::{self, Shared};

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    pub text: AttrValue,
    pub date: Option<AttrValue>,
    /// The corrections as JSON (empty when there are none).
    #[prop_or_default]
    pub corrections: AttrValue,
}

/// What the last click gave.
#[derive(Clone, PartialEq)]
enum Made {
    Nothing,
    Link { link: String, copied: Option<bool> },
    Refused(String),
}

#[function_component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let made = use_state(|| Made::Nothing);
    let field = use_node_ref();

    // A changed text makes the shown link stale.
    {
        let made = made.clone();
        use_effect_with(
            (props.text.clone(), props.date.clone(), props.corrections.clone()),
            move |_| {
                made.set(Made::Nothing);
            },
        );
    }
    // Select the new link so that Ctrl+C copies it if the clipboard API did not.
    {
        let field = field.clone();
        use_effect_with((*made).clone(), move |made| {
            if let (Made::Link { .. }, Some(input)) = (made, field.cast::<web_sys::HtmlInputElement>()) {
                let _ = input.focus();
                input.select();
            }
        });
    }

    let onclick = {
        let made = made.clone();
        let shared = Shared {
            text: props.text.to_string(),
            date: props.date.as_ref().map(|d| d.to_string()),
            corrections: props.corrections.to_string(),
        };
        Callback::from(
            move |_: MouseEvent| match share::link(&keep::page_address(), &shared) {
                Err(too_long) => made.set(Made::Refused(too_long.to_string())),
                Ok(link) => {
                    made.set(Made::Link {
                        link: link.clone(),
                        copied: None,
                    });
                    let made = made.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let copied = keep::copy_to_clipboard(&link).await;
                        made.set(Made::Link {
                            link,
                            copied: Some(copied),
                        });
                    });
                }
            },
        )
    };

    let result = match &*made {
        Made::Nothing => html! {},
        Made::Refused(message) => html! {
            <p id="share-link-message" class="notice" role="alert">{ message.clone() }</p>
        },
        Made::Link { link, copied } => {
            let chars = link.chars().count();
            let status = match copied {
                Some(true) => "Copied to the clipboard.",
                Some(false) => "Press Ctrl+C (⌘C on a Mac) to copy the selected link.",
                None => "",
            };
            html! {
                <div class="share-result">
                    <label for="share-link-field" class="field-label">{ "Share link" }</label>
                    <input id="share-link-field" ref={field.clone()} class="share-field" type="text"
                        readonly=true value={link.clone()} aria-describedby="share-link-size share-link-message" />
                    <p id="share-link-size" class="hint">
                        { format!("{} characters (limit {}). The text travels inside the link, after the #, \
                                   which browsers never send to a server.",
                                  share::group(chars), share::group(share::MAX_LINK_CHARS)) }
                    </p>
                    <p id="share-link-message" class="hint" role="status">{ status }</p>
                </div>
            }
        }
    };

    html! {
        <div class="keep-group keep-group--share">
            <button id="share-link" type="button" class="button" disabled={props.text.is_empty()} {onclick}>
                { "Copy share link" }
            </button>
            { result }
        </div>
    }
}
