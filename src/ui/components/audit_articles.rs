//! The voices audit's articles, one row each: the title, the publication date (the user's, else
//! the one found in the text; editable), the quotes found and a button that removes the article.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::audit::views::kind_label;
use crate::audit::Audit;
use crate::ui::audit::AuditHandle;
use crate::ui::audit::AuditedArticle;
use crate::ui::components::audit_article_row::{AuditArticleRow, Found};
use crate::ui::components::audit_results::Shown;

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

/// What the audit found in article `i` (its speakers, kinds and anonymous sources), once audited.
fn found_in(p: &AuditArticlesProps, names: &Names, i: usize) -> Option<Found> {
    let (Some(_), Some(result)) = (&p.articles, &p.result) else {
        return None;
    };
    let row = result.articles.get(i)?;
    let speakers: Vec<&str> = row
        .speakers
        .iter()
        .filter_map(|k| names.get(k.as_str()).copied())
        .collect();
    let kinds: Vec<&str> = row.kinds.iter().map(|&k| kind_label(Some(k))).collect();
    Some(Found {
        speakers: speakers.join(", "),
        kinds: kinds.join(", "),
        anonymous: row.anonymous,
    })
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
        html! {
            <AuditArticleRow key={a.id} id={a.id} index={i} title={a.title.clone()} date={date} {source}
                quotes={kept.map(|k| k.quotes)} found={found_in(props, &names, i)}
                command={props.handle.command.clone()} on_show={props.on_show.clone()} />
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
