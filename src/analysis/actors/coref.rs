//! Pronouns and role descriptions resolved to named actors, for quote attribution.
//!
//! "he"/"him"/"his" and "she"/"her" go to a person of matching (or unknown) gender; "they"/"their" and
//! "it"/"its" to an organisation or group. The antecedent is chosen by salience: references in the same
//! sentence first (the nearest), then earlier sentences (up to three back), preferring the first
//! reference of such a sentence (its subject, as a rule in news prose) and an exact gender match. Resolved pronouns join
//! the chain, so "He ... He ... he" stays with one person across a paragraph.
//!
//! Descriptions are "the" + a role word ("the minister", "the president") resolved to the most recent
//! person whose roles contain that word, and "the company", "the alliance" and the like resolved to the
//! most recent organisation.
//!
//! The rules: [`PRONOUN_NEAREST_PERSON`], [`PRONOUN_OF_ORGANISATION`], [`DESCRIPTION_OF_ROLE`],
//! [`DESCRIPTION_BY_NATIONALITY`], [`DESCRIPTION_OF_ORGANISATION`]; pronouns and organisation nouns come from the
//! [`lexicon`](crate::analysis::actors::lexicon).

use crate::analysis::actors::lexicon::{Gender, PronounClass as Class, LEXICON};
use crate::analysis::actors::model::{ActorMention, MentionKind};
use crate::analysis::actors::names;
use crate::analysis::actors::states;
use crate::analysis::actors::things;
use crate::analysis::gazetteer::{word_set, TableMap, WordSet};
use crate::analysis::report::{Actor, ActorKind, VoiceKind};
use crate::analysis::rules::Rule;
use crate::analysis::sort::CompactSort;
use crate::analysis::text::{quote_mark, Doc, QuoteRole, TokenKind};
use crate::analysis::voices;

/// One reference in the chain: where it is and whom it names.
#[derive(Clone, Copy)]
struct Reference {
    token: usize,
    /// The token after it.
    end: usize,
    sentence: usize,
    actor: usize,
    /// The first reference of its sentence outside an opening phrase: its subject, as a rule.
    first: bool,
    /// This or an earlier reference of its sentence is `first`.
    subject_seen: bool,
    /// Inside quotation marks.
    quoted: bool,
}

/// Which tokens are inside double quotation marks (reset at each line break).
fn quoted_tokens(doc: &Doc) -> Vec<bool> {
    let mut inside = false;
    let mut flags = Vec::with_capacity(doc.tokens.len());
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.line_start {
            inside = false;
        }
        let mark = (t.kind == TokenKind::Punct)
            .then(|| quote_mark(doc.word(i)))
            .flatten()
            .filter(|(style, _)| style.double());
        match mark {
            Some((_, QuoteRole::Open)) => inside = true,
            Some((_, QuoteRole::Close)) => inside = false,
            Some((_, QuoteRole::Either)) => inside = !inside,
            None => {}
        }
        flags.push(inside && mark.is_none());
    }
    flags
}

