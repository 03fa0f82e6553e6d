//! Named actors: people, organisations and groups, their mentions, roles and pronouns.
//!
//! The extractor works in four steps over the token stream:
//!
//! 1. [`names`] finds name candidates: runs of capitalised words (with particles, initials and
//!    organisation connectors such as "of"), trimmed of sentence-initial function words, split from the
//!    titles before them ("US Secretary of State" | "Antony Blinken"), with places, months and weekdays
//!    left out. Each candidate carries evidence for its kind (titles, given names, organisation words).
//! 2. Candidates are clustered into actors in text order: a surname or "Mr" + surname joins the person
//!    it names, a short form or an acronym joins the organisation ("GM", "General Motors"), and two full
//!    names that differ stay apart.
//! 3. Roles come from titles before the name and appositions after it ("Emmanuel Macron, the French
//!    president"); the country from a nationality or country word in the role.
//! 4. [`coref`] resolves he/she/they/it and role descriptions ("the minister") to actors, for quote
//!    attribution; they are kept in [`Actors::mentions`] but never in the report's mentions.
//!
//! ```
//! use lede::analysis::{analyse, Options};
//! let report = analyse("Foreign Minister Anna Berg spoke. Ms Berg said she was ready.", &Options::default());
//! assert_eq!(report.actors[0].name, "Anna Berg");
//! assert_eq!(report.actors[0].roles, ["Foreign Minister"]);
//! assert_eq!(report.actors[0].mentions.len(), 2);
//! ```

use std::collections::HashMap;

use crate::analysis::coref;
use crate::analysis::lexicon::Gender;
use crate::analysis::names::{self, Candidate};
use crate::analysis::report::{Actor, ActorKind, Country, DateMention, Mention};
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
    /// Its first name is a given name ("Marilyn"): a person unless other evidence says otherwise.
    pub given: bool,
}

impl Cluster {
    pub fn kind(&self) -> ActorKind {
        if self.group > 0 && self.group >= self.person && self.group >= self.org {
            ActorKind::Group
        } else if self.person > self.org || (self.person == self.org && (self.full.len() > 1 || self.given)) {
            ActorKind::Person
        } else {
            ActorKind::Organization
        }
    }
}

/// Finds the actors of `doc`.
pub fn extract(doc: &Doc, context: &Context, diagnostics: &mut Diagnostics) -> Actors {
    let mut cands = names::candidates(doc, context);
    let mut clusters = cluster(doc, &cands);
    names::headline_mentions(doc, context, &mut cands, &mut clusters);
    let mut order: Vec<usize> = (0..clusters.len()).filter(|&c| !clusters[c].members.is_empty()).collect();
    order.sort_by_key(|&c| clusters[c].members.iter().map(|&m| cands[m].span.start).min().unwrap_or(usize::MAX));
    let mut actors = Vec::with_capacity(order.len());
    let mut mentions = Vec::new();
    let mut index_of = HashMap::new();
    for (i, &c) in order.iter().enumerate() {
        index_of.insert(c, i);
        let cl = &clusters[c];
        let mut members = cl.members.clone();
        members.sort_by_key(|&m| cands[m].span.start);
        members.dedup_by_key(|m| cands[*m].span);
        let mut roles: Vec<String> = Vec::new();
        let mut country = None;
        for &m in &members {
            for (role, code) in &cands[m].roles {
                if !roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
                    roles.push(role.clone());
                }
                if country.is_none() {
                    country.clone_from(code);
                }
            }
        }
        let best = &cands[cl.best];
        actors.push(Actor {
            id: format!("a{}", i + 1),
            name: doc.slice(best.name_span).to_string(),
            kind: cl.kind(),
            roles,
            country,
            mentions: members.iter().map(|&m| Mention::of(doc.text, cands[m].span)).collect(),
        });
        for &m in &members {
            mentions.push(ActorMention { span: cands[m].span, actor: i, kind: MentionKind::Name });
        }
    }
    for actor in &mut actors {
        actor.name = names::canonical(&actor.name);
    }
    let genders: Vec<Gender> = order.iter().map(|&c| clusters[c].gender).collect();
    let mut refs = coref::resolve(doc, &actors, &genders, &mentions);
    mentions.append(&mut refs);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    if !actors.is_empty() {
        diagnostics.info(format!(
            "{} actors, {} named mentions, {} pronoun and description references",
            actors.len(),
            actors.iter().map(|a| a.mentions.len()).sum::<usize>(),
            mentions.iter().filter(|m| m.kind != MentionKind::Name).count()
        ));
    }
    Actors { actors, mentions }
}

