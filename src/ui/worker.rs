//! The analysis in a web worker, so that the page never waits for it.
//!
//! Both sides live here: [`serve`] runs inside the worker (the app's own module, started there by
//! `src/main.rs`), [`Analyser`] is the page's handle on it. The protocol is three
//! messages, serialised with serde-wasm-bindgen (structured clones, no JSON text):
//!
//! - worker → page `"ready"`: the module is instantiated and its tables are built;
//! - page → worker [`Request`] `{id, text, date}`;
//! - worker → page, for each request, the report in parts (`workbench::parts`): messages
//!   `{id, index, count, millis, rules, report}`, the first with the report's head and first findings,
//!   each small enough for the page to decode in a short task; the page puts them together into
//!   one [`Response`];
//! - page → worker [`Batch`] `{batch: [Request, ...]}`: one answer per request, in order, as soon as
//!   it is ready: `{id, millis, report_json}`, the report as JSON text (the voices audit,
//!   [`super::batch`]): the page parses it in a fraction of the time a JS object takes to decode
//!   field by field, keeps it in IndexedDB and sends it to the audit as it came (a string is copied
//!   between threads in one piece);
//! - page → worker [`AuditJob`] `{audit: {revision, articles, edits}}`, or the same with each
//!   article's report as the JSON text its worker made (`{audit_reports: {revision, articles: [{id,
//!   title, date, report_json}], edits}}`, what the page sends): the voices audit of a whole set
//!   (`crate::audit::audit`), answered by one message `{audit_json}`: the [`Audited`] `{revision,
//!   audited, millis}` as JSON text, which the page parses in a few milliseconds, so that the
//!   aggregation never holds up the page.
//!
//! Every worker is sent the page's own compiled `WebAssembly.Module` as its first message
//! ([`spawn`], the script started as `URL#module`), so the module is compiled once (and its hot
//! code optimised once) for the page and all its workers; started as `URL`, the script fetches and
//! compiles the module itself.
//!
//! A worker analyses one text at a time and cannot be interrupted, so a request made while another
//! is still running ends that worker and starts a fresh one (the stale analysis is cancelled, not
//! waited for). A worker that fails (a crash, a script that cannot load) is restarted and the last
//! request sent again, twice at most; then the failure is reported.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use crate::analysis::{analyse, Date, Options};
use crate::report::Report;
use crate::ui::components::input_panel::{file_kind, file_text, FileKind};
use crate::workbench::explain::Descriptions;
use crate::workbench::parts;

/// The page asks for one analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    pub text: String,
    /// `YYYY-MM-DD`, or none to detect the publication date in the text.
    pub date: Option<String>,
}

/// The worker's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: u32,
    pub report: Report,
    /// How long the analysis took inside the worker.
    pub millis: f64,
    /// The descriptions of the rules the report names ("Why this?"): the rule tables stay in the
    /// worker.
    #[serde(default)]
    pub rules: Descriptions,
}

/// One part of an answer, as sent: part `index` of `count` (the rule descriptions come with the
/// first).
#[derive(Debug, Serialize, Deserialize)]
struct Part {
    id: u32,
    index: u32,
    count: u32,
    millis: f64,
    #[serde(default)]
    rules: Descriptions,
    report: Report,
}

/// Several articles at once (the voices audit): each is answered by its own [`Response`], without
/// the rules' descriptions, as soon as it is analysed, so the page can show the progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    pub batch: Vec<Request>,
}

/// The voices audit of a set, made in the worker: see [`AuditInput`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditJob {
    pub audit: AuditInput,
}

/// What the audit reads: the articles with their reports (their texts may be left empty: the
/// aggregation reads only the reports) and the user's edits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditInput {
    /// Sent back with the answer, so that the page can tell a stale one.
    pub revision: u32,
    pub articles: Vec<crate::audit::Article>,
    #[serde(default)]
    pub edits: crate::audit::Edits,
}

