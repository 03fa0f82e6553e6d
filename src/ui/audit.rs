//! The voices audit's set of articles: what the user added, each article's report, and the work
//! still to do.
//!
//! [`use_audit`] is called by the root component, which passes the handle down: the set lives in a
//! reducer of its own ([`Audit`]), so that the article's state stays small. Articles are analysed in
//! a worker of their own ([`BatchAnalyser`], started once there is work), every report is kept with
//! the fingerprint of the text and date it answers, so a reload re-analyses only what changed.
//! When the app persists, the set, the reports and the user's edits are kept in IndexedDB
//! ([`idb`]); a write that fails (storage full, private window) says so and the set still works.
//!
//! Once every article is analysed, the set is audited ([`crate::audit::audit`]) in the first of the
//! workers ([`BatchAnalyser::aggregate`]): the page sends the reports as they came (no re-encoding)
//! and gets the [`crate::audit::Audit`] back ([`Computed`]), so that no long task holds up the page.
//!
//! The article's own "Clear" leaves the set alone; "Clear set" empties the set, its reports and
//! the audit's edits.

use crate::analysis::sort::CompactSort;
use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::batch::{self, BatchAnalyser};
use super::worker::{options, to_js, Request, AUDIT_REPORTS, REPORT_JSON};
use super::{files, idb, Backend};
use crate::audit::Edits;
use crate::report::Report;
use crate::workbench::article_set::{self, fingerprint, SetArticle};

/// A report kept for an article, with the fingerprint of what was analysed: its JSON text as a
/// worker made it (parsed only when a view asks for the report: a set's reports are kept, counted
/// and audited without the page ever reading them), and what the views show of it at once.
#[derive(Clone, Debug)]
pub struct Kept {
    pub fingerprint: String,
    /// The report's JSON text as a JS string, as the worker sent it or IndexedDB kept it
    /// (undefined when analysed in place): what the audit worker is sent.
    pub raw: JsValue,
    /// The publication date found in the text.
    pub reference_date: Option<String>,
    /// How many quotes the report has.
    pub quotes: usize,
    /// The report, once read (shared by every copy of this `Kept`).
    parsed: Rc<OnceCell<Option<Rc<Report>>>>,
}

impl PartialEq for Kept {
    fn eq(&self, other: &Kept) -> bool {
        self.fingerprint == other.fingerprint && Rc::ptr_eq(&self.parsed, &other.parsed)
    }
}

impl Kept {
    /// A report that arrived as JSON text (`raw`), not read yet.
    pub fn arrived(fingerprint: String, raw: JsValue, reference_date: Option<String>, quotes: usize) -> Kept {
        Kept {
            fingerprint,
            raw,
            reference_date,
            quotes,
            parsed: Rc::default(),
        }
    }

    /// A report made on the page.
    pub fn made(fingerprint: String, report: Report) -> Kept {
        Kept {
            fingerprint,
            raw: JsValue::UNDEFINED,
            reference_date: report.reference_date.clone(),
            quotes: report.quotes.len(),
            parsed: Rc::new(OnceCell::from(Some(Rc::new(report)))),
        }
    }

    /// The report, read from its JSON text the first time it is asked for (none if that fails).
    pub fn report(&self) -> Option<Rc<Report>> {
        self.parsed
            .get_or_init(|| {
                let json = self.raw.as_string()?;
                serde_json::from_str(&json).ok().map(Rc::new)
            })
            .clone()
    }
}

/// An article of an audited set as the views show it (title, date, number of quotes); its report
/// is read only when asked for (the quotes behind a number, an export).
#[derive(Clone, Debug, PartialEq)]
pub struct AuditedArticle {
    pub id: u32,
    pub title: String,
    /// Dated by the user, else by the text.
    pub date: Option<String>,
    pub text: String,
    pub kept: Kept,
}

impl AuditedArticle {
    /// The article as the audit reads it, its report read now (empty if it cannot be read).
    pub fn article(&self) -> crate::audit::Article {
        crate::audit::Article {
            id: self.id.to_string(),
            title: self.title.clone(),
            date: self.date.clone(),
            text: self.text.clone(),
            report: self.kept.report().map(|r| (*r).clone()).unwrap_or_default(),
        }
    }
}

/// The title of the article at `i`.
pub fn title_of(articles: &[AuditedArticle], i: usize) -> String {
    articles.get(i).map_or_else(String::new, |a| a.title.clone())
}

/// The audit of a complete set: its articles, the audit, and each article's own date.
#[derive(Debug, PartialEq)]
pub struct Computed {
    pub articles: Rc<Vec<AuditedArticle>>,
    pub result: Rc<crate::audit::Audit>,
    pub dates: Rc<Vec<Option<String>>>,
}

/// A kept report as IndexedDB holds it: `{id, fingerprint, report_json, reference_date, quotes}`,
/// the report as the JSON text the worker made (sets kept before hold the report as an object,
/// `report`, or lack the date and the count).
#[derive(Deserialize)]
struct KeptIn {
    id: u32,
    fingerprint: String,
    #[serde(default)]
    report_json: Option<String>,
    #[serde(default)]
    reference_date: Option<String>,
    #[serde(default)]
    quotes: Option<usize>,
    #[serde(default)]
    report: Option<Report>,
}

