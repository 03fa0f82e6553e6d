//! The Sources view: anonymous and vague sources and non-answers, grouped by kind with counts, each
//! in the sentence it stands in (the phrase emphasised). Selecting one marks it in the article.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::report::{Report, SourceKind};
use crate::ui::components::selectable::Selectable;
use crate::workbench::sources::{groups, in_sentence, kind_explanation, KINDS};

#[derive(Properties, PartialEq)]
pub struct SourcesViewProps {
    /// The analysed text (the report's spans point into it).
    pub text: Rc<str>,
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
}

/// The heading of a group.
fn group_title(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Anonymous => "Unnamed sources",
        SourceKind::Vague => "Vague sources",
        SourceKind::NoComment => "No comment",
    }
}

fn counts_table(report: &Report) -> Html {
    html! {
        <table class="data-table sources-counts">
            <caption>{ "Sources by kind" }</caption>
            <thead><tr><th scope="col">{ "Kind" }</th><th scope="col">{ "Count" }</th></tr></thead>
            <tbody>
                { for KINDS.iter().map(|&kind| html! {
                    <tr data-kind={kind.as_str()}>
                        <th scope="row">{ group_title(kind) }</th>
                        <td>{ report.sources.iter().filter(|s| s.kind == kind).count() }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

#[function_component(SourcesView)]
pub fn sources_view(props: &SourcesViewProps) -> Html {
    let report = &props.report;
    let sections: Html = groups(report)
        .into_iter()
        .map(|group| {
            let heading = format!("sources-{}-heading", group.kind.as_str());
            let items: Html = group
                .sources
                .iter()
                .map(|&i| {
                    let source = &report.sources[i];
                    let (before, phrase, after) = in_sentence(&props.text, source);
                    let item = Item::new(Category::Source, i);
                    html! {
                        <Selectable key={i} class={classes!("source-item")}
                            data_code={AttrValue::from(format!("s{}", i + 1))}
                            selected={props.selected == Some(item)}
                            on_select={props.on_select.reform(move |_| item)}>
                            <span class="source-sentence">
                                { before.to_string() }
                                <strong class="source-phrase">{ phrase.to_string() }</strong>
                                { after.to_string() }
                            </span>
                            <span class="source-rule" title="The rule that found it">{ source.rule.to_string() }</span>
                        </Selectable>
                    }
                })
                .collect();
            html! {
                <section class={classes!("source-group", format!("source-group--{}", group.kind.as_str()))}
                    aria-labelledby={heading.clone()}>
                    <h3 id={heading} class="source-group-title">
                        { group_title(group.kind) }
                        <span class="source-group-count" aria-label={format!("{} found", group.sources.len())}>
                            { group.sources.len() }
                        </span>
                    </h3>
                    <p class="source-explanation">{ kind_explanation(group.kind) }</p>
                    <ul class="item-list">{ items }</ul>
                </section>
            }
        })
        .collect();
    let total = report.sources.len();
    html! {
        <section class="sources-view" aria-labelledby="sources-view-heading">
            <h2 id="sources-view-heading" class="view-title">{ "Sources" }</h2>
            if total == 0 {
                <p class="view-empty">{ "No unnamed or vague sources and no \"declined to comment\" in this text: \
                    every claim here is pinned on someone named (or on nobody at all)." }</p>
            } else {
                <p class="view-intro">
                    { format!("{total} {} where the reader cannot check who is speaking, each marked in the text ",
                        if total == 1 { "place" } else { "places" }) }
                    <span class="ent ent--source legend-sample">{ "like this" }</span>
                    { ". Select one to find it in the article." }
                </p>
                { counts_table(report) }
                { sections }
            }
        </section>
    }
}
