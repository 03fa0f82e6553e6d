//! Clustering of name candidates into actors: which names go together, what kind each actor is.

use crate::analysis::sort::CompactSort;
use std::collections::{HashMap, HashSet};

use crate::analysis::actors::lexicon::{case, Gender, PronounClass, LEXICON};
use crate::analysis::actors::model::{Candidate, Cluster};
use crate::analysis::actors::names::{self, ACRONYM, CAPITALISED_NAME, CAPITALISED_WORD, PARTY_MEMBERS};
use crate::analysis::actors::{citations, glosses, things};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::quotes;
use crate::analysis::report::ActorKind;
use crate::analysis::rules::Rule;
use crate::analysis::text::{self, is_capitalized, is_quote_mark, lower_case_compound, Doc, TokenKind};
use crate::analysis::Span;

/// Groups candidates into actors, in text order; a candidate that joins an actor through a linking
/// rule ("Blinken" after "Antony Blinken") names that rule from then on.
pub fn cluster(doc: &Doc, cands: &mut [Candidate]) -> Vec<Cluster> {
    let (clusters, links) = group(doc, cands);
    for (i, rule) in links {
        cands[i].rule = rule;
    }
    clusters
}

/// The clusters, and the candidates whose rule is the one that linked them.
fn group(doc: &Doc, cands: &[Candidate]) -> (Vec<Cluster>, Vec<(usize, &'static str)>) {
    let mut links = Vec::new();
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
    order.compact_sort_by_key(|&i| rank(&cands[i]));
    // Clusters by the exact words of their members, by each word of their names, and by acronym: a
    // candidate is compared only with the clusters it shares a word or an acronym with.
    let mut exact: HashMap<&[String], Vec<usize>> = HashMap::new();
    let mut index = WordIndex::default();
    // Organisation clusters by the institution words of their names, for "the Court" after "the Supreme Court".
    let mut heads: HashMap<String, Vec<usize>> = HashMap::new();
    let partner = coordinated_partners(doc, cands);
    // "Laudat, a village of 300 people": a name the article says is a place is one wherever it stands,
    // and no short form of the body that governs it ("the Laudat Village Council").
    let defined_places: HashSet<&[String]> = cands
        .iter()
        .filter(|c| c.defined && c.thing && c.words.len() == 1)
        .map(|c| c.words.as_slice())
        .collect();
    for &i in &order {
        let c = &cands[i];
        // The latest clusters with the same words only, as for any other word ([`NEAR_LIMIT`]): "the
        // Government" a thousand times after a thousand governments' names.
        let same_words = exact
            .get(c.words.as_slice())
            .map_or(&[][..], |l| &l[l.len().saturating_sub(NEAR_LIMIT)..]);
        // "President Vellmar and first lady Ana Vellmar": a name joined to another by "and" is not it.
        let avoid = partner[i].and_then(|p| owner[p]);
        let target = match c.alias_of.and_then(|a| owner.get(a).copied().flatten()) {
            // The body's name in another language keeps its own rule ([`glosses`]).
            Some(t) if c.rule == glosses::NAME_IN_ANOTHER_LANGUAGE.name => Some((t, Vote::None, None)),
            Some(t) => Some((t, Vote::None, Some(PARENTHESISED_SHORT_FORM.name))),
            None => {
                let near: Vec<usize> = index
                    .near(c, same_words)
                    .into_iter()
                    .filter(|&k| Some(k) != avoid)
                    .collect();
                best_match(doc, cands, &clusters, &near, same_words, c)
                    .or_else(|| head_noun_match(doc, &clusters, &heads, c))
                    .or_else(|| national_institution_match(&clusters, &heads, &exact, c))
                    .filter(|&(t, _, _)| Some(t) != avoid)
                    .filter(|&(t, _, _)| {
                        !(defined_places.contains(c.words.as_slice())
                            && (body_of(&c.words, &clusters[t].full)
                                || named_after_illness(&c.words, &clusters[t].full)))
                    })
            }
        };
        match target {
            Some((t, vote, link)) => {
                let repeated = same_words.contains(&t) && is_weak_rule(c.rule);
                let rule = match link {
                    Some(link) => link,
                    None if repeated => repeated_rule(&clusters[t], c),
                    None => c.rule,
                };
                if rule != c.rule {
                    links.push((i, rule));
                }
                let list = exact.entry(c.words.as_slice()).or_default();
                if !list.contains(&t) {
                    list.push(t);
                }
                let cl = &mut clusters[t];
                join(cl, i, c, vote);
                if c.words.len() > cl.full.len() && !c.is_acronym() {
                    cl.full.clone_from(&c.words);
                    cl.best = i;
                    index.add(t, &c.words, c.given);
                    add_heads(&mut heads, t, &c.words);
                }
                owner[i] = Some(t);
            }
            None if c.deferred || c.doubtful => {}
            None => {
                let cl = new_cluster(i, c);
                index.add(clusters.len(), &c.words, c.given);
                add_heads(&mut heads, clusters.len(), &c.words);
                exact.entry(c.words.as_slice()).or_default().push(clusters.len());
                owner[i] = Some(clusters.len());
                clusters.push(cl);
            }
        }
    }
    (clusters, links)
}

/// A cluster of candidate `i` alone.
fn new_cluster(i: usize, c: &Candidate) -> Cluster {
    let mut cl = Cluster {
        members: Vec::with_capacity(1),
        full: c.words.clone(),
        best: i,
        person: 0,
        org: 0,
        group: 0,
        gender: Gender::Unknown,
        starts: Vec::with_capacity(1),
        given: c.given,
        courtesy: false,
        doubts: 0,
        things: 0,
        defined: false,
    };
    join(&mut cl, i, c, Vote::None);
    cl
}

/// Candidate `i` joins cluster `cl` with its evidence and its vote for the cluster's kind.
fn join(cl: &mut Cluster, i: usize, c: &Candidate, vote: Vote) {
    cl.courtesy |= c.courtesy;
    cl.doubts += u32::from(c.place);
    cl.things += u32::from(c.thing);
    cl.defined |= c.defined;
    cl.members.push(i);
    let at = cl.starts.partition_point(|&s| s < c.span.start);
    cl.starts.insert(at, c.span.start);
    add_evidence(cl, c);
    match vote {
        Vote::Person => cl.person += 1,
        Vote::Org => cl.org += 1,
        Vote::None => {}
    }
}

/// For each candidate, the one joined to it by "and" or "or" with different words, in either order
/// ("President Vellmar and first lady Ana Vellmar"): at most four words between the names, the
/// conjunction first, in one sentence.
fn coordinated_partners(doc: &Doc, cands: &[Candidate]) -> Vec<Option<usize>> {
    let mut partner = vec![None; cands.len()];
    let mut by_start: Vec<usize> = (0..cands.len()).collect();
    by_start.compact_sort_by_key(|&i| (cands[i].name_span.start, cands[i].name_span.end));
    for pair in by_start.windows(2) {
        let (a, b) = (&cands[pair[0]], &cands[pair[1]]);
        if a.words == b.words || a.name_span.end > b.name_span.start {
            continue;
        }
        let first = doc.token_at_or_after(a.name_span.end);
        let last = doc.token_at_or_after(b.name_span.start);
        let joined = first < last
            && last - first <= 5
            && matches!(doc.lower(first), "and" | "or")
            && (first..last).all(|k| doc.tokens[k].kind == TokenKind::Word)
            && doc.tokens[first].sentence == doc.tokens[last].sentence;
        if joined {
            partner[pair[0]] = Some(pair[1]);
            partner[pair[1]] = Some(pair[0]);
        }
    }
    partner
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
) -> Option<(usize, Vote, Link)> {
    let i = doc.token_at_or_after(c.span.start);
    let after_the = i > 0 && doc.word(i - 1).eq_ignore_ascii_case("the");
    // "A Commission spokesman in Brussels": the word alone before a role in lower case speaks for it.
    let before_role = || {
        let next = doc.token_at_or_after(c.span.end);
        doc.word(next).starts_with(char::is_lowercase) && LEXICON.title(doc.lower(next)).is_some()
    };
    if c.words.len() != 1 || c.all_caps || !c.roles.is_empty() || !(after_the || before_role()) {
        return None;
    }
    let list = heads.get(&c.words[0])?;
    list.iter()
        .rev()
        .take(16)
        .filter(|&&t| clusters[t].kind() != ActorKind::Person && !chamber_alone(&c.words, &clusters[t].full))
        .filter_map(|&t| {
            let first = clusters[t].starts.first().copied()?;
            (first < c.span.start).then_some((first, t))
        })
        .max()
        .map(|(_, t)| (t, Vote::None, Some(HEAD_NOUN_OF_ORGANISATION.name)))
}

/// The words a name is indexed by: its distinctive ones, or all when it has none ("General Motors").
/// Generic words ("group", "of", "US") would tie every organisation to every other.
/// "Senate" and "the U.S. Senate", "Congress" and "United States Congress": an institution word alone
/// and the same word with a country's name before it ("Senate of the United States" after it) are one
/// organisation, whichever comes first ([`NATIONAL_INSTITUTION`]).
fn national_institution_match(
    clusters: &[Cluster],
    heads: &HashMap<String, Vec<usize>>,
    exact: &HashMap<&[String], Vec<usize>>,
    c: &Candidate,
) -> Option<(usize, Vote, Link)> {
    if c.all_caps || !c.roles.is_empty() {
        return None;
    }
    if let Some(word) = national_institution(&c.words) {
        let single = std::slice::from_ref(word);
        let t = exact
            .get(single)?
            .iter()
            .rev()
            .take(NEAR_LIMIT)
            .copied()
            .find(|&t| clusters[t].kind() != ActorKind::Person)?;
        return Some((t, Vote::Org, Some(NATIONAL_INSTITUTION.name)));
    }
    let [word] = c.words.as_slice() else {
        return None;
    };
    heads
        .get(word)?
        .iter()
        .rev()
        .take(NEAR_LIMIT)
        .copied()
        .find(|&t| {
            national_institution(&clusters[t].full) == Some(word)
                && clusters[t].starts.first().is_some_and(|&s| s < c.span.start)
        })
        .map(|t| (t, Vote::Org, Some(NATIONAL_INSTITUTION.name)))
}

/// The institution word of a national institution's name: "U.S. Senate", "United States Congress",
/// "Senate of the United States" → "senate", "congress", "senate".
fn national_institution(words: &[String]) -> Option<&String> {
    let country =
        |w: &[String]| !w.is_empty() && LEXICON.place_lower(&w.join(" ")).is_some_and(|code| code != "-");
    let institution = |w: &String| LEXICON.is_org_word_lower(w);
    match words {
        [rest @ .., last] if institution(last) && country(rest) => Some(last),
        [first, of, rest @ ..] if institution(first) && of == "of" => {
            let rest = rest.strip_prefix(&["the".to_string()]).unwrap_or(rest);
            country(rest).then_some(first)
        }
        _ => None,
    }
}

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

/// The most clusters one word of a name is compared with ([`WordIndex::near`]).
const NEAR_LIMIT: usize = 64;

/// Clusters by the words of their names and by acronym.
#[derive(Default)]
struct WordIndex {
    by_word: HashMap<String, Vec<usize>>,
    by_acronym: HashMap<String, Vec<usize>>,
}

impl WordIndex {
    /// Adds the words and acronyms of a cluster's name. A list only ever checks its last entry: a
    /// word many names share ("VC" for a thousand "V... Corp.") would make a search of the whole
    /// list quadratic, and [`WordIndex::near`] drops the repeats of a cluster whose name grew.
    fn add(&mut self, cluster: usize, full: &[String], given: bool) {
        // "Lena Florence": a person's surname finds the person even when it is also a place.
        let surname = full.last().filter(|_| given && full.len() > 1);
        // "Fed" first, "Federal Reserve" later: a known short form is found by its full name's words.
        for w in key_words(full)
            .into_iter()
            .chain(surname)
            .chain(key_words(LEXICON.full_name_of(full)))
        {
            let list = self.by_word.entry(w.clone()).or_default();
            if list.last() != Some(&cluster) {
                list.push(cluster);
            }
        }
        // "Cárdenas" for "Jorge Cárdenas-Vidal": the first of two surnames joined by a hyphen.
        let last = full.last().filter(|_| full.len() > 1);
        if let Some((first, _)) = last.and_then(|s| s.split_once('-')) {
            let list = self.by_word.entry(first.to_string()).or_default();
            if list.last() != Some(&cluster) {
                list.push(cluster);
            }
        }
        // "GE" for "General Electric Co.": the initials with and without a legal form; "CDC" for
        // "Centers for Disease Control and Prevention": without the field after the last "and";
        // "IOMEA" for "Isle of Man Energy Authority": of every word.
        for a in names::acronym_of(full)
            .into_iter()
            .chain(names::acronym_without_form(full))
            .chain(names::acronym_before_and(full))
            .chain(names::acronym_of_every_word(full))
        {
            let list = self.by_acronym.entry(a).or_default();
            if list.last() != Some(&cluster) {
                list.push(cluster);
            }
        }
    }

    /// The clusters that could take candidate `c`, in increasing order: of each word's list the
    /// [`NEAR_LIMIT`] latest, so that a word a great many names share ("Investors" in a thousand "...
    /// Investors Service Inc.") keeps the search linear; no article names that many actors with a
    /// word in common.
    fn near(&self, c: &Candidate, same_words: &[usize]) -> Vec<usize> {
        fn latest(list: Option<&Vec<usize>>) -> &[usize] {
            list.map_or(&[], |l| &l[l.len().saturating_sub(NEAR_LIMIT)..])
        }
        let mut ids: Vec<usize> = same_words.to_vec();
        for w in key_words(&c.words)
            .into_iter()
            .chain(key_words(LEXICON.full_name_of(&c.words)))
        {
            ids.extend(latest(self.by_word.get(w)));
        }
        if c.words.len() == 1 {
            ids.extend(latest(self.by_acronym.get(&c.words[0])));
        }
        if let Some(a) = names::acronym_of(&c.words) {
            ids.extend(latest(self.by_word.get(&a)));
        }
        ids.compact_sort();
        ids.dedup();
        ids
    }
}

/// Lower-case words that may follow a name heading its own phrase (`data/actors-clause-words.txt`).
static CLAUSE_WORDS: WordSet = word_set!("../data/actors-clause-words.txt");

/// Drops the acronyms that qualify a common noun ([`ACRONYM_AS_MODIFIER`]): an acronym found by no
/// list, or with an expansion that only its capitals make a name ("Grid Routing Protocol (GRP)"), one
/// of whose mentions stands before a lower-case noun ("QRX readings", "the ZPL servers"), and none of
/// whose mentions is a possessive ("ZPL's chairman") or speaks ("ZPL said"), is a term; so are its
/// other mentions ("the use of QRX") and its expansion.
pub fn drop_modifier_acronyms(doc: &Doc, lower: &[&str], cands: &[Candidate], clusters: &mut [Cluster]) {
    for cl in clusters.iter_mut() {
        // The acronym's expansion may be there too, when only its capitals make it a name ("Grid
        // Routing Protocol (GRP)"): no organisation word, title or personal name.
        let single = cl.members.iter().find(|&&m| cands[m].words.len() == 1);
        let short = single.map(|&m| cands[m].words[0].as_str());
        let expansion = |c: &Candidate| {
            c.words.len() > 1
                && names::acronym_of(&c.words).as_deref() == short
                && c.rule == CAPITALISED_NAME.name
                && c.roles.is_empty()
                && !c.courtesy
                && !c.given
                && c.person <= 0
        };
        let plain = single.is_some()
            && cl.members.iter().all(|&m| {
                let c = &cands[m];
                let text = doc.slice(c.name_span);
                let acronym = (c.all_caps || mixed_case_acronym(text))
                    && (c.alias_of.is_none() || c.rule == PARENTHESISED_SHORT_FORM.name)
                    && c.roles.is_empty()
                    && (c.rule == ACRONYM.name
                        || c.rule == REPEATED_NAME.name
                        || c.rule == PARENTHESISED_SHORT_FORM.name
                        || c.rule == CAPITALISED_WORD.name && mixed_case_acronym(text));
                acronym || expansion(c)
            });
        if !plain {
            continue;
        }
        let mut qualifies = false;
        // A possessive ("ZPL's chairman") or a verb of speech ("ZPL said") shows an actor.
        let mut acts = false;
        for &m in &cl.members {
            let next = doc.token_at_or_after(cands[m].span.end);
            let Some(t) = doc.tokens.get(next) else {
                continue;
            };
            let word = doc.word(next);
            acts |= things::acts_at(doc, lower, next);
            qualifies |= t.space_before
                && t.kind == TokenKind::Word
                && word.starts_with(char::is_lowercase)
                && !CLAUSE_WORDS.contains(lower[next])
                && !word.ends_with("ed")
                && !word.ends_with("ly")
                && crate::analysis::verbs::irregular_past(lower[next]).is_none();
        }
        if qualifies && !acts {
            cl.members.clear();
        }
    }
}

/// Drops the single capitalised words that only ever qualify a common noun ([`NAME_AS_MODIFIER`]): a
/// word found by its capitals alone, every mention of which stands before a lower-case noun ("the
/// Vellmark forces", "Quoddle players"), none a possessive, is a term or a label, not an actor. A
/// product noun after it names the maker ("Orbix chips"), a role noun the employer ("Orbix analyst").
pub fn drop_modifier_words(doc: &Doc, lower: &[&str], cands: &[Candidate], clusters: &mut [Cluster]) {
    for cl in clusters.iter_mut() {
        // One word ("the Vellmark forces"), or several whose last is an adjective of a people, a faith
        // or a region ("Theravada Buddhist monks", "Middle Eastern cultures"), or before a noun for an
        // event ("the Great Hanshin earthquake").
        let single = cl.full.len() == 1;
        let plain = !cl.given
            && !cl.courtesy
            && cl.group <= 0
            && !cl.members.is_empty()
            && cl.members.iter().all(|&m| {
                let c = &cands[m];
                let shape = if single {
                    c.words.len() == 1 && (c.rule == CAPITALISED_WORD.name || c.rule == REPEATED_NAME.name)
                } else {
                    c.words.len() > 1
                        && (c.words.last().is_some_and(|w| names::nationality_adjective(w))
                            || event_after(doc, lower, c.span.end))
                        && (c.rule == CAPITALISED_NAME.name || c.rule == REPEATED_NAME.name)
                };
                !c.all_caps && c.alias_of.is_none() && c.roles.is_empty() && shape
            });
        let modifier = |m: usize| {
            let first = doc.token_at_or_after(cands[m].span.start);
            // "the magazine Orbix": an organisation noun before it says what it is.
            let named = first > 0 && LEXICON.is_org_noun(lower[first - 1]);
            // "English-language", "Russian-made": a compound with a lower-case end is an adjective,
            // before a product's noun too ("an English-language satellite network").
            let adjective = cands[m].words.len() == 1 && lower_case_compound(doc.word(first));
            !named && qualifies_noun(doc, lower, cands[m].span.end, adjective)
        };
        if plain && cl.members.iter().all(|&m| modifier(m)) {
            cl.members.clear();
        }
    }
}

/// Nouns for an event after a name of several words (`data/actors-event-nouns.txt`).
static EVENT_NOUNS: WordSet = word_set!("../data/actors-event-nouns.txt");

/// Whether a noun for an event follows byte `end`, the end of a name: "the Great Hanshin earthquake".
fn event_after(doc: &Doc, lower: &[&str], end: usize) -> bool {
    let next = doc.token_at_or_after(end);
    doc.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word) && EVENT_NOUNS.contains(lower[next])
}