/// Resolves the pronouns and descriptions of `doc` against the named mentions (in text order).
/// Each reference comes with the rule that linked it.
pub fn resolve(
    doc: &Doc,
    lower: &[&str],
    actors: &[Actor],
    genders: &[Gender],
    names: &[ActorMention],
) -> Vec<(ActorMention, &'static str)> {
    let mut genders = genders.to_vec();
    genders.resize(actors.len(), Gender::Unknown);
    let named = named_tokens(doc, names);
    let quoted = quoted_tokens(doc);
    // The actors' roles in lower case, for descriptions ("the minister"), abbreviated titles also
    // written out ("Gov." is "governor").
    let roles = Holders::new(actors, names);
    // Built on the first description of a body, which most texts never reach.
    let bodies = std::cell::OnceCell::new();
    let bodies = || bodies.get_or_init(|| Bodies::new(actors, names));
    // Built on the first "the" before a nationality word.
    let nations = std::cell::OnceCell::new();
    let nations = || nations.get_or_init(|| nationalities(doc, lower, actors, names));
    let mut out = Vec::new();
    let mut chain: Vec<Reference> = Vec::with_capacity(2 * REACH);
    let mut next_name = 0;
    // The end of the named mentions read so far: no pronoun or description inside a name ("the Prime
    // Minister" in "the Office of the Prime Minister").
    let mut covered = 0;
    let mut i = 0;
    let n = doc.tokens.len();
    while i < n {
        // Named mentions up to here join the chain.
        while next_name < named.len() && named[next_name].0 <= i {
            let (t, end, actor) = named[next_name];
            push(&mut chain, doc, &quoted, t..end, actor);
            covered = covered.max(end);
            next_name += 1;
        }
        let tok = &doc.tokens[i];
        if tok.kind != TokenKind::Word || i < covered {
            i += 1;
            continue;
        }
        let low = lower.get(i).map_or("", |s| *s);
        let pronoun = LEXICON.pronoun(low).filter(|&c| {
            !(acronym_in_running_text(doc, i) || c == Class::Plural && said_by_plural_noun(doc, lower, i))
        });
        if let Some(class) = pronoun {
            // "A village headman, who gave his name as ...": the pronoun is the unnamed one's.
            if matches!(class, Class::Male | Class::Female) && in_clause_of_unnamed(doc, lower, i) {
                i += 1;
                continue;
            }
            let quote = if quoted.get(i).copied().unwrap_or(false) {
                Quoting::Inside
            } else {
                quotation_before(doc, &quoted, i).map_or(Quoting::Outside, Quoting::After)
            };
            if let Some(actor) = antecedent(doc, &chain, actors, &genders, i, class, quote) {
                // The pronoun tells an actor's gender the names did not.
                if genders[actor] == Gender::Unknown {
                    genders[actor] = class_gender(class);
                }
                let rule = pronoun_rule(class);
                let kind = MentionKind::Pronoun;
                out.push((
                    ActorMention {
                        span: tok.span(),
                        actor,
                        kind,
                    },
                    rule,
                ));
                push(&mut chain, doc, &quoted, i..i + 1, actor);
            }
            i += 1;
            continue;
        }
        if low == "the" {
            let found = by_nationality(doc, lower, &chain, actors, &nations, i)
                .or_else(|| description(doc, lower, &chain, actors, &roles, &bodies, i))
                .or_else(|| qualified_role(doc, lower, &chain, actors, &roles, &nations, i));
            if let Some((len, actor, rule)) = found {
                let span = doc.span_of(i..i + len);
                let kind = MentionKind::Description;
                out.push((ActorMention { span, actor, kind }, rule));
                push(&mut chain, doc, &quoted, i..i + len, actor);
                i += len;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The named mentions as token ranges with their actors, in the text's order.
fn named_tokens(doc: &Doc, names: &[ActorMention]) -> Vec<(usize, usize, usize)> {
    let mut named: Vec<(usize, usize, usize)> = names
        .iter()
        .map(|m| {
            (
                doc.token_at_or_after(m.span.start),
                doc.token_at_or_after(m.span.end),
                m.actor,
            )
        })
        .collect();
    named.compact_sort();
    named
}

/// The gender a pronoun's class gives its actor.
fn class_gender(class: Class) -> Gender {
    match class {
        Class::Male => Gender::Male,
        Class::Female => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// The rule that links a pronoun of the class to its actor.
fn pronoun_rule(class: Class) -> &'static str {
    match class {
        Class::Male | Class::Female => PRONOUN_NEAREST_PERSON.name,
        Class::Plural | Class::Neuter => PRONOUN_OF_ORGANISATION.name,
    }
}

/// Whether the pronoun at token `i` stands in a relative clause ("who" or "whose", a few words before
/// it, with no punctuation between) of a phrase that opens with "a" or "an", which names someone new
/// and unnamed: "A village headman at Kashikishi, who gave his name only as ...".
fn in_clause_of_unnamed(doc: &Doc, lower: &[&str], i: usize) -> bool {
    let is_word = |k: usize| doc.tokens[k].kind == TokenKind::Word;
    let Some(who) = (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| is_word(k))
        .find(|&k| matches!(lower[k], "who" | "whose"))
    else {
        return false;
    };
    let mut k = who;
    if k > 0 && doc.word(k - 1) == "," {
        k -= 1;
    }
    // The phrase before "who": words back to its article, no pronoun among them ("three of his
    // children who ..."); after a comma it is in apposition to a name ("Gerald Lefcourt, a lawyer
    // who says he ..."), after "as" or a copula it describes the subject ("Trump portrayed himself as
    // a manipulator who ...", "Her father is a chemist who ...").
    let Some(article) = (k.saturating_sub(8)..k)
        .rev()
        .take_while(|&j| is_word(j) && LEXICON.pronoun(lower[j]).is_none())
        .find(|&j| matches!(lower[j], "a" | "an"))
    else {
        return false;
    };
    let describes = article > 0
        && matches!(
            lower[article - 1],
            "," | "("
                | "-"
                | "—"
                | "–"
                | "as"
                | "is"
                | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "became"
                | "becomes"
        );
    !describes
}

/// Whether token `i`, a pronoun's letters in capitals, is an acronym: a word in lower case stands next
/// to it ("the Forum for IT Employees"), so its sentence is not shouted ("IT WAS OVER").
fn acronym_in_running_text(doc: &Doc, i: usize) -> bool {
    let word = doc.word(i);
    let lower_word = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.sentence == doc.tokens[i].sentence)
            && doc.word(k).chars().any(char::is_lowercase)
    };
    word.len() > 1
        && !word.chars().any(char::is_lowercase)
        && (i.checked_sub(1).is_some_and(lower_word) || lower_word(i + 1))
}

/// Where a pronoun stands with respect to quotations.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoting {
    Inside,
    /// Right after a quotation that starts at this token: `"...," he said`.
    After(usize),
    Outside,
}

/// The first token of the quotation that closes right before token `i` (after its closing mark and
/// maybe a comma): `"...," he said`.
fn quotation_before(doc: &Doc, quoted: &[bool], i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    if doc.word(k) == "," {
        k = k.checked_sub(1)?;
    }
    let closes =
        quote_mark(doc.word(k)).is_some_and(|(style, role)| style.double() && role != QuoteRole::Open);
    if !closes || !quoted.get(k.checked_sub(1)?).copied().unwrap_or(false) {
        return None;
    }
    // Back over the quotation, its marks and the attributions inside it, up to a bounded length.
    let mut start = k;
    while start > 0
        && k - start < 400
        && !doc.tokens[start].line_start
        && (quoted[start - 1] || quote_mark(doc.word(start - 1)).is_some())
    {
        start -= 1;
    }
    Some(start)
}

fn push(
    chain: &mut Vec<Reference>,
    doc: &Doc,
    quoted: &[bool],
    tokens: std::ops::Range<usize>,
    actor: usize,
) {
    let token = tokens.start;
    // "NEW YORK (AP) _ Two players drew their last game": the agency of a dateline is no one a
    // pronoun of the story can mean.
    let dateline_agency = token > 0
        && tokens.end == token + 1
        && crate::analysis::text::dateline_agency(doc.text, &doc.tokens, token - 1);
    // "ANSAH-BOATENG: Frimpong employs four women. She says ...": a transcript's speaker label is who
    // talks, as "I"; a pronoun of the turn means someone else.
    if dateline_agency || speaker_label(doc, tokens.clone()) {
        return;
    }
    let sentence = doc.tokens.get(token).map_or(0, |t| t.sentence as usize);
    let seen = chain
        .last()
        .is_some_and(|r| r.sentence == sentence && r.subject_seen);
    // "DETROIT (Reuters) - General Motors said": a name in brackets is no subject.
    let bracketed = token > 0 && doc.word(token - 1) == "(";
    let first = !seen && !bracketed && !in_opening_phrase(doc, token);
    // Only the last REACH references are ever read: older ones are dropped, REACH at a time (each
    // moved at most once), so the chain stays within 2 × REACH entries however long the text.
    if chain.len() >= 2 * REACH {
        chain.drain(..chain.len() - REACH);
    }
    chain.push(Reference {
        token,
        end: tokens.end,
        sentence,
        actor,
        quoted: quoted.get(token).copied().unwrap_or(false),
        first,
        subject_seen: seen || first,
    });
}

/// Whether the name at `tokens` opens its line as a transcript's speaker label: its colon follows
/// right away, or after a role in capitals or brackets ("HALE:", "DANA LENZ, BYLINE:", "Mr. ROY
/// TATE (Plant Supervisor):").
fn speaker_label(doc: &Doc, tokens: std::ops::Range<usize>) -> bool {
    // A title may stand before the name on the line: "Lieutenant Colonel DANA LENZ (...):".
    let titled = |k: usize| doc.word(k) == "." || doc.word(k).starts_with(char::is_uppercase);
    let opens_line = (tokens.start.saturating_sub(3)..=tokens.start)
        .rev()
        .take_while(|&k| k == tokens.start || titled(k))
        .any(|k| doc.tokens[k].line_start);
    if !opens_line || tokens.end >= doc.tokens.len() {
        return false;
    }
    let (mut k, mut depth) = (tokens.end, 0usize);
    while k < doc.tokens.len().min(tokens.end + 12) && !(k > tokens.end && doc.tokens[k].line_start) {
        match doc.word(k) {
            ":" if depth == 0 => return true,
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            "," => {}
            w if depth == 0 && w.chars().any(char::is_lowercase) => return false,
            _ => {}
        }
        k += 1;
    }
    false
}

/// Sentence openers that join rather than open a phrase ("And Ross said, ...";
/// `data/actors-coordinators.txt`).
static COORDINATORS: WordSet = word_set!("../data/actors-coordinators.txt");

/// Token `i` stands in a phrase that opens its sentence with a preposition or a conjunction and
/// closes with a comma: "In an interview with Howard Stern, Trump said ..." (Stern is no subject).
fn in_opening_phrase(doc: &Doc, i: usize) -> bool {
    let Some(start) = doc
        .tokens
        .get(i)
        .and_then(|t| doc.sentences.get(t.sentence as usize))
        .map(|s| s.tokens.start)
    else {
        return false;
    };
    let opener = doc.lower(start);
    if start >= i || !PHRASE_OPENERS.contains(opener) || COORDINATORS.contains(opener) {
        return false;
    }
    // The phrase is at most this long, so the scan stays short in a sentence of any length.
    let end = (start + 24).min(doc.tokens.len());
    match (start + 1..end).find(|&k| doc.word(k) == ",") {
        Some(comma) => i < comma,
        None => false,
    }
}

fn compatible(actor: &Actor, gender: Gender, class: Class) -> bool {
    match class {
        Class::Male => actor.kind == ActorKind::Person && gender != Gender::Female,
        Class::Female => actor.kind == ActorKind::Person && gender != Gender::Male,
        Class::Plural => actor.kind != ActorKind::Person,
        Class::Neuter => actor.kind == ActorKind::Organization,
    }
}

/// The most references a pronoun or description looks back over (within its window of sentences):
/// a bound on the work per reference, so that a text without sentence ends stays linear. News
/// sentences hold a handful of references each.
const REACH: usize = 256;

/// The highest score a reference `distance` sentences back can get for a pronoun of `class`.
fn top_score(distance: usize, class: Class) -> i32 {
    let distance = i32::try_from(distance).unwrap_or(i32::MAX / 40);
    let subject = if distance > 0 { 8 } else { 0 };
    let exact = if matches!(class, Class::Male | Class::Female) {
        4
    } else {
        0
    };
    100 - 20 * distance + subject + exact
}

fn antecedent(
    doc: &Doc,
    chain: &[Reference],
    actors: &[Actor],
    genders: &[Gender],
    i: usize,
    class: Class,
    quote: Quoting,
) -> Option<usize> {
    let inside_quote = quote == Quoting::Inside;
    let sentence = doc.tokens[i].sentence as usize;
    let window = match class {
        Class::Male | Class::Female => 3,
        Class::Plural => 2,
        Class::Neuter => 1,
    };
    let object = is_object(doc, i);
    // "Chile praised it.": "it" as the object names what was done or said far more often than a body.
    if object && class == Class::Neuter {
        return None;
    }
    let mut best: Option<(i32, usize, usize)> = None;
    for r in chain.iter().rev().take(REACH) {
        if r.token >= i {
            continue;
        }
        let distance = sentence.saturating_sub(r.sentence);
        if distance > window {
            break;
        }
        // Farther references score no higher than the best one found (ties go to the nearer).
        if best.is_some_and(|(s, _, _)| s >= top_score(distance, class)) {
            break;
        }
        // `"We met Mr Ross," he said`: the speaker is not a name inside the quotation; and a third-person
        // pronoun inside a quotation is not its speaker (who says "I").
        if r.quoted != inside_quote && distance == 0 {
            continue;
        }
        // `"... Trump's flank. And I think ...," he said`: the speaker right after a quotation is no one
        // it names or refers to.
        if r.quoted && matches!(quote, Quoting::After(q) if r.token >= q) {
            continue;
        }
        if distance == 0 && object && same_clause(doc, r.end, i) {
            continue;
        }
        let Some(actor) = actors.get(r.actor) else {
            continue;
        };
        let gender = genders.get(r.actor).copied().unwrap_or(Gender::Unknown);
        if !compatible(actor, gender, class) {
            continue;
        }
        let mut score = 100 - 20 * distance as i32;
        // The subject of an earlier sentence; within the pronoun's own sentence the nearest name wins.
        // Inside a quotation the subject before it is likely its speaker, whom "he" does not name:
        // `Clinton accused Trump of lying. "He talks," she said.`
        if r.first && distance > 0 {
            score += if inside_quote && !r.quoted { -8 } else { 8 };
        }
        let exact = matches!(
            (class, gender),
            (Class::Male, Gender::Male) | (Class::Female, Gender::Female)
        );
        if exact {
            score += 4;
        }
        if best.is_none_or(|(s, t, _)| score > s || (score == s && r.token > t)) {
            best = Some((score, r.token, r.actor));
        }
    }
    best.map(|(_, _, a)| a)
}

/// Abbreviated titles and the titles they stand for (`data/actors-title-abbreviations.tsv`).
static TITLE_ABBREVIATIONS: std::sync::LazyLock<TableMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        crate::analysis::gazetteer::rows(crate::analysis::gazetteer::data_file!(
            "../data/actors-title-abbreviations.tsv"
        ))
        .filter_map(|row| Some((*row.first()?, *row.get(1)?)))
        .collect()
    });

