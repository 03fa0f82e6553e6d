//! The article with every finding highlighted in its category colour.
//!
//! The original text is sliced at the report's byte spans ([`highlight::segments`] and
//! [`highlight::nest`]), so what the reader sees is exactly what was analysed. When the selection
//! changes, the first selected mention is scrolled into view.
//!
//! A long text has tens of thousands of highlights, more than a browser can build in one frame. The
//! tree is therefore laid out a stretch of text at a time ([`highlight::segments_from`]) as it is
//! shown, and cut into chunks of [`CHUNK`] top-level nodes, each its own component: the first chunks
//! render at once, the rest one per frame (`data-rendered` is `partial` until the last is in), so the
//! page keeps answering while a long text appears. A chunk renders again only when the selection
//! touches one of its items.

use crate::analysis::sort::CompactSort;
use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::analysis::highlight::{self, Category, Item, Node};
use crate::analysis::Span;
use crate::report::Report;
use crate::ui::components::why_this::WhyThis;
use crate::workbench::explain::Descriptions;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The analysed text (the report's spans point into it).
    pub text: Rc<str>,
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    /// Clicking a highlight selects its item.
    pub on_select: Callback<Item>,
    /// The descriptions of the report's rules, for "Why this?".
    #[prop_or_default]
    pub rules: Rc<Descriptions>,
}

/// The key that identifies an item in `data-ids`: the actor's id, `q1`, `s1`, `d1`, the country
/// code, or `h1`.
pub fn item_key(report: &Report, item: Item) -> String {
    let i = item.index;
    match item.category {
        Category::Actor => report.actors.get(i).map(|a| a.id.clone()).unwrap_or_default(),
        Category::Quote => format!("q{}", i + 1),
        Category::Source => format!("s{}", i + 1),
        Category::Date => format!("d{}", i + 1),
        Category::Hedge => format!("h{}", i + 1),
        Category::Country => report
            .countries
            .get(i)
            .map(|c| c.code.clone())
            .unwrap_or_default(),
    }
}

fn render(
    text: &str,
    report: &Report,
    selected: Option<Item>,
    on_select: &Callback<Item>,
    nodes: &[Node],
) -> Html {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text(span) => html! { { span.slice(text).to_string() } },
            Node::Mark { mark, children, .. } => {
                let item = mark.item;
                let class = classes!(
                    "ent",
                    format!("ent--{}", item.category.name()),
                    (selected == Some(item)).then_some("is-selected"),
                    corrected(report, mark).then_some("is-corrected")
                );
                let onclick = {
                    let on_select = on_select.clone();
                    Callback::from(move |e: MouseEvent| {
                        // The innermost highlight wins.
                        e.stop_propagation();
                        on_select.emit(item);
                    })
                };
                html! {
                    <mark {class} data-ids={item_key(report, item)} data-why={why_key(mark)} tabindex="-1"
                        aria-describedby="why-this" {onclick}>
                        { render(text, report, selected, on_select, children) }
                    </mark>
                }
            }
        })
        .collect()
}

/// A mark's `data-why`: `category:index:mention` (`quote:3:0`), read back by [`parse_why_key`] when
/// the reader points at the mark, so that its explanation is built only then.
fn why_key(mark: &highlight::Mark) -> String {
    format!(
        "{}:{}:{}",
        mark.item.category.name(),
        mark.item.index,
        mark.mention
    )
}

/// The item and mention of a `data-why` value.
pub fn parse_why_key(key: &str) -> Option<(Item, usize)> {
    let mut parts = key.split(':');
    let category = match parts.next()? {
        "quote" => Category::Quote,
        "actor" => Category::Actor,
        "country" => Category::Country,
        "date" => Category::Date,
        _ => return None,
    };
    let index = parts.next()?.parse().ok()?;
    let mention = parts.next()?.parse().ok()?;
    Some((Item::new(category, index), mention))
}

