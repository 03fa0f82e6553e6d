//! One line above the highlighted article: the colour key with counts, and the text's size.

use std::rc::Rc;

use yew::prelude::*;

use crate::report::Report;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub report: Rc<Report>,
    /// How long the analysis took.
    pub millis: f64,
}

/// Milliseconds as a whole number, at least 1 (integer formatting: the app carries no float formatting).
fn whole_ms(millis: f64) -> u64 {
    millis.round().max(1.0) as u64
}

#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let r = &props.report;
    let mentions: usize = r.actors.iter().map(|a| a.mentions.len()).sum();
    let country_mentions: usize = r.countries.iter().map(|c| c.mentions.len()).sum();
    let key = [
        ("actor", "Actors", mentions),
        ("quote", "Quotes", r.quotes.len()),
        ("date", "Dates", r.dates.len()),
        ("country", "Countries", country_mentions),
        ("source", "Sources", r.sources.len()),
        ("hedge", "Hedges", r.hedges.len()),
    ];
    let s = &r.stats;
    html! {
        <div class="summary">
            <ul class="legend" aria-label="Highlight colours">
                { for key.iter().map(|(category, label, n)| html! {
                    <li class={classes!("legend-item", format!("legend-item--{category}"))}
                        title={format!("{n} highlighted in the text")}>
                        <span class={classes!("ent", format!("ent--{category}"), "legend-sample")}>{ *label }</span>
                        <span class="legend-count">{ *n }</span>
                    </li>
                }) }
            </ul>
            <p class="stats">
                { format!("{} words · {} sentences · {} paragraphs · analysed in {} ms",
                    s.words, s.sentences, s.paragraphs, whole_ms(props.millis)) }
            </p>
        </div>
    }
}
