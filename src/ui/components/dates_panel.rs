//! The dates, with their TIMEX3 values, in calendar order (durations, sets and unresolved last).

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::analysis::Date;
use crate::report::{DateMention, Report};
use crate::ui::components::panel::Panel;
use crate::ui::components::selectable::Selectable;

#[derive(Properties, PartialEq)]
pub struct DatesPanelProps {
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
}

fn number<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Where a TIMEX3 value starts on the calendar: (days since 1970-01-01, minute of day), or `None`
/// for durations, sets, unresolved and unknown values.
pub fn calendar_position(value: &str, reference: Option<Date>) -> Option<(i64, u32)> {
    let days = |d: Date| d.to_days();
    match value {
        "PRESENT_REF" => return reference.map(|r| (days(r), 0)),
        "PAST_REF" => return reference.map(|r| (days(r) - 1, 0)),
        "FUTURE_REF" => return reference.map(|r| (days(r) + 1, 0)),
        _ => {}
    }
    let (date_part, time_part) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let minute = time_part
        .and_then(|t| {
            let (h, m) = t.split_once(':').unwrap_or((t, "0"));
            Some(number::<u32>(h.get(..2)?)? * 60 + number::<u32>(m.get(..2).unwrap_or(m)).unwrap_or(0))
        })
        .unwrap_or(0);
    let mut parts = date_part.split('-');
    let year: i32 = number(parts.next()?)?;
    let start = match parts.next() {
        None => Date::new(year, 1, 1)?,
        Some(p) if p.starts_with('W') => Date::from_iso_week(year, number(&p[1..])?)?,
        Some(p) if p.starts_with('Q') => Date::new(year, number::<u8>(&p[1..])?.checked_sub(1)? * 3 + 1, 1)?,
        Some(p) if p.starts_with('H') => Date::new(year, if p == "H2" { 7 } else { 1 }, 1)?,
        Some("SP") => Date::new(year, 3, 1)?,
        Some("SU") => Date::new(year, 6, 1)?,
        Some("FA") => Date::new(year, 9, 1)?,
        Some("WI") => Date::new(year, 12, 1)?,
        Some(month) => {
            let month: u8 = number(month)?;
            match parts.next() {
                Some(day) => Date::new(year, month, number(day)?)?,
                None => Date::new(year, month, 1)?,
            }
        }
    };
    Some((start.to_days(), minute))
}

/// Date indices in calendar order; values without a calendar position keep text order at the end.
pub fn calendar_order(dates: &[DateMention], reference: Option<Date>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by_key(|&i| {
        let position = dates[i]
            .value
            .as_deref()
            .and_then(|v| calendar_position(v, reference));
        (position.is_none(), position, i)
    });
    order
}

/// "Thu 14 Mar 2024" for a full date value, else nothing.
fn readable(value: &str) -> Option<String> {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let date = Date::parse_iso(value.get(..10)?)?;
    let day = DAYS.get(usize::from(date.weekday()).checked_sub(1)?)?;
    let month = MONTHS.get(usize::from(date.month).checked_sub(1)?)?;
    Some(format!("{day} {} {month} {}", date.day, date.year))
}

#[function_component(DatesPanel)]
pub fn dates_panel(props: &DatesPanelProps) -> Html {
    let report = &props.report;
    let reference = report.reference_date.as_deref().and_then(Date::parse_iso);
    let items: Html = calendar_order(&report.dates, reference)
        .into_iter()
        .map(|i| {
            let d = &report.dates[i];
            let item = Item::new(Category::Date, i);
            let value = d.value.clone();
            html! {
                <Selectable key={i} class={classes!("date-item", format!("date-item--{}", d.kind.as_str()))}
                    selected={props.selected == Some(item)} on_select={props.on_select.reform(move |_| item)}>
                    <span class="date-text">{ &d.text }</span>
                    <span class="date-normal">
                        if let Some(v) = &value {
                            <code class="date-value">{ v }</code>
                            if let Some(human) = readable(v) { <span class="date-human">{ human }</span> }
                            if d.inferred {
                                <span class="date-inferred" title="Resolved from the context: the publication date, \
                                    the tense or an earlier date">{ "from context" }</span>
                            }
                        } else {
                            <span class="date-value date-value--none">{ "unresolved" }</span>
                        }
                    </span>
                </Selectable>
            }
        })
        .collect();
    html! {
        <Panel id="dates-panel" category="date" title="Dates" count={report.dates.len()}
            empty={report.dates.is_empty().then_some("No dates or times found.")}>
            <ul class="item-list">{ items }</ul>
        </Panel>
    }
}
