//! A list item that behaves like a toggle button: focusable, activated by click, Enter or Space.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectableProps {
    /// Extra classes: `actor-item`, `date-item`, ...
    pub class: Classes,
    pub selected: bool,
    pub on_select: Callback<()>,
    #[prop_or_default]
    pub data_code: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Selectable)]
pub fn selectable(props: &SelectableProps) -> Html {
    let onclick = props.on_select.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_select.emit(());
            }
        })
    };
    let class = classes!(
        "selectable",
        props.class.clone(),
        props.selected.then_some("is-selected")
    );
    html! {
        <li {class} role="button" tabindex="0" aria-pressed={props.selected.to_string()}
            data-code={props.data_code.clone()} {onclick} {onkeydown}>
            { props.children.clone() }
        </li>
    }
}