/// The worker's answer to an [`AuditJob`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Audited {
    pub revision: u32,
    pub audited: crate::audit::Audit,
    /// How long the aggregation took inside the worker.
    pub millis: f64,
}

pub(crate) const READY: &str = "ready";

/// The key of the worker's answer to an [`AuditJob`]: the [`Audited`] as JSON text.
pub(crate) const AUDIT_JSON: &str = "audit_json";

/// The key of a [`Batch`] answer's report, as JSON text.
pub(crate) const REPORT_JSON: &str = "report_json";

/// The key of an audit job whose reports are JSON text ([`ReportsJob`]).
pub(crate) const AUDIT_REPORTS: &str = "audit_reports";

/// The key of a report the page forwards to the audit's worker as soon as it arrives
/// ([`KeptReport`]), so that the audit finds it parsed.
pub(crate) const AUDIT_REPORT: &str = "audit_report";

/// The key of the page's request to read chosen files (`{read: [{index, file}, ...]}`): the worker
/// reads them all at once (on the page, asking a chosen file's size and starting its read block the
/// page for a millisecond or two each) and answers each as it is read with `{read_index, name,
/// text, html, skipped}` ([`FileRead`]).
pub(crate) const READ: &str = "read";

/// The key of the answer to one file of a [`READ`] request.
pub(crate) const READ_INDEX: &str = "read_index";

/// What became of one chosen file read in a worker.
#[derive(Clone, Debug, PartialEq)]
pub struct FileRead {
    /// Its place in the request.
    pub index: usize,
    pub name: String,
    /// The article text (HTML still as markup: the page, which has a DOM parser, converts it);
    /// none when the file is left out (not text, or larger than [`MAX_FILE_BYTES`]) or cannot
    /// be read.
    pub text: Option<String>,
    /// The file is HTML.
    pub html: bool,
    /// Left out for its kind or size (counted in a notice), not for a failed read.
    pub skipped: bool,
}

/// Files larger than this are left out of the voices audit's set.
pub const MAX_FILE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// The kind of a chosen file, when the set takes it (text, Markdown or HTML of at most
/// [`MAX_FILE_BYTES`]).
pub fn taken_kind(file: &web_sys::File) -> Option<FileKind> {
    file_kind(file).filter(|_| file.size() <= MAX_FILE_BYTES)
}

/// One chosen file's outcome: left out when `kind` is none; else its `content` (none when the read
/// failed) as text, Markdown turned into text, HTML kept as markup (see [`FileRead`]).
pub fn file_read(index: usize, name: String, kind: Option<FileKind>, content: Option<String>) -> FileRead {
    let Some(kind) = kind else {
        return FileRead {
            index,
            name,
            text: None,
            html: false,
            skipped: true,
        };
    };
    let html = kind == FileKind::Html;
    let text = content.and_then(|c| if html { Some(c) } else { file_text(kind, c) });
    FileRead {
        index,
        name,
        text,
        html,
        skipped: false,
    }
}

/// Reads the files of a [`READ`] request and posts each one's [`FileRead`] as soon as it is read.
fn answer_reads(scope: &web_sys::DedicatedWorkerGlobalScope, list: &js_sys::Array) {
    for item in list.iter() {
        let get = |k: &str| js_sys::Reflect::get(&item, &k.into()).ok();
        let (Some(index), Some(file)) = (
            get("index").and_then(|i| i.as_f64()),
            get("file").and_then(|f| f.dyn_into::<web_sys::File>().ok()),
        ) else {
            continue;
        };
        let Some(kind) = taken_kind(&file) else {
            post_read(scope, file_read(index as usize, file.name(), None, None));
            continue;
        };
        // Every read at once: each waits on the browser, not on this thread.
        let scope = scope.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let content = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            post_read(
                &scope,
                file_read(index as usize, file.name(), Some(kind), content),
            );
        });
    }
}

