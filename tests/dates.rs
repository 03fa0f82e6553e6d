//! Case tables for temporal expressions: each case is a sentence, a reference date and the expected
//! mentions as (span text, kind, TIMEX3 value). Sentences are written for these tests.
#![cfg(not(target_arch = "wasm32"))]

use lede::analysis::dates::{self, timeline};
use lede::analysis::report::DateKind;
use lede::analysis::text::Doc;
use lede::analysis::{Date, Diagnostics};

/// Friday 21 January 2022, ISO week 3.
const REF: &str = "2022-01-21";

fn found(text: &str, reference: Option<&str>) -> Vec<(String, &'static str, Option<String>)> {
    let doc = Doc::new(text);
    let reference = reference.and_then(Date::parse_iso);
    let mut diagnostics = Diagnostics::default();
    dates::extract(&doc, reference, &mut diagnostics)
        .into_iter()
        .map(|d| {
            let kind = match d.kind {
                DateKind::Date => "date",
                DateKind::Time => "time",
                DateKind::Duration => "duration",
                DateKind::Set => "set",
            };
            (d.text, kind, d.value)
        })
        .collect()
}

fn check(text: &str, reference: Option<&str>, expected: &[(&str, &str, Option<&str>)]) {
    let got = found(text, reference);
    let want: Vec<(String, &str, Option<String>)> = expected
        .iter()
        .map(|&(t, k, v)| (t.to_string(), k, v.map(str::to_string)))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

/// `t!(name, "sentence", [("span", "kind", "value"), ...])` against [`REF`];
/// `t!(name, ref = "YYYY-MM-DD" | none, "sentence", [...])` with another reference date;
/// a value of `null` expects no value.
macro_rules! t {
    ($name:ident, $text:expr, [$(($span:expr, $kind:expr, $value:tt)),* $(,)?]) => {
        t!($name, ref = REF, $text, [$(($span, $kind, $value)),*]);
    };
    ($name:ident, ref = none, $text:expr, [$(($span:expr, $kind:expr, $value:tt)),* $(,)?]) => {
        #[test]
        fn $name() {
            check($text, None, &[$(($span, $kind, t!(@v $value))),*]);
        }
    };
    ($name:ident, ref = $r:expr, $text:expr, [$(($span:expr, $kind:expr, $value:tt)),* $(,)?]) => {
        #[test]
        fn $name() {
            check($text, Some($r), &[$(($span, $kind, t!(@v $value))),*]);
        }
    };
    (@v null) => { None };
    (@v $v:expr) => { Some($v) };
}

// ---------------------------------------------------------------- absolute and partial dates
t!(
    day_month_year,
    "The treaty was signed on 21 January 2022 in Geneva.",
    [("21 January 2022", "date", "2022-01-21")]
);
t!(
    month_day_year,
    "The plant opened on March 3, 2013, after delays.",
    [("March 3, 2013", "date", "2013-03-03")]
);
t!(
    abbreviated_month,
    "The vote took place on Jan. 5 in the capital.",
    [("Jan. 5", "date", "2022-01-05")]
);
t!(
    abbreviated_month_with_year,
    "The firm was founded on Sept. 30, 1999, in Ohio.",
    [("Sept. 30, 1999", "date", "1999-09-30")]
);
t!(
    ordinal_day,
    "Her contract ends on April 2nd, the board said.",
    [("April 2nd", "date", "2022-04-02")]
);
t!(
    day_of_month,
    "The ship sailed on the 3rd of January.",
    [("3rd of January", "date", "2022-01-03")]
);
t!(
    weekday_and_date,
    "The match is set for Friday, Jan. 28.",
    [("Friday, Jan. 28", "date", "2022-01-28")]
);
t!(
    iso_date,
    "The filing is dated 2021-11-30 and runs to two pages.",
    [("2021-11-30", "date", "2021-11-30")]
);
t!(
    slashed_day_first_when_unambiguous,
    "The form was stamped 25/12/2021 at the border.",
    [("25/12/2021", "date", "2021-12-25")]
);
t!(
    month_and_year,
    "Prices rose sharply in June 2021 across the region.",
    [("June 2021", "date", "2021-06")]
);
t!(
    month_of_year,
    "The bridge closed in March of 2020 for repairs.",
    [("March of 2020", "date", "2020-03")]
);
t!(
    bare_month_past,
    "Exports fell in October, the ministry said.",
    [("October", "date", "2021-10")]
);
t!(
    bare_month_future,
    "The new line will open in March, officials say.",
    [("March", "date", "2022-03")]
);
t!(
    month_day_past_previous_year,
    "The factory closed on December 12 after a fire.",
    [("December 12", "date", "2021-12-12")]
);
t!(
    month_day_future,
    "The summit will be held on February 14 in Rome.",
    [("February 14", "date", "2022-02-14")]
);
t!(
    year_alone,
    "The bridge was built in 2019 by a local firm.",
    [("2019", "date", "2019")]
);
t!(
    old_year_needs_cue,
    "The church was founded in 1642 by monks.",
    [("1642", "date", "1642")]
);
t!(
    fiscal_year,
    "Sales grew in fiscal 2020, the company said.",
    [("fiscal 2020", "date", "2020")]
);
t!(
    decade,
    "The town boomed in the 1990s before the mines shut.",
    [("1990s", "date", "199")]
);
t!(
    short_decade,
    "Cars of the '80s were boxy.",
    [("'80s", "date", "198")]
);
t!(
    century,
    "It was the worst flood of the 20th century.",
    [("20th century", "date", "19")]
);
t!(
    early_year,
    "The talks collapsed in early 2009 amid distrust.",
    [("early 2009", "date", "2009")]
);
t!(
    mid_year_token,
    "The system is due in mid-2023.",
    [("mid-2023", "date", "2023")]
);
t!(
    spelled_year,
    "In nineteen ninety-six the club won the cup.",
    [("nineteen ninety-six", "date", "1996")]
);
t!(
    year_range,
    "The drought of 2009-2010 hit farmers hard.",
    [("2009", "date", "2009"), ("2010", "date", "2010")]
);
t!(
    season_with_year,
    "The museum reopened in spring 2021 after a long closure.",
    [("spring 2021", "date", "2021-SP")]
);
t!(
    season_of_year,
    "Fighting resumed in the summer of 2014 near the border.",
    [("the summer of 2014", "date", "2014-SU")]
);
t!(
    holiday_past,
    "Prices were raised on New Year's Day, drivers said.",
    [("New Year's Day", "date", "2022-01-01")]
);
t!(
    holiday_future,
    "The new bridge will open before Christmas, the mayor promised.",
    [("Christmas", "date", "2022-12-25")]
);

// ---------------------------------------------------------------- weekdays and relative days
t!(
    weekday_same_day,
    "The ministers met in Geneva on Friday to talk.",
    [("Friday", "date", "2022-01-21")]
);
t!(
    weekday_past,
    "On Thursday, the government warned of new strikes.",
    [("Thursday", "date", "2022-01-20")]
);
t!(
    weekday_future,
    "The two leaders will meet again on Monday.",
    [("Monday", "date", "2022-01-24")]
);
t!(
    weekday_last,
    "Police arrested him last Tuesday in a raid.",
    [("last Tuesday", "date", "2022-01-18")]
);
t!(
    weekday_next,
    "Voting starts next Wednesday across the country.",
    [("next Wednesday", "date", "2022-01-26")]
);
t!(
    weekday_until_is_future,
    "The offer stands until Tuesday, the bank said.",
    [("Tuesday", "date", "2022-01-25")]
);
t!(
    today,
    "The minister resigned today after the vote.",
    [("today", "date", "2022-01-21")]
);
t!(
    yesterday,
    "Shares fell sharply yesterday in Tokyo.",
    [("yesterday", "date", "2022-01-20")]
);
t!(
    tomorrow,
    "The results are expected tomorrow.",
    [("tomorrow", "date", "2022-01-22")]
);
t!(
    tonight,
    "The president will speak tonight on television.",
    [("tonight", "time", "2022-01-21TNI")]
);
t!(
    this_morning,
    "The court ruled this morning on the appeal.",
    [("this morning", "time", "2022-01-21TMO")]
);
t!(
    last_night,
    "Storms hit the coast last night.",
    [("last night", "time", "2022-01-20TNI")]
);
t!(
    weekday_evening,
    "The crowd gathered on Thursday evening in the square.",
    [("Thursday evening", "time", "2022-01-20TEV")]
);
t!(
    earlier_today,
    "The bank cut rates earlier today.",
    [("earlier today", "date", "2022-01-21")]
);

// ---------------------------------------------------------------- relative periods
t!(
    next_week,
    "The US will send a written reply next week.",
    [("next week", "date", "2022-W04")]
);
t!(
    last_week,
    "Protesters blocked the road last week.",
    [("last week", "date", "2022-W02")]
);
t!(
    this_week,
    "Earlier this week, Britain sent more troops.",
    [("Earlier this week", "date", "2022-W03")]
);
t!(
    last_month,
    "Inflation rose last month to a new high.",
    [("last month", "date", "2021-12")]
);
t!(
    next_month,
    "The law takes effect next month.",
    [("next month", "date", "2022-02")]
);
t!(
    last_year,
    "The company lost money last year.",
    [("last year", "date", "2021")]
);
t!(
    this_year,
    "Elections are due this year.",
    [("this year", "date", "2022")]
);
t!(
    next_year,
    "The plant will close next year.",
    [("next year", "date", "2023")]
);
t!(
    years_ago,
    "The rebels seized the town two years ago.",
    [("two years ago", "date", "2020")]
);
t!(
    months_ago,
    "She left the party three months ago.",
    [("three months ago", "date", "2021-10")]
);
t!(
    days_ago,
    "The ship sank 11 days ago off the coast.",
    [("11 days ago", "date", "2022-01-10")]
);
t!(
    weeks_ago,
    "The talks broke down six weeks ago.",
    [("six weeks ago", "date", "2021-W49")]
);
t!(
    vague_ago,
    "The shop closed a few years ago.",
    [("a few years ago", "date", "PAST_REF")]
);
t!(
    last_summer,
    "The fires of last summer destroyed crops.",
    [("last summer", "date", "2021-SU")]
);
t!(
    this_spring,
    "The road will reopen this spring.",
    [("this spring", "date", "2022-SP")]
);
t!(
    weekend,
    "Thousands marched this weekend in the capital.",
    [("this weekend", "date", "2022-W03-WE")]
);
t!(
    end_of_year,
    "The mine will close by the end of the year.",
    [("the end of the year", "date", "2022")]
);
t!(
    end_of_month,
    "The fund runs out at the end of March.",
    [("the end of March", "date", "2022-03")]
);

// ---------------------------------------------------------------- quarters
t!(
    quarter_ordinal_past,
    "Profit fell in the third quarter, the firm said.",
    [("the third quarter", "date", "2021-Q3")]
);
t!(
    quarter_adjective,
    "The bank reported a third-quarter loss.",
    [("third-quarter", "date", "2021-Q3")]
);
t!(
    quarter_of_year,
    "Sales rose in the first quarter of 2020.",
    [("the first quarter of 2020", "date", "2020-Q1")]
);
t!(
    quarter_short,
    "Deliveries slipped to Q3 2021 after the fire.",
    [("Q3 2021", "date", "2021-Q3")]
);
t!(
    quarter_anaphoric,
    "Profit rose in the fourth quarter. Sales in the quarter were weak.",
    [
        ("the fourth quarter", "date", "2021-Q4"),
        ("the quarter", "date", "2021-Q4"),
    ]
);

// ---------------------------------------------------------------- durations
t!(
    duration_weeks,
    "The strike lasted for three weeks.",
    [("three weeks", "duration", "P3W")]
);
t!(
    duration_days_digits,
    "The plan covers the first 100 days of the term.",
    [("the first 100 days", "duration", "P100D")]
);
t!(
    duration_half,
    "Talks dragged on for two and a half years.",
    [("two and a half years", "duration", "P2Y6M")]
);
t!(
    duration_half_hour,
    "The meeting lasted half an hour.",
    [("half an hour", "duration", "PT30M")]
);
t!(
    duration_more_than,
    "The hearing took more than four hours.",
    [("more than four hours", "duration", "PT4H")]
);
t!(
    duration_months,
    "He spent 18 months in prison.",
    [("18 months", "duration", "P18M")]
);
t!(
    duration_adjective,
    "Nurses worked a 12-hour shift.",
    [("12-hour", "duration", "PT12H")]
);
t!(
    duration_word_adjective,
    "The government unveiled a five-year plan.",
    [("five-year", "duration", "P5Y")]
);
t!(
    duration_past_months,
    "Prices have doubled over the past three months.",
    [("the past three months", "duration", "P3M")]
);
t!(
    duration_a_day_after,
    "The talks came just a day after the drills began.",
    [("a day", "duration", "P1D")]
);
t!(
    duration_vague,
    "The embassy will stay closed for weeks.",
    [("weeks", "duration", "PXW")]
);
t!(
    duration_decade,
    "It was the worst drought in a decade.",
    [("a decade", "duration", "P10Y")]
);

// ---------------------------------------------------------------- sets
t!(
    set_every_weekday,
    "The market opens every Monday at the harbour.",
    [("every Monday", "set", "XXXX-WXX-1")]
);
t!(
    set_weekly,
    "The council meets weekly in the old hall.",
    [("weekly", "set", "P1W")]
);
t!(
    set_rate,
    "She takes the pill twice a day.",
    [("a day", "set", "P1D")]
);
t!(
    set_each_year,
    "The festival is held each year in May.",
    [("each year", "set", "P1Y"), ("May", "date", "2022-05")]
);
t!(
    set_every_other_week,
    "The bins are emptied every other week.",
    [("every other week", "set", "P2W")]
);
t!(
    set_plural_weekday,
    "The shop is closed on Sundays.",
    [("Sundays", "set", "XXXX-WXX-7")]
);

// ---------------------------------------------------------------- vague references
t!(
    vague_now,
    "The town is now under curfew.",
    [("now", "date", "PRESENT_REF")]
);
t!(
    vague_recently,
    "The law was recently changed.",
    [("recently", "date", "PAST_REF")]
);
t!(
    vague_soon,
    "A decision is expected soon.",
    [("soon", "date", "FUTURE_REF")]
);
t!(
    vague_past,
    "Such deals failed in the past.",
    [("the past", "date", "PAST_REF")]
);
t!(
    vague_future,
    "Nobody knows what the future holds.",
    [("the future", "date", "FUTURE_REF")]
);
t!(
    vague_currently,
    "The firm currently employs 300 people.",
    [("currently", "date", "PRESENT_REF")]
);

// ---------------------------------------------------------------- times
t!(
    time_pm,
    "The statement was released at 08:17 PM.",
    [("08:17 PM", "time", "2022-01-21T20:17")]
);
t!(
    time_with_date,
    "Published: 08:17 PM, 21 January 2022",
    [("08:17 PM, 21 January 2022", "time", "2022-01-21T20:17")]
);
t!(
    time_dotted_am,
    "The quake struck at 6:30 a.m. local time.",
    [("6:30 a.m. local time", "time", "2022-01-21T06:30")]
);
t!(
    time_noon,
    "The deadline passed at noon.",
    [("noon", "time", "2022-01-21T12:00")]
);
t!(
    time_utc,
    "The market closed at 14:00 GMT.",
    [("14:00 GMT", "time", "2022-01-21T14:00Z")]
);
t!(
    time_with_weekday,
    "The vote ended at 9 pm Thursday.",
    [("9 pm Thursday", "time", "2022-01-20T21:00")]
);
t!(
    time_anchored_in_paragraph,
    "On 3 May 2021 the plane left. It landed at 10 p.m. in Oslo.",
    [
        ("3 May 2021", "date", "2021-05-03"),
        ("10 p.m.", "time", "2021-05-03T22:00"),
    ]
);

// ---------------------------------------------------------------- no reference date
t!(no_reference_relative_unresolved, ref = none, "The ministers met on Friday and will meet again next week.", [
    ("Friday", "date", null),
    ("next week", "date", null),
]);
t!(no_reference_absolute_resolved, ref = none, "The pact was signed on 21 January 2022.", [("21 January 2022", "date", "2022-01-21")]);
t!(no_reference_duration, ref = none, "The siege lasted three weeks.", [("three weeks", "duration", "P3W")]);

// ---------------------------------------------------------------- false positives
t!(fp_may_as_name, "Theresa May said the plan would work.", []);
t!(fp_may_as_modal, "Prices may rise again, analysts warn.", []);
t!(fp_march_as_verb, "Thousands will march to the parliament.", []);
t!(
    fp_march_capitalised_verb,
    "March with us, the organisers urged.",
    []
);
t!(
    fp_phone_number,
    "Readers can call 555-0199 or (212) 555-0123 for help.",
    []
);
t!(fp_score, "The home side won 3-1 in front of 40,000 fans.", []);
t!(
    fp_version,
    "The phone runs version 2.0 of the software, not iOS 15.2.",
    []
);
t!(fp_quantity_like_year, "About 2000 troops crossed the river.", []);
t!(fp_money, "He paid $1,999 for the ticket.", []);
t!(fp_the_money, "The money went to the hospital.", []);
t!(
    fp_daily_newspaper,
    "The Communist Party daily Granma printed the speech.",
    []
);
t!(fp_bare_abbreviation, "Sam will visit the Dec plant.", []);
t!(fp_high_noon, "The film High Noon was shown.", []);
t!(fp_age, "A 12-year-old boy was rescued.", []);

// ---------------------------------------------------------------- regressions
t!(regression_year_earlier_does_not_chain, ref = "1999-11-02",
    "Net income rose in the third quarter from a year earlier. Sales also rose from a year earlier.", [
    ("the third quarter", "date", "1999-Q3"),
    ("a year earlier", "date", "1998-Q3"),
    ("a year earlier", "date", "1998-Q3"),
]);
t!(
    regression_second_is_an_ordinal,
    "Trading was halted for a second consecutive day.",
    [("a second consecutive day", "date", "2022-01-21")]
);
t!(regression_month_day_nearest_year, ref = "2021-11-02", "The bank extended its offer to Nov. 20.", [("Nov. 20", "date", "2021-11-20")]);
t!(
    regression_adjective_quarter_leaves_article_out,
    "the third-quarter results",
    [("third-quarter", "date", "2022-Q3")]
);
t!(regression_last_week_of_month_is_a_date, ref = "2009-04-01", "Sales rebounded in the last week of March.", [
    ("the last week of March", "date", "2009-W13"),
]);
t!(
    regression_night_stays_a_date,
    "The bomb went off on Friday night.",
    [("Friday night", "date", "2022-01-21")]
);
t!(
    regression_so_far_left_out,
    "Sales have doubled so far this year.",
    [("this year", "date", "2022")]
);
t!(
    regression_over_left_out,
    "Prices rose over the past two years.",
    [("the past two years", "duration", "P2Y")]
);
t!(
    regression_trailing_am_period_left_out,
    "He was seen at 6 a.m. The car left.",
    [("6 a.m", "time", "2022-01-21T06:00")]
);

// ---------------------------------------------------------------- reference date, timeline, robustness

fn reference_of(text: &str) -> Option<String> {
    dates::detect_reference_date(&Doc::new(text)).map(|d| d.to_string())
}

#[test]
fn reference_from_byline() {
    let text = "Talks in Geneva\n\n Published: 08:17 PM, 21 January 2022   Updated: 08:18 PM, 21 January 2022\n\nThe ministers met on Friday.";
    assert_eq!(reference_of(text).as_deref(), Some("2022-01-21"));
}

#[test]
fn reference_from_dateline_line() {
    assert_eq!(
        reference_of("Airline orders new jets\nMarch 3, 2013\nThe airline said on Friday ...").as_deref(),
        Some("2013-03-03")
    );
    assert_eq!(
        reference_of("By Ann Lee, 2021-05-04\n\nText.").as_deref(),
        Some("2021-05-04")
    );
}

#[test]
fn reference_from_wire_dateline_needs_a_year() {
    assert_eq!(
        reference_of("WASHINGTON, Jan. 21 (Reuters) - The talks ended."),
        None
    );
    assert_eq!(
        reference_of("WASHINGTON, Jan. 21 (Reuters) - Copyright 2022\nThe talks ended.").as_deref(),
        Some("2022-01-21")
    );
}

#[test]
fn reference_absent() {
    assert_eq!(reference_of("The talks ended without a deal."), None);
    assert_eq!(reference_of(""), None);
    let deep = format!("{}The plant opened on March 3, 2013.", "A line.\n".repeat(20));
    assert_eq!(reference_of(&deep), None);
}

#[test]
fn timeline_orders_and_groups() {
    let doc = Doc::new("On Thursday the US warned Russia. In 2019 the treaty ended. On Thursday talks began. Next week a reply comes. It lasted three weeks.");
    let found = dates::extract(&doc, Date::parse_iso(REF), &mut Diagnostics::default());
    let line = timeline(&found);
    let values: Vec<(&str, usize)> = line
        .iter()
        .map(|e| (e.value.as_str(), e.mentions.len()))
        .collect();
    assert_eq!(values, [("2019", 1), ("2022-01-20", 2), ("2022-W04", 1)]);
    assert_eq!(line[2].first_day, "2022-01-24");
}

#[test]
fn inferred_flag_marks_context() {
    let doc = Doc::new("The pact was signed on 21 January 2022 and talks resumed on Thursday.");
    let found = dates::extract(&doc, Date::parse_iso(REF), &mut Diagnostics::default());
    let flags: Vec<(&str, bool)> = found.iter().map(|d| (d.text.as_str(), d.inferred)).collect();
    assert_eq!(flags, [("21 January 2022", false), ("Thursday", true)]);
}

#[test]
fn ambiguous_numeric_date_warns() {
    let doc = Doc::new("The form was stamped 03/04/2022 at the border.");
    let mut diagnostics = Diagnostics::default();
    let found = dates::extract(&doc, Date::parse_iso(REF), &mut diagnostics);
    assert_eq!(found.len(), 1);
    assert!(
        diagnostics.0.iter().any(|d| d.message.contains("03/04/2022")),
        "{:?}",
        diagnostics.0
    );
}

#[test]
fn day_first_text_reads_slashes_day_first() {
    let doc = Doc::new("On 21 January 2022 the form was stamped 03/04/2022.");
    let found = dates::extract(&doc, Date::parse_iso(REF), &mut Diagnostics::default());
    assert_eq!(found[1].value.as_deref(), Some("2022-04-03"));
}

#[test]
fn odd_input_never_panics_and_spans_are_ordered() {
    let texts = [
        "",
        " ",
        "'",
        "Jan.",
        "May",
        "the",
        "the end of",
        "2022-",
        "99:99 pm",
        "0:00 am on 31/02/2022",
        "a a a a the past the",
        "nineteen",
        "two thousand and",
        "Q9 2021",
        "every",
        "the first quarter of",
        "’80s and ‘90s",
        "مرحبا 2021 年 1 月",
        "\u{FEFF}Friday\u{2028}next week\u{0301}",
        "last last last week week",
        "a year earlier a year earlier",
        "12-hour-",
        "1/2/3/4",
        "mid-12és and 12és",
        "99999999999999999999 days ago, 1e300 years ago",
    ];
    for text in texts {
        for reference in [None, Some("2022-01-21"), Some("0001-01-01"), Some("9999-12-31")] {
            let doc = Doc::new(text);
            let found = dates::extract(
                &doc,
                reference.and_then(Date::parse_iso),
                &mut Diagnostics::default(),
            );
            let mut last_end = 0;
            for d in &found {
                assert!(
                    d.start >= last_end && d.start < d.end && d.end <= text.len(),
                    "{text:?}: {d:?}"
                );
                assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
                last_end = d.end;
            }
            let _ = dates::detect_reference_date(&doc);
            let _ = timeline(&found);
        }
    }
}

// ---------------------------------------------------------------- anaphora and later additions
t!(
    that_day,
    "The plant closed on 3 May 2021. Earlier that day, workers had marched.",
    [
        ("3 May 2021", "date", "2021-05-03"),
        ("Earlier that day", "date", "2021-05-03"),
    ]
);
t!(
    later_that_year,
    "He left in June 2019 and came back later that year.",
    [
        ("June 2019", "date", "2019-06"),
        ("later that year", "date", "2019"),
    ]
);
t!(
    the_weekend_past,
    "Rebels attacked the town over the weekend.",
    [("the weekend", "date", "2022-W02-WE")]
);
t!(
    bare_units_ago,
    "The firm was near collapse months ago.",
    [("months ago", "date", "PAST_REF")]
);
t!(
    present_tense_month_is_this_year,
    "The tournament starts in November.",
    [("November", "date", "2022-11")]
);
t!(
    infinitive_is_not_past,
    "The storm is expected to hit on Saturday.",
    [("Saturday", "date", "2022-01-22")]
);
t!(
    present_passive_is_not_past,
    "The festival is held in May.",
    [("May", "date", "2022-05")]
);
t!(
    time_takes_following_day,
    "The truce will begin at midnight on Monday.",
    [
        ("midnight", "time", "2022-01-24T24:00"),
        ("Monday", "date", "2022-01-24"),
    ]
);
t!(
    the_day_is_reference_day,
    "Shares ended the day higher.",
    [("the day", "date", "2022-01-21")]
);
t!(
    current_adjective,
    "Under current rules the bank must wait.",
    [("current", "date", "PRESENT_REF")]
);
t!(
    recent_adjective,
    "The recent floods destroyed crops.",
    [("recent", "date", "PAST_REF")]
);
t!(
    year_earlier_without_quarter,
    "Exports rose 5% from a year earlier.",
    [("a year earlier", "date", "2021")]
);
t!(
    next_years_first_quarter,
    "Deliveries will begin in next year's first quarter.",
    [("next year's first quarter", "date", "2023-Q1")]
);

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any text: no panic, spans ordered, non-overlapping, on char boundaries.
        #[test]
        fn spans_are_sound(text in "(\\PC|[0-9:/.,' -]|Jan|May|the|last|next|week|ago|a\\.m\\.|quarter){0,60}") {
            for reference in [None, Date::parse_iso(REF)] {
                let doc = Doc::new(&text);
                let found = dates::extract(&doc, reference, &mut Diagnostics::default());
                let mut last_end = 0;
                for d in &found {
                    prop_assert!(d.start >= last_end && d.start < d.end && d.end <= text.len());
                    prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
                    prop_assert_eq!(&text[d.start..d.end], d.text.as_str());
                    last_end = d.end;
                }
            }
        }
    }
}

