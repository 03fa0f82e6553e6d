//! A workbench [`Table`] as an HTML table with a caption: the numbers beside a view's chart, and the
//! summary tables of the printed worksheet.

use yew::prelude::*;

use crate::workbench::Table;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub table: Table,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// The caption; the table's title when none.
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    /// Said instead of an empty table.
    #[prop_or(AttrValue::from("Nothing to list."))]
    pub empty: AttrValue,
}

/// Whether a cell holds a number (right-aligned, tabular figures).
fn numeric(cell: &str) -> bool {
    !cell.is_empty() && cell.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '%')
}

#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let table = &props.table;
    let caption = props
        .caption
        .clone()
        .unwrap_or_else(|| AttrValue::from(table.title.clone()));
    if table.rows.is_empty() {
        return html! {
            <div class="data-table data-table--empty" id={props.id.clone()}>
                <p class="data-table-caption">{ caption }</p>
                <p class="panel-empty">{ props.empty.clone() }</p>
            </div>
        };
    }
    // A column of numbers only is right-aligned, its heading too.
    let numbers: Vec<bool> = (0..table.columns.len())
        .map(|i| i > 0 && table.rows.iter().all(|r| r.get(i).is_some_and(|c| numeric(c))))
        .collect();
    html! {
        <div class="data-table-wrap">
            <table class="data-table" id={props.id.clone()}>
                <caption class="data-table-caption">{ caption }</caption>
                <thead>
                    <tr>
                        { for table.columns.iter().enumerate().map(|(i, c)| html! {
                            <th scope="col" class={classes!(numbers.get(i).copied().unwrap_or(false).then_some("num"))}>{ c }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for table.rows.iter().map(|row| html! {
                        <tr>
                            { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                html! { <th scope="row">{ cell }</th> }
                            } else {
                                html! { <td class={classes!(numbers.get(i).copied().unwrap_or(false).then_some("num"))}>{ cell }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
