//! The quotes, grouped by speaker (speakers in order of their first quote, unattributed last).

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::report::{Quote, QuoteKind, Report};
use crate::ui::components::panel::Panel;
use crate::ui::components::selectable::Selectable;

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
    for (i, q) in quotes.iter().enumerate() {
        let speaker = q.speaker.as_deref();
        match groups.iter_mut().find(|(s, _)| *s == speaker) {
            Some((_, list)) => list.push(i),
            None => groups.push((speaker, vec![i])),
        }
    }
    groups.sort_by_key(|(s, _)| s.is_none());
    groups
}

#[function_component(QuotesPanel)]
pub fn quotes_panel(props: &QuotesPanelProps) -> Html {
    let report = &props.report;
    let groups = group_by_speaker(&report.quotes);
    let sections: Html = groups
        .into_iter()
        .map(|(speaker, indices)| {
            let name = speaker
                .and_then(|id| report.actors.iter().find(|a| a.id == id))
                .map(|a| a.name.clone())
                .unwrap_or_else(|| "Unattributed".into());
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
        </Panel>
    }
}
