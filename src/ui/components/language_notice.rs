//! A plain, non-blocking notice when the article does not look like English (the analysis still
//! runs; see [`crate::workbench::language`]). A long text is judged by its first [`SAMPLE`] bytes,
//! which say as much about its language as the whole and keep the report's arrival short.

use yew::prelude::*;

use crate::workbench::english;

/// Bytes of a long text that are judged.
pub const SAMPLE: usize = 100_000;

#[derive(Properties, PartialEq)]
pub struct LanguageNoticeProps {
    /// The analysed text.
    pub text: AttrValue,
}

#[function_component(LanguageNotice)]
pub fn language_notice(props: &LanguageNoticeProps) -> Html {
    let foreign = use_memo(props.text.clone(), |text| {
        let mut end = text.len().min(SAMPLE);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        english::not_english(&text[..end])
    });
    if !*foreign {
        return html! {};
    }
    html! {
        <p id="language-notice" class="language-notice" role="status">
            <span class="language-notice-icon" aria-hidden="true">{ "⚠" }</span>{ english::NOTICE }
        </p>
    }
}
