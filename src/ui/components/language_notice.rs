//! A plain, non-blocking notice when the article does not look like English (the analysis still
//! runs; see [`crate::workbench::language`]).

use yew::prelude::*;

use crate::workbench::language;

#[derive(Properties, PartialEq)]
pub struct LanguageNoticeProps {
    /// The analysed text.
    pub text: AttrValue,
}

#[function_component(LanguageNotice)]
pub fn language_notice(props: &LanguageNoticeProps) -> Html {
    let foreign = use_memo(props.text.clone(), |text| language::not_english(text));
    if !*foreign {
        return html! {};
    }
    html! {
        <p id="language-notice" class="language-notice" role="status">
            <span class="language-notice-icon" aria-hidden="true">{ "⚠" }</span>{ language::NOTICE }
        </p>
    }
}