/// Whether a teacher's correction added or relinked this mention (rule `correction/…`).
fn corrected(report: &Report, mark: &highlight::Mark) -> bool {
    let i = mark.item.index;
    let rule: Option<&str> = match mark.item.category {
        Category::Actor => report
            .actors
            .get(i)
            .and_then(|a| a.mentions.get(mark.mention))
            .map(|m| &*m.rule),
        Category::Quote => report.quotes.get(i).map(|q| {
            if q.speaker_rule.starts_with("correction/") {
                &*q.speaker_rule
            } else {
                &*q.rule
            }
        }),
        Category::Date => report.dates.get(i).map(|d| &*d.rule),
        Category::Source => report.sources.get(i).map(|s| &*s.rule),
        Category::Hedge => report.hedges.get(i).map(|h| &*h.rule),
        Category::Country => report
            .countries
            .get(i)
            .and_then(|c| c.mentions.get(mark.mention))
            .map(|m| &*m.rule),
    };
    rule.is_some_and(|r| r.starts_with("correction/"))
}

/// Top-level nodes per chunk (at least; a chunk ends at the next line break outside a highlight).
pub const CHUNK: usize = 300;
/// Chunks rendered with the first frame, and added per later frame.
const FIRST_CHUNKS: usize = 2;
const MORE_CHUNKS: usize = 1;
/// Bytes of text laid out at a time (at least; a stretch ends at a line break outside a highlight),
/// and the most stretches a text is laid out in (each reads the whole report: their number is kept
/// small so that laying out a text stays linear in its size).
const STRETCH: usize = 16_000;
const MAX_STRETCHES: usize = 64;

/// One chunk: its nodes and the items it marks (sorted).
struct ChunkData {
    nodes: Vec<Node>,
    items: Vec<Item>,
}

/// The layout of one text, made a stretch at a time as chunks are shown: a long text's report
/// arrives without its whole highlight tree being built in one go.
struct Layout {
    /// Distinguishes layouts cheaply (a new one starts the rendering again).
    id: u64,
    text: Rc<str>,
    report: Rc<Report>,
    chunks: Vec<Rc<ChunkData>>,
    /// Where the text not yet laid out starts.
    next: usize,
}

fn collect_items(nodes: &[Node], out: &mut Vec<Item>) {
    for node in nodes {
        if let Node::Mark { mark, children, .. } = node {
            out.push(mark.item);
            collect_items(children, out);
        }
    }
}

