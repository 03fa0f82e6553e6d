//! The page's handle on the workers that analyse many articles (the voices audit): one worker per
//! core (two to four), each sent small [`Batch`]es in turn as soon as it is ready; every answer
//! arrives on its own, so the page shows the progress and stays responsive. Unlike
//! [`super::worker::Analyser`], a new request never cancels the others; dropping the handle ends
//! the workers and everything in them. The first worker also audits the whole set once every
//! article is analysed ([`BatchAnalyser::aggregate`]), so that the aggregation runs off the page.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::Callback;

use super::worker::{
    read_answer, read_file_answer, spawn, to_js, Arrived, Audited, Batch, FileRead, Request, AUDIT_JSON,
    AUDIT_REPORT, READ, READY, REPORT_JSON,
};

/// Articles per message: small enough for the page to see the work move, large enough that messages
/// cost little.
const CHUNK: usize = 8;

/// What the worker said.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// One article's analysis: its report's JSON text as it came (to be stored and audited as it
    /// is, and parsed only when a view asks for it).
    Done(Arrived),
    /// One chosen file, read ([`BatchAnalyser::read`]).
    Read(FileRead),
    /// The audit of the set ([`BatchAnalyser::aggregate`]).
    Audited(Box<Audited>),
    /// The worker failed; the requests not yet answered are lost.
    Failed,
}

pub struct BatchAnalyser {
    workers: Vec<Rc<RefCell<Inner>>>,
    /// The worker the next read goes to.
    next: usize,
    /// Requests not sent to a worker yet: each worker is given a batch when it has at most
    /// [`AHEAD`] articles left to analyse, so that a busier worker (the first also keeps the
    /// reports for the audit) is given fewer.
    queue: std::collections::VecDeque<Request>,
    /// Which worker each request in a worker went to (article id → worker).
    given: std::collections::HashMap<u32, usize>,
}

/// Articles a worker may hold before it is given another batch: one batch being analysed, one
/// waiting, so that it never waits for the page.
const AHEAD: usize = CHUNK;

/// How many workers: one per core the browser reports, two to four.
fn pool_size() -> usize {
    let cores = web_sys::window().map_or(2.0, |w| w.navigator().hardware_concurrency());
    (cores as usize).clamp(2, 4)
}

struct Inner {
    worker: Option<web_sys::Worker>,
    listeners: Vec<EventListener>,
    ready: bool,
    /// Articles given to this worker and not answered yet.
    holding: usize,
    /// Requests waiting for the worker to be ready.
    waiting: Vec<Request>,
    /// Files to read (`{read: [...]}` messages) waiting for the worker to be ready.
    waiting_reads: Vec<wasm_bindgen::JsValue>,
    /// An audit job (`worker::AuditJob`, built by the page) waiting for the worker to be ready.
    waiting_audit: Option<wasm_bindgen::JsValue>,
    on_event: Callback<Event>,
    this: Weak<RefCell<Inner>>,
}

impl BatchAnalyser {
    /// Starts the workers from the script at `url`; their answers go to `on_event`.
    pub fn new(url: &str, on_event: Callback<Event>) -> BatchAnalyser {
        let workers = (0..pool_size())
            .map(|_| {
                let inner = Rc::new_cyclic(|this| {
                    RefCell::new(Inner {
                        worker: None,
                        listeners: Vec::new(),
                        ready: false,
                        holding: 0,
                        waiting: Vec::new(),
                        waiting_reads: Vec::new(),
                        waiting_audit: None,
                        on_event: on_event.clone(),
                        this: this.clone(),
                    })
                });
                inner.borrow_mut().start(url);
                inner
            })
            .collect();
        BatchAnalyser {
            workers,
            next: 0,
            queue: Default::default(),
            given: Default::default(),
        }
    }

    /// Asks for the analysis of every request: batches go to the workers as they have room.
    pub fn send(&mut self, requests: Vec<Request>) {
        self.queue.extend(requests);
        self.pump();
    }

    /// Notes that the article `id` was answered, and gives its worker more work.
    pub fn answered(&mut self, id: u32) {
        if let Some(k) = self.given.remove(&id) {
            if let Some(worker) = self.workers.get(k) {
                let mut inner = worker.borrow_mut();
                inner.holding = inner.holding.saturating_sub(1);
            }
        }
        self.pump();
    }

    /// Gives batches to the workers that hold at most [`AHEAD`] articles, the least busy first.
    fn pump(&mut self) {
        while !self.queue.is_empty() {
            let Some((k, worker)) = self
                .workers
                .iter()
                .enumerate()
                .filter(|(_, w)| w.borrow().holding <= AHEAD)
                .min_by_key(|(_, w)| w.borrow().holding)
            else {
                return;
            };
            let n = self.queue.len().min(CHUNK);
            let batch: Vec<Request> = self.queue.drain(..n).collect();
            let mut inner = worker.borrow_mut();
            for request in &batch {
                self.given.insert(request.id, k);
            }
            inner.holding += batch.len();
            inner.waiting.extend(batch);
            inner.flush();
        }
    }

