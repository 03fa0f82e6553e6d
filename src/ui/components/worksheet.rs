//! The printed worksheet's tail: lines for a pupil's name and the date, then the summary tables of
//! the findings and of the views. Shown on paper only (styles/print.css); on screen the views show
//! the same numbers. The tables are derived once per report, in a task of their own after the
//! report has been shown (a long text's tables take a while), and not again on every render.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::report::Report;
use crate::ui::components::data_table::DataTable;
use crate::ui::second::Second;
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
    // The inputs the tables are derived from, once the page has shown the report.
    let due = use_state(|| None::<(AttrValue, Rc<Report>, Second)>);
    {
        let due = due.clone();
        let inputs = (props.text.clone(), props.report.clone(), props.second.clone());
        use_effect_with(inputs, move |inputs| {
            let inputs = inputs.clone();
            let timeout = Timeout::new(0, move || due.set(Some(inputs)));
            move || drop(timeout)
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
