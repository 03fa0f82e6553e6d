//! Keeping and sharing, on the browser's side: downloads through blob URLs, the page's share
//! fragment, and the clipboard. The formats themselves are pure ([`crate::workbench::export`],
//! [`crate::workbench::share`]); nothing here sends anything anywhere.

use wasm_bindgen::{JsCast, JsValue};

use crate::report::Report;
use crate::workbench::corrections::{self, Correction};
use crate::workbench::{self, export, share};

/// The export formats offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// The `lede.report/1` report.
    Json,
    /// Every table in one CSV file.
    Csv,
    /// A summary to hand out.
    Markdown,
}

impl Export {
    pub const ALL: [Export; 3] = [Export::Json, Export::Csv, Export::Markdown];

    /// The button's label.
    pub fn label(self) -> &'static str {
        match self {
            Export::Json => "JSON",
            Export::Csv => "CSV",
            Export::Markdown => "Markdown",
        }
    }

    /// The button's id (`export-json`).
    pub fn id(self) -> &'static str {
        match self {
            Export::Json => "export-json",
            Export::Csv => "export-csv",
            Export::Markdown => "export-md",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Export::Json => "lede-report.json",
            Export::Csv => "lede-tables.csv",
            Export::Markdown => "lede-summary.md",
        }
    }

    /// What the button's tooltip and accessible description say.
    pub fn description(self) -> &'static str {
        match self {
            Export::Json => "The full report as JSON (lede.report/1)",
            Export::Csv => "Every table in one CSV file for a spreadsheet",
            Export::Markdown => "A summary with the tables, to print or hand out",
        }
    }
}

/// Offers the report of `text` as a download in `format`.
/// The reader's corrections are in every format: in the JSON as `corrections`, in CSV and Markdown as
/// a last table.
pub fn export(format: Export, text: &str, report: &Report, list: &[Correction]) -> Result<(), JsValue> {
    let tables = || {
        let mut tables = workbench::tables(text, report);
        if !list.is_empty() {
            tables.push(workbench::Table {
                title: "Corrections".to_string(),
                columns: vec!["Correction".to_string()],
                rows: list
                    .iter()
                    .map(|c| vec![corrections::describe(text, c)])
                    .collect(),
            });
        }
        tables
    };
    match format {
        Export::Json => {
            let json = crate::ui::report_json_with(report, list)?;
            download(format.file_name(), "application/json", &JsValue::from(json))
        }
        Export::Csv => {
            // The byte-order mark makes spreadsheets read the file as UTF-8.
            let csv = format!("\u{feff}{}", export::csv(&tables()));
            download(format.file_name(), "text/csv;charset=utf-8", &JsValue::from(csv))
        }
        Export::Markdown => {
            let md = export::markdown(text, report, &tables());
            download(
                format.file_name(),
                "text/markdown;charset=utf-8",
                &JsValue::from(md),
            )
        }
    }
}

/// Offers `content` (a JS string) as a download named `name` through a blob URL.
pub(crate) fn download(name: &str, mime: &str, content: &JsValue) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(content), &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Give the browser a moment to start the download before the URL goes away.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The page's address without its fragment.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// What the page's fragment shares, if it is a share fragment.
pub fn shared_in_fragment() -> Option<Result<share::Shared, share::Error>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    share::from_fragment(&hash)
}

/// Removes the fragment from the address bar without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    if window.location().hash().is_ok_and(|h| h.is_empty()) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_address()));
    }
}

/// Copies `text` to the clipboard; `false` when the browser has no clipboard API or refuses.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()) else {
        return false;
    };
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(write) = write else { return false };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
