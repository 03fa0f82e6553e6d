//! The Yew web app (wasm32 only).
//!
//! One reducer at the root ([`state::State`]) holds what the reader did. The debounced text and date
//! go to the analysis [`Backend`]: a web worker in the app ([`worker::Analyser`]), so that typing and
//! scrolling never wait for it, or the analysis called in place (component tests). Leaf components in
//! [`components`] get data and callbacks. Nothing leaves the browser: files are read locally, the
//! exports are blob URLs, a share link carries the text in its fragment (which browsers never send),
//! and the text and date are kept in the browser's own storage.
//!
//! Opening the app with a share fragment (`#share=…`) starts from the text and date it carries
//! (they replace what was kept) and then removes the fragment from the address bar, so that the
//! address never holds a stale copy of a text being edited; the text is kept as usual from there.

pub mod audit;
pub mod batch;
pub mod components;
pub mod files;
pub mod hooks;
pub mod idb;
pub mod keep;
pub mod paste;
pub mod presentation;
pub mod second;
pub mod state;
pub mod storage;
pub mod worker;
pub mod world_map;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::analysis::Options;
use crate::report::Report;
use audit::AuditHandle;
use components::actors_panel::ActorsPanel;
use components::article_view::ArticleView;
use components::attribution_language::AttributionLanguage;
use components::audit_quotes::OpenQuote;
use components::audit_view::AuditView;
use components::compare_view::CompareView;
use components::corrections_panel::CorrectionsPanel;
use components::countries_panel::CountriesPanel;
use components::dates_panel::DatesPanel;
use components::diagnostics::Diagnostics;
use components::export_menu::ExportMenu;
use components::header::Header;
use components::input_panel::InputPanel;
use components::language_notice::LanguageNotice;
use components::presentation_bar::PresentationBar;
use components::quotes_panel::QuotesPanel;
use components::share_link::ShareLink;
use components::share_of_voice::ShareOfVoice;
use components::sources_view::SourcesView;
use components::summary::Summary;
use components::timeline_view::TimelineView;
use components::view_tabs::{panel_id, tab_id, ViewTabs};
use components::worksheet::Worksheet;
use hooks::use_debounced;
use second::Second;
use state::{Action, Slide, State, View};
use worker::{Analyser, Outcome, Request, Response};

use crate::workbench::corrections::{self, Correction};
use crate::workbench::explain::Descriptions;

/// How long typing must pause before the text is analysed.
pub const DEBOUNCE_MS: u32 = 250;

/// Texts longer than this (bytes) show a spinner while they are analysed.
pub const LARGE_TEXT: usize = 100_000;

/// Where the analysis runs.
#[derive(Clone)]
pub enum Backend {
    /// In a web worker started from this script URL.
    Worker(AttrValue),
    /// In place, on the page's thread (component tests). A function rather than a direct call, so that
    /// the app's own module does not carry the analysis.
    InPlace(fn(&str, &Options) -> Report),
}