/// A role in lower case with its abbreviated titles written out ("gov." → "governor"), when it has one.
fn written_out(role: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<&str> = role
        .split_whitespace()
        .map(|w| match TITLE_ABBREVIATIONS.get(w.trim_end_matches('.')) {
            Some(full) => {
                changed = true;
                *full
            }
            None => w,
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// Words that open a phrase of their own (`data/actors-phrase-openers.txt`).
static PHRASE_OPENERS: WordSet = word_set!("../data/actors-phrase-openers.txt");

/// The pronoun at `i` is the object of a verb: "him", "them", or "her" and "it" before a mark or the
/// end ("Chile praised it.").
fn is_object(doc: &Doc, i: usize) -> bool {
    match doc.lower(i) {
        "him" | "them" => true,
        "her" | "it" => doc.tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct),
        _ => false,
    }
}

/// Only a verb group stands between a reference ending before token `end` and the object pronoun at
/// `i`, so the reference is the subject of the pronoun's own clause, which a pronoun object cannot
/// name ("McCaskill (D-Mo.) scolded him", "Smith has repeatedly asked them"); a preposition, a conjunction, a
/// relative pronoun or "to" opens another phrase ("Smith took the dog with him", "Ross said Smith
/// had hit him": there Ross may be "him").
fn same_clause(doc: &Doc, end: usize, i: usize) -> bool {
    // A bracket after the name belongs to it: "McCaskill (D-Mo.) scolded him".
    let end = if doc.word(end) == "(" {
        match (end + 1..(end + 8).min(i)).find(|&k| doc.word(k) == ")") {
            Some(close) => close + 1,
            None => return false,
        }
    } else {
        end
    };
    (end..i).len() <= 3
        && (end..i).all(|k| {
            doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && !doc.word(k).starts_with(char::is_uppercase)
                && !PHRASE_OPENERS.contains(doc.lower(k))
        })
}

/// "the minister", "the company": (tokens used, actor).
fn description<'b>(
    doc: &Doc,
    lower: &[&str],
    chain: &[Reference],
    actors: &[Actor],
    roles: &Holders,
    bodies: &dyn Fn() -> &'b Bodies,
    i: usize,
) -> Option<(usize, usize, &'static str)> {
    let sentence = doc.tokens[i].sentence as usize;
    // "the 76-year-old king": an age between the article and the title; "the freshman lawmaker": a word
    // for the holder's seniority, which no other holder takes (not "the new minister").
    let aged = age_at(doc, lower, i + 1);
    let seniority = matches!(
        lower.get(i + 1 + usize::from(aged) * 3).copied(),
        Some("freshman" | "veteran" | "longtime" | "embattled" | "senior" | "junior")
    );
    let age = usize::from(aged) * 3 + usize::from(seniority);
    // The longest role title after "the" that no name follows.
    let found = longest_title(doc, lower, i + age, sentence).map(|(len, words)| (age + len, words));
    let modified = found.is_none();
    if modified && aged && !seniority {
        if let Some(hit) = aged_person(doc, lower, chain, actors, i) {
            return Some(hit);
        }
    }
    let (used, title) = found.or_else(|| modified_body_noun(doc, lower, i + age + 1))?;
    let next = doc.word(i + used);
    // "The Sarasota, Fla., maker of pleasure boats": what a business makes, after "of" in lower case,
    // leaves it the business described; a name after "of" makes another body ("the ministry of Defence").
    let makes = modified
        && names::firm_noun(&title)
        && doc
            .word(i + used + 1)
            .starts_with(|c: char| c.is_ascii_lowercase());
    if next.chars().next().is_some_and(char::is_uppercase) || next == "of" && !makes {
        return None;
    }
    // "the Atlanta-based concern": a noun for a business that only its modifiers make a description.
    let org = LEXICON.is_org_noun(&title) || modified && names::firm_noun(&title);
    // "the senators", "the justices": a title in the plural describes several holders, no one person.
    // "the magazine editor": the noun for a body qualifies a role after it; "the Chicago-based airline
    // caterer": or another noun for a business, the head.
    let after = lower.get(i + used).copied().unwrap_or("");
    if !org && plural_title(&title) || org && noun_heads_after(after) {
        return None;
    }
    if org {
        if let Some(actor) = named_by_noun(chain, actors, sentence, &title) {
            return Some((used, actor, DESCRIPTION_OF_ORGANISATION.name));
        }
        if introduced_unnamed(doc, lower, i, &title) {
            return None;
        }
    }
    // "The union had demanded ...; Ford had offered ...": the one union the article names, said far
    // from its name, before a nearer body whose name another such noun heads ("Ford Motor Company").
    // "the commission" after the Missouri Public Service Commission and the Office of the Public
    // Counsel, where the article names another commission later: the nearest body so headed named before.
    let only = if org {
        bodies()
            .only_one_headed_by(&title, doc.tokens[i].span().start)
            .or_else(|| nearest_headed_by(chain, actors, &title))
    } else {
        None
    };
    // "The San Jose, Calif., company": a business described by its town and state is the one the
    // story is about, the earliest the article names among the references kept, not the nearest
    // ("Standard & Poor's rated it").
    let by_town = modified && (i + 2..i + used).any(|k| doc.word(k) == ",");
    let body = BodyNoun::new(&title, only, i, used);
    let fits = |r: &&Reference| {
        let Some(actor) = actors.get(r.actor) else {
            return false;
        };
        if org {
            body.fits(doc, lower, actor, bodies(), r)
        } else {
            actor.kind == ActorKind::Person && roles.fits(r.actor, &title)
        }
    };
    let found = if by_town {
        chain.iter().take(REACH).find(fits)
    } else {
        recent(chain, sentence, 4).find(fits)
    };
    if let Some(r) = found {
        return Some((used, r.actor, description_rule(org)));
    }
    // "The mayor said", paragraphs after "Mayor Ana Ruiz": the one person the article gives the title,
    // named before.
    if !org {
        if let Some(actor) = roles.sole_holder(actors, &title, doc.tokens[i].span().start) {
            return Some((used, actor, DESCRIPTION_OF_ROLE.name));
        }
    }
    only.map(|actor| (used, actor, DESCRIPTION_OF_ORGANISATION.name))
}

/// "the Leeds manager said", "the Kremlin spokesman": a role title after "the" and one capitalised
/// word for a place, a team, a party or a body is the person named shortly before who holds the
/// title, or the one person the article gives it ([`QUALIFIED_ROLE_DESCRIPTION`]); after a
/// nationality ("the Spanish admiral"), only a person the article gives that nationality.
fn qualified_role<'b>(
    doc: &Doc,
    lower: &[&str],
    chain: &[Reference],
    actors: &[Actor],
    roles: &Holders,
    nations: &dyn Fn() -> &'b Vec<Vec<&'static str>>,
    i: usize,
) -> Option<(usize, usize, &'static str)> {
    let sentence = doc.tokens[i].sentence as usize;
    let qualifier = doc.tokens.get(i + 1)?;
    let word = doc.word(i + 1);
    if qualifier.kind != TokenKind::Word
        || qualifier.sentence as usize != sentence
        || !word.starts_with(char::is_uppercase)
        || LEXICON.given(word).is_some()
        || LEXICON.title(lower[i + 1]).is_some()
    {
        return None;
    }
    let (len, title) = longest_title(doc, lower, i + 1, sentence)?;
    let used = len + 1;
    let next = doc.word(i + used);
    // "the 'Mets Poet'": a title in capitals is a nickname's word.
    let written_low = doc.word(i + 2).starts_with(char::is_lowercase);
    if LEXICON.title(&title).is_none() || !written_low || next.starts_with(char::is_uppercase) || next == "of"
    {
        return None;
    }
    let nation = nationality_code(word);
    let of_nation = |a: usize| nation.is_none_or(|code| nations().get(a).is_some_and(|c| c.contains(&code)));
    let fits = |r: &&Reference| {
        actors
            .get(r.actor)
            .is_some_and(|a| a.kind == ActorKind::Person && roles.fits(r.actor, &title))
            && of_nation(r.actor)
    };
    let actor = recent(chain, sentence, 4)
        .find(fits)
        .map(|r| r.actor)
        .or_else(|| roles.sole_holder(actors, &title, doc.tokens[i].span().start))
        .filter(|&a| of_nation(a))?;
    Some((used, actor, QUALIFIED_ROLE_DESCRIPTION.name))
}

/// The rule of a description: of an organisation's or of a role's.
fn description_rule(org: bool) -> &'static str {
    if org {
        DESCRIPTION_OF_ORGANISATION.name
    } else {
        DESCRIPTION_OF_ROLE.name
    }
}

/// Whether a title is one in the plural: "senators", "justices".
fn plural_title(title: &str) -> bool {
    title
        .strip_suffix('s')
        .is_some_and(|one| !one.ends_with('s') && LEXICON.title(one).is_some())
}

/// Whether the word (lower case) after a noun for a body heads the phrase instead: a role ("the
/// magazine editor") or another noun for a business or a body ("the airline caterer").
fn noun_heads_after(after: &str) -> bool {
    LEXICON.title(after).is_some() || names::firm_noun(after) || LEXICON.is_org_noun(after)
}

/// The longest role title (or, of one word, a noun for a body) after `at` in `sentence`: the tokens
/// it takes from `at` on, `at`'s own included, and its words in lower case.
fn longest_title(doc: &Doc, lower: &[&str], at: usize, sentence: usize) -> Option<(usize, String)> {
    let mut words = String::new();
    let mut found = None;
    for len in 1..=LEXICON.title_words {
        let k = at + len;
        if doc
            .tokens
            .get(k)
            .is_none_or(|t| t.kind != TokenKind::Word || t.sentence as usize != sentence)
        {
            break;
        }
        if len > 1 {
            words.push(' ');
        }
        words.push_str(lower.get(k).map_or("", |s| *s));
        if LEXICON.title(&words).is_some() || (len == 1 && LEXICON.is_org_noun(&words)) {
            found = Some((len + 1, words.clone()));
        }
    }
    found
}

