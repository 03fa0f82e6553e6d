//! The printed worksheet's tail: lines for a pupil's name and the date, then the summary tables of
//! the findings and of the views. Shown on paper only (styles/print.css); on screen the views show
//! the same numbers.

use std::rc::Rc;

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
    html! {
        <section class="worksheet" id="worksheet" aria-labelledby="worksheet-heading">
            <h2 id="worksheet-heading" class="card-title">{ "Summary tables" }</h2>
            <p class="worksheet-lines">{ "Name: ________________________  Date: ____________" }</p>
            { for tables(&props.text, &props.report, &props.second).into_iter().map(printed) }
        </section>
    }
}