impl PartialEq for Backend {
    fn eq(&self, other: &Backend) -> bool {
        match (self, other) {
            (Backend::Worker(a), Backend::Worker(b)) => a == b,
            (Backend::InPlace(_), Backend::InPlace(_)) => true,
            _ => false,
        }
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub backend: Backend,
    /// Keep the text and date in `localStorage`, and start from what was kept.
    #[prop_or(false)]
    pub persist: bool,
}

impl AppProps {
    /// The analysis in place, nothing kept (component tests).
    pub fn in_place() -> AppProps {
        AppProps {
            backend: Backend::InPlace(crate::analysis::analyse),
            persist: false,
        }
    }
}

/// The analysed text, its report and how long the analysis took.
#[derive(PartialEq)]
struct Analysis {
    /// The request it answers.
    id: u32,
    text: Rc<str>,
    report: Rc<Report>,
    millis: f64,
    /// The descriptions of the report's rules (from the worker; none in place).
    rules: Rc<Descriptions>,
}

impl Analysis {
    fn empty(id: u32) -> Analysis {
        Analysis {
            id,
            text: Rc::from(""),
            report: Rc::new(Report::default()),
            millis: 0.0,
            rules: Rc::default(),
        }
    }
}

/// A `performance.mark` (timings read by scripts/wasm-timing); the first of each name only.
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        if p.get_entries_by_name(name).length() == 0 {
            let _ = p.mark(name);
        }
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Runs `request` on the backend; the answer arrives through `done` (at once when in place).
fn run(backend: &Backend, analyser: &RefCell<Option<Analyser>>, request: Request, done: &Callback<Outcome>) {
    match backend {
        Backend::InPlace(analyse) => {
            let start = now();
            let report = analyse(&request.text, &worker::options(request.date.as_deref()));
            let response = Response {
                id: request.id,
                report,
                millis: now() - start,
                rules: Descriptions::default(),
            };
            done.emit(Outcome::Done {
                text: Rc::from(request.text),
                response,
            });
        }
        Backend::Worker(url) => {
            analyser
                .borrow_mut()
                .get_or_insert_with(|| Analyser::new(url, done.clone()))
                .request(request);
        }
    }
}

/// The analysis of each settled text and date (`request_id` counts them), and whether the analysis can
/// start at once (the worker is up).
#[hook]
fn use_analysis(
    backend: &Backend,
    debounced: &(String, Option<String>),
    request_id: u32,
    dispatcher: &UseReducerDispatcher<State>,
) -> (UseStateHandle<Rc<Analysis>>, bool) {
    let analysis = use_state(|| Rc::new(Analysis::empty(0)));
    let analyser = use_mut_ref(|| None::<Analyser>);
    // Whether the analysis can start at once (the worker is up); in place it always can.
    let engine_ready = use_state_eq(|| matches!(backend, Backend::InPlace(_)));
    let on_outcome = {
        let analysis = analysis.clone();
        let dispatcher = dispatcher.clone();
        let engine_ready = engine_ready.clone();
        use_callback((), move |outcome: Outcome, _| match outcome {
            Outcome::Ready => {
                mark("lede-analysis-ready");
                engine_ready.set(true);
            }
            Outcome::Done { text, response } => analysis.set(Rc::new(Analysis {
                id: response.id,
                text,
                report: Rc::new(response.report),
                millis: response.millis,
                rules: Rc::new(response.rules),
            })),
            Outcome::Failed { id, message } => {
                analysis.set(Rc::new(Analysis::empty(id)));
                dispatcher.dispatch(Action::Notice(message));
            }
        })
    };

    // Start the worker at once, so that its module loads and its tables are built while the reader
    // is still pasting.
    {
        let (backend, analyser, on_outcome) = (backend.clone(), analyser.clone(), on_outcome.clone());
        use_effect_with((), move |_| {
            if let Backend::Worker(url) = backend {
                analyser
                    .borrow_mut()
                    .get_or_insert_with(|| Analyser::new(&url, on_outcome));
            }
        });
    }

    // Analyse each settled text.
    {
        let (backend, analyser, analysis) = (backend.clone(), analyser.clone(), analysis.clone());
        let (text, date) = debounced.clone();
        use_effect_with(request_id, move |&id| {
            if text.is_empty() {
                analysis.set(Rc::new(Analysis::empty(id)));
            } else {
                run(&backend, &analyser, Request { id, text, date }, &on_outcome);
            }
        });
    }
    let ready = *engine_ready;
    (analysis, ready)
}

/// Keeps the settled text and date, in a task of their own (the browser copies a long text into
/// storage on the page's thread: not in the task that sends it to the worker); on leaving the page,
/// the latest ones (`input`).
#[hook]
fn use_keep_text(
    persist: bool,
    debounced: &(String, Option<String>),
    input: &(String, Option<String>),
    request_id: u32,
) {
    {
        let (text, date) = debounced.clone();
        use_effect_with(request_id, move |_| {
            if persist {
                gloo::timers::callback::Timeout::new(0, move || storage::save(&text, date.as_deref()))
                    .forget();
            }
        });
    }
    let latest = use_mut_ref(|| input.clone());
    *latest.borrow_mut() = input.clone();
    {
        let latest = latest.clone();
        use_effect_with(persist, move |&persist| {
            let listener = web_sys::window().filter(|_| persist).map(|window| {
                EventListener::new(&window, "pagehide", move |_| {
                    let (text, date) = &*latest.borrow();
                    storage::save(text, date.as_deref());
                })
            });
            move || drop(listener)
        });
    }
}

/// The page's own events: a share link opened while the app runs, a link to `#example`, and Escape.
#[hook]
fn use_page_listeners(dispatcher: &UseReducerDispatcher<State>) {
    // A share fragment has been read into the state: take it out of the address bar. A share link
    // opened while the app runs (the same page, another fragment) replaces the text too.
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            if keep::shared_in_fragment().is_some() {
                keep::clear_fragment();
            }
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    let Some(shared) = keep::shared_in_fragment() else {
                        return;
                    };
                    keep::clear_fragment();
                    dispatcher.dispatch(match shared {
                        Ok(shared) => Action::Restore {
                            corrections: corrections::decode(&shared.corrections),
                            text: shared.text,
                            date: shared.date,
                        },
                        Err(e) => Action::Notice(share_error(&e)),
                    });
                })
            });
            move || drop(listener)
        });
    }

    // A link to `#example` opens the app with the example loaded (handy for demonstrations).
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            if hash == "#example" {
                dispatcher.dispatch(Action::LoadExample);
            }
        });
    }

    // Escape clears the selection wherever the focus is.
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                EventListener::new(&doc, "keydown", move |e| {
                    if e.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
                        dispatcher.dispatch(Action::ClearSelection);
                    }
                })
            });
            move || drop(listener)
        });
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let persist = props.persist;
    let state = use_reducer(move || initial_state(persist));
    let dispatcher = state.dispatcher();
    let second =
        second::use_second_analysis(&props.backend, &state.compare_text, state.date.clone(), persist);
    let audit = audit::use_audit(&props.backend, persist, state.view == View::Audit);
    {
        let d = dispatcher.clone();
        presentation::use_presentation_keys(
            state.presenting.is_some(),
            Callback::from(move |a| d.dispatch(a)),
        );
    }

    let input = (state.text.clone(), state.date.clone());
    let debounced = use_debounced(input.clone(), if state.immediate { 0 } else { DEBOUNCE_MS });
    let counter = use_mut_ref(|| 0_u32);
    let request_id = {
        let counter = counter.clone();
        *use_memo(debounced.clone(), move |_| {
            *counter.borrow_mut() += 1;
            *counter.borrow()
        })
    };
    // The first paint: the page answers from here on (scripts/wasm-timing reads this mark).
    use_effect_with((), |_| mark("lede-interactive"));

    let (analysis, engine_ready) = use_analysis(&props.backend, &debounced, request_id, &dispatcher);

    use_keep_text(persist, &debounced, &input, request_id);
    use_page_listeners(&dispatcher);

    let status = if state.text.is_empty() {
        "empty"
    } else if debounced != input || analysis.id != request_id {
        "pending"
    } else {
        "ready"
    };
    let busy = status == "pending" && state.text.len() > LARGE_TEXT;
    // Every view shows the report with the teacher's corrections applied.
    let base = analysis.report.clone();
    let report = use_memo(
        (Corrected(base.clone()), state.corrections.clone()),
        |(Corrected(base), list)| Corrected(corrected(base, &analysis.text, list)),
    )
    .0
    .clone();
    {
        let list = state.corrections.clone();
        use_effect_with(list, move |list| {
            if persist {
                storage::save_corrections(list);
            }
        });
    }
    let (date_value, date_source) = match (&state.date, &report.reference_date) {
        (Some(d), _) => (d.clone(), "user"),
        (None, Some(d)) if status == "ready" => (d.clone(), "detected"),
        _ => (String::new(), "none"),
    };

    // One callback for the app's life: the article's chunks, whose props hold it, then render again
    // only when their own selection changes.
    let on_select = {
        let d = dispatcher.clone();
        use_callback((), move |item: Item, _| d.dispatch(Action::Select(item)))
    };
    let on_export = {
        let (text, report) = (analysis.text.clone(), report.clone());
        let list = state.corrections.clone();
        Callback::from(move |format: keep::Export| {
            if let Err(e) = keep::export(format, &text, &report, &list) {
                web_sys::console::error_1(&e);
            }
        })
    };
    let cb = |f: fn(String) -> Action| {
        let d = dispatcher.clone();
        Callback::from(move |s: String| d.dispatch(f(s)))
    };
    let act = |action: Action| {
        let d = dispatcher.clone();
        Callback::from(move |_: ()| d.dispatch(action.clone()))
    };

    let on_clear = {
        let d = dispatcher.clone();
        Callback::from(move |_: ()| {
            if persist {
                storage::clear();
            }
            keep::clear_fragment();
            d.dispatch(Action::Clear);
        })
    };
    let spinner = busy.then(|| {
        html! {
            <p class="busy" role="status">
                <span class="spinner" aria-hidden="true"></span>
                { format!("Analysing {} kB…", state.text.len() / 1000) }
            </p>
        }
    });

    let views = views(
        &state,
        &report,
        &analysis.text,
        &second,
        &audit,
        &on_select,
        &dispatcher,
    );

    let results = if analysis.text.is_empty() && state.view == View::Audit {
        html! { <div class="audit-only">{ views }</div> }
    } else if analysis.text.is_empty() {
        empty_state(act(Action::ShowView(View::Audit)))
    } else {
        html! {
            <>
                <LanguageNotice text={analysis.text.clone()} />
                <div class="results-grid">
                    { article_card(&analysis, &base, &report, &state, &on_select, &dispatcher) }
                    { views }
                </div>
                <p class="selection-hint">{ "Select an item to mark it in the text; Escape clears the selection." }</p>
                <Worksheet text={analysis.text.clone()} report={report.clone()} second={second.clone()} />
            </>
        }
    };

    let presentation_bar = state.presenting.map(|slide| {
        let d = dispatcher.clone();
        html! {
            <PresentationBar {slide} on_step={Callback::from(move |n| d.dispatch(Action::Step(n)))}
                on_leave={act(Action::Present(false))} />
        }
    });
    let slide = match state.presenting {
        None => None,
        Some(Slide::Article) => Some("article"),
        Some(Slide::View(_)) => Some("view"),
    };

    html! {
        <div class={classes!("app", state.large_text.then_some("app--large"), slide.map(|_| "app--present"))}
            data-slide={slide}>
            <a class="skip-link" href="#results">{ "Skip to results" }</a>
            <Header large_text={state.large_text} on_toggle_large_text={act(Action::ToggleLargeText)}
                on_present={act(Action::Present(true))} />
            { for presentation_bar }
            <main class="layout">
                <InputPanel
                    text={AttrValue::from(state.text.clone())}
                    date={AttrValue::from(date_value)}
                    {date_source}
                    notice={state.notice.clone().map(AttrValue::from)}
                    on_edit={cb(Action::Edit)}
                    on_replace={cb(Action::Replace)}
                    on_date={cb(Action::SetDate)}
                    on_notice={cb(Action::Notice)}
                    on_load_example={act(Action::LoadExample)}
                    {on_clear}
                >
                    <ExportMenu can_export={status == "ready"} {on_export} />
                    <ShareLink text={AttrValue::from(state.text.clone())}
                        date={state.date.clone().map(AttrValue::from)}
                        corrections={AttrValue::from(corrections::encode(&state.corrections))} />
                </InputPanel>
                <section id="results" class="results" data-status={status}
                    data-engine={if engine_ready { "ready" } else { "starting" }}
                    data-revision={request_id.to_string()} aria-live="polite" aria-busy={(status == "pending").to_string()}
                    tabindex="-1" aria-label="Results">
                    { for spinner }
                    { results }
                </section>
            </main>
            <footer class="site-footer">
                <p>{ "Lede analyses the text on this device. Nothing you paste, open or export is sent anywhere." }</p>
            </footer>
        </div>
    }
}