/// Cuts the top level of the tree into chunks of at least [`CHUNK`] nodes, each ending just after a
/// line break of plain text, so that every chunk is a block of whole lines.
fn cut(text: &str, tree: Vec<Node>) -> Vec<Vec<Node>> {
    let mut chunks = Vec::new();
    let mut current = Vec::new();
    for node in tree {
        let break_at = match &node {
            Node::Text(span) if current.len() >= CHUNK => {
                span.slice(text).rfind('\n').map(|i| span.start + i + 1)
            }
            _ => None,
        };
        match (break_at, node) {
            (Some(at), Node::Text(span)) => {
                current.push(Node::Text(Span::new(span.start, at)));
                chunks.push(std::mem::take(&mut current));
                if at < span.end {
                    current.push(Node::Text(Span::new(at, span.end)));
                }
            }
            (_, node) => current.push(node),
        }
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    chunks
}

impl Layout {
    fn new(id: u64, text: Rc<str>, report: Rc<Report>) -> Layout {
        Layout {
            id,
            text,
            report,
            chunks: Vec::new(),
            next: 0,
        }
    }

    fn complete(&self) -> bool {
        self.next >= self.text.len()
    }

    /// Lays out stretches until there are `wanted` chunks or the text is done.
    fn extend_to(&mut self, wanted: usize) {
        while self.chunks.len() < wanted && !self.complete() {
            let stretch = STRETCH.max(self.text.len() / MAX_STRETCHES);
            let (runs, end) = highlight::segments_from(&self.text, &self.report, self.next, stretch);
            for nodes in cut(&self.text, highlight::nest(&runs)) {
                let mut items = Vec::new();
                collect_items(&nodes, &mut items);
                items.compact_sort();
                items.dedup();
                self.chunks.push(Rc::new(ChunkData { nodes, items }));
            }
            self.next = end;
        }
    }
}

/// A chunk as a prop: compared by allocation.
#[derive(Clone)]
struct Shared(Rc<ChunkData>);

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A text and its report, compared by allocation (no deep comparison: `Rc<str>` compares the
/// characters): the memo key of a layout, and what each chunk slices and explains.
#[derive(Clone)]
struct Source(Rc<str>, Rc<Report>);

impl PartialEq for Source {
    fn eq(&self, other: &Source) -> bool {
        Rc::ptr_eq(&self.0, &other.0) && Rc::ptr_eq(&self.1, &other.1)
    }
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    chunk: Shared,
    source: Source,
    /// The selection, only when this chunk marks the selected item.
    selected: Option<Item>,
    on_select: Callback<Item>,
}

/// One chunk: a block the browser lays out only when it is near the screen (`content-visibility`).
#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    html! {
        <div class="article-chunk">
            { render(&props.source.0, &props.source.1, props.selected, &props.on_select, &props.chunk.0.nodes) }
        </div>
    }
}

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let node = use_node_ref();
    let next_id = use_mut_ref(|| 0_u64);
    let source = Source(props.text.clone(), props.report.clone());
    let layout = use_memo(source.clone(), |Source(text, report)| {
        *next_id.borrow_mut() += 1;
        RefCell::new(Layout::new(*next_id.borrow(), text.clone(), report.clone()))
    });
    let id = layout.borrow().id;
    // (layout id, chunks shown): a new layout starts again with the first chunks.
    let progress = use_state_eq(|| (0_u64, 0_usize));
    let wanted = if progress.0 == id {
        progress.1
    } else {
        FIRST_CHUNKS
    };
    layout.borrow_mut().extend_to(wanted);
    let (chunks, complete) = {
        let layout = layout.borrow();
        (layout.chunks.clone(), layout.complete())
    };
    let shown = wanted.min(chunks.len());
    let done = complete && shown == chunks.len();
    {
        let progress = progress.clone();
        use_effect_with((id, shown, done), move |&(id, shown, done)| {
            // Let the browser paint and handle input, then add more.
            let timeout = (!done).then(|| Timeout::new(0, move || progress.set((id, shown + MORE_CHUNKS))));
            move || drop(timeout)
        });
    }
    {
        let node = node.clone();
        use_effect_with(props.selected, move |selected| {
            if selected.is_some() {
                scroll_to_first_selected(&node);
            }
        });
    }
    let why = use_state_eq(|| None::<Pointed>);
    {
        // A new report (a correction, a new analysis) may have moved the finding pointed at.
        let why = why.clone();
        use_effect_with(id, move |_| why.set(None));
    }
    let handlers = pointer_handlers(&node, &why, &props.on_select);
    let selected = props.selected;
    let explained = (*why)
        .as_ref()
        .and_then(|p| parse_why_key(&p.key).map(|(item, mention)| (p.top, p.left, item, mention)));
    html! {
        <div class="article-frame">
            <div id="article-view" class="article-view" ref={node} tabindex="0" role="group"
                aria-label="The article with its findings highlighted. Arrow keys move from one highlight to the next; Enter selects it."
                data-rendered={if done { "complete" } else { "partial" }}
                onmouseover={handlers.over} onmouseout={handlers.out} onfocusin={handlers.focus_in}
                onfocusout={handlers.focus_out} onkeydown={handlers.key}>
                { for chunks[..shown].iter().enumerate().map(|(index, chunk)| {
                    let selected = selected.filter(|item| chunk.items.binary_search(item).is_ok());
                    html! {
                        <Chunk key={index} chunk={Shared(chunk.clone())} source={source.clone()}
                            {selected} on_select={props.on_select.clone()} />
                    }
                }) }
            </div>
            <WhyThis report={props.report.clone()} rules={props.rules.clone()}
                target={explained.map(|(_, _, item, mention)| (item, mention))}
                top={explained.map_or(0.0, |e| e.0)} left={explained.map_or(0.0, |e| e.1)} />
        </div>
    }
}

/// The mark the reader points at or has focused: its `data-why` key and where to show its
/// explanation (pixels from the top left of the article frame).
#[derive(Clone, PartialEq)]
struct Pointed {
    key: AttrValue,
    top: f64,
    left: f64,
    /// Shown because of the keyboard focus (the mouse leaving does not hide it).
    focused: bool,
}

