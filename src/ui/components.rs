//! The app's components, one per file. Each receives data and callbacks; none sees the reducer.

pub mod actors_panel;
pub mod article_view;
pub mod attribution_language;
pub mod compare_view;
pub mod corrections_panel;
pub mod countries_panel;
pub mod data_table;
pub mod dates_panel;
pub mod diagnostics;
pub mod export_menu;
pub mod header;
pub mod input_panel;
pub mod language_notice;
pub mod panel;
pub mod presentation_bar;
pub mod quotes_panel;
pub mod selectable;
pub mod share_link;
pub mod share_of_voice;
pub mod show_more;
pub mod sources_view;
pub mod summary;
pub mod timeline_view;
pub mod view_tabs;
pub mod why_this;
pub mod worksheet;
