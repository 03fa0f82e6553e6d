//! Corrections: the teacher fixes the findings in place. For the selected item: change a quote's
//! speaker, merge an actor into another, split a mention off, remove a finding; for words selected
//! in the article: add them as a person, organisation, quote, date or country. Below, "Your
//! corrections (n)": each with its own Undo, and an Undo of the last one. The model is
//! [`crate::workbench::corrections`]; the root keeps the list and passes the corrected report on.

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::report::{Mention, Report};
use crate::workbench::corrections::{self, Added, At, Correction, Finding};

#[derive(Properties, PartialEq)]
pub struct CorrectionsPanelProps {
    /// The analysed text.
    pub text: Rc<str>,
    /// The report as the analysis gave it (to tell which corrections still apply).
    pub base: Rc<Report>,
    /// The corrected report (what every view shows).
    pub report: Rc<Report>,
    pub corrections: Vec<Correction>,
    pub selected: Option<Item>,
    pub on_correct: Callback<Correction>,
    pub on_undo: Callback<usize>,
    pub on_undo_last: Callback<()>,
}

fn at(m: &Mention) -> At {
    At::new(m.start, m.end)
}

/// The value of a `<select>`, parsed as an index.
fn chosen(select: &NodeRef) -> Option<usize> {
    select.cast::<HtmlSelectElement>()?.value().parse().ok()
}

/// A button that emits one correction, built when it is pressed.
fn fix_button(
    id: &'static str,
    label: &'static str,
    on_correct: &Callback<Correction>,
    make: impl Fn() -> Option<Correction> + 'static,
) -> Html {
    let on_correct = on_correct.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(c) = make() {
            on_correct.emit(c);
        }
    });
    html! { <button {id} type="button" class="button" {onclick}>{ label }</button> }
}

/// The words of a mention list as `<option>`s: `1. “Ms Solberg”`.
fn mention_options<'a>(mentions: impl Iterator<Item = &'a str>) -> Html {
    mentions
        .enumerate()
        .map(|(i, m)| html! { <option value={i.to_string()}>{ format!("{}. “{m}”", i + 1) }</option> })
        .collect()
}

/// The actors as `<option>`s (value: index), leaving out `skip`.
fn actor_options(report: &Report, skip: Option<usize>) -> Html {
    report
        .actors
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != skip)
        .map(|(i, a)| html! { <option value={i.to_string()}>{ &a.name }</option> })
        .collect()
}