/// Whether a lower-case common noun follows byte `end` (the end of a name), as a noun the name
/// qualifies: no word of a clause, no verb form, no product noun (the maker's, unless the name is an
/// `adjective`) and no title.
fn qualifies_noun(doc: &Doc, lower: &[&str], end: usize, adjective: bool) -> bool {
    let next = doc.token_at_or_after(end);
    let Some(t) = doc.tokens.get(next) else {
        return false;
    };
    let word = doc.word(next);
    t.space_before
        && t.kind == TokenKind::Word
        && word.starts_with(char::is_lowercase)
        && !CLAUSE_WORDS.contains(lower[next])
        && !word.ends_with("ed")
        && !word.ends_with("ly")
        && crate::analysis::verbs::irregular_past(lower[next]).is_none()
        && (adjective || !names::thing_noun(lower[next]))
        && LEXICON.title(lower[next]).is_none()
        && !PERSON_VERBS.contains(lower[next])
        && quotes::verb_lemma(lower[next]).is_none()
        && !matches!(lower[next], "v" | "vs" | "versus" | "uh" | "um" | "back")
}

/// Whether `word` is an acronym in mixed case, of at most four letters that begin and end in a capital
/// ("CoM", "DoF"; not "DeVos", "McCoy"): a term's initials with a lower-case "of" or "to" kept.
fn mixed_case_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (3..=4).contains(&n)
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.ends_with(|c: char| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase())
}

/// Drops clusters that name products rather than actors: an organisation's name followed by other words
/// ("Ford Taurus" beside "Ford"), and words that also occur in the plural ("Polaroid", "Polaroids").
pub fn drop_products(cands: &[Candidate], clusters: &mut [Cluster]) {
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
        // Not a word of the language that ends in "s" ("Life with Chaos" beside "Chao"): no plural.
        let plural = plain_word(cands, cl) && {
            let word = &cl.full[0];
            let plural_of = |one: &str| {
                let many = format!("{one}s");
                singles.contains(&many) && !super::things::is_common_word_in_s(&many)
            };
            plural_of(word)
                || word
                    .strip_suffix('s')
                    .is_some_and(|stem| singles.contains(stem) && !super::things::is_common_word_in_s(word))
        };
        if product || plural {
            cl.members.clear();
        }
    }
}

/// Things named after a person of the article ("the Warhol Polaroids", "the Warhol Factory" beside "Andy
/// Warhol"): a name that starts with the person's surname, has no given name and no organisation word, is
/// a mention of the person by the surname alone.
pub fn named_after_people(doc: &Doc, cands: &mut [Candidate], clusters: &mut [Cluster]) {
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
            c.span = Span::new(c.name_span.start, tok.span().end);
            c.name_span = c.span;
            c.words.truncate(1);
            c.rule = SURNAME_IN_NAME_OF_THING.name;
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

/// The rule that linked a candidate to an actor, when it is not the rule that found it.
type Link = Option<&'static str>;

/// What joining a cluster says about its kind: a surname alone names a person, a first word an organisation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Vote {
    None,
    Person,
    Org,
}

fn add_evidence(cl: &mut Cluster, c: &Candidate) {
    // A person's initials ("MA:" for Miriam Adebayo in an interview's labels) say nothing of the kind.
    let initials = c.is_acronym() && cl.given && cl.full.len() > 1 && cl.person > cl.org;
    if c.is_weak() || initials {
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
    doc: &Doc,
    cands: &[Candidate],
    clusters: &[Cluster],
    near: &[usize],
    same_words: &[usize],
    c: &Candidate,
) -> Option<(usize, Vote, Link)> {
    let mut best: Option<(i32, bool, usize, usize, Vote, Link)> = None; // (score, main, recency, cluster, vote, rule)
    for &k in near {
        let Some(cl) = clusters.get(k) else { continue };
        // A surname said to be a thing ("the Lenoir Plan") is not the person it is named after: joined
        // to them, it would make the person a thing.
        let surname = c.words.len() < cl.full.len() && cl.full.ends_with(&c.words);
        if c.thing && surname && cl.given && cl.kind() == ActorKind::Person {
            continue;
        }
        let (score, vote, link) = if same_words.contains(&k) {
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
                None,
            )
        } else {
            match_score(cands, cl, c)
        };
        if score <= 0 {
            continue;
        }
        // The latest member before the candidate (or the first one, for a candidate before them all);
        // for a lone surname that several people bear, one not introduced as a relative of another
        // first ("Maria Kowalczyk ... daughter of Tomas and Anna Kowalczyk ... Kowalczyk won").
        let before = cl.starts.partition_point(|&s| s <= c.span.start);
        let recency = if before > 0 { cl.starts[before - 1] + 1 } else { 0 };
        let main = link != Some(SURNAME_OF_EARLIER_PERSON.name)
            || cl.starts.first().is_none_or(|&s| !introduced_as_relative(doc, s));
        if best.is_none_or(|(s, m, r, _, _, _)| score > s || (score == s && (main, recency) > (m, r))) {
            best = Some((score, main, recency, k, vote, link));
        }
    }
    best.map(|(_, _, _, k, v, l)| (k, v, l))
}

/// Whether the name starting at byte `start` follows a word of kinship in its sentence, at most eight
/// words before it ("the daughter of Eric Moen", "born in Oslo, Norway, to Tomas and Anna Moen").
fn introduced_as_relative(doc: &Doc, start: usize) -> bool {
    let first = doc.token_at_or_after(start);
    let Some(sentence) = doc.tokens.get(first).map(|t| t.sentence) else {
        return false;
    };
    (first.saturating_sub(12)..first)
        .filter(|&i| doc.tokens[i].sentence == sentence)
        .any(|i| things::kinship_word(doc.lower(i)))
}

