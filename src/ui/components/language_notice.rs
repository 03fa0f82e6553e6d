//! A plain, non-blocking notice when the article does not look like English (the analysis still
//! runs; see [`crate::workbench::language`]).

use yew::prelude::*;

use crate::workbench::english;

#[derive(Properties, PartialEq)]
pub struct LanguageNoticeProps {
    /// The analysed text.
    pub text: AttrValue,
}

#[function_component(LanguageNotice)]
pub fn language_notice(props: &LanguageNoticeProps) -> Html {
    let foreign = use_memo(props.text.clone(), |text| english::not_english(text));
    if !*foreign {
        return html! {};
    }
    html! {
        <p id="language-notice" class="language-notice" role="status">
            <span class="language-notice-icon" aria-hidden="true">{ "⚠" }</span>{ english::NOTICE }
        </p>
    }
}
