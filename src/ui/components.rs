//! The app's components, one per file. Each receives data and callbacks; none sees the reducer.

pub mod actors_panel;
pub mod article_view;
pub mod compare_view;
pub mod countries_panel;
pub mod data_table;
pub mod dates_panel;
pub mod diagnostics;
pub mod header;
pub mod input_panel;
pub mod panel;
pub mod presentation_bar;
pub mod quotes_panel;
pub mod selectable;
pub mod summary;
pub mod view_tabs;
pub mod worksheet;