/// The tabs of the views and the view they select.
fn views(
    state: &State,
    report: &Rc<Report>,
    text: &Rc<str>,
    second: &Second,
    audit: &AuditHandle,
    on_select: &Callback<Item>,
    dispatcher: &UseReducerDispatcher<State>,
) -> Html {
    let on_edit = {
        let d = dispatcher.clone();
        Callback::from(move |s: String| d.dispatch(Action::EditCompare(s)))
    };
    let view = match state.view {
        View::Findings => html! {
            <div class="panels">
                <ActorsPanel report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
                <QuotesPanel report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
                <DatesPanel report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
                <CountriesPanel report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
            </div>
        },
        View::ShareOfVoice => html! {
            <ShareOfVoice report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
        },
        View::AttributionLanguage => html! {
            <AttributionLanguage text={text.clone()} report={report.clone()}
                selected={state.selected} on_select={on_select.clone()} />
        },
        View::Sources => html! {
            <SourcesView text={text.clone()} report={report.clone()} selected={state.selected}
                on_select={on_select.clone()} />
        },
        View::Timeline => html! {
            <TimelineView report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
        },
        View::Compare => html! {
            <CompareView report={report.clone()} text_b={AttrValue::from(state.compare_text.clone())}
                second={second.clone()} selected={state.selected} on_select={on_select.clone()}
                {on_edit} />
        },
        View::Audit => html! {
            <AuditView handle={audit.clone()} current_text={AttrValue::from(state.text.clone())}
                current_date={state.date.clone().map(AttrValue::from)} on_open={open_quote(dispatcher)} />
        },
    };
    let on_view = {
        let d = dispatcher.clone();
        Callback::from(move |view: View| d.dispatch(Action::ShowView(view)))
    };
    html! {
        <div class="views">
            <ViewTabs current={state.view} on_select={on_view} />
            <div class={classes!("view", format!("view--{}", state.view.slug()))} role="tabpanel"
                id={panel_id(state.view)} aria-labelledby={tab_id(state.view)}>
                { view }
            </div>
        </div>
    }
}

