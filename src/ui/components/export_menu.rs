//! The "Export" group: the report as JSON, every table as CSV, a Markdown summary. Each is a
//! button that downloads a file made on this device.

use yew::prelude::*;

use crate::ui::keep::Export;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    /// Whether there is a finished analysis to export.
    pub can_export: bool,
    pub on_export: Callback<Export>,
}

#[function_component(ExportMenu)]
pub fn export_menu(props: &ExportMenuProps) -> Html {
    html! {
        <div class="keep-group" role="group" aria-labelledby="export-label">
            <span id="export-label" class="keep-label">{ "Export" }</span>
            { for Export::ALL.iter().map(|&format| html! {
                <button id={format.id()} type="button" class="button" disabled={!props.can_export}
                    title={format.description()}
                    aria-label={format!("Export {}: {}", format.label(), format.description())}
                    onclick={props.on_export.reform(move |_| format)}>
                    { format.label() }
                </button>
            }) }
        </div>
    }
}