t!(regression_next_to_is_not_future, ref = "2022-01-22", "Two people died in the blast next to the station on Friday.", [
    ("Friday", "date", "2022-01-21"),
]);
t!(regression_opening_adverbial_takes_later_verb, ref = "2022-01-17",
    "On Tuesday, the National Farmers and Growers League plans to hold a rally.", [("Tuesday", "date", "2022-01-18")]);

#[test]
fn reference_ignores_dates_deep_in_body_lines() {
    let text =
        "The union said on Friday that the strike, which began after the vote on April 6, 1994, was over.";
    assert_eq!(reference_of(text), None);
}
t!(bare_season_past_this_year, ref = "1999-10-26", "The strike began in spring and ended in summer.", [
    ("spring", "date", "1999-SP"),
    ("summer", "date", "1999-SU"),
]);
t!(
    bare_season_past_not_begun,
    "The dam collapsed in summer.",
    [("summer", "date", "2021-SU")]
);

// ---------------------------------------------------------------- tense cues, sets of day parts, fractions
t!(
    irregular_past_bare_form_is_past,
    "The pipe that will be replaced burst on Monday.",
    [("Monday", "date", "2022-01-17")]
);
t!(
    irregular_past_form_is_past,
    "The ship that will be scrapped sank on Tuesday.",
    [("Tuesday", "date", "2022-01-18")]
);
t!(
    bare_past_after_modal_is_not_past,
    "Officials said the storm will hit the coast on Monday.",
    [("Monday", "date", "2022-01-24")]
);
t!(
    scheduled_present_looks_ahead,
    "The trial begins on Monday in the capital.",
    [("Monday", "date", "2022-01-24")]
);
t!(
    is_to_looks_ahead,
    "The minister is to visit the port on Tuesday.",
    [("Tuesday", "date", "2022-01-25")]
);
t!(
    clause_after_and_has_its_own_tense,
    "The union planned a strike on Saturday and was criticised for it.",
    [("Saturday", "date", "2022-01-22")]
);
t!(
    regression_un_adjective_is_no_past_cue,
    ref = "2021-10-15",
    "The bonus would be paid on a still unannounced date in January.",
    [("January", "date", "2022-01")]
);
t!(
    regression_until_clock_weekday_looks_ahead,
    "The offer runs until 5 p.m. EST Monday.",
    [("5 p.m. EST Monday", "time", "2022-01-24T17:00")]
);
t!(
    weekday_nights_are_a_set,
    "The ferry sails on Friday nights.",
    [("Friday nights", "set", "XXXX-WXX-5TNI")]
);
t!(
    day_part_distributes_over_two_weekdays,
    "Buses run on Saturday and Sunday mornings.",
    [
        ("Saturday", "set", "XXXX-WXX-6TMO"),
        ("Sunday mornings", "set", "XXXX-WXX-7TMO")
    ]
);
t!(
    annually_is_a_year_grain_set,
    "The fair is held annually in the old town.",
    [("annually", "set", "XXXX")]
);
t!(
    regression_a_quarter_of_is_a_fraction,
    "The chain will close about a quarter of its shops.",
    []
);
t!(
    regression_by_a_quarter_is_a_fraction,
    "Sales fell by a quarter.",
    []
);