/// The tools for the selected item.
fn tools(props: &CorrectionsPanelProps, item: Item, refs: &[NodeRef; 3]) -> Html {
    let report = props.report.clone();
    let i = item.index;
    let on = &props.on_correct;
    let [first, second, _] = refs.clone();
    match item.category {
        Category::Quote => {
            let Some(q) = report.quotes.get(i) else {
                return Html::default();
            };
            let quote = At::new(q.start, q.end);
            let current = q
                .speaker
                .as_deref()
                .and_then(|id| report.actors.iter().position(|a| a.id == id));
            let r = report.clone();
            let pick = first.clone();
            let speaker = fix_button("correct-speaker", "Change speaker", on, move || {
                let speaker = match pick.cast::<HtmlSelectElement>()?.value().as_str() {
                    "none" => None,
                    v => Some(at(r.actors.get(v.parse::<usize>().ok()?)?.mentions.first()?)),
                };
                Some(Correction::Speaker { quote, speaker })
            });
            let remove = fix_button("remove-quote", "Remove this quote", on, move || {
                Some(Correction::Remove {
                    finding: Finding::Quote,
                    at: quote,
                })
            });
            html! {
                <div class="correct-tools" role="group" aria-label="Correct this quote">
                    <label for="speaker-choice">{ "Speaker" }</label>
                    <select id="speaker-choice" ref={first}>
                        { for report.actors.iter().enumerate().map(|(i, a)| html! {
                            <option value={i.to_string()} selected={current == Some(i)}>{ &a.name }</option>
                        }) }
                        <option value="none" selected={current.is_none()}>{ "Unattributed (nobody named)" }</option>
                    </select>
                    { speaker }
                    { remove }
                </div>
            }
        }
        Category::Actor => actor_tools(props, i, refs),
        Category::Date => {
            let Some(d) = report.dates.get(i) else {
                return Html::default();
            };
            let at = At::new(d.start, d.end);
            let remove = fix_button("remove-date", "Remove this date", on, move || {
                Some(Correction::Remove {
                    finding: Finding::Date,
                    at,
                })
            });
            html! { <div class="correct-tools" role="group" aria-label="Correct this date">{ remove }</div> }
        }
        Category::Source => {
            let Some(s) = report.sources.get(i) else {
                return Html::default();
            };
            let at = At::new(s.start, s.end);
            let remove = fix_button("remove-source", "Remove this source", on, move || {
                Some(Correction::Remove {
                    finding: Finding::Source,
                    at,
                })
            });
            html! { <div class="correct-tools" role="group" aria-label="Correct this source">{ remove }</div> }
        }
        Category::Hedge => {
            let Some(h) = report.hedges.get(i) else {
                return Html::default();
            };
            let at = At::new(h.start, h.end);
            let remove = fix_button("remove-hedge", "Remove this hedge", on, move || {
                Some(Correction::Remove {
                    finding: Finding::Hedge,
                    at,
                })
            });
            html! { <div class="correct-tools" role="group" aria-label="Correct this hedge">{ remove }</div> }
        }
        Category::Country => {
            let Some(c) = report.countries.get(i) else {
                return Html::default();
            };
            let mentions = c.mentions.clone();
            let pick = second.clone();
            let remove = fix_button("remove-country", "Remove this mention", on, move || {
                let m = mentions.get(chosen(&pick)?)?;
                Some(Correction::Remove {
                    finding: Finding::Country,
                    at: At::new(m.start, m.end),
                })
            });
            html! {
                <div class="correct-tools" role="group" aria-label="Correct this country">
                    <label for="country-mention">{ "Mention" }</label>
                    <select id="country-mention" ref={second}>{ mention_options(c.mentions.iter().map(|m| m.text.as_str())) }</select>
                    { remove }
                </div>
            }
        }
    }
}

fn actor_tools(props: &CorrectionsPanelProps, i: usize, refs: &[NodeRef; 3]) -> Html {
    let report = props.report.clone();
    let on = &props.on_correct;
    let Some(actor) = report.actors.get(i) else {
        return Html::default();
    };
    let Some(key) = actor.mentions.first().map(at) else {
        return Html::default();
    };
    let [first, second, _] = refs.clone();
    let remove = fix_button("remove-actor", "Remove this actor", on, move || {
        Some(Correction::Remove {
            finding: Finding::Actor,
            at: key,
        })
    });
    let r = report.clone();
    let pick = first.clone();
    let merge = fix_button("merge-actor", "Merge", on, move || {
        let into = at(r.actors.get(chosen(&pick)?)?.mentions.first()?);
        Some(Correction::Merge { actor: key, into })
    });
    let mentions = actor.mentions.clone();
    let pick = second.clone();
    let split = fix_button("split-mention", "Split off as a new actor", on, move || {
        Some(Correction::Split {
            mention: at(mentions.get(chosen(&pick)?)?),
        })
    });
    html! {
        <div class="correct-tools" role="group" aria-label="Correct this actor">
            { remove }
            if report.actors.len() > 1 {
                <span class="correct-row">
                    <label for="merge-into">{ format!("{} is the same as", actor.name) }</label>
                    <select id="merge-into" ref={first}>{ actor_options(&report, Some(i)) }</select>
                    { merge }
                </span>
            }
            if actor.mentions.len() > 1 {
                <span class="correct-row">
                    <label for="split-choice">{ "A mention that is someone else" }</label>
                    <select id="split-choice" ref={second}>{ mention_options(actor.mentions.iter().map(|m| m.text.as_str())) }</select>
                    { split }
                </span>
            }
        </div>
    }
}

