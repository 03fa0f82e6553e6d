//! The voices audit's articles, one row each: the title, the publication date (the user's, else
//! the one found in the text; editable), the quotes found and a button that removes the article.

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::audit::views::kind_label;
use crate::audit::Audit;
use crate::ui::audit::AuditedArticle;
use crate::ui::audit::{AuditHandle, Command};
use crate::ui::components::audit_results::{quotes_button, quotes_of_articles, Shown};

#[derive(Properties, PartialEq)]
pub struct AuditArticlesProps {
    pub handle: AuditHandle,
    /// The audit, once every article is analysed (its rows are in the set's order).
    pub articles: Option<Rc<Vec<AuditedArticle>>>,
    pub result: Option<Rc<Audit>>,
    pub on_show: Callback<Shown>,
}

/// Each speaker's name by key (one look-up per name, however many speakers the set has).
type Names<'a> = HashMap<&'a str, &'a str>;

/// The speakers, kinds and anonymous sources of article `i`, from the audit.
fn audit_cells(p: &AuditArticlesProps, names: &Names, i: usize) -> Html {
    let (Some(_), Some(result)) = (&p.articles, &p.result) else {
        return html! { <><td></td><td></td><td></td></> };
    };
    let Some(row) = result.articles.get(i) else {
        return html! { <><td></td><td></td><td></td></> };
    };
    let names: Vec<&str> = row
        .speakers
        .iter()
        .filter_map(|k| names.get(k.as_str()).copied())
        .collect();
    let kinds: Vec<&str> = row.kinds.iter().map(|&k| kind_label(Some(k))).collect();
    html! {
        <>
            <td class="audit-article-speakers">{ names.join(", ") }</td>
            <td class="audit-article-kinds">{ kinds.join(", ") }</td>
            <td class="num audit-article-anonymous">{ row.anonymous }</td>
        </>
    }
}

/// Rows shown before "Show all": a long table costs the page time at every change.
pub const FIRST_ROWS: usize = 50;

/// Rows a table gains per task: a long table grows a few rows per task up to what it shows, so
/// that no single task lays out many new rows (date fields and selects are slow to create).
pub const ROWS_PER_TASK: usize = 6;

/// How many of `wanted` rows to render now: the rows already rendered (at most `wanted`), growing
/// by [`ROWS_PER_TASK`] a task until all are in.
#[hook]
pub fn use_growing(wanted: usize) -> usize {
    let rendered = use_state_eq(|| wanted.min(ROWS_PER_TASK));
    let now = (*rendered).min(wanted);
    {
        let rendered = rendered.clone();
        use_effect_with((now, wanted), move |&(now, wanted)| {
            let timer = (now < wanted).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    rendered.set((now + ROWS_PER_TASK).min(wanted));
                })
            });
            move || drop(timer)
        });
    }
    now
}

/// "Show all N" under a table cut at [`FIRST_ROWS`]; nothing when every row shows.
pub fn show_all(id: &str, total: usize, all: &UseStateHandle<bool>) -> Html {
    if total <= FIRST_ROWS || **all {
        return html! {};
    }
    let all = all.clone();
    html! {
        <p class="hint">
            { format!("The first {FIRST_ROWS} of {total} rows. ") }
            <button type="button" class="button button--small" id={id.to_string()}
                onclick={Callback::from(move |_: MouseEvent| all.set(true))}>{ format!("Show all {total}") }</button>
        </p>
    }
}

#[function_component(AuditArticles)]
pub fn audit_articles(props: &AuditArticlesProps) -> Html {
    let audit = &props.handle.audit;
    let all = use_state(|| false);
    let wanted = audit
        .articles
        .len()
        .min(if *all { usize::MAX } else { FIRST_ROWS });
    let shown = use_growing(wanted);
    if audit.articles.is_empty() {
        return html! {
            <p class="panel-empty" id="audit-empty">{ "The set is empty. Add articles above to audit who is quoted across them." }</p>
        };
    }
    let names: Names = props.result.as_ref().map_or_else(HashMap::new, |r| {
        r.speakers
            .iter()
            .map(|s| (s.key.as_str(), s.name.as_str()))
            .collect()
    });
    let rows = audit.articles.iter().enumerate().take(shown).map(|(i, a)| {
        let kept = audit.kept_of(a);
        let (date, source) = match (&a.date, kept.and_then(|k| k.reference_date.clone())) {
            (Some(d), _) => (d.clone(), "set by you"),
            (None, Some(d)) => (d, "found in the text"),
            (None, None) => (String::new(), if kept.is_some() { "none found" } else { "" }),
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
        let quotes = match (&props.articles, kept) {
            (Some(all), Some(k)) => quotes_button(
                k.quotes,
                format!("Quotes of “{}”", a.title),
                quotes_of_articles(all, &[i]),
                &props.on_show,
            ),
            (None, Some(k)) => html! { k.quotes },
            _ => html! { "…" },
        };
        let date_id = format!("audit-date-{id}");
        html! {
            <tr data-article={id.to_string()}>
                <th scope="row" class="audit-title">{ &a.title }</th>
                <td>
                    <input id={date_id} type="date" class="date-input" value={date}
                        aria-label={format!("Publication date of “{}”", a.title)} onchange={on_date} />
                    <span class="hint">{ source }</span>
                </td>
                { audit_cells(props, &names, i) }
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
                        <th scope="col">{ "Speakers" }</th>
                        <th scope="col">{ "Kinds of source" }</th>
                        <th scope="col" class="num">{ "Anonymous" }</th>
                        <th scope="col" class="num">{ "Quotes" }</th>
                        <th scope="col"><span class="visually-hidden">{ "Remove" }</span></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            { show_all("audit-articles-all", audit.articles.len(), &all) }
        </div>
    }
}
