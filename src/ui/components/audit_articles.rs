//! The voices audit's articles, one row each: the title, the publication date (the user's, else
//! the one found in the text; editable), the quotes found and a button that removes the article.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::audit::{AuditHandle, Command};

#[derive(Properties, PartialEq)]
pub struct AuditArticlesProps {
    pub handle: AuditHandle,
}

#[function_component(AuditArticles)]
pub fn audit_articles(props: &AuditArticlesProps) -> Html {
    let audit = &props.handle.audit;
    if audit.articles.is_empty() {
        return html! {
            <p class="panel-empty" id="audit-empty">{ "The set is empty. Add articles above to audit who is quoted across them." }</p>
        };
    }
    let rows = audit.articles.iter().map(|a| {
        let report = audit.report_of(a);
        let (date, source) = match (&a.date, report.and_then(|r| r.reference_date.clone())) {
            (Some(d), _) => (d.clone(), "set by you"),
            (None, Some(d)) => (d, "found in the text"),
            (None, None) => (String::new(), if report.is_some() { "none found" } else { "" }),
        };
        let id = a.id;
        let on_date = props.handle.command.reform(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .map(|t| t.value())
                .unwrap_or_default();
            Command::SetDate(id, value)
        });
        let quotes = report.map_or("…".to_string(), |r| r.quotes.len().to_string());
        let date_id = format!("audit-date-{id}");
        html! {
            <tr data-article={id.to_string()}>
                <th scope="row" class="audit-title">{ &a.title }</th>
                <td>
                    <input id={date_id} type="date" class="date-input" value={date}
                        aria-label={format!("Publication date of “{}”", a.title)} onchange={on_date} />
                    <span class="hint">{ source }</span>
                </td>
                <td class="num">{ quotes }</td>
                <td>
                    <button type="button" class="button button--small audit-remove"
                        aria-label={format!("Remove “{}” from the set", a.title)}
                        onclick={props.handle.command.reform(move |_| Command::Remove(id))}>{ "Remove" }</button>
                </td>
            </tr>
        }
    });
    html! {
        <div class="data-table-wrap">
            <table class="data-table audit-articles" id="audit-articles">
                <caption class="data-table-caption">{ "Articles in the set" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Title" }</th>
                        <th scope="col">{ "Publication date" }</th>
                        <th scope="col" class="num">{ "Quotes" }</th>
                        <th scope="col"><span class="visually-hidden">{ "Remove" }</span></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