impl KeptIn {
    /// The id and the kept report.
    fn kept(self) -> Option<(u32, Kept)> {
        let kept = match (self.report_json, self.quotes, self.report) {
            (Some(json), Some(quotes), _) => Kept::arrived(
                self.fingerprint,
                JsValue::from_str(&json),
                self.reference_date,
                quotes,
            ),
            (Some(json), None, _) => {
                let report: Report = serde_json::from_str(&json).ok()?;
                let mut kept = Kept::made(self.fingerprint, report);
                kept.raw = JsValue::from_str(&json);
                kept
            }
            (None, _, Some(report)) => {
                let json = serde_json::to_string(&report).ok()?;
                let mut kept = Kept::made(self.fingerprint, report);
                kept.raw = JsValue::from_str(&json);
                kept
            }
            (None, _, None) => return None,
        };
        Some((self.id, kept))
    }
}

/// The set and its reports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Audit {
    pub articles: Rc<Vec<SetArticle>>,
    /// The latest report of each article (by id); stale when its fingerprint is not the article's.
    pub reports: Rc<BTreeMap<u32, Kept>>,
    /// The kept set has been read (at once when nothing is kept).
    pub loaded: bool,
    /// A problem to tell the user (the set is full, storage failed).
    pub notice: Option<String>,
    /// The user's edits of the audit: merges undone, kinds of source, tags.
    pub edits: Rc<Edits>,
    /// Bumped by every change.
    pub revision: u32,
    /// Bumped by every change of what the audit reads (articles, dates, reports, edits).
    pub content: u32,
    /// The audit of the set, with the [`Audit::content`] it was made of (kept while an edit is
    /// being audited; none as soon as the articles change).
    pub computed: Option<(u32, Rc<Computed>)>,
    /// Each article's fingerprint (of its text and date), computed once per change of either.
    fingerprints: Rc<HashMap<u32, String>>,
}

impl Audit {
    /// The current report of the article (kept, maybe not read yet), if it has been analysed as
    /// it is now.
    pub fn kept_of(&self, article: &SetArticle) -> Option<&Kept> {
        let current = self.fingerprints.get(&article.id)?;
        self.reports
            .get(&article.id)
            .filter(|k| &k.fingerprint == current)
    }

    /// Computes the fingerprints of the articles that have none (new or re-dated ones) and forgets
    /// those of articles gone.
    fn refresh_fingerprints(&mut self) {
        let ids: std::collections::HashSet<u32> = self.articles.iter().map(|a| a.id).collect();
        let map = Rc::make_mut(&mut self.fingerprints);
        map.retain(|id, _| ids.contains(id));
        for a in self.articles.iter() {
            map.entry(a.id)
                .or_insert_with(|| fingerprint(&a.text, a.date.as_deref()));
        }
    }

    /// How many articles are analysed as they are now, of all.
    pub fn progress(&self) -> (usize, usize) {
        let done = self.articles.iter().filter(|a| self.kept_of(a).is_some()).count();
        (done, self.articles.len())
    }

    /// Every article with its current report, in the set's order (the analysed ones only).
    pub fn analysed(&self) -> Vec<(&SetArticle, &Kept)> {
        self.articles
            .iter()
            .filter_map(|a| self.kept_of(a).map(|k| (a, k)))
            .collect()
    }

    /// The analysed articles as the audit's views show them (dated by the user, else by the
    /// text), when every article is analysed; none while some are not.
    pub fn complete(&self) -> Option<Vec<AuditedArticle>> {
        let analysed = self.analysed();
        if analysed.len() != self.articles.len() || analysed.is_empty() {
            return None;
        }
        Some(analysed.into_iter().map(|(a, k)| audited_article(a, k)).collect())
    }

    /// The audit of the set as it is now (or as it was before the latest edit, until that one's
    /// audit arrives); none while some article is not analysed.
    pub fn shown(&self) -> Option<&Rc<Computed>> {
        let (done, total) = self.progress();
        self.computed
            .as_ref()
            .filter(|_| done == total && total > 0)
            .map(|(_, c)| c)
    }

    /// The articles of a complete set as an audit job (`{audit_reports: ...}`, see `worker`), their
    /// reports as the JSON text they came as (the aggregation reads only the reports); none when a
    /// report has no JSON text.
    fn audit_job(&self) -> Option<JsValue> {
        let list = js_sys::Array::new();
        for (a, kept) in self.articles.iter().filter_map(|a| Some((a, self.kept_of(a)?))) {
            if !kept.raw.is_string() {
                return None;
            }
            let date = a.date.clone().or_else(|| kept.reference_date.clone());
            let article = js_sys::Object::new();
            let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&article, &k.into(), v).is_ok();
            let ok = set("id", &a.id.to_string().into())
                && set("title", &a.title.as_str().into())
                && set("date", &date.map_or(JsValue::NULL, |d| d.into()))
                && set("fingerprint", &kept.fingerprint.as_str().into())
                && set(REPORT_JSON, &kept.raw);
            if !ok {
                return None;
            }
            list.push(&article);
        }
        let input = js_sys::Object::new();
        let edits = to_js(&*self.edits).ok()?;
        js_sys::Reflect::set(&input, &"revision".into(), &self.content.into()).ok()?;
        js_sys::Reflect::set(&input, &"articles".into(), &list).ok()?;
        js_sys::Reflect::set(&input, &"edits".into(), &edits).ok()?;
        let job = js_sys::Object::new();
        js_sys::Reflect::set(&job, &AUDIT_REPORTS.into(), &input).ok()?;
        Some(job.into())
    }

    /// The articles' own dates, in the set's order.
    fn dates(&self) -> Rc<Vec<Option<String>>> {
        Rc::new(self.articles.iter().map(|a| a.date.clone()).collect())
    }

    fn next_id(&self) -> u32 {
        self.articles.iter().map(|a| a.id + 1).max().unwrap_or(1)
    }
}

