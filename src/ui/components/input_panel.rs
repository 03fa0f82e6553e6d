//! The input: the article text (typed, pasted, dropped or opened as a .txt, .md or .html file), the
//! publication date and the actions. Files are read locally with the browser's FileReader; nothing
//! is uploaded. HTML becomes its visible text as a rich-text paste does ([`crate::ui::paste`]),
//! Markdown its text without the markup ([`crate::workbench::markdown`]).
//!
//! A text longer than [`LONG_TEXT`] is not put in the field: a browser lays out every line of an
//! editable field at once (seconds for 2 MB, during which the page answers nothing), so the field
//! gives way to a short note with the text's size and a button that brings the field back for
//! editing.

use gloo::file::callbacks::FileReader;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Texts longer than this (bytes) are not shown in the field unless the reader asks to edit them.
pub const LONG_TEXT: usize = crate::ui::LARGE_TEXT;

/// Files larger than this are refused rather than read.
const MAX_FILE_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    pub text: AttrValue,
    /// The value shown in the date field (the reader's date, else the detected one, else empty).
    pub date: AttrValue,
    /// Where the shown date comes from: "user", "detected" or "none".
    pub date_source: &'static str,
    pub notice: Option<AttrValue>,
    pub on_edit: Callback<String>,
    /// A whole text from a file.
    pub on_replace: Callback<String>,
    pub on_date: Callback<String>,
    pub on_notice: Callback<String>,
    pub on_load_example: Callback<()>,
    pub on_clear: Callback<()>,
    /// Shown at the foot of the card (exports, the share link).
    #[prop_or_default]
    pub children: Html,
}

/// The kinds of file the article can be read from.
#[derive(Clone, Copy, PartialEq)]
pub enum FileKind {
    Text,
    Markdown,
    Html,
}

/// What a file holds, by its name, else its type; `None` for anything else.
pub fn file_kind(file: &web_sys::File) -> Option<FileKind> {
    let name = file.name().to_lowercase();
    let kind = file.type_();
    let ends = |exts: &[&str]| exts.iter().any(|e| name.ends_with(e));
    if ends(&[".md", ".markdown"]) || kind == "text/markdown" {
        Some(FileKind::Markdown)
    } else if ends(&[".html", ".htm", ".xhtml"]) || kind == "text/html" || kind == "application/xhtml+xml" {
        Some(FileKind::Html)
    } else if ends(&[".txt", ".text"]) || kind.starts_with("text/") {
        Some(FileKind::Text)
    } else {
        None
    }
}

/// The article text of a file's content.
pub fn file_text(kind: FileKind, content: String) -> Option<String> {
    match kind {
        FileKind::Text => Some(content),
        FileKind::Markdown => Some(crate::workbench::markdown::to_text(&content)),
        FileKind::Html => crate::ui::paste::html_to_text(&content),
    }
}

/// What the file input accepts.
const ACCEPT: &str = ".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