/// Posts one file's [`FileRead`] to the page.
fn post_read(scope: &web_sys::DedicatedWorkerGlobalScope, read: FileRead) {
    let message = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&message, &k.into(), &v).is_ok();
    let ok = set(READ_INDEX, (read.index as f64).into())
        && set("name", read.name.into())
        && set("text", read.text.map_or(JsValue::NULL, JsValue::from))
        && set("html", read.html.into())
        && set("skipped", read.skipped.into());
    if ok {
        let _ = scope.post_message(&message);
    }
}

/// Reads a worker's answer to one file of a [`READ`] request.
pub(crate) fn read_file_answer(data: &JsValue) -> Option<FileRead> {
    let get = |k: &str| js_sys::Reflect::get(data, &k.into()).ok();
    let index = get(READ_INDEX)?.as_f64()? as usize;
    Some(FileRead {
        index,
        name: get("name").and_then(|n| n.as_string()).unwrap_or_default(),
        text: get("text").and_then(|t| t.as_string()),
        html: get("html").and_then(|h| h.as_bool()).unwrap_or(false),
        skipped: get("skipped").and_then(|s| s.as_bool()).unwrap_or(false),
    })
}

/// An article of an audit job as the page sends it: the fingerprint of what was analysed, and its
/// report as the JSON text a worker made (`report_json`, read only when the worker does not keep
/// that report already).
#[derive(Deserialize)]
struct JobArticle {
    id: String,
    title: String,
    date: Option<String>,
    #[serde(default)]
    fingerprint: Option<String>,
}

/// An [`AuditInput`] whose reports are JSON text.
#[derive(Deserialize)]
struct ReportsJob {
    revision: u32,
    articles: Vec<JobArticle>,
    #[serde(default)]
    edits: crate::audit::Edits,
}

/// A report forwarded to the audit's worker as it arrived: `{id, fingerprint, report_json}`.
#[derive(Deserialize)]
struct KeptReport {
    id: String,
    fingerprint: String,
    report_json: String,
}

thread_local! {
    /// In the audit's worker: the reports of the set, parsed once, by article id, with the
    /// fingerprint of what was analysed.
    static KEPT: RefCell<HashMap<String, (String, Report)>> = RefCell::new(HashMap::new());
}

/// Parses and keeps a report forwarded by the page.
fn keep_report(kept: KeptReport) {
    if let Ok(report) = serde_json::from_str(&kept.report_json) {
        KEPT.with(|k| k.borrow_mut().insert(kept.id, (kept.fingerprint, report)));
    }
}

impl ReportsJob {
    /// The audit's input (each report as kept, else parsed from the job's `raw` articles), with
    /// each article's fingerprint; an article whose report does not parse is left out.
    fn input(self, raw: &js_sys::Array) -> (AuditInput, Vec<Option<String>>) {
        let mut fingerprints = Vec::new();
        let articles = KEPT.with(|kept| {
            let mut kept = kept.borrow_mut();
            (0..)
                .zip(self.articles)
                .filter_map(|(i, a)| {
                    let report = match kept.remove(&a.id) {
                        Some((fp, report)) if a.fingerprint.as_ref() == Some(&fp) => report,
                        _ => {
                            let json = js_sys::Reflect::get(&raw.get(i), &REPORT_JSON.into()).ok()?;
                            serde_json::from_str(&json.as_string()?).ok()?
                        }
                    };
                    fingerprints.push(a.fingerprint);
                    Some(crate::audit::Article {
                        report,
                        id: a.id,
                        title: a.title,
                        date: a.date,
                        text: String::new(),
                    })
                })
                .collect()
        });
        let input = AuditInput {
            revision: self.revision,
            articles,
            edits: self.edits,
        };
        (input, fingerprints)
    }
}

/// How often a failed worker is restarted for the same request before the failure is reported.
const MAX_RESTARTS: u32 = 2;