/// A description headed by a noun for a body ("the union", "the Atlanta-based concern") at token
/// `at`, `used` tokens long: which named body it may be.
struct BodyNoun<'t> {
    title: &'t str,
    noun_kind: Option<VoiceKind>,
    members_body: bool,
    only: Option<usize>,
    at: usize,
    used: usize,
}

impl<'t> BodyNoun<'t> {
    /// The description headed by `title` at `at`, `used` tokens long, where `only` is the one body the
    /// article names that the noun heads.
    fn new(title: &'t str, only: Option<usize>, at: usize, used: usize) -> Self {
        BodyNoun {
            title,
            // A noun for a business ("the toy maker", "the carrier") is no commission's or ministry's.
            noun_kind: voices::kind_of_word(title)
                .or_else(|| names::firm_noun(title).then_some(VoiceKind::Business)),
            // "the union" is no "Voss Aerospace Corp.": a body its members form is no business, nor a
            // market; and "the company" is no "United Steelworkers".
            members_body: MEMBER_BODY_NOUNS.contains(title),
            only,
            at,
            used,
        }
    }

    /// Whether the body a reference names fits the description.
    fn fits(&self, doc: &Doc, lower: &[&str], actor: &Actor, bodies: &Bodies, r: &Reference) -> bool {
        actor.kind != ActorKind::Person
            && !bodies.states.get(r.actor).copied().unwrap_or(false)
            && !other_kind_of_body(self.noun_kind, &actor.name)
            && !members_and_business(self.members_body, self.noun_kind, &actor.name)
            && (self.title != "ministry" || ministry_name(&actor.name))
            // "..., an analyst at Whitcomb Lane Securities Inc. The company said": the employer
            // of someone quoted is no company the story is about.
            && !employer_of_role(lower, r.token)
            // "MF Global ... had been paying the Clinton-tied firm": no body is the object of
            // its own clause.
            && !subject_of_clause(doc, lower, r, self.at, self.used)
            // "the union" after "told Reuters": where the article names one union, a body its
            // members form, no nearer name that another noun or none heads is it.
            && (self.only.is_none_or(|o| o == r.actor)
                || !self.members_body && !headed_by_word_for_body(&actor.name))
    }
}

/// The country of a nationality word as written ("Swede", "German", "Dutchman"), not a plural
/// ("Swedes"): a demonym of the countries' table, capitalised.
fn nationality_code(word: &str) -> Option<&'static str> {
    use crate::analysis::countries::demonym_code;
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let code = demonym_code(word)?;
    let plural = word
        .strip_suffix('s')
        .is_some_and(|one| demonym_code(one).is_some());
    (!plural).then_some(code)
}

/// The countries of each actor's nationality, as the article gives them beside one of its names: a
/// nationality word right before the name, one word in lower case maybe between ("Dutchman Erik
/// Vermeulen", "the Spaniard Álex Montero", "Japanese judoka Haruka Morimoto"), "of" and a place after
/// it whose country the places' list gives, a country or one of its towns ("Annika Lindahl of
/// Sweden"), or an apposition of a few words after it that holds one ("Kessler, the West German top
/// seed,").
fn nationalities(
    doc: &Doc,
    lower: &[&str],
    actors: &[Actor],
    names: &[ActorMention],
) -> Vec<Vec<&'static str>> {
    let mut out: Vec<Vec<&'static str>> = vec![Vec::new(); actors.len()];
    let code_at = |k: usize| -> Option<&'static str> {
        (doc.tokens.get(k)?.kind == TokenKind::Word)
            .then(|| nationality_code(doc.word(k)))
            .flatten()
    };
    for m in names {
        if actors.get(m.actor).is_none_or(|a| a.kind != ActorKind::Person) {
            continue;
        }
        let start = doc.token_at_or_after(m.span.start);
        let end = doc.token_at_or_after(m.span.end);
        let lower_noun = |k: usize| doc.word(k).starts_with(char::is_lowercase) && lower[k] != "the";
        let before = start
            .checked_sub(1)
            .and_then(|k| code_at(k).or_else(|| (lower_noun(k) && k > 0).then(|| code_at(k - 1)).flatten()));
        let of = (lower.get(end) == Some(&"of"))
            .then(|| LEXICON.place(doc.word(end + 1)).filter(|c| *c != "-"))
            .flatten();
        let apposition = (doc.word(end) == ",")
            .then(|| {
                (end + 1..(end + 8).min(doc.tokens.len()))
                    .take_while(|&k| !matches!(doc.word(k), "," | "." | ";"))
                    .find_map(code_at)
            })
            .flatten();
        for code in [before, of, apposition].into_iter().flatten() {
            if !out[m.actor].contains(&code) {
                out[m.actor].push(code);
            }
        }
    }
    out
}

/// "the Swede said", "the 24-year-old Dutchman said" ([`DESCRIPTION_BY_NATIONALITY`]): "the", maybe an
/// age, and a nationality word as the head of its phrase (before a verb of saying, a possessive or a
/// mark, not before a noun: "the German government") point to the person named shortly before whose
/// nationality the article gives as that one, or else to the one such person it names before.
fn by_nationality<'b>(
    doc: &Doc,
    lower: &[&str],
    chain: &[Reference],
    actors: &[Actor],
    nations: &dyn Fn() -> &'b Vec<Vec<&'static str>>,
    i: usize,
) -> Option<(usize, usize, &'static str)> {
    let k = if age_at(doc, lower, i + 1) { i + 4 } else { i + 1 };
    if doc.tokens.get(k).is_none_or(|t| t.kind != TokenKind::Word) {
        return None;
    }
    let code = nationality_code(doc.word(k))?;
    let next = lower.get(k + 1).copied().unwrap_or("");
    // A mark, not a number ("the Japanese 5000 yen banknote"); a verb of saying in lower case, not
    // a name's word ("the Russian State Military Archive").
    let mark = doc
        .tokens
        .get(k + 1)
        .is_none_or(|t| !matches!(t.kind, TokenKind::Word | TokenKind::Number));
    let verb = doc.word(k + 1).starts_with(char::is_lowercase)
        && crate::analysis::quotes::verb_lemma(next).is_some();
    let head = mark || matches!(next, "'s" | "’s" | "who") || verb;
    if !head {
        return None;
    }
    let sentence = doc.tokens[i].sentence as usize;
    let of =
        |a: usize| actors[a].kind == ActorKind::Person && nations().get(a).is_some_and(|c| c.contains(&code));
    let near = recent(chain, sentence, 4).find(|r| of(r.actor)).map(|r| r.actor);
    let before = doc.tokens[i].span().start;
    let sole = || {
        let mut holders = chain
            .iter()
            .filter(|r| doc.tokens[r.token].span().start < before && of(r.actor))
            .map(|r| r.actor);
        let first = holders.next()?;
        holders.all(|a| a == first).then_some(first)
    };
    let actor = near.or_else(sole)?;
    Some((k + 1 - i, actor, DESCRIPTION_BY_NATIONALITY.name))
}

/// The actors' roles in lower case, for descriptions ("the minister"), abbreviated titles also written
/// out ("Gov." is "governor"), and where each actor is first named.
struct Holders {
    roles: Vec<Vec<String>>,
    /// Each actor's first named mention (byte offset).
    first: Vec<usize>,
    /// For each title asked about, the one person holding it, if one alone does (built as asked: a
    /// bounded set of titles, each read over the actors once).
    sole: std::cell::RefCell<TableMap<String, Option<usize>>>,
}

impl Holders {
    fn new(actors: &[Actor], names: &[ActorMention]) -> Self {
        let roles = actors
            .iter()
            .map(|a| {
                a.roles
                    .iter()
                    .flat_map(|r| {
                        let low = r.to_lowercase();
                        let full = written_out(&low);
                        std::iter::once(low).chain(full)
                    })
                    .collect()
            })
            .collect();
        Holders {
            roles,
            first: first_named(actors.len(), names),
            sole: Default::default(),
        }
    }

    /// Whether the actor's roles hold the title.
    fn fits(&self, actor: usize, title: &str) -> bool {
        self.roles
            .get(actor)
            .is_some_and(|rs| rs.iter().any(|role| role_fits(role, title)))
    }

    /// The one person the article gives the title, when that person is named before byte `before`.
    fn sole_holder(&self, actors: &[Actor], title: &str, before: usize) -> Option<usize> {
        let known = self.sole.borrow().get(title).copied();
        let holder = known.unwrap_or_else(|| {
            let mut holders =
                (0..actors.len()).filter(|&a| actors[a].kind == ActorKind::Person && self.fits(a, title));
            let holder = holders.next().filter(|_| holders.next().is_none());
            self.sole.borrow_mut().insert(title.to_string(), holder);
            holder
        });
        holder.filter(|&a| self.first.get(a).is_some_and(|&f| f < before))
    }
}

