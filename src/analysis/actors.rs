//! Named actors: people, organisations and groups, their mentions, roles and pronouns.

use crate::analysis::report::{Actor, Country, DateMention};
use crate::analysis::text::Doc;
use crate::analysis::{Diagnostics, Span};

/// What the other analyses already found: places and dates are not actors.
pub struct Context<'a> {
    pub countries: &'a [Country],
    pub dates: &'a [DateMention],
}

/// How an actor is referred to at one place in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A name: "Antony Blinken", "Mr Blinken", "Nato". These are the report's mentions.
    Name,
    /// A pronoun resolved to the actor: "he", "she", "they".
    Pronoun,
    /// A description resolved to the actor: "the minister", "the alliance".
    Description,
}

/// One reference to an actor, named or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActorMention {
    pub span: Span,
    /// Index into [`Actors::actors`].
    pub actor: usize,
    pub kind: MentionKind,
}

/// The actors of an article, and every reference to them (for quote attribution).
#[derive(Clone, Debug, Default)]
pub struct Actors {
    /// The report's actors, ids `a1`, `a2`, ... in order of first mention.
    pub actors: Vec<Actor>,
    /// All references in text order: names, resolved pronouns and descriptions.
    pub mentions: Vec<ActorMention>,
}

pub fn extract(_doc: &Doc, _context: &Context, _diagnostics: &mut Diagnostics) -> Actors {
    Actors::default()
}