/// The options for an analysis of `date` (`YYYY-MM-DD`, or none to detect it).
pub fn options(date: Option<&str>) -> Options {
    Options {
        reference_date: date.and_then(Date::parse_iso),
    }
}

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, serde_wasm_bindgen::Error> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

// ---------------------------------------------------------------------------------------------------
// Inside the worker.

fn worker_now(scope: &web_sys::DedicatedWorkerGlobalScope) -> f64 {
    scope.performance().map_or(0.0, |p| p.now())
}

/// Analyses one request and posts its report in parts, the rules' descriptions with the first.
fn answer_in_parts(scope: &web_sys::DedicatedWorkerGlobalScope, request: Request) {
    let start = worker_now(scope);
    let report = analyse(&request.text, &options(request.date.as_deref()));
    let mut rules = Descriptions::of(&report);
    let millis = worker_now(scope) - start;
    let cut = parts::split(report, parts::PART_SIZE);
    let count = cut.len() as u32;
    for (index, report) in (0..).zip(cut) {
        let part = Part {
            id: request.id,
            index,
            count,
            millis,
            rules: std::mem::take(&mut rules),
            report,
        };
        if let Ok(value) = to_js(&part) {
            let _ = scope.post_message(&value);
        }
    }
}

/// Analyses one request of a [`Batch`] and posts `{id, millis, report_json, reference_date,
/// quotes}`: the report as JSON text, and what the page shows of it at once (so that it need not
/// parse the report until it is asked for: see [`Arrived`]).
fn answer_whole(scope: &web_sys::DedicatedWorkerGlobalScope, request: Request) {
    let start = worker_now(scope);
    let report = analyse(&request.text, &options(request.date.as_deref()));
    let millis = worker_now(scope) - start;
    let Ok(json) = serde_json::to_string(&report) else {
        return;
    };
    let date = report.reference_date.map_or(JsValue::NULL, JsValue::from);
    let message = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&message, &k.into(), &v).is_ok();
    if set("id", request.id.into())
        && set("millis", millis.into())
        && set("reference_date", date)
        && set("quotes", (report.quotes.len() as f64).into())
        && set(REPORT_JSON, json.into())
    {
        let _ = scope.post_message(&message);
    }
}

/// A [`Batch`] answer as the page reads it: the report's JSON text as it came (kept, sent to the
/// audit and parsed only when a view asks for the report) and what is shown of it at once.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrived {
    pub id: u32,
    pub raw: JsValue,
    pub reference_date: Option<String>,
    pub quotes: usize,
}

/// Reads a [`Batch`] answer (`{id, millis, report_json, reference_date, quotes}`).
pub(crate) fn read_answer(data: &JsValue) -> Option<Arrived> {
    let get = |k: &str| js_sys::Reflect::get(data, &k.into()).ok();
    Some(Arrived {
        id: get("id")?.as_f64()? as u32,
        raw: get(REPORT_JSON).filter(JsValue::is_string)?,
        reference_date: get("reference_date").and_then(|d| d.as_string()),
        quotes: get("quotes")?.as_f64()? as usize,
    })
}

/// Starts a worker from the script at `url` and sends it the page's compiled module, so that it
/// needs neither to fetch nor to compile it (`#module` tells the script to wait for it; started
/// without, the script fetches the module itself).
pub(crate) fn spawn(url: &str) -> Result<web_sys::Worker, JsValue> {
    let worker = web_sys::Worker::new(&format!("{url}#module"))?;
    worker.post_message(&wasm_bindgen::module())?;
    Ok(worker)
}

/// Audits a set ([`AuditJob`]) and posts the [`Audited`] answer; the reports with a fingerprint
/// are kept for the next audit (after an edit), the others forgotten.
fn answer_audit(
    scope: &web_sys::DedicatedWorkerGlobalScope,
    input: AuditInput,
    fingerprints: Vec<Option<String>>,
) {
    let start = worker_now(scope);
    let audited = crate::audit::audit(&input.articles, &input.edits);
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        k.clear();
        for (a, fp) in input.articles.into_iter().zip(fingerprints) {
            if let Some(fp) = fp {
                k.insert(a.id, (fp, a.report));
            }
        }
    });
    let answer = Audited {
        revision: input.revision,
        audited,
        millis: worker_now(scope) - start,
    };
    if let Ok(json) = serde_json::to_string(&answer) {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &AUDIT_JSON.into(), &json.into());
        let _ = scope.post_message(&message);
    }
}