/// An article as the audit's views show it: dated by the user, else by the text.
fn audited_article(a: &SetArticle, kept: &Kept) -> AuditedArticle {
    AuditedArticle {
        id: a.id,
        title: a.title.clone(),
        date: a.date.clone().or_else(|| kept.reference_date.clone()),
        text: a.text.clone(),
        kept: kept.clone(),
    }
}

/// What changes the set.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Loaded {
        articles: Vec<SetArticle>,
        reports: Vec<(u32, Kept)>,
        edits: Option<Edits>,
    },
    Edited(Edits),
    Added(Vec<SetArticle>),
    Removed(u32),
    Cleared,
    Dated(u32, Option<String>),
    /// Reports that arrived, each for the article (by id) as it was sent.
    Analysed(Vec<(u32, Kept)>),
    /// The audit of the set as it was at [`Audit::content`] `.0`.
    Audited(u32, Rc<Computed>),
    Notice(Option<String>),
}

impl Reducible for Audit {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        next.revision = self.revision.wrapping_add(1);
        match &change {
            Change::Notice(_) | Change::Audited(..) => {}
            Change::Edited(_) | Change::Analysed(_) => next.content = self.content.wrapping_add(1),
            _ => {
                next.content = self.content.wrapping_add(1);
                next.computed = None;
            }
        }
        match change {
            Change::Loaded {
                articles,
                reports,
                edits,
            } => {
                if let Some(edits) = edits.filter(|_| self.edits.as_ref() == &Edits::default()) {
                    next.edits = Rc::new(edits);
                }
                let mut all = (*self.articles).clone();
                all.extend(articles);
                all.compact_sort_by_key(|a| a.id);
                all.dedup_by_key(|a| a.id);
                next.articles = Rc::new(all);
                let mut kept = (*self.reports).clone();
                kept.extend(reports);
                next.reports = Rc::new(kept);
                next.loaded = true;
            }
            Change::Added(articles) => {
                Rc::make_mut(&mut next.articles).extend(articles);
                next.notice = None;
            }
            Change::Removed(id) => {
                Rc::make_mut(&mut next.articles).retain(|a| a.id != id);
                Rc::make_mut(&mut next.reports).remove(&id);
            }
            Change::Edited(edits) => next.edits = Rc::new(edits),
            Change::Cleared => {
                next.articles = Rc::default();
                next.reports = Rc::default();
                next.edits = Rc::default();
                next.notice = None;
            }
            Change::Dated(id, date) => {
                if let Some(a) = Rc::make_mut(&mut next.articles).iter_mut().find(|a| a.id == id) {
                    a.date = date;
                }
                Rc::make_mut(&mut next.fingerprints).remove(&id);
            }
            Change::Analysed(list) => {
                // Answers for a text that changed or left meanwhile are dropped.
                let fresh: Vec<(u32, Kept)> = list
                    .into_iter()
                    .filter(|(id, kept)| self.fingerprints.get(id) == Some(&kept.fingerprint))
                    .collect();
                if fresh.is_empty() {
                    return self;
                }
                Rc::make_mut(&mut next.reports).extend(fresh);
            }
            Change::Notice(notice) => next.notice = notice,
            Change::Audited(of, computed) => {
                if of != self.content {
                    return self; // the set or the edits changed meanwhile
                }
                next.computed = Some((of, computed));
            }
        }
        next.refresh_fingerprints();
        Rc::new(next)
    }
}

/// An article to add: its text, and the file name it came from (for its title).
#[derive(Clone, Debug, PartialEq)]
pub struct NewArticle {
    pub text: String,
    pub file_name: Option<String>,
    pub date: Option<String>,
}

/// What the user asks of the set.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Add(Vec<NewArticle>),
    /// Articles read from chosen files, and how many files were left out (not text, or too large).
    AddFiles(Vec<NewArticle>, usize),
    Remove(u32),
    Clear,
    /// A new publication date for an article; an empty value lets the analysis find one.
    SetDate(u32, String),
    Notice(String),
    /// The user's edits of the audit changed.
    Edit(Edits),
}

/// The set, and the way to change it.
#[derive(Clone)]
pub struct AuditHandle {
    pub audit: Rc<Audit>,
    pub command: Callback<Command>,
    /// Reads chosen files into new articles of the set ([`super::files`]).
    pub read: Callback<Vec<web_sys::File>>,
}

impl PartialEq for AuditHandle {
    /// Every change of the set bumps its revision: no deep comparison of reports.
    fn eq(&self, other: &AuditHandle) -> bool {
        self.audit.revision == other.audit.revision && self.audit.loaded == other.audit.loaded
    }
}

/// The set as it is, shared by the callbacks of one render and the next.
type Latest = Rc<RefCell<Rc<Audit>>>;
type Db = Rc<RefCell<Option<web_sys::IdbDatabase>>>;
/// The first article id not given yet (the set may not hold the articles still being added).
type NextId = Rc<std::cell::Cell<u32>>;

