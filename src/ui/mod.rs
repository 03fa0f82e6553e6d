//! The Yew web app (wasm32 only).
//!
//! One reducer at the root ([`state::State`]) holds what the reader did; the report is derived from the
//! debounced text and date with `use_memo`, so typing never runs the analysis more than once per
//! pause. Leaf components in [`components`] get data and callbacks. Nothing leaves the browser: files
//! are read locally and the JSON export is a blob URL.

pub mod components;
pub mod hooks;
pub mod state;
pub mod world_map;

use std::rc::Rc;

use gloo::events::EventListener;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::analysis::highlight::Item;
use crate::analysis::{analyse, Date, Options};
use crate::report::Report;
use components::actors_panel::ActorsPanel;
use components::article_view::ArticleView;
use components::countries_panel::CountriesPanel;
use components::dates_panel::DatesPanel;
use components::diagnostics::Diagnostics;
use components::header::Header;
use components::input_panel::InputPanel;
use components::quotes_panel::QuotesPanel;
use components::summary::Summary;
use hooks::use_debounced;
use state::{Action, State};

/// How long typing must pause before the text is analysed.
pub const DEBOUNCE_MS: u32 = 250;

fn options(date: Option<&str>) -> Options {
    Options {
        reference_date: date.and_then(Date::parse_iso),
    }
}

/// The analysed text, its report and how long the analysis took.
#[derive(PartialEq)]
struct Analysis {
    text: Rc<str>,
    report: Rc<Report>,
    millis: f64,
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let dispatcher = state.dispatcher();

    let input = (state.text.clone(), state.date.clone());
    let debounced = use_debounced(input.clone(), if state.immediate { 0 } else { DEBOUNCE_MS });
    let revision = use_mut_ref(|| 0_u64);
    let analysis = {
        let revision = revision.clone();
        use_memo(debounced.clone(), move |(text, date)| {
            *revision.borrow_mut() += 1;
            let start = now();
            let report = Rc::new(analyse(text, &options(date.as_deref())));
            Analysis {
                text: Rc::from(text.as_str()),
                report,
                millis: now() - start,
            }
        })
    };

    // The analysis builds its tables on first use, which takes a moment: do it right after the first
    // paint rather than when the reader pastes an article.
    use_effect_with((), |_| {
        gloo::timers::callback::Timeout::new(30, || {
            let _ = analyse(
                "Ms Example said in Paris on Monday that Nato would meet.",
                &Options::default(),
            );
        })
        .forget();
    });

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

    let status = if state.text.is_empty() {
        "empty"
    } else if debounced != input {
        "pending"
    } else {
        "ready"
    };
    let report = analysis.report.clone();
    let (date_value, date_source) = match (&state.date, &report.reference_date) {
        (Some(d), _) => (d.clone(), "user"),
        (None, Some(d)) if status == "ready" => (d.clone(), "detected"),
        _ => (String::new(), "none"),
    };

    let d = dispatcher.clone();
    let on_select = Callback::from(move |item: Item| d.dispatch(Action::Select(item)));
    let on_export = {
        let state = state.clone();
        Callback::from(move |_| {
            let report = analyse(&state.text, &options(state.date.as_deref()));
            if let Err(e) = download_json(&report) {
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

    let results = if analysis.text.is_empty() {
        html! {
            <div class="empty-state">
                <p class="empty-title">{ "Paste an article to see who is in it." }</p>
                <p>{ "Lede marks the people and organisations, the quotes and who said them, the dates \
                      and the countries, and lists each in a panel. Click an item to find it in the text." }</p>
                <p>{ "No article at hand? Use " }<strong>{ "Load example" }</strong>{ "." }</p>
            </div>
        }
    } else {
        html! {
            <>
                <div class="results-grid">
                    <section class="card article-card" aria-labelledby="article-view-heading">
                        <h2 id="article-view-heading" class="card-title">{ "Findings in the text" }</h2>
                        <Summary report={report.clone()} millis={analysis.millis} />
                        <ArticleView text={analysis.text.clone()} report={report.clone()}
                            selected={state.selected} on_select={on_select.clone()} />
                        <Diagnostics report={report.clone()} />
                    </section>
                    <div class="panels">
                        <ActorsPanel report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
                        <QuotesPanel report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
                        <DatesPanel report={report.clone()} selected={state.selected} on_select={on_select.clone()} />
                        <CountriesPanel report={report.clone()} selected={state.selected} on_select={on_select} />
                    </div>
                </div>
                <p class="selection-hint">{ "Select an item to mark it in the text; Escape clears the selection." }</p>
            </>
        }
    };

    html! {
        <div class={classes!("app", state.large_text.then_some("app--large"))}>
            <a class="skip-link" href="#results">{ "Skip to results" }</a>
            <Header large_text={state.large_text} on_toggle_large_text={act(Action::ToggleLargeText)} />
            <main class="layout">
                <InputPanel
                    text={AttrValue::from(state.text.clone())}
                    date={AttrValue::from(date_value)}
                    {date_source}
                    notice={state.notice.clone().map(AttrValue::from)}
                    can_export={!state.text.is_empty()}
                    on_edit={cb(Action::Edit)}
                    on_replace={cb(Action::Replace)}
                    on_date={cb(Action::SetDate)}
                    on_notice={cb(Action::Notice)}
                    on_load_example={act(Action::LoadExample)}
                    on_clear={act(Action::Clear)}
                    {on_export}
                />
                <section id="results" class="results" data-status={status}
                    data-revision={revision.borrow().to_string()} aria-live="polite" aria-busy={(status == "pending").to_string()}
                    tabindex="-1" aria-label="Results">
                    { results }
                </section>
            </main>
            <footer class="site-footer">
                <p>{ "Lede analyses the text on this device. Nothing you paste, open or export is sent anywhere." }</p>
            </footer>
        </div>
    }
}

/// The report as pretty-printed `lede.report/1` JSON (absent values as `null`).
pub fn report_json(report: &Report) -> Result<js_sys::JsString, JsValue> {
    let value = report.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?;
    js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
}

/// Offers the report as a `lede-report.json` download through a blob URL.
fn download_json(report: &Report) -> Result<(), JsValue> {
    let json = report_json(report)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&json), &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download("lede-report.json");
    link.click();
    // Give the browser a moment to start the download before the URL goes away.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Mounts the app on the page's body.
pub fn mount() {
    yew::Renderer::<App>::new().render();
}
