//! The quotes behind a number of the voices audit: each quote with its speaker and its article's
//! title, and a button that opens the article above with the quote selected.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::audit::AuditedArticle;
use crate::ui::components::audit_results::Shown;
use crate::workbench::voice::speaker_of;

/// An article of the set to open above, with one of its quotes selected.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenQuote {
    pub text: String,
    /// The user's date of the article (none: the one found in the text).
    pub date: Option<String>,
    /// The quote's index in the article's report.
    pub quote: usize,
}

#[derive(Properties, PartialEq)]
pub struct AuditQuotesProps {
    pub articles: Rc<Vec<AuditedArticle>>,
    /// The user's date of each article, in the same order (for opening it as it was analysed).
    pub dates: Rc<Vec<Option<String>>>,
    pub shown: Shown,
    pub on_open: Callback<OpenQuote>,
    pub on_close: Callback<()>,
}

#[function_component(AuditQuotes)]
pub fn audit_quotes(props: &AuditQuotesProps) -> Html {
    let heading = use_node_ref();
    {
        // Move the focus to the list, so a keyboard user lands on what they asked for.
        let heading = heading.clone();
        use_effect_with(props.shown.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let items = props.shown.quotes.iter().filter_map(|r| {
        let article = props.articles.get(r.article)?;
        // Read the article's report now (once: it stays read).
        let report = article.kept.report()?;
        let quote = report.quotes.get(r.quote)?;
        let (_, speaker, _) = speaker_of(&report, quote);
        let open = OpenQuote {
            text: article.text.clone(),
            date: props.dates.get(r.article).cloned().flatten(),
            quote: r.quote,
        };
        Some(html! {
            <li class="audit-quote">
                <q class="audit-quote-text">{ &quote.text }</q>
                <span class="audit-quote-source">{ format!(" — {speaker}, in “{}”", article.title) }</span>
                { " " }
                <button type="button" class="button button--small audit-open"
                    aria-label={format!("Open “{}” with this quote selected", article.title)}
                    onclick={props.on_open.reform(move |_| open.clone())}>{ "Open" }</button>
            </li>
        })
    });
    html! {
        <section class="audit-section" id="audit-quotes" aria-labelledby="audit-quotes-heading">
            <h3 id="audit-quotes-heading" class="audit-heading" tabindex="-1" ref={heading}>
                { format!("{} ({})", props.shown.title, props.shown.quotes.len()) }
            </h3>
            if props.shown.quotes.is_empty() {
                <p class="panel-empty">{ "No quotes." }</p>
            } else {
                <ol class="audit-quotes">{ for items }</ol>
            }
            <button type="button" class="button button--small" id="audit-quotes-close"
                onclick={props.on_close.reform(|_| ())}>{ "Close the list" }</button>
        </section>
    }
}