/// Runs `write` on the database when there is one; a failure becomes a notice.
fn persist<F, Fut>(db: &Db, dispatch: &UseReducerDispatcher<Audit>, write: F)
where
    F: FnOnce(web_sys::IdbDatabase) -> Fut + 'static,
    Fut: std::future::Future<Output = Result<(), JsValue>> + 'static,
{
    let Some(db) = db.borrow().clone() else { return };
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = write(db).await {
            web_sys::console::error_2(&"cannot keep the audit".into(), &e);
            dispatch.dispatch(Change::Notice(Some(
                "The browser would not store the set (its storage may be full); it stays until \
                 this page is closed."
                    .into(),
            )));
        }
    });
}

/// The one record of the edits store.
const EDITS_KEY: &str = "edits";

fn key(id: u32) -> JsValue {
    JsValue::from(id)
}

/// Reads the kept set and its reports.
async fn load(db: &web_sys::IdbDatabase) -> Result<Change, JsValue> {
    let from = |v: JsValue| serde_wasm_bindgen::from_value(v).ok();
    let articles: Vec<SetArticle> = idb::get_all(db, idb::ARTICLES)
        .await?
        .iter()
        .filter_map(from)
        .collect();
    let reports = idb::get_all(db, idb::REPORTS)
        .await?
        .iter()
        .filter_map(|v| serde_wasm_bindgen::from_value::<KeptIn>(v).ok()?.kept())
        .collect();
    let edits = idb::get(db, idb::EDITS, &JsValue::from_str(EDITS_KEY))
        .await
        .ok()
        .and_then(|v| serde_wasm_bindgen::from_value(v).ok());
    Ok(Change::Loaded {
        articles,
        reports,
        edits,
    })
}

/// Turns new articles into set articles within the limits; the ones that do not fit are counted.
/// `first_free` is the first id not given yet (articles still being added in slices have theirs).
fn admit(audit: &Audit, first_free: &NextId, new: Vec<NewArticle>) -> (Vec<SetArticle>, Option<String>) {
    let mut id = audit.next_id().max(first_free.get());
    let mut bytes = article_set::set_bytes(&audit.articles);
    let mut count = audit.articles.len();
    let (mut added, mut refused, mut why) = (Vec::new(), 0, None);
    for n in new {
        if n.text.trim().is_empty() {
            continue;
        }
        if let Err(full) = article_set::room_for(count, bytes, n.text.len()) {
            refused += 1;
            why = Some(full);
            continue;
        }
        bytes += n.text.len();
        count += 1;
        added.push(SetArticle {
            id,
            title: article_set::title_of(&n.text, n.file_name.as_deref()),
            date: n.date.filter(|d| article_set::valid_date(d)),
            text: n.text,
        });
        id += 1;
    }
    first_free.set(id);
    let notice = why.map(|w| match refused {
        1 => format!("{w} One article was not added."),
        n => format!("{w} {n} articles were not added."),
    });
    (added, notice)
}

/// Articles that join the set per task: many files join in slices, each kept, shown and sent to
/// the workers in a short task of its own (a multiple of the workers' batches of eight).
const ADD_SLICE: usize = 16;

/// Keeps `added` and adds it to the set, [`ADD_SLICE`] articles per task, then tells `notice`.
/// The slices still to come are dropped when the set is cleared (or the articles removed)
/// meanwhile.
fn add_in_slices(
    mut added: Vec<SetArticle>,
    notice: Option<String>,
    latest: Latest,
    db: Db,
    dispatch: UseReducerDispatcher<Audit>,
) {
    let rest = added.split_off(added.len().min(ADD_SLICE));
    let first = added.first().map(|a| a.id);
    if !added.is_empty() {
        let records: Result<Vec<(JsValue, JsValue)>, JsValue> =
            added.iter().map(|a| Ok((key(a.id), to_js(a)?))).collect();
        persist(&db, &dispatch, move |db| async move {
            idb::put_all(&db, idb::ARTICLES, records?).await
        });
        dispatch.dispatch(Change::Added(added));
    }
    if rest.is_empty() {
        if notice.is_some() {
            dispatch.dispatch(Change::Notice(notice));
        }
        return;
    }
    gloo::timers::callback::Timeout::new(0, move || {
        // The set is shown again between slices, so `latest` holds the slice just added.
        let kept = first.is_some_and(|id| latest.borrow().articles.iter().any(|a| a.id == id));
        if kept {
            add_in_slices(rest, notice, latest, db, dispatch);
        }
    })
    .forget();
}