// ---------------------------------------------------------------- bare units
t!(
    bare_hours_later,
    "Hours later, the convoy turned back.",
    [("Hours", "duration", "PTXH")]
);
t!(
    bare_days_after,
    "Days after the vote, the mayor resigned.",
    [("Days", "duration", "PXD")]
);
t!(
    take_weeks,
    "Repairs to the bridge could take weeks.",
    [("weeks", "duration", "PXW")]
);
t!(
    lasted_months,
    "The blockade lasted months.",
    [("months", "duration", "PXM")]
);
t!(
    regression_the_weeks_before_stays_unmarked,
    "Witnesses saw the van in the weeks before the fire.",
    []
);

// ---------------------------------------------------------------- years shared within a sentence, streaks
t!(
    month_day_shares_year_of_earlier_date,
    "The mill was sold on Aug. 7, 1998, and the new owners took over on Aug. 20.",
    [
        ("Aug. 7, 1998", "date", "1998-08-07"),
        ("Aug. 20", "date", "1998-08-20")
    ]
);
t!(
    range_end_rolls_into_next_year,
    "The exhibition ran from Dec. 20, 1998, to Jan. 5 in the town hall.",
    [
        ("Dec. 20, 1998", "date", "1998-12-20"),
        ("Jan. 5", "date", "1999-01-05")
    ]
);
t!(
    bare_month_shares_year_of_earlier_month,
    "The plant opened in March 2015 and closed in June.",
    [("March 2015", "date", "2015-03"), ("June", "date", "2015-06")]
);
t!(
    regression_year_not_shared_across_sentences,
    "The plant opened in March 2015. It will close in June.",
    [("March 2015", "date", "2015-03"), ("June", "date", "2022-06")]
);
t!(
    consecutive_day_is_today,
    "Shares in the bank fell for a second consecutive day.",
    [("a second consecutive day", "date", "2022-01-21")]
);
t!(
    straight_month_is_this_month,
    "Factory output rose for the third straight month.",
    [("the third straight month", "date", "2022-01")]
);
t!(
    regression_today_in_newspaper_name,
    "The mayor told USA Today that the plan was dead.",
    []
);
t!(
    regression_daily_in_programme_name,
    "She spoke to the host of Morning News Daily about the vote.",
    []
);
t!(
    today_opening_a_sentence_is_the_day,
    "Today the council meets for the last time.",
    [("Today", "date", "2022-01-21")]
);
t!(
    regression_decade_after_possessive_is_an_age,
    "She moved to the city in her early 20s.",
    []
);
t!(
    regression_ages_in_their_forties,
    "Most of the voters were men in their 40s.",
    []
);
t!(
    regression_all_caps_newspaper_name,
    "Reporters at USA TODAY revealed the plan.",
    []
);
t!(
    past_end_of_year_early_in_the_next,
    ref = "2013-03-22",
    "Cases peaked by the end of the year and have fallen since.",
    [("the end of the year", "date", "2012")]
);
t!(
    future_end_of_year_is_this_year,
    ref = "2013-03-22",
    "The deal will close by the end of the year.",
    [("the end of the year", "date", "2013")]
);
t!(
    regression_age_in_months_is_no_duration,
    "The drug is approved for children aged 6 months and older.",
    []
);
t!(
    regression_rate_before_earlier_is_no_set,
    "Shares closed at $30, up from $25 a week earlier.",
    [("a week", "duration", "P1W")]
);
t!(
    midnight_with_zone_takes_following_day,
    "The offer expires at midnight EST on Jan. 28.",
    [
        ("midnight EST", "time", "2022-01-28T24:00"),
        ("Jan. 28", "date", "2022-01-28")
    ]
);
t!(
    semiannual_set,
    "The bonds pay interest semiannually.",
    [("semiannually", "set", "P6M")]
);
t!(
    future_quarter_behind_is_next_year,
    ref = "2022-10-14",
    "The first jets will be delivered in the first quarter.",
    [("the first quarter", "date", "2023-Q1")]
);
t!(
    regression_quarter_just_ended_stays_this_year,
    ref = "2022-10-14",
    "The bank plans cuts after a third-quarter loss.",
    [("third-quarter", "date", "2022-Q3")]
);
t!(
    more_between_number_and_unit,
    "The troops will stay for at least six more months.",
    [("at least six more months", "duration", "P6M")]
);
t!(
    straight_between_number_and_unit,
    "Shares fell for three straight days.",
    [("three straight days", "duration", "P3D")]
);
t!(
    holiday_after_before_is_the_nearest,
    ref = "2016-10-28",
    "The agency released the last batch of files before Election Day.",
    [("Election Day", "date", "2016-11-08")]
);
t!(
    weekends_set,
    "The museum opens only on weekends.",
    [("weekends", "set", "XXXX-WXX-WE")]
);
t!(
    every_weekend_set,
    "The team trains every weekend.",
    [("every weekend", "set", "XXXX-WXX-WE")]
);
t!(
    every_few_years_set,
    "The river floods every few years.",
    [("every few years", "set", "PXY")]
);
t!(
    quarter_of_fiscal_year,
    "In the first quarter of fiscal 2023, sales rose.",
    [("the first quarter of fiscal 2023", "date", "2023-Q1")]
);
t!(
    first_half_adjective,
    ref = "2022-08-10",
    "The first-half results disappointed investors.",
    [("first-half", "date", "2022-H1")]
);
t!(
    past_second_half_early_in_year,
    ref = "2022-03-10",
    "The second-half results were weak.",
    [("second-half", "date", "2021-H2")]
);
t!(
    regular_past_after_opening_month,
    ref = "2016-11-03",
    "After a test in January, the council imposed new sanctions.",
    [("January", "date", "2016-01")]
);
t!(
    regular_past_after_opening_weekday,
    ref = "2016-10-28",
    "On Tuesday, the finance chairman declined to comment.",
    [("Tuesday", "date", "2016-10-25")]
);
t!(
    regression_season_in_a_name,
    "Crowds gathered for the Spring Festival parade.",
    []
);
t!(
    expects_to_looks_ahead,
    ref = "2009-10-14",
    "The carrier expects to return to profit in June.",
    [("June", "date", "2010-06")]
);
t!(
    takes_effect_looks_ahead,
    ref = "2009-10-14",
    "The new tax takes effect in April.",
    [("April", "date", "2010-04")]
);
t!(
    clock_tonight,
    "Polling stations close at 8 p.m. tonight.",
    [("8 p.m. tonight", "time", "2022-01-21T20:00")]
);
t!(
    clock_this_morning,
    "The plane landed at 9 a.m. this morning.",
    [("9 a.m. this morning", "time", "2022-01-21T09:00")]
);
t!(
    four_digit_clock_with_zone,
    "The truce began at 0600 GMT.",
    [("0600 GMT", "time", "2022-01-21T06:00Z")]
);
t!(
    regression_four_digit_year_is_no_clock,
    "The truce began in 1999 and held.",
    [("1999", "date", "1999")]
);
t!(
    regression_named_day_black_monday,
    "Stocks crashed on Black Monday.",
    []
);
t!(
    regression_weekday_in_programme_name,
    "Ratings for Monday Night Football fell.",
    []
);
t!(
    mid_part_of_day_before_day,
    "Shares were higher at mid-afternoon yesterday.",
    [("mid-afternoon yesterday", "time", "2022-01-20TAF")]
);
t!(
    month_as_adjective_after_article,
    ref = "2016-10-14",
    "The agency said in a June report that prices rose.",
    [("June", "date", "2016-06")]
);
t!(
    regression_may_in_a_title_stays_unmarked,
    "She was crowned a May Queen.",
    []
);
t!(
    that_afternoon_is_part_of_last_day,
    "The rebels attacked on Jan. 5. That afternoon, troops arrived.",
    [
        ("Jan. 5", "date", "2022-01-05"),
        ("That afternoon", "time", "2022-01-05TAF")
    ]
);
t!(
    rest_of_the_week_is_a_duration,
    "The plant will stay idle for the rest of the week.",
    [("the week", "duration", "P1W")]
);
t!(
    couple_without_of,
    "He will stay for the next couple days.",
    [("the next couple days", "duration", "P2D")]
);
t!(
    short_year_range,
    "The 1998-99 season was the worst.",
    [("1998", "date", "1998"), ("99", "date", "1999")]
);
t!(
    regression_short_year_range_must_rise,
    "The vote ended 1998-12 in committee.",
    []
);
t!(
    hour_in_the_evening,
    "The polls closed at 8 in the evening on Thursday.",
    [
        ("8 in the evening", "time", "2022-01-20T20:00"),
        ("Thursday", "date", "2022-01-20")
    ]
);
t!(
    future_with_plural_unit,
    "The losses will lower taxes in future quarters.",
    [("future quarters", "date", "FUTURE_REF")]
);
t!(
    at_the_time_is_past,
    "At the time, analysts expected a cut.",
    [("the time", "date", "PAST_REF")]
);
t!(
    regression_at_the_time_of_event,
    "At the time of the attack, he was away.",
    []
);
t!(
    regression_at_the_time_in_future_clause,
    "I will tell you at the time, he said.",
    []
);
t!(
    until_then_is_the_last_date,
    "The rights end on Feb. 28. Until then, the shares stay convertible.",
    [("Feb. 28", "date", "2022-02-28"), ("then", "date", "2022-02-28")]
);

/// The temporal lexicon's data files: a header naming source and licence, then rows sorted by their
/// first field, each first field once.
#[test]
fn temporal_word_lists_are_sorted_data_with_a_header() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis/data");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("data folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if !name.starts_with("dates-") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("readable");
        assert!(
            text.lines()
                .take_while(|l| l.starts_with('#'))
                .any(|l| l == "# source: written for Lede; licence: MIT"),
            "{name}: no source and licence in the header"
        );
        let keys: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        assert!(!keys.is_empty(), "{name}: empty");
        for pair in keys.windows(2) {
            assert!(pair[0] < pair[1], "{name}: {:?} before {:?}", pair[0], pair[1]);
        }
    }
    assert!(files >= 9, "the temporal lexicon has {files} data files");
}