fn gender_fits(cl: &Cluster, c: &Candidate) -> bool {
    c.gender == Gender::Unknown || cl.gender == Gender::Unknown || c.gender == cl.gender
}

/// How well candidate `c` fits cluster `cl` (0 when it cannot belong to it), and what joining says.
fn match_score(cands: &[Candidate], cl: &Cluster, c: &Candidate) -> (i32, Vote, Link) {
    if c.words.is_empty() || cl.full.is_empty() || !gender_fits(cl, c) {
        return (0, Vote::None, None);
    }
    let weak = c.is_weak() || c.deferred;
    let c_person = c.person > c.org && !weak;
    // An undecided cluster: a multi-word name with no evidence but its length.
    let open = cl.person + cl.org + cl.group <= 1;
    acronym_match(cands, cl, c, c_person)
        .or_else(|| person_match(cands, cl, c, open, weak))
        .or_else(|| org_match(cl, c, open, c_person))
        .unwrap_or((0, Vote::None, None))
}

/// A short form the list of known organisations gives, or an acronym of the cluster's name or of a
/// candidate's ("GM" and "General Motors").
fn acronym_match(
    cands: &[Candidate],
    cl: &Cluster,
    c: &Candidate,
    c_person: bool,
) -> Option<(i32, Vote, Link)> {
    let (w, full, kind) = (&c.words, &cl.full, cl.kind());
    // "Fed" and "Federal Reserve": a short form the list of known organisations gives.
    if LEXICON.short_form_pair(w, full) {
        return Some((8, Vote::Org, short_form(c)));
    }
    // Acronyms: "GM" and "General Motors".
    let spells = |a: Option<String>| a.is_some_and(|a| a == w[0]);
    // A known body's acronym spells no person's initials ("AP" is not "Ana Pastor"), and no acronym
    // named before takes a person's name after it ("(AP)" in a dateline is not "Aristidis Pappas, a
    // spokesman").
    let known_body = |m: &Candidate| names::known_rule(m.rule);
    if c.is_acronym()
        && (spells(names::acronym_of(full))
            || spells(names::acronym_without_form(full))
            || spells(names::acronym_before_and(full))
            || spells(names::acronym_of_every_word(full)))
        && !(known_body(c) && kind == ActorKind::Person)
    {
        return Some((8, Vote::Org, Some(ACRONYM.name)));
    }
    if w.len() > 1
        && full.len() == 1
        && cands[cl.best].is_acronym()
        && names::acronym_of(w).is_some_and(|a| a == full[0])
        && !c_person
    {
        return Some((8, Vote::Org, None));
    }
    None
}

/// A person's surname, fuller name, given name alone, short given name or name without the middle
/// names, for a person's cluster or an undecided one.
fn person_match(
    cands: &[Candidate],
    cl: &Cluster,
    c: &Candidate,
    open: bool,
    weak: bool,
) -> Option<(i32, Vote, Link)> {
    let (w, full, kind) = (&c.words, &cl.full, cl.kind());
    let c_org = c.org > c.person && !weak;
    if (kind == ActorKind::Person || open) && !c_org {
        // Surname: "Blinken", "Mr Blinken" for "Antony Blinken".
        if w.len() < full.len() && full.ends_with(w) {
            let bare = cl.courtesy && !c.courtesy && weak;
            let link = (!c.courtesy).then_some(SURNAME_OF_EARLIER_PERSON.name);
            return Some((if bare { 4 } else { 6 }, Vote::Person, link));
        }
        // A fuller name for a surname seen first: "Antony Blinken" after "Blinken".
        if full.len() < w.len()
            && w.ends_with(full)
            && cl.members.iter().all(|&m| cands[m].words.len() <= full.len())
        {
            return Some((6, Vote::Person, None));
        }
        // "Mr. Lim" for "Lim Wee Chuan": a courtesy title before the first word of a person's name that
        // no list knows as a given name, a family name written first.
        if c.courtesy
            && w.len() == 1
            && full.len() > 1
            && full[0] == w[0]
            && kind == ActorKind::Person
            && !open
            && !cl.given
        {
            return Some((5, Vote::Person, Some(SURNAME_WRITTEN_FIRST.name)));
        }
        // "Dee" for "Dolores "Dee" Vela": the nickname in quotation marks inside the name, alone.
        let nicknamed = cands[cl.best].rule == names::QUOTED_NICKNAME.name;
        if w.len() == 1 && nicknamed && full.len() == 3 && full[1] == w[0] && kind == ActorKind::Person {
            return Some((6, Vote::Person, Some(NICKNAME_ALONE.name)));
        }
        // "Zambrano" for "Patricio Zambrano Ortiz": the first of two surnames after a given name, which
        // Spanish and Portuguese names are known by, when no list knows it as a given name.
        // So is the first of two surnames joined by a hyphen: "Cárdenas" for "Jorge Cárdenas-Vidal".
        let first_part = |last: &String| last.split_once('-').is_some_and(|(first, _)| first == w[0]);
        let hyphened = full.len() >= 2 && full.last().is_some_and(first_part);
        if w.len() == 1
            && (full.len() == 3 && full[1] == w[0] && cl.given || hyphened)
            && !c.given
            && kind == ActorKind::Person
        {
            return Some((5, Vote::Person, Some(FIRST_OF_TWO_SURNAMES.name)));
        }
        // A first name alone, once the full name is known: "Daniel" for "Daniel Montalvo".
        // So is a first name no list knows, once the person's full name is: "Somchai" after "Prime
        // Minister Somchai Wongsawat".
        let unknown_first = kind == ActorKind::Person && !open && !c_org && !c.courtesy;
        if w.len() == 1 && full.len() > 1 && full[0] == w[0] && (c.given || unknown_first) {
            return Some((3, Vote::Person, Some(GIVEN_NAME_OF_EARLIER_PERSON.name)));
        }
        // "Ken Lay" and "Kenneth Lay": a short form of the given name, the same surname.
        if (c.given || cl.given) && short_given_name(w, full) {
            return Some((6, Vote::Person, Some(SHORT_GIVEN_NAME.name)));
        }
        // With or without the middle names: "Patrick Gordon" and "Patrick Leopold Gordon".
        if (c.given || cl.given) && (middle_names_left_out(w, full) || middle_names_left_out(full, w)) {
            return Some((6, Vote::Person, Some(NAME_WITHOUT_MIDDLE_NAMES.name)));
        }
        // The given name's initial and the surname: "B Moody", "B. Moody" for "Brian Moody".
        if initial_and_surname(w, full) {
            return Some((5, Vote::Person, Some(INITIAL_AND_SURNAME.name)));
        }
        // Without the last surname: "Mary Akuol" for "Mary Akuol Deng".
        if (c.given || cl.given) && last_surname_left_out(w, full) {
            return Some((5, Vote::Person, Some(NAME_WITHOUT_LAST_SURNAME.name)));
        }
    }
    None
}

/// Whether `w` is a legislature's chamber alone and `full` that chamber and a party's word, the party's
/// members in it: "the Senate" is no short form of "Senate Democrats", "the House" none of "the House
/// Democratic leadership".
fn chamber_alone(w: &[String], full: &[String]) -> bool {
    let party = |word: &str| {
        let cap = crate::analysis::text::capitalise(word);
        super::parties::party_word(&cap) || cap.strip_suffix('s').is_some_and(super::parties::party_word)
    };
    w.len() == 1
        && matches!(w[0].as_str(), "senate" | "house")
        && full.len() == 2
        && full[0] == w[0]
        && party(&full[1])
}

/// An organisation's core words, short form or shortened words, for a body's cluster or an undecided
/// one.
fn org_match(cl: &Cluster, c: &Candidate, open: bool, c_person: bool) -> Option<(i32, Vote, Link)> {
    let (w, full, kind) = (&c.words, &cl.full, cl.kind());
    if governed_place(cl, c) || chamber_alone(w, full) {
        return None;
    }
    if (kind != ActorKind::Person || open) && !c_person {
        let core_c = names::org_core(w);
        let core_f = names::org_core(full);
        // "California Institute of Technology" and "Massachusetts Institute of Technology": the same
        // words in two places name two bodies.
        let (places_c, places_f) = (names::org_places(w), names::org_places(full));
        let other_places = !places_c.is_empty() && !places_f.is_empty() && places_c != places_f;
        // "the International Chess Federation" and "the U.S. Chess Federation": a body of the world
        // and one of a country are two.
        let worldwide = |words: &[String]| {
            words
                .iter()
                .any(|x| matches!(x.as_str(), "international" | "world" | "global"))
        };
        let other_scope = worldwide(w) && !worldwide(full) && !places_f.is_empty()
            || worldwide(full) && !worldwide(w) && !places_c.is_empty();
        if !core_c.is_empty()
            && core_c == core_f
            && !other_places
            && !other_scope
            && !other_heads(w, full)
            && !c.common_opening
        {
            let link = if w.len() < full.len() { short_form(c) } else { None };
            return Some((if named_after(w, full) { 5 } else { 7 }, Vote::Org, link));
        }
        // A short form: "Ford" for "Ford Motor Company", "Supreme Court" for "Supreme Court of Cassation".
        if w.len() < full.len() && full.starts_with(w) && names::is_distinctive(w) && !c.common_opening {
            // An undecided name ("Ford Taurus") yields to a known organisation ("Ford Motor Company").
            // The first of two undecided words alone is as often a given name ("our friend Vane
            // Ivanovic ... Vane") or a surname written first ("Yang Buwei ... Yang"): no vote.
            if open && full.len() == 2 {
                return Some((5, Vote::None, Some(REPEATED_NAME.name)));
            }
            return Some((if open { 5 } else { 6 }, Vote::Org, short_form(c)));
        }
        if full.len() < w.len() && w.starts_with(full) && names::is_distinctive(full) {
            return Some((5, Vote::Org, None));
        }
        // A short form takes its words from the full name: "the Vellmark Congress Party" is no short
        // form of "the Vellmark National Party"; and one word that opens a sentence, unknown, is no
        // short form of a name with a place before it ("Civil rights groups" beside "the American
        // Civil Liberties Union").
        if !core_c.is_empty()
            && core_c.len() < core_f.len()
            && core_f.starts_with(&core_c)
            && names::is_distinctive(&core_c)
            && w.iter().all(|x| full.contains(x))
            && !(c.deferred && w.len() == 1)
        {
            return Some((4, Vote::Org, short_form(c)));
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
            return Some((4, Vote::Org, short_form(c)));
        }
    }
    None
}

/// Whether two names with the same distinctive words name two bodies by their organisation words, which
/// both have and do not share ("Vellmark Instruments", "Bank of Vellmark"); a company's legal form does
/// not count ("Orvik Corp.", "Orvik Inc.").
fn other_heads(a: &[String], b: &[String]) -> bool {
    let heads = |words: &[String]| -> Vec<String> {
        words
            .iter()
            .filter(|w| LEXICON.is_org_word_lower(w) && !super::companies::is_form_lower(w))
            .cloned()
            .collect()
    };
    let (ha, hb) = (heads(a), heads(b));
    !ha.is_empty() && !hb.is_empty() && !ha.iter().any(|h| hb.contains(h))
}

/// Whether two names of two words share the surname and one given name shortens the other, by three
/// letters or more ("ken lay", "kenneth lay"; "jeff skilling", "jeffrey skilling").
fn short_given_name(a: &[String], b: &[String]) -> bool {
    let short = |x: &str, y: &str| x.chars().count() >= 3 && y.len() > x.len() && y.starts_with(x);
    matches!((a, b), ([ga, sa], [gb, sb]) if sa == sb && sa.chars().count() >= 2 && !sa.ends_with('.')
        && (short(ga, gb) || short(gb, ga)))
}

/// Last words of a body named after a person (`data/actors-named-after-heads.txt`).
static NAMED_AFTER_HEADS: WordSet = word_set!("../data/actors-named-after-heads.txt");

/// Whether `short`, one word, is the name a two-word body is named after ("clinton", "clinton
/// foundation"): beside a person of that name, the person takes the lone word ([`SHORT_FORM_OF_ORGANISATION`]).
fn named_after(short: &[String], long: &[String]) -> bool {
    matches!((short, long), ([w], [first, head]) if w == first && NAMED_AFTER_HEADS.contains(head))
}

/// Whether `short` is `long` without its middle names: a given name and a surname, both those of
/// `long`, which has three words or more ("patrick gordon", "patrick leopold gordon"); not two names
/// that differ in their middle ones ("george w. bush", "george h. w. bush").
fn middle_names_left_out(short: &[String], long: &[String]) -> bool {
    short.len() == 2
        && long.len() >= 3
        && short[0] == long[0]
        && short[1] == long[long.len() - 1]
        && spelt_out(&short[1])
}