/// The set's command handler: checks, keeps, then changes the set.
fn commands(
    latest: &Latest,
    first_free: &NextId,
    db: &Db,
    dispatch: &UseReducerDispatcher<Audit>,
) -> Callback<Command> {
    let (latest, db, dispatch) = (latest.clone(), db.clone(), dispatch.clone());
    let first_free = first_free.clone();
    Callback::from(move |command: Command| {
        let audit = latest.borrow().clone();
        match command {
            Command::Add(new) => {
                let (added, notice) = admit(&audit, &first_free, new);
                add_in_slices(added, notice, latest.clone(), db.clone(), dispatch.clone());
            }
            Command::AddFiles(new, skipped) => {
                let (added, notice) = admit(&audit, &first_free, new);
                // Told once the articles are in (adding them clears the notice shown before).
                let left_out = (skipped > 0).then(|| {
                    format!(
                        "{skipped} file(s) left out: the set takes .txt, .md and .html files of up to 2 MB."
                    )
                });
                let notice = match (left_out, notice) {
                    (Some(a), Some(b)) => Some(format!("{a} {b}")),
                    (a, b) => a.or(b),
                };
                add_in_slices(added, notice, latest.clone(), db.clone(), dispatch.clone());
            }
            Command::Remove(id) => {
                persist(&db, &dispatch, move |db| async move {
                    idb::delete(&db, idb::ARTICLES, &key(id)).await?;
                    idb::delete(&db, idb::REPORTS, &key(id)).await
                });
                dispatch.dispatch(Change::Removed(id));
            }
            Command::Clear => {
                // The mark says the empty set is stored: a reload from then on finds it empty.
                persist(&db, &dispatch, |db| async move {
                    idb::clear(&db, idb::ARTICLES).await?;
                    idb::clear(&db, idb::REPORTS).await?;
                    idb::clear(&db, idb::EDITS).await?;
                    mark("lede-audit-cleared");
                    Ok(())
                });
                dispatch.dispatch(Change::Cleared);
            }
            Command::SetDate(id, value) => {
                let value = value.trim();
                let date = (!value.is_empty() && article_set::valid_date(value)).then(|| value.to_string());
                if let Some(a) = audit.articles.iter().find(|a| a.id == id) {
                    let value = to_js(&SetArticle {
                        date: date.clone(),
                        ..a.clone()
                    })
                    .map_err(JsValue::from);
                    persist(&db, &dispatch, move |db| async move {
                        idb::put(&db, idb::ARTICLES, &key(id), &value?).await
                    });
                }
                dispatch.dispatch(Change::Dated(id, date));
            }
            Command::Notice(message) => dispatch.dispatch(Change::Notice(Some(message))),
            Command::Edit(edits) => {
                let value = to_js(&edits).map_err(JsValue::from);
                persist(&db, &dispatch, move |db| async move {
                    idb::put(&db, idb::EDITS, &JsValue::from_str(EDITS_KEY), &value?).await
                });
                dispatch.dispatch(Change::Edited(edits));
            }
        }
    })
}

/// Marks a moment of the audit's analysis for `performance` (scripts/wasm-timing reads them).
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name(name);
        let _ = p.mark(name);
    }
}

/// What has been sent to the worker and not answered: article id → the fingerprint sent.
type InFlight = Rc<RefCell<HashMap<u32, String>>>;

/// How often the worker failed in a row; from [`MAX_FAILURES`] on, the set is no longer sent.
type Failures = Rc<std::cell::Cell<u32>>;

const MAX_FAILURES: u32 = 3;

/// The handler of the worker's answers: each report joins the set (and is kept).
/// Reports that arrived and are not in the set yet, and the timer that will add them.
#[derive(Default)]
struct Arrivals {
    reports: Vec<(u32, Kept)>,
    timer: Option<gloo::timers::callback::Timeout>,
}

/// How long arriving reports are gathered before they join the set together (one render for many).
const GATHER_MS: u32 = 150;

/// Reports written to IndexedDB per task (the browser copies each on the page's thread: a string of
/// JSON in one piece).
const REPORTS_PER_TASK: usize = 8;

/// Adds the gathered reports to the set (one render for all) and keeps them, a few per task.
fn add_arrivals(
    arrivals: &RefCell<Arrivals>,
    in_flight: &InFlight,
    db: &Db,
    dispatch: &UseReducerDispatcher<Audit>,
) {
    let (reports, timer) = {
        let mut a = arrivals.borrow_mut();
        (std::mem::take(&mut a.reports), a.timer.take())
    };
    drop(timer);
    if reports.is_empty() {
        return;
    }
    {
        let mut flight = in_flight.borrow_mut();
        for (id, kept) in &reports {
            if flight.get(id) == Some(&kept.fingerprint) {
                flight.remove(id);
            }
        }
    }
    let records: Vec<(JsValue, JsValue)> = reports
        .iter()
        .map(|(id, kept)| (key(*id), stored_report(*id, kept)))
        .collect();
    persist(db, dispatch, move |db| async move {
        idb::put_spread(&db, idb::REPORTS, records, REPORTS_PER_TASK).await
    });
    dispatch.dispatch(Change::Analysed(reports));
}

/// The record kept for a report: `{id, fingerprint, report_json, reference_date, quotes}`, the
/// report's JSON text as the worker sent it.
fn stored_report(id: u32, kept: &Kept) -> JsValue {
    let record = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(&record, &k.into(), v);
    };
    set("id", &key(id));
    set("fingerprint", &kept.fingerprint.as_str().into());
    set(REPORT_JSON, &kept.raw);
    set(
        "reference_date",
        &kept
            .reference_date
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from),
    );
    set("quotes", &(kept.quotes as f64).into());
    record.into()
}

/// An audit asked of the worker, until it is shown.
struct Asking {
    /// The [`Audit::content`] it is of.
    of: u32,
    /// The articles the answer will be shown with, copied a few per task while the worker audits.
    articles: Vec<AuditedArticle>,
    copied: bool,
    dates: Rc<Vec<Option<String>>>,
    /// The worker's answer, kept when it comes before the articles are copied.
    answer: Option<crate::audit::Audit>,
}

