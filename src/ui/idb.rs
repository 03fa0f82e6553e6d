//! The browser's IndexedDB, as far as the app needs it: one database (`lede`), a few stores of
//! key-value records (structured clones of plain objects), each call a future. The voices audit
//! keeps its set of articles, their reports and the user's edits here (see [`super::audit`]).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DB: &str = "lede";
const VERSION: u32 = 1;

/// The audit's articles, keyed by id.
pub const ARTICLES: &str = "audit-articles";
/// Each article's report with the fingerprint of what was analysed, keyed by the article's id.
pub const REPORTS: &str = "audit-reports";
/// The user's edits of the audit (kinds, merges undone, tags), one record.
pub const EDITS: &str = "audit-edits";

const STORES: [&str; 3] = [ARTICLES, REPORTS, EDITS];

/// The result of `request` once it succeeds.
async fn wait(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await?;
    request.result()
}

/// Opens (and on the first visit creates) the database.
pub async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()?
        .ok_or("this browser keeps no IndexedDB")?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB, VERSION)?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        for name in STORES {
            if let Some(db) = &db {
                let _ = db.create_object_store(name);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = wait(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    db?.dyn_into()
}

fn store(db: &IdbDatabase, name: &str, mode: IdbTransactionMode) -> Result<IdbObjectStore, JsValue> {
    db.transaction_with_str_and_mode(name, mode)?.object_store(name)
}

/// Every record of a store, in key order.
pub async fn get_all(db: &IdbDatabase, name: &str) -> Result<js_sys::Array, JsValue> {
    let request = store(db, name, IdbTransactionMode::Readonly)?.get_all()?;
    Ok(wait(&request).await?.unchecked_into())
}

/// The record under `key`; `undefined` when there is none.
pub async fn get(db: &IdbDatabase, name: &str, key: &JsValue) -> Result<JsValue, JsValue> {
    let request = store(db, name, IdbTransactionMode::Readonly)?.get(key)?;
    wait(&request).await
}

/// Writes `value` under `key`.
pub async fn put(db: &IdbDatabase, name: &str, key: &JsValue, value: &JsValue) -> Result<(), JsValue> {
    let request = store(db, name, IdbTransactionMode::Readwrite)?.put_with_key(value, key)?;
    wait(&request).await.map(drop)
}

/// Writes every `(key, value)` in one transaction.
pub async fn put_all(db: &IdbDatabase, name: &str, records: Vec<(JsValue, JsValue)>) -> Result<(), JsValue> {
    let store = store(db, name, IdbTransactionMode::Readwrite)?;
    let mut last = None;
    for (key, value) in &records {
        last = Some(store.put_with_key(value, key)?);
    }
    match last {
        // Requests of one transaction succeed in order: the last one's success is everyone's.
        Some(request) => wait(&request).await.map(drop),
        None => Ok(()),
    }
}

/// Resolves in a later task of the page's event loop (a timeout of 0), letting input events in.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Writes every `(key, value)`, `per_task` records per transaction, each transaction begun in a
/// task of its own: the browser copies every record on the page's thread as it is put, and many
/// large records copied at once would hold the page up.
pub async fn put_spread(
    db: &IdbDatabase,
    name: &str,
    records: Vec<(JsValue, JsValue)>,
    per_task: usize,
) -> Result<(), JsValue> {
    for chunk in records.chunks(per_task.max(1)) {
        next_task().await;
        put_all(db, name, chunk.to_vec()).await?;
    }
    Ok(())
}

pub async fn delete(db: &IdbDatabase, name: &str, key: &JsValue) -> Result<(), JsValue> {
    let request = store(db, name, IdbTransactionMode::Readwrite)?.delete(key)?;
    wait(&request).await.map(drop)
}

/// Removes every record of a store.
pub async fn clear(db: &IdbDatabase, name: &str) -> Result<(), JsValue> {
    let request = store(db, name, IdbTransactionMode::Readwrite)?.clear()?;
    wait(&request).await.map(drop)
}
