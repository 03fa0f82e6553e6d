//! The "Share of voice" view: who is quoted and how much, as a bar chart (inline SVG: one bar per
//! speaker, its length the quoted words, stacked direct / partial / reported with a pattern each so
//! that greyscale reads) and the same numbers as two tables (per speaker, per speaker type).
//!
//! Selecting a speaker (a bar, or the button in its table row) selects the speaker's actor, so the
//! article marks every mention of them; an unnamed source or the unattributed quotes select their
//! first quote.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::report::Report;
use crate::workbench::voice::{self, percent, Count, Speaker, SpeakerKey, Voice, KINDS};
use crate::workbench::Table;

#[derive(Properties, PartialEq)]
pub struct ShareOfVoiceProps {
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
}

/// What selecting a speaker selects: the actor, else the speaker's first quote.
pub fn speaker_item(s: &Speaker) -> Option<Item> {
    match s.key {
        SpeakerKey::Actor(i) => Some(Item::new(Category::Actor, i)),
        _ => s.quotes.first().map(|&q| Item::new(Category::Quote, q)),
    }
}

/// "5 quotes, 73 words (33%)".
fn summary(c: Count, total_words: usize) -> String {
    let quotes = if c.quotes == 1 { "quote" } else { "quotes" };
    let words = if c.words == 1 { "word" } else { "words" };
    format!(
        "{} {quotes}, {} {words} ({})",
        c.quotes,
        c.words,
        percent(c.words, total_words)
    )
}

/// The chart's one-sentence summary (its accessible name).
fn chart_label(v: &Voice) -> String {
    let top: Vec<String> = v
        .speakers
        .iter()
        .take(3)
        .map(|s| format!("{} {}", s.name, percent(s.total.words, v.total.words)))
        .collect();
    format!(
        "Bar chart of quoted words per speaker, {} speakers, {} quoted words in all; most quoted: {}.",
        v.speakers.len(),
        v.total.words,
        top.join(", ")
    )
}

/// The height of one speaker's row: name, numbers, bar (px).
const ROW: usize = 62;

fn bar(
    s: &Speaker,
    row: usize,
    max_words: usize,
    total_words: usize,
    on_click: Callback<MouseEvent>,
) -> Html {
    let y = row * ROW;
    // Thousandths of a percent, in integers: float formatting would add its code to the app.
    let scale = |w: usize| w * 100_000 / max_words.max(1);
    let pct = |m: usize| format!("{}.{:03}%", m / 1000, m % 1000);
    let mut x = 0;
    let segments: Html = KINDS
        .iter()
        .zip(s.by_kind)
        .filter(|(_, c)| c.words > 0)
        .map(|(&(_, name), c)| {
            let width = scale(c.words);
            let seg = html! {
                <rect class={classes!("sov-seg", format!("sov-seg--{name}"))}
                    x={pct(x)} y={(y + 37).to_string()} width={pct(width)} height="18">
                    <title>{ format!("{}: {} {name} ({} words)", s.name, c.quotes, c.words) }</title>
                </rect>
            };
            x += width;
            seg
        })
        .collect();
    let order = match (s.first, s.last) {
        (true, true) => " · speaks first and has the last word",
        (true, false) => " · speaks first",
        (false, true) => " · has the last word",
        _ => "",
    };
    html! {
        <g class="sov-bar" onclick={on_click}>
            <text class="sov-label" x="0" y={(y + 14).to_string()}>{ &s.name }</text>
            <text class="sov-numbers" x="0" y={(y + 31).to_string()}>{ summary(s.total, total_words) }{ order }</text>
            { segments }
        </g>
    }
}