type Asked = Rc<RefCell<Option<Asking>>>;

/// The content the audit asked for is of, if one is asked.
fn asked_of(asked: &Asked) -> Option<u32> {
    asked.borrow().as_ref().map(|a| a.of)
}

/// Shows the audit asked for once both its answer and its articles are there.
fn deliver(asked: &Asked, dispatch: &UseReducerDispatcher<Audit>) {
    let ready = asked
        .borrow()
        .as_ref()
        .is_some_and(|a| a.copied && a.answer.is_some());
    let Some(Asking {
        of,
        articles,
        dates,
        answer: Some(result),
        ..
    }) = ready.then(|| asked.borrow_mut().take()).flatten()
    else {
        return;
    };
    let computed = Computed {
        articles: Rc::new(articles),
        result: Rc::new(result),
        dates,
    };
    dispatch.dispatch(Change::Audited(of, Rc::new(computed)));
}

/// Articles copied per task for the audit's views (each with its report).
const COPY_SLICE: usize = 25;

/// Copies the articles of `audit` for the audit asked of it, [`COPY_SLICE`] per task, then shows
/// the audit if its answer came meanwhile; stops when another audit is asked or none.
fn copy_articles(audit: Rc<Audit>, asked: Asked, dispatch: UseReducerDispatcher<Audit>) {
    let more = {
        let mut guard = asked.borrow_mut();
        let Some(asking) = guard.as_mut().filter(|a| a.of == audit.content) else {
            return;
        };
        let analysed = audit.analysed();
        let from = asking.articles.len();
        let slice = analysed.iter().skip(from).take(COPY_SLICE);
        asking.articles.extend(slice.map(|(a, k)| audited_article(a, k)));
        asking.copied = asking.articles.len() >= analysed.len();
        !asking.copied
    };
    if more {
        gloo::timers::callback::Timeout::new(0, move || copy_articles(audit, asked, dispatch)).forget();
    } else {
        deliver(&asked, &dispatch);
    }
}

/// The handler of the worker's answers: reports are gathered for [`GATHER_MS`] (or until the last
/// one arrives), then join the set and are kept; the audit of the set joins it with the articles
/// it was asked for.
fn on_batch_event(
    readings: &files::Shared,
    in_flight: &InFlight,
    failures: &Failures,
    analyser: &Rc<RefCell<Option<BatchAnalyser>>>,
    asked: &Asked,
    db: &Db,
    dispatch: &UseReducerDispatcher<Audit>,
) -> Callback<batch::Event> {
    let (in_flight, analyser, db, dispatch) =
        (in_flight.clone(), analyser.clone(), db.clone(), dispatch.clone());
    let (failures, asked, readings) = (failures.clone(), asked.clone(), readings.clone());
    let arrivals = Rc::new(RefCell::new(Arrivals::default()));
    Callback::from(move |event: batch::Event| match event {
        batch::Event::Read(read) => files::done(&readings, read),
        batch::Event::Audited(answer) => {
            // Shown in a task of its own, not in the one that read the answer, once the articles
            // are copied.
            let (asked, dispatch) = (asked.clone(), dispatch.clone());
            gloo::timers::callback::Timeout::new(0, move || {
                // An answer to an audit asked before the latest one is dropped.
                if let Some(asking) = asked.borrow_mut().as_mut().filter(|a| a.of == answer.revision) {
                    asking.answer = Some(answer.audited);
                }
                deliver(&asked, &dispatch);
            })
            .forget();
        }
        batch::Event::Done(arrived) => {
            failures.set(0);
            let id = arrived.id;
            if let Some(pool) = analyser.borrow_mut().as_mut() {
                pool.answered(id);
            }
            // The article stays in flight until its report joins the set, so that a change of
            // the set meanwhile does not send it again.
            let Some(sent) = in_flight.borrow().get(&id).cloned() else {
                return;
            };
            if let Some(pool) = analyser.borrow().as_ref() {
                pool.remember(id, &sent, &arrived.raw);
            }
            let kept = Kept::arrived(sent, arrived.raw, arrived.reference_date, arrived.quotes);
            let all_in = {
                let mut a = arrivals.borrow_mut();
                a.reports.retain(|(i, ..)| *i != id);
                a.reports.push((id, kept));
                a.reports.len() >= in_flight.borrow().len()
            };
            if all_in {
                add_arrivals(&arrivals, &in_flight, &db, &dispatch);
            } else if arrivals.borrow().timer.is_none() {
                let (a, f, db, dispatch) =
                    (arrivals.clone(), in_flight.clone(), db.clone(), dispatch.clone());
                let timer = gloo::timers::callback::Timeout::new(GATHER_MS, move || {
                    add_arrivals(&a, &f, &db, &dispatch)
                });
                arrivals.borrow_mut().timer = Some(timer);
            }
        }
        batch::Event::Failed => {
            // The worker is gone with its work: start afresh on the next change.
            analyser.borrow_mut().take();
            in_flight.borrow_mut().clear();
            asked.borrow_mut().take();
            files::abandon(&readings);
            failures.set(failures.get() + 1);
            dispatch.dispatch(Change::Notice(Some(
                "The analysis of the set stopped unexpectedly; the articles not analysed yet are \
                 tried again (three times at most)."
                    .into(),
            )));
        }
    })
}

