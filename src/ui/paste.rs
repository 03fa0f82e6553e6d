//! Pasted rich text (HTML) becomes plain text before it reaches the article.
//!
//! The markup is parsed with `DOMParser` into an inert document (its scripts never run, its images
//! and links never load) and only its text is kept, with line breaks where blocks end. Nothing of the
//! markup is ever inserted into the page.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Node, SupportedType};

/// Elements whose content is not text a reader sees.
const SKIPPED: &[&str] = &[
    "HEAD", "IFRAME", "NOSCRIPT", "OBJECT", "SCRIPT", "STYLE", "SVG", "TEMPLATE", "TITLE",
];

/// Elements that end a line.
const BLOCKS: &[&str] = &[
    "ADDRESS",
    "ARTICLE",
    "ASIDE",
    "BLOCKQUOTE",
    "DD",
    "DIV",
    "DL",
    "DT",
    "FIGCAPTION",
    "FIGURE",
    "FOOTER",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEADER",
    "HR",
    "LI",
    "MAIN",
    "NAV",
    "OL",
    "P",
    "PRE",
    "SECTION",
    "TABLE",
    "TR",
    "UL",
];

/// Whether pasted plain text is really HTML markup (a copied page source or fragment).
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start();
    let lower = t.get(..t.len().min(512)).unwrap_or(t).to_ascii_lowercase();
    t.starts_with('<')
        && [
            "<!doctype html",
            "<html",
            "<body",
            "<p>",
            "<p ",
            "<div",
            "<article",
        ]
        .iter()
        .any(|tag| lower.starts_with(tag))
}

/// The visible text of an HTML document or fragment; `None` if the browser cannot parse it.
pub fn html_to_text(html: &str) -> Option<String> {
    let doc = DomParser::new()
        .ok()?
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()?;
    let body = doc.body()?;
    let mut out = String::new();
    walk(&body, &mut out);
    Some(tidy(&out))
}

fn walk(node: &Node, out: &mut String) {
    let mut child = node.first_child();
    while let Some(n) = child {
        match n.node_type() {
            Node::TEXT_NODE => out.push_str(&n.node_value().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                let name = n.node_name().to_ascii_uppercase();
                if name == "BR" {
                    out.push('\n');
                } else if !SKIPPED.contains(&name.as_str()) {
                    let block = BLOCKS.contains(&name.as_str());
                    if block {
                        out.push('\n');
                    }
                    walk(&n, out);
                    if block {
                        out.push('\n');
                    }
                }
            }
            _ => {}
        }
        child = n.next_sibling();
    }
}

/// Collapses runs of spaces inside lines and keeps at most one blank line between paragraphs.
fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_run = 0;
    for line in raw.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&line);
    }
    out
}

/// Handles a paste into the article field: rich text (or markup pasted as text) is replaced by its
/// plain text at the cursor. Returns the field's new value, or `None` when the browser's own paste
/// (plain text) should go ahead.
pub fn on_paste(event: &web_sys::ClipboardEvent) -> Option<String> {
    let data = event.clipboard_data()?;
    let html = data.get_data("text/html").unwrap_or_default();
    let plain = data.get_data("text/plain").unwrap_or_default();
    let source = if !html.trim().is_empty() {
        html
    } else if looks_like_html(&plain) {
        plain
    } else {
        return None;
    };
    let text = html_to_text(&source)?;
    let field = event.target()?.dyn_into::<web_sys::HtmlTextAreaElement>().ok()?;
    let (start, end) = (field.selection_start().ok()??, field.selection_end().ok()??);
    // `setRangeText` replaces the selection, as a paste would, and leaves the cursor after it.
    field
        .set_range_text_with_start_and_end_and_mode(&text, start, end, "end")
        .ok()?;
    event.prevent_default();
    Some(field.value())
}

/// The two handlers of an article field: every edit, and a paste of rich text converted to plain
/// text (plain text takes the browser's own way); both report the field's new value to `on_edit`.
pub fn field_handlers(
    on_edit: &yew::Callback<String>,
) -> (yew::Callback<yew::InputEvent>, yew::Callback<web_sys::Event>) {
    let oninput = on_edit.reform(|e: yew::InputEvent| {
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|t| t.value())
            .unwrap_or_default()
    });
    let on_edit = on_edit.clone();
    let onpaste = yew::Callback::from(move |e: web_sys::Event| {
        if let Some(value) = e.dyn_ref::<web_sys::ClipboardEvent>().and_then(on_paste) {
            on_edit.emit(value);
        }
    });
    (oninput, onpaste)
}
