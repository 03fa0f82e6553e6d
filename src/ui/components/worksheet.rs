//! The printed worksheet's tail: lines for a pupil's name and the date, then the summary tables of
//! the findings and of the views. Shown on paper only (styles/print.css); on screen the views show
//! the same numbers. The tables are derived once per report, in a task of their own after the
//! report has been shown, and not again on every render; for a text over [`LARGE_TEXT`] (whose
//! tables take long to derive) only when the page is about to be printed (`beforeprint`).

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::report::Report;
use crate::ui::components::data_table::DataTable;
use crate::ui::second::Second;
use crate::ui::LARGE_TEXT;
use crate::workbench::{self, compare, Table};

/// Rows printed per table; a longer table says how many more there are.
const MAX_ROWS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct WorksheetProps {
    pub text: AttrValue,
    pub report: Rc<Report>,
    /// The Compare view's second article, when there is one.
    pub second: Second,
}

/// The summary tables the worksheet prints: the findings', then each view's.
pub fn tables(text: &str, report: &Report, second: &Second) -> Vec<Table> {
    let mut tables = workbench::tables(text, report);
    if let Second::Ready { report: b, .. } = second {
        tables.extend(compare::compare(report, b).tables());
    }
    tables
}

fn printed(table: Table) -> Html {
    let more = table.rows.len().saturating_sub(MAX_ROWS);
    let table = Table {
        rows: table.rows.into_iter().take(MAX_ROWS).collect(),
        ..table
    };
    html! {
        <>
            <DataTable {table} />
            if more > 0 {
                <p class="worksheet-more">{ format!("… and {more} more rows.") }</p>
            }
        </>
    }
}

#[function_component(Worksheet)]
pub fn worksheet(props: &WorksheetProps) -> Html {
    // The inputs the tables are derived from, once the page has shown the report (a long text's
    // tables take long to derive: only when the page is about to be printed).
    let due = use_state(|| None::<Inputs>);
    let inputs = (props.text.clone(), props.report.clone(), props.second.clone());
    let latest = use_mut_ref(|| inputs.clone());
    *latest.borrow_mut() = inputs.clone();
    {
        let due = due.clone();
        use_effect_with(inputs, move |inputs| {
            let inputs = inputs.clone();
            let timeout =
                (inputs.0.len() <= LARGE_TEXT).then(|| Timeout::new(0, move || due.set(Some(inputs))));
            move || drop(timeout)
        });
    }
    {
        let due = due.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "beforeprint", move |_| {
                    let inputs = latest.borrow().clone();
                    if due.as_ref().is_none_or(|d| !same(d, &inputs)) {
                        due.set(Some(inputs));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let printed_tables = use_memo((*due).clone(), |due| match due {
        Some((text, report, second)) => tables(text, report, second).into_iter().map(printed).collect(),
        None => Html::default(),
    });
    html! {
        <section class="worksheet" id="worksheet" aria-labelledby="worksheet-heading">
            <h2 id="worksheet-heading" class="card-title">{ "Summary tables" }</h2>
            <p class="worksheet-lines">{ "Name: ________________________  Date: ____________" }</p>
            { (*printed_tables).clone() }
        </section>
    }
}

/// What the tables are derived from: the text, its report and the second article.
type Inputs = (AttrValue, Rc<Report>, Second);

fn same(a: &Inputs, b: &Inputs) -> bool {
    a.0 == b.0 && Rc::ptr_eq(&a.1, &b.1) && a.2 == b.2
}