/// Sends every article that needs an analysis (and is not being analysed) to the backend.
fn analyse_pending(
    audit: &Audit,
    backend: &Backend,
    in_flight: &InFlight,
    analyser: &Rc<RefCell<Option<BatchAnalyser>>>,
    on_event: &Callback<batch::Event>,
    dispatch: &UseReducerDispatcher<Audit>,
) {
    let pending: Vec<(Request, String)> = audit
        .articles
        .iter()
        .filter(|a| audit.kept_of(a).is_none())
        .filter_map(|a| Some((a, audit.fingerprints.get(&a.id)?.clone())))
        .filter(|(a, fp)| in_flight.borrow().get(&a.id) != Some(fp))
        .map(|(a, fp)| {
            let request = Request {
                id: a.id,
                text: a.text.clone(),
                date: a.date.clone(),
            };
            (request, fp)
        })
        .collect();
    if pending.is_empty() {
        return;
    }
    if in_flight.borrow().is_empty() {
        mark("lede-audit-start");
    }
    match backend {
        Backend::InPlace(analyse) => {
            let list = pending
                .into_iter()
                .map(|(request, fp)| {
                    let report = analyse(&request.text, &options(request.date.as_deref()));
                    (request.id, Kept::made(fp, report))
                })
                .collect();
            dispatch.dispatch(Change::Analysed(list));
        }
        Backend::Worker(url) => {
            let mut flight = in_flight.borrow_mut();
            let requests = pending
                .into_iter()
                .map(|(request, fp)| {
                    flight.insert(request.id, fp);
                    request
                })
                .collect();
            analyser
                .borrow_mut()
                .get_or_insert_with(|| BatchAnalyser::new(url, on_event.clone()))
                .send(requests);
        }
    }
}

/// Asks for the audit of the set as it is (complete, and not audited as it is yet): in a task of
/// its own, made in the worker when there is one (the page only copies the articles it shows),
/// else here.
fn audit_set(
    audit: &Rc<Audit>,
    backend: &Backend,
    analyser: &Rc<RefCell<Option<BatchAnalyser>>>,
    on_event: &Callback<batch::Event>,
    asked: &Asked,
    dispatch: &UseReducerDispatcher<Audit>,
) {
    let (audit, backend, analyser, on_event, asked, dispatch) = (
        audit.clone(),
        backend.clone(),
        analyser.clone(),
        on_event.clone(),
        asked.clone(),
        dispatch.clone(),
    );
    let of = audit.content;
    *asked.borrow_mut() = Some(Asking {
        of,
        articles: Vec::new(),
        copied: false,
        dates: audit.dates(),
        answer: None,
    });
    let job = match &backend {
        Backend::Worker(_) => audit.audit_job(),
        Backend::InPlace(_) => None,
    };
    let asked_now = move |asked: &Asked| asked_of(asked) == Some(of);
    // The job goes out in one task, the articles shown with the answer are copied in the next ones
    // (while the worker audits).
    gloo::timers::callback::Timeout::new(0, move || {
        if !asked_now(&asked) {
            return; // cleared or replaced meanwhile
        }
        match (job, &backend) {
            (Some(job), Backend::Worker(url)) => {
                analyser
                    .borrow_mut()
                    .get_or_insert_with(|| BatchAnalyser::new(url, on_event))
                    .aggregate(job);
                gloo::timers::callback::Timeout::new(0, move || copy_articles(audit, asked, dispatch))
                    .forget();
            }
            _ => {
                let Some(articles) = audit.complete() else { return };
                asked.borrow_mut().take();
                let read: Vec<crate::audit::Article> = articles.iter().map(AuditedArticle::article).collect();
                let computed = Computed {
                    result: Rc::new(crate::audit::audit(&read, &audit.edits)),
                    articles: Rc::new(articles),
                    dates: audit.dates(),
                };
                dispatch.dispatch(Change::Audited(of, Rc::new(computed)));
            }
        }
    })
    .forget();
}

/// Files sent to the workers to be read per task: the page copies each chosen file's details into
/// the message (a millisecond or so each), two hundred at once would be a long task.
const SENT_READS_PER_TASK: usize = 8;

/// Sends the chosen files (the first at place `base`) to the workers to be read,
/// [`SENT_READS_PER_TASK`] per task.
fn send_reads(
    analyser: Rc<RefCell<Option<BatchAnalyser>>>,
    url: String,
    on_event: Callback<batch::Event>,
    mut chosen: Vec<web_sys::File>,
    base: usize,
) {
    let rest = chosen.split_off(chosen.len().min(SENT_READS_PER_TASK));
    analyser
        .borrow_mut()
        .get_or_insert_with(|| BatchAnalyser::new(&url, on_event.clone()))
        .read(&chosen, base);
    if !rest.is_empty() {
        let next = base + chosen.len();
        gloo::timers::callback::Timeout::new(0, move || send_reads(analyser, url, on_event, rest, next))
            .forget();
    }
}

/// What a choice of files read becomes: its articles join the set; the files left out are told.
fn chosen_to_set(command: &Callback<Command>) -> Callback<files::Chosen> {
    let command = command.clone();
    Callback::from(move |chosen: files::Chosen| {
        let articles: Vec<NewArticle> = chosen
            .read
            .into_iter()
            .map(|(name, text)| NewArticle {
                text,
                file_name: Some(name),
                date: None,
            })
            .collect();
        command.emit(Command::AddFiles(articles, chosen.skipped));
    })
}