struct Handlers {
    over: Callback<MouseEvent>,
    out: Callback<MouseEvent>,
    focus_in: Callback<FocusEvent>,
    focus_out: Callback<FocusEvent>,
    key: Callback<KeyboardEvent>,
}

/// The innermost mark at or above an event's target.
fn mark_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    el.closest("mark[data-why]").ok().flatten()
}

/// Where a mark's explanation goes: just below the mark, relative to the article frame.
fn pointed(root: &NodeRef, mark: &web_sys::Element, focused: bool) -> Option<Pointed> {
    let frame = root.cast::<web_sys::Element>()?.parent_element()?;
    let (f, m) = (frame.get_bounding_client_rect(), mark.get_bounding_client_rect());
    let key = mark.get_attribute("data-why")?;
    Some(Pointed {
        key: AttrValue::from(key),
        top: m.bottom() - f.top() + 6.0,
        left: (m.left() - f.left()).max(0.0),
        focused,
    })
}
fn scroll_to_first_selected(node: &NodeRef) {
    let Some(root) = node.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(first)) = root.query_selector("mark.is-selected") else {
        return;
    };
    let reduce_motion = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if reduce_motion {
        web_sys::ScrollBehavior::Auto
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    if let Some(el) = first.dyn_ref::<web_sys::Element>() {
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

fn pointer_handlers(
    root: &NodeRef,
    why: &UseStateHandle<Option<Pointed>>,
    on_select: &Callback<Item>,
) -> Handlers {
    let over = {
        let (root, why) = (root.clone(), why.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(p) = mark_of(e.target()).and_then(|m| pointed(&root, &m, false)) {
                if why.as_ref().is_none_or(|w| !w.focused) {
                    why.set(Some(p));
                }
            }
        })
    };
    let out = {
        let why = why.clone();
        Callback::from(move |e: MouseEvent| {
            // Leaving the marks (not moving into another one) hides a hover explanation.
            if mark_of(e.related_target()).is_none() && why.as_ref().is_some_and(|w| !w.focused) {
                why.set(None);
            }
        })
    };
    let focus_in = {
        let (root, why) = (root.clone(), why.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(p) = mark_of(e.target()).and_then(|m| pointed(&root, &m, true)) {
                why.set(Some(p));
            }
        })
    };
    let focus_out = {
        let why = why.clone();
        Callback::from(move |e: FocusEvent| {
            // Focus moving to another mark sets the next explanation at once.
            if mark_of(e.related_target()).is_none() {
                why.set(None);
            }
        })
    };
    let key = {
        let (root, on_select) = (root.clone(), on_select.clone());
        Callback::from(move |e: KeyboardEvent| on_key(&root, &on_select, &e))
    };
    Handlers {
        over,
        out,
        focus_in,
        focus_out,
        key,
    }
}

/// Arrow keys move the focus from mark to mark (Home and End: the first and the last), Enter or
/// Space selects the focused mark's item.
fn on_key(root: &NodeRef, on_select: &Callback<Item>, e: &KeyboardEvent) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let key = e.key();
    let current = mark_of(e.target());
    if key == "Enter" || key == " " {
        if let Some((item, _)) = current
            .and_then(|m| m.get_attribute("data-why"))
            .and_then(|k| parse_why_key(&k))
        {
            e.prevent_default();
            on_select.emit(item);
        }
        return;
    }
    let step: i64 = match key.as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        "Home" => i64::MIN,
        "End" => i64::MAX,
        _ => return,
    };
    let Ok(marks) = root.query_selector_all("mark[data-why]") else {
        return;
    };
    let count = marks.length() as i64;
    if count == 0 {
        return;
    }
    let at = current
        .and_then(|c| (0..marks.length()).find(|&i| marks.get(i).is_some_and(|m| m.is_same_node(Some(&c)))));
    let next = match (step, at) {
        (i64::MIN, _) => 0,
        (i64::MAX, _) => count - 1,
        (_, None) if step > 0 => 0,
        (_, None) => count - 1,
        (_, Some(i)) => (i as i64 + step).clamp(0, count - 1),
    };
    e.prevent_default();
    if let Some(el) = marks
        .get(next as u32)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