/// The article with its findings marked, the summary, the teacher's corrections and the diagnostics.
fn article_card(
    analysis: &Analysis,
    base: &Rc<Report>,
    report: &Rc<Report>,
    state: &State,
    on_select: &Callback<Item>,
    dispatcher: &UseReducerDispatcher<State>,
) -> Html {
    html! {
        <section class="card article-card" aria-labelledby="article-view-heading">
            <h2 id="article-view-heading" class="card-title">{ "Findings in the text" }</h2>
            <Summary report={report.clone()} millis={analysis.millis} />
            <ArticleView text={analysis.text.clone()} report={report.clone()} rules={analysis.rules.clone()}
                selected={state.selected} on_select={on_select.clone()} />
            <CorrectionsPanel text={analysis.text.clone()} base={base.clone()} report={report.clone()}
                corrections={state.corrections.clone()} selected={state.selected}
                on_correct={{ let d = dispatcher.clone(); Callback::from(move |c| d.dispatch(Action::Correct(c))) }}
                on_undo={{ let d = dispatcher.clone(); Callback::from(move |i| d.dispatch(Action::Undo(i))) }}
                on_undo_last={{ let d = dispatcher.clone(); Callback::from(move |_: ()| d.dispatch(Action::UndoLast)) }} />
            <Diagnostics report={report.clone()} />
        </section>
    }
}

