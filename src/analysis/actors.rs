//! Named actors: people, organisations and groups, their mentions, roles and pronouns.
//!
//! The extractor works in four steps over the token stream:
//!
//! 1. [`names`] finds name candidates: runs of capitalised words (with particles, initials and
//!    organisation connectors such as "of"), trimmed of sentence-initial function words, split from the
//!    titles before them ("US Secretary of State" | "Antony Blinken"), with places, months and weekdays
//!    left out. Each candidate carries evidence for its kind (titles, given names, organisation words).
//! 2. Candidates are clustered into actors: names with evidence first, in text order, then single
//!    words without evidence, then unconfirmed sentence-initial words (which only join). A surname or
//!    "Mr" + surname joins the person it names, a short form or an acronym joins the organisation ("GM",
//!    "General Motors"), and two full names that differ stay apart. A single word that joins nothing
//!    and looks common ("the State") or like a place ("in Herat") is dropped, and so are products named
//!    after a company ("Ford Taurus") and words that also occur in the plural ("Polaroids").
//! 3. Roles come from titles before the name and appositions after it ("Emmanuel Macron, the French
//!    president"); the country from a nationality or country word in the role.
//! 4. [`coref`] resolves he/she/they/it and role descriptions ("the minister") to actors, for quote
//!    attribution; they are kept in [`Actors::mentions`] but never in the report's mentions.
//!
//! Lines in title case or capitals (headlines, bylines, short headings) only yield names the body has.
//! Word lists live in `data/actors-*.txt` ([`crate::analysis::lexicon`]); everything runs in one pass
//! over the tokens plus a clustering pass indexed by name, so the cost grows linearly with the text.
//!
//! ```
//! use lede::analysis::{analyse, Options};
//! let report = analyse("Foreign Minister Anna Berg spoke. Ms Berg said she was ready.", &Options::default());
//! assert_eq!(report.actors[0].name, "Anna Berg");
//! assert_eq!(report.actors[0].roles, ["Foreign Minister"]);
//! assert_eq!(report.actors[0].mentions.len(), 2);
//! ```

use std::collections::{HashMap, HashSet};

use crate::analysis::coref;
use crate::analysis::lexicon::{Gender, LEXICON};
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
    /// The starts of its members, sorted (for recency).
    pub starts: Vec<usize>,
    /// The article names it with a courtesy title ("Ms Ford"): a bare surname may then be something else.
    pub courtesy: bool,
    /// Its first name is a given name: a single given name alone ("Ford") is no evidence either way.
    pub given: bool,
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

/// Finds the actors of `doc`.
pub fn extract(doc: &Doc, context: &Context, diagnostics: &mut Diagnostics) -> Actors {
    // Computed once: both the candidate scan and the headline pass need it.
    let headline = names::headline_flags(doc);
    let mut cands = names::candidates(doc, context, &headline);
    let mut clusters = cluster(doc, &cands);
    drop_products(&cands, &mut clusters);
    named_after_people(doc, &mut cands, &mut clusters);
    names::headline_mentions(doc, &headline, &mut cands, &mut clusters);
    let mut order: Vec<usize> = (0..clusters.len())
        .filter(|&c| !clusters[c].members.is_empty())
        .collect();
    order.sort_by_key(|&c| {
        clusters[c]
            .members
            .iter()
            .map(|&m| cands[m].span.start)
            .min()
            .unwrap_or(usize::MAX)
    });
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
            mentions: members
                .iter()
                .map(|&m| Mention::of(doc.text, cands[m].span))
                .collect(),
            references: Vec::new(),
        });
        for &m in &members {
            mentions.push(ActorMention {
                span: cands[m].span,
                actor: i,
                kind: MentionKind::Name,
            });
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
    let rank = |c: &Candidate| {
        if c.deferred || c.doubtful {
            2
        } else {
            usize::from(c.is_weak())
        }
    };
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| rank(&cands[i]));
    // Clusters by the exact words of their members, by each word of their names, and by acronym: a
    // candidate is compared only with the clusters it shares a word or an acronym with.
    let mut exact: HashMap<&[String], Vec<usize>> = HashMap::new();
    let mut index = WordIndex::default();
    // Organisation clusters by the institution words of their names, for "the Court" after "the Supreme Court".
    let mut heads: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &order {
        let c = &cands[i];
        let same_words = exact.get(c.words.as_slice()).map_or(&[][..], Vec::as_slice);
        let target = match c.alias_of.and_then(|a| owner.get(a).copied().flatten()) {
            Some(t) => Some((t, Vote::None)),
            None => {
                let near = index.near(c, same_words);
                best_match(doc, cands, &clusters, &near, same_words, c)
                    .or_else(|| head_noun_match(doc, &clusters, &heads, c))
            }
        };
        match target {
            Some((t, vote)) => {
                let list = exact.entry(c.words.as_slice()).or_default();
                if !list.contains(&t) {
                    list.push(t);
                }
                let cl = &mut clusters[t];
                cl.courtesy |= c.courtesy;
                cl.members.push(i);
                let at = cl.starts.partition_point(|&s| s < c.span.start);
                cl.starts.insert(at, c.span.start);
                add_evidence(cl, c);
                match vote {
                    Vote::Person => cl.person += 1,
                    Vote::Org => cl.org += 1,
                    Vote::None => {}
                }
                if c.words.len() > cl.full.len() && !c.is_acronym() {
                    cl.full.clone_from(&c.words);
                    cl.best = i;
                    index.add(t, &c.words);
                    add_heads(&mut heads, t, &c.words);
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
                    starts: vec![c.span.start],
                    given: c.given,
                    courtesy: c.courtesy,
                };
                add_evidence(&mut cl, c);
                index.add(clusters.len(), &c.words);
                add_heads(&mut heads, clusters.len(), &c.words);
                exact.entry(c.words.as_slice()).or_default().push(clusters.len());
                owner[i] = Some(clusters.len());
                clusters.push(cl);
            }
        }
    }
    clusters
}

fn add_heads(heads: &mut HashMap<String, Vec<usize>>, cluster: usize, words: &[String]) {
    if words.len() < 2 {
        return;
    }
    for w in words.iter().filter(|w| LEXICON.is_org_word_lower(w)) {
        let list = heads.entry(w.clone()).or_default();
        if list.last() != Some(&cluster) {
            list.push(cluster);
        }
    }
}