/// Whether a word of a name is spelt out, no initial: two letters at least and no period ("moody", not
/// "w." or "j").
fn spelt_out(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.ends_with('.')
}

/// Whether `short` is the initial of `long`'s first word, with or without a period, and `long`'s last
/// word ("b moody", "b. moody" for "brian moody").
fn initial_and_surname(short: &[String], long: &[String]) -> bool {
    let [initial, surname] = short else {
        return false;
    };
    let mut letters = initial.strip_suffix('.').unwrap_or(initial).chars();
    let letter = letters
        .next()
        .filter(|c| c.is_alphabetic() && letters.next().is_none());
    long.len() >= 2
        && long[0].chars().count() >= 2
        && !long[0].ends_with('.')
        && letter.is_some_and(|l| long[0].starts_with(l))
        && long.last() == Some(surname)
        && spelt_out(surname)
}

/// Whether `short` is `long` without its last word: a given name and the first of two surnames, or
/// two given names, of a name one word longer ("mary akuol", "mary akuol deng"); not an initial
/// ("george w.", "george w. bush"), which stands for a name of its own.
fn last_surname_left_out(short: &[String], long: &[String]) -> bool {
    short.len() >= 2
        && long.len() == short.len() + 1
        && long.starts_with(short)
        && short.last().is_some_and(|w| spelt_out(w))
}

/// The words of the names found, each with its cluster, for the headline's mentions: every mention's
/// words; a person's surname alone ("(Swartz)" above "By Aaron Swartz") when one person bears it;
/// not a given name alone that two people of the article share ("Anna" beside Anna Kovac and Anna
/// Chapman).
fn known_names(cands: &[Candidate], clusters: &[Cluster]) -> HashMap<Vec<String>, usize> {
    let mut known: HashMap<Vec<String>, usize> = HashMap::new();
    for (k, cl) in clusters.iter().enumerate() {
        for &m in &cl.members {
            if !cands[m].words.is_empty() {
                known.entry(cands[m].words.clone()).or_insert(k);
            }
        }
    }
    // A person's surname alone ("(Swartz)" above "By Aaron Swartz"), when one person bears it.
    let mut surnames: HashMap<&String, Option<usize>> = HashMap::new();
    for (k, cl) in clusters.iter().enumerate() {
        if cl.kind() != ActorKind::Person {
            continue;
        }
        for &m in &cl.members {
            if let [_, .., last] = cands[m].words.as_slice() {
                // Not a regnal number ("Norton I"), a function word or an organisation's word.
                let capitalised = crate::analysis::text::capitalise(last);
                if last.len() < 3
                    || LEXICON.is_stop(last)
                    || LEXICON.is_org_word_lower(last)
                    || names::institution_noun(&capitalised)
                {
                    continue;
                }
                let entry = surnames.entry(last).or_insert(Some(k));
                if *entry != Some(k) {
                    *entry = None;
                }
            }
        }
    }
    let surnames: Vec<(Vec<String>, usize)> = surnames
        .into_iter()
        .filter_map(|(w, k)| Some((vec![w.clone()], k?)))
        .collect();
    for (words, k) in surnames {
        known.entry(words).or_insert(k);
    }
    // A given name two people share names neither of them (not a surname: "Norton" beside "Norton I").
    let mut first_names: HashMap<&String, usize> = HashMap::new();
    let mut family_names: HashSet<&String> = HashSet::new();
    for cl in clusters
        .iter()
        .filter(|cl| cl.kind() == ActorKind::Person && cl.full.len() > 1)
    {
        let given = LEXICON
            .given(&crate::analysis::text::capitalise(&cl.full[0]))
            .is_some();
        if given && !cl.members.is_empty() {
            *first_names.entry(&cl.full[0]).or_default() += 1;
        }
        family_names.extend(cl.full.last());
    }
    known.retain(|words, _| {
        !matches!(words.as_slice(), [one] if first_names.get(one).is_some_and(|&n| n > 1) && !family_names.contains(one))
    });
    known
}

/// Adds mentions on headline-like lines (`flags`: [`names::headline_flags`] of `doc`) for names the body has, and
/// confirms nothing else there.
pub fn headline_mentions(
    doc: &Doc,
    lower: &[&str],
    flags: &[bool],
    cands: &mut Vec<Candidate>,
    clusters: &mut [Cluster],
) {
    if !flags.iter().any(|&f| f) {
        return;
    }
    let known = known_names(cands, clusters);
    let max_len = known.keys().map(Vec::len).max().unwrap_or(0);
    let n = doc.tokens.len();
    // The tokens a mention already holds ("London, Jack" in a reading list): no second mention there.
    let mut covered = vec![false; n];
    for &m in clusters.iter().flat_map(|cl| &cl.members) {
        let mut k = doc.token_at_or_after(cands[m].span.start);
        while k < n && doc.tokens[k].span().start < cands[m].span.end {
            covered[k] = true;
            k += 1;
        }
    }
    let mut i = 0;
    while i < n {
        if !flags[i] || covered[i] || !is_capitalized(doc.word(i)) || doc.tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let mut found = None;
        let mut words = Vec::new();
        let mut j = i;
        while j < n
            && flags[j]
            && words.len() < max_len
            && !covered[j]
            && doc.tokens[j].kind == TokenKind::Word
            && (j == i || !doc.tokens[j].line_start)
        {
            words.push(lower[j].to_string());
            j += 1;
            if let Some(&k) = known.get(&words) {
                if is_capitalized(doc.word(j - 1)) {
                    found = Some((j, k));
                }
            }
        }
        match found {
            Some((j, k)) => {
                let span = doc.span_of(i..j);
                let c = Candidate {
                    span,
                    name_span: span,
                    words: words[..j - i].to_vec(),
                    rule: NAME_IN_HEADLINE.name,
                    ..Candidate::default()
                };
                clusters[k].members.push(cands.len());
                cands.push(c);
                i = j;
            }
            None => i += 1,
        }
    }
}

/// "van der Molen said" after "Pieter van der Molen", "(van Rensburg, 2021)": the particles of names in
/// lower case right before a person's surname alone belong to its mention (at most three, on its line;
/// `data/actors-name-particles.txt`; [`SURNAME_OF_EARLIER_PERSON`]).
pub fn particles_before_surnames(doc: &Doc, lower: &[&str], cands: &mut [Candidate], clusters: &[Cluster]) {
    for cl in clusters.iter().filter(|cl| cl.kind() == ActorKind::Person) {
        for &m in &cl.members {
            if cands[m].words.len() != 1 {
                continue;
            }
            let first = doc.token_at_or_after(cands[m].span.start);
            let mut from = first;
            while from > 0
                && first - from < 3
                && !doc.tokens[from].line_start
                && doc.tokens[from - 1].kind == TokenKind::Word
                && names::lower_case_particle(doc.word(from - 1), lower[from - 1])
            {
                from -= 1;
            }
            if from < first {
                let start = doc.tokens[from].span().start;
                if cands[m].name_span.start == cands[m].span.start {
                    cands[m].name_span.start = start;
                }
                cands[m].span.start = start;
            }
        }
    }
}

/// A candidate found by its capitals alone: when it repeats a name, the repetition is what counts.
fn is_weak_rule(rule: &str) -> bool {
    rule == CAPITALISED_WORD.name || rule == CAPITALISED_NAME.name
}

/// The rule of a capitalised word that repeats a name of the cluster: a person's surname stays one
/// ("Blinken" after "Antony Blinken" and "Mr Blinken").
fn repeated_rule(cl: &Cluster, c: &Candidate) -> &'static str {
    let surname =
        cl.kind() == ActorKind::Person && c.words.len() < cl.full.len() && cl.full.ends_with(&c.words);
    if surname {
        SURNAME_OF_EARLIER_PERSON.name
    } else {
        REPEATED_NAME.name
    }
}

/// A short form of an organisation's name links by that rule, unless the word list knows it anyway.
fn short_form(c: &Candidate) -> Link {
    let known = super::names::known_rule(c.rule)
        || c.rule == PARTY_MEMBERS.name
        || c.rule == super::companies::SHORT_FORM_OF_COMPANY.name;
    (!known).then_some(SHORT_FORM_OF_ORGANISATION.name)
}

pub const REPEATED_NAME: Rule = Rule {
    name: "actors/repeated-name",
    description: "A capitalised word that repeats a name already found (also at the start of a sentence) is that actor again.",
    details: "",
    examples: &[(
        "The report names Lindqvist. Lindqvist denied it.",
        "actor organization \"Lindqvist\": \"Lindqvist\"",
    )],
    counter_examples: &["Lindqvist Partners denied it.", "Yesterday it rained. Yesterday was cold."],
};

pub const SURNAME_OF_EARLIER_PERSON: Rule = Rule {
    name: "actors/surname-of-earlier-person",
    description: "A surname alone, after the person's full name, is that person: \"Blinken\" after \"Antony Blinken\".",
    details:
        "A surname alone, after the person's full name, is that person, an honorific joined to it by a hyphen left out (\"Kodama-san\" after \"Kodama Tetsuya\", \"Gandhi-ji\" after \"Mohandas Gandhi\"; `data/actors-honorific-suffixes.txt`), with the particles of names in lower case right before it (\"van der Molen said\" after \"Pieter van der Molen\", \"(van Rensburg, 2021)\"; `data/actors-name-particles.txt`), also in capitals before a transcript's colon (\"HUME:\") and when it is a month's name before a verb of saying or a possessive (\"Ada May ... May told lawmakers\") or a word that heads places' names where a title comes before the full name or the word speaks alone somewhere (\"Councilman Tim Castle ... Castle said\"); when several people bear it, one not introduced as another's relative (\"daughter of\", \"born to\"), else the latest named; never where it names a thing (\"the Lenoir Plan\").",
    examples: &[
        (
            "Pieter van der Molen spoke first. Later van der Molen said the dredgers were ready.",
            "actor person \"Pieter van der Molen\": \"van der Molen\"",
        ),
        (
            "Antony Blinken arrived. Blinken spoke first.",
            "actor person \"Antony Blinken\": \"Blinken\"",
        ),
        (
            "Councilman Tim Castle won the nod. Castle said the city was ready.",
            "actor person \"Tim Castle\": \"Castle\"",
        ),
        (
            "Maria Elena Kowalczyk is a painter. She is the daughter of Tomas and Anna Kowalczyk. In 1990, Kowalczyk studied in Lisbon.",
            "actor person \"Maria Elena Kowalczyk\": \"Kowalczyk\"",
        ),
        (
            "Prime Minister Ada May spoke first. \"We will win,\" May told lawmakers.",
            "actor person \"Ada May\": \"May\"",
        ),
        (
            "Our reporter Brit Hume is at the harbour.\n\nBRIT HUME: The talks went on.\n\nHUME: They ended late.",
            "actor person \"Brit Hume\": \"HUME\"",
        ),
    ],
    counter_examples: &[
        "Antony Blinken arrived. Antony spoke first.",
        "Blinken arrived.",
        "Paul Henri Lenoir was an engineer. He drew the Lenoir Plan in 1902.",
    ],
};

pub const GIVEN_NAME_OF_EARLIER_PERSON: Rule = Rule {
    name: "actors/given-name-of-earlier-person",
    description: "A given name, or the first word of a person's name, used alone after the full name is that person: \"Daniel\" after \"Daniel Montalvo\", \"Park\" after \"Park Jae-won\".",
    details:
        "A given name alone, after the person's full name, is that person; so is the first word of a name shown to be a person's (a title, a role) when no list knows it (\"Prime Minister Somchai Wongsawat ... Somchai\", and with an honorific joined by a hyphen: \"Coach Kodama Tetsuya ... Kodama-san\"), but not of a name that nothing shows to be a person's (\"Delta Air Lines ... Delta\"); a family name written first before a given name hyphenated in lower case stays the person's where it heads places' names too (\"Park Jae-won ... Park said\").",
    examples: &[
        (
            "Daniel Montalvo arrived. Later, Daniel spoke.",
            "actor person \"Daniel Montalvo\": \"Daniel\"",
        ),
        (
            "Prime Minister Somchai Wongsawat refused to resign. Somchai, who was abroad, flew home.",
            "actor person \"Somchai Wongsawat\": \"Somchai\"",
        ),
        (
            "Park Jae-won, a spokesman, said the move was wrong. \"It is people's livelihoods,\" Park said.",
            "actor person \"Park Jae-won\": \"Park\"",
        ),
    ],
    counter_examples: &[
        "Daniel Montalvo arrived. Later, Montalvo spoke.",
        "Later, Daniel spoke.",
        "Vellmark Air Lines earned more. Vellmark said traffic rose.",
    ],
};