/// Runs in the worker: answers every [`Request`] in parts, every [`Batch`] with one whole
/// [`Response`] per request, each posted as soon as it is ready, and every [`AuditJob`] with its
/// [`Audited`].
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let listener = EventListener::new(&scope, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let data = event.data();
        let field = |k: &str| {
            js_sys::Reflect::get(&data, &k.into())
                .ok()
                .filter(|v| v.is_object())
        };
        if let Some(list) = field(READ) {
            answer_reads(&reply_to, list.unchecked_ref());
        } else if let Some(kept) = field(AUDIT_REPORT) {
            if let Ok(kept) = serde_wasm_bindgen::from_value::<KeptReport>(kept) {
                keep_report(kept);
            }
        } else if let Some(job) = field(AUDIT_REPORTS) {
            let raw = js_sys::Reflect::get(&job, &"articles".into()).unwrap_or_default();
            if let Ok(job) = serde_wasm_bindgen::from_value::<ReportsJob>(job) {
                let (input, fingerprints) = job.input(&raw.unchecked_into());
                answer_audit(&reply_to, input, fingerprints);
            }
        } else if let Ok(request) = serde_wasm_bindgen::from_value::<Request>(event.data()) {
            answer_in_parts(&reply_to, request);
        } else if let Ok(batch) = serde_wasm_bindgen::from_value::<Batch>(event.data()) {
            for request in batch.batch {
                answer_whole(&reply_to, request);
            }
        } else if let Ok(job) = serde_wasm_bindgen::from_value::<AuditJob>(event.data()) {
            answer_audit(&reply_to, job.audit, Vec::new());
        }
    });
    listener.forget();
    // Build the tables now, while the reader is still pasting, then say so.
    let _ = analyse(
        "Ms Example said in Paris on Monday that Nato would meet.",
        &Options::default(),
    );
    let _ = scope.post_message(&JsValue::from_str(READY));
}

// ---------------------------------------------------------------------------------------------------
// In the page.

/// What became of a request.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A worker has started and built its tables (after each restart too).
    Ready,
    /// The analysis of `text` (the request's text).
    Done { text: Rc<str>, response: Response },
    /// The worker failed on this request, repeatedly.
    Failed { id: u32, message: String },
}

/// The page's handle on the analysis worker.
pub struct Analyser {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    url: String,
    worker: Option<web_sys::Worker>,
    listeners: Vec<EventListener>,
    ready: bool,
    /// The latest request not yet answered, and whether the current worker has it.
    pending: Option<(Request, Rc<str>)>,
    sent: bool,
    /// The answer to the pending request put together so far, and the parts it still lacks.
    partial: Option<(Response, u32)>,
    restarts: u32,
    on_outcome: Callback<Outcome>,
    this: Weak<RefCell<Inner>>,
}

impl Analyser {
    /// Starts a worker from the script at `url`; outcomes go to `on_outcome`.
    pub fn new(url: &str, on_outcome: Callback<Outcome>) -> Analyser {
        let inner = Rc::new_cyclic(|this| {
            RefCell::new(Inner {
                url: url.to_string(),
                worker: None,
                listeners: Vec::new(),
                ready: false,
                pending: None,
                sent: false,
                partial: None,
                restarts: 0,
                on_outcome,
                this: this.clone(),
            })
        });
        inner.borrow_mut().start();
        Analyser { inner }
    }

