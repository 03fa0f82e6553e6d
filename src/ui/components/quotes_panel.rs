//! The quotes, grouped by speaker (speakers in order of their first quote, unattributed last); the
//! first hundred quotes in that order, more on request.

use crate::analysis::sort::CompactSort;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::report::{Quote, QuoteKind, Report};
use crate::ui::components::panel::Panel;
use crate::ui::components::selectable::Selectable;
use crate::ui::components::show_more::ShowMore;
use crate::ui::hooks::use_shown;

#[derive(Properties, PartialEq)]
pub struct QuotesPanelProps {
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
}

pub fn kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "reported",
    }
}

/// Quote indices grouped by speaker id, in order of each speaker's first quote; `None` (no known
/// speaker) comes last.
pub fn group_by_speaker(quotes: &[Quote]) -> Vec<(Option<&str>, Vec<usize>)> {
    let mut groups: Vec<(Option<&str>, Vec<usize>)> = Vec::new();
    let mut group_of: HashMap<Option<&str>, usize> = HashMap::new();
    for (i, q) in quotes.iter().enumerate() {
        let speaker = q.speaker.as_deref();
        let g = *group_of.entry(speaker).or_insert_with(|| {
            groups.push((speaker, Vec::new()));
            groups.len() - 1
        });
        groups[g].1.push(i);
    }
    groups.compact_sort_by_key(|(s, _)| s.is_none());
    groups
}

#[function_component(QuotesPanel)]
pub fn quotes_panel(props: &QuotesPanelProps) -> Html {
    let report = &props.report;
    let groups = group_by_speaker(&report.quotes);
    let keep = props
        .selected
        .filter(|item| item.category == Category::Quote)
        .and_then(|item| {
            groups
                .iter()
                .flat_map(|(_, list)| list)
                .position(|&i| i == item.index)
        });
    let total = report.quotes.len();
    let (shown, on_more) = use_shown(total, keep);
    let names: HashMap<&str, &str> = report.actors.iter().map(|a| (&*a.id, &*a.name)).collect();
    let mut left = shown;
    let sections: Html = groups
        .into_iter()
        .map_while(|(speaker, mut indices)| {
            if left == 0 {
                return None;
            }
            indices.truncate(left);
            left -= indices.len();
            Some((speaker, indices))
        })
        .map(|(speaker, indices)| {
            let name = speaker
                .and_then(|id| names.get(id).copied())
                .unwrap_or("Unattributed");
            let items: Html = indices
                .into_iter()
                .map(|i| {
                    let q = &report.quotes[i];
                    let item = Item::new(Category::Quote, i);
                    let kind = kind_label(q.kind);
                    let via = match (&q.speaker_mention, &q.cue) {
                        (Some(m), Some(cue)) => format!("{} {}", m.text, cue),
                        (Some(m), None) => m.text.clone(),
                        (None, Some(cue)) => cue.clone(),
                        (None, None) => String::new(),
                    };
                    html! {
                        <Selectable key={i} class={classes!("quote-item", format!("quote-item--{kind}"))}
                            selected={props.selected == Some(item)} on_select={props.on_select.reform(move |_| item)}>
                            if q.kind == QuoteKind::Indirect {
                                <span class="quote-text">{ &q.text }</span>
                            } else {
                                <q class="quote-text">{ &q.text }</q>
                            }
                            <span class="quote-meta">
                                <span class={classes!("quote-kind", "badge", format!("badge--{kind}"))}>{ kind }</span>
                                if !via.is_empty() { <span class="quote-via">{ via }</span> }
                                if q.rule.starts_with("correction/") || q.speaker_rule.starts_with("correction/") {
                                    <span class="badge badge--corrected">{ "✎ corrected" }</span>
                                }
                            </span>
                        </Selectable>
                    }
                })
                .collect();
            html! {
                <section class="quote-group" key={speaker.unwrap_or("")}>
                    <h3 class="speaker-name">{ name }</h3>
                    <ul class="item-list">{ items }</ul>
                </section>
            }
        })
        .collect();
    html! {
        <Panel id="quotes-panel" category="quote" title="Quotes" count={report.quotes.len()}
            empty={report.quotes.is_empty().then_some("No quoted or reported speech found.")}>
            { sections }
            <ShowMore {shown} {total} what="quotes" {on_more} />
        </Panel>
    }
}
