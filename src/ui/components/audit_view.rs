//! The "Voices audit" view: who is quoted across a whole set of articles. The set (adding,
//! progress, the list of articles) comes first, then the audit's tables and charts.

use yew::prelude::*;

use crate::ui::audit::AuditHandle;
use crate::ui::components::audit_articles::AuditArticles;
use crate::ui::components::audit_set::AuditSet;

#[derive(Properties, PartialEq)]
pub struct AuditViewProps {
    pub handle: AuditHandle,
    pub current_text: AttrValue,
    pub current_date: Option<AttrValue>,
}

#[function_component(AuditView)]
pub fn audit_view(props: &AuditViewProps) -> Html {
    html! {
        <div class="audit" id="audit">
            <p class="view-intro">{ "A voices audit counts who is quoted across a set of articles: \
                officials, experts, business, advocates, ordinary people and anonymous sources. \
                The articles stay in this browser." }</p>
            <AuditSet handle={props.handle.clone()} current_text={props.current_text.clone()}
                current_date={props.current_date.clone()} />
            <AuditArticles handle={props.handle.clone()} />
        </div>
    }
}
