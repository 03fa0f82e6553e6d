//! A horizontal bar chart of the voices audit (inline SVG): one bar per row, its label and its
//! number written above it, so that the chart reads without colour. Its accessible name is a
//! one-sentence summary; the same numbers are in the table beside it. Clicking a bar shows the
//! quotes behind it.

use yew::prelude::*;

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: usize,
    /// The number as written beside the bar ("12 quotes, 340 words (41%)").
    pub text: String,
}

#[derive(Properties, PartialEq)]
pub struct AuditChartProps {
    pub id: AttrValue,
    /// The summary read out for the chart.
    pub summary: AttrValue,
    pub bars: Vec<Bar>,
    /// The bar clicked, by position.
    pub on_click: Callback<usize>,
}

/// The height of one row: label, bar (px).
const ROW: usize = 40;

#[function_component(AuditChart)]
pub fn audit_chart(props: &AuditChartProps) -> Html {
    let max = props.bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = props.bars.len() * ROW;
    // Thousandths of a percent, in integers (no float formatting in the app).
    let pct = |v: usize| {
        let m = v * 100_000 / max;
        format!("{}.{:03}%", m / 1000, m % 1000)
    };
    let bars = props.bars.iter().enumerate().map(|(i, b)| {
        let y = i * ROW;
        let onclick = props.on_click.reform(move |_: MouseEvent| i);
        html! {
            <g class="audit-bar-row" {onclick}>
                <text class="audit-bar-label" x="0" y={(y + 13).to_string()}>
                    { &b.label }<tspan class="audit-bar-value">{ format!(" · {}", b.text) }</tspan>
                </text>
                <rect class="audit-bar" x="0" y={(y + 19).to_string()} width={pct(b.value)} height="14">
                    <title>{ format!("{}: {}", b.label, b.text) }</title>
                </rect>
            </g>
        }
    });
    html! {
        <svg id={props.id.clone()} class="audit-chart" role="img" aria-label={props.summary.clone()}
            width="100%" height={height.to_string()}>
            { for bars }
        </svg>
    }
}