/// The byte span of the document's selection when it lies in the article view, or `None`.
fn selection_span(text: &str) -> Option<At> {
    let document = web_sys::window()?.document()?;
    let view = document.get_element_by_id("article-view")?;
    let selection = document.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let inside = |n: web_sys::Node| view.contains(Some(&n));
    if !inside(range.start_container().ok()?) || !inside(range.end_container().ok()?) {
        return None;
    }
    let before = document.create_range().ok()?;
    before.select_node_contents(&view).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let start16 = before.to_string().length() as usize;
    let len16 = range.to_string().length() as usize;
    let start = byte_offset(text, start16)?;
    let end = byte_offset(text, start16 + len16)?;
    corrections::trim(text, At::new(start, end))
}

/// The byte offset of a UTF-16 offset into `text`.
fn byte_offset(text: &str, utf16: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return Some(i);
        }
        units += c.len_utf16();
    }
    (units >= utf16).then_some(text.len())
}

/// The buttons that add the words selected in the article. A date takes the value of a date found
/// with the same words; a country is one of the article's countries (the one named with the same
/// words first).
fn add_tools(
    report: &Report,
    text: &str,
    pending: Option<At>,
    code: &NodeRef,
    on_correct: &Callback<Correction>,
) -> Html {
    let Some(at) = pending else {
        return html! {
            <p class="hint">{ "To add a finding Lede missed, select its words in the article." }</p>
        };
    };
    let words = text.get(at.start..at.end).unwrap_or_default();
    let kinds = [
        (Added::Person, "Person", "add-person"),
        (Added::Organization, "Organisation", "add-organization"),
        (Added::Quote, "Quote", "add-quote"),
        (Added::Date, "Date", "add-date"),
    ];
    let date = corrections::suggest_value(report, text, Added::Date, at);
    let country = corrections::suggest_value(report, text, Added::Country, at);
    let pick = code.clone();
    let add_country = fix_button("add-country", "Country", on_correct, move || {
        let value = pick.cast::<HtmlSelectElement>()?.value();
        Some(Correction::Add {
            finding: Added::Country,
            at,
            value: Some(value),
        })
    });
    html! {
        <div class="correct-tools" role="group" aria-label="Add the selected words">
            <span class="correct-selection">{ format!("Add “{words}” as") }</span>
            { for kinds.into_iter().map(|(finding, label, id)| {
                let value = (finding == Added::Date).then(|| date.clone()).flatten();
                fix_button(id, label, on_correct, move || Some(Correction::Add { finding, at, value: value.clone() }))
            }) }
            if !report.countries.is_empty() {
                <span class="correct-row">
                    { add_country }
                    <label for="add-country-code" class="visually-hidden">{ "Which country" }</label>
                    <select id="add-country-code" ref={code.clone()}>
                        { for report.countries.iter().map(|c| html! {
                            <option value={c.code.clone()} selected={country.as_deref() == Some(c.code.as_str())}>
                                { format!("{} ({})", c.name, c.code) }
                            </option>
                        }) }
                    </select>
                </span>
            }
        </div>
    }
}

/// Where `words` occur next in `text` after `from` (wrapping around to the start).
pub fn next_occurrence(text: &str, words: &str, from: usize) -> Option<At> {
    let words = words.trim();
    if words.is_empty() {
        return None;
    }
    let mut from = from.min(text.len());
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let after = text[from..].find(words).map(|i| from + i);
    let start = after.or_else(|| text.find(words))?;
    Some(At::new(start, start + words.len()))
}