/// "the Court" or "the Church" alone: the latest organisation named before it with that word
/// ("the Supreme Court of Cassation", "the Church of Scientology").
fn head_noun_match(
    doc: &Doc,
    clusters: &[Cluster],
    heads: &HashMap<String, Vec<usize>>,
    c: &Candidate,
) -> Option<(usize, Vote)> {
    let i = doc.token_at_or_after(c.span.start);
    let after_the = i > 0 && doc.word(i - 1).eq_ignore_ascii_case("the");
    if c.words.len() != 1 || !after_the || c.all_caps || !c.roles.is_empty() {
        return None;
    }
    let list = heads.get(&c.words[0])?;
    list.iter()
        .rev()
        .take(16)
        .filter(|&&t| clusters[t].kind() != ActorKind::Person)
        .filter_map(|&t| {
            let first = clusters[t].starts.first().copied()?;
            (first < c.span.start).then_some((first, t))
        })
        .max()
        .map(|(_, t)| (t, Vote::None))
}

/// The words a name is indexed by: its distinctive ones, or all when it has none ("General Motors").
/// Generic words ("group", "of", "US") would tie every organisation to every other.
fn key_words(words: &[String]) -> Vec<&String> {
    let distinctive: Vec<&String> = words
        .iter()
        .filter(|w| names::is_distinctive(std::slice::from_ref(*w)))
        .collect();
    if distinctive.is_empty() {
        words.iter().collect()
    } else {
        distinctive
    }
}

/// Clusters by the words of their names and by acronym.
#[derive(Default)]
struct WordIndex {
    by_word: HashMap<String, Vec<usize>>,
    by_acronym: HashMap<String, Vec<usize>>,
}

impl WordIndex {
    fn add(&mut self, cluster: usize, full: &[String]) {
        for w in key_words(full) {
            let list = self.by_word.entry(w.clone()).or_default();
            if !list.contains(&cluster) {
                list.push(cluster);
            }
        }
        if let Some(a) = names::acronym_of(full) {
            let list = self.by_acronym.entry(a).or_default();
            if !list.contains(&cluster) {
                list.push(cluster);
            }
        }
    }

