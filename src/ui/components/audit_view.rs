//! The "Voices audit" view: who is quoted across a whole set of articles. The set (adding,
//! progress) comes first; once every article is analysed, the audit ([`crate::audit`]) of the set
//! with the user's edits (made in the audit's worker, see [`crate::ui::audit`]): its figures,
//! charts and tables, the quotes behind any number, and the exports. The articles' table closes the view.

use yew::prelude::*;

use crate::ui::audit::{AuditHandle, Command};
use crate::ui::components::audit_articles::AuditArticles;
use crate::ui::components::audit_quotes::{AuditQuotes, OpenQuote};
use crate::ui::components::audit_results::{AuditResults, Shown};
use crate::ui::components::audit_set::AuditSet;

#[derive(Properties, PartialEq)]
pub struct AuditViewProps {
    pub handle: AuditHandle,
    pub current_text: AttrValue,
    pub current_date: Option<AttrValue>,
    /// Opens an article of the set above, with one quote selected.
    pub on_open: Callback<OpenQuote>,
}

/// Marks the moment the audit is shown (scripts/wasm-timing reads it).
fn mark_done() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name("lede-audit-done");
        let _ = p.mark("lede-audit-done");
    }
}

#[function_component(AuditView)]
pub fn audit_view(props: &AuditViewProps) -> Html {
    let set = props.handle.audit.clone();
    let shown = use_state(|| None::<Shown>);
    let computed = set.shown().cloned();
    {
        let done = computed.is_some();
        use_effect_with(set.revision, move |_| {
            if done {
                mark_done();
            }
        });
    }
    let on_edit = props.handle.command.reform(Command::Edit);
    let on_show = {
        let shown = shown.clone();
        Callback::from(move |s: Shown| shown.set(Some(s)))
    };
    let results = match (&computed, set.articles.is_empty()) {
        (_, true) => html! {},
        (None, false) if set.progress().0 == set.articles.len() => html! {
            <p class="hint" id="audit-waiting" role="status">{ "Counting who is quoted across the set…" }</p>
        },
        (None, false) => html! {
            <p class="hint" id="audit-waiting">{ "The audit appears once every article is analysed." }</p>
        },
        (Some(c), false) => html! {
            <>
                if let Some(s) = &*shown {
                    <AuditQuotes articles={c.articles.clone()} dates={c.dates.clone()} shown={s.clone()}
                        on_open={props.on_open.clone()}
                        on_close={{ let shown = shown.clone(); Callback::from(move |_| shown.set(None)) }} />
                }
                <AuditResults articles={c.articles.clone()} result={c.result.clone()} edits={set.edits.clone()}
                    {on_edit} on_show={on_show.clone()} />
            </>
        },
    };
    let (articles, result) = match &computed {
        Some(c) => (Some(c.articles.clone()), Some(c.result.clone())),
        None => (None, None),
    };
    // While articles are analysed, the tables off screen are not laid out (styles/audit.css).
    let busy = set.progress().0 < set.articles.len();
    html! {
        <div class={classes!("audit", busy.then_some("audit--busy"))} id="audit">
            <p class="view-intro">{ "A voices audit counts who is quoted across a set of articles: \
                officials, experts, business, advocates, ordinary people and anonymous sources. \
                The articles stay in this browser." }</p>
            <AuditSet handle={props.handle.clone()} current_text={props.current_text.clone()}
                current_date={props.current_date.clone()} />
            { results }
            <AuditArticles handle={props.handle.clone()} {articles} {result} {on_show} />
        </div>
    }
}