/// What the results say before there is a text: what Lede does, and where to start.
fn empty_state(on_audit: Callback<()>) -> Html {
    html! {
        <div class="empty-state">
            <p class="empty-title">{ "Paste an article to see who is in it." }</p>
            <p>{ "Lede marks the people and organisations, the quotes and who said them, the dates \
                  and the countries, and lists each in a panel. Click an item to find it in the text." }</p>
            <p>{ "No article at hand? Use " }<strong>{ "Load example" }</strong>{ "." }</p>
            <p>{ "Many articles? The " }
                <button id="open-audit" type="button" class="button button--link"
                    onclick={on_audit.reform(|_: MouseEvent| ())}>{ "Voices audit" }</button>
                { " counts who is quoted across a whole set." }</p>
        </div>
    }
}

/// Opens an article of the audit's set above, with one of its quotes selected, on the Findings.
fn open_quote(dispatcher: &UseReducerDispatcher<State>) -> Callback<OpenQuote> {
    let d = dispatcher.clone();
    Callback::from(move |open: OpenQuote| {
        d.dispatch(Action::Restore {
            text: open.text,
            date: open.date,
            corrections: Vec::new(),
        });
        d.dispatch(Action::Select(Item::new(Category::Quote, open.quote)));
        d.dispatch(Action::ShowView(View::Findings));
    })
}

