//! The actors: name, kind, roles and number of named mentions, in order of first mention (the
//! first hundred, more on request).

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::highlight::{Category, Item};
use crate::report::Report;
use crate::ui::components::panel::Panel;
use crate::ui::components::selectable::Selectable;
use crate::ui::components::show_more::ShowMore;
use crate::ui::hooks::use_shown;

#[derive(Properties, PartialEq)]
pub struct ActorsPanelProps {
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
}

#[function_component(ActorsPanel)]
pub fn actors_panel(props: &ActorsPanelProps) -> Html {
    let actors = &props.report.actors;
    let keep = props
        .selected
        .filter(|item| item.category == Category::Actor)
        .map(|item| item.index);
    let (shown, on_more) = use_shown(actors.len(), keep);
    let items: Html = actors[..shown]
        .iter()
        .enumerate()
        .map(|(i, actor)| {
            let item = Item::new(Category::Actor, i);
            let count = actor.mentions.len();
            let kind = actor.kind.as_str();
            html! {
                <Selectable key={actor.id.clone()} class={classes!("actor-item", format!("actor-item--{kind}"))}
                    selected={props.selected == Some(item)} on_select={props.on_select.reform(move |_| item)}>
                    <span class="actor-main">
                        <span class="actor-name">{ &actor.name }</span>
                        <span class={classes!("actor-kind", "badge", format!("badge--{kind}"))}>{ kind }</span>
                    </span>
                    <span class="actor-roles">{ actor.roles.join("; ") }</span>
                    <span class="actor-count count" title="named mentions">
                        { count }<span class="visually-hidden">{ if count == 1 { " mention" } else { " mentions" } }</span>
                    </span>
                </Selectable>
            }
        })
        .collect();
    html! {
        <Panel id="actors-panel" category="actor" title="Actors" count={actors.len()}
            empty={actors.is_empty().then_some("No named people or organisations found.")}>
            <ul class="item-list">{ items }</ul>
            <ShowMore {shown} total={actors.len()} what="actors" {on_more} />
        </Panel>
    }
}
