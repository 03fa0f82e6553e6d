//! "Why this?": the explanation of the highlight the reader points at or has focused, shown just
//! below it. Every mark names this box in `aria-describedby`, so a screen reader reads it with the
//! focused mark; it is also a polite live region. Built only for the one mark pointed at.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::Item;
use crate::report::Report;
use crate::workbench::explain;

#[derive(Properties, PartialEq)]
pub struct WhyThisProps {
    pub report: Rc<Report>,
    /// The descriptions of the report's rules.
    pub rules: Rc<explain::Descriptions>,
    /// The item and mention to explain; `None` hides the box.
    pub target: Option<(Item, usize)>,
    /// Where to show it, in pixels from the top left of the article frame.
    pub top: f64,
    pub left: f64,
}

#[function_component(WhyThis)]
pub fn why_this(props: &WhyThisProps) -> Html {
    let node = use_node_ref();
    {
        // Placed through the CSS object model: the page's Content-Security-Policy refuses style
        // attributes.
        let node = node.clone();
        use_effect_with(
            (props.top as i64, props.left as i64, props.target),
            move |&(top, left, _)| {
                if let Some(style) = node.cast::<web_sys::HtmlElement>().map(|e| e.style()) {
                    let _ = style.set_property("top", &format!("{top}px"));
                    let _ =
                        style.set_property("left", &format!("max(0px, min({left}px, calc(100% - 22em)))"));
                }
            },
        );
    }
    let Some((item, mention)) = props.target else {
        return html! {
            <div id="why-this" class="why-this" role="tooltip" aria-live="polite" hidden=true ref={node}></div>
        };
    };
    let why = explain::why(&props.report, item, mention, &props.rules);
    html! {
        <div id="why-this" class="why-this" role="tooltip" aria-live="polite" ref={node}>
            <p class="why-heading"><span class="why-label">{ "Why this? " }</span>{ why.heading }</p>
            <dl class="why-lines">
                { for why.lines.into_iter().map(|l| html! {
                    <div class="why-line" data-rule={l.rule.clone()}>
                        <dt>{ format!("{}: ", l.label) }</dt>
                        <dd>
                            { l.text }
                            if !l.rule.is_empty() { <span class="why-rule">{ format!(" (rule {})", l.rule) }</span> }
                        </dd>
                    </div>
                }) }
            </dl>
        </div>
    }
}
