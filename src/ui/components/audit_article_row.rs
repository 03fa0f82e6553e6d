//! One row of the voices audit's articles: its title, publication date (editable), what the audit
//! found in it, its quotes and a button that removes it. A component of its own, so that a row
//! whose article did not change is not rendered again when others do (the set changes many times
//! a second while its articles are analysed).

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::audit::QuoteRef;
use crate::ui::audit::Command;
use crate::ui::components::audit_results::{quotes_button, Shown};

/// What the audit found in the article: its speakers' names, their kinds, its anonymous sources.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub speakers: String,
    pub kinds: String,
    pub anonymous: usize,
}

#[derive(Properties, PartialEq)]
pub struct AuditArticleRowProps {
    pub id: u32,
    /// The article's place in the set (and in the audit).
    pub index: usize,
    pub title: AttrValue,
    /// The user's date, else the one found in the text (empty: none).
    pub date: AttrValue,
    /// Where the date comes from ("set by you", "found in the text", "none found", or nothing
    /// while the article is analysed).
    pub source: &'static str,
    /// How many quotes it has, once analysed.
    pub quotes: Option<usize>,
    /// Once the set is audited: what the audit found, and the quotes are listed on a click.
    pub found: Option<Found>,
    pub command: Callback<Command>,
    pub on_show: Callback<Shown>,
}

#[function_component(AuditArticleRow)]
pub fn audit_article_row(p: &AuditArticleRowProps) -> Html {
    let id = p.id;
    let on_date = p.command.reform(move |e: Event| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .map(|t| t.value())
            .unwrap_or_default();
        Command::SetDate(id, value)
    });
    let quotes = match (&p.found, p.quotes) {
        (Some(_), Some(n)) => {
            let list = (0..n)
                .map(|quote| QuoteRef {
                    article: p.index,
                    quote,
                })
                .collect();
            quotes_button(n, format!("Quotes of “{}”", p.title), list, &p.on_show)
        }
        (None, Some(n)) => html! { n },
        _ => html! { "…" },
    };
    let found = match &p.found {
        Some(f) => html! {
            <>
                <td class="audit-article-speakers">{ &f.speakers }</td>
                <td class="audit-article-kinds">{ &f.kinds }</td>
                <td class="num audit-article-anonymous">{ f.anonymous }</td>
            </>
        },
        None => html! { <><td></td><td></td><td></td></> },
    };
    html! {
        <tr data-article={id.to_string()}>
            <th scope="row" class="audit-title">{ &p.title }</th>
            <td>
                // A text field, not a date picker: two hundred pickers take the page a long time to
                // lay out, and the value is the same `YYYY-MM-DD`.
                <input id={format!("audit-date-{id}")} type="text" inputmode="numeric" pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" placeholder="YYYY-MM-DD" size="10" title="YYYY-MM-DD" class="date-input" value={p.date.clone()}
                    aria-label={format!("Publication date of “{}”", p.title)} onchange={on_date} />
                <span class="hint">{ p.source }</span>
            </td>
            { found }
            <td class="num">{ quotes }</td>
            <td>
                <button type="button" class="button button--small audit-remove"
                    aria-label={format!("Remove “{}” from the set", p.title)}
                    onclick={p.command.reform(move |_| Command::Remove(id))}>{ "Remove" }</button>
            </td>
        </tr>
    }
}