/// Whether the reference `r` opens the clause that the description at token `i` (of `used` tokens)
/// is an object of, in the same sentence: "that MF Global, the hedge fund, had been paying the firm"
/// (not "MF Global, the firm, said": an apposition; not "a memo at Apple showed the company passed
/// Wal-Mart": a name inside a phrase, and a description that a verb of its own follows).
fn subject_of_clause(doc: &Doc, lower: &[&str], r: &Reference, i: usize, used: usize) -> bool {
    const OPENERS: [&str; 11] = [
        "that", "when", "while", "after", "before", "because", "as", "if", "since", "and", "but",
    ];
    const BREAKS: [&str; 9] = [
        "or", "which", "who", "whom", "whose", "until", "said", "says", "told",
    ];
    const AUXILIARIES: [&str; 16] = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might",
        "should", "must", "does",
    ];
    let boundary = |k: usize| {
        doc.tokens[k].kind == TokenKind::Punct && doc.word(k) != ","
            || OPENERS.contains(&lower[k])
            || BREAKS.contains(&lower[k])
    };
    // The description is the subject of a clause of its own: "showed the company passed Wal-Mart".
    let next = lower.get(i + used).copied().unwrap_or("");
    let own_verb = next.ends_with("ed")
        || crate::analysis::verbs::irregular_past(next).is_some()
        || AUXILIARIES.contains(&next);
    let opens = r.token == 0
        || doc.tokens[r.token - 1].sentence as usize != r.sentence
        || OPENERS.contains(&lower[r.token - 1]);
    // A possessor is no subject: "its apparent lack of respect, forcing the team", "Orvik's shares".
    let possessor = matches!(
        lower[r.token],
        "its" | "their" | "his" | "her" | "our" | "my" | "your"
    ) || matches!(lower.get(r.end).copied(), Some("'s" | "’s" | "'" | "’"));
    r.sentence == doc.tokens[i].sentence as usize
        && opens
        && !possessor
        && r.end < i
        && i - r.end <= 25
        && doc.tokens[i - 1].kind == TokenKind::Word
        && doc.word(i - 1).starts_with(|c: char| c.is_ascii_lowercase())
        && !own_verb
        && !(r.end..i).any(boundary)
}

/// Whether the name at token `token` follows a role title and "at" or "with": the employer of the
/// person holding the role ("an analyst at Vell Securities", "economist with Orbix Bank").
fn employer_of_role(lower: &[&str], token: usize) -> bool {
    token >= 2 && matches!(lower[token - 1], "at" | "with") && LEXICON.title(lower[token - 2]).is_some()
}

/// Whether the title of a description names the role `role`: the role holds it with no "of", "for" or
/// "at" before it ("foreign minister", "white house chief of staff"; not "head of the office of the
/// prime minister").
fn role_fits(role: &str, title: &str) -> bool {
    let holds = |title: &str| {
        role.find(title).is_some_and(|at| {
            let before = &role[..at];
            ![" of ", " for ", " at "].iter().any(|p| before.contains(p))
        })
    };
    // "Justice Ada Vell ... the judge said": a justice is a judge; "Rep. Ana Ruiz ... the freshman
    // lawmaker": a member of a legislature is a lawmaker.
    let legislator = || LEGISLATORS.iter().any(|t| holds(t));
    holds(title)
        || title == "judge" && holds("justice")
        || matches!(title, "lawmaker" | "legislator") && legislator()
}

/// Titles of members of a legislature, in lower case and written out ("the lawmaker" is one of them).
const LEGISLATORS: &[&str] = &[
    "senator",
    "representative",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "delegate",
    "legislator",
    "member of parliament",
];

/// Whether the plural pronoun at token `i` opens the clause that a plural noun in lower case reports:
/// "Federal investigators say they have recovered ...", "analysts said that their ...": the pronoun is
/// the noun's, which names no actor ([`PRONOUN_OF_ORGANISATION`]).
fn said_by_plural_noun(doc: &Doc, lower: &[&str], i: usize) -> bool {
    let verb = if i >= 1 && lower[i - 1] == "that" {
        i.checked_sub(2)
    } else {
        i.checked_sub(1)
    };
    let Some(v) = verb.filter(|&v| v >= 1) else {
        return false;
    };
    let noun = lower[v - 1];
    // In lower case, or opening its sentence and no name the lists know ("Officials said they ...").
    let opens = v == 1 || doc.tokens[v - 2].sentence != doc.tokens[v - 1].sentence;
    let common = doc.word(v - 1).starts_with(|c: char| c.is_ascii_lowercase())
        || opens && LEXICON.org(doc.word(v - 1)).is_none();
    crate::analysis::quotes::verb_lemma(lower[v]).is_some()
        && doc.tokens[v - 1].kind == TokenKind::Word
        && common
        && names::plural_form(noun)
        && !LEXICON.is_stop(noun)
}

/// Whether an actor is a state acting ("Ottawa said", "Iran fired"; [`states`]): no body's noun
/// describes one ("the ministry" after "Ottawa said" is a ministry named before, or none).
fn acting_state(actor: &Actor) -> bool {
    actor
        .mentions
        .iter()
        .any(|m| m.rule == states::STATE_AS_ACTOR.name || m.rule == states::STATE_ACTS.name)
}

/// "the computer maker", "the packaged-food company", "the property-casualty insurer": one or two
/// lower-case words that say what a business does or sells before a noun for a business, from token `k`
/// (after "the"): (tokens used counting "the", the noun). Not words that set another body apart ("the other
/// company", "the parent company", "the new company").
fn modified_body_noun(doc: &Doc, lower: &[&str], k: usize) -> Option<(usize, String)> {
    let sentence = doc.tokens.get(k)?.sentence;
    let word = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Word && t.sentence == sentence)
    };
    let modifier = |j: usize| {
        word(j)
            // "the Perth-based company": where it is based, with the place's capital; "the
            // Internet-equipment maker": a compound whose last part is in lower case.
            && (doc.word(j).starts_with(|c: char| c.is_ascii_lowercase())
                || lower[j].ends_with("-based")
                || doc.word(j).rsplit('-').next().is_some_and(|p| p.starts_with(|c: char| c.is_ascii_lowercase()))
                    && doc.word(j).contains('-'))
            && !LEXICON.is_stop(lower[j])
            && !OTHER_BODY_MODIFIERS.contains(lower[j])
            && !LEXICON.is_org_noun(lower[j])
            // The first word of a place of two before "-based" ("the New York-based firm").
            || word(j)
                && doc.word(j).starts_with(char::is_uppercase)
                && lower.get(j + 1).is_some_and(|w| w.ends_with("-based"))
                && word(j + 1)
    };
    // "the Dalton, Ga., concern": the town and its state between commas say where it is based.
    if doc.word(k).starts_with(char::is_uppercase) && word(k) {
        let mut j = k + 1;
        let mut commas = 0;
        while j < k + 7 && j < lower.len() && doc.tokens[j].sentence == sentence {
            match doc.word(j) {
                "," => commas += 1,
                "." => {}
                w if w.starts_with(char::is_uppercase) && commas < 2 => {}
                _ => break,
            }
            j += 1;
        }
        if commas == 2 && doc.word(j - 1) == "," && word(j) && names::firm_noun(lower[j]) {
            return Some((j - k + 2, lower[j].to_string()));
        }
    }
    (1..=2).take_while(|&m| modifier(k + m - 1)).find_map(|m| {
        let noun = *lower.get(k + m)?;
        let fits = doc
            .tokens
            .get(k + m)
            .is_some_and(|t| t.kind == TokenKind::Word && t.sentence == sentence)
            && names::firm_noun(noun)
            // "the insurance concern", not "all of the political concern": a word for a business that is
            // a common noun too takes no adjective in "-al".
            && !(things::common_noun(noun) && (k..k + m).any(|j| lower[j].ends_with("al")));
        fits.then(|| (m + 2, noun.to_string()))
    })
}

/// Whether the noun of the description at token `i` ("the council") was brought in earlier in its
/// sentence by an indefinite article, with no name after it and in no apposition or predicate ("a
/// village council's order ... the council had acted"; not "NPD Group, a research firm"): the
/// description takes up that body, which the article does not name.
fn introduced_unnamed(doc: &Doc, lower: &[&str], i: usize, noun: &str) -> bool {
    let sentence = doc.tokens[i].sentence;
    let lower_word = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.word(j).starts_with(|c: char| c.is_ascii_lowercase())
    };
    (i.saturating_sub(60)..i)
        .rev()
        .take_while(|&k| doc.tokens[k].sentence == sentence)
        .filter(|&k| lower[k] == noun && lower_word(k))
        .any(|k| {
            // "an internal company fraud investigator": the noun heads no phrase.
            let next = lower.get(k + 1).copied().unwrap_or("");
            let head = !lower_word(k + 1) || LEXICON.is_stop(next);
            let named_after = doc.word(k + 1).starts_with(char::is_uppercase);
            let article = (1..=3)
                .take_while(|&m| k >= m && lower_word(k - m))
                .find(|&m| matches!(lower[k - m], "a" | "an"));
            head && !named_after
                && article.is_some_and(|m| {
                    (k - m)
                        .checked_sub(1)
                        .is_some_and(|b| !matches!(lower[b], "," | "is" | "was" | "as" | "be" | "been"))
                })
        })
}

/// Modifiers before a noun for a body that set it apart from the bodies named before: "the other
/// company", "the parent company" (`data/actors-other-body-modifiers.txt`).
static OTHER_BODY_MODIFIERS: WordSet = word_set!("../data/actors-other-body-modifiers.txt");

/// Whether a noun for a body or an organisation word heads the name ("Ford Motor Company",
/// "Department of Fisheries", "the Supreme Court of British Columbia"): it says the body's kind.
fn headed_by_word_for_body(name: &str) -> bool {
    heads(name).any(|w| LEXICON.is_org_noun(&w.to_lowercase()) || LEXICON.is_org_word(w))
}

