//! The Timeline view: the resolved dates on a horizontal axis around the publication date (an inline
//! SVG laid out by [`crate::workbench::timeline`]), the dates that are not points in time beside it,
//! and the same data as a table. Each date on the axis is a button: click, Enter or Space selects it
//! and marks it in the article.
//!
//! The SVG is a `role="group"` rather than `role="img"`: an image hides its contents from assistive
//! technology, and these contents are buttons. The group's label summarises the chart.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::analysis::timex;
use crate::report::Report;
use crate::ui::components::dates_panel::date_title;
use crate::ui::components::selectable::Selectable;
use crate::workbench::timeline::{self, Layout, Placed, WIDTH};
use crate::workbench::Table;

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
}

const AXIS_Y: f64 = 40.0;
const FIRST_ROW_Y: f64 = 66.0;
const ROW_HEIGHT: f64 = 26.0;

/// A coordinate with one decimal, formatted through integers (the app carries no float formatting).
fn num(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

fn row_y(row: usize) -> f64 {
    FIRST_ROW_Y + ROW_HEIGHT * row as f64
}

/// The accessible name of a date on the axis: "Tuesday: Tue 12 Mar 2024 (day), inferred from context".
fn item_label(report: &Report, p: &Placed) -> String {
    let d = &report.dates[p.date];
    let value = d.value.as_deref().map(timex::display).unwrap_or_default();
    let inferred = if p.inferred {
        ", inferred from context"
    } else {
        ", stated in the text"
    };
    format!("{}: {value} ({}){inferred}", d.text, p.interval.grain.name())
}

fn marker(report: &Report, p: &Placed, selected: Option<Item>, on_select: &Callback<Item>) -> Html {
    let item = Item::new(Category::Date, p.date);
    let y = row_y(p.row);
    let is_day = p.x1 <= p.x0;
    let class = classes!(
        "timeline-item",
        p.inferred.then_some("timeline-item--inferred"),
        (selected == Some(item)).then_some("is-selected")
    );
    let onclick = on_select.reform(move |_: MouseEvent| item);
    let onkeydown = {
        let on_select = on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_select.emit(item);
            }
        })
    };
    let mark = if is_day {
        html! { <circle class="timeline-mark" cx={num(p.x0)} cy={num(y)} r="5" /> }
    } else {
        html! {
            <rect class="timeline-mark" x={num(p.x0)} y={num(y - 5.0)} width={num(p.x1 - p.x0)}
                height="10" rx="3" />
        }
    };
    let (text_x, anchor) = match (p.label_left, is_day) {
        (true, _) => (p.x0 - 9.0, "end"),
        (false, true) => (p.x0 + 9.0, "start"),
        (false, false) => (p.x1 + 5.0, "start"),
    };
    html! {
        <g {class} role="button" tabindex="0" aria-pressed={(selected == Some(item)).to_string()}
            aria-label={item_label(report, p)} data-date={format!("d{}", p.date + 1)}
            data-row={p.row.to_string()} data-x={num(p.x0)} {onclick} {onkeydown}>
            <title>{ date_title(&report.dates[p.date]) }</title>
            { mark }
            <text class="timeline-label" x={num(text_x)} y={num(y + 4.0)} text-anchor={anchor}>{ p.label.clone() }</text>
        </g>
    }
}

/// A label centred on `x`, except near an edge, where it stays inside the drawing.
fn edge_anchor(x: f64) -> &'static str {
    if x < 40.0 {
        "start"
    } else if x > WIDTH - 40.0 {
        "end"
    } else {
        "middle"
    }
}

fn axis(layout: &Layout, height: f64) -> Html {
    let ticks = layout.ticks.iter().map(|t| {
        html! {
            <g class="timeline-tick">
                <line x1={num(t.x)} y1={num(AXIS_Y - 4.0)} x2={num(t.x)} y2={num(AXIS_Y + 4.0)} />
                <text x={num(t.x)} y={num(AXIS_Y - 10.0)} text-anchor={edge_anchor(t.x)}>{ t.label.clone() }</text>
            </g>
        }
    });
    let breaks = layout.breaks.iter().map(|&x| {
        html! {
            <g class="timeline-break">
                <rect x={num(x - 8.0)} y={num(AXIS_Y - 8.0)} width="16" height="16" />
                <line x1={num(x - 7.0)} y1={num(AXIS_Y + 7.0)} x2={num(x - 1.0)} y2={num(AXIS_Y - 7.0)} />
                <line x1={num(x + 1.0)} y1={num(AXIS_Y + 7.0)} x2={num(x + 7.0)} y2={num(AXIS_Y - 7.0)} />
            </g>
        }
    });
    let reference = layout.reference.map(|x| {
        let anchor = edge_anchor(x);
        html! {
            <g class="timeline-reference">
                <line x1={num(x)} y1="50" x2={num(x)} y2={num(height - 4.0)} />
                <text x={num(x)} y={num(height - 6.0)} text-anchor={anchor} class="timeline-reference-label">
                    { "published" }
                </text>
            </g>
        }
    });
    html! {
        <>
            <line class="timeline-axis" x1={num(timeline::MARGIN)} y1={num(AXIS_Y)}
                x2={num(WIDTH - timeline::MARGIN)} y2={num(AXIS_Y)} />
            { for ticks }
            { for breaks }
            { for reference }
        </>
    }
}

