//! The actors' data model: what the other analyses hand over, name candidates, clusters, and the
//! references the quotes pass reads.

use crate::analysis::actors::lexicon::{Gender, LEXICON};
use crate::analysis::report::{Actor, ActorKind, Country, DateMention};
use crate::analysis::text::Doc;
use crate::analysis::Span;

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

impl Actors {
    /// The actor referred to by a mention overlapping `span`, if any (names first).
    pub fn actor_at(&self, span: Span) -> Option<usize> {
        self.mention_at(span).map(|m| m.actor)
    }

    /// The mention overlapping `span` (a name rather than a pronoun when both overlap).
    pub fn mention_at(&self, span: Span) -> Option<&ActorMention> {
        let mut found: Option<&ActorMention> = None;
        for m in self.mentions.iter().filter(|m| m.span.overlaps(span)) {
            if found.is_none_or(|f| f.kind != MentionKind::Name && m.kind == MentionKind::Name) {
                found = Some(m);
            }
        }
        found
    }

    /// The mentions inside `span`, in text order.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = &ActorMention> {
        self.mentions.iter().filter(move |m| span.contains(m.span))
    }
}

/// An actor while clustering.
#[derive(Clone, Debug)]
pub struct Cluster {
    /// Candidate indices, in text order.
    pub members: Vec<usize>,
    /// The longest name's lower-case words.
    pub full: Vec<String>,
    /// The candidate giving the name.
    pub best: usize,
    pub person: i32,
    pub org: i32,
    pub group: i32,
    pub gender: Gender,
    /// The starts of its members, sorted (for recency).
    pub starts: Vec<usize>,
    /// The article names it with a courtesy title ("Ms Ford"): a bare surname may then be something else.
    pub courtesy: bool,
    /// Its first name is a given name: a single given name alone ("Ford") is no evidence either way.
    pub given: bool,
    /// How many of its members stand where places and things do ([`Candidate::place`]).
    pub doubts: u32,
    /// How many of its members are said to be a place or a thing ([`Candidate::thing`]).
    pub things: u32,
    /// Whether one of its members is said in so many words to be a place or a thing ([`Candidate::defined`]).
    pub defined: bool,
}

impl Cluster {
    pub fn kind(&self) -> ActorKind {
        if self.group > 0 && self.group >= self.person && self.group >= self.org {
            ActorKind::Group
        } else if self.person > self.org || (self.person == self.org && self.full.len() > 1) {
            ActorKind::Person
        } else {
            ActorKind::Organization
        }
    }
}

/// A possible name mention and the evidence about it.
#[derive(Clone, Debug, Default)]
pub struct Candidate {
    /// The mention, with a courtesy title: "Mr Blinken".
    pub span: Span,
    /// The name without courtesy title: "Blinken".
    pub name_span: Span,
    /// Lower-case words of the name (no courtesy title, no "." or possessive).
    pub words: Vec<String>,
    /// Evidence weights for each kind.
    pub person: i32,
    pub org: i32,
    pub group: i32,
    pub gender: Gender,
    /// The first word is a known given name.
    pub given: bool,
    /// Roles with the country they name.
    pub roles: Vec<(String, Option<String>)>,
    /// Sentence-initial and unknown: kept only if it names an actor found elsewhere.
    pub deferred: bool,
    /// Such a word that the article also writes in lower case ("Chess has ..." beside "rapid chess"), or
    /// an adjective in "-al" or a portfolio before a plural noun ("Federal investigators", "Health
    /// officials"): a common word, no short form of a longer name ("the Turkish Chess Federation", "the
    /// Federal Aviation Administration", "the Department of Health").
    pub common_opening: bool,
    /// A parenthesised short form of this candidate: "Singapore Airlines (SIA)".
    pub alias_of: Option<usize>,
    /// The name is one word in capitals ("GM").
    pub all_caps: bool,
    /// The mention has a courtesy title ("Ms Ford").
    pub courtesy: bool,
    /// "the" comes before it ("the Taliban", but also "the Cruise video").
    pub article: bool,
    /// It is an item of a list of organisations ("charities such as ..."; `actors/organisation-in-list`).
    pub listed_body: bool,
    /// Looks like a common word or a place ("the State", "in Herat"): dropped unless it joins an actor.
    pub doubtful: bool,
    /// It stands where places and things do ("hotels in Tulsa", "the village of Brin", "Tulsa, Oklahoma"):
    /// evidence for the whole document that the name is no actor ([`crate::analysis::actors::things`]).
    pub place: bool,
    /// It is said to be a place or a thing ("Brisk is a small town", "the Oskan language", "visited Brisk"):
    /// evidence that decides for the whole document.
    pub thing: bool,
    /// It is said in so many words to be a place or a thing ("Stardust is a space capsule"): that
    /// outweighs the contexts that make a name look like an organisation's ("the director of Stardust").
    pub defined: bool,
    /// The rule that found the mention (see [`crate::analysis::actors::RULES`]); clustering may
    /// replace it by the rule that linked it to an actor ("Blinken" after "Antony Blinken").
    pub rule: &'static str,
}