/// The keyboard's way to pick words to add: type them, and "Find" picks their next occurrence.
fn find_words(
    text: &Rc<str>,
    pending: &UseStateHandle<Option<At>>,
    field: &NodeRef,
    not_found: &UseStateHandle<bool>,
) -> Html {
    let onclick = {
        let (text, pending, field, not_found) =
            (text.clone(), pending.clone(), field.clone(), not_found.clone());
        Callback::from(move |_: MouseEvent| {
            let words = field
                .cast::<web_sys::HtmlInputElement>()
                .map(|f| f.value())
                .unwrap_or_default();
            let from = pending.map_or(0, |at| at.start + 1);
            let found = next_occurrence(&text, &words, from);
            not_found.set(found.is_none() && !words.trim().is_empty());
            if found.is_some() {
                pending.set(found);
            }
        })
    };
    html! {
        <div class="correct-tools">
            <label for="add-words">{ "Or type the words to add" }</label>
            <input id="add-words" type="text" ref={field.clone()} />
            <button id="find-words" type="button" class="button" {onclick}>{ "Find in the article" }</button>
            if **not_found { <span class="hint" role="status">{ "Those words are not in the article." }</span> }
        </div>
    }
}

#[function_component(CorrectionsPanel)]
pub fn corrections_panel(props: &CorrectionsPanelProps) -> Html {
    let refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    let pending = use_state_eq(|| None::<At>);
    let words_field = use_node_ref();
    let not_found = use_state_eq(|| false);
    let latest_text = use_mut_ref(|| props.text.clone());
    *latest_text.borrow_mut() = props.text.clone();
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                EventListener::new(&doc, "selectionchange", move |_| {
                    if let Some(at) = selection_span(&latest_text.borrow()) {
                        pending.set(Some(at));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // A new text (or a new report) forgets the selected words.
    {
        let pending = pending.clone();
        use_effect_with(props.text.clone(), move |_| pending.set(None));
    }
    let on_correct = {
        let (on, pending) = (props.on_correct.clone(), pending.clone());
        Callback::from(move |c: Correction| {
            if matches!(&c, Correction::Add { .. }) {
                pending.set(None);
            }
            on.emit(c);
        })
    };
    let effective = corrections::effective(&props.base, &props.text, &props.corrections);
    let n = props.corrections.len();
    let tools = match props.selected {
        Some(item) => tools(props, item, &refs),
        None => html! { <p class="hint">{ "Select a highlight or a list item to correct it." }</p> },
    };
    html! {
        <section id="corrections" class="corrections" aria-labelledby="corrections-heading">
            <h3 id="corrections-heading" class="corrections-title">{ "Correct the findings" }</h3>
            { tools }
            { add_tools(&props.report, &props.text, *pending, &refs[2], &on_correct) }
            { find_words(&props.text, &pending, &words_field, &not_found) }
            <h4 id="corrections-list-heading" class="corrections-count">{ format!("Your corrections ({n})") }</h4>
            if n == 0 {
                <p class="hint">{ "None yet. Each correction shows here, with a button to undo it." }</p>
            } else {
                <ol class="corrections-list" aria-labelledby="corrections-list-heading">
                    { for props.corrections.iter().enumerate().map(|(i, c)| {
                        let label = corrections::describe(&props.text, c);
                        let stale = !effective.get(i).copied().unwrap_or(true);
                        html! {
                            <li class={classes!("correction-item", stale.then_some("is-stale"))}>
                                <span class="correction-text">{ label.clone() }</span>
                                if stale { <span class="badge">{ "no longer applies" }</span> }
                                <button type="button" class="button button--quiet" aria-label={format!("Undo: {label}")}
                                    onclick={props.on_undo.reform(move |_| i)}>{ "Undo" }</button>
                            </li>
                        }
                    }) }
                </ol>
                <button id="undo-last" type="button" class="button" onclick={props.on_undo_last.reform(|_| ())}>
                    { "Undo last correction" }
                </button>
            }
        </section>
    }
}
