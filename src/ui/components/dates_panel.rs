//! The dates in calendar order at their grain (durations, sets and unresolved last), each shown
//! for people ([`timex::display`]: "Sat 22 Jan 2022, 18:00") above its raw TIMEX3 value (the first
//! hundred, more on request).

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::analysis::{timex, Date};
use crate::report::{DateMention, Report};
use crate::ui::components::panel::Panel;
use crate::ui::components::selectable::Selectable;
use crate::ui::components::show_more::ShowMore;
use crate::ui::hooks::use_shown;

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
    let minute = time_part.and_then(minute_of_day).unwrap_or(0);
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

/// The minute of day a TIMEX3 time part starts at: "18:00" and "18" → 1080; a part of the day at
/// its usual start ("MO" morning 06:00, "MI" midday 12:00, "AF" afternoon 13:00, "EV" evening
/// 18:00, "NI" night 21:00, "DT" daytime 08:00), so that "Friday morning" comes before "Friday at
/// noon" and "Friday evening" after it.
fn minute_of_day(time: &str) -> Option<u32> {
    let part = match time {
        "MO" => Some(6),
        "MI" => Some(12),
        "AF" => Some(13),
        "EV" => Some(18),
        "NI" => Some(21),
        "DT" => Some(8),
        _ => None,
    };
    if let Some(hour) = part {
        return Some(hour * 60);
    }
    let (h, m) = time.split_once(':').unwrap_or((time, "0"));
    Some(number::<u32>(h.get(..2)?)? * 60 + number::<u32>(m.get(..2).unwrap_or(m)).unwrap_or(0))
}

/// A date's tooltip: "Date: Sat 22 Jan 2022, 18:00 (2022-01-22T18:00)", the raw value alone when
/// it has no readable form, or "Date: next week (unresolved)".
pub fn date_title(date: &DateMention) -> String {
    match &date.value {
        Some(v) => {
            let human = timex::display(v);
            if human == *v {
                format!("Date: {v}")
            } else {
                format!("Date: {human} ({v})")
            }
        }
        None => format!("Date: {} (unresolved)", date.text),
    }
}

/// Date indices in calendar order; values without a calendar position keep text order at the end.
pub fn calendar_order(dates: &[DateMention], reference: Option<Date>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by_cached_key(|&i| {
        let position = dates[i]
            .value
            .as_deref()
            .and_then(|v| calendar_position(v, reference));
        (position.is_none(), position, i)
    });
    order
}

#[function_component(DatesPanel)]
pub fn dates_panel(props: &DatesPanelProps) -> Html {
    let report = &props.report;
    // Once per report, not on every selection (a long text has thousands of dates).
    let order = use_memo(report.clone(), |report| {
        let reference = report.reference_date.as_deref().and_then(Date::parse_iso);
        calendar_order(&report.dates, reference)
    });
    let keep = props
        .selected
        .filter(|item| item.category == Category::Date)
        .and_then(|item| order.iter().position(|&i| i == item.index));
    let (shown, on_more) = use_shown(order.len(), keep);
    let items: Html = order[..shown]
        .iter()
        .map(|&i| {
            let d = &report.dates[i];
            let item = Item::new(Category::Date, i);
            let value = d.value.clone();
            let human = value.as_deref().map(timex::display).unwrap_or_default();
            let shows_human = value.as_deref().is_some_and(|v| human != v);
            html! {
                <Selectable key={i} class={classes!("date-item", format!("date-item--{}", d.kind.as_str()))}
                    selected={props.selected == Some(item)} on_select={props.on_select.reform(move |_| item)}>
                    <span class="date-text">{ &d.text }</span>
                    <span class="date-normal">
                        if let Some(v) = &value {
                            if shows_human { <span class="date-human">{ human }</span> }
                            <code class={classes!("date-value", shows_human.then_some("date-value--raw"))}
                                title="The TIMEX3 value (TimeML)">{ v }</code>
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
            <ShowMore {shown} total={order.len()} what="dates" {on_more} />
        </Panel>
    }
}