pub const SURNAME_WRITTEN_FIRST: Rule = Rule {
    name: "actors/surname-written-first",
    description: "A courtesy title before the first word of a person's name that no list knows as a given name is that person, named by a family name written first (\"Lim Wee Chuan ... Mr. Lim\", \"Kim Dae-jung ... Mr. Kim\").",
    details: "",
    examples: &[(
        "Lim Wee Chuan, the chairman, said the bid was fair. Mr. Lim said more.",
        "actor person \"Lim Wee Chuan\": \"Mr. Lim\"",
    )],
    counter_examples: &["Daniel Montalvo arrived. Later, Mr. Daniel spoke."],
};

pub const NICKNAME_ALONE: Rule = Rule {
    name: "actors/nickname-alone",
    description: "The nickname in quotation marks inside a person's name, alone later, is that person, though a list knows it as a given name (\"Dolores \"Dee\" Vela ... a complaint about Dee\").",
    details: "",
    examples: &[(
        "Dolores \"Dee\" Vela won the primary. That is not a complaint about Dee, her rival said.",
        "actor person \"Dolores \\\"Dee\\\" Vela\": \"Dee\"",
    )],
    counter_examples: &["Dolores Vela won the primary. That is not a complaint about Dee, her rival said."],
};

pub const FIRST_OF_TWO_SURNAMES: Rule = Rule {
    name: "actors/first-of-two-surnames",
    description: "The first of a person's two surnames, used alone as Spanish and Portuguese names are, is that person: \"Zambrano\" after \"Patricio Zambrano Ortiz\".",
    details:
        "The middle word of a person's name of three, after a given name, alone is that person when no list knows it as a given name: the first of two surnames, which Spanish and Portuguese names are known by (\"Col. Patricio Zambrano Ortiz ... Zambrano told reporters\"); so is the first of two surnames joined by a hyphen (\"Jorge Luis Cárdenas-Vidal ... Cárdenas said\").",
    examples: &[
        (
            "The deal was signed by Jorge Luis Cárdenas-Vidal, the minister. Cárdenas said the plan would work.",
            "actor person \"Jorge Luis Cárdenas-Vidal\": \"Cárdenas\"",
        ),
        (
            "Col. Patricio Zambrano Ortiz, an army spokesman, spoke. Zambrano told reporters the truce held.",
            "actor person \"Patricio Zambrano Ortiz\": \"Zambrano\"",
        ),
    ],
    counter_examples: &["Mary Kay Ash founded the firm. Kay left early."],
};

pub const SHORT_GIVEN_NAME: Rule = Rule {
    name: "actors/short-given-name",
    description: "A name whose given name shortens the given name of an earlier one with the same surname (\"Ken Lay\" after \"Kenneth Lay\") names the same person.",
    details: "",
    examples: &[(
        "Kenneth Vellmar founded the firm. Ken Vellmar was a good man, his pastor said.",
        "actor person \"Kenneth Vellmar\": \"Ken Vellmar\"",
    )],
    counter_examples: &["Ken Vellmar met Tom Vellmar.", "Daniel Vellmar met Daniela Vellmar."],
};

pub const NAME_WITHOUT_MIDDLE_NAMES: Rule = Rule {
    name: "actors/name-without-middle-names",
    description: "A given name and a surname that begin and end a longer name of the text (\"Patrick Gordon\", \"Patrick Leopold Gordon\") name the same person, in either order.",
    details: "",
    examples: &[(
        "Patrick Leopold Gordon was born in 1635. In 1661 Patrick Gordon left for Moscow.",
        "actor person \"Patrick Leopold Gordon\": \"Patrick Gordon\"",
    )],
    counter_examples: &["George H. W. Bush met George W. Bush.", "George H. W. Bush spoke, then George W. spoke."],
};

pub const INITIAL_AND_SURNAME: Rule = Rule {
    name: "actors/initial-and-surname",
    description: "An initial and a surname, as in team line-ups, name the person of the text with that surname whose given name starts with that letter: \"B Moody\" for \"Brian Moody\".",
    details:
        "The initial of a given name, with or without a period, and a surname (\"B Moody\", \"B. Moody\"), as line-ups and scorers' lists write them, name the person of the text whose given name starts with that letter and who bears that surname (\"Brian Moody\"); not a person whose given name starts with another letter.",
    examples: &[(
        "Brian Moody kicked two penalties for Cork.\n\nScorers: Try: D Lincoln. Con: B Moody.",
        "actor person \"Brian Moody\": \"B Moody\"",
    )],
    counter_examples: &["Brian Moody kicked two penalties. Later C. Moody scored a try."],
};

pub const NAME_WITHOUT_LAST_SURNAME: Rule = Rule {
    name: "actors/name-without-last-surname",
    description: "A person's name with its last word left out names the same person: \"Mary Akuol\" after \"Mary Akuol Deng\".",
    details:
        "A given name and the next word of a longer name of the text, its last word left out (\"Mary Akuol\" after \"Mary Akuol Deng\", \"Filemón Lima\" after \"Filemón Lima Condori\"), name the same person; not a name whose second word is an initial (\"George W.\").",
    examples: &[(
        "Mary Akuol Deng fled the fighting in 2016. Back in the queue, Mary Akuol has reached the front.",
        "actor person \"Mary Akuol Deng\": \"Mary Akuol\"",
    )],
    counter_examples: &["George W. Bush spoke, then George W. spoke again."],
};

pub const SHORT_FORM_OF_ORGANISATION: Rule = Rule {
    name: "actors/short-form-of-organisation",
    description: "The first words of an organisation's name, used alone later, are that organisation: \"Brantley\" after \"Brantley Motor Company\".",
    details:
        "The first words of an organisation's name, used alone later, are that organisation, with the place that opens them (\"Pacific Vellmark\" after \"Pacific Vellmark Health Systems\"), also one whose last word heads places' names where it speaks right there, with no article before it (\"Vell Ridge said\" after \"Vell Ridge Motor Freight Corp.\"), and no word the full name lacks (\"the Vellmark Congress Party\" is not \"the Vellmark National Party\"), nor, when it opens a sentence unknown, one word of a name after a place (\"Civil rights groups\" beside \"the American Civil Liberties Union\") or one the article also writes in lower case (\"Chess has few fans\" beside \"rapid chess\"), or an adjective in \"-al\" or a portfolio before a plural noun (\"Federal investigators say\", \"Health officials said\"; `data/actors-portfolios.txt`), or a common adjective before any noun in lower case (\"Monetary policy can buy time\"; `data/language-english-adjectives.txt`); but beside a person of that name, the name of a body named after them (\"the Clinton Foundation\", \"Trump University\") alone is the person; and not a place's name where places stand, beside the body that governs the place (\"work in Wiltshire\" and \"Wiltshire Council\"; `data/actors-local-body-words.txt`), nor anywhere beside a public body or service named after the place and a word of local government (\"parts of Gisborne\" and \"Gisborne District Council\", \"Halifax Regional Police\"; `data/actors-public-service-heads.txt`) or its chamber of commerce, nor anywhere beside an association of its people by what they do (\"Fishermen in Struga\" and \"the Struga Fishermen's Association\"; `data/actors-member-body-words.txt`); nor is a legislature's chamber alone a short form of a party's members in it (\"the House\" after \"the House Democratic leadership\").",
    examples: &[(
        "Brantley Motor Company cut jobs. Later, Brantley said more cuts would follow.",
        "actor organization \"Brantley Motor Company\": \"Brantley\"",
    ),
    (
        "Pacific Vellmark Health Systems opened a clinic. Later, Pacific Vellmark said it had hired nurses.",
        "actor organization \"Pacific Vellmark Health Systems\": \"Pacific Vellmark\"",
    ),
    (
        "Vell Ridge Motor Freight Corp. agreed to buy a rival carrier. Vell Ridge said it would pay $21.50 a share.",
        "actor organization \"Vell Ridge Motor Freight Corp.\": \"Vell Ridge\"",
    )],
    counter_examples: &[
        "Gisborne District Council closed the road. Residents in low-lying parts of Gisborne were told to leave.",
        "The Castlebar Chamber of Commerce wrote to the minister. This is not a Castlebar issue.",
        "The House Democratic leadership echoed the call. Later the House adjourned.",
        "Pipeline work in Vellshire uncovered a villa. Vellshire Council said that it hoped to hold an open day.",
        "Residents of Laudat, a village of 300 people, have raised concerns. Victor Lawrence chairs the Laudat Village Council. Nobody will come to Laudat.",
        "Brantley said more cuts would follow.",
        "The company cut jobs.",
        "Ada Halvorsen praised the Halvorsen Foundation. Halvorsen said it had saved lives.",
        "The Vellmark National Party rejected the count. The Vellmark Congress Party said it would not accept it.",
        "Ana Ruiz is a lawyer with the American Civil Liberties Union. Civil rights groups praised the ruling.",
        "The Turkish Chess Federation met. Chess has few fans here, and rapid chess fewer.",
        "The Federal Aviation Administration (FAA) met. Federal investigators found both recorders.",
        "Health officials said the first patients would come next week. The Department of Health said it welcomed the centre.",
        "Fishermen in Vellstrand reacted. Ana Lenz, president of the Vellstrand Fishermen's Association, said fish were scarce. The Vellstrand Fishermen's Association met later in Vellstrand.",
    ],
};

pub const PARENTHESISED_SHORT_FORM: Rule = Rule {
    name: "actors/parenthesised-short-form",
    description: "A short form in brackets right after a name, or after a comma and \"or\", is that same actor: \"Harbour Airlines (HAL)\", \"the Caribbean Community, or Caricom\".",
    details:
        "A short form in brackets right after a name (\"Harbour Airlines (HAL)\") is that actor, and so is one word after an organisation's name, a comma and \"or\" that holds the name's initials in order (\"the Caribbean Community, or Caricom,\"; not \"the European Union, or Brussels,\"), and one that spells the initials of a name with \"of\" makes it one name that speaks where the short form does (\"the Liberation Tigers of Tarsby Vellmark (LTTV) ... The LTTV said\"), its letters written with periods or not (\"the United Transit and Rail Workers (U.T.R.W.)\"); a person's only in initials that fill the bracket (\"Mohammed bin Salman (MBS)\", also the given name's and the surname's alone: \"Patrick Joseph Lennon (PL)\"), and capitals there that hold none of the name's initials are the person's party or body, an organisation of its own (\"Cllr Dean Fourie (DA)\", \"Justin McCarron (SDLP)\"): another word in brackets after a person's name is a title, a nickname or a home state and counts only where the article names it elsewhere (\"Tom Veck (Querelle)\", \"Ada Lenz (Diary of a Chambermaid)\", \"Mitch McConnell (Ky.)\"); a party's initial and home state (\"D-Ohio\") never is a short form; a well-known body's short form in brackets is the name's where it holds the name's initials in order (\"the United Nations Children's Fund (UNICEF)\"), not where it does not (\"UNITED NATIONS (AP) --\", a dateline's agency); nor is a name that opens a list in the bracket (\"Dlamini JA (Mahlangu and Khumalo JJA concurring)\").",
    examples: &[
        (
            "Shares of Harbour Airlines (HAL) fell.",
            "actor organization \"Harbour Airlines\": \"HAL\"",
        ),
        (
            "Shares of Harbour Airlines (HAL, its short form) fell.",
            "actor organization \"Harbour Airlines\": \"HAL\"",
        ),
        (
            "The Liberation Tigers of Tarsby Vellmark (LTTV) denied the claim. The LTTV said it would fight on.",
            "actor organization \"Liberation Tigers of Tarsby Vellmark\": \"LTTV\"",
        ),
        (
            "The United Nations Children's Fund (UNICEF) said it would help.",
            "actor organization \"United Nations Children's Fund\": \"UNICEF\"",
        ),
        (
            "Guyana raised the seizures with the Caribbean Community, or Caricom, at a meeting.",
            "actor organization \"Caribbean Community\": \"Caricom\"",
        ),
    ],
    counter_examples: &[
        "Cllr Dean Fourie (DA), who chairs the committee, said the buses were late.",
        "Shares of Harbour Airlines fell (sharply).",
        "Shares (HAL) fell.",
        "UNITED NATIONS (AP) -- Iraq has agreed to let inspectors return.",
        "She worked with Ada Lenz (Diary of a Chambermaid) in 1964.",
        "She worked with Tom Veck (Querelle) in 1982.",
        "Tomas Lind met Sam Berg. Berg (D-Ohio) scolded him.",
        "The Harbour Authority (Tarsk and Lund own it jointly) said on Monday it would sell.",
    ],
};