/// The report as pretty-printed `lede.report/1` JSON (absent values as `null`).
pub fn report_json(report: &Report) -> Result<js_sys::JsString, JsValue> {
    report_json_with(report, &[])
}

/// The (corrected) report as pretty-printed JSON with one more field, `corrections`: the teacher's
/// corrections as `{"op": "speaker", "quote": {"start", "end"}, "speaker": …}` objects (left out
/// when there are none).
pub fn report_json_with(report: &Report, list: &[Correction]) -> Result<js_sys::JsString, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = report.serialize(&serializer)?;
    if !list.is_empty() {
        js_sys::Reflect::set(&value, &"corrections".into(), &list.serialize(&serializer)?)?;
    }
    js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
}

/// The report with `list` applied; the report itself when there is nothing to apply.
fn corrected(base: &Rc<Report>, text: &str, list: &[Correction]) -> Rc<Report> {
    if list.is_empty() {
        base.clone()
    } else {
        Rc::new(corrections::apply(base, text, list))
    }
}

/// A memo key that compares reports by allocation (no deep comparison).
struct Corrected(Rc<Report>);

impl PartialEq for Corrected {
    fn eq(&self, other: &Corrected) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the reader is told about a share link that cannot be read.
fn share_error(e: &crate::workbench::share::Error) -> String {
    format!("This share link could not be opened: {e}. Nothing was restored from it.")
}

/// The state the app starts from: a share fragment's text and date, else (when kept) the text and
/// date of the last visit, else nothing.
fn initial_state(persist: bool) -> State {
    let compare_text = if persist {
        storage::load_compare()
    } else {
        String::new()
    };
    let start =
        |text: String, date: Option<String>, corrections: Vec<Correction>, notice: Option<String>| State {
            immediate: true,
            text,
            date,
            corrections,
            notice,
            compare_text: compare_text.clone(),
            ..State::default()
        };
    let notice = match keep::shared_in_fragment() {
        Some(Ok(shared)) => {
            let list = corrections::decode(&shared.corrections);
            return start(shared.text, shared.date, list, None);
        }
        Some(Err(e)) => Some(share_error(&e)),
        None => None,
    };
    if !persist {
        return State {
            notice,
            ..State::default()
        };
    }
    let (text, date) = storage::load();
    // Corrections belong to the kept text: none without it.
    let list = if text.is_empty() {
        Vec::new()
    } else {
        storage::load_corrections()
    };
    start(text, date, list, notice)
}

/// Mounts the app on the page's body, with the analysis in the worker whose script the page names in
/// `<meta name="lede-worker" content="...">` (written by `scripts/trunk-post-build`), keeping the text across reloads.
pub fn mount() {
    let worker = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=lede-worker]").ok().flatten())
        .and_then(|m| m.get_attribute("content"));
    let url = worker.unwrap_or_else(|| {
        web_sys::console::error_1(&"the page names no analysis worker (meta lede-worker)".into());
        "lede-worker_loader.js".into()
    });
    yew::Renderer::<App>::with_props(AppProps {
        backend: Backend::Worker(url.into()),
        persist: true,
    })
    .render();
}