    /// Has the chosen files read in the workers, [`CHUNK`] per message, in turn (as batches go):
    /// each answer comes as [`Event::Read`] with the file's place in `files` plus `base`.
    pub fn read(&mut self, files: &[web_sys::File], base: usize) {
        for (k, chunk) in files.chunks(CHUNK).enumerate() {
            let list = js_sys::Array::new();
            for (i, file) in chunk.iter().enumerate() {
                let item = js_sys::Object::new();
                let index = (base + k * CHUNK + i) as f64;
                let _ = js_sys::Reflect::set(&item, &"index".into(), &index.into());
                let _ = js_sys::Reflect::set(&item, &"file".into(), file);
                list.push(&item);
            }
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &READ.into(), &list);
            let Some(worker) = self.workers.get(self.next % self.workers.len().max(1)) else {
                return;
            };
            self.next = self.next.wrapping_add(1);
            let mut inner = worker.borrow_mut();
            inner.waiting_reads.push(message.into());
            inner.flush();
        }
    }

    /// Gives the first worker (the audit's) a report that arrived, `raw` its JSON text, so that it
    /// is parsed while the other articles are analysed rather than when the set is audited (the
    /// audit job still carries it, for a worker that did not get it).
    pub fn remember(&self, id: u32, fingerprint: &str, raw: &wasm_bindgen::JsValue) {
        let Some(worker) = self.workers.first() else {
            return;
        };
        let inner = worker.borrow();
        let (Some(worker), true) = (&inner.worker, inner.ready) else {
            return;
        };
        let kept = js_sys::Object::new();
        let message = js_sys::Object::new();
        let set = |o: &js_sys::Object, k: &str, v: &wasm_bindgen::JsValue| {
            js_sys::Reflect::set(o, &k.into(), v).is_ok()
        };
        let ok = set(&kept, "id", &id.to_string().into())
            && set(&kept, "fingerprint", &fingerprint.into())
            && set(&kept, REPORT_JSON, raw)
            && set(&message, AUDIT_REPORT, &kept);
        if ok && worker.post_message(&message).is_err() {
            web_sys::console::error_1(&"cannot send a report to the audit worker".into());
        }
    }

    /// Asks the first worker for the audit of a set: `job` is a `worker::AuditJob` as a JS value
    /// (built from the reports as they came, without re-encoding them); a job not yet sent is
    /// replaced. The answer comes as [`Event::Audited`].
    pub fn aggregate(&mut self, job: wasm_bindgen::JsValue) {
        if let Some(worker) = self.workers.first() {
            let mut inner = worker.borrow_mut();
            inner.waiting_audit = Some(job);
            inner.flush();
        }
    }
}

impl Drop for BatchAnalyser {
    fn drop(&mut self) {
        for worker in &self.workers {
            if let Ok(mut inner) = worker.try_borrow_mut() {
                inner.listeners.clear();
                if let Some(worker) = inner.worker.take() {
                    worker.terminate();
                }
            }
        }
    }
}

impl Inner {
    fn start(&mut self, url: &str) {
        let worker = match spawn(url) {
            Ok(worker) => worker,
            Err(e) => {
                web_sys::console::error_2(&"cannot start the audit worker".into(), &e);
                return;
            }
        };
        let this = self.this.clone();
        let on_message = EventListener::new(&worker, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let Some(inner) = this.upgrade() else { return };
            let data = event.data();
            if data.as_string().as_deref() == Some(READY) {
                let mut inner = inner.borrow_mut();
                inner.ready = true;
                inner.flush();
                return;
            }
            let callback = inner.borrow().on_event.clone();
            let audit_json = js_sys::Reflect::get(&data, &AUDIT_JSON.into())
                .ok()
                .and_then(|j| j.as_string());
            if let Some(json) = audit_json {
                match serde_json::from_str::<Audited>(&json) {
                    Ok(audited) => callback.emit(Event::Audited(Box::new(audited))),
                    Err(e) => web_sys::console::error_1(&format!("cannot read the audit: {e}").into()),
                }
            } else if let Some(read) = read_file_answer(&data) {
                callback.emit(Event::Read(read));
            } else if let Some(arrived) = read_answer(&data) {
                callback.emit(Event::Done(arrived));
            }
        });
        let this = self.this.clone();
        let on_error = EventListener::new(&worker, "error", move |event| {
            event.prevent_default();
            if let Some(inner) = this.upgrade() {
                let callback = inner.borrow().on_event.clone();
                callback.emit(Event::Failed);
            }
        });
        self.listeners = vec![on_message, on_error];
        self.worker = Some(worker);
    }

    /// Posts the waiting requests once the worker is ready.
    fn flush(&mut self) {
        let (Some(worker), true) = (&self.worker, self.ready) else {
            return;
        };
        for message in self.waiting_reads.drain(..) {
            if worker.post_message(&message).is_err() {
                web_sys::console::error_1(&"cannot send files to the audit worker".into());
            }
        }
        for chunk in self.waiting.chunks(CHUNK) {
            let batch = Batch {
                batch: chunk.to_vec(),
            };
            if to_js(&batch).map(|v| worker.post_message(&v)).is_err() {
                web_sys::console::error_1(&"cannot send articles to the audit worker".into());
            }
        }
        self.waiting.clear();
        if let Some(job) = self.waiting_audit.take() {
            if worker.post_message(&job).is_err() {
                web_sys::console::error_1(&"cannot send the set to the audit worker".into());
            }
        }
    }
}