/// Whether the kind of body a description's noun names (`noun_kind`, [`voices::kind_of_word`]) and that
/// of the last word of an organisation's name, or of its head before "of", differ: "the company" is no
/// "Commerce Department" and "the state oil company" no "Ministry of Fuel and Energy", "the ministry" no
/// "Orbix Ltd" nor any name that ends in a legal form, and no business is a market where businesses
/// trade ("the company" is no "New York Stock Exchange"; [`MARKET_WORDS`]); a name's last word of no kind
/// ("Veritek Corp.") fits any.
fn other_kind_of_body(noun_kind: Option<VoiceKind>, name: &str) -> bool {
    noun_kind.is_some_and(|a| {
        let last = last_word(name).to_lowercase();
        // "the state oil company" is no "Ministry of Fuel and Energy": the head before "of" says the
        // kind too.
        heads(name).any(|w| voices::kind_of_word(&w.to_lowercase()).is_some_and(|b| a != b))
            || a == VoiceKind::Business && MARKET_WORDS.contains(&last)
            // "the ministry" is no "Cordillera Azul Minerals S.A.": a legal form makes a business.
            || a != VoiceKind::Business && business_name(name)
    })
}

/// The last word of an organisation's name: "Corp." in "Voss Aerospace Corp.".
fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or("")
}

/// Whether an organisation's name can be a ministry's, which "the ministry" describes: a ministry's
/// word is in it ("Ministry of Energy and Mines", "Ministerio de Salud", "Interior Ministry") or it is
/// an acronym ("MOFA"); "the ministry" is no "Northgate Resource Partners" named before.
fn ministry_name(name: &str) -> bool {
    name.split(' ').any(|w| w.starts_with("Minist"))
        || !name.contains(' ') && crate::analysis::text::is_all_caps(name)
}

/// Nouns for bodies that their members form, which no company is: "the union", "the federation"
/// (`data/actors-member-body-nouns.txt`).
static MEMBER_BODY_NOUNS: WordSet = word_set!("../data/actors-member-body-nouns.txt");

/// Whether an organisation's name ends in a company's legal form, a word for a business or one for a
/// market where businesses trade: "Voss Aerospace Corp.", "Tarsk Motor Company", "New York Stock
/// Exchange".
fn business_name(name: &str) -> bool {
    let last = last_word(name).trim_end_matches('.');
    let lower = last.to_lowercase();
    // "S.A.", "N.V.": a legal form spelt with periods.
    super::companies::is_form(last)
        || super::companies::is_form(&last.replace('.', ""))
        || voices::kind_of_word(&lower) == Some(VoiceKind::Business)
        || MARKET_WORDS.contains(&lower)
}

/// Whether a description and a name set a body its members form against a business: "the union" (a
/// noun of [`MEMBER_BODY_NOUNS`], `members_body`) and "Tarsk Steel Corp.", "the company" (a business's
/// `noun_kind`) and "United Steelworkers".
fn members_and_business(members_body: bool, noun_kind: Option<VoiceKind>, name: &str) -> bool {
    members_body && business_name(name) || noun_kind == Some(VoiceKind::Business) && member_body_name(name)
}

/// Whether an organisation's name ends in a noun for a body that its members form or in a plural of
/// "workers": "Federation of Port Workers of Peru", "United Steelworkers", "Teachers' Union".
fn member_body_name(name: &str) -> bool {
    let last = last_word(name).to_lowercase();
    MEMBER_BODY_NOUNS.contains(&last) || last.ends_with("workers")
}

/// Last words of the names of markets ("Stock Exchange", "Bourse"; `data/actors-market-words.txt`).
static MARKET_WORDS: WordSet = word_set!("../data/actors-market-words.txt");

/// Whether an age in figures starts at token `k`: "76-year-old" (three tokens).
fn age_at(doc: &Doc, lower: &[&str], k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number)
        && doc.word(k + 1) == "-"
        && lower
            .get(k + 2)
            .is_some_and(|w| matches!(*w, "year-old" | "years-old"))
}

/// "the 49-year-old businessman said", "the 16-year-old said": an age and a noun for a person, or an age
/// alone before a verb or a comma, is the person named nearest before, within two sentences (the
/// article "the" at token `i`).
fn aged_person(
    doc: &Doc,
    lower: &[&str],
    chain: &[Reference],
    actors: &[Actor],
    i: usize,
) -> Option<(usize, usize, &'static str)> {
    let sentence = doc.tokens[i].sentence as usize;
    let next = lower.get(i + 4).copied().unwrap_or("");
    let used = if names::person_noun(next) {
        5
    } else if doc.tokens.get(i + 4).is_some_and(|t| t.kind != TokenKind::Word)
        || crate::analysis::quotes::verb_lemma(next).is_some()
    {
        4
    } else {
        return None;
    };
    let r = recent(chain, sentence, 2)
        .find(|r| actors.get(r.actor).is_some_and(|a| a.kind == ActorKind::Person))?;
    Some((used, r.actor, DESCRIPTION_OF_ROLE.name))
}

/// "the department" after the Department of Homeland Security and the Coast Guard: the nearest
/// organisation in reach whose own name is headed by the noun.
fn named_by_noun(chain: &[Reference], actors: &[Actor], sentence: usize, noun: &str) -> Option<usize> {
    recent(chain, sentence, 4)
        .find(|r| body_headed_by(actors, r, noun))
        .map(|r| r.actor)
}

/// The actor of the nearest reference in reach (at most [`REACH`] back, any sentence) whose name the noun
/// heads.
fn nearest_headed_by(chain: &[Reference], actors: &[Actor], noun: &str) -> Option<usize> {
    chain
        .iter()
        .rev()
        .take(REACH)
        .find(|r| body_headed_by(actors, r, noun))
        .map(|r| r.actor)
}

/// Whether the reference names an organisation whose own name the noun heads ([`headed_by`]).
fn body_headed_by(actors: &[Actor], r: &Reference, noun: &str) -> bool {
    actors
        .get(r.actor)
        .is_some_and(|a| a.kind != ActorKind::Person && headed_by(&a.name, noun))
}

/// The references of the chain kept in reach, nearest first, from sentences at most `within` before
/// `sentence`.
fn recent(chain: &[Reference], sentence: usize, within: usize) -> impl Iterator<Item = &Reference> {
    chain
        .iter()
        .rev()
        .take(REACH)
        .take_while(move |r| sentence.saturating_sub(r.sentence) <= within)
}

/// Each actor's first named mention (byte offset; `usize::MAX` for one never named).
fn first_named(count: usize, names: &[ActorMention]) -> Vec<usize> {
    let mut first = vec![usize::MAX; count];
    for m in names {
        if let Some(f) = first.get_mut(m.actor) {
            *f = (*f).min(m.span.start);
        }
    }
    first
}

/// The organisations of the article by the nouns that head their names, for "the union" said far from
/// the union's name: the one body so headed, if the article names only one and names it before.
struct Bodies {
    /// Head noun in lower case -> the actor, or `None` when two or more share it.
    heads: TableMap<String, Option<usize>>,
    /// Each actor's first named mention (byte offset).
    first: Vec<usize>,
    /// Whether each actor is a state acting ([`acting_state`]), read once per actor.
    states: Vec<bool>,
}

impl Bodies {
    fn new(actors: &[Actor], names: &[ActorMention]) -> Bodies {
        let mut by_head: TableMap<String, Option<usize>> = TableMap::default();
        for (k, a) in actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind != ActorKind::Person)
        {
            for w in heads(&a.name) {
                let slot = by_head.entry(w.to_lowercase()).or_insert(Some(k));
                if *slot != Some(k) {
                    *slot = None;
                }
            }
        }
        Bodies {
            heads: by_head,
            first: first_named(actors.len(), names),
            states: actors.iter().map(acting_state).collect(),
        }
    }

    fn only_one_headed_by(&self, noun: &str, before: usize) -> Option<usize> {
        let actor = (*self.heads.get(noun)?)?;
        (self.first.get(actor).copied().unwrap_or(usize::MAX) < before).then_some(actor)
    }
}

/// The noun heads the name: its last word ("Justice Department") or the word before "of"
/// ("Department of Fisheries"), not a word inside it ("Union Triumphant").
fn headed_by(name: &str, noun: &str) -> bool {
    heads(name).any(|w| w.eq_ignore_ascii_case(noun) || noun == "club" && CLUB_ABBREVIATIONS.contains(w))
}

/// Abbreviations that end a club's name for "Football Club" and the like ("Lakeshore FC";
/// `data/actors-club-abbreviations.txt`).
static CLUB_ABBREVIATIONS: WordSet = word_set!("../data/actors-club-abbreviations.txt");

/// The words that head a name: its last word and every word before "of" ("Department of Fisheries":
/// "Department", "Fisheries").
fn heads(name: &str) -> impl Iterator<Item = &str> {
    let mut words = name.split_whitespace().peekable();
    std::iter::from_fn(move || loop {
        let w = words.next()?;
        if words.peek().is_none_or(|next| *next == "of") {
            return Some(w);
        }
    })
}

