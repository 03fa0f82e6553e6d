//! The analysis notes (publication date found, text cut, ...), folded away by default.

use std::rc::Rc;

use yew::prelude::*;

use crate::report::{Level, Report};

#[derive(Properties, PartialEq)]
pub struct DiagnosticsProps {
    pub report: Rc<Report>,
}

#[function_component(Diagnostics)]
pub fn diagnostics(props: &DiagnosticsProps) -> Html {
    let list = &props.report.diagnostics;
    if list.is_empty() {
        return Html::default();
    }
    let warnings = list.iter().filter(|d| d.level == Level::Warning).count();
    let label = match warnings {
        0 => format!("Analysis notes ({})", list.len()),
        w => format!(
            "Analysis notes ({}, {w} warning{})",
            list.len(),
            if w == 1 { "" } else { "s" }
        ),
    };
    html! {
        <details class="diagnostics" id="diagnostics">
            <summary>{ label }</summary>
            <ul>
                { for list.iter().map(|d| {
                    let (class, tag) = match d.level {
                        Level::Warning => ("diagnostic diagnostic--warning", "warning"),
                        Level::Info => ("diagnostic diagnostic--info", "info"),
                    };
                    html! { <li {class}><span class="diagnostic-level">{ tag }</span>{ &d.message }</li> }
                }) }
            </ul>
        </details>
    }
}