pub const HEAD_NOUN_OF_ORGANISATION: Rule = Rule {
    name: "actors/head-noun-of-organisation",
    description: "The main word of an organisation's name used alone, such as \"the Court\" or \"the Government\", is the last organisation named with it: \"the Court\" after \"the Supreme Court of Cassation\".",
    details:
        "\"the Court\" after \"the Supreme Court of Cassation\": the organisation word alone is the last organisation named with it, after \"the\" or before a role in lower case (\"A Commission spokesman said\" after \"the European Commission\"); so is \"Government\" or \"Administration\" alone after \"the\", \"this\" or a possessive (\"called on the Government\" after \"the Nationalist Government\"), which names no one where the article names no government. A legislature's chamber alone is no party's members in it (\"the Senate\" after \"Senate Democrats\").",
    examples: &[
        (
            "The Vellmark Fisheries Commission met on Monday. A Commission spokesman said talks would resume.",
            "actor organization \"Vellmark Fisheries Commission\": \"Commission\"",
        ),
        (
            "The Supreme Court of Cassation met. Later the Court ruled.",
            "actor organization \"Supreme Court of Cassation\": \"Court\"",
        ),
        (
            "The Nationalist Government intends to act. We have called on the Government to convene a convention.",
            "actor organization \"Nationalist Government\": \"Government\"",
        ),
    ],
    counter_examples: &[
        "Senate Democrats blocked the bill. Later the Senate voted again.",
        "Later the Court ruled.",
        "The Supreme Court of Cassation met. Later the judges ruled.",
        "The Government did not contest this claim, and the judge agreed.",
    ],
};

pub const NATIONAL_INSTITUTION: Rule = Rule {
    name: "actors/national-institution",
    description: "An institution word alone (\"the Senate\") and the same word with a country's name (\"the U.S. Senate\", \"the Senate of the United States\") are one organisation.",
    details: "",
    examples: &[
        (
            "The United States Congress met on Monday. Later, Congress voted.",
            "actor organization \"United States Congress\": \"Congress\"",
        ),
        (
            "Congress met on Monday. The United States Congress voted.",
            "actor organization \"United States Congress\": \"United States Congress\"",
        ),
    ],
    counter_examples: &["The Senate voted on Monday.", "The U.S. Senate met. The French Senate voted."],
};

pub const SURNAME_IN_NAME_OF_THING: Rule = Rule {
    name: "actors/surname-in-name-of-thing",
    description: "A thing named after a person of the article (\"the Warhol Polaroids\") mentions the person by surname.",
    details: "",
    examples: &[(
        "Andy Warhol took pictures. The Warhol Polaroids and the Warhol Factory sold well.",
        "actor person \"Andy Warhol\": \"Warhol\"",
    )],
    counter_examples: &["The Warhol Polaroids sold well.", "Andy Warhol took pictures."],
};

pub const GIVEN_NAME_ALONE: Rule = Rule {
    name: "actors/given-name-alone",
    description: "A given name used alone, with nothing that makes it an organisation, is a person: \"Renata looked out of the window.\"",
    details:
        "A given name used alone, with nothing that makes it an organisation and not listed with one, is a person; not the second word of a place's name that opens a sentence (\"North Carolina passed its law\"), nor a given name that is also a people's or a faith's adjective where a noun follows it wherever the article writes it (\"a large Roman villa\", \"Roma families\"; `data/actors-adjective-given-names.txt`), or a country's region that is also a given name where \"the\" comes before it too (\"the Alberta government\"; `data/countries-regions.tsv`).",
    examples: &[
        (
            "\"Did you bring the letter?\" Luka asked, sitting up. Luka stared after her.",
            "actor person \"Luka\": \"Luka\"",
        ),
        (
            "Renata looked out of the window. Later Renata walked home.",
            "actor person \"Renata\": \"Renata\"",
        ),
    ],
    counter_examples: &[
        "Shares of Orbix Holdings and Chrysler fell. Chrysler cut jobs.",
        "North Carolina passed its law in 2013.",
        "Workers found a large Roman villa. Roman coins lay in wealthy Roman households.",
        "The company has asked the Alberta government for royalty relief.",
        "Roma families in the east said the new school rules shut their children out.",
    ],
};

pub const SUBJECT_OF_PERSON_VERB: Rule = Rule {
    name: "actors/subject-of-person-verb",
    description: "A single unknown name that does what only people do (nods, smiles, dies, is born, speaks a quotation) is a person: \"Tolvan nodded\", \"Tavrin died\".",
    details:
        "A single unknown name that nods, shrugs, smiles, dies, was born or is asleep, whose death or widow the text names (\"the death of Tavrin\"), or that speaks a quotation (\"...,\" Oskel says; also between the typewriter's double marks: ``...,'' Oskel says), is a person. So is one that does something with a relative of theirs (\"Chao and his wife returned\").",
    examples: &[
        (
            "At noon Tolvan nodded and left the room.",
            "actor person \"Tolvan\": \"Tolvan\"",
        ),
        (
            "``People have not seen a kopeck since March,'' Dzyuba told the agency.",
            "actor person \"Dzyuba\": \"Dzyuba\"",
        ),
        (
            "\"Not today,\" says Oskel. Later Oskel went home.",
            "actor person \"Oskel\": \"Oskel\"",
        ),
        (
            "The abbot chose Tavrin. Tavrin died that year.",
            "actor person \"Tavrin\": \"Tavrin\"",
        ),
        (
            "Guests praised Dravik. Dravik was born in a small village.",
            "actor person \"Dravik\": \"Dravik\"",
        ),
        (
            "The abbot chose Tavrin. The death of Tavrin came a year later.",
            "actor person \"Tavrin\": \"Tavrin\"",
        ),
    ],
    counter_examples: &[
        "Reporters asked Lindqvist twice, and Lindqvist denied it.",
        "The Pirates smiled at the crowd.",
    ],
};

pub const PUBLIC_FIGURE: Rule = Rule {
    name: "actors/public-figure",
    description: "A single name that is the surname of a widely known public figure is that person, unless the text shows it is something else: \"Putin said\", \"a quote attributed to Einstein\".",
    details:
        "A single name that is the surname of a widely known public figure (a head of state, a scientist, a writer, a composer), with nothing in the text to show it is something else, is that person, also at the start of a sentence and after \"on\", which puts other names where places stand: \"We want Trump\", \"a quote attributed to Einstein\", \"Putin said\", \"Critics turned on Putin\".",
    examples: &[
        (
            "The crowd chanted that they wanted Trump. Later Trump left.",
            "actor person \"Trump\": \"Trump\"",
        ),
        (
            "There is a fine quote attributed to Einstein about research.",
            "actor person \"Einstein\": \"Einstein\"",
        ),
        (
            "Putin said the talks had failed.",
            "actor person \"Putin\": \"Putin\"",
        ),
        (
            "Critics turned on Putin after the vote.",
            "actor person \"Putin\": \"Putin\"",
        ),
    ],
    counter_examples: &["Hikers crossed the Bush for days, and the Bush was dry."],
};

pub const RELATIVE_BEFORE_NAME: Rule = Rule {
    name: "actors/relative-before-name",
    description: "A single unknown name right after a word for a relative or a friend (\"his brother Tavo\", \"her friend, Vessa\") is a person.",
    details: "",
    examples: &[
        (
            "He travelled with his brother Tavo to the coast.",
            "actor person \"Tavo\": \"Tavo\"",
        ),
        (
            "She wrote to her roommate, Vessa, every week.",
            "actor person \"Vessa\": \"Vessa\"",
        ),
    ],
    counter_examples: &[
        "The company sold its sister brand to Orbix.",
        "He was born in Vellmark to a family of sailors.",
    ],
};

pub const BODY_BY_PLURAL_VERB: Rule = Rule {
    name: "actors/body-by-plural-verb",
    description: "A one-word name followed by a plural verb is a team or a firm, as British English writes them: \"Somerset were bowled out\", \"Kent have won twice\".",
    details:
        "A one-word name that agrees with a plural verb right after it (\"Somerset were bowled out\", \"Kent have won twice\") is a body, a team or a firm as British English writes them, though it is a given name too; the name opening a sentence or a clause (\", and Kent have\"); not a name joined to another by \"and\" (\"Anna and Kent were late\"), after a modal (\"Would Kent have known\") or inside a phrase (\"his brother Alfred were:\" of his last words), nor one with a title, a courtesy title or a fuller name.",
    examples: &[(
        "Somerset were bowled out for 212 at Taunton, and Kent have won twice this season.",
        "actor organization \"Kent\": \"Kent\"",
    )],
    counter_examples: &[
        "Anna and Kent were late for dinner. Would Kent have known?",
        "His last words to his younger brother Alfred were: “Do not cry.”",
    ],
};

pub const VOCATIVE_NAME: Rule = Rule {
    name: "actors/vocative-name",
    description: "A single unknown name spoken to at the end of a quotation, after a comma (\"Wait, Tamsin,\" I said), is a person.",
    details: "",
    examples: &[(
        "\"Wait for me, Tamsin,\" I said.",
        "actor person \"Tamsin\": \"Tamsin\"",
    )],
    counter_examples: &["\"We sold the plant to Orbix,\" the chairman said."],
};

pub const NAME_GIVEN_AS: Rule = Rule {
    name: "actors/name-given-as",
    description: "A single unknown name given as someone's name after \"as\" (\"a teacher who gave his name only as Gezim\", \"a woman who identified herself only as Tavo\") is a person.",
    details: "",
    examples: &[(
        "\"We are not going home,\" said a teacher who gave his name only as Gezim.",
        "actor person \"Gezim\": \"Gezim\"",
    )],
    counter_examples: &["The firm was listed as Orvik, and Orvik said profits rose."],
};

pub const ACRONYM_AS_MODIFIER: Rule = Rule {
    name: "actors/acronym-as-modifier",
    description: "An unknown acronym used before an ordinary noun, and never as a speaker or an owner, is a technical term, not an actor: \"the QRX readings\".",
    details:
        "An acronym that no list knows, in capitals or in mixed case (\"CoG\"), written before a common noun (\"the QRX readings\") and never as a possessive nor before a verb of speech, is a term, and so are its other mentions and an expansion that only its capitals make a name (\"Grid Routing Protocol (GRP)\").",
    examples: &[
        (
            "The QRX readings were high. We compared QRX with older data.",
            "no actor mention \"QRX\"",
        ),
        (
            "We measured the CoG shift twice. The CoG moved back.",
            "no actor mention \"CoG\"",
        ),
        (
            "We tested the Grid Routing Protocol (GRP) on two networks. GRP packets were small.",
            "no actor mention \"Grid Routing Protocol\"",
        ),
    ],
    counter_examples: &[
        "The QRX readings were high. QRX's chairman resigned, and QRX said so.",
        "Tarn Valley Haulage (TVH) cut prices. TVH drivers went on strike, and TVH said it would talk.",
    ],
};

pub const NAME_AS_MODIFIER: Rule = Rule {
    name: "actors/name-as-modifier",
    description: "A capitalised name used only to describe the noun after it, with nothing else showing it is an actor, is a label, not an actor: \"the Vellmark forces\", \"the Great Hanshin earthquake\".",
    details:
        "A single capitalised word with no other evidence, every mention of which qualifies a lower-case noun (\"the Vellmark forces\", \"Quoddle players\") and none a possessive, is a term or a label, not an actor; so is a name of several words that ends in an adjective of a people, a faith or a region (\"Theravada Buddhist monks\", \"Middle Eastern cultures\"); before a product noun it is the maker (\"Orbix chips\"), unless it is a compound with a lower-case end (\"an English-language software company\"), before a role the employer (\"an Orbix analyst\"); so is a name of several words found by its capitals alone before a noun for a natural or a civil event (\"the Great Hanshin earthquake\"; `data/actors-event-nouns.txt`).",
    examples: &[
        (
            "After the Great Hanshin earthquake of 1995, he moved to Kobe.",
            "no actor mention \"Great Hanshin\"",
        ),
        (
            "The Vellmark forces crossed the river. Later the Vellmark army rested.",
            "no actor mention \"Vellmark\"",
        ),
        (
            "Ten Kethlan Buddhist monks live here, as in most Kethlan Buddhist cultures.",
            "no actor mention \"Kethlan Buddhist\"",
        ),
        (
            "They launched the main Vellmark-language software company on Monday.",
            "no actor mention \"Vellmark-language\"",
        ),
    ],
    counter_examples: &[
        "The Vellmark forces crossed the river. Later, Vellmark said the war was over.",
        "The new laptops use Orbix chips.",
    ],
};