pub const PRONOUN_NEAREST_PERSON: Rule = Rule {
    name: "actors/pronoun-nearest-person",
    description: "\"he\", \"she\" and their other forms point to the nearest person of that gender in the sentence, else to the person one of the three sentences before is about: \"Anna Berg met Tomas Lind. She said ...\".",
    details:
        "he/him/his and she/her go to the nearest person of that gender in the sentence, else to the subject of one of the three sentences before (not a name in a phrase that opens its sentence: \"In an interview with Sam Lind, Berg said\"); an object pronoun never to the subject of its own verb (\"Berg scolded him\"); inside a quotation the subject before it, likely its speaker, comes last, and the pronoun of the attribution after a quotation names no one the quotation names; nor does a pronoun name a transcript's speaker label, who talks as \"I\" (\"KWEKU ANSAH-BOATENG: Frimpong employs four women. She says ...\"); one in the relative clause of a phrase that opens with \"a\" is that unnamed one's (\"A fisherman, who gave his name as ...\"), unless the phrase describes a name before it (\"Gerald Lefcourt, a lawyer who says he ...\").",
    examples: &[
        ("Antony Blinken arrived late. He spoke first.", "reference \"He\" -> Antony Blinken"),
        ("Anna Berg met Tomas Lind. She said it went well.", "reference \"She\" -> Anna Berg"),
        (
            "Tom Berg spoke first. In an interview with Sam Lind, Berg praised the plan. He later changed his mind.",
            "reference \"He\" -> Tom Berg",
        ),
        (
            "Tomas Lind met Sam Berg. Berg (D-Ohio) scolded him.",
            "reference \"him\" -> Tomas Lind",
        ),
        (
            "Robin Lenz spoke first. Lenz accused Tom Berg of lying. \"He talks a big game,\" she said.",
            "reference \"He\" -> Tom Berg",
        ),
        (
            "Peter Holm said Ada Lenz should win. \"She defended Tom Berg. It matters,\" he said.",
            "reference \"he\" -> Peter Holm",
        ),
        (
            "Ama Frimpong runs a salon.\n\nKWEKU ANSAH-BOATENG: Frimpong employs four young women. She says she let one go.",
            "reference \"She\" -> Ama Frimpong",
        ),
        (
            "President Tom Berg did not comment. A fisherman at the port, who gave his name only as Mr. Lenz, said boats were seized. \"They fired into the air,\" he said.",
            "reference \"he\" -> Lenz",
        ),
    ],
    counter_examples: &[
        "He spoke first.",
        "I reached Fatou Jallow-Ceesay, a spokeswoman for the coalition. The president himself accepted the result, and we call on him to respect it.",
        "Nato met in Brussels. He spoke first.",
        "Tom Berg spoke. A fisherman who lost his boat wept.",
        "Sam Berg has repeatedly asked him to stay.",
    ],
};

pub const PRONOUN_OF_ORGANISATION: Rule = Rule {
    name: "actors/pronoun-of-organisation",
    description: "\"it\", \"its\", \"they\" or \"their\" points to an organisation or group named in the same sentence or the one before: \"The Harbour Ministry met on Monday. It said ...\".",
    details:
        "they/their and it/its go to an organisation or group named in the same or the sentence before; not \"it\" as the object before a mark (\"Tarsby Air praised it.\"), which names what was done or said, nor \"IT\" in capitals beside a word in lower case, an acronym (\"IT workers\"), nor they/their opening the clause that a plural noun reports (\"Officials said they would wait\", \"Federal investigators say they have ...\"): the noun's, no actor's.",
    examples: &[(
        "The Harbour Ministry met on Monday. It said talks would go on.",
        "reference \"It\" -> Harbour Ministry",
    )],
    counter_examples: &[
        "It said talks would go on.",
        "Anna Berg met on Monday. It was raining.",
        "The Harbour Ministry released a plan. Tarsby Air praised it.",
        "HARBOURTON (AP) _ The two players shook hands before their last game.",
        "The Harbour Ministry met on Monday. IT workers rallied outside.",
        "The Harbour Ministry met on Monday. Officials said they would wait.",
    ],
};

pub const DESCRIPTION_BY_NATIONALITY: Rule = Rule {
    name: "actors/description-by-nationality",
    description: "\"the\" with a nationality word (\"the Swede said\") points to the person named before whose nationality the article gives as that one: \"Dutchman Erik Vermeulen ... the Dutchman said\".",
    details: "\"the Swede\", also with an age (\"the 24-year-old Dutchman\"), where the nationality word heads its phrase (before a verb of saying, a possessive, \"who\" or a mark; not \"the German government\"), points to the person named in the last few sentences whose nationality the article gives as that one, else to the one such person named before: a nationality word right before a name, one word in lower case maybe between (\"Dutchman Erik Vermeulen\", \"the Spaniard Álex Montero\", \"Japanese judoka Haruka Morimoto\"), \"of\" and a country or a place the places' list gives a country (\"Annika Lindahl of Sweden\"), or an apposition after it that holds one (\"Kessler, the West German top seed,\").",
    examples: &[
        (
            "The yellow jersey, Dutchman Erik Vermeulen, lost two minutes. \"I had a bad day,\" the Dutchman said.",
            "reference \"the Dutchman\" -> Erik Vermeulen",
        ),
        (
            "Oksana Kovalenko beat Annika Lindahl of Sweden in three sets. \"She hit the ball harder than anybody,\" the Swede said.",
            "reference \"the Swede\" -> Annika Lindahl",
        ),
    ],
    counter_examples: &[
        "Erik Vermeulen lost two minutes. The German government said nothing.",
        "Erik Vermeulen lost two minutes. \"I had a bad day,\" the Dutchman said.",
    ],
};

pub const QUALIFIED_ROLE_DESCRIPTION: Rule = Rule {
    name: "actors/qualified-role-description",
    description: "\"the\", one capitalised word for a place, a team, a party or a body, and a title (\"the Leeds manager\", \"the Kremlin spokesman\") point to the person named before who holds that title.",
    details: "The title is a role of the titles' list (`data/actors-titles.txt`), which no name follows (\"the Leeds manager Ray Mottram\" names him); the word before it is not a given name, a title or a possessive, and the title is written in lower case (\"the 'Mets Poet'\" is a nickname). After a nationality (\"the Spanish admiral\") only a person the article gives that nationality beside a name fits. The person is the nearest named within four sentences who holds the title, else the one person the article gives it.",
    examples: &[
        (
            "Leeds won 2-1, and their manager, Ray Mottram, was pleased. Hollis scored twice. \"He's not for sale,\" the Leeds manager said.",
            "reference \"the Leeds manager\" -> Ray Mottram",
        ),
        (
            "Kremlin spokesman Dmitry Orlov spoke on Monday. The talks failed. The Kremlin spokesman said Moscow would wait.",
            "reference \"The Kremlin spokesman\" -> Dmitry Orlov",
        ),
    ],
    counter_examples: &[
        "Leeds won 2-1. \"He's not for sale,\" the Leeds manager said.",
        "Walt Whitman was a poet. Fans call me the Mets Poet.",
        "Admiral Edward Vernon attacked in 1741. Blas de Lezo held the walls. The Spanish admiral won.",
        "Ray Mottram, a fan, was pleased. The Leeds manager Tom Berg said no.",
    ],
};

pub const DESCRIPTION_OF_ROLE: Rule = Rule {
    name: "actors/description-of-role",
    description: "\"the\" with a title or an age (\"the minister\", \"the 16-year-old\") points to the person named before who holds that title or age: \"Gov. Anna Berg ... The governor said\".",
    details:
        "\"the minister\", also with an age (\"the 61-year-old minister\") or a word for the holder's seniority (\"the freshman lawmaker\", \"the veteran senator\"; not \"the new minister\"), is the person named shortly before whose role holds that title, or, further on, the one person the article gives that title, named before (\"Mayor Ana Ruiz ... [paragraphs later] The mayor said\"), an abbreviated title written out (\"Gov. Ana Ruiz ... the governor\"; `data/actors-title-abbreviations.tsv`), a justice a judge (\"Justice Ada Vell ... the judge\"), an age with a noun for a person or alone the person named nearest before, within two sentences (\"the 49-year-old businessman said\", \"The 16-year-old said\"; `data/actors-person-nouns.txt`), a member of a legislature a lawmaker (\"Rep. Ana Ruiz ... the freshman lawmaker\"), the role's head holding the title, not a phrase after its \"of\" (\"head of the Office of the Prime Minister\" is no prime minister); never inside a name (\"the Office of the Prime Minister\"). A title in the plural describes several holders, no one person (\"the senators\").",
    examples: &[
        (
            "Gov. Anna Berg vetoed the bill on Wednesday. The governor said it cost too much.",
            "reference \"The governor\" -> Anna Berg",
        ),
        (
            "Foreign Minister Anna Berg arrived. The minister spoke first.",
            "reference \"The minister\" -> Anna Berg",
        ),
        (
            "Foreign Minister Anna Berg arrived. The 61-year-old minister spoke first.",
            "reference \"The 61-year-old minister\" -> Anna Berg",
        ),
        (
            "In his ruling, Justice Declan Kilkenny said the board erred. The judge said it must act fairly.",
            "reference \"The judge\" -> Declan Kilkenny",
        ),
        (
            "Kaylee Summer, 16, cried. The 16-year-old said she had planned her senior year.",
            "reference \"The 16-year-old\" -> Kaylee Summer",
        ),
        (
            "Mayor Ana Ruiz closed the road. Drivers protested. Buses stopped. Shops shut. Police came. Talks began. The mayor said no.",
            "reference \"The mayor\" -> Ana Ruiz",
        ),
        (
            "Rep. Marisol Quintero voted no. The freshman lawmaker said the measure could fail.",
            "reference \"The freshman lawmaker\" -> Marisol Quintero",
        ),
    ],
    counter_examples: &[
        "Ana Lenz, head of the Office of the Prime Minister, said no.",
        "Ana Lenz, head of the Office of the Prime Minister, said no. The prime minister, Tom Berg, agreed.",
        "Anna Berg arrived. The minister spoke first.",
        "Mayor Ana Ruiz met Mayor Tom Berg. Drivers protested. Buses stopped. Shops shut. Police came. Talks began. The mayor said no.",
        "The minister spoke first.",
    ],
};