fn chart(v: &Voice, on_select: &Callback<Item>) -> Html {
    let max_words = v.speakers.iter().map(|s| s.total.words).max().unwrap_or(0);
    let height = v.speakers.len() * ROW;
    let label = chart_label(v);
    let bars: Html = v
        .speakers
        .iter()
        .enumerate()
        .map(|(row, s)| {
            let item = speaker_item(s);
            let on_select = on_select.clone();
            let click = Callback::from(move |_: MouseEvent| {
                if let Some(item) = item {
                    on_select.emit(item);
                }
            });
            bar(s, row, max_words, v.total.words, click)
        })
        .collect();
    html! {
        <figure class="sov-figure">
            <svg class="sov-chart" role="img" aria-labelledby="sov-chart-title" width="100%"
                height={height.to_string()} xmlns="http://www.w3.org/2000/svg">
                <title id="sov-chart-title">{ label }</title>
                <defs>
                    <pattern id="sov-pattern-partial" patternUnits="userSpaceOnUse" width="6" height="6"
                        patternTransform="rotate(45)">
                        <rect class="sov-pattern-ground" width="6" height="6" />
                        <rect class="sov-pattern-ink" width="3" height="6" />
                    </pattern>
                    <pattern id="sov-pattern-reported" patternUnits="userSpaceOnUse" width="6" height="6">
                        <rect class="sov-pattern-ground" width="6" height="6" />
                        <circle class="sov-pattern-ink" cx="3" cy="3" r="1.3" />
                    </pattern>
                </defs>
                { bars }
            </svg>
            <figcaption class="sov-legend">
                { for KINDS.iter().map(|&(_, name)| html! {
                    <span class="sov-key">
                        <svg width="18" height="12" aria-hidden="true">
                            <rect class={classes!("sov-seg", format!("sov-seg--{name}"))} width="18" height="12" />
                        </svg>
                        { name }
                    </span>
                }) }
                <span class="sov-key-note">{ "Bar length: quoted words. Select a bar or a name to mark the speaker in the text." }</span>
            </figcaption>
        </figure>
    }
}

/// A table row's selecting button for `item` (none without an item): its click handler and whether
/// the item is the selected one.
pub fn row_button(
    item: Option<Item>,
    on_select: &Callback<Item>,
    selected: Option<Item>,
) -> Option<(Callback<MouseEvent>, bool)> {
    item.map(|item| {
        (
            on_select.reform(move |_: MouseEvent| item),
            selected == Some(item),
        )
    })
}

/// A workbench table as an HTML table; `buttons[i]` (when given) makes row `i`'s first cell a button.
pub fn table_html(table: &Table, id: &str, buttons: Vec<Option<(Callback<MouseEvent>, bool)>>) -> Html {
    let rows = table.rows.iter().enumerate().map(|(i, row)| {
        let first = row.first().cloned().unwrap_or_default();
        let head = match buttons.get(i).cloned().flatten() {
            Some((onclick, pressed)) => html! {
                <th scope="row"><button type="button" class="row-button" aria-pressed={pressed.to_string()} {onclick}>{ first }</button></th>
            },
            None => html! { <th scope="row">{ first }</th> },
        };
        html! {
            <tr>{ head }{ for row.iter().skip(1).map(|c| html! { <td>{ c }</td> }) }</tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="wb-table" id={id.to_string()}>
                <caption>{ &table.title }</caption>
                <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

#[function_component(ShareOfVoice)]
pub fn share_of_voice(props: &ShareOfVoiceProps) -> Html {
    let v = voice::share_of_voice(&props.report);
    if v.speakers.is_empty() {
        return html! {
            <section class="wb-view sov" aria-labelledby="sov-heading">
                <h2 id="sov-heading" class="view-title">{ "Share of voice" }</h2>
                <p class="wb-empty">{ "Nobody is quoted in this text: no direct, partial or reported speech was found, so there is no voice to count." }</p>
            </section>
        };
    }
    let name_of = |f: fn(&Speaker) -> bool| v.speakers.iter().find(|s| f(s)).map_or("", |s| s.name.as_str());
    let buttons = v
        .speakers
        .iter()
        .map(|s| row_button(speaker_item(s), &props.on_select, props.selected))
        .collect();
    html! {
        <section class="wb-view sov" aria-labelledby="sov-heading">
            <h2 id="sov-heading" class="view-title">{ "Share of voice" }</h2>
            <p class="wb-lead">
                { format!("{} quotes, {} quoted words, {} speakers. ", v.total.quotes, v.total.words, v.speakers.len()) }
                { "Speaks first: " }<strong class="sov-first">{ name_of(|s| s.first) }</strong>
                { ". Last word: " }<strong class="sov-last">{ name_of(|s| s.last) }</strong>{ "." }
            </p>
            { chart(&v, &props.on_select) }
            { table_html(&voice::speaker_table(&v), "sov-speakers", buttons) }
            { table_html(&voice::type_table(&v), "sov-types", Vec::new()) }
        </section>
    }
}