/// A one-sentence summary of the chart, for its accessible name.
fn summary(report: &Report, layout: &Layout) -> String {
    let first = layout.placed.first().map(|p| p.interval.start);
    let last = layout.placed.iter().map(|p| p.interval.end - 1).max();
    let span = match (first, last) {
        (Some(a), Some(b)) => format!(
            " from {} to {}",
            crate::analysis::Date::from_days(a),
            crate::analysis::Date::from_days(b)
        ),
        _ => String::new(),
    };
    let published = report
        .reference_date
        .as_deref()
        .map_or(String::new(), |d| format!("; published {d}"));
    let breaks = if layout.breaks.is_empty() {
        ""
    } else {
        "; the axis is broken where long gaps are cut out"
    };
    format!(
        "Timeline of {} dates{span}{published}{breaks}",
        layout.placed.len()
    )
}

fn chart(report: &Report, layout: &Layout, selected: Option<Item>, on_select: &Callback<Item>) -> Html {
    let height = row_y(layout.rows) + 12.0;
    let label = summary(report, layout);
    html! {
        <div class="timeline-scroll">
            <svg class="timeline-chart" viewBox={format!("0 0 {} {}", num(WIDTH), num(height))}
                width={num(WIDTH)} height={num(height)} role="group" aria-label={label.clone()}>
                <title>{ label }</title>
                { axis(layout, height) }
                // Guides from the axis down to each date, under every date's mark.
                <g class="timeline-guides" aria-hidden="true">
                    { for layout.placed.iter().map(|p| html! {
                        <line x1={num(p.x0)} y1={num(AXIS_Y)} x2={num(p.x0)} y2={num(row_y(p.row))} />
                    }) }
                </g>
                { for layout.placed.iter().map(|p| marker(report, p, selected, on_select)) }
            </svg>
        </div>
    }
}

fn legend() -> Html {
    html! {
        <ul class="timeline-legend" aria-label="Timeline key">
            <li><svg width="14" height="14" aria-hidden="true"><circle class="timeline-key-stated" cx="7" cy="7" r="5" /></svg>
                { "filled: the date is stated in the text" }</li>
            <li><svg width="14" height="14" aria-hidden="true"><circle class="timeline-key-inferred" cx="7" cy="7" r="5" /></svg>
                { "hollow: inferred from context (the publication date, the tense, an earlier date)" }</li>
            <li><svg width="14" height="14" aria-hidden="true"><rect class="timeline-key-stated" x="1" y="4" width="12" height="6" rx="2" /></svg>
                { "bar: a week, month, quarter, year or decade" }</li>
            <li><svg width="14" height="14" aria-hidden="true"><line class="timeline-key-reference" x1="7" y1="0" x2="7" y2="14" /></svg>
                { "dashed line: the publication date" }</li>
        </ul>
    }
}

fn aside(report: &Report, layout: &Layout, selected: Option<Item>, on_select: &Callback<Item>) -> Html {
    if layout.aside.is_empty() {
        return html! {};
    }
    html! {
        <section class="timeline-aside" aria-labelledby="timeline-aside-heading">
            <h3 id="timeline-aside-heading">{ "Not on the axis" }</h3>
            <p class="view-note">{ "Durations, repeated times, vague references and unresolved dates are not points in time." }</p>
            <ul class="item-list">
                { for layout.aside.iter().map(|&i| {
                    let d = &report.dates[i];
                    let item = Item::new(Category::Date, i);
                    let value = d.value.as_deref().map_or("unresolved".to_string(), timex::display);
                    html! {
                        <Selectable key={i} class={classes!("date-item", "timeline-aside-item")}
                            data_code={AttrValue::from(format!("d{}", i + 1))}
                            selected={selected == Some(item)} on_select={on_select.reform(move |_| item)}>
                            <span class="date-text">{ &d.text }</span>
                            <span class="date-normal">{ format!("{} · {value}", d.kind.as_str()) }</span>
                        </Selectable>
                    }
                }) }
            </ul>
        </section>
    }
}

fn data_table(table: &Table) -> Html {
    html! {
        <div class="table-scroll">
            <table class="data-table timeline-table">
                <caption>{ "The timeline as a table" }</caption>
                <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                <tbody>
                    { for table.rows.iter().map(|row| html! {
                        <tr>{ for row.iter().map(|cell| html! { <td>{ cell }</td> }) }</tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[function_component(TimelineView)]
pub fn timeline_view(props: &TimelineViewProps) -> Html {
    let report = &props.report;
    let layout = use_memo(props.report.clone(), |r| timeline::layout(r));
    let table = use_memo(props.report.clone(), |r| timeline::table(r));
    let body = if report.dates.is_empty() {
        html! { <p class="view-empty">{ "No dates or times found in this text, so there is nothing to place on a timeline." }</p> }
    } else {
        html! {
            <>
                if layout.placed.is_empty() {
                    <p class="view-empty">{ "None of the dates found is a point in time that can be placed on an axis." }</p>
                } else {
                    { chart(report, &layout, props.selected, &props.on_select) }
                    { legend() }
                }
                { aside(report, &layout, props.selected, &props.on_select) }
                { data_table(&table) }
            </>
        }
    };
    html! {
        <section class="timeline-view" aria-labelledby="timeline-view-heading">
            <h2 id="timeline-view-heading" class="view-title">{ "Timeline" }</h2>
            { body }
        </section>
    }
}
