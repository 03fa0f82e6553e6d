//! The countries, most mentioned first, with how each was recognised, above the world map.

use crate::analysis::sort::CompactSort;
use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::report::Report;
use crate::ui::components::panel::Panel;
use crate::ui::components::selectable::Selectable;
use crate::ui::world_map::{self, WorldMap};

#[derive(Properties, PartialEq)]
pub struct CountriesPanelProps {
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
}

/// Country indices, most mentioned first (ties in report order).
pub fn by_mentions(report: &Report) -> Vec<usize> {
    let mut order: Vec<usize> = (0..report.countries.len()).collect();
    order.compact_sort_by_key(|&i| (std::cmp::Reverse(report.countries[i].mentions.len()), i));
    order
}

#[function_component(CountriesPanel)]
pub fn countries_panel(props: &CountriesPanelProps) -> Html {
    let report = &props.report;
    let selected_code = props
        .selected
        .filter(|item| item.category == Category::Country)
        .and_then(|item| report.countries.get(item.index))
        .map(|c| c.code.clone());
    let on_map_select = {
        let report = report.clone();
        let on_select = props.on_select.clone();
        Callback::from(move |code: String| {
            if let Some(index) = report.countries.iter().position(|c| c.code == code) {
                on_select.emit(Item::new(Category::Country, index));
            }
        })
    };
    let items: Html = by_mentions(report)
        .into_iter()
        .map(|i| {
            let c = &report.countries[i];
            let item = Item::new(Category::Country, i);
            let mut vias: Vec<&str> = Vec::new();
            for m in &c.mentions {
                let v = m.via.as_str();
                if !vias.contains(&v) {
                    vias.push(v);
                }
            }
            let count = c.mentions.len();
            html! {
                <Selectable key={c.code.clone()} class="country-item" data_code={AttrValue::from(c.code.clone())}
                    selected={props.selected == Some(item)} on_select={props.on_select.reform(move |_| item)}>
                    <span class="country-main">
                        <span class="country-name">{ &c.name }</span>
                        <span class="country-code">{ &c.code }</span>
                    </span>
                    <span class="country-via">{ vias.join(", ") }</span>
                    <span class="country-count count" title="mentions">
                        { count }<span class="visually-hidden">{ if count == 1 { " mention" } else { " mentions" } }</span>
                    </span>
                </Selectable>
            }
        })
        .collect();
    html! {
        <Panel id="countries-panel" category="country" title="Countries" count={report.countries.len()}
            empty={report.countries.is_empty().then_some("No countries found.")}>
            <WorldMap counts={world_map::counts(&report.countries)} selected={selected_code}
                on_select={on_map_select} />
            <ul class="item-list">{ items }</ul>
        </Panel>
    }
}
