//! The Compare view: a second article (B, pasted, typed or dropped) beside the first (A), with
//! the actors in both or only one, who is quoted in one but not the other, quotes per speaker, and
//! the countries and dates of each ([`workbench::compare`]). Actors of A mark their mentions in the
//! article when clicked.

use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::report::Report;
use crate::ui::components::data_table::DataTable;
use crate::ui::components::input_panel::{file_kind, file_text};
use crate::ui::second::Second;
use crate::workbench::compare::{compare, ActorRow, Comparison, Side};

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    /// Article A's report (the article above).
    pub report: Rc<Report>,
    /// Article B as typed.
    pub text_b: AttrValue,
    pub second: Second,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
    /// Article B changed.
    pub on_edit: Callback<String>,
}

/// Reads a dropped text file into `on_edit`; problems go to `on_problem`.
fn drop_handler(
    reader: Rc<std::cell::RefCell<Option<FileReader>>>,
    on_edit: Callback<String>,
    on_problem: UseStateHandle<Option<String>>,
) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        let Some(file) = e.data_transfer().and_then(|dt| dt.files()).and_then(|f| f.get(0)) else {
            return; // dropped text: the textarea takes it the browser's own way
        };
        e.prevent_default();
        let Some(kind) = file_kind(&file) else {
            on_problem.set(Some(format!(
                "“{}” is not a text, Markdown or HTML file.",
                file.name()
            )));
            return;
        };
        let (on_edit, on_problem, done) = (on_edit.clone(), on_problem.clone(), reader.clone());
        let name = file.name();
        let task = gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |result| {
            match result {
                Ok(content) => match file_text(kind, content) {
                    Some(text) => {
                        on_problem.set(None);
                        on_edit.emit(text);
                    }
                    None => on_problem.set(Some(format!("“{name}” holds no text to analyse."))),
                },
                Err(_) => on_problem.set(Some(format!("“{name}” could not be read as text."))),
            }
            done.borrow_mut().take();
        });
        *reader.borrow_mut() = Some(task);
    })
}

#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let reader = use_mut_ref(|| None::<FileReader>);
    let problem = use_state(|| None::<String>);
    let (oninput, onpaste) = crate::ui::paste::field_handlers(&props.on_edit);
    let ondrop = drop_handler(reader, props.on_edit.clone(), problem.clone());
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let body = match &props.second {
        Second::Empty => html! {
            <p class="compare-status" id="compare-status">
                { "Paste or drop a second article on the same story (B) to compare it with the article above (A)." }
            </p>
        },
        Second::Pending => html! {
            <p class="compare-status" id="compare-status" role="status">{ "Analysing article B…" }</p>
        },
        Second::Failed(message) => html! {
            <p class="notice" id="compare-status" role="alert">{ message.clone() }</p>
        },
        Second::Ready { report, .. } => {
            let comparison = compare(&props.report, report);
            results(props, &comparison)
        }
    };
    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading" class="view-title">{ "Compare" }</h2>
            <div class="dropzone compare-drop" {ondragover} {ondrop}>
                <label for="compare-input" class="field-label">{ "Article B" }</label>
                <textarea id="compare-input" class="article-input compare-input" spellcheck="false" rows="6"
                    placeholder="Paste a second article here, or drop a .txt file onto this box."
                    aria-describedby="compare-hint"
                    value={props.text_b.clone()} {oninput} {onpaste} />
            </div>
            <p id="compare-hint" class="hint">
                { "The article above is A. B is read with the publication date set above, if any; else with its own dateline." }
            </p>
            <div class="toolbar compare-toolbar">
                <button id="compare-clear" type="button" class="button" disabled={props.text_b.is_empty()}
                    onclick={props.on_edit.reform(|_| String::new())}>{ "Clear article B" }</button>
            </div>
            if let Some(problem) = &*problem {
                <p class="notice" role="alert">{ problem.clone() }</p>
            }
            { body }
        </section>
    }
}