/// Groups candidates into actors, in text order.
pub fn cluster(doc: &Doc, cands: &[Candidate]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut owner: Vec<Option<usize>> = vec![None; cands.len()];
    // Strong candidates first, then single words with no evidence, then unconfirmed sentence starts.
    let rank = |c: &Candidate| if c.deferred { 2 } else { usize::from(c.is_weak()) };
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| rank(&cands[i]));
    for &i in &order {
        let c = &cands[i];
        let target = match c.alias_of.and_then(|a| owner.get(a).copied().flatten()) {
            Some(t) => Some((t, Vote::None)),
            None => best_match(doc, cands, &clusters, c),
        };
        match target {
            Some((t, vote)) => {
                let cl = &mut clusters[t];
                cl.members.push(i);
                add_evidence(cl, c);
                match vote {
                    Vote::Person => cl.person += 1,
                    Vote::Org => cl.org += 1,
                    Vote::None => {}
                }
                if c.words.len() > cl.full.len() && !c.is_acronym() {
                    cl.full.clone_from(&c.words);
                    cl.best = i;
                }
                owner[i] = Some(t);
            }
            None if c.deferred || c.doubtful => {}
            None => {
                let mut cl = Cluster {
                    members: vec![i],
                    full: c.words.clone(),
                    best: i,
                    person: 0,
                    org: 0,
                    group: 0,
                    gender: Gender::Unknown,
                    given: c.given,
                };
                add_evidence(&mut cl, c);
                owner[i] = Some(clusters.len());
                clusters.push(cl);
            }
        }
    }
    clusters
}

/// What joining a cluster says about its kind: a surname alone names a person, a first word an organisation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Vote {
    None,
    Person,
    Org,
}

fn add_evidence(cl: &mut Cluster, c: &Candidate) {
    if c.is_weak() {
        if cl.members.len() == 1 {
            cl.gender = c.gender;
        }
        return;
    }
    cl.person += c.person;
    cl.org += c.org;
    cl.group += c.group;
    if cl.gender == Gender::Unknown {
        cl.gender = c.gender;
    }
}

/// The cluster a candidate belongs to, if any: the most recent compatible one.
fn best_match(_doc: &Doc, cands: &[Candidate], clusters: &[Cluster], c: &Candidate) -> Option<(usize, Vote)> {
    let mut best: Option<(i32, usize, usize, Vote)> = None; // (score, recency, cluster, vote)
    for (k, cl) in clusters.iter().enumerate() {
        let (score, vote) = match_score(cands, cl, c);
        if score <= 0 {
            continue;
        }
        let last = cl.members.iter().map(|&m| cands[m].span.start).filter(|&s| s <= c.span.start).max();
        let recency = last.unwrap_or(0);
        if best.is_none_or(|(s, r, _, _)| score > s || (score == s && recency > r)) {
            best = Some((score, recency, k, vote));
        }
    }
    best.map(|(_, _, k, v)| (k, v))
}

/// How well candidate `c` fits cluster `cl` (0 when it cannot belong to it), and what joining says.
fn match_score(cands: &[Candidate], cl: &Cluster, c: &Candidate) -> (i32, Vote) {
    let w = &c.words;
    if w.is_empty() || cl.full.is_empty() {
        return (0, Vote::None);
    }
    let kind = cl.kind();
    let gender_ok = c.gender == Gender::Unknown || cl.gender == Gender::Unknown || c.gender == cl.gender;
    if !gender_ok {
        return (0, Vote::None);
    }
    // The same name as a member.
    if cl.members.iter().any(|&m| cands[m].words == *w) {
        return (10, Vote::None);
    }
    let full = &cl.full;
    let weak = c.is_weak() || c.deferred;
    let c_person = c.person > c.org && !weak;
    let c_org = c.org > c.person && !weak;
    // An undecided cluster: a multi-word name with no evidence but its length.
    let open = cl.person + cl.org + cl.group <= 1;
    // Acronyms: "GM" and "General Motors".
    if c.is_acronym() && names::acronym_of(full).is_some_and(|a| a == w[0]) {
        return (8, Vote::Org);
    }
    if w.len() > 1 && full.len() == 1 && cands[cl.best].is_acronym() && names::acronym_of(w).is_some_and(|a| a == full[0]) {
        return (8, Vote::Org);
    }
    if (kind == ActorKind::Person || open) && !c_org {
        // Surname: "Blinken", "Mr Blinken" for "Antony Blinken".
        if w.len() < full.len() && full.ends_with(w) {
            return (6, Vote::Person);
        }
        // A fuller name for a surname seen first: "Antony Blinken" after "Blinken".
        if full.len() < w.len() && w.ends_with(full) && cl.members.iter().all(|&m| cands[m].words.len() <= full.len()) {
            return (6, Vote::Person);
        }
        // A first name alone, once the full name is known: "Daniel" for "Daniel Montalvo".
        if w.len() == 1 && full.len() > 1 && full[0] == w[0] && c.given {
            return (3, Vote::Person);
        }
    }
    if (kind != ActorKind::Person || open) && !c_person {
        let core_c = names::org_core(w);
        let core_f = names::org_core(full);
        if !core_c.is_empty() && core_c == core_f {
            return (7, Vote::Org);
        }
        // A short form: "Ford" for "Ford Motor Company", "Supreme Court" for "Supreme Court of Cassation".
        if w.len() < full.len() && full.starts_with(w) && names::is_distinctive(w) {
            return (6, Vote::Org);
        }
        if full.len() < w.len() && w.starts_with(full) && names::is_distinctive(full) {
            return (5, Vote::Org);
        }
        if !core_c.is_empty() && core_c.len() < core_f.len() && core_f.starts_with(&core_c) && names::is_distinctive(&core_c) {
            return (4, Vote::Org);
        }
    }
    (0, Vote::None)
}