pub const NAME_IN_HEADLINE: Rule = Rule {
    name: "actors/name-in-headline",
    description: "A name in a headline counts only if the article's text names the same actor too: \"Blinken Meets Lavrov\" above \"Antony Blinken met Sergei Lavrov\".",
    details:
        "A headline or heading line yields only names the body of the article also has, a person's surname alone included (\"(Lindqvist)\" above \"By Kowa Lindqvist\"), but not a given name alone that two people of the body share (\"Anna\" beside Anna Kovac and Anna Berg); the text's first line, one sentence with every word capitalised but a title's small words (\"as\", \"of\", \"the\"), is a headline though a full stop ends it (\"Markets Watch Closely as U.S. Elections Near.\"; not \"Dime Savings Bank of New York said it agreed to ...\", nor a transcript's first line \"ANA RUIZ, HOST: Welcome to Health Watch. I'm Ana Ruiz.\"); a line under the first that lists with two commas or more is no headline but names people and bodies, a letter's signatures or a paper's authors (\"Dr Henrik Vell, Natural History Museum, University of Oslo, Norway\").",
    examples: &[
        (
            "Blinken Meets Lavrov At Last\n\nAntony Blinken met Sergei Lavrov on Friday. Mr Blinken spoke.",
            "actor person \"Antony Blinken\": \"Blinken\"",
        ),
        (
            "Senator Lindsey Graham Says Trade Could Address Clean Energy.\n\nLindsey Graham spoke to reporters on Monday.",
            "actor person \"Lindsey Graham\": \"Lindsey Graham\"",
        ),
    ],
    counter_examples: &[
        "Storm Hits Harbour Town Tonight\n\nThe storm hit the town.",
        "Antony Blinken met Sergei Lavrov on Friday.",
        "Anna Visits Lund\n\nAnna Kovac met Anna Berg on Friday. Later Anna said the talks went well.",
        "We ask the Board to wait.\n\nYours sincerely,\n\nDr Henrik Vell, Natural History Museum, University of Oslo, Norway",
    ],
};

/// Whether a cluster is an organisation only for want of evidence: no person or group evidence, and
/// every mention one weak word (a capitalised word with nothing else for its kind).
fn one_weak_word(cl: &Cluster, cands: &[Candidate]) -> bool {
    cl.kind() == ActorKind::Organization
        && cl.person == 0
        && cl.group == 0
        && cl
            .members
            .iter()
            .all(|&m| cands[m].words.len() == 1 && cands[m].is_weak())
}

/// Whether a cluster's name looks like a plural ("the Pirates"), which stays a group or an organisation.
fn plural(cl: &Cluster) -> bool {
    cl.full.first().is_some_and(|w| w.ends_with('s'))
}

/// Whether a word in -s has an English plural's ending: "-es", or "-s" after a consonant other than
/// "s" ("Pirates", "Nights"; not "Quilis", "Santos", "Gass").
fn english_plural(word: &str) -> bool {
    let mut back = word.chars().rev();
    match (back.next(), back.next()) {
        (Some('s'), Some(c)) => c == 'e' || !"aiousy".contains(c),
        _ => false,
    }
}

/// How many tokens after a single-word name a personal pronoun may come and still speak of it.
const PRONOUN_REACH: usize = 15;

/// A single unknown word, which counts as an organisation for want of evidence, is a person when a
/// personal pronoun in subject or possessive form ("he", "she", "his") follows at least half of its
/// mentions before any other name does ("Tolvan nodded; he knew"); the pronoun also gives its gender.
/// "him" and "her" are left out: as objects they speak of someone else ("Veltrona, who helped her").
/// Plurals ("the Pirates") stay as they are.
pub fn persons_by_pronoun(doc: &Doc, lower: &[&str], cands: &[Candidate], clusters: &mut [Cluster]) {
    for cl in clusters.iter_mut() {
        let unknown = cl.org <= 1 && one_weak_word(cl, cands) && !plural(cl);
        if !unknown {
            continue;
        }
        let mut male = 0;
        let mut female = 0;
        for &m in &cl.members {
            // "went to Zorbitz with his family", "born in Sighet, his parents ...": a name where places
            // stand leaves the pronoun to the subject.
            let start = doc.token_at_or_after(cands[m].span.start);
            let placed = start > 0
                && (names::place_preposition(lower[start - 1]) || lower[start - 1] == "at")
                || things::route_before(doc, lower, start, doc.token_at_or_after(cands[m].span.end));
            if placed {
                continue;
            }
            match pronoun_after(doc, lower, cands[m].span.end) {
                Some(Gender::Male) => male += 1,
                Some(Gender::Female) => female += 1,
                _ => {}
            }
        }
        if (male + female) * 2 >= cl.members.len() {
            cl.person = cl.org + 1;
            cl.gender = if female > male {
                Gender::Female
            } else {
                Gender::Male
            };
        }
    }
}

/// A single unknown word, an organisation for want of evidence, is a person when one of its mentions
/// has a relative after its possessive ("Lindqvist's parents"; [`things::RELATIVE_OF_NAME`]); an
/// author cited in running text is found earlier, by its mention (`actors/author-before-year`).
/// Decided over the whole cluster, after clustering, so that a surname still joins the full name
/// before it.
pub fn persons_by_cue(doc: &Doc, lower: &[&str], cands: &mut [Candidate], clusters: &mut [Cluster]) {
    for cl in clusters.iter_mut() {
        let unknown = cl.org <= 2 && one_weak_word(cl, cands);
        if !unknown {
            continue;
        }
        let cue = cl.members.iter().copied().find_map(|m| {
            let end = doc.token_at_or_after(cands[m].span.end);
            if things::relative_after(doc, lower, end) {
                Some((m, things::RELATIVE_OF_NAME.name))
            } else {
                things::personal_noun_after(doc, lower, end)
                    .then_some((m, things::PERSONAL_NOUN_OF_NAME.name))
            }
        });
        if let Some((m, rule)) = cue {
            cl.person = cl.org + 1;
            cands[m].rule = rule;
        }
    }
}

/// Single given names with nothing else for their kind ("Betty", "Renata", "Jerome") are persons
/// ([`GIVEN_NAME_ALONE`]): every mention is one weak word that the given-name list knows, not an
/// organisation word ("Court"), not always after "the" ("the Sky"), no mention follows a noun for an
/// organisation ("the carmaker Chrysler") or is listed with an organisation ("GM, Chrysler", "General
/// Motors (GM) and Chrysler"), where a given name is a company.
pub fn persons_by_given_name(doc: &Doc, lower: &[&str], cands: &mut [Candidate], clusters: &mut [Cluster]) {
    let org_ends: HashSet<usize> = clusters
        .iter()
        .filter(|cl| cl.kind() == ActorKind::Organization && cl.org > 1)
        .flat_map(|cl| cl.members.iter().map(|&m| cands[m].span.end))
        .collect();
    let org_starts: HashSet<usize> = clusters
        .iter()
        .filter(|cl| cl.kind() == ActorKind::Organization && cl.org > 1)
        .flat_map(|cl| cl.members.iter().map(|&m| cands[m].span.start))
        .collect();
    for cl in clusters.iter_mut() {
        let weak = !cl.members.is_empty() && one_weak_word(cl, cands);
        if !weak || cl.members.iter().all(|&m| cands[m].article) {
            continue;
        }
        let word = doc.slice(cands[cl.best].name_span);
        let Some(gender) = LEXICON.given(word) else {
            continue;
        };
        let lower_word = cands[cl.best].words[0].as_str();
        if LEXICON.is_org_word_lower(lower_word) || !word.chars().skip(1).any(char::is_lowercase) {
            continue;
        }
        // "the carmaker Chrysler": a noun for an organisation right before it.
        let described = cl.members.iter().any(|&m| {
            let first = doc.token_at_or_after(cands[m].span.start);
            first > 0 && LEXICON.is_org_noun(lower[first - 1])
        });
        let listed = described
            || cl
                .members
                .iter()
                .any(|&m| listed_with(doc, lower, cands[m].span, &org_ends, &org_starts));
        if listed {
            continue;
        }
        // "a large Roman villa", "wealthy Roman households": an adjective before a noun everywhere; so is
        // a region named like a person after "the" ("the Alberta government").
        let region = LEXICON.given_region(word);
        if (names::adjective_given_name(word) || region)
            && cl.members.iter().all(|&m| {
                let first = doc.token_at_or_after(cands[m].span.start);
                let next = doc.token_at_or_after(cands[m].span.end);
                names::adjective_before_noun(doc, lower, next)
                    && (!region || first > 0 && lower[first - 1] == "the")
            })
        {
            cl.members.clear();
            continue;
        }
        cl.person = cl.org + 1;
        cl.gender = gender;
        for &m in &cl.members {
            cands[m].rule = GIVEN_NAME_ALONE.name;
        }
    }
}

/// Whether one of the cluster and the candidate is a place's name that stands only where places do
/// ("in Wiltshire", "the county of Wiltshire") and the other that name and words of a body that governs
/// it ("Wiltshire Council", "Bristol City Council"): the place is no short form of the body.
fn governed_place(cl: &Cluster, c: &Candidate) -> bool {
    let (w, full) = (&c.words, &cl.full);
    c.place && body_of(w, full)
        || cl.doubts as usize == cl.members.len() && body_of(full, w)
        || members_of_place(w, full)
        || members_of_place(full, w)
        || service_of_place(w, full)
        || service_of_place(full, w)
}

/// Whether `body` is `place`, a word of local government and more words, ending in one for a public
/// body or service ("Gisborne District Council", "Halifax Regional Police", "the Santa Cruz County
/// Coroner's Office"; `data/actors-public-service-heads.txt`), or the place's chamber of commerce
/// ("the Castlebar Chamber of Commerce", "the Port Elizabeth Regional Chamber of Commerce"): the place alone, anywhere, names the place. A club named
/// after a town and a word of local government alone ("Leicester City") is not such a body.
fn service_of_place(place: &[String], body: &[String]) -> bool {
    let rest = body.strip_prefix(place).unwrap_or_default();
    let service = rest.len() >= 2
        && LOCAL_BODY_WORDS.contains(&rest[0])
        && rest.last().is_some_and(|x| PUBLIC_SERVICE_HEADS.contains(x));
    let local = rest.iter().take_while(|x| LOCAL_BODY_WORDS.contains(x)).count();
    let commerce = rest[local..]
        .iter()
        .map(String::as_str)
        .take(3)
        .eq(["chamber", "of", "commerce"]);
    !place.is_empty() && (service || commerce)
}

/// Whether `body` is a longer name that opens with the illness `name` ("the Ebola Response Fund" for
/// "Ebola"; [`things::ILLNESS_NAME`]): the illness alone names no body.
fn named_after_illness(name: &[String], body: &[String]) -> bool {
    name.len() == 1 && body.len() > 1 && body.starts_with(name) && things::illness_name(&name[0])
}

/// Whether `body` is `place` and words of a body that governs it ("Wiltshire Council", "Laudat Village
/// Council"; `data/actors-local-body-words.txt`).
fn body_of(place: &[String], body: &[String]) -> bool {
    place.len() < body.len()
        && body.starts_with(place)
        && body[place.len()..].iter().all(|x| LOCAL_BODY_WORDS.contains(x))
}

/// Whether `body` is `place` and the name of an association of its people by what they do, the plural
/// before a word for a body of members ("the Struga Fishermen's Association", "the Boké Heavy Goods
/// Drivers' Union"): the place alone names the town, never the association.
fn members_of_place(place: &[String], body: &[String]) -> bool {
    place.len() < body.len()
        && body.starts_with(place)
        && body.last().is_some_and(|x| MEMBER_BODY_WORDS.contains(x))
        && body[place.len()..body.len() - 1]
            .iter()
            .any(|x| names::agent_plural(x))
}

/// Words for a body of members that end an association's name ("Association", "Cooperative", "Union";
/// `data/actors-member-body-words.txt`).
static MEMBER_BODY_WORDS: WordSet = word_set!("../data/actors-member-body-words.txt");

/// Words that follow a place's name in the name of the body that governs it ("Wiltshire Council";
/// `data/actors-local-body-words.txt`).
static LOCAL_BODY_WORDS: WordSet = word_set!("../data/actors-local-body-words.txt");

/// Words that end the name of a public body or service named after the place it serves ("Halifax
/// Regional Police"; `data/actors-public-service-heads.txt`).
static PUBLIC_SERVICE_HEADS: WordSet = word_set!("../data/actors-public-service-heads.txt");

