//! The voices audit's set of articles: adding many at once (files, a folder, the current article,
//! pasted one after another), the analysis' progress, and the list of articles with their title,
//! publication date (found in the text, or set by the user) and a button to remove each.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::audit::{AuditHandle, Command, NewArticle};

#[derive(Properties, PartialEq)]
pub struct AuditSetProps {
    pub handle: AuditHandle,
    /// The article above and the date the user gave it ("Add the current article").
    pub current_text: AttrValue,
    pub current_date: Option<AttrValue>,
}

/// The files of a list.
fn file_list(files: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

fn files_of(e: &Event) -> Option<web_sys::FileList> {
    e.target()?.dyn_into::<HtmlInputElement>().ok()?.files()
}

fn progress(done: usize, total: usize) -> Html {
    if total == 0 {
        return html! {};
    }
    let word = if total == 1 { "article" } else { "articles" };
    let text = if done == total {
        format!("All {total} {word} analysed.")
    } else {
        format!("{done} of {total} analysed…")
    };
    html! {
        <div class="audit-progress">
            <progress id="audit-progress" max={total.to_string()} value={done.to_string()}
                aria-labelledby="audit-progress-text"></progress>
            <span id="audit-progress-text" role="status">{ text }</span>
        </div>
    }
}

#[function_component(AuditSet)]
pub fn audit_set(props: &AuditSetProps) -> Html {
    let audit = &props.handle.audit;
    let command = props.handle.command.clone();
    let pasted = use_state(String::new);
    let crate::ui::hooks::DragOver {
        dragging,
        ondragover,
        ondragleave,
    } = crate::ui::hooks::use_drag_over();

    let on_files = {
        let read = props.handle.read.clone();
        Callback::from(move |e: Event| {
            if let Some(files) = files_of(&e) {
                // The browser's own work on a choice of many files makes this a long task already:
                // the files are sent to be read in the next one (the field is emptied when it is
                // opened again, emptying it now would be a long task too).
                let (files, read) = (file_list(&files), read.clone());
                gloo::timers::callback::Timeout::new(0, move || read.emit(files)).forget();
            }
        })
    };
    let ondrop = {
        let (read, dragging) = (props.handle.read.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|dt| dt.files()) {
                read.emit(file_list(&files));
            }
        })
    };
    let click_input = |id: &'static str| {
        Callback::from(move |_: MouseEvent| {
            let input = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(id))
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
            if let Some(input) = input {
                // Emptied, so that choosing the same files again adds them again.
                input.set_value("");
                input.click();
            }
        })
    };
    let add_current = {
        let (command, text, date) = (
            command.clone(),
            props.current_text.clone(),
            props.current_date.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            command.emit(Command::Add(vec![NewArticle {
                text: text.to_string(),
                file_name: None,
                date: date.as_ref().map(|d| d.to_string()),
            }]))
        })
    };
    let (oninput, onpaste) = {
        let pasted = pasted.clone();
        crate::ui::paste::field_handlers(&Callback::from(move |v: String| pasted.set(v)))
    };
    let add_pasted = {
        let (command, pasted) = (command.clone(), pasted.clone());
        Callback::from(move |_: MouseEvent| {
            command.emit(Command::Add(vec![NewArticle {
                text: (*pasted).clone(),
                file_name: None,
                date: None,
            }]));
            pasted.set(String::new());
        })
    };
    let (done, total) = audit.progress();

    html! {
        <section class="audit-set" aria-labelledby="audit-set-heading">
            <h3 id="audit-set-heading" class="audit-heading">{ format!("The set: {total} article{}", if total == 1 { "" } else { "s" }) }</h3>
            <div class={classes!("audit-drop", dragging.then_some("is-dragging"))} {ondrop} {ondragover} {ondragleave}>
                <div class="toolbar" role="group" aria-label="Add articles to the set">
                    <button id="audit-open-files" type="button" class="button" onclick={click_input("audit-files")}
                        title="Open several .txt, .md or .html files">{ "Open files…" }</button>
                    <button id="audit-open-folder" type="button" class="button" onclick={click_input("audit-folder")}
                        title="Open every .txt, .md and .html file of a folder">{ "Open folder…" }</button>
                    <button id="audit-add-current" type="button" class="button" onclick={add_current}
                        disabled={props.current_text.trim().is_empty()}>{ "Add the current article" }</button>
                    <button id="audit-clear" type="button" class="button" disabled={total == 0}
                        onclick={command.reform(|_| Command::Clear)}>{ "Clear set" }</button>
                </div>
                <input id="audit-files" type="file" multiple=true class="visually-hidden" tabindex="-1"
                    aria-hidden="true" accept=".txt,.text,.md,.markdown,.html,.htm" onchange={on_files.clone()} />
                <input id="audit-folder" type="file" multiple=true webkitdirectory=true class="visually-hidden"
                    tabindex="-1" aria-hidden="true" onchange={on_files} />
                <p class="hint">{ "Or drop files here. The set is kept in this browser (up to 1,000 articles, \
                    20 MB of text); the article's own Clear leaves it alone, Clear set empties it." }</p>
                <label for="audit-paste" class="field-label">{ "Paste an article, then add it" }</label>
                <textarea id="audit-paste" class="audit-paste" rows="4" spellcheck="false"
                    value={(*pasted).clone()} {oninput} {onpaste} />
                <button id="audit-add-pasted" type="button" class="button" onclick={add_pasted}
                    disabled={pasted.trim().is_empty()}>{ "Add pasted article" }</button>
            </div>
            if let Some(notice) = &audit.notice {
                <p class="notice" role="alert">{ notice.clone() }</p>
            }
            if !audit.loaded {
                <p class="hint" role="status">{ "Reading the kept set…" }</p>
            }
            { progress(done, total) }
        </section>
    }
}