    /// The clusters that could take candidate `c`, in increasing order.
    fn near(&self, c: &Candidate, same_words: &[usize]) -> Vec<usize> {
        let mut ids: Vec<usize> = same_words.to_vec();
        for w in key_words(&c.words) {
            ids.extend(self.by_word.get(w).into_iter().flatten());
        }
        if c.words.len() == 1 {
            ids.extend(self.by_acronym.get(&c.words[0]).into_iter().flatten());
        }
        if let Some(a) = names::acronym_of(&c.words) {
            ids.extend(self.by_word.get(&a).into_iter().flatten());
        }
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// Drops clusters that name products rather than actors: an organisation's name followed by other words
/// ("Ford Taurus" beside "Ford"), and words that also occur in the plural ("Polaroid", "Polaroids").
fn drop_products(cands: &[Candidate], clusters: &mut [Cluster]) {
    // The distinctive beginnings of organisation names: "ford" for "Ford Motor Company".
    let prefixes: HashSet<Vec<String>> = clusters
        .iter()
        .filter(|cl| cl.kind() != ActorKind::Person && cl.org >= 2)
        .map(|cl| {
            let core = names::org_core(&cl.full);
            if core.len() == 1 && cl.full.starts_with(&core) {
                core
            } else {
                cl.full.clone()
            }
        })
        .filter(|p| names::is_distinctive(p))
        .collect();
    let singles: HashSet<String> = clusters
        .iter()
        .filter(|cl| plain_word(cands, cl))
        .map(|cl| cl.full[0].clone())
        .collect();
    for cl in clusters.iter_mut() {
        let weak = cl.person + cl.org + cl.group <= 1 && !cl.given;
        if !weak && cl.kind() != ActorKind::Person || cl.members.iter().any(|&m| !cands[m].roles.is_empty()) {
            continue;
        }
        // The longest form names the product; shorter members ("Taurus") went with it.
        let w = &cl.full;
        let product = !cl.courtesy && (1..w.len()).any(|len| prefixes.contains(&w[..len]));
        let plural = plain_word(cands, cl) && {
            let word = &cl.full[0];
            singles.contains(&format!("{word}s"))
                || word.strip_suffix('s').is_some_and(|stem| singles.contains(stem))
        };
        if product || plural {
            cl.members.clear();
        }
    }
}

/// Things named after a person of the article ("the Warhol Polaroids", "the Warhol Factory" beside "Andy
/// Warhol"): a name that starts with the person's surname, has no given name and no organisation word, is
/// a mention of the person by the surname alone.
fn named_after_people(doc: &Doc, cands: &mut [Candidate], clusters: &mut [Cluster]) {
    let surnames: HashMap<&str, usize> = clusters
        .iter()
        .enumerate()
        .filter(|(_, cl)| {
            cl.kind() == ActorKind::Person && cl.given && cl.full.len() >= 2 && !cl.members.is_empty()
        })
        .filter_map(|(i, cl)| cl.full.last().map(|w| (w.as_str(), i)))
        .collect();
    let mut moves = Vec::new();
    for (i, cl) in clusters.iter().enumerate() {
        let Some(&person) = cl.full.first().and_then(|w| surnames.get(w.as_str())) else {
            continue;
        };
        let plain = cl.full.len() >= 2
            && !cl.given
            && person != i
            && cl.kind() != ActorKind::Person
            && cl.full.iter().all(|w| !LEXICON.is_org_word_lower(w))
            && cl
                .members
                .iter()
                .all(|&m| cands[m].roles.is_empty() && !cands[m].courtesy)
            && cl.org < 5;
        if plain {
            moves.push((i, person));
        }
    }
    for (from, to) in moves {
        let members = std::mem::take(&mut clusters[from].members);
        for m in members {
            let c = &mut cands[m];
            let first = doc.token_at_or_after(c.name_span.start);
            let Some(tok) = doc.tokens.get(first) else {
                continue;
            };
            c.span = Span::new(c.name_span.start, tok.span.end);
            c.name_span = c.span;
            c.words.truncate(1);
            clusters[to].members.push(m);
        }
    }
}

/// A single-word cluster that nothing marks as a name: no title, no known organisation, no person evidence.
fn plain_word(cands: &[Candidate], cl: &Cluster) -> bool {
    cl.full.len() == 1
        && cl.person == 0
        && cl.org < 5
        && cl.group == 0
        && cl
            .members
            .iter()
            .all(|&m| cands[m].roles.is_empty() && !cands[m].courtesy && !cands[m].all_caps)
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
fn best_match(
    _doc: &Doc,
    cands: &[Candidate],
    clusters: &[Cluster],
    near: &[usize],
    same_words: &[usize],
    c: &Candidate,
) -> Option<(usize, Vote)> {
    let mut best: Option<(i32, usize, usize, Vote)> = None; // (score, recency, cluster, vote)
    for &k in near {
        let Some(cl) = clusters.get(k) else { continue };
        let (score, vote) = if same_words.contains(&k) {
            // "Ford" where the person is always "Ms Ford": likely the company of that name.
            let bare =
                cl.courtesy && !c.courtesy && (c.is_weak() || c.deferred) && cl.kind() == ActorKind::Person;
            (
                if !gender_fits(cl, c) {
                    0
                } else if bare {
                    4
                } else {
                    10
                },
                Vote::None,
            )
        } else {
            match_score(cands, cl, c)
        };
        if score <= 0 {
            continue;
        }
        // The latest member before the candidate (or the first one, for a candidate before them all).
        let before = cl.starts.partition_point(|&s| s <= c.span.start);
        let recency = if before > 0 { cl.starts[before - 1] } else { 0 };
        if best.is_none_or(|(s, r, _, _)| score > s || (score == s && recency > r)) {
            best = Some((score, recency, k, vote));
        }
    }
    best.map(|(_, _, k, v)| (k, v))
}

fn gender_fits(cl: &Cluster, c: &Candidate) -> bool {
    c.gender == Gender::Unknown || cl.gender == Gender::Unknown || c.gender == cl.gender
}

/// How well candidate `c` fits cluster `cl` (0 when it cannot belong to it), and what joining says.
fn match_score(cands: &[Candidate], cl: &Cluster, c: &Candidate) -> (i32, Vote) {
    let w = &c.words;
    if w.is_empty() || cl.full.is_empty() {
        return (0, Vote::None);
    }
    let kind = cl.kind();
    if !gender_fits(cl, c) {
        return (0, Vote::None);
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
    if w.len() > 1
        && full.len() == 1
        && cands[cl.best].is_acronym()
        && names::acronym_of(w).is_some_and(|a| a == full[0])
    {
        return (8, Vote::Org);
    }
    if (kind == ActorKind::Person || open) && !c_org {
        // Surname: "Blinken", "Mr Blinken" for "Antony Blinken".
        if w.len() < full.len() && full.ends_with(w) {
            let bare = cl.courtesy && !c.courtesy && weak;
            return (if bare { 4 } else { 6 }, Vote::Person);
        }
        // A fuller name for a surname seen first: "Antony Blinken" after "Blinken".
        if full.len() < w.len()
            && w.ends_with(full)
            && cl.members.iter().all(|&m| cands[m].words.len() <= full.len())
        {
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
            // An undecided name ("Ford Taurus") yields to a known organisation ("Ford Motor Company").
            return (if open { 5 } else { 6 }, Vote::Org);
        }
        if full.len() < w.len() && w.starts_with(full) && names::is_distinctive(full) {
            return (5, Vote::Org);
        }
        if !core_c.is_empty()
            && core_c.len() < core_f.len()
            && core_f.starts_with(&core_c)
            && names::is_distinctive(&core_c)
        {
            return (4, Vote::Org);
        }
    }
    if (kind != ActorKind::Person || open)
        && !c_person
        && w.len() > 1
        && w.len() <= full.len()
        && w[0] == full[0]
    {
        // "Penske Auto" for "Penske Automotive Group": shortened words, then generic ones.
        let short = |a: &String, b: &String| a.len() >= 3 && b.starts_with(a.as_str());
        if w.iter().zip(full).all(|(a, b)| short(a, b))
            && full[w.len()..].iter().all(|x| LEXICON.is_org_word_lower(x))
        {
            return (4, Vote::Org);
        }
    }
    (0, Vote::None)
}

/// The rules of this extractor, with their examples (see [`crate::analysis::rules`]).
pub static RULES: &[crate::analysis::rules::Rule] = &[];

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Actors {
        let doc = Doc::new(text);
        extract(
            &doc,
            &Context {
                countries: &[],
                dates: &[],
            },
            &mut Diagnostics::default(),
        )
    }

    fn kind(k: ActorKind) -> &'static str {
        match k {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
        }
    }

    /// One line per actor: `person "Antony Blinken" roles=["..."] country=US [Antony Blinken, Mr Blinken]`.
    fn render(text: &str) -> String {
        let actors = run(text);
        let mut lines = Vec::new();
        for a in &actors.actors {
            let mut line = format!("{} {:?}", kind(a.kind), a.name);
            if !a.roles.is_empty() {
                line.push_str(&format!(" roles={:?}", a.roles));
            }
            if let Some(c) = &a.country {
                line.push_str(&format!(" country={c}"));
            }
            let mentions: Vec<&str> = a.mentions.iter().map(|m| m.text.as_str()).collect();
            line.push_str(&format!(" [{}]", mentions.join(", ")));
            lines.push(line);
        }
        lines.join("\n")
    }

    fn check(text: &str, expected: &str) {
        assert_eq!(render(text), expected.trim(), "\ntext: {text}");
    }

    /// Pronouns and descriptions: `he=Anna Berg` in text order.
    fn refs(text: &str) -> String {
        let actors = run(text);
        actors
            .mentions
            .iter()
            .filter(|m| m.kind != MentionKind::Name)
            .map(|m| format!("{}={}", m.span.slice(text), actors.actors[m.actor].name))
            .collect::<Vec<_>>()
            .join(" ")
    }

    macro_rules! t {
        ($name:ident, $text:expr, $expected:expr) => {
            #[test]
            fn $name() {
                check($text, $expected);
            }
        };
    }

    macro_rules! p {
        ($name:ident, $text:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(refs($text), $expected, "\ntext: {}", $text);
            }
        };
    }

    // Detection: capitalised runs, particles, initials, hyphens, apostrophes.
    t!(
        plain_full_name,
        "Yesterday the talks were led by Maria Lopez in a small room.",
        r#"person "Maria Lopez" [Maria Lopez]"#
    );
    t!(
        particle_van,
        "The report was written by Ruud van Nistelrooy last year.",
        r#"person "Ruud van Nistelrooy" [Ruud van Nistelrooy]"#
    );
    t!(
        particle_de,
        "The painter Claudio de Luca lives near the harbour.",
        r#"person "Claudio de Luca" [Claudio de Luca]"#
    );
    t!(
        particle_al,
        "Officials said Suleiman al-Rashid had left the city.",
        r#"person "Suleiman al-Rashid" [Suleiman al-Rashid]"#
    );
    t!(
        particle_bin,
        "The envoy met Khalid bin Salman on his last visit.",
        r#"person "Khalid bin Salman" [Khalid bin Salman]"#
    );
    t!(
        initial_middle,
        "A statue of John F. Kennedy stands in the square.",
        r#"person "John F. Kennedy" [John F. Kennedy]"#
    );
    t!(
        initial_first,
        "The novel by J. Edgar Morton sold well.",
        r#"person "J. Edgar Morton" [J. Edgar Morton]"#
    );
    t!(
        hyphenated_name,
        "The lawyer Anne-Marie Duval filed the case.",
        r#"person "Anne-Marie Duval" [Anne-Marie Duval]"#
    );
    t!(
        hyphenated_surname,
        "A letter from Sarah Lloyd-Hughes arrived on time.",
        r#"person "Sarah Lloyd-Hughes" [Sarah Lloyd-Hughes]"#
    );
    t!(
        apostrophe_name,
        "The striker Patrick O'Connell scored twice.",
        r#"person "Patrick O'Connell" [Patrick O'Connell]"#
    );
    t!(
        suffix_jr,
        "The company was run by Henry Walton Jr. for years.",
        r#"person "Henry Walton Jr." [Henry Walton Jr.]"#
    );
    t!(
        possessive_cut,
        "It was Vera Novak's idea, and Novak's team agreed.",
        r#"person "Vera Novak" [Vera Novak, Novak]"#
    );
    t!(
        name_after_quote,
        "\"We will not wait,\" Laura Chen said on the steps.",
        r#"person "Laura Chen" [Laura Chen]"#
    );
    t!(
        name_after_said,
        "\"It is done,\" said Peter Harlow, leaving the room.",
        r#"person "Peter Harlow" [Peter Harlow]"#
    );
    t!(
        sentence_initial_name,
        "Rodrigo Alves spoke first. Alves then left.",
        r#"person "Rodrigo Alves" [Rodrigo Alves, Alves]"#
    );
    t!(
        sentence_initial_function_word,
        "The Ministry of Health said nothing.",
        r#"organization "Ministry of Health" [Ministry of Health]"#
    );
    t!(
        sentence_initial_adverb,
        "Meanwhile Tomas Berg waited outside.",
        r#"person "Tomas Berg" [Tomas Berg]"#
    );
    t!(
        sentence_initial_lower_elsewhere,
        "Critics say the plan failed. The critics of Jonas Weber agree.",
        r#"person "Jonas Weber" [Jonas Weber]"#
    );
    t!(
        unknown_sentence_start_dropped,
        "Beforehand, the officials met in private.",
        ""
    );
    t!(
        unknown_sentence_start_confirmed,
        "Mr Dunmore arrived late. Dunmore apologised.",
        r#"person "Dunmore" [Mr Dunmore, Dunmore]"#
    );
    t!(
        weekday_and_month,
        "On Monday the vote moved to March, and in April it passed.",
        ""
    );
    t!(
        months_are_not_people,
        "The deal was signed in May by Theresa May.",
        r#"person "Theresa May" [Theresa May]"#
    );
    t!(
        places_are_not_actors,
        "Talks in Geneva and Berlin followed a visit to Kyiv.",
        ""
    );
    t!(
        nationalities_are_not_actors,
        "Swiss and German diplomats met Russian officials.",
        ""
    );
    t!(
        headline_caps_only_known,
        "TALKS STALL AS NATO WAITS\n\nNato said on Friday that it would wait.",
        r#"organization "Nato" [NATO, Nato]"#
    );
    t!(
        product_code_is_not_company,
        "The Airbus A380 landed after Airbus engineers checked it.",
        r#"organization "Airbus" [Airbus]"#
    );
    t!(
        war_is_not_actor,
        "The Cold War ended and the Paris Agreement was signed.",
        ""
    );
    t!(
        adjective_compound,
        "It was a Soviet-era building near a US-led base.",
        ""
    );
    t!(stock_index, "The FTSE 100 and the Dow Jones fell sharply.", "");
    t!(empty_text, "", "");
    t!(lower_case_only, "nothing here is a name at all.", "");

    // Titles and courtesy titles.
    t!(
        courtesy_title_kept,
        "Mr Blinken said the talks were useful.",
        r#"person "Blinken" [Mr Blinken]"#
    );
    t!(
        courtesy_title_dotted,
        "Mrs. Alvarez thanked the nurses.",
        r#"person "Alvarez" [Mrs. Alvarez]"#
    );
    t!(
        title_to_role,
        "Foreign Minister Anna Berg arrived.",
        r#"person "Anna Berg" roles=["Foreign Minister"] [Anna Berg]"#
    );
    t!(
        role_with_country,
        "Russian Foreign Minister Sergei Volkov met the press.",
        r#"person "Sergei Volkov" roles=["Russian Foreign Minister"] country=RU [Sergei Volkov]"#
    );
    t!(
        multiword_title_with_country,
        "US Secretary of State Karen Bell flew home.",
        r#"person "Karen Bell" roles=["US Secretary of State"] country=US [Karen Bell]"#
    );
    t!(
        president_title,
        "President Omar Haddad signed the law.",
        r#"person "Omar Haddad" roles=["President"] [Omar Haddad]"#
    );
    t!(
        abbreviated_title,
        "PM Luciana Berger spoke first.",
        r#"person "Luciana Berger" roles=["PM"] [Luciana Berger]"#
    );
    t!(
        lower_case_role_before,
        "Chief executive Thomas Brandt resigned.",
        r#"person "Thomas Brandt" roles=["Chief executive"] [Thomas Brandt]"#
    );
    t!(
        company_role_before,
        "A note from Pinewood analyst Chris Walker expects a fall.",
        "organization \"Pinewood\" [Pinewood]\nperson \"Chris Walker\" roles=[\"Pinewood analyst\"] [Chris Walker]"
    );
    t!(
        apposition_role,
        "Emile Durand, the French president, said no.",
        r#"person "Emile Durand" roles=["French president"] country=FR [Emile Durand]"#
    );
    t!(
        apposition_with_courtesy,
        "The report, by Dr Alexander Tayler, said the risk was low.",
        r#"person "Alexander Tayler" [Dr Alexander Tayler]"#
    );
    t!(
        possessive_role_before_comma,
        "Malaysia's Prime Minister, Najib Tun, said he was ready.",
        r#"person "Najib Tun" roles=["Malaysia's Prime Minister"] country=MY [Najib Tun]"#
    );
    t!(
        role_of_organisation,
        "\"We are proud,\" said Jim Pressley, the Vice Chairman of Larkin Motors.",
        "person \"Jim Pressley\" roles=[\"Vice Chairman of Larkin Motors\"] [Jim Pressley]\norganization \"Larkin Motors\" [Larkin Motors]"
    );
    t!(
        minister_of_subject,
        "Minister of Education Stella Marino said yes.",
        r#"person "Stella Marino" roles=["Minister of Education"] [Stella Marino]"#
    );
    t!(
        title_alone_is_not_a_name,
        "The President said the Secretary of State was away.",
        ""
    );
    t!(
        two_roles_one_person,
        "Senator Ruth Okafor spoke. Ruth Okafor, a former judge, agreed.",
        r#"person "Ruth Okafor" roles=["Senator", "former judge"] [Ruth Okafor, Ruth Okafor]"#
    );

    // Kinds.
    t!(
        org_suffix,
        "The Treasury Department imposed sanctions.",
        r#"organization "Treasury Department" [Treasury Department]"#
    );
    t!(
        org_of,
        "She studied at the University of Sheffield.",
        r#"organization "University of Sheffield" [University of Sheffield]"#
    );
    t!(
        org_known_acronym,
        "The FBI and the CIA declined to comment.",
        "organization \"FBI\" [FBI]\norganization \"CIA\" [CIA]"
    );
    t!(
        org_inc,
        "Shares of Harlow Inc. rose.",
        r#"organization "Harlow Inc." [Harlow Inc.]"#
    );
    t!(
        org_party,
        "The Civic Party won two seats.",
        r#"organization "Civic Party" [Civic Party]"#
    );
    t!(
        org_with_demonym,
        "The Indonesian Navy rescued them.",
        r#"organization "Indonesian Navy" [Indonesian Navy]"#
    );
    t!(
        org_possessive_name,
        "The New People's Party gained votes.",
        r#"organization "New People's Party" [New People's Party]"#
    );
    t!(
        org_and_museum,
        "It moved to the Mary & Leigh Block Museum of Art.",
        r#"organization "Mary & Leigh Block Museum of Art" [Mary & Leigh Block Museum of Art]"#
    );
    t!(
        org_with_place,
        "Flights by Air Moldova were cancelled.",
        r#"organization "Air Moldova" [Air Moldova]"#
    );
    t!(
        group_kind,
        "The Democrats and the Republicans met.",
        "group \"Democrats\" [Democrats]\ngroup \"Republicans\" [Republicans]"
    );
    t!(
        person_given_name,
        "The prize went to Colette Marsh.",
        r#"person "Colette Marsh" [Colette Marsh]"#
    );
    t!(
        person_unknown_names,
        "The vote was won by Rodaba Noorzai.",
        r#"person "Rodaba Noorzai" [Rodaba Noorzai]"#
    );
    t!(
        person_hyphenated_given,
        "The seat went to Cheng Chung-wai of the party.",
        r#"person "Cheng Chung-wai" [Cheng Chung-wai]"#
    );
    t!(
        single_unknown_is_org,
        "Shares in Veltrona rose after Veltrona reported profits.",
        r#"organization "Veltrona" [Veltrona, Veltrona]"#
    );
    t!(
        single_word_given_name_alone_is_org,
        "The carmaker Chrysler cut jobs, and Chrysler dealers agreed.",
        r#"organization "Chrysler" [Chrysler, Chrysler]"#
    );
    t!(
        single_word_with_title_is_person,
        "Mrs Marlowe left. Marlowe had won.",
        r#"person "Marlowe" [Mrs Marlowe, Marlowe]"#
    );
    t!(
        org_word_with_given_name,
        "\"It is late,\" said Jim Press.",
        r#"person "Jim Press" [Jim Press]"#
    );

    // Alias clustering.
    t!(
        surname_links,
        "Antony Blinken met the press. Blinken said Mr Blinken would stay.",
        r#"person "Antony Blinken" [Antony Blinken, Blinken, Mr Blinken]"#
    );
    t!(
        surname_first,
        "Mr Okoro spoke. Later, Daniel Okoro left.",
        r#"person "Daniel Okoro" [Mr Okoro, Daniel Okoro]"#
    );
    t!(
        same_surname_differs,
        "Laura Price and Mark Price arrived. Mrs Price spoke first.",
        "person \"Laura Price\" [Laura Price, Mrs Price]\nperson \"Mark Price\" [Mark Price]"
    );
    t!(
        acronym_after,
        "General Motors cut jobs. GM said more cuts would follow.",
        r#"organization "General Motors" [General Motors, GM]"#
    );
    t!(
        acronym_in_brackets,
        "Singapore Airlines (SIA) took delivery. SIA flew it home.",
        r#"organization "Singapore Airlines" [Singapore Airlines, SIA, SIA]"#
    );
    t!(
        short_form_org,
        "Ford Motor Company lost money. Ford will close a plant.",
        r#"organization "Ford Motor Company" [Ford Motor Company, Ford]"#
    );
    t!(
        core_form_org,
        "The US Treasury Department acted. The Treasury said more would come.",
        r#"organization "US Treasury Department" [US Treasury Department, Treasury]"#
    );
    t!(
        first_name_alone,
        "Daniel Montero left in May. Daniel had been there ten years.",
        r#"person "Daniel Montero" [Daniel Montero, Daniel]"#
    );
    t!(
        people_and_org_share_word,
        "Helena Ford chairs Ford Motor Company. Ms Ford said Ford would grow.",
        "person \"Helena Ford\" [Helena Ford, Ms Ford]\norganization \"Ford Motor Company\" [Ford Motor Company, Ford]"
    );

    // Works and things named after a common noun or a product word are not actors.
    t!(
        work_after_film,
        "He starred in the 1971 film Lonely Harbour with Ada Lenz.",
        r#"person "Ada Lenz" [Ada Lenz]"#
    );
    t!(
        work_after_book,
        "She wrote the book Quiet Water about her years at sea.",
        ""
    );
    t!(
        thing_called,
        "Members were tested with a device called the Mind Gauge.",
        ""
    );
    t!(
        product_after_mixed_case_word,
        "The new iPhone Pro and the iPod Nano went on sale.",
        ""
    );
    t!(
        name_after_plain_noun_kept,
        "The director Ada Lenz agreed.",
        r#"person "Ada Lenz" roles=["director"] [Ada Lenz]"#
    );

    // A person named inside the name of a place or a thing.
    t!(
        person_in_prize_name,
        "She won the Ada Lenz Memorial Prize in May.",
        r#"person "Ada Lenz" [Ada Lenz]"#
    );
    t!(
        person_with_initial_in_airport,
        "They landed at John Q. Okafor Airport at noon.",
        r#"person "John Q. Okafor" [John Q. Okafor]"#
    );
    t!(
        person_in_program_joins_person,
        "Paula Brandt gave money. The Paula Brandt Scholarship Program grew.",
        r#"person "Paula Brandt" [Paula Brandt, Paula Brandt]"#
    );
    t!(
        place_without_given_name_stays_out,
        "Crowds gathered at Harbour View Memorial on Sunday.",
        ""
    );

    // Compound names written with a spaced hyphen.
    t!(
        spaced_hyphen_compound,
        "Shoppers left Dunmo - Brekke for rivals. Dunmo - Brekke cut prices.",
        r#"organization "Dunmo - Brekke" [Dunmo - Brekke, Dunmo - Brekke]"#
    );
    t!(
        dash_after_place_splits,
        "Boston - Talks between Ada Lenz and the union ended.",
        r#"person "Ada Lenz" [Ada Lenz]"#
    );
    t!(
        dash_between_names_in_a_run_splits,
        "The deal left Paula Brandt - Ada Lenz said - without a job.",
        "person \"Paula Brandt\" [Paula Brandt]\nperson \"Ada Lenz\" [Ada Lenz]"
    );

    // A country abbreviation before a long official name is not part of it.
    t!(
        country_abbreviation_before_long_name,
        "The U.S. Office of Ocean Research and the US Bureau of Land Survey disagreed.",
        "organization \"Office of Ocean Research\" [Office of Ocean Research]\norganization \"Bureau of Land Survey\" [Bureau of Land Survey]"
    );
    t!(
        country_abbreviation_before_short_name_kept,
        "The UK Fisheries Agency said so.",
        r#"organization "UK Fisheries Agency" [UK Fisheries Agency]"#
    );

    // Names that qualify a product or a thing.
    t!(
        product_before_thing_noun,
        "Shops sold the Zephyr Slim laptops in May.",
        ""
    );
    t!(
        acronym_before_system,
        "Fees moved from the QRT system to a new one.",
        ""
    );
    t!(
        maker_before_thing_noun_kept,
        "Airlines ordered more Brekka jets this year.",
        r#"organization "Brekka" [Brekka]"#
    );
    t!(
        product_name_confirmed_elsewhere,
        "Zephyr Slim laptops sold out. Zephyr Slim said sales doubled.",
        r#"person "Zephyr Slim" [Zephyr Slim, Zephyr Slim]"#
    );

    // Things named after a person of the article.
    t!(
        thing_named_after_person,
        "Paula Brandt painted them. Visitors saw the Brandt Portraits in the hall.",
        r#"person "Paula Brandt" [Paula Brandt, Brandt]"#
    );
    t!(
        org_named_after_person_stays,
        "Paula Brandt gave money. The Brandt Foundation grew.",
        "person \"Paula Brandt\" [Paula Brandt]\norganization \"Brandt Foundation\" [Brandt Foundation]"
    );

    // Institution words make organisations.
    t!(
        gallery_is_org,
        "The prints went to the Harlan Gallery last year.",
        r#"organization "Harlan Gallery" [Harlan Gallery]"#
    );
    t!(
        orchestra_is_org,
        "She joined the Oldham Youth Orchestra in May.",
        r#"organization "Oldham Youth Orchestra" [Oldham Youth Orchestra]"#
    );

    // "the Court" after a longer name with that institution word.
    t!(
        head_noun_joins_org,
        "The Supreme Court of Oldland ruled. Lawyers said the Court had erred.",
        r#"organization "Supreme Court of Oldland" [Supreme Court of Oldland, Court]"#
    );
    t!(
        head_noun_at_sentence_start_joins_org,
        "Members left the Church of Brightwater. The Church's website went down.",
        r#"organization "Church of Brightwater" [Church of Brightwater, Church]"#
    );
    t!(
        head_noun_without_org_stays_out,
        "The court met. Later the Court adjourned.",
        ""
    );

    // A single unknown word after "the" is a thing unless the article names it otherwise.
    t!(
        single_word_after_the_is_thing,
        "Crowds came for the Lumafest and stayed a week.",
        ""
    );
    t!(
        single_word_after_the_confirmed,
        "Yesterday Oldvale called a strike. Protests were led by the Oldvale.",
        r#"organization "Oldvale" [Oldvale, Oldvale]"#
    );
    t!(
        known_body_after_the,
        "Markets waited for the Fed and the Knesset.",
        "organization \"Fed\" [Fed]\norganization \"Knesset\" [Knesset]"
    );

    t!(
        foreign_institute_is_org,
        "She studied at the Istituto Brenta for a year.",
        r#"organization "Istituto Brenta" [Istituto Brenta]"#
    );

    // Regressions.
    t!(
        regression_auto_dealer_is_org,
        "The sale went to Harlan Auto last week.",
        r#"organization "Harlan Auto" [Harlan Auto]"#
    );
    t!(
        regression_known_union_after_the,
        "Drivers in the Teamsters voted to strike.",
        r#"organization "Teamsters" [Teamsters]"#
    );
    t!(
        regression_car_model_after_the,
        "Two models will go, the Comet and the Vexa, said Ada Lenz.",
        r#"person "Ada Lenz" [Ada Lenz]"#
    );
    t!(
        regression_head_noun_joins_latest_org,
        "The Harbour Court met. The Supreme Court of Oldland ruled. Then the Court rose.",
        "organization \"Harbour Court\" [Harbour Court]\norganization \"Supreme Court of Oldland\" [Supreme Court of Oldland, Court]"
    );
    t!(
        regression_mutual_bank_is_org,
        "Savers left Dunmore Mutual in droves.",
        r#"organization "Dunmore Mutual" [Dunmore Mutual]"#
    );
    t!(
        regression_surname_first_names_stay_apart,
        "Wong Kai-ming won. Lily Wong lost. Wong Pik-wan won too.",
        "person \"Wong Kai-ming\" [Wong Kai-ming]\nperson \"Lily Wong\" [Lily Wong]\nperson \"Wong Pik-wan\" [Wong Pik-wan]"
    );
    t!(
        regression_org_before_thing_noun_kept,
        "Jets chased Oldland Air Force planes near the coast.",
        r#"organization "Oldland Air Force" [Oldland Air Force]"#
    );
    t!(
        regression_product_line_is_no_person,
        "Shares rose after Dunmore released new Orbit Air tablets and Orbit Air phones.",
        r#"organization "Dunmore" [Dunmore]"#
    );
    t!(
        regression_court_after_country_abbreviation_is_org,
        "A panel of the U.S. Court of Appeals for the Ninth Circuit ruled.",
        r#"organization "Court of Appeals for the Ninth Circuit" [Court of Appeals for the Ninth Circuit]"#
    );
    t!(
        regression_abbreviated_place_is_no_person,
        "She spoke in Port St. Vexa on Friday.",
        ""
    );
    t!(
        regression_us_before_three_word_agency,
        "The US National Harbour Service closed the port.",
        r#"organization "National Harbour Service" [National Harbour Service]"#
    );
    t!(
        regression_spaced_hyphen_name_is_one_actor,
        "Sales at Wexa - Mart rose.",
        r#"organization "Wexa - Mart" [Wexa - Mart]"#
    );
    t!(
        regression_person_before_program_kept,
        "Grants came from the Mark Dole Photography Program last year.",
        r#"person "Mark Dole" [Mark Dole]"#
    );
    t!(
        regression_person_after_work_noun_kept,
        "They watched the video Ada Lenz posted on Friday.",
        r#"person "Ada Lenz" [Ada Lenz]"#
    );
    t!(
        regression_surname_after_work_noun_joins_person,
        "Marta Okafor wrote it. Critics praised the book Okafor finished last year.",
        r#"person "Marta Okafor" [Marta Okafor, Okafor]"#
    );
    t!(
        regression_film_title_is_no_person,
        "Critics loved the film Easy Summer.",
        ""
    );
    t!(
        regression_org_then_place,
        "She works at the University of Leeds of the UK now.",
        r#"organization "University of Leeds" [University of Leeds]"#
    );
    t!(
        regression_two_orgs_joined_by_at,
        "The show moved to the Harlan Art Museum at Birchfield University last year.",
        "organization \"Harlan Art Museum\" [Harlan Art Museum]\norganization \"Birchfield University\" [Birchfield University]"
    );
    t!(
        regression_descriptor_before_name,
        "The actor and Scientologist Tom Cruise spoke.",
        r#"person "Tom Cruise" [Tom Cruise]"#
    );
    t!(
        regression_trailing_function_word,
        "The seat went to Regina Ipson In the end.",
        r#"person "Regina Ipson" [Regina Ipson]"#
    );
    t!(
        regression_place_possessive_org,
        "Saudi Arabia's Civil Defence Authority said so.",
        r#"organization "Civil Defence Authority" [Civil Defence Authority]"#
    );
    t!(
        regression_plural_product,
        "He sold Lumacams. The Lumacam was cheap, and Lumacams sold well.",
        ""
    );
    t!(
        regression_product_after_company,
        "Marlow Motors will revive the Marlow Comet. Marlow Motors said so.",
        r#"organization "Marlow Motors" [Marlow Motors, Marlow Motors]"#
    );
    t!(
        regression_month_after_org,
        "A ruling by the Supreme Court of Cassation on July 8 was cited.",
        r#"organization "Supreme Court of Cassation" [Supreme Court of Cassation]"#
    );
    t!(
        regression_sentence_initial_us,
        "US officials met. US Senator Mark Dole spoke.",
        r#"person "Mark Dole" roles=["US Senator"] country=US [Mark Dole]"#
    );
    t!(
        regression_title_at_sentence_start,
        "Chief executive Thomas Brandt resigned.",
        r#"person "Thomas Brandt" roles=["Chief executive"] [Thomas Brandt]"#
    );

    t!(
        regression_common_words_thing,
        "The music store opened. The Music Store sold songs.",
        ""
    );
    t!(
        regression_plural_of_known_word,
        "Walton took Lumacams to parties. One Lumacam broke. Walton said so.",
        r#"organization "Walton" [Walton, Walton]"#
    );

    t!(
        regression_campus_after_at,
        "He taught at the University of Kent at Canterbury.",
        r#"organization "University of Kent at Canterbury" [University of Kent at Canterbury]"#
    );
    t!(
        regression_country_after_the,
        "Work by Oldham State University of the UK was cited.",
        r#"organization "Oldham State University" [Oldham State University]"#
    );
    t!(
        regression_short_surname_kept,
        "The winners included James To and Wilson Or.",
        "person \"James To\" [James To]\nperson \"Wilson Or\" [Wilson Or]"
    );

    t!(
        particle_chain,
        "The plan of Ursula von der Brandt was adopted.",
        r#"person "Ursula von der Brandt" [Ursula von der Brandt]"#
    );
    t!(
        workplace_after_at,
        "Analysts at Brekke Fitch expect a cut.",
        r#"organization "Brekke Fitch" [Brekke Fitch]"#
    );
    t!(
        former_in_role,
        "He met former Foreign Minister Ada Lenz in May.",
        r#"person "Ada Lenz" roles=["former Foreign Minister"] [Ada Lenz]"#
    );

    t!(
        regression_org_then_role_title,
        "Anna Berg, the Harbour Authority Spokesperson, said no.",
        "person \"Anna Berg\" roles=[\"Harbour Authority Spokesperson\"] [Anna Berg]\norganization \"Harbour Authority\" [Harbour Authority]"
    );
    t!(
        regression_title_of_place_before_comma,
        "The Prime Minister of Norway, Mr. Ola Berg, spoke first.",
        r#"person "Ola Berg" roles=["Prime Minister of Norway"] country=NO [Mr. Ola Berg]"#
    );
    t!(
        regression_apposition_before_bracket,
        "Ada Lenz, head of the Ports Agency (PA), agreed.",
        "person \"Ada Lenz\" roles=[\"head of the Ports Agency\"] [Ada Lenz]\norganization \"Ports Agency\" [Ports Agency, PA]"
    );
    t!(
        regression_title_alone_capitalised,
        "In his speech, the Prime Minister praised them.",
        ""
    );

    t!(
        regression_given_name_like_faith,
        "Their leader, Christian Lindqvist, stayed.",
        r#"person "Christian Lindqvist" roles=["leader"] [Christian Lindqvist]"#
    );
    t!(
        regression_party_with_known_word,
        "The Free Democrats walked out.",
        r#"organization "Free Democrats" [Free Democrats]"#
    );

    t!(
        regression_contraction,
        "Flowers Won’t Attend, Says Aide\n\nRuth Flowers said she would stay home.",
        r#"person "Ruth Flowers" [Ruth Flowers]"#
    );
    t!(
        regression_transcript_label,
        "Senator Ruth Okafor joined the show.\n\nOKAFOR: Thank you.\n\n(CROSSTALK.)",
        r#"person "Ruth Okafor" roles=["Senator"] [Ruth Okafor, OKAFOR]"#
    );
    t!(
        regression_quoted_show_title,
        "He called it an episode of “Dragon Den.” Then he left.",
        ""
    );
    t!(regression_single_letter, "Governor, I disagree with that.", "");
    t!(
        regression_title_beats_modifier,
        "President Okafor spoke. The Okafor camp and the Okafor team cheered.",
        r#"person "Okafor" roles=["President"] [Okafor, Okafor, Okafor]"#
    );

    t!(
        regression_party_word_in_role,
        "Yesterday Republican Senate Majority Leader Ada Lenz objected.",
        r#"person "Ada Lenz" roles=["Republican Senate Majority Leader"] [Ada Lenz]"#
    );
    t!(
        regression_default_kind_does_not_add_up,
        "Dunmore Brekke fined its staff. Dunmore Brekke CEO Ada Lenz said Dunmore Brekke would pay.",
        "organization \"Dunmore Brekke\" [Dunmore Brekke, Dunmore Brekke, Dunmore Brekke]\nperson \"Ada Lenz\" roles=[\"Dunmore Brekke CEO\"] [Ada Lenz]"
    );

    t!(
        regression_surname_after_the,
        "Tom Berglund starred in it. The Berglund video spread, and Berglund said nothing.",
        r#"person "Tom Berglund" [Tom Berglund, Berglund, Berglund]"#
    );
    t!(
        regression_org_abbreviation_then_person,
        "The founder of Veltrona Inc. Steve Dorn died.",
        "organization \"Veltrona Inc\" [Veltrona Inc]\nperson \"Steve Dorn\" [Steve Dorn]"
    );
    t!(
        regression_truncated_org_word,
        "Penwick Automotive Group bought it. Penwick Auto said so.",
        r#"organization "Penwick Automotive Group" [Penwick Automotive Group, Penwick Auto]"#
    );
    t!(
        regression_pro_prefix,
        "The Pro-Beijing DAB won seats.",
        r#"organization "DAB" [DAB]"#
    );

    t!(
        regression_the_before_surname,
        "A clip showed Tom Berglund. The church removed the Berglund clip.",
        r#"person "Tom Berglund" [Tom Berglund, Berglund]"#
    );
    t!(
        regression_who_after_members_of,
        "She met members of Veltrona, who helped her. Veltrona said so.",
        r#"organization "Veltrona" [Veltrona, Veltrona]"#
    );

    t!(
        regression_product_with_short_name,
        "Marlow Comet returns\n\nMarlow Motors will revive the Marlow Comet. The Comet sold well, Marlow said.",
        r#"organization "Marlow Motors" [Marlow, Marlow Motors, Marlow]"#
    );

    // Pronouns and descriptions.
    p!(
        pronoun_he,
        "Mr Blinken arrived. He said the talks were useful.",
        "He=Blinken"
    );
    p!(
        pronoun_she_by_name,
        "Anna Berg and Tomas Lind met. She said it went well.",
        "She=Anna Berg"
    );
    p!(
        pronoun_he_by_name,
        "Anna Berg and Tomas Lind met. He said it went well.",
        "He=Tomas Lind"
    );
    p!(
        pronoun_his_same_sentence,
        "Mr Lavrov warned his counterpart.",
        "his=Lavrov"
    );
    p!(
        pronoun_subject_preferred,
        "Mr Ross met Mr Hale. He left early.",
        "He=Ross"
    );
    p!(
        pronoun_chain,
        "President Omar Haddad spoke. He was calm. Later he left.",
        "He=Omar Haddad he=Omar Haddad"
    );
    p!(
        pronoun_they_org,
        "The Civic Party lost. They blamed the rain.",
        "They=Civic Party"
    );
    p!(
        pronoun_it_org,
        "Veltrona Inc. said it would appeal.",
        "it=Veltrona Inc."
    );
    p!(pronoun_no_antecedent, "He said nothing at all.", "");
    p!(pronoun_not_in_quote, "\"He is wrong,\" Mr Ross said.", "");
    p!(
        pronoun_speaker_not_in_quote,
        "Anna Berg spoke. \"We met Mr Ross,\" she said.",
        "she=Anna Berg"
    );
    p!(
        pronoun_speaker_after_quote,
        "Tomas Lind spoke. \"We met Anna Berg,\" he said.",
        "he=Tomas Lind"
    );
    p!(
        pronoun_in_quote_not_speaker,
        "Tomas Lind left early. Anna Berg said, \"I think his work matters.\"",
        "his=Tomas Lind"
    );
    p!(
        pronoun_inside_quote,
        "Mr Ross arrived. \"He is late,\" Anna Berg said.",
        "He=Ross"
    );
    p!(
        description_minister,
        "Foreign Minister Anna Berg arrived. The minister said no.",
        "The minister=Anna Berg"
    );
    p!(
        description_company,
        "Veltrona Inc. lost money. The company will cut jobs.",
        "The company=Veltrona Inc."
    );

    #[test]
    fn context_places_and_dates_are_not_actors() {
        use crate::analysis::report::{CountryMention, DateKind, Via};
        let text = "Zorvanian Foreign Minister Ada Lenz flew to Brelsk on Blursday.";
        let span = |w: &str| {
            let s = text.find(w).unwrap_or(0);
            (s, s + w.len())
        };
        let mention = |w: &str, via| {
            let (start, end) = span(w);
            CountryMention {
                start,
                end,
                text: w.to_string(),
                via,
                rule: Default::default(),
            }
        };
        let countries = [Country {
            code: "ZV".into(),
            name: "Zorvania".into(),
            mentions: vec![
                mention("Zorvanian", Via::Demonym),
                mention("Brelsk", Via::Capital),
            ],
        }];
        let (start, end) = span("Blursday");
        let dates = [DateMention {
            start,
            end,
            text: "Blursday".into(),
            kind: DateKind::Date,
            value: Some("2022-01-20".into()),
            inferred: false,
            rule: Default::default(),
        }];
        let doc = Doc::new(text);
        let actors = extract(
            &doc,
            &Context {
                countries: &countries,
                dates: &dates,
            },
            &mut Diagnostics::default(),
        );
        let found: Vec<(&str, &[String], Option<&str>)> = actors
            .actors
            .iter()
            .map(|a| (a.name.as_str(), a.roles.as_slice(), a.country.as_deref()))
            .collect();
        assert_eq!(
            found,
            [(
                "Ada Lenz",
                &["Zorvanian Foreign Minister".to_string()][..],
                Some("ZV")
            )]
        );
    }

    #[test]
    fn actor_at_finds_names_and_pronouns() {
        let text = "Mr Blinken arrived. He said yes.";
        let actors = run(text);
        assert_eq!(actors.actor_at(Span::new(0, 10)), Some(0));
        let he = text.find("He").unwrap_or(0);
        assert_eq!(actors.actor_at(Span::new(he, he + 2)), Some(0));
        assert_eq!(
            actors.mention_at(Span::new(he, he + 2)).map(|m| m.kind),
            Some(MentionKind::Pronoun)
        );
        assert_eq!(actors.actor_at(Span::new(11, 18)), None);
    }

    #[test]
    fn ids_in_order_of_first_mention() {
        let report = crate::analysis::analyse(
            "Zed Corp hired Anna Berg. Berg met Zed Corp.",
            &Default::default(),
        );
        let ids: Vec<(&str, &str)> = report
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str()))
            .collect();
        assert_eq!(ids, [("a1", "Zed Corp"), ("a2", "Anna Berg")]);
    }

    #[test]
    fn never_panics_and_spans_are_char_boundaries() {
        let texts = [
            "'",
            "’s",
            "Mr",
            "Mr.",
            "Mr Mr Mr",
            "of the of",
            "A & B",
            "(SIA)",
            "\"",
            "É",
            "Ñandú Ölçer said.",
            "O'",
            "al-",
            "Secretary of",
            "US-",
            "Dr. \u{FEFF}Smith",
            "the the The",
            "John F.",
            "He he she it they",
            "—Émile Zola—",
        ];
        for text in texts {
            let actors = run(text);
            for m in &actors.mentions {
                assert!(
                    text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end),
                    "{text}"
                );
                assert!(m.span.end <= text.len() && m.actor < actors.actors.len());
            }
        }
    }
}