/// Verbs only a person does, after their subject ("Tolvan nodded"): `data/actors-person-verbs.txt`.
static PERSON_VERBS: WordSet = word_set!("../data/actors-person-verbs.txt");

/// States only a person is in, after "is" or "was" ("Bet was asleep"): `data/actors-person-states.txt`.
static PERSON_STATES: WordSet = word_set!("../data/actors-person-states.txt");

/// Nouns that take a person after "of" ("the death of Petronios"): `data/actors-person-of-nouns.txt`.
static PERSON_OF_NOUNS: WordSet = word_set!("../data/actors-person-of-nouns.txt");

/// Single unknown words that act as people are persons: every mention is one weak word with nothing
/// else for its kind, and the word is a public figure's surname ([`PUBLIC_FIGURE`]), or it is no
/// English plural and one mention is the subject of a verb only people do ("Tolvan nodded"), is in a
/// state only people are in ("Bet was asleep"), follows a noun of a life ("the death of Tavrin") or
/// speaks the quotation just before it (`"...," Oskel says`, `"...," says Oskel`;
/// [`SUBJECT_OF_PERSON_VERB`]), follows a word for a relative or a friend ("his brother Tavo";
/// [`RELATIVE_BEFORE_NAME`]), is spoken to (`"Wait, Tamsin," I said`; [`VOCATIVE_NAME`]) or is given as
/// someone's name ("gave his name only as Gezim"; [`NAME_GIVEN_AS`]).
pub fn persons_by_verb(doc: &Doc, lower: &[&str], cands: &mut [Candidate], clusters: &mut [Cluster]) {
    for cl in clusters.iter_mut() {
        if cl.members.is_empty() || !one_weak_word(cl, cands) {
            continue;
        }
        let cited = || {
            cl.members
                .iter()
                .any(|&m| citations::cited_author(doc, cands[m].span))
        };
        // A name in -s acts as a group ("the Pirates"), but one that is no English plural ("Quilis",
        // "Santos", "Petronios") may be cited as an author or act as a person, and so may one after a
        // particle of names ("de Vries").
        let after_particle = || {
            cl.members.iter().any(|&m| {
                let first = doc.token_at_or_after(cands[m].span.start);
                first > 0 && names::lower_case_particle(doc.word(first - 1), lower[first - 1])
            })
        };
        let rule = if public_figure(doc, lower, cl, cands) {
            PUBLIC_FIGURE.name
        } else if plural(cl) && english_plural(&cl.full[0]) && !after_particle() {
            continue;
        } else if plural(cl) && cited() {
            citations::CITED_SURNAME.name
        } else if cl
            .members
            .iter()
            .any(|&m| acts_as_person(doc, lower, cands[m].span))
        {
            SUBJECT_OF_PERSON_VERB.name
        } else if cl
            .members
            .iter()
            .any(|&m| relative_before(doc, lower, cands[m].span))
        {
            RELATIVE_BEFORE_NAME.name
        } else if cl.members.iter().any(|&m| vocative(doc, cands[m].span)) {
            VOCATIVE_NAME.name
        } else if cl
            .members
            .iter()
            .any(|&m| name_given_as(lower, doc.token_at_or_after(cands[m].span.start)))
        {
            NAME_GIVEN_AS.name
        } else if cited() {
            citations::CITED_SURNAME.name
        } else {
            continue;
        };
        cl.person = cl.org + 1;
        for &m in &cl.members {
            cands[m].rule = rule;
        }
    }
}

/// Whether a single weak word names a widely known public figure ([`PUBLIC_FIGURE`]): "We want
/// Trump", "a quote attributed to Einstein"; not after "the" ("the Bush" is a landscape).
/// Makes a body of the one-word names that agree with a plural verb, as teams and firms do in British
/// English ("Somerset were bowled out", "Kent have won"; [`BODY_BY_PLURAL_VERB`]): names with no title,
/// no courtesy title and no fuller name, whose only mark of a person is a given name ("Kent"), or none.
pub fn bodies_by_plural_verb(doc: &Doc, lower: &[&str], cands: &mut [Candidate], clusters: &mut [Cluster]) {
    let n = doc.tokens.len();
    // "Somerset were", ", and Kent have": the name opens a sentence or a clause; not "Anna and Somerset
    // were", "would Kent have", "his brother Alfred were", "administered by Michel are".
    let plural_subject = |c: &Candidate| {
        let first = doc.token_at_or_after(c.span.start);
        let end = doc.token_at_or_after(c.span.end);
        let opens = doc.is_sentence_start(first)
            || first >= 2
                && matches!(lower[first - 1], "and" | "but" | "while" | "whereas")
                && matches!(lower[first - 2], "," | ";")
            || first >= 1 && matches!(lower[first - 1], ";" | ":");
        end < n && matches!(lower[end], "are" | "were" | "have") && opens
    };
    for cl in clusters.iter_mut() {
        let one_word = cl.full.len() == 1 && !cl.courtesy;
        if cl.members.is_empty() || !one_word || cl.group > 0 || cl.kind() == ActorKind::Organization {
            continue;
        }
        let plain = cl.members.iter().all(|&m| {
            let c = &cands[m];
            c.words.len() == 1 && c.roles.is_empty() && !c.courtesy && c.person <= 0 && c.alias_of.is_none()
        });
        if plain && cl.members.iter().any(|&m| plural_subject(&cands[m])) {
            cl.org = cl.person + 1;
            for &m in &cl.members {
                cands[m].rule = BODY_BY_PLURAL_VERB.name;
            }
        }
    }
}

fn public_figure(doc: &Doc, lower: &[&str], cl: &Cluster, cands: &[Candidate]) -> bool {
    things::named_as_public_figure(doc, cands, cl)
        && cl.members.iter().all(|&m| {
            let first = doc.token_at_or_after(cands[m].span.start);
            first == 0 || lower[first - 1] != "the"
        })
}

/// Whether the name at `span` is someone spoken to at the end of a quotation ([`VOCATIVE_NAME`]):
/// after a comma and before the mark that closes it (`"Wait, Tamsin," I said`, `"Thanks, Tamsin!"`).
fn vocative(doc: &Doc, span: Span) -> bool {
    let first = doc.token_at_or_after(span.start);
    let last = doc.token_at_or_after(span.end);
    let closes = |k: usize| doc.word(k).chars().count() == 1 && doc.word(k).chars().all(is_quote_mark);
    first >= 1
        && doc.word(first - 1) == ","
        && matches!(doc.word(last), "," | "!" | "?" | ".")
        && closes(last + 1)
}

/// Whether the name at token `first` is given as someone's name after "as" ([`NAME_GIVEN_AS`]): "gave
/// his name only as Gezim", "identified herself only as Marta", "identified only as Tavo".
fn name_given_as(lower: &[&str], first: usize) -> bool {
    if first < 2 || lower[first - 1] != "as" {
        return false;
    }
    let mut k = first - 1;
    while k > 0 && matches!(lower[k - 1], "only" | "simply" | "just") {
        k -= 1;
    }
    let reflexive = |w: &str| matches!(w, "himself" | "herself" | "themselves");
    k >= 1
        && (matches!(lower[k - 1], "name" | "identified")
            || k >= 2 && reflexive(lower[k - 1]) && matches!(lower[k - 2], "identified" | "introduced"))
}

/// Nouns for companions ("friend", "roommate"): `data/actors-companion-words.txt`.
static COMPANIONS: WordSet = word_set!("../data/actors-companion-words.txt");

/// Whether a word for a relative or a companion stands right before the name at `span`, maybe with a
/// comma between ("his brother Tavo", "her daughter, Shag", "his friend Bonaro"), as
/// [`RELATIVE_BEFORE_NAME`] reads it.
fn relative_before(doc: &Doc, lower: &[&str], span: Span) -> bool {
    let first = doc.token_at_or_after(span.start);
    let mut k = first;
    if k >= 1 && doc.word(k - 1) == "," {
        k -= 1;
    }
    k >= 1 && {
        let w = lower[k - 1];
        w != "born" && w != "parents" && (things::kinship_word(w) || COMPANIONS.contains(w))
    }
}

/// Whether the name at `span` is the subject of a verb only people do, or the speaker of a quotation
/// that closes right before it, with a verb of saying after the name or before it (then the name ends
/// the clause: in `"...," said Orbix analyst Ada Lenz` it names her employer).
fn acts_as_person(doc: &Doc, lower: &[&str], span: Span) -> bool {
    let first = doc.token_at_or_after(span.start);
    let last = doc.token_at_or_after(span.end);
    if lower.get(last).is_some_and(|w| PERSON_VERBS.contains(w)) {
        return true;
    }
    // "Petra was born in ...", "Bet was asleep".
    if matches!(lower.get(last), Some(&("was" | "is")))
        && lower.get(last + 1).is_some_and(|w| PERSON_STATES.contains(w))
    {
        return true;
    }
    // "the death of Petronios".
    if first >= 2 && lower[first - 1] == "of" && PERSON_OF_NOUNS.contains(lower[first - 2]) {
        return true;
    }
    // "Chao and his wife returned": a name and their relative do something together.
    if lower.get(last) == Some(&"and")
        && matches!(lower.get(last + 1), Some(&("his" | "her")))
        && lower
            .get(last + 2)
            .is_some_and(|w| super::things::kinship_word(w))
    {
        return true;
    }
    let speech = |k: usize| lower.get(k).is_some_and(|w| quotes::verb_lemma(w).is_some());
    // One mark, or the typewriter's double one ("''").
    let quote_closes = |k: usize| {
        k >= 1
            && text::mark_in_role(doc.word(k), false)
            && matches!(doc.word(k - 1), "," | "?" | "!" | "." | "\u{2014}")
    };
    (first >= 1 && quote_closes(first - 1) && speech(last))
        || (first >= 2
            && speech(first - 1)
            && quote_closes(first - 2)
            && doc.tokens.get(last).is_none_or(|t| t.kind != TokenKind::Word))
}

/// Whether the name at `span` stands in a list next to a name that ends at one of `ends` or starts at
/// one of `starts` ("GM, Chrysler", "General Motors (GM) and Chrysler", "Ford, GM, and Chrysler",
/// "Chrysler and GM").
fn listed_with(
    doc: &Doc,
    lower: &[&str],
    span: Span,
    ends: &HashSet<usize>,
    starts: &HashSet<usize>,
) -> bool {
    let first = doc.token_at_or_after(span.start);
    let last = doc.token_at_or_after(span.end);
    let joins = |k: usize| matches!(lower.get(k), Some(&("," | "and" | "&" | "or")));
    let conjunction = |k: usize| matches!(lower.get(k), Some(&("and" | "&" | "or")));
    let before = first >= 2 && joins(first - 1) && {
        let mut k = first - 2;
        // "Ford, GM, and Chrysler": the serial comma before the conjunction.
        if conjunction(first - 1) && doc.word(k) == "," && k > 0 {
            k -= 1;
        }
        if doc.word(k) == ")" && k > 0 {
            k -= 1;
        }
        ends.contains(&doc.tokens[k].span().end)
    };
    let mut next = last + 1;
    if doc.word(last) == "," && conjunction(last + 1) {
        next += 1;
    }
    let after = joins(last)
        && doc
            .tokens
            .get(next)
            .is_some_and(|t| starts.contains(&t.span().start));
    before || after
}

/// The gender of a personal pronoun that speaks of its own clause's actor: a subject ("he"), a
/// reflexive ("herself") or a possessive that is never an object ("his", not "her"), from the lexicon.
fn gender_of_subject_pronoun(word: &str) -> Option<Gender> {
    let (_, cases) = LEXICON.pronoun_cases(word)?;
    let own = cases & (case::SUBJECT | case::REFLEXIVE) != 0
        || (cases & case::POSSESSIVE != 0 && cases & case::OBJECT == 0);
    match LEXICON.pronoun(word)? {
        PronounClass::Male if own => Some(Gender::Male),
        PronounClass::Female if own => Some(Gender::Female),
        _ => None,
    }
}

/// The gender of the first personal pronoun within reach after byte `end`, unless another capitalised
/// word (a name) comes first.
fn pronoun_after(doc: &Doc, lower: &[&str], end: usize) -> Option<Gender> {
    let from = doc.token_at_or_after(end);
    let near = doc
        .tokens
        .iter()
        .zip(lower)
        .enumerate()
        .skip(from)
        .take(PRONOUN_REACH);
    for (k, (token, word)) in near {
        if let Some(gender) = gender_of_subject_pronoun(word) {
            return Some(gender);
        }
        if token.kind == TokenKind::Word && is_capitalized(doc.token_text(token)) && k > from {
            return None;
        }
    }
    None
}