impl Candidate {
    /// Makes the person's weight outweigh the organisation's by `margin`, whatever made the name look like
    /// a body's: the evidence for a person that a pass found is the stronger.
    pub fn outweigh_as_person(&mut self, margin: i32) {
        self.person = self.person.max(self.org) + margin;
    }

    /// Clears the doubts about the name (an unconfirmed sentence start, a common word, a place) once a
    /// pass has shown it to be an actor's.
    pub fn confirm(&mut self) {
        self.deferred = false;
        self.doubtful = false;
        self.place = false;
    }

    /// Drops the name: it names no one (a stage direction, a role in a transcript's label, post-nominal
    /// letters alone), whatever the evidence so far.
    pub fn dismiss(&mut self) {
        self.doubtful = true;
        self.deferred = false;
        self.person = 0;
        self.org = 0;
    }

    /// A person candidate for the name at `span` (a writer's, a signature's, a god's ...), found by `rule`:
    /// the framing-line passes add such names with [`merge_found`].
    pub fn person(doc: &Doc, span: Span, rule: &'static str) -> Candidate {
        let text = doc.slice(span);
        let first = text.split_whitespace().next().unwrap_or("");
        Candidate {
            span,
            name_span: span,
            words: text.split_whitespace().map(str::to_lowercase).collect(),
            person: 3,
            given: LEXICON.given(first).is_some(),
            gender: LEXICON.given(first).unwrap_or_default(),
            rule,
            ..Candidate::default()
        }
    }

    /// An organisation candidate for the name at `span` (an author's institution, an addressee's, a
    /// party's), found by `rule`, added as [`Candidate::person`]'s are.
    pub fn organisation(doc: &Doc, span: Span, rule: &'static str) -> Candidate {
        Candidate {
            span,
            name_span: span,
            words: doc
                .slice(span)
                .split_whitespace()
                .map(str::to_lowercase)
                .collect(),
            org: 3,
            rule,
            ..Candidate::default()
        }
    }

    /// One all-capital word of two to six letters: "GM", "NATO".
    /// A single word with no evidence of its kind.
    pub fn is_weak(&self) -> bool {
        self.words.len() == 1
            && self.person == 0
            && self.group == 0
            && self.org <= if self.article { 3 } else { 1 }
            && !self.all_caps
            && self.alias_of.is_none()
    }

    pub fn is_acronym(&self) -> bool {
        self.words.len() == 1
            && self.org > 0
            && (2..=6).contains(&self.words[0].len())
            && {
                let w = &self.words[0];
                w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '&')
            }
            && self.all_caps
    }
}

/// Merges `found` (sorted by start) into the sorted candidates: a candidate already at a found name
/// takes its evidence and rule; a found name that overlaps a candidate is left out, or, with `replace`,
/// takes that candidate's place (the framing line's reading is the better one).
pub fn merge_found(found: Vec<Candidate>, replace: bool, cands: &mut Vec<Candidate>) {
    if found.is_empty() {
        return;
    }
    let mut out: Vec<Candidate> = Vec::with_capacity(cands.len() + found.len());
    let mut new_index: Vec<Option<usize>> = Vec::with_capacity(cands.len());
    let mut pending = found.into_iter().peekable();
    for mut c in cands.drain(..) {
        while let Some(f) = pending.next_if(|f| f.span.start < c.span.start) {
            if out.last().is_none_or(|p| !p.span.overlaps(f.span)) && (replace || !c.span.overlaps(f.span)) {
                out.push(f);
            }
        }
        if let Some(f) = pending.next_if(|f| f.name_span == c.name_span) {
            c.person += f.person;
            c.org += f.org;
            c.deferred = false;
            c.doubtful = false;
            c.rule = f.rule;
            new_index.push(Some(out.len()));
            out.push(c);
            continue;
        }
        let covered = out.last().is_some_and(|p| p.span.overlaps(c.span))
            || pending.peek().is_some_and(|f| f.span.overlaps(c.span));
        if replace && covered {
            new_index.push(None);
            continue;
        }
        new_index.push(Some(out.len()));
        out.push(c);
    }
    for f in pending {
        if out.last().is_none_or(|p| !p.span.overlaps(f.span)) {
            out.push(f);
        }
    }
    for c in &mut out {
        c.alias_of = c.alias_of.and_then(|a| new_index[a]);
    }
    *cands = out;
}