pub const DESCRIPTION_OF_ORGANISATION: Rule = Rule {
    name: "actors/description-of-organisation",
    description: "\"the company\", \"the union\" or a like word for a body points to an organisation of that kind named before, usually the nearest: \"Brantley Motor Company cut jobs. The company said ...\".",
    details:
        "\"the company\", \"the alliance\" is the organisation named shortly before, the nearest whose own name is headed by the noun (\"the department\": the Department of Fisheries; \"the club\": a name that ends in \"FC\", `data/actors-club-abbreviations.txt`) before a nearer one that is not, and none whose name ends in a word for another kind of body or has one as its head before \"of\" (\"the company\" is no \"Commerce Department\", \"the state oil company\" no \"Ministry of Fuel and Energy\"; `data/source-kind-*.txt`) or, for a body of another kind, in a legal form (\"the ministry\" is no \"Cordillera Azul Minerals S.A.\"); \"the ministry\" is one whose name holds a ministry's word (\"Ministry of Mines\", \"Ministerio de Salud\") or an acronym, nor, for a business, a market where shares trade (\"the company\" is no \"New York Stock Exchange\"; `data/actors-market-words.txt`); a body its members form (a union, a party, a congress, a league) is no business and no market, and a business no such body (\"the union\" is no \"Tarsk Steel Corp.\", \"the company\" no \"United Steelworkers\" nor \"Vell World Congress\"; `data/actors-member-body-nouns.txt`, and names that end in \"workers\"); further back, the one body the article names with that noun at its head (or, where it names two or more, the nearest so headed named before: \"the commission\" after the Missouri Public Service Commission and the Office of the Public Counsel, with the Kansas Corporation Commission named later), before a nearer one another such noun or an organisation word heads (\"The union had demanded more\" after \"Tarsk Motor Company\", \"the ministry\" after \"the Supreme Court\"), and for a body its members form also before a nearer name that no such noun heads (\"the union\" after \"told Reuters\"); never a state acting (\"Ottawa said\"); a noun for a business (no commission's, no ministry's) may have one or two words before it that say what the business does or where it is based (\"the computer maker\", \"the packaged-food company\", \"the Perth-based company\", \"the New York-based firm\", \"the insurance concern\", with its town and state between commas: \"the Dalton, Ga., concern\", also before \"of\" and what it makes in lower case: \"The Rockford, Ill., maker of fasteners\", which is the business the article names first, the one the story is about, however far back and whatever business the article names since (\"Standard & Poor's rated it ... The San Jose, Calif., company said\"); `data/actors-firm-nouns.txt`; one that is a common noun too takes no adjective in \"-al\": \"all of the political concern\"), but not words that set another body apart (\"the parent company\"; `data/actors-other-body-modifiers.txt`); and none at all when an indefinite article brought the noun in earlier in the sentence, heading its phrase with no name after it and in no apposition (\"overturned a village council's order, ruling that the council had acted\": a body the article does not name); nor the employer of someone the article quotes, named after a role and \"at\" or \"with\" (\"Gerald Moss, an analyst at Whitcomb Lane Securities Inc. ... The company said\" is the story's company); a noun for a body before a role or another noun for a business is no description of its own (\"the magazine editor\", \"the Chicago-based airline caterer\"). A compound whose last part is in lower case says what the business does too (\"the Internet-equipment maker\"). No body is the object of a clause it is the subject of (\"that MF Global, the hedge fund, had been paying the Clinton-tied firm\": another firm), unless the description has a verb of its own (\"a memo at Apple showed the company passed Wal-Mart\").",
    examples: &[
        (
            "Norvell Networks Inc. shares fell after the Internet-equipment maker warned that revenue would fall.",
            "reference \"the Internet-equipment maker\" -> Norvell Networks Inc.",
        ),
        (
            "Harrow & Lyle Tobacco Co. said net income fell. \"Every pack counts,\" said Gerald Moss, an analyst at Whitcomb Lane Securities Inc. The company said it set aside $8 million.",
            "reference \"The company\" -> Harrow & Lyle Tobacco Co.",
        ),
        (
            "The Tarsk Port Workers' Union called the strike. \"We wait,\" Ana Berg told a rally. A fourth day passed. Ships waited. Cargo piled up. \"We pay,\" the port chief told Reuters. The minister said the union had given no notice.",
            "reference \"the union\" -> Tarsk Port Workers' Union",
        ),
        (
            "Members of the United Steelworkers ratified a contract with Tarsk Steel Corp. on Monday. The union said the vote was close.",
            "reference \"The union\" -> United Steelworkers",
        ),
        (
            "Tarsk Steel Corp. signed a contract with the United Steelworkers on Monday. The company said the vote was close.",
            "reference \"The company\" -> Tarsk Steel Corp.",
        ),
        (
            "Brantley Motor Company cut jobs. The company said more cuts would follow.",
            "reference \"The company\" -> Brantley Motor Company",
        ),
        (
            "The Vell Public Service Commission heard the case on Monday. The plant cost $3 billion. It opened in July. Rates would rise. Customers objected. Ana Ruiz, an attorney for the Office of the Public Counsel, objected too. Her office will ask the commission to hire an auditor. The Tarsk Corporation Commission will hear a similar case.",
            "reference \"the commission\" -> Vell Public Service Commission",
        ),
        (
            "The Department of Fisheries will absorb the Coast Guard. The department said so.",
            "reference \"The department\" -> Department of Fisheries",
        ),
        (
            "Veritek Corp. will ask the Commerce Department to act. The company said prices fell.",
            "reference \"The company\" -> Veritek Corp.",
        ),
        (
            "Playwell Industries Inc. will recall the toys. The recall, announced with the Consumer Product Safety Commission, covers phones. The toy maker said it had 38 reports.",
            "reference \"The toy maker\" -> Playwell Industries Inc.",
        ),
        (
            "Murchison Consolidated Gold Ltd. said profit fell. The Perth-based company said net income dropped.",
            "reference \"The Perth-based company\" -> Murchison Consolidated Gold Ltd.",
        ),
        (
            "Vandermeer Lusk Group Inc. posted a loss. The New York-based firm said the loss was large.",
            "reference \"The New York-based firm\" -> Vandermeer Lusk Group Inc.",
        ),
        (
            "The Vell Dockers Union called a strike on Monday. Talks broke down. Tarsk Motor Company made an offer. Tarsk said the offer was fair. Tarsk said talks would resume. The union had demanded more.",
            "reference \"The union\" -> Vell Dockers Union",
        ),
        (
            "The Ministry of Transport delayed the inspections. Engineers blamed the bearings. The report was long. Families were angry. Ottawa said it would share the cost. A temporary bridge opened. The ministry said work would begin in May.",
            "reference \"The ministry\" -> Ministry of Transport",
        ),
        (
            "The Ministry of Transport delayed the inspections. Engineers blamed the bearings. The families sued in the Supreme Court of Vellmark. Families were angry. The report was long. A temporary bridge opened. The ministry said work would begin in May.",
            "reference \"The ministry\" -> Ministry of Transport",
        ),
        (
            "Vellmar Lakeshore FC wants to join Major League Soccer (MLS). A spokesman for MLS declined to comment. The club hopes to play in 2013.",
            "reference \"The club\" -> Vellmar Lakeshore FC",
        ),
        (
            "Vellmar Cable Corp. shares rose 50 cents in New York Stock Exchange composite trading. The company said it would repay debt.",
            "reference \"The company\" -> Vellmar Cable Corp.",
        ),
        (
            "Vellmark Data Systems Inc. posted a loss. The computer maker said orders fell.",
            "reference \"The computer maker\" -> Vellmark Data Systems Inc.",
        ),
        (
            "Vell Carpet Corp. said profit fell. The Dalton, Ga., concern said net was $6 million.",
            "reference \"The Dalton, Ga., concern\" -> Vell Carpet Corp.",
        ),
        (
            "Vell Marine Corp. said profit fell. The Sarasota, Fla., maker of pleasure boats said net was $6 million.",
            "reference \"The Sarasota, Fla., maker\" -> Vell Marine Corp.",
        ),
        (
            "Vell Storage Inc. will sell bonds. Tarsk Ratings Corp. rated the issue single-B. The San Jose, Calif., company said it would repay debt.",
            "reference \"The San Jose, Calif., company\" -> Vell Storage Inc.",
        ),
    ],
    counter_examples: &[
        "Vellmar Corp. had been paying the firm $125,000 a month.",
        "The Ministry of Fuel and Energy ordered the strikers off the platform. Managers sent by the state oil company were turned away.",
        "Northgate Resource Partners owns the mine, run by Vell Minerals S.A. According to the ministry, the suspension will stay.",
        "The company said more cuts would follow.",
        "Anna Berg cut jobs. The company said so.",
        "Ottawa said it would share the cost. The ministry said work would begin in May.",
        "Vell Corp. will buy Orvik Inc. The parent company said the deal was done.",
        "The Vell Supreme Court overturned a village council's order, ruling that the council had acted beyond its powers.",
        "Orbix Corp. joined the talks. \"All of the political concern would work out,\" she said.",
    ],
};