    /// Asks for an analysis; a request still running is cancelled.
    pub fn request(&self, request: Request) {
        let mut inner = self.inner.borrow_mut();
        if inner.worker.is_none() || (inner.pending.is_some() && inner.sent) {
            inner.start();
        }
        let text: Rc<str> = Rc::from(request.text.as_str());
        inner.pending = Some((request, text));
        inner.partial = None;
        inner.sent = false;
        inner.restarts = 0;
        inner.send();
    }

    /// Whether the worker has started and built its tables.
    pub fn is_ready(&self) -> bool {
        self.inner.borrow().ready
    }
}

impl Drop for Analyser {
    fn drop(&mut self) {
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            inner.stop();
        }
    }
}

impl Inner {
    fn stop(&mut self) {
        self.listeners.clear();
        if let Some(worker) = self.worker.take() {
            worker.terminate();
        }
        self.ready = false;
        self.sent = false;
        self.partial = None;
    }

    /// (Re)starts the worker; the pending request is sent once it is ready.
    fn start(&mut self) {
        self.stop();
        let worker = match spawn(&self.url) {
            Ok(worker) => worker,
            Err(e) => {
                web_sys::console::error_2(&"cannot start the analysis worker".into(), &e);
                return;
            }
        };
        let this = self.this.clone();
        let on_message = EventListener::new(&worker, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            if let Some(inner) = this.upgrade() {
                let outcome = inner.borrow_mut().received(event.data());
                if let Some(outcome) = outcome {
                    let callback = inner.borrow().on_outcome.clone();
                    callback.emit(outcome);
                }
            }
        });
        let this = self.this.clone();
        let on_error = EventListener::new(&worker, "error", move |event| {
            event.prevent_default();
            if let Some(inner) = this.upgrade() {
                let outcome = inner.borrow_mut().failed();
                if let Some(outcome) = outcome {
                    let callback = inner.borrow().on_outcome.clone();
                    callback.emit(outcome);
                }
            }
        });
        self.listeners = vec![on_message, on_error];
        self.worker = Some(worker);
    }

    fn send(&mut self) {
        let (Some(worker), Some((request, _)), true, false) =
            (&self.worker, &self.pending, self.ready, self.sent)
        else {
            return;
        };
        match to_js(request).map(|v| worker.post_message(&v)) {
            Ok(Ok(())) => self.sent = true,
            _ => web_sys::console::error_1(&"cannot send the text to the analysis worker".into()),
        }
    }

    fn received(&mut self, data: JsValue) -> Option<Outcome> {
        if data.as_string().as_deref() == Some(READY) {
            self.ready = true;
            self.send();
            return Some(Outcome::Ready);
        }
        let part: Part = serde_wasm_bindgen::from_value(data).ok()?;
        if self.pending.as_ref().map(|(r, _)| r.id) != Some(part.id) {
            return None; // an answer to a request that was replaced meanwhile
        }
        let left = part.count.saturating_sub(part.index + 1);
        match (&mut self.partial, part.index) {
            (_, 0) => {
                let response = Response {
                    id: part.id,
                    report: part.report,
                    millis: part.millis,
                    rules: part.rules,
                };
                self.partial = Some((response, left));
            }
            (Some((response, missing)), _) if *missing == left + 1 => {
                parts::append(&mut response.report, part.report);
                *missing = left;
            }
            _ => return None, // a part out of order: cannot happen on one worker's channel
        }
        if left > 0 {
            return None;
        }
        let (response, _) = self.partial.take()?;
        let (_, text) = self.pending.take()?;
        self.sent = false;
        Some(Outcome::Done { text, response })
    }

    fn failed(&mut self) -> Option<Outcome> {
        let id = self.pending.as_ref().map(|(r, _)| r.id);
        if self.restarts >= MAX_RESTARTS {
            self.stop();
            self.pending = None;
            return id.map(|id| Outcome::Failed {
                id,
                message: "The analysis stopped unexpectedly on this text.".into(),
            });
        }
        self.restarts += 1;
        self.start();
        None
    }
}
