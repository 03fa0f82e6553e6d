//! The article with every finding highlighted in its category colour.
//!
//! The original text is sliced at the report's byte spans ([`highlight::segments`] and
//! [`highlight::nest`]), so what the reader sees is exactly what was analysed. When the selection
//! changes, the first selected mention is scrolled into view.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::analysis::highlight::{self, Category, Item, Node};
use crate::report::Report;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The analysed text (the report's spans point into it).
    pub text: Rc<str>,
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    /// Clicking a highlight selects its item.
    pub on_select: Callback<Item>,
}

/// The key that identifies an item in `data-ids`: the actor's id, `q1`, `d1`, or the country code.
pub fn item_key(report: &Report, item: Item) -> String {
    let i = item.index;
    match item.category {
        Category::Actor => report.actors.get(i).map(|a| a.id.clone()).unwrap_or_default(),
        Category::Quote => format!("q{}", i + 1),
        Category::Date => format!("d{}", i + 1),
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
                    (selected == Some(item)).then_some("is-selected")
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
                    <mark {class} data-ids={item_key(report, item)} title={highlight::describe(report, mark)} {onclick}>
                        { render(text, report, selected, on_select, children) }
                    </mark>
                }
            }
        })
        .collect()
}

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let node = use_node_ref();
    let tree = use_memo((props.text.clone(), props.report.clone()), |(text, report)| {
        highlight::nest(&highlight::segments(text, report))
    });
    {
        let node = node.clone();
        use_effect_with(props.selected, move |selected| {
            if selected.is_some() {
                scroll_to_first_selected(&node);
            }
        });
    }
    html! {
        <div id="article-view" class="article-view" ref={node}>
            { render(&props.text, &props.report, props.selected, &props.on_select, &tree) }
        </div>
    }
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