/// The voices audit's set: read from IndexedDB when `persist`, analysed on `backend`. `warm`
/// (the view is shown) starts the workers before there is work, so that they are ready for it.
#[hook]
pub fn use_audit(backend: &Backend, persist: bool, warm: bool) -> AuditHandle {
    let audit = use_reducer(|| Audit {
        loaded: !persist,
        ..Audit::default()
    });
    let dispatch = audit.dispatcher();
    let latest: Latest = use_mut_ref(Rc::default);
    *latest.borrow_mut() = Rc::new((*audit).clone());
    let db: Db = use_mut_ref(|| None);
    let in_flight: InFlight = use_mut_ref(HashMap::new);
    let analyser = use_mut_ref(|| None::<BatchAnalyser>);
    let failures: Failures = use_memo((), |_| std::cell::Cell::new(0));
    let asked: Asked = use_mut_ref(|| None);
    let first_free: NextId = use_memo((), |_| std::cell::Cell::new(0));
    let readings: files::Shared = use_mut_ref(files::Readings::default);
    let on_event = {
        let (in_flight, analyser, db, dispatch) =
            (in_flight.clone(), analyser.clone(), db.clone(), dispatch.clone());
        let (failures, asked, readings) = (failures.clone(), asked.clone(), readings.clone());
        use_memo((), move |_| {
            on_batch_event(
                &readings, &in_flight, &failures, &analyser, &asked, &db, &dispatch,
            )
        })
    };

    // Open the database and read the kept set.
    {
        let (db, dispatch) = (db.clone(), dispatch.clone());
        use_effect_with(persist, move |&persist| {
            if persist {
                wasm_bindgen_futures::spawn_local(async move {
                    let opened = idb::open().await;
                    let change = match opened {
                        Ok(handle) => {
                            let change = load(&handle).await;
                            *db.borrow_mut() = Some(handle);
                            change
                        }
                        Err(e) => Err(e),
                    };
                    dispatch.dispatch(change.unwrap_or_else(|e| {
                        web_sys::console::error_2(&"cannot read the kept audit".into(), &e);
                        Change::Loaded {
                            articles: Vec::new(),
                            reports: Vec::new(),
                            edits: None,
                        }
                    }));
                });
            }
        });
    }

    // Start the workers while the user is choosing files.
    {
        let (backend, analyser, on_event) = (backend.clone(), analyser.clone(), (*on_event).clone());
        use_effect_with(warm, move |&warm| {
            if let (true, Backend::Worker(url)) = (warm, backend) {
                analyser
                    .borrow_mut()
                    .get_or_insert_with(|| BatchAnalyser::new(&url, on_event));
            }
        });
    }

    // Analyse what changed; a cleared set ends the worker and its work.
    {
        let (backend, in_flight, analyser, dispatch) = (
            backend.clone(),
            in_flight.clone(),
            analyser.clone(),
            dispatch.clone(),
        );
        let (failures, asked, readings) = (failures.clone(), asked.clone(), readings.clone());
        let current = latest.borrow().clone();
        let on_event = (*on_event).clone();
        use_effect_with(audit.revision, move |_| {
            if current.articles.is_empty() && !in_flight.borrow().is_empty() {
                // Cleared: the work in the workers is stale.
                analyser.borrow_mut().take();
                in_flight.borrow_mut().clear();
                asked.borrow_mut().take();
                files::forget(&readings);
            } else if current.loaded && failures.get() < MAX_FAILURES {
                analyse_pending(&current, &backend, &in_flight, &analyser, &on_event, &dispatch);
            }
            let (done, total) = current.progress();
            if total > 0 && done == total && in_flight.borrow().is_empty() {
                let audited = current.computed.as_ref().map(|c| c.0) == Some(current.content);
                let asking = asked_of(&asked) == Some(current.content);
                if !audited && !asking && failures.get() < MAX_FAILURES {
                    mark("lede-audit-analysed");
                    audit_set(&current, &backend, &analyser, &on_event, &asked, &dispatch);
                }
            }
        });
    }

    let current = latest.borrow().clone();
    // Both made once: components compare them, a new callback at every change of the set would
    // render every row again.
    let command = (*use_memo((), |_| commands(&latest, &first_free, &db, &dispatch))).clone();
    let read = (*use_memo(backend.clone(), |backend| {
        let (backend, on_event, command) = (backend.clone(), (*on_event).clone(), command.clone());
        Callback::from(move |chosen: Vec<web_sys::File>| {
            if chosen.is_empty() {
                return;
            }
            let base = files::begin(&readings, chosen.len(), chosen_to_set(&command), {
                let command = command.clone();
                Callback::from(move |()| {
                    command.emit(Command::Notice(
                        "Reading the chosen files stopped unexpectedly; please choose them again.".into(),
                    ))
                })
            });
            match &backend {
                Backend::Worker(url) => {
                    send_reads(analyser.clone(), url.to_string(), on_event.clone(), chosen, base)
                }
                Backend::InPlace(_) => files::read_on_page(readings.clone(), (base..).zip(chosen).collect()),
            }
        })
    }))
    .clone();
    AuditHandle {
        audit: current,
        command,
        read,
    }
}
