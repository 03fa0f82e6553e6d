//! The "Attribution language" view: how the text introduces what people said. Three groups, each with
//! a plain explanation a teacher can show: neutral reporting verbs, loaded ones, and hedges in the
//! writer's own voice. The verbs are listed per speaker (a table; the speaker's button marks them in
//! the text); the hedges with the sentence each stands in (selecting one marks it in the text).

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::framing::Framing;
use crate::analysis::highlight::{Category, Item};
use crate::report::Report;
use crate::ui::components::selectable::Selectable;
use crate::ui::components::share_of_voice::{row_button, table_html};
use crate::workbench::language::{self, HedgeUse, Language, SpeakerVerbs};
use crate::workbench::voice::SpeakerKey;

#[derive(Properties, PartialEq)]
pub struct AttributionLanguageProps {
    /// The analysed text (the report's spans point into it).
    pub text: Rc<str>,
    pub report: Rc<Report>,
    pub selected: Option<Item>,
    pub on_select: Callback<Item>,
}

const NEUTRAL: &str =
    "Neutral verbs such as \"said\", \"told\" or \"added\" only report that someone spoke. \
They leave it to you to judge the words.";
const LOADED: &str = "Loaded verbs judge the words before you read them. \"She admitted the figures were \
wrong\" makes it a confession of something true; \"he claimed\" hints it may be false; \"insisted\" suggests \
that others disagree; \"warned\" makes it sound alarming; \"boasted\" makes the speaker look vain. Try \
swapping each for \"said\" and see how the sentence changes.";
const OTHER: &str = "Other reporting verbs tell of a thought, a hope or a plan (\"believed\", \"hoped\", \
\"called\"): the writer reports what is in someone's mind or how they named something.";
const HEDGES: &str = "Hedges in the writer's own voice (\"reportedly\", \"allegedly\", \"appears to\", \
\"could\", \"may\") pass a claim on without standing behind it. \"The minister reportedly resigned\" tells \
you the reporter has not confirmed it, and not who did report it: the responsibility moves away from the \
reporter, to nobody in particular.";

/// The speaker's selection: the actor, else the speaker's first quote.
fn speaker_item(s: &SpeakerVerbs) -> Option<Item> {
    match s.key {
        SpeakerKey::Actor(i) => Some(Item::new(Category::Actor, i)),
        _ => s.quotes.first().map(|&q| Item::new(Category::Quote, q)),
    }
}

/// "1 quote", "3 quotes".
fn quotes(n: usize) -> String {
    format!("{n} {}", if n == 1 { "quote" } else { "quotes" })
}

fn group(slug: &str, title: &str, count: &str, explanation: &str) -> Html {
    html! {
        <section class={classes!("al-group", format!("al-group--{slug}"))} aria-labelledby={format!("al-{slug}-heading")}>
            <h3 id={format!("al-{slug}-heading")}>
                { title }{ " " }<span class="al-count">{ count }</span>
            </h3>
            <p class="al-explain">{ explanation }</p>
        </section>
    }
}

fn hedge_item(h: &HedgeUse, props: &AttributionLanguageProps) -> Html {
    let item = Item::new(Category::Hedge, h.index);
    // The sentence with the hedge in bold (the first occurrence of its words).
    let sentence = match h.sentence.find(&h.text) {
        Some(at) => html! {
            <>
                { &h.sentence[..at] }<strong class="hedge-word">{ &h.text }</strong>{ &h.sentence[at + h.text.len()..] }
            </>
        },
        None => html! { { &h.sentence } },
    };
    html! {
        <Selectable key={h.index} class={classes!("hedge-item")} selected={props.selected == Some(item)}
            on_select={props.on_select.reform(move |_| item)}>
            <span class="hedge-sentence">{ sentence }</span>
            <span class={classes!("badge", "hedge-kind")}>{ h.kind.as_str() }</span>
        </Selectable>
    }
}

fn hedges(l: &Language, props: &AttributionLanguageProps) -> Html {
    if l.hedges.is_empty() {
        return html! {
            <p class="wb-empty al-no-hedges">{ "No hedges in the writer's own voice: no \"reportedly\", \"allegedly\", \"appears to\", \"could\" or \"may\" outside the quotes." }</p>
        };
    }
    html! {
        <ul class="item-list al-hedges" aria-label="Hedges in the writer's voice">
            { for l.hedges.iter().map(|h| hedge_item(h, props)) }
        </ul>
    }
}

#[function_component(AttributionLanguage)]
pub fn attribution_language(props: &AttributionLanguageProps) -> Html {
    let l = language::attribution_language(&props.text, &props.report);
    let verbs = if l.speakers.is_empty() {
        html! { <p class="wb-empty al-no-verbs">{ "Nobody is quoted in this text, so there are no reporting verbs to compare." }</p> }
    } else {
        let buttons = l
            .speakers
            .iter()
            .map(|s| row_button(speaker_item(s), &props.on_select, props.selected))
            .collect();
        table_html(&language::verb_table(&l), "al-verbs", buttons)
    };
    html! {
        <section class="wb-view al" aria-labelledby="al-heading">
            <h2 id="al-heading" class="view-title">{ "Attribution language" }</h2>
            <div class="al-groups">
                { group("neutral", "Neutral verbs", &quotes(l.count(Framing::Neutral)), NEUTRAL) }
                { group("loaded", "Loaded verbs", &quotes(l.count(Framing::Loaded)), LOADED) }
                { group("other", "Other verbs", &quotes(l.count(Framing::Other)), OTHER) }
                { group("hedges", "Hedges", &format!("{} in the writer's voice", l.hedges.len()), HEDGES) }
            </div>
            { verbs }
            <h3 class="al-subtitle">{ "Hedges in the writer's voice" }</h3>
            { hedges(&l, props) }
        </section>
    }
}