#[function_component(InputPanel)]
pub fn input_panel(props: &InputPanelProps) -> Html {
    // The reader must live until it calls back.
    let reader = use_mut_ref(|| None::<FileReader>);
    let crate::ui::hooks::DragOver {
        dragging,
        ondragover,
        ondragleave,
    } = crate::ui::hooks::use_drag_over();
    // The reader asked for a long text in the field; forgotten when the text is short again.
    let long = props.text.len() > LONG_TEXT;
    let edit_long = use_state_eq(|| false);
    {
        let edit_long = edit_long.clone();
        use_effect_with(long, move |&long| {
            if !long {
                edit_long.set(false);
            }
        });
    }
    let file_input = use_node_ref();

    let read_file = {
        let reader = reader.clone();
        let on_replace = props.on_replace.clone();
        let on_notice = props.on_notice.clone();
        Callback::from(move |file: web_sys::File| {
            let Some(kind) = file_kind(&file) else {
                on_notice.emit(format!(
                    "“{}” is not a text file; Lede reads .txt, .md and .html files.",
                    file.name()
                ));
                return;
            };
            if file.size() > MAX_FILE_BYTES {
                on_notice.emit(format!("“{}” is larger than 4 MB.", file.name()));
                return;
            }
            let name = file.name();
            let on_replace = on_replace.clone();
            let on_notice = on_notice.clone();
            let done = reader.clone();
            let task = gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |result| {
                match result.ok().and_then(|content| file_text(kind, content)) {
                    Some(text) => on_replace.emit(text),
                    None => on_notice.emit(format!("“{name}” could not be read as text.")),
                }
                done.borrow_mut().take();
            });
            *reader.borrow_mut() = Some(task);
        })
    };

    // Rich text (HTML) arrives as its plain text; plain text takes the browser's own way.
    let (oninput, onpaste) = crate::ui::paste::field_handlers(&props.on_edit);
    let ondatechange = props.on_date.reform(|e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .map(|t| t.value())
            .unwrap_or_default()
    });
    let ondrop = {
        let dragging = dragging.clone();
        let read_file = read_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|files| files.get(0))
            {
                read_file.emit(file);
            }
        })
    };
    let onfilechange = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file.emit(file);
            }
            // Opening the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let open_file = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };

    let date_hint = match props.date_source {
        "user" => "Set by you. Clear it to use the date found in the text.",
        "detected" => "Found in the article’s byline or dateline.",
        _ => "None found. Set one to resolve “on Tuesday” or “next month”.",
    };
    let chars = props.text.chars().count();

    html! {
        <section class="card input-card" aria-labelledby="input-heading">
            <div class="input-head">
                <h2 id="input-heading" class="card-title">{ "Article" }</h2>
                <div class="toolbar" role="group" aria-label="Article actions">
                    <button id="load-example" type="button" class="button button--primary"
                        onclick={props.on_load_example.reform(|_| ())}>{ "Load example" }</button>
                    <button id="open-file" type="button" class="button" onclick={open_file}
                        title="Open a .txt, .md or .html file">{ "Open file…" }</button>
                    <button id="clear-text" type="button" class="button"
                        title="Clear the article (the Voices audit's set stays)" disabled={props.text.is_empty()} onclick={props.on_clear.reform(|_| ())}>{ "Clear" }</button>
                </div>
            </div>
            <input id="file-input" ref={file_input} type="file" accept={ACCEPT} class="visually-hidden"
                tabindex="-1" aria-hidden="true" onchange={onfilechange} />
            <div class={classes!("dropzone", dragging.then_some("is-dragging"))}
                {ondragover} {ondragleave} {ondrop}>
                if long && !*edit_long {
                    <p class="field-label" id="article-long-label">{ "Article text" }</p>
                    <div id="article-long" class="article-input article-long" role="group"
                        aria-labelledby="article-long-label">
                        <p>{ format!("A long text ({chars} characters) is loaded. It is not shown in \
                            this field, where the browser would take seconds to lay it out; the findings \
                            below show all of it.") }</p>
                        <button id="edit-long-text" type="button" class="button"
                            onclick={{ let e = edit_long.clone(); Callback::from(move |_: MouseEvent| e.set(true)) }}>{ "Edit it in the field" }</button>
                    </div>
                } else {
                    <label for="article-input" class="field-label">{ "Article text" }</label>
                    <textarea id="article-input" class="article-input" spellcheck="false" rows="9"
                        placeholder="Paste a news article here, or drop a .txt, .md or .html file onto this box."
                        value={props.text.clone()} {oninput} {onpaste} />
                }
                <span class="dropzone-hint" aria-hidden="true">{ "Drop the file to read it" }</span>
            </div>
            <div class="input-foot">
                <div class="date-field">
                    <label for="reference-date" class="field-label">{ "Publication date" }</label>
                    <input id="reference-date" type="date" class="date-input" value={props.date.clone()}
                        onchange={ondatechange} aria-describedby="reference-date-hint" />
                    <span id="reference-date-hint" class={classes!("hint", format!("hint--{}", props.date_source))}>
                        { date_hint }
                    </span>
                </div>
                <span class="word-count">{ format!("{chars} characters") }</span>
            </div>
            if let Some(notice) = &props.notice {
                <p class="notice" role="alert">{ notice.clone() }</p>
            }
            <div class="keep" aria-label="Keep and share" role="group">
                { props.children.clone() }
            </div>
        </section>
    }
}
