//! Component tests in a real browser (headless Chromium via wasm-bindgen-test-runner):
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use lede::analysis::highlight::{Category, Item};
use lede::report::{
    Actor, ActorKind, Country, CountryMention, DateKind, DateMention, Mention, Quote, QuoteKind, Report, Via,
};
use lede::ui::components::actors_panel::{ActorsPanel, ActorsPanelProps};
use lede::ui::components::article_view::{ArticleView, ArticleViewProps};
use lede::ui::components::dates_panel::{calendar_order, DatesPanel, DatesPanelProps};
use lede::ui::components::quotes_panel::group_by_speaker;
use lede::ui::state::{Action, State, EXAMPLE_ARTICLE};
use lede::ui::{App, AppProps};
use lede::{analyse, Date, Options};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use yew::{Callback, Reducible};

wasm_bindgen_test_configure!(run_in_browser);

// ---- helpers ----

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to mount a component in.
fn root() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

async fn tick(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
}

/// Points the mouse at an element (a bubbling `mouseover`).
fn hover(el: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

fn press(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

/// Waits (up to two seconds) until `#results` is ready.
async fn until_ready(root: &Element) {
    for _ in 0..100 {
        if one(root, "#results").get_attribute("data-status").as_deref() == Some("ready") {
            return;
        }
        tick(20).await;
    }
    panic!("#results never became ready");
}

/// "Ms Solberg met Kenyan officials in Oslo on Tuesday. "We agree," she said." with hand-made findings.
const TEXT: &str =
    "Ms Solberg met Kenyan officials in Oslo on Tuesday. \u{201c}We agree,\u{201d} Ms Solberg said.";

fn mention(start: usize, end: usize) -> Mention {
    Mention {
        start,
        end,
        text: TEXT[start..end].to_string(),
        rule: "actors/test".into(),
    }
}

fn report() -> Report {
    let find = |s: &str, from: usize| TEXT[from..].find(s).map(|i| i + from).unwrap();
    let second = find("Ms Solberg", 5);
    let quote = find("We agree,", 0);
    let kenyan = find("Kenyan", 0);
    let oslo = find("Oslo", 0);
    let tuesday = find("on Tuesday", 0);
    Report {
        actors: vec![Actor {
            id: "a1".into(),
            name: "Ingrid Solberg".into(),
            kind: ActorKind::Person,
            roles: vec!["Foreign Minister".into()],
            country: Some("NO".into()),
            mentions: vec![mention(0, 10), mention(second, second + 10)],
            references: vec![],
            source_kind: None,
        }],
        quotes: vec![Quote {
            start: quote,
            end: quote + 9,
            text: "We agree,".into(),
            kind: QuoteKind::Direct,
            speaker: Some("a1".into()),
            speaker_mention: Some(mention(second, second + 10)),
            cue: Some("said".into()),
            rule: "quotes/test".into(),
            speaker_rule: "quotes/test".into(),
            source_kind: None,
        }],
        dates: vec![DateMention {
            start: tuesday,
            end: tuesday + 10,
            text: "on Tuesday".into(),
            kind: DateKind::Date,
            value: Some("2024-03-12".into()),
            inferred: true,
            rule: "dates/test".into(),
        }],
        countries: vec![
            Country {
                code: "KE".into(),
                name: "Kenya".into(),
                mentions: vec![CountryMention {
                    start: kenyan,
                    end: kenyan + 6,
                    text: "Kenyan".into(),
                    via: Via::Demonym,
                    rule: "countries/test".into(),
                }],
            },
            Country {
                code: "NO".into(),
                name: "Norway".into(),
                mentions: vec![CountryMention {
                    start: oslo,
                    end: oslo + 4,
                    text: "Oslo".into(),
                    via: Via::Capital,
                    rule: "countries/test".into(),
                }],
            },
        ],
        ..Report::default()
    }
}

fn reduce(state: State, action: Action) -> State {
    (*Rc::new(state).reduce(action)).clone()
}

// ---- the reducer ----

#[wasm_bindgen_test]
fn selecting_twice_clears_the_selection() {
    let item = Item::new(Category::Actor, 0);
    let s = reduce(State::default(), Action::Select(item));
    assert_eq!(s.selected, Some(item));
    assert_eq!(reduce(s, Action::Select(item)).selected, None);
}

#[wasm_bindgen_test]
fn editing_clears_the_selection_and_waits_for_a_pause() {
    let s = State {
        selected: Some(Item::new(Category::Date, 2)),
        ..State::default()
    };
    let s = reduce(s, Action::Edit("New text".into()));
    assert_eq!(s.selected, None);
    assert_eq!(s.text, "New text");
    assert!(!s.immediate);
}

#[wasm_bindgen_test]
fn load_example_replaces_text_and_date() {
    let s = State {
        date: Some("2020-01-01".into()),
        ..State::default()
    };
    let s = reduce(s, Action::LoadExample);
    assert_eq!(s.text, EXAMPLE_ARTICLE);
    assert_eq!(s.date, None);
    assert!(s.immediate);
    let s = reduce(s, Action::Clear);
    assert!(s.text.is_empty());
}

#[wasm_bindgen_test]
fn empty_date_means_detect() {
    let s = reduce(State::default(), Action::SetDate("2024-03-14".into()));
    assert_eq!(s.date.as_deref(), Some("2024-03-14"));
    assert_eq!(reduce(s, Action::SetDate(" ".into())).date, None);
}

// ---- pure helpers of the panels ----

#[wasm_bindgen_test]
fn dates_in_calendar_order() {
    let d = |value: Option<&str>| DateMention {
        start: 0,
        end: 0,
        text: String::new(),
        kind: DateKind::Date,
        value: value.map(String::from),
        inferred: false,
        rule: Default::default(),
    };
    let dates = [
        d(Some("2024-W11")),
        d(Some("P2Y")),
        d(Some("2024-03-12")),
        d(None),
        d(Some("2022")),
        d(Some("PRESENT_REF")),
        d(Some("2024-04")),
        d(Some("2024-03-12T10:42")),
        d(Some("2024-03-12TEV")),
        d(Some("2024-03-12TMO")),
    ];
    let order = calendar_order(&dates, Date::parse_iso("2024-03-14"));
    // 2022, 2024-W11 (Mon 11 Mar), 12 Mar, its morning, 10:42 and evening, 14 Mar, April; then P2Y
    // and unresolved.
    assert_eq!(order, [4, 0, 2, 9, 7, 8, 5, 6, 1, 3]);
}

#[wasm_bindgen_test]
fn quotes_grouped_by_speaker_unattributed_last() {
    let q = |speaker: Option<&str>| Quote {
        start: 0,
        end: 0,
        text: String::new(),
        kind: QuoteKind::Direct,
        speaker: speaker.map(String::from),
        speaker_mention: None,
        cue: None,
        rule: Default::default(),
        speaker_rule: Default::default(),
        source_kind: None,
    };
    let quotes = [q(None), q(Some("a2")), q(Some("a1")), q(Some("a2"))];
    let groups = group_by_speaker(&quotes);
    assert_eq!(
        groups,
        vec![(Some("a2"), vec![1, 3]), (Some("a1"), vec![2]), (None, vec![0])]
    );
}

#[wasm_bindgen_test]
fn export_is_the_report_contract() {
    let report = analyse("Nothing dated here.", &Options::default());
    let json: String = lede::ui::report_json(&report).unwrap().into();
    let back: Report = serde_wasm_bindgen::from_value(js_sys::JSON::parse(&json).unwrap()).unwrap();
    assert_eq!(back, report);
    assert!(json.contains("\"schema\": \"lede.report/1\""), "{json}");
    assert!(json.contains("\"reference_date\": null"), "{json}");
}

#[wasm_bindgen_test]
fn corrections_belong_to_their_text_and_undo() {
    use lede::workbench::corrections::{Added, At, Correction};
    let one = Correction::Split {
        mention: At::new(0, 2),
    };
    let two = Correction::Add {
        finding: Added::Person,
        at: At::new(0, 2),
        value: None,
    };
    let s = State {
        text: "Ab cd".into(),
        selected: Some(Item::new(Category::Actor, 0)),
        ..State::default()
    };
    let s = reduce(
        reduce(s, Action::Correct(one.clone())),
        Action::Correct(two.clone()),
    );
    assert_eq!(s.corrections, vec![one.clone(), two.clone()]);
    assert_eq!(s.selected, None, "a correction may remove the selected item");
    assert_eq!(reduce(s.clone(), Action::Undo(0)).corrections, vec![two.clone()]);
    assert_eq!(reduce(s.clone(), Action::UndoLast).corrections, vec![one.clone()]);
    assert_eq!(
        reduce(s.clone(), Action::Replace("Ab cd".into())).corrections,
        vec![one, two]
    );
    assert!(reduce(s.clone(), Action::Edit("Ab cde".into()))
        .corrections
        .is_empty());
    assert!(reduce(s.clone(), Action::LoadExample).corrections.is_empty());
    assert!(reduce(s, Action::Clear).corrections.is_empty());
}

// ---- components ----

#[wasm_bindgen_test]
async fn article_view_marks_every_finding_and_the_selection() {
    let div = root();
    let props = ArticleViewProps {
        text: Rc::from(TEXT),
        report: Rc::new(report()),
        selected: Some(Item::new(Category::Actor, 0)),
        on_select: Callback::noop(),
        rules: Rc::new(lede::workbench::explain::Descriptions(vec![(
            "countries/test".into(),
            "A rule of this test.".into(),
        )])),
    };
    yew::Renderer::<ArticleView>::with_root_and_props(div.clone(), props).render();
    tick(20).await;
    let view = one(&div, "#article-view");
    // The text is shown exactly as given.
    assert_eq!(view.text_content().unwrap(), TEXT);
    assert_eq!(all(&view, "mark.ent--actor").len(), 2);
    assert_eq!(all(&view, "mark.ent--quote").len(), 1);
    assert_eq!(all(&view, "mark.ent--date").len(), 1);
    assert_eq!(all(&view, "mark.ent--country").len(), 2);
    let selected = all(&view, "mark.is-selected");
    assert_eq!(selected.len(), 2);
    assert!(selected
        .iter()
        .all(|m| m.get_attribute("data-ids").as_deref() == Some("a1")));
    let oslo = all(&view, "mark.ent--country")
        .into_iter()
        .find(|m| text(m) == "Oslo")
        .unwrap();
    // Pointing at a highlight explains it ("Why this?"), built only then.
    assert!(one(&div, "#why-this").has_attribute("hidden"));
    hover(&oslo);
    tick(20).await;
    let why = text(&one(&div, "#why-this"));
    assert!(why.contains("Country: Norway (NO), by its capital"), "{why}");
    assert!(
        why.contains("Found by: A rule of this test. (rule countries/test)"),
        "{why}"
    );
    let quote = one(&view, "mark.ent--quote");
    hover(&quote);
    tick(20).await;
    let why = text(&one(&div, "#why-this"));
    assert!(
        why.contains("Direct quote") && why.contains("Ingrid Solberg"),
        "{why}"
    );
}

#[wasm_bindgen_test]
async fn actor_items_select_by_click_and_keyboard() {
    let div = root();
    let picked = Rc::new(RefCell::new(Vec::new()));
    let sink = picked.clone();
    let props = ActorsPanelProps {
        report: Rc::new(report()),
        selected: None,
        on_select: Callback::from(move |item| sink.borrow_mut().push(item)),
    };
    yew::Renderer::<ActorsPanel>::with_root_and_props(div.clone(), props).render();
    tick(20).await;
    let li = one(&div, "#actors-panel li.actor-item");
    assert_eq!(text(&one(&li, ".actor-name")), "Ingrid Solberg");
    assert_eq!(text(&one(&li, ".actor-kind")), "person");
    assert_eq!(text(&one(&li, ".actor-roles")), "Foreign Minister");
    assert!(text(&one(&li, ".actor-count")).starts_with('2'));
    assert_eq!(li.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(li.get_attribute("tabindex").as_deref(), Some("0"));
    click(&li);
    press(&li, "Enter");
    press(&li, "a");
    tick(20).await;
    assert_eq!(*picked.borrow(), vec![Item::new(Category::Actor, 0); 2]);
}

#[wasm_bindgen_test]
async fn dates_panel_shows_times_at_their_grain_in_calendar_order() {
    const ARTICLE: &str = "The talks resume tomorrow at 6pm, after a first round on Friday morning \
        and a meeting at noon on Friday.";
    let options = Options {
        reference_date: Date::parse_iso("2022-01-21"),
    };
    let report = Rc::new(analyse(ARTICLE, &options));
    let div = root();
    let props = DatesPanelProps {
        report: report.clone(),
        selected: None,
        on_select: Callback::noop(),
    };
    yew::Renderer::<DatesPanel>::with_root_and_props(div.clone(), props).render();
    tick(20).await;
    let rows: Vec<(String, String, String)> = all(&div, "#dates-panel li.date-item")
        .iter()
        .map(|li| {
            let human = li.query_selector(".date-human").unwrap().map(|e| text(&e));
            (
                text(&one(li, ".date-text")),
                human.unwrap_or_default(),
                text(&one(li, ".date-value")),
            )
        })
        .collect();
    let row = |t: &str, h: &str, v: &str| (t.to_string(), h.to_string(), v.to_string());
    assert_eq!(
        rows,
        [
            row("Friday", "Fri 21 Jan 2022", "2022-01-21"),
            row("Friday morning", "Fri 21 Jan 2022, morning", "2022-01-21TMO"),
            row("noon", "Fri 21 Jan 2022, 12:00", "2022-01-21T12:00"),
            row("tomorrow at 6pm", "Sat 22 Jan 2022, 18:00", "2022-01-22T18:00"),
        ]
    );

    // The article's date highlights say the same, with the raw value.
    let view = root();
    let props = ArticleViewProps {
        text: Rc::from(ARTICLE),
        report,
        selected: None,
        on_select: Callback::noop(),
        rules: Default::default(),
    };
    yew::Renderer::<ArticleView>::with_root_and_props(view.clone(), props).render();
    tick(20).await;
    let six = all(&view, "mark.ent--date")
        .into_iter()
        .find(|m| text(m) == "tomorrow at 6pm")
        .unwrap();
    hover(&six);
    tick(20).await;
    let why = text(&one(&view, "#why-this"));
    assert!(
        why.contains("Date: Sat 22 Jan 2022, 18:00 (2022-01-22T18:00)"),
        "{why}"
    );
}

#[wasm_bindgen_test]
async fn app_loads_the_example_and_lists_what_the_analysis_finds() {
    let div = root();
    yew::Renderer::<App>::with_root_and_props(div.clone(), AppProps::in_place()).render();
    tick(20).await;
    assert_eq!(
        one(&div, "#results").get_attribute("data-status").as_deref(),
        Some("empty")
    );
    click(&one(&div, "#load-example"));
    until_ready(&div).await;
    let input: HtmlTextAreaElement = one(&div, "#article-input").dyn_into().unwrap();
    assert_eq!(input.value(), EXAMPLE_ARTICLE);

    let native = analyse(EXAMPLE_ARTICLE, &Options::default());
    let names: Vec<String> = all(&div, "#actors-panel li.actor-item .actor-name")
        .iter()
        .map(text)
        .collect();
    let expected: Vec<String> = native.actors.iter().map(|a| a.name.clone()).collect();
    assert_eq!(names, expected);
    assert_eq!(
        all(&div, "#quotes-panel li.quote-item").len(),
        native.quotes.len()
    );
    assert_eq!(all(&div, "#dates-panel li.date-item").len(), native.dates.len());
    let codes: Vec<String> = all(&div, "#countries-panel li.country-item")
        .iter()
        .filter_map(|li| li.get_attribute("data-code"))
        .collect();
    assert_eq!(codes.len(), native.countries.len());
    assert_eq!(
        one(&div, "#article-view").text_content().unwrap(),
        EXAMPLE_ARTICLE
    );
    let date: web_sys::HtmlInputElement = one(&div, "#reference-date").dyn_into().unwrap();
    assert_eq!(date.value(), native.reference_date.clone().unwrap_or_default());

    // Selecting the first actor marks its mentions; Escape clears.
    if let Some(li) = all(&div, "#actors-panel li.actor-item").first() {
        click(li);
        tick(30).await;
        assert_eq!(
            all(&div, "#article-view mark.is-selected").len(),
            native.actors[0].mentions.len()
        );
        press(&document().body().unwrap(), "Escape");
        tick(30).await;
        assert!(all(&div, "#article-view mark.is-selected").is_empty());
    }

    click(&one(&div, "#clear-text"));
    tick(30).await;
    assert_eq!(
        one(&div, "#results").get_attribute("data-status").as_deref(),
        Some("empty")
    );
}

#[wasm_bindgen_test]
async fn typing_is_debounced() {
    let div = root();
    yew::Renderer::<App>::with_root_and_props(div.clone(), AppProps::in_place()).render();
    tick(20).await;
    let input: HtmlTextAreaElement = one(&div, "#article-input").dyn_into().unwrap();
    let revision = |div: &Element| {
        one(div, "#results")
            .get_attribute("data-revision")
            .unwrap_or_default()
    };
    let before = revision(&div);
    for text in ["Ms", "Ms Solberg", "Ms Solberg spoke in Oslo."] {
        input.set_value(text);
        input
            .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
        tick(10).await;
        assert_eq!(
            one(&div, "#results").get_attribute("data-status").as_deref(),
            Some("pending")
        );
    }
    until_ready(&div).await;
    // One analysis for the three edits.
    let after: u64 = revision(&div).parse().unwrap();
    assert_eq!(after, before.parse::<u64>().unwrap() + 1);
    assert_eq!(
        one(&div, "#article-view").text_content().unwrap(),
        "Ms Solberg spoke in Oslo."
    );
}

// ---- compare and presentation mode (the reducer) ----

#[wasm_bindgen_test]
fn clear_forgets_the_second_article_too() {
    let s = reduce(State::default(), Action::EditCompare("Article B.".into()));
    assert_eq!(s.compare_text, "Article B.");
    let s = reduce(reduce(s, Action::Edit("Article A.".into())), Action::Clear);
    assert_eq!((s.text.as_str(), s.compare_text.as_str()), ("", ""));
}

#[wasm_bindgen_test]
fn presentation_steps_through_the_article_and_every_view() {
    use lede::ui::state::{Slide, View};
    // Not presenting, a step does nothing.
    assert_eq!(reduce(State::default(), Action::Step(1)).presenting, None);
    let s = reduce(State::default(), Action::Present(true));
    assert_eq!(s.presenting, Some(Slide::Article));
    // (step, the slide it gives)
    let cases = [
        (-1, Slide::Article),
        (1, Slide::View(View::Findings)),
        (2, Slide::View(View::Sources)),
        (-1, Slide::View(View::ShareOfVoice)),
        (isize::MAX, Slide::View(View::Compare)),
        (1, Slide::View(View::Compare)),
        (isize::MIN, Slide::Article),
    ];
    let mut s = s;
    for (step, want) in cases {
        s = reduce(s, Action::Step(step));
        assert_eq!(s.presenting, Some(want), "step {step}");
        if let Slide::View(v) = want {
            assert_eq!(s.view, v, "step {step}: the view shown");
        }
    }
    let s = reduce(s, Action::Present(false));
    assert_eq!(s.presenting, None);
}