fn results(props: &CompareViewProps, c: &Comparison) -> Html {
    let count = |side| c.actors_on(side).count();
    let (both, only_a, only_b) = (count(Side::Both), count(Side::OnlyA), count(Side::OnlyB));
    let tables = c.tables();
    html! {
        <div class="compare-results" id="compare-results">
            <p class="compare-summary" id="compare-summary">
                { format!("A names {} actors, B names {}; {both} in both, {only_a} only in A, {only_b} only in B.",
                    both + only_a, both + only_b) }
            </p>
            <section class="compare-section" aria-labelledby="compare-actors-heading">
                <h3 id="compare-actors-heading">{ "Actors" }</h3>
                <div class="compare-columns">
                    { for [Side::Both, Side::OnlyA, Side::OnlyB].map(|side| actor_column(props, c, side)) }
                </div>
            </section>
            { quoted_in_one(c) }
            <section class="compare-section" aria-labelledby="compare-voice-heading">
                <h3 id="compare-voice-heading">{ "Quotes per speaker" }</h3>
                <DataTable id="compare-voice" table={tables[1].clone()} caption="Quotes per speaker in A and in B"
                    empty="Neither article has a quote." />
            </section>
            <section class="compare-section" aria-labelledby="compare-places-heading">
                <h3 id="compare-places-heading">{ "Countries and dates" }</h3>
                <DataTable id="compare-countries" table={tables[2].clone()} caption="Countries in A and in B"
                    empty="Neither article names a country." />
                <DataTable id="compare-dates" table={tables[3].clone()} caption="Dates in A and in B"
                    empty="Neither article has a date." />
            </section>
        </div>
    }
}

fn actor_column(props: &CompareViewProps, c: &Comparison, side: Side) -> Html {
    let rows: Vec<&ActorRow> = c.actors_on(side).collect();
    let title = match side {
        Side::Both => "In both",
        Side::OnlyA => "Only in A",
        Side::OnlyB => "Only in B",
    };
    let heading = format!("compare-{}-heading", side.slug());
    html! {
        <div class={classes!("compare-col", format!("compare-col--{}", side.slug()))}
            id={format!("compare-{}", side.slug())}>
            <h4 id={heading.clone()}>
                <span class="compare-mark" aria-hidden="true">{ mark(side) }</span>
                { format!("{title} ({})", rows.len()) }
            </h4>
            if rows.is_empty() {
                <p class="panel-empty">{ "None." }</p>
            } else {
                <ul aria-labelledby={heading}>{ for rows.into_iter().map(|r| actor_item(props, r)) }</ul>
            }
        </div>
    }
}

/// A symbol per side, so that the columns differ without colour.
fn mark(side: Side) -> &'static str {
    match side {
        Side::Both => "=",
        Side::OnlyA => "A",
        Side::OnlyB => "B",
    }
}

fn actor_item(props: &CompareViewProps, row: &ActorRow) -> Html {
    let also = row
        .name_b
        .as_ref()
        .map(|n| html! { <span class="compare-also">{ format!(" (B: {n})") }</span> });
    let name = html! { <><span class="compare-name">{ &row.name }</span>{ for also }</> };
    match row.a {
        Some(i) => {
            let item = Item::new(Category::Actor, i);
            html! {
                <li data-name={row.name.clone()}>
                    <button type="button" class="compare-actor" aria-pressed={(props.selected == Some(item)).to_string()}
                        title="Mark in article A" onclick={props.on_select.reform(move |_| item)}>
                        { name }
                    </button>
                </li>
            }
        }
        None => html! { <li data-name={row.name.clone()}>{ name }</li> },
    }
}

fn quoted_in_one(c: &Comparison) -> Html {
    let rows: Vec<&ActorRow> = c.actors.iter().filter(|r| r.quoted_in_one_only()).collect();
    let say = |r: &ActorRow| {
        let times = |n: usize| {
            if n == 1 {
                "once".to_string()
            } else {
                format!("{n} times")
            }
        };
        let absent = |here: bool| if here { "not quoted" } else { "not named" };
        if r.quotes_a > 0 {
            format!(
                "quoted {} in A; {} in B",
                times(r.quotes_a),
                absent(r.b.is_some())
            )
        } else {
            format!(
                "quoted {} in B; {} in A",
                times(r.quotes_b),
                absent(r.a.is_some())
            )
        }
    };
    html! {
        <section class="compare-section" aria-labelledby="compare-quoted-heading">
            <h3 id="compare-quoted-heading">{ "Quoted in one article only" }</h3>
            if rows.is_empty() {
                <p class="panel-empty">{ "Nobody is quoted in one article and not the other." }</p>
            } else {
                <ul class="compare-quoted" id="compare-quoted">
                    { for rows.into_iter().map(|r| html! {
                        <li data-name={r.name.clone()} data-side={if r.quotes_a > 0 { "a" } else { "b" }}>
                            <span class="compare-name">{ &r.name }</span>{ ": " }{ say(r) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
