//! Name candidates for actors: capitalised runs in the token stream, split from their titles, with
//! evidence for their kind.
//!
//! A run is a sequence of capitalised words in one sentence, with name particles ("van", "bin",
//! "al-Amr"), initials ("John F. Kennedy") and organisation connectors ("University of Sheffield",
//! "New People's Party") kept inside it. A run loses its sentence-initial function word ("The",
//! "Meanwhile"), any word the article also writes in lower case, months, weekdays and places. Titles in
//! front of the name become roles ("Russian Foreign Minister" | "Sergei Lavrov"), except courtesy
//! titles, which stay in the mention ("Mr Blinken"). Appositions give roles too ("Emmanuel Macron, the
//! French president").
//!
//! Lines in title case or capitals (headlines, bylines) are not trusted: they only yield names that the
//! body of the article also has.
//!
//! Each candidate names the rule that found it: the strongest evidence it has, in the order of
//! `name_rule` ([`TITLE_BEFORE_NAME`], [`ROLE_BEFORE_NAME`], [`PARTY_MEMBERS`], ...). The rules and
//! their examples stand at the end of this file.

use crate::analysis::sort::CompactSort;
use std::collections::HashSet;
use std::ops::Range;

use crate::analysis::actors::companies;
use crate::analysis::actors::lexicon::{Gender, TitleKind, LEXICON};
use crate::analysis::actors::model::{Candidate, Context};
use crate::analysis::actors::parties;
use crate::analysis::actors::states;
use crate::analysis::actors::things;
use crate::analysis::countries;
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::quotes;
use crate::analysis::report::{ActorKind, VoiceKind};
use crate::analysis::rules::Rule;
use crate::analysis::text::{self, is_all_caps, is_capitalized, is_hyphen, is_quote_mark, Doc, TokenKind};
use crate::analysis::Span;

/// Particles inside personal names.
/// Words that follow the pronoun "I" and no regnal number: verbs of the first person in the present,
/// modals and adverbs ("I think", "I can", "I just"): `data/actors-first-person-words.txt`.
static FIRST_PERSON_WORDS: WordSet = word_set!("../data/actors-first-person-words.txt");

static PARTICLES: WordSet = word_set!("../data/actors-name-particles.txt");

/// Words inside organisation names ("University of X", "X and Y Museum").
static CONNECTORS: WordSet = word_set!("../data/actors-name-connectors.txt");

/// Organisation words after which "on" and a capitalised subject go on with the name ("Commission on
/// Human Rights"): `data/actors-subject-heads.txt`.
static SUBJECT_HEADS: WordSet = word_set!("../data/actors-subject-heads.txt");

/// Prepositions before a single name that put it where places and things stand ("in Herat", "the ferry
/// via Brisk", "on Orbix"): `data/actors-place-prepositions.txt`.
static PLACE_PREPOSITIONS: WordSet = word_set!("../data/actors-place-prepositions.txt");

/// Whether `lower` is a preposition after which a name stands where places do ("in", "near", "via").
pub fn place_preposition(lower: &str) -> bool {
    PLACE_PREPOSITIONS.contains(lower)
}
/// Last words that make a capitalised phrase a place, event, law or thing rather than an actor.
/// The most candidates looked back over for an organisation whose first words a name repeats
/// ([`Scan::begins_named_body`]).
const BODY_LOOKBACK: usize = 64;

/// The most items of a list looked at on each side of a name ([`Scan::listed_with_place`]).
const LIST_ITEMS: usize = 6;

static NOT_ACTOR_LAST: WordSet = word_set!("../data/actors-non-actor-heads.txt");
/// Adjectives only a person takes ("retired", "unemployed"): `data/actors-person-adjectives.txt`.
static PERSON_ADJECTIVES: WordSet = word_set!("../data/actors-person-adjectives.txt");

/// Common nouns that are capitalised for an institution but name no one by themselves.
static INSTITUTION_NOUNS: WordSet = word_set!("../data/actors-institution-nouns.txt");

/// Nouns after a name for a body, a time or a following named after its leader: "the Bush
/// administration", "the Trump campaign" ([`LEADER_OF_BODY`]).
static LEADER_BODIES: WordSet = word_set!("../data/actors-leader-bodies.txt");

/// Adjectives and nouns for a company's trade before a name at the start of a sentence that describe
/// the actor ("Rival Boeing", "Fellow Democrat Tim Kaine", "Automaker GM"; [`CAPITALISED_NAME`]):
/// `data/actors-opening-modifiers.txt`.
static OPENING_MODIFIERS: WordSet = word_set!("../data/actors-opening-modifiers.txt");

/// Nouns for a field that name a national body before a country's or a region's name ("Health Canada",
/// "Sport England"; [`CAPITALISED_NAME`]): `data/actors-national-body-fields.txt`.
static NATIONAL_BODY_FIELDS: WordSet = word_set!("../data/actors-national-body-fields.txt");

/// Last words of a club's name after its town ("Manchester United", "Derby County";
/// [`TEAM_OF_PLACE`]): `data/actors-club-words.txt`.
static CLUB_WORDS: WordSet = word_set!("../data/actors-club-words.txt");

/// Nouns after a name for what a leader, a party or a place may run: "the Monti government"
/// (`data/actors-ruled-bodies.txt`).
static RULED_BODIES: WordSet = word_set!("../data/actors-ruled-bodies.txt");

/// What a lower-case noun after a name makes of it ([`Scan::body_after`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum BodyAfter {
    /// A body or a following named after its leader, a person: "the Bush administration".
    Led,
    /// What a leader, a party or a place may run: "the Monti government"; no kind either way.
    Ruled,
}

/// Roles before "of" that make what follows an organisation ("chief executive of X").
static EMPLOYER_ROLES: WordSet = word_set!("../data/actors-employer-roles.txt");

/// First words of place names ([`PLACE_NAME_START`]).
static NOT_ACTOR_FIRST: WordSet = word_set!("../data/actors-place-name-starts.txt");

/// Titles of peers, whose "of" and a place after the name is no name ("Lord Harwood of Stowe").
static PEERAGE_TITLES: WordSet = word_set!("../data/actors-peerage-titles.txt");

/// Titles of monarchs and their families ("King", "Queen"; [`ROYAL_TITLE_IN_PLACE`]).
static ROYAL_TITLES: WordSet = word_set!("../data/actors-royal-titles.txt");

/// Words that qualify a place by its part or age ("Upper", "Greater", "Old"; [`QUALIFIED_PLACE`]).
static PLACE_QUALIFIERS: WordSet = word_set!("../data/actors-place-qualifiers.txt");

/// Common nouns that introduce the title of a work or the name of a thing: "the film Easy Rider",
/// "the book Blown for Good", "a device called the E-meter".
static WORK_NOUNS: WordSet = word_set!("../data/actors-work-nouns.txt");

/// Prefixes of ships' names ("USS", "HMS"; [`SHIP_PREFIX`]).
/// Prefixes that make a capitalised word an adjective: "Pro-Beijing", "Anti-Trump".
const ADJECTIVE_PREFIXES: [&str; 6] = ["Pro-", "Anti-", "Non-", "Ex-", "Post-", "Pre-"];

static SHIP_PREFIXES: WordSet = word_set!("../data/actors-ship-prefixes.txt");
/// Words that open a storm's name ("Hurricane", "Typhoon"; [`NAMED_STORM`]).
static STORM_WORDS: WordSet = word_set!("../data/actors-storm-words.txt");

/// Endings of adjectives for peoples, faiths and regions ("Russian", "Japanese", "Buddhist";
/// `data/actors-nationality-endings.txt`).
static NATIONALITY_ENDINGS: WordSet = word_set!("../data/actors-nationality-endings.txt");

/// Whether `lower`, a word in lower case, ends like an adjective for a people, a faith or a region
/// ("russian", "japanese", "danish", "israeli", "buddhist", "eastern").
pub fn nationality_adjective(lower: &str) -> bool {
    ends_with_one_of(lower, &NATIONALITY_ENDINGS, 1..=3)
}

/// Whether `lower` is a plural noun for people by what they do: "growers", "fishermen", "drivers",
/// "women" ([`AGENT_PLURAL_ENDINGS`], [`IRREGULAR_PEOPLE_PLURALS`]).
pub fn agent_plural(lower: &str) -> bool {
    ends_with_one_of(lower, &AGENT_PLURAL_ENDINGS, 3..=4)
        || IRREGULAR_PEOPLE_PLURALS.contains(lower)
        || lower.len() > 4 && lower.ends_with("men")
}

/// Whether `lower` ends in one of the `endings`, tried at each length (in characters) of `lengths`.
fn ends_with_one_of(lower: &str, endings: &WordSet, lengths: std::ops::RangeInclusive<usize>) -> bool {
    lengths.into_iter().any(|n| {
        n > 0
            && lower
                .char_indices()
                .rev()
                .nth(n - 1)
                .is_some_and(|(at, _)| endings.contains(&lower[at..]))
    })
}

/// Working roles before "at" or "with" and an employer (`data/actors-employer-at-roles.txt`).
static EMPLOYER_AT_ROLES: WordSet = word_set!("../data/actors-employer-at-roles.txt");

/// Nouns for a publication or a company after its name (`data/actors-org-nouns-after.txt`).
static ORG_NOUNS_AFTER: WordSet = word_set!("../data/actors-org-nouns-after.txt");

/// Endings of plural nouns for people by what they do ("Taxpayers", "Physicians"), which open an
/// association's name before "for" ([`ORGANISATION_WORD`]).
static AGENT_PLURAL_ENDINGS: WordSet = word_set!("../data/actors-agent-plural-endings.txt");

/// Words that count a group of people before a plural ("some Texans", "most Congressmen";
/// [`PEOPLE_IN_PLURAL`]).
static GROUP_QUANTIFIERS: WordSet = word_set!("../data/actors-group-quantifiers.txt");

/// Endings of plurals that name the people of a place, a faith or a party ("Texans", "Tejanos",
/// "Congressmen", "Thais"; [`PEOPLE_IN_PLURAL`]).
static IRREGULAR_PEOPLE_PLURALS: WordSet = word_set!("../data/actors-irregular-people-plurals.txt");
static PEOPLE_PLURAL_ENDINGS: WordSet = word_set!("../data/actors-people-plural-endings.txt");

/// Whether `word` is a plural for the people of a place the lexicon knows: "Floridians" (Florida),
/// "Ohioans", "Pennsylvanians", "Texans" (Texas), "Londoners" ([`PEOPLE_IN_PLURAL`]).
fn people_of_place(word: &str) -> bool {
    const FORMS: [(&str, &[&str]); 4] = [
        ("ians", &["a", ""]),
        ("ans", &[""]),
        ("ns", &["", "s"]),
        ("ers", &[""]),
    ];
    FORMS.iter().any(|(suffix, ends)| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            stem.len() >= 3
                && ends
                    .iter()
                    .any(|e| LEXICON.place(&format!("{stem}{e}")).is_some())
        })
    })
}

/// Nouns for documents that end their names ("the Adriatic Charter", "the Paris Agreement";
/// [`DOCUMENT_NAME`]).
static DOCUMENT_NOUNS: WordSet = word_set!("../data/actors-document-nouns.txt");

/// Verbs whose object is a work its subject made ("Byron composed Thyrza"; [`WORK_BY_AUTHORSHIP`]).
static AUTHORSHIP_VERBS: WordSet = word_set!("../data/actors-authorship-verbs.txt");

/// Nouns for products and things that a name before them qualifies: "MacBook Air laptops", "ICI system".
static THING_NOUNS: WordSet = word_set!("../data/actors-thing-nouns.txt");

/// Nouns for a person before "called" or "named" and a name: "a retired engineer called Zsolt"
/// (`data/actors-person-nouns.txt`).
static PERSON_NOUNS: WordSet = word_set!("../data/actors-person-nouns.txt");

/// Organisation words that also end personal names ("Jim Press", "Margaret Court").
static WEAK_ORG_WORDS: WordSet = word_set!("../data/actors-weak-org-words.txt");

/// Portfolios after "Minister of": not organisations by themselves.
static PORTFOLIOS: WordSet = word_set!("../data/actors-portfolios.txt");
static FIELDS_OF_STUDY: WordSet = word_set!("../data/actors-fields-of-study.txt");
static PLACE_OFFICES: WordSet = word_set!("../data/actors-place-offices.txt");
/// Adjectives for an office's level or branch before a title ("Provincial Governor";
/// [`ORGANISATION_IN_ROLE`]).
static OFFICE_ADJECTIVES: WordSet = word_set!("../data/actors-office-adjectives.txt");
/// Words that head a ministry's name before "of" and its portfolios, lower case.
static PORTFOLIO_HEADS: WordSet = word_set!("../data/actors-portfolio-heads.txt");

/// Name suffixes left out when names are compared.
static SUFFIXES: WordSet = word_set!("../data/actors-name-suffixes.txt");

/// Capitalised abbreviations that are not organisations.
static COMMON_ACRONYMS: WordSet = word_set!("../data/actors-common-acronyms.txt");

/// Whether `word` is a common noun's acronym ([`COMMON_ACRONYMS`]), also written with periods ("M.F.A.",
/// "Ph.D." as "MFA", "PhD").
fn common_acronym(word: &str) -> bool {
    COMMON_ACRONYMS.contains(word) || word.contains('.') && COMMON_ACRONYMS.contains(&word.replace('.', ""))
}

/// Hyphen suffixes that make a capitalised word an adjective: "US-led", "Craiova-based".
static ADJECTIVE_SUFFIXES: WordSet = word_set!("../data/actors-adjective-suffixes.txt");

/// Honorifics joined to a name by a hyphen (`data/actors-honorific-suffixes.txt`): "Kodama-san".
static HONORIFIC_SUFFIXES: WordSet = word_set!("../data/actors-honorific-suffixes.txt");

/// A name's word without an honorific joined to it by a hyphen, in lower case: "kodama-san" is
/// "kodama", so that it matches the person named in full ("Kodama Tetsuya", "Mohandas Gandhi").
fn without_honorific(lower: &str) -> &str {
    match lower.rsplit_once('-') {
        Some((stem, suffix)) if !stem.is_empty() && HONORIFIC_SUFFIXES.contains(suffix) => stem,
        _ => lower,
    }
}

/// Heads of the names of streets and buildings named after a titled person, no common surname among
/// them (`data/actors-titled-place-heads.txt`; [`TITLED_PERSON_IN_PLACE`]).
static TITLED_PLACE_HEADS: WordSet = word_set!("../data/actors-titled-place-heads.txt");

/// No country mention at a token (in `Scan::country`).
const NO_COUNTRY: u16 = u16::MAX;

/// Per-document facts the detector needs.
struct Scan<'d, 'a> {
    doc: &'d Doc<'a>,
    /// Every token in lower case, built once per text.
    lower: &'d [&'d str],
    /// Words the article writes in lower case ([`Doc::lower_seen`]).
    lower_seen: &'d HashSet<&'a str>,
    /// Capitalised words seen where capitals mean a name (not sentence-initial).
    cap_seen: HashSet<&'d str>,
    /// Capitalised words seen alone inside a sentence, with no capitalised word or connector beside
    /// them ("Shares of Lufthansa rose"): a name by itself; built on first use ([`Scan::seen_alone`]).
    alone_seen: std::cell::OnceCell<HashSet<&'d str>>,
    /// Tokens inside a date mention (only while `caps` is built).
    date: Vec<bool>,
    /// [`Scan::cap`] of every token, computed once: the passes ask it several times per token.
    caps: Vec<bool>,
    /// Tokens inside a country mention: the index of its country in `countries` (or [`NO_COUNTRY`]).
    country: Vec<u16>,
    /// The countries of the context, which `country` indexes.
    countries: &'d [crate::analysis::report::Country],
    /// Tokens on a headline-like line (title case or capitals).
    headline: &'d [bool],
    /// Place names this article uses as a person's surname, right after a given name ("Lena Florence"):
    /// alone they are that person too ("Florence said"), except after a preposition of place.
    surnames: HashSet<&'d str>,
    /// Words in "-ese" or "-ing" that this article writes right after a given name ("Genevieve
    /// Cortese", "Tom Welling"): a surname, not a people's adjective ("Chinese") nor a verb form
    /// ("Nothing", "Building"), also alone.
    suffix_surnames: HashSet<&'d str>,
    /// Names of months the article writes after a given name ("Theresa May").
    month_surnames: HashSet<&'d str>,
    /// Words written after a known given name ("Nawaz Sharif"): a person's surnames, whose possessive
    /// ends a name ("Sharif's Pakistan Muslim League"); learnt when first asked ([`Scan::given_surname`]).
    given_surnames: std::cell::OnceCell<HashSet<&'d str>>,
    /// The initials of the names this article writes as a given name and a surname ("AM" for "Andrea
    /// MacIsaac"); learnt when first asked ([`Scan::initials_label`]).
    person_initials: std::cell::OnceCell<HashSet<String>>,
    /// Sentences written mostly in capitals ([`things::shouted_sentences`]).
    shouting: Vec<bool>,
}

/// Given names that are also adjectives of a people or a faith (`data/actors-adjective-given-names.txt`).
static ADJECTIVE_GIVEN_NAMES: WordSet = word_set!("../data/actors-adjective-given-names.txt");

/// Whether a lower-case word is a noun for a person (`data/actors-person-nouns.txt`): "engineer",
/// "businessman", "nurse".
pub fn person_noun(lower: &str) -> bool {
    PERSON_NOUNS.contains(lower)
}

/// Whether `word`, as written, is a given name that is also an adjective of a people or a faith
/// ("Roman", "Norman", "Christian").
pub fn adjective_given_name(word: &str) -> bool {
    ADJECTIVE_GIVEN_NAMES.contains(word)
}

/// Whether token `next` is a word in lower case that a noun phrase goes on with after an adjective: no
/// function word, no verb of saying, no past form ("Roman villa", "Roman domestic site"; not "Roman said",
/// "Roman walked", "Roman and Ada").
pub fn adjective_before_noun(doc: &Doc, lower: &[&str], next: usize) -> bool {
    doc.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word)
        && doc.word(next).starts_with(|c: char| c.is_ascii_lowercase())
        && !LEXICON.is_stop(lower[next])
        && quotes::verb_lemma(lower[next]).is_none()
        && !lower[next].ends_with("ed")
}

/// Nouns for a business that a description may qualify ("the computer maker";
/// `data/actors-firm-nouns.txt`).
static FIRM_NOUNS: WordSet = word_set!("../data/actors-firm-nouns.txt");

/// Whether `lower` is a noun for a business ("maker", "processor"; `data/actors-firm-nouns.txt`).
pub fn firm_noun(lower: &str) -> bool {
    FIRM_NOUNS.contains(lower)
}

/// The elided French or Italian article or "of" that opens `word` before a capital: "l'" in
/// "l'Estuaire", "d'" in "d'Alembert".
fn elision(word: &str) -> Option<&'static str> {
    // Every elision opens with "l" or "d" and an apostrophe (’ starts with byte E2): most words are out
    // at their first two bytes.
    if !matches!(word.as_bytes(), [b'l' | b'd', b'\'' | 0xE2, ..]) {
        return None;
    }
    ["l'", "d'", "l’", "d’"].into_iter().find(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// Whether a word, as written and in lower case, is a particle of personal names written in lower case
/// ("van", "de", "bin"; `data/actors-name-particles.txt`): "van der Molen", "de los Santos".
pub fn lower_case_particle(written: &str, lower: &str) -> bool {
    written.starts_with(char::is_lowercase) && PARTICLES.contains(lower)
}

/// Whether `lower` is a noun for a product or a thing ("chips", "system"): a name before it is the maker.
/// Whether a noun for a document is also a surname ("Nathan Deal", "Ann Charter"), so that it heads a
/// person's name after a given name.
fn surname_noun(low: &str) -> bool {
    matches!(low, "deal" | "charter")
}

/// Whether a name's last word is a country's abbreviation, which ends a body's branch's name, never a
/// person's: "Cash Access UK", "Vellmar Motors USA" ([`ORGANISATION_WORD`]).
fn country_branch(last_word: &str) -> bool {
    matches!(last_word, "UK" | "USA" | "US" | "U.S." | "U.K.")
}

pub fn thing_noun(lower: &str) -> bool {
    THING_NOUNS.contains(lower)
}

/// Whether `word` is a common noun capitalised for an institution ("Government", "State").
pub fn institution_noun(word: &str) -> bool {
    INSTITUTION_NOUNS.contains(word)
}

/// Finds the name candidates of `doc`, in text order; `headline` is [`headline_flags`] of `doc`.
pub fn candidates(doc: &Doc, lower: &[&str], context: &Context, headline: &[bool]) -> Vec<Candidate> {
    let n = doc.tokens.len();
    let mut date = vec![false; n];
    for d in context.dates {
        mark(doc, Span::new(d.start, d.end), &mut date, true);
    }
    let country = country_tokens(doc, context.countries);
    let mut scan = Scan {
        doc,
        lower,
        lower_seen: doc.lower_seen(),
        cap_seen: HashSet::new(),
        alone_seen: std::cell::OnceCell::new(),
        surnames: HashSet::new(),
        suffix_surnames: HashSet::new(),
        month_surnames: HashSet::new(),
        given_surnames: std::cell::OnceCell::new(),
        person_initials: std::cell::OnceCell::new(),
        date,
        caps: Vec::new(),
        country,
        countries: context.countries,
        headline,
        shouting: things::shouted_sentences(doc),
    };
    scan.caps = (0..n).map(|i| scan.cap_uncached(i)).collect();
    scan.date = Vec::new();
    scan.learn_surnames();
    let mut cap_seen = HashSet::with_capacity((n / 8).min(text::SEEN_CAPACITY));
    cap_seen.extend(
        (0..n)
            .filter(|&i| scan.cap(i) && !scan.initial(i) && !scan.headline[i])
            .map(|i| lower[i]),
    );
    scan.cap_seen = cap_seen;
    let mut out: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < n {
        if scan.headline[i] || !scan.starts_name(i) {
            i += 1;
            continue;
        }
        let end = scan.extend_run(i);
        for group in scan.split_connectors(i..end) {
            let company = scan.company_before_product(group.clone());
            let from = out.len();
            scan.analyse_group(company.clone(), &mut out);
            if company != group {
                for c in &mut out[from..] {
                    c.rule = COMPANY_PRODUCT.name;
                }
            }
            // "Kidder, Peabody & Co.": the comma inside names the firm after its partners; so does "&"
            // between two capitalised words ("Ferraz & Hobbs"), for a name no role or body evidence has
            // made yet, and not for the two makers a credit names ("Video: Ada Park & Tom Veck").
            let comma = (group.len() > 3)
                .then(|| group.clone().find(|&k| scan.partners_comma(k)))
                .flatten();
            let partners = comma.map(|k| (k, false)).or_else(|| {
                group
                    .clone()
                    .find(|&k| scan.partners_ampersand(k))
                    .filter(|_| group.start == 0 || scan.word(group.start - 1) != ":")
                    .map(|k| (k, true))
            });
            if let Some((k, ampersand)) = partners {
                let at = doc.tokens[k].span().start;
                for c in out[from..].iter_mut().filter(|c| {
                    c.span.start < at && at < c.span.end && (!ampersand || c.roles.is_empty() && c.org <= 0)
                }) {
                    c.rule = PARTNERS_FIRM.name;
                    c.person = c.person.min(0);
                    c.org = c.org.max(3);
                }
            }
        }
        i = end.max(i + 1);
    }
    // The per-token tables and word sets are done with: freed before the candidates are linked.
    drop(scan);
    out.compact_sort_by_key(|c| (c.span.start, c.span.end));
    out.dedup_by_key(|c| c.span);
    // The candidates stay to the end of the actors pass: no spare capacity from doubling.
    out.shrink_to_fit();
    link_aliases(doc, &mut out);
    link_or_aliases(doc, &mut out);
    terms_and_units(doc, lower, &mut out);
    citation_authors(doc, lower, &mut out);
    out
}

/// For each token, the index of the country mention that holds it (`NO_COUNTRY` for none); also, once
/// the text shows a one-word name to be a town ("Wilber, Neb."), that name where places stand elsewhere
/// in it ([`towns_shown`]).
fn country_tokens(doc: &Doc, countries: &[crate::analysis::report::Country]) -> Vec<u16> {
    let n = doc.tokens.len();
    let mut country: Vec<u16> = vec![NO_COUNTRY; n];
    let mut towns: Vec<(&str, u16)> = Vec::new();
    for (ci, c) in countries.iter().enumerate() {
        let ci = u16::try_from(ci).unwrap_or(NO_COUNTRY);
        for m in &c.mentions {
            let span = Span::new(m.start, m.end);
            let from = doc.token_at_or_after(span.start);
            for (i, t) in doc.tokens.iter().enumerate().skip(from) {
                if t.span().start >= span.end {
                    break;
                }
                country[i] = ci;
            }
            // "Wilber, Neb.": one word before the comma.
            if countries::town_before_comma(&m.rule) && doc.word(from + 1) == "," && towns.len() < MAX_TOWNS {
                towns.push((doc.word(from), ci));
            }
        }
    }
    towns_shown(doc, &towns, &mut country);
    country
}

/// The most towns shown by a region after a comma that [`towns_shown`] looks for elsewhere.
const MAX_TOWNS: usize = 16;

/// Marks each other mention of a one-word town the text has shown to be one (`towns`: "Wilber, Neb."),
/// where places stand, as that town: after a preposition of place, "of", "from", "at" or "to", with no
/// capitalised word after it ("a brother, Walter Dunmore, of Wilber"), so that it is no actor.
fn towns_shown(doc: &Doc, towns: &[(&str, u16)], country: &mut [u16]) {
    if towns.is_empty() {
        return;
    }
    for (i, slot) in country.iter_mut().enumerate().skip(1) {
        if *slot != NO_COUNTRY || doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let Some(&(_, ci)) = towns.iter().find(|(w, _)| *w == doc.word(i)) else {
            continue;
        };
        let before = doc.word(i - 1);
        let place = PLACE_PREPOSITIONS.contains(before) || matches!(before, "of" | "from" | "at" | "to");
        let alone = doc
            .tokens
            .get(i + 1)
            .is_none_or(|t| t.kind != TokenKind::Word || !doc.word(i + 1).starts_with(char::is_uppercase));
        if place && alone {
            *slot = ci;
        }
    }
}

impl Scan<'_, '_> {
    /// The words this article writes after a known given name: places, "-ese" and "-ing" words,
    /// and months, each a person's surname here ([`Scan::surnames`] and the sets beside it).
    fn learn_surnames(&mut self) {
        let n = self.doc.tokens.len();
        // "Councilman Tim Castle", "Mr. Tim Castle": a title before the given name.
        let titled = |g: usize| {
            g >= 1 && LEXICON.title(self.low(g - 1)).is_some()
                || g >= 2 && self.word(g - 1) == "." && LEXICON.title(self.low(g - 2)).is_some()
        };
        // "Castle said": a word that heads places' names and speaks alone somewhere in the article.
        let speaks_alone: HashSet<&str> = (1..n)
            .filter(|&j| {
                self.cap(j)
                    && !self.cap(j - 1)
                    && !self.cap(j + 1)
                    && NOT_ACTOR_LAST.contains(self.word(j))
                    && self.speaks_at(j, j + 1)
            })
            .map(|j| self.doc.word(j))
            .collect();
        let surnames = (1..n)
            .filter(|&i| {
                self.cap(i - 1)
                    && self.cap(i)
                    && self.same_sentence(i - 1, i)
                    && LEXICON.given(self.word(i - 1)).is_some()
                    // "North Oakland", "Old Oakland": a direction or an adjective the article also uses for places.
                    && !NOT_ACTOR_LAST.contains(self.word(i - 1))
                    && !self.lower_seen.contains(self.lower[i - 1])
                    // A place ("Lena Florence"), or a word that heads places' names and speaks here
                    // ("Joan Rivers said": [`SURNAME_AS_PLACE_HEAD`]), after a title ("Councilman Tim
                    // Castle") or alone elsewhere ("Castle said").
                    && (LEXICON.place(self.word(i)).is_some()
                        || NOT_ACTOR_LAST.contains(self.word(i))
                            && (self.speaks_at(i - 1, i + 1)
                                || titled(i - 1)
                                || speaks_alone.contains(self.doc.word(i))))
                    && !self.cap(i + 1)
                    // The countries pass read it as a surname too ("North Oakland" stays a place).
                    && self.country_at(i).is_none()
            })
            .map(|i| self.doc.word(i));
        // "Park Jae-won ... Park said": a family name written first, before a hyphenated given name in
        // lower case after the hyphen, that heads places' names too ([`cluster::GIVEN_NAME_OF_EARLIER_PERSON`]).
        let family_first = (0..n.saturating_sub(1)).filter(|&i| {
            self.cap(i)
                && self.cap(i + 1)
                && self.same_sentence(i, i + 1)
                && hyphenated_given(self.word(i + 1))
                && (NOT_ACTOR_LAST.contains(self.word(i)) || LEXICON.place(self.word(i)).is_some())
        });
        // "Anthony "Fat Tony" Salerno ... Salerno said": the surname after a quoted nickname.
        let nicknamed = (1..n)
            .filter(|&j| LEXICON.given(self.word(j - 1)).is_some())
            .filter_map(|j| self.quoted_nickname(j - 1, j))
            .filter(|&s| {
                (LEXICON.place(self.word(s)).is_some() || NOT_ACTOR_LAST.contains(self.word(s)))
                    && !self.cap(s + 1)
                    && self.country_at(s).is_none()
            });
        let surnames = surnames
            .chain(family_first.map(|i| self.doc.word(i)))
            .chain(nicknamed.map(|s| self.doc.word(s)))
            .collect();
        self.surnames = surnames;
        let suffix_surnames = (1..n)
            .filter(|&i| {
                (self.lower[i].ends_with("ese") || self.lower[i].ends_with("ing"))
                    && self.cap(i - 1)
                    && self.cap(i)
                    && self.same_sentence(i - 1, i)
                    && LEXICON.given(self.word(i - 1)).is_some()
            })
            .map(|i| self.doc.word(i))
            .collect();
        self.suffix_surnames = suffix_surnames;
        self.month_surnames = (1..n)
            .filter(|&i| self.cap(i) && LEXICON.is_month(self.lower[i]) && self.after_given(i))
            .map(|i| self.doc.word(i))
            .collect();
    }

    /// Whether the word at token `k` opens a line as a speaker's label ("AM:") and spells the initials of
    /// a given name and a surname the article writes ("Andrea MacIsaac"): an interview's label, though
    /// the letters are a common noun's too ("a.m."); the set is built on the first question.
    fn initials_label(&self, k: usize) -> bool {
        let toks = &self.doc.tokens;
        let label = toks.get(k).is_some_and(|t| t.line_start) && self.word(k + 1) == ":";
        label
            && self
                .person_initials
                .get_or_init(|| {
                    let initial = |i: usize| self.word(i).chars().next().map(|c| c.to_ascii_uppercase());
                    (1..toks.len())
                        .filter(|&i| {
                            self.cap(i)
                                && self.same_sentence(i - 1, i)
                                && LEXICON.given(self.word(i - 1)).is_some()
                        })
                        .filter_map(|i| Some([initial(i - 1)?, initial(i)?].iter().collect()))
                        .collect()
                })
                .contains(self.word(k))
    }

    /// Whether the article writes `word` as the last word of a name right after a known given name
    /// ("Nawaz Sharif"), which makes it a surname; the set is built on the first question, which only
    /// a possessive between names asks.
    fn given_surname(&self, word: &str) -> bool {
        self.given_surnames
            .get_or_init(|| {
                (1..self.doc.tokens.len())
                    .filter(|&i| {
                        self.after_given(i) && self.cap(i) && !self.cap(i + 1) && self.same_sentence(i - 1, i)
                    })
                    .map(|i| self.doc.word(i))
                    .collect()
            })
            .contains(word)
    }
}

/// Acronyms that are no actors, and with them every mention of the same acronym in the document (once shown
/// to be a term or a unit, an acronym stays one): after a number it is a unit, a currency or an era ("350
/// DKK", "3000 BC", also after a percentage: "95% CI"), in brackets after an amount the unit ("156 megawatts
/// (MW)"); in brackets after lower-case words whose initials it spells it abbreviates a term ("sea surface
/// salinity (SSS)"); before a slash and a number a product ("OS/2"); a state's abbreviation with periods is a
/// place ("(R., N.D.)"); a word after "degrees" the scale ("degrees Celsius"). The town of a dateline in
/// capitals is a place too ("LA CORUNA, Spain, Nov 12 (AFP) -").
fn terms_and_units(doc: &Doc, lower: &[&str], cands: &mut [Candidate]) {
    // "LA CORUNA, Spain, Nov 12 (AFP) -": the town of a dateline, in capitals.
    for c in cands.iter_mut() {
        if is_all_caps(doc.slice(c.span))
            && !known_rule(c.rule)
            && dateline_town(
                doc,
                doc.token_at_or_after(c.span.start),
                doc.token_at_or_after(c.span.end),
            )
        {
            c.doubtful = true;
            c.place = true;
            c.alias_of = None;
            c.org = c.org.min(0);
            c.person = c.person.min(0);
        }
    }
    let mut terms: HashSet<String> = HashSet::new();
    for c in cands.iter() {
        if c.words.len() != 1 || known_rule(c.rule) {
            continue;
        }
        // "(R., N.D.)": a state's abbreviation, as the article writes it.
        if countries::dotted_region(doc.slice(c.span)) {
            terms.insert(c.words[0].clone());
            continue;
        }
        let start = doc.token_at_or_after(c.span.start);
        // "minus forty degrees Celsius": the scale of a temperature.
        if start > 0 && matches!(lower[start - 1], "degrees" | "degree") {
            terms.insert(c.words[0].clone());
            continue;
        }
        if !c.all_caps {
            continue;
        }
        // "OS/2", "F/A-18": letters before a slash and a number name a product or a model.
        let end = doc.token_at_or_after(c.span.end);
        let model = doc.word(end) == "/"
            && !doc.tokens[end].space_before
            && doc
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && !t.space_before);
        // "95% CI": after a percentage too.
        let percent =
            start > 1 && doc.word(start - 1) == "%" && doc.tokens[start - 2].kind == TokenKind::Number;
        let after_number = model || percent || start > 0 && doc.tokens[start - 1].kind == TokenKind::Number;
        if after_number
            || unit_in_brackets(doc, lower, start, &c.words[0])
            || spells_lower_case_words(doc, lower, start, &c.words[0])
            || things::spells_term(doc, lower, start, &c.words[0])
            || spelled_after(doc, lower, start, &c.words[0])
        {
            terms.insert(c.words[0].clone());
        }
    }
    // "The Liberation Tigers of Tamil Eelam (LTTE) ... The LTTE said": an acronym that speaks or owns
    // names a body, whatever its expansion.
    for c in cands.iter() {
        if c.words.len() == 1
            && terms.contains(&c.words[0])
            && things::acts_at(doc, lower, doc.token_at_or_after(c.span.end))
        {
            terms.remove(&c.words[0]);
        }
    }
    if terms.is_empty() {
        return;
    }
    for c in cands.iter_mut() {
        if c.words.len() == 1 && !known_rule(c.rule) && terms.contains(&c.words[0]) {
            c.doubtful = true;
            c.alias_of = None;
        }
    }
}

/// Whether the words in capitals from token `start` to `end` end a run of capitals that opens its line
/// and a known country or region follows after a comma, then a comma or a bracket, or a dash and the
/// story's first word: the town of a dateline ("LA CORUNA, Spain, Nov 12 (AFP) -", "SANTA ELENA,
/// Belize (AP) _", "SANTA CRUZ — Two people were killed").
fn dateline_town(doc: &Doc, start: usize, end: usize) -> bool {
    let caps = |k: usize| doc.tokens[k].kind == TokenKind::Word && is_all_caps(doc.word(k));
    let mut s = start;
    while s > 0 && !doc.tokens[s].line_start && start - s < 4 && caps(s - 1) {
        s -= 1;
    }
    let opens_line = s == 0 || doc.tokens[s].line_start;
    let place = |k: usize, len: usize| {
        let words: Vec<&str> = (k..k + len).map(|i| doc.word(i)).collect();
        LEXICON.place(&words.join(" ")).is_some_and(|c| c != "-")
    };
    let after = end + 1;
    let region = (1..=2).find(|&len| {
        after + len < doc.tokens.len() && place(after, len) && matches!(doc.word(after + len), "," | "(")
    });
    // "SANTA CRUZ — Two people were killed": the town alone, before a dash and the story.
    let dash = |k: usize| text::is_dateline_dash(doc.word(k));
    let first = if dash(end + 1) { end + 2 } else { end + 1 };
    let story = (first < doc.tokens.len() && !doc.tokens[first].line_start)
        .then(|| doc.word(first))
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    opens_line && (doc.word(end) == "," && region.is_some() || dash(end) && story)
}

/// Whether the acronym at token `start`, in brackets, abbreviates the unit an amount before it counts in:
/// "156 megawatts (MW)", "40 gigabytes (GB)" (the unit's word in lower case, starting with the
/// acronym's first letter).
fn unit_in_brackets(doc: &Doc, lower: &[&str], start: usize, acronym: &str) -> bool {
    start >= 3
        && doc.word(start - 1) == "("
        && doc.tokens[start - 3].kind == TokenKind::Number
        && doc.word(start - 2).starts_with(|c: char| c.is_ascii_lowercase())
        && lower[start - 2]
            .chars()
            .next()
            .zip(acronym.chars().next())
            .is_some_and(|(u, a)| u == a.to_ascii_lowercase())
}

/// Names in a bracketed reference to a publication are its authors, persons ([`CITATION_AUTHOR`]):
/// "(Lindqvist, 2012)", "(Lindqvist et al., 2017)", "(Lindqvist, Berg, & Moen, 2010; ...)"; not a name
/// with an organisation word, a publisher's or a label's ("(Riverline Records, 1955)").
fn citation_authors(doc: &Doc, lower: &[&str], cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        let first = doc.token_at_or_after(c.span.start);
        let last = doc.token_at_or_after(c.span.end);
        // "(Riverline Records, 1955)": a publisher or a label, no author.
        if c.words.iter().any(|w| LEXICON.is_org_word_lower(w)) {
            continue;
        }
        let rule = if first > 0 && in_citation(doc, lower, first, last) {
            CITATION_AUTHOR.name
        } else if cites_work(doc, first, last) {
            AUTHOR_BEFORE_YEAR.name
        } else {
            continue;
        };
        // "(ONS, 2019)", "(WHO/UNICEF JMP, 2021)": an acronym so cited is a body that wrote it.
        if c.all_caps && c.words.len() == 1 && c.words[0].chars().count() >= 2 {
            c.org += 3;
        } else {
            c.person += 3;
        }
        c.doubtful = false;
        c.deferred = false;
        c.place = false;
        c.rule = rule;
    }
}

/// The most names after a cited author's that lead to the year ([`cites_work`]).
const MAX_CITED_AUTHORS: usize = 5;

/// Whether the name from token `first` to `last` (exclusive) is an author cited in
/// running text ([`AUTHOR_BEFORE_YEAR`]), also the first of two ("Ferreira and Nakamura (2021)
/// showed"): "et al." follows ("Lindqvist et al. found"), or a year in
/// brackets after a possessive ("Berg's (2009) survey") or before a verb of saying or a past tense
/// ("Lindqvist (2012) argues"). A year in a list or before a preposition follows a work: "Silent
/// Harbour (2005), then ...", "Driftwood (2007) with Ada Lenz"; so does one after a capitalised
/// article ("The Driftwood (2007) opened").
fn cites_work(doc: &Doc, first: usize, last: usize) -> bool {
    let mut k = last;
    if matches!(doc.word(k), "'s" | "’s") {
        k += 1;
    } else if matches!(doc.word(k), "'" | "’") && doc.word(k + 1) == "s" {
        k += 2;
    }
    let possessive = k > last;
    // "Ferreira and Nakamura (2021) showed", "Nakato, Ferris and Ssemwogerere (2020) found": one of
    // several authors, the year after the last; at most [`MAX_CITED_AUTHORS`] names, each of up to four
    // words, joined by ",", "and" or "&".
    let name_word = |j: usize| {
        j < doc.tokens.len()
            && doc.tokens[j].kind == TokenKind::Word
            && (doc.word(j).starts_with(char::is_uppercase) || PARTICLES.contains(doc.word(j)))
    };
    let mut j = k;
    let mut joined = false;
    for _ in 0..MAX_CITED_AUTHORS {
        if !matches!(doc.word(j), "and" | "&" | ",") {
            break;
        }
        let and_after_comma = doc.word(j) == "," && matches!(doc.word(j + 1), "and" | "&");
        let from = j + 1 + usize::from(and_after_comma);
        let Some(after) = (from..from + 5).find(|&i| !name_word(i)) else {
            break;
        };
        if after == from {
            break;
        }
        joined |= doc.word(j) != "," || and_after_comma;
        j = after;
    }
    if joined && j > k && doc.word(j) == "(" && !possessive {
        k = j;
    }
    if doc.word(k) == "et" && matches!(doc.word(k + 1), "al" | "al.") {
        return true;
    }
    let year = doc.word(k + 1);
    let bracketed_year = doc.word(k) == "("
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && year.starts_with(['1', '2'])
        && matches!(doc.word(k + 2), ")" | "," | ":");
    if !bracketed_year || (first > 0 && matches!(doc.word(first - 1), "The" | "A" | "An")) {
        return false;
    }
    // "Lindqvist (2012) argues", "Moreton (2009) noted": a verb of saying or a past tense after it.
    let verb = doc.word(k + 3);
    possessive
        || (verb.starts_with(char::is_lowercase)
            && (quotes::verb_lemma(verb).is_some() || (verb.len() > 4 && verb.ends_with("ed"))))
}

/// Whether the tokens before `first` lead back to an opening bracket and the tokens from `last` on
/// lead to a year, over author names only (capitalised words, initials, ",", "&", "and", "et al.").
fn in_citation(doc: &Doc, lower: &[&str], first: usize, last: usize) -> bool {
    let author_token = |k: usize| {
        let w = doc.word(k);
        matches!(lower[k], "," | "&" | "and" | "et" | "al" | "." | "-") || w.starts_with(char::is_uppercase)
    };
    let sentence = doc.tokens[first].sentence;
    let opens = (first.saturating_sub(12)..first)
        .rev()
        .take_while(|&k| doc.tokens[k].sentence == sentence)
        .find(|&k| !author_token(k))
        .is_some_and(|k| matches!(doc.word(k), "(" | ";"));
    let year = |k: usize| {
        let w = doc.word(k);
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(w.as_bytes()[0], b'1' | b'2')
    };
    let closes = (last..(last + 12).min(doc.tokens.len()))
        .find(|&k| !author_token(k))
        .is_some_and(|k| year(k) && k > last && doc.word(k - 1) == ",");
    opens && closes
}

/// Whether the acronym at token `start`, in brackets, spells the initials of the lower-case words
/// before the bracket ("ground reaction force (GRF)", "other-initiated repair (OIR)").
fn spells_lower_case_words(doc: &Doc, lower: &[&str], start: usize, acronym: &str) -> bool {
    if start < 2 || doc.word(start - 1) != "(" {
        return false;
    }
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let mut initials: Vec<char> = Vec::new();
    let mut k = start - 1;
    while k > 0 && initials.len() < letters.len() && start - k <= 10 {
        k -= 1;
        let t = &doc.tokens[k];
        if t.kind != TokenKind::Word || !doc.token_text(t).starts_with(char::is_lowercase) {
            return false;
        }
        if expansion_connector(lower[k]) {
            continue;
        }
        let mut parts: Vec<char> = lower[k]
            .split(is_hyphen)
            .filter_map(|p| p.chars().next())
            .collect();
        parts.extend(initials);
        initials = parts;
    }
    initials == letters
}

/// Whether `word` is a function word an acronym skips in the words it abbreviates ("sea surface
/// salinity of the ocean").
fn expansion_connector(word: &str) -> bool {
    matches!(word, "of" | "and" | "the" | "for" | "in" | "on")
}

/// Whether the acronym at token `start` is followed by a bracket that opens with the words it spells,
/// none of them an organisation word: "ROS [Reactive Oxygen Species, the group of ...]", "SSS (sea
/// surface salinity)" ([`things::TERM_BY_EXPANSION`]).
fn spelled_after(doc: &Doc, lower: &[&str], start: usize, acronym: &str) -> bool {
    if !matches!(lower.get(start + 1), Some(&("(" | "["))) {
        return false;
    }
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let mut initials: Vec<char> = Vec::new();
    let mut k = start + 2;
    while initials.len() < letters.len() && k < doc.tokens.len() && k - start <= 12 {
        let t = &doc.tokens[k];
        if t.kind != TokenKind::Word || LEXICON.is_org_word_lower(lower[k]) {
            return false;
        }
        if !expansion_connector(lower[k]) || initials.is_empty() {
            initials.extend(lower[k].split(is_hyphen).filter_map(|p| p.chars().next()));
        }
        k += 1;
    }
    let closes = matches!(lower.get(k), Some(&(")" | "]" | "," | ";")));
    initials == letters && closes && LEXICON.org(doc.slice(doc.span_of(start + 2..k))).is_none()
}

fn mark(doc: &Doc, span: Span, flags: &mut [bool], value: bool) {
    let from = doc.token_at_or_after(span.start);
    for (i, t) in doc.tokens.iter().enumerate().skip(from) {
        if t.span().start >= span.end {
            break;
        }
        if let Some(f) = flags.get_mut(i) {
            *f = value;
        }
    }
}

/// Marks the tokens of lines that look like headlines: mostly capitalised words, or all capitals.
pub fn headline_flags(doc: &Doc, lower: &[&str]) -> Vec<bool> {
    let n = doc.tokens.len();
    let mut flags = vec![false; n];
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && !doc.tokens[end].line_start {
            end += 1;
        }
        let (all_caps, title_case, every_word) = line_kinds(doc, lower, start..end);
        // A line of several sentences that runs long is prose, however many names it lists.
        let prose = end - start > 30 && doc.tokens[start].sentence != doc.tokens[end - 1].sentence;
        // The text's first line of one sentence with every word capitalised but a title's small words,
        // with more lines after it, is its headline, full stop or not ("Markets Watch Closely as U.S.
        // Elections Near."; not "Dime Savings Bank of New York said it agreed to acquire ...").
        let first =
            start == 0 && end < n && every_word && doc.tokens[0].sentence == doc.tokens[end - 1].sentence;
        // A line that ends in a colon opens what follows: a salutation ("Senator Hatfield, Mr. Chief
        // Justice, ... and my fellow citizens:"), not a headline.
        let stop = doc.word(end - 1) == ":" || doc.word(end - 1) == "." && !first;
        // A line that lists with two commas or more, under the first, names people and places: a
        // letter's signatures, a paper's authors and affiliations ("Dr Henrik Solberg, Natural History
        // Museum, University of Oslo, Norway").
        let list = start > 0 && (start..end).filter(|&k| doc.word(k) == ",").count() >= 2;
        let title_case = title_case && !stop && !prose && !list;
        // A line in capitals that ends in a colon is a transcript's label over the speech below it
        // ("MARGARET HALE, HOST:"), not a headline.
        let all_caps = all_caps && doc.word(end - 1) != ":";
        // A short line without a full stop: a section heading ("Election Results"), also between the
        // marks of a wiki's markup ("== Get in ==").
        let marks = |k: usize| {
            doc.tokens[k].kind == TokenKind::Punct && doc.word(k).chars().all(|c| matches!(c, '=' | '#'))
        };
        let (mut from, mut to) = (start, end);
        while from < to && marks(from) {
            from += 1;
        }
        while to > from && marks(to - 1) {
            to -= 1;
        }
        let heading = to > from
            && to - from <= 3
            && !matches!(doc.word(to - 1), "." | "!" | "?" | "\"" | "”" | ":" | ",");
        if all_caps || title_case || heading {
            flags[start..end].iter_mut().for_each(|f| *f = true);
        }
        start = end;
    }
    flags
}

/// Small words a headline in title case keeps in lower case (`data/actors-headline-small-words.txt`).
static HEADLINE_SMALL_WORDS: WordSet = word_set!("../data/actors-headline-small-words.txt");

/// Whether a line's words are in capitals (three words or more, every one in capitals), in title
/// case (three long words or more that are not stop words, three in four of them capitalised) and
/// in title case with every word capitalised but a title's small words, for [`headline_flags`]. A
/// long line stops being read once neither can hold whatever its other words are.
fn line_kinds(doc: &Doc, lower: &[&str], tokens: Range<usize>) -> (bool, bool, bool) {
    let end = tokens.end;
    let (mut words, mut all_caps) = (0, true);
    // Words of four characters or more that are not stop words, and those of them capitalised.
    let (mut long, mut caps) = (0usize, 0usize);
    // Every word capitalised but the small ones a title keeps in lower case.
    let mut every = true;
    for i in tokens {
        let w = doc.word(i);
        if doc.tokens[i].kind != TokenKind::Word || !w.chars().any(char::is_alphabetic) {
            continue;
        }
        words += 1;
        every = every
            && (is_capitalized(w) || HEADLINE_SMALL_WORDS.contains(lower[i]) || w.starts_with(['\'', '’']));
        all_caps = all_caps && is_all_caps(w);
        // Four characters or more (16 bytes are at least four characters).
        let is_long = w.len() >= 4 && (w.len() >= 16 || w.chars().count() >= 4);
        if is_long && !LEXICON.is_stop(lower[i]) {
            long += 1;
            caps += usize::from(is_capitalized(w));
        }
        // Title case needs caps * 4 >= long * 3 at the end: at best every token left adds one
        // capitalised long word, which lifts caps * 4 - long * 3 by one each.
        if !all_caps && 3 * long > 4 * caps + (end - i - 1) {
            return (false, false, false);
        }
    }
    let title_case = long >= 3 && caps * 4 >= long * 3;
    (words >= 3 && all_caps, title_case, title_case && every)
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

impl Scan<'_, '_> {
    fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    /// Token `i` in lower case ("" past the end).
    fn low(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |s| *s)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// The number between the comma at token `comma` and the next token's comma: an age ("Muthulakshmi,
    /// 38, said").
    fn number_between_commas(&self, comma: usize) -> Option<&str> {
        let number = self
            .doc
            .tokens
            .get(comma + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
        (self.word(comma) == "," && number && self.word(comma + 2) == ",").then(|| self.word(comma + 1))
    }

    /// A capitalised name word: "Blinken", "NATO", "O'Brien", "Chung-tai"; not "US-led" or "A380".
    fn cap(&self, i: usize) -> bool {
        self.caps.get(i).copied().unwrap_or(false)
    }

    /// [`Scan::cap`], computed (once per token, into `caps`).
    fn cap_uncached(&self, i: usize) -> bool {
        if !self.is_word(i) || self.date.get(i).copied().unwrap_or(false) && !self.periodical(i) {
            return false;
        }
        let w = self.word(i);
        if !is_capitalized(w) || w.chars().any(|c| c.is_ascii_digit()) || w.starts_with(['\'', '’']) {
            return false;
        }
        if let Some(pos) = w.rfind(is_hyphen) {
            let tail = &w[pos..].trim_start_matches(is_hyphen);
            if ADJECTIVE_SUFFIXES.contains(tail) {
                return false;
            }
        }
        // "Pro-Beijing", "Anti-Trump": adjectives.
        if ADJECTIVE_PREFIXES.iter().any(|p| w.starts_with(p)) {
            return false;
        }
        // "Won’t", "I’ve": contractions.
        if let Some(pos) = w.rfind(['\'', '’']) {
            let tail = &w[pos..].trim_start_matches(['\'', '’']);
            if matches!(*tail, "t" | "ve" | "ll" | "re" | "d" | "m" | "s") {
                return false;
            }
        }
        true
    }

    /// "LA Weekly", "USA Today", "the Sunday Daily": a frequency word inside a name, not a date.
    fn periodical(&self, i: usize) -> bool {
        i > 0
            && matches!(self.word(i), "Weekly" | "Daily" | "Monthly" | "Today")
            && is_capitalized(self.word(i - 1))
            && self.is_word(i - 1)
            && self.same_sentence(i - 1, i)
            && !self.doc.is_sentence_start(i)
    }

    /// "al-Amr", "bin-Salman": a lower-case particle joined to a capitalised name; or a French or
    /// Italian article or preposition elided before one ("de l'Estuaire", "d'Alembert").
    fn prefixed(&self, i: usize) -> bool {
        let w = self.word(i);
        if elision(w).is_some() {
            return self.is_word(i);
        }
        // Every prefix ends in a hyphen at its third or fourth byte: most words are out at once.
        if !matches!(w.as_bytes(), [_, _, b'-', ..] | [_, _, _, b'-', ..]) {
            return false;
        }
        ["al-", "el-", "ad-", "as-", "bin-", "ibn-", "abu-"]
            .iter()
            .any(|p| w.len() > p.len() && w.starts_with(p) && w[p.len()..].starts_with(char::is_uppercase))
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.doc.tokens.get(a), self.doc.tokens.get(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence && (b <= a || !y.line_start),
            _ => false,
        }
    }

    /// Whether "for" at token `j` has "a" after it before a capitalised word, as an association's cause
    /// has after a plural noun for people ("Vermonters for a Fair Economy", "Physicians for a National
    /// Health Program"; not "Boston University for a Master of Education").
    fn for_a(&self, j: usize) -> bool {
        j > 0
            && self.word(j) == "for"
            && self.word(j + 1) == "a"
            && self.cap(j + 2)
            && self.association_head(j - 1)
    }

    /// Whether token `i` may open a name: not an elided article ("l'Ombre" in "Gebo et l'Ombre"), which
    /// goes on one ("de l'Estuaire"), where an elided "of" opens a surname ("d'Alembert").
    fn starts_name(&self, i: usize) -> bool {
        let article = || elision(self.word(i)).is_some_and(|p| p.starts_with('l'));
        self.cap(i) || self.prefixed(i) && !article() || self.adjective_opening_body(i)
    }

    /// Whether "&" (or French "et") at token `k` joins two capitalised words, the second no given name
    /// of a person's full name nor after a given name, as a firm's partners are joined ("Ferraz &
    /// Hobbs", "Smith & Wesson", "Pratt & Whitney", "Moet et Chandon"; not "Ana & Tom", "Tom Berg & Ana
    /// Lenz", "Sue & I"; [`PARTNERS_FIRM`]).
    fn partners_ampersand(&self, k: usize) -> bool {
        k > 0
            && matches!(self.word(k), "&" | "et")
            && self.cap(k - 1)
            && self.cap(k + 1)
            && self.word(k + 1) != "I"
            // "Ana & Tom", "Tom Berg & Ana Lenz": people; but "Pratt & Whitney", a given name alone
            // after a surname, is a firm.
            && !(LEXICON.given(self.word(k + 1)).is_some()
                && (self.cap(k + 2) || LEXICON.given(self.word(k - 1)).is_some()))
    }

    /// Whether the comma at `j` after a capitalised word joins the first partner of a firm to the rest
    /// of its name: a capitalised word, "&" and a capitalised word follow ("Kidder, Peabody & Co."), and the
    /// word before is neither a place ("London, Smith & Co.") nor a known given name ("Anna, Tom &
    /// Jerry"), unless a company's legal form closes the name ("Thornton, Keyes & Co."); with that form,
    /// two words may stand before "&" ("Smith Barney, Harris Upham & Co.").
    fn partners_comma(&self, j: usize) -> bool {
        if j == 0 || self.word(j) != "," || !self.cap(j + 1) || self.is_place(j - 1) {
            return false;
        }
        let amp = if self.word(j + 2) == "&" {
            j + 2
        } else if self.cap(j + 2) && self.word(j + 3) == "&" {
            j + 3
        } else {
            return false;
        };
        let legal = companies::is_form(self.word(amp + 1)) || companies::is_form(self.word(amp + 2));
        // "Tom Okafor, Kessel & Wright Public Relations": a person's full name before the comma is a
        // contact's, not a partner's.
        let full_name = j >= 2 && self.cap(j - 2) && LEXICON.given(self.word(j - 2)).is_some();
        self.cap(amp + 1)
            && self.same_sentence(j - 1, amp + 1)
            && (amp == j + 2 || legal)
            && (LEXICON.given(self.word(j - 1)).is_none() && !full_name || legal)
    }

    /// "Anti-Doping", "Pro-Life", "Non-Profit": a capitalised word with a prefix of an adjective, which
    /// starts no name of its own ([`Scan::cap`]).
    fn prefixed_adjective(&self, i: usize) -> bool {
        let w = self.word(i);
        // Every prefix opens with a capital: most words are out at their first byte.
        w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && self.is_word(i)
            && ADJECTIVE_PREFIXES.iter().any(|p| w.starts_with(p))
    }

    /// "the Anti-Defamation League", "the Pro-Life Alliance": such an adjective opens the name of a body
    /// when the capitalised words after it end in an organisation word (not "Anti-Trump protesters").
    fn adjective_opening_body(&self, i: usize) -> bool {
        self.prefixed_adjective(i)
            && self.cap(i + 1)
            && self.same_sentence(i, i + 1)
            && LEXICON.is_org_word(self.word(self.extend_run(i + 1) - 1))
    }

    /// A period that belongs to the name: after an initial ("F.") or an abbreviation ("Jr.", "Mr.").
    fn name_period(&self, i: usize) -> bool {
        let Some(t) = self.doc.tokens.get(i) else {
            return false;
        };
        if self.word(i) != "." || t.space_before || i == 0 {
            return false;
        }
        let prev = self.word(i - 1);
        (prev.chars().count() == 1 && is_capitalized(prev)) || LEXICON.is_name_abbreviation(prev)
    }

    /// The end (exclusive) of the capitalised run starting at `i`.
    fn extend_run(&self, i: usize) -> usize {
        let mut j = i + 1;
        // Whether the run so far has a courtesy title or an organisation word, read up to `seen`: once
        // per token, however often "I" comes up in a long run.
        let (mut titled, mut seen) = (false, i);
        while j < self.doc.tokens.len() && self.same_sentence(i, j) {
            if self.word(j) == "I" {
                titled = titled || (seen..j).any(|k| self.titled_word(k));
                seen = j;
                // "Mr. Collins I think": the pronoun after a name, no regnal number.
                if self.pronoun_i(j, titled) {
                    break;
                }
            }
            if self.cap(j) || self.prefixed(j) {
                j += 1;
            } else if (j <= i + 2 || matches!(self.low(j - 2), "of" | "at" | "for")) && self.partners_comma(j)
            {
                // "Kidder, Peabody & Co.", "Donaldson, Lufkin & Jenrette": a firm named after partners.
                j += 2;
            } else if self.prefixed_adjective(j) && self.cap(j + 1) && self.same_sentence(i, j + 1) {
                // "the World Anti-Doping Agency": such an adjective inside a name.
                j += 2;
            } else if self.spaced_hyphen_name(j - 1) {
                // "Wal - Mart": a compound name written with a spaced hyphen.
                j += 2;
            } else if self.word(j) == "," && self.cap(j + 1) && self.spelled_ahead(i, j) {
                // "Immigration, Refugees and Citizenship Canada (IRCC)": the commas of a name that the
                // acronym in brackets after it spells whole.
                j += 1;
            } else if self.portfolio_comma(i, j) || self.field_list_comma(i, j) {
                // "the Ministry of Culture, Sports and Tourism": the comma of a list of portfolios; "the
                // Union of Industry, Commerce and Handicrafts": of a body's fields.
                j += 1;
            } else if self.plural_possessive_inside(i, j) {
                // "Veterans' Affairs", "the Magistrates’ Court": a plural possessive inside a body's name.
                j += 1;
            } else if let Some(surname) = self.quoted_nickname(i, j) {
                // "Finley "Finn" Polmar": a nickname in quotation marks inside a person's name.
                j = surname;
            } else if self.name_period(j) {
                // "Shah Abbas I. It was built": a letter's period before a word that opens sentences
                // ends the sentence, and the name with it.
                let letter = self.word(j - 1).chars().count() == 1;
                if letter && self.is_word(j + 1) && LEXICON.is_stop(self.low(j + 1)) {
                    break;
                }
                // "Jr." at the end of a sentence may have ended it: the period still belongs here.
                j += 1;
                // "Lipper Inc. Shearson Lehman Hutton Inc. reported": a company's legal form closes its
                // name, unless another form follows ("Co. Ltd.").
                if companies::is_form(self.word(j - 2)) && !companies::is_form(self.word(j)) {
                    break;
                }
            } else if self.is_word(j) && PARTICLES.contains(self.word(j)) {
                // "van Nistelrooy", "von der Leyen": particles, then a capitalised word.
                let mut k = j;
                while k < j + 3 && self.is_word(k) && PARTICLES.contains(self.word(k)) {
                    k += 1;
                }
                if (self.cap(k) || self.prefixed(k)) && self.same_sentence(i, k) {
                    j = k;
                } else {
                    break;
                }
            } else if self.word(j) == "in" && self.cap(j + 1) && self.spelled_in_brackets(i, j + 2) {
                // "the Organization for Security and Co-operation in Europe (OSCE)": "in" and a place
                // inside a name that the acronym after it spells whole.
                j += 2;
            } else if CONNECTORS.contains(self.word(j)) || self.subject_after(j) {
                // A connector needs a capitalised word after it (or "the" and one; "for" also "a"
                // and one: "Vermonters for a Fair Economy").
                let mut k = j + 1;
                // "para la", "pour les": the article of the connector's own language.
                let foreign_article = matches!(self.word(j), "para" | "pour")
                    && matches!(self.word(k), "la" | "le" | "les" | "el" | "los" | "las");
                if self.word(k) == "the" || foreign_article || self.for_a(j) {
                    k += 1;
                }
                if self.cap(k) && self.same_sentence(i, k) {
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // A trailing period that ends the sentence is not part of the name unless it follows an initial.
        j
    }

    /// Whether token `i` is a capitalised plural noun for people by what they do, which opens an
    /// association's name before "for": "Taxpayers for Fair Play", "Physicians for Human Rights"; or
    /// "Rally" or "Collective", which open a party's or a group's ([`ORGANISATION_WORD`]).
    fn association_head(&self, i: usize) -> bool {
        let (word, l) = (self.word(i), self.low(i));
        // "the Rally for National Progress", "the Collective for the Defence of Coastal Communities": a
        // party's or a group's singular head before "for" (not "Collective Intelligence").
        if self.cap(i) && matches!(l, "rally" | "collective") {
            return true;
        }
        self.cap(i)
            && ends_with_one_of(l, &AGENT_PLURAL_ENDINGS, 3..=4)
            && !self.is_place(i)
            && LEXICON.given(word).is_none()
            && LEXICON.title(l).is_none()
    }

    /// Whether the name `name` is an association's: a plural noun for people, "for", and more
    /// ([`Self::association_head`]).
    fn association(&self, name: Range<usize>) -> bool {
        name.len() > 2 && self.word(name.start + 1) == "for" && self.association_head(name.start)
            || (name.start + 1..name.end.min(name.start + 3))
                .find(|&k| self.word(k) == "of")
                .is_some_and(|o| o + 1 < name.end && self.people_plural_of(o - 1))
    }

    /// Whether token `i` is an association's head before "of": a common noun for people in the plural
    /// ("Gun Owners of America", "Friends of the Earth"), not a surname in "-ers" ("John Conyers of
    /// Michigan") nor a plural that counts a body's members ("Members of Parliament").
    fn people_plural_of(&self, i: usize) -> bool {
        let l = self.low(i);
        self.association_head(i)
            && ["ers", "ors", "ists", "ians"].iter().any(|end| l.ends_with(end))
            && things::common_noun(l)
            && !matches!(
                l,
                "members" | "ministers" | "leaders" | "officers" | "residents" | "citizens"
            )
    }

    /// Whether token `i` opens the name of a legislature's chamber: "House", "of" and a capitalised
    /// plural or organisation word ("the House of Commons", "the House of Representatives", "the House
    /// of Assembly"; [`ORGANISATION_WORD`]).
    fn house_of(&self, i: usize) -> bool {
        let plural = self.word(i + 2);
        self.word(i) == "House"
            && self.word(i + 1) == "of"
            && self.cap(i + 2)
            && (plural.ends_with('s') && !plural.ends_with("ss") || LEXICON.is_org_word(plural))
            && !self.is_place(i + 2)
    }

    /// Whether token `j` is "on" after a body's word that takes a subject ("the Commission on Human
    /// Rights", "the Council on Foreign Relations"; [`ORGANISATION_WORD`]); not "the Senate on Tuesday",
    /// nor a place after it ("the State Department on Iran").
    fn subject_after(&self, j: usize) -> bool {
        self.word(j) == "on" && j > 0 && SUBJECT_HEADS.contains(self.word(j - 1)) && !self.is_place(j + 1)
    }

    /// Whether token `j` is the apostrophe of a plural possessive inside the name of a body that the run
    /// from `i` goes on to name, with an organisation word within four words after it: "Department of
    /// Veterans' Affairs", "the Magistrates’ Court", "the Workers' Party" ([`ORGANISATION_WORD`]);
    /// not "the Democrats' Nancy Pelosi".
    fn plural_possessive_inside(&self, i: usize, j: usize) -> bool {
        let apostrophe = matches!(self.word(j), "'" | "’")
            && j > i
            && !self.doc.tokens[j].space_before
            && self.word(j - 1).ends_with('s')
            // "Goodwill Industries’ Farm to Freezer project": a whole body's possessive.
            && !LEXICON.is_org_word(self.word(j - 1))
            && self.doc.tokens.get(j + 1).is_some_and(|t| t.space_before)
            && self.cap(j + 1)
            && self.same_sentence(i, j + 1);
        apostrophe
            && (i..j + 5)
                .take_while(|&k| k <= j || self.cap(k))
                .any(|k| self.is_word(k) && LEXICON.is_org_word(self.word(k)))
    }

    /// Whether token `k` is a capitalised word that can name a ministry's portfolio: a listed one
    /// ("Tourism") or a common noun ("Sports", "Mines"), or a word that qualifies a listed one after it
    /// ("Administrative Development", "Social Affairs").
    fn portfolio_word(&self, k: usize) -> bool {
        let own = |k: usize| self.cap(k) && !self.is_place(k);
        own(k)
            && (PORTFOLIOS.contains(self.word(k))
                || things::common_noun(self.low(k))
                || own(k + 1) && PORTFOLIOS.contains(self.word(k + 1)))
    }

    /// Where a role's portfolios from token `k` ("Agriculture", "Industry, Mines and Energy") end before
    /// a name inside the run that ends at `b`: the first capitalised word after them that is no
    /// portfolio, or a given name with a capitalised word after it ("Health Rose Lenz"), where no
    /// organisation word follows ("the World Health Organization").
    fn portfolios_end(&self, k: usize, b: usize) -> Option<usize> {
        let mut p = k;
        while p < b {
            let portfolio =
                self.portfolio_word(p) && !(LEXICON.given(self.word(p)).is_some() && self.cap(p + 1));
            let joint = p > k && matches!(self.word(p), "," | "and") && self.portfolio_word(p + 1);
            if !(portfolio || joint) {
                break;
            }
            p += 1;
        }
        (p > k && p < b && self.cap(p) && !self.has_org_word(p..b)).then_some(p)
    }

    /// Whether the run from `i` to `j` is so far a ministry's name: a head word, "of", then portfolios
    /// and commas only ("Ministry of Culture", "Ministry of Culture, Sports", "Minister of Youth").
    fn in_portfolios(&self, i: usize, j: usize) -> bool {
        self.portfolios_head(i, j).is_some()
    }

    /// The head word of a ministry's name the run from `i` to `j` is so far ("Ministry", "Minister";
    /// see [`Scan::in_portfolios`]).
    fn portfolios_head(&self, i: usize, j: usize) -> Option<usize> {
        let o = (i + 1..j).rev().find(|&k| self.word(k) == "of")?;
        (PORTFOLIO_HEADS.contains(self.low(o - 1))
            && o + 1 < j
            && (o + 1..j).all(|k| self.word(k) == "," || self.portfolio_word(k)))
        .then_some(o - 1)
    }

    /// Whether token `j` is a comma inside a ministry's list of portfolios that goes on to "and" and a
    /// last one: "the Ministry of Culture, Sports and Tourism" ([`ORGANISATION_WORD`]).
    fn portfolio_comma(&self, i: usize, j: usize) -> bool {
        if self.word(j) != "," || !self.in_portfolios(i, j) || !self.portfolio_word(j + 1) {
            return false;
        }
        let mut k = j + 1;
        while k < j + 9 && (self.portfolio_word(k) || self.word(k) == ",") {
            k += 1;
        }
        // "Mines and Energy Sami Ben Hadj-Ali": one portfolio after "and", before a name.
        self.word(k) == "and"
            && (self.last_portfolio(k + 1..k + 2) || self.cap(k + 2) && self.last_portfolio(k + 1..k + 3))
            && self.same_sentence(i, k + 1)
    }

    /// Whether token `j` is a comma inside a list of single capitalised words after a body's word and
    /// "of" or "for" that goes on to "and" and a last item of one or two such words: "the Tunisian Union
    /// of Industry, Commerce and Handicrafts", "the International Union of Electronic, Electrical,
    /// Salaried, Machine and Furniture Workers", "the Commission for Conciliation, Mediation and
    /// Arbitration" ([`ORGANISATION_WORD`]); an item is no place, given
    /// name, title or acronym ("the Bank of England, Barclays and HSBC" are three).
    fn field_list_comma(&self, i: usize, j: usize) -> bool {
        if self.word(j) != "," {
            return false;
        }
        // The list read back at most sixteen tokens: a long run of capitals costs no more.
        let from = (i + 1).max(j.saturating_sub(16));
        let Some(o) = (from..j).rev().find(|&k| matches!(self.word(k), "of" | "for")) else {
            return false;
        };
        let body = self.has_org_word(o - 1..o) && !PORTFOLIO_HEADS.contains(self.low(o - 1));
        if !body || o + 1 >= j || !(o + 1..j).all(|k| self.word(k) == "," || self.field_word(k)) {
            return false;
        }
        let mut k = j + 1;
        while k < j + 12 && (self.field_word(k) || self.word(k) == ",") {
            k += 1;
        }
        let last = k + 1;
        self.word(k) == "and"
            && self.field_word(last)
            && (!self.cap(last + 1) || self.field_word(last + 1) && !self.cap(last + 2))
            && self.same_sentence(i, last)
    }

    /// Whether token `k` may be an item of a body's list of fields ([`Scan::field_list_comma`]).
    fn field_word(&self, k: usize) -> bool {
        k < self.doc.tokens.len()
            && self.is_word(k)
            && self.cap(k)
            && !self.is_place(k)
            && LEXICON.given(self.word(k)).is_none()
            && LEXICON.title(self.low(k)).is_none()
            && !is_all_caps(self.word(k))
    }

    /// Whether the words `r` are a ministry's last portfolio after "and": one portfolio, or a word and
    /// a portfolio ("Culture and Tourism", "Water and Rural Development").
    fn last_portfolio(&self, r: Range<usize>) -> bool {
        (1..=2).contains(&r.len())
            && self.portfolio_word(r.end - 1)
            && r.clone().all(|k| self.cap(k) && !self.is_place(k))
    }

    /// Whether the capitalised word `lower` stands alone somewhere inside a sentence, with no
    /// capitalised word or connector beside it ("Shares of Lufthansa rose"): a name by itself. The
    /// index is built once, on the first question.
    fn seen_alone(&self, lower: &str) -> bool {
        self.alone_seen
            .get_or_init(|| {
                let joins = |k: usize| CONNECTORS.contains(self.word(k)) || self.word(k) == "&";
                let alone = |i: usize| {
                    let before = || {
                        i == 0
                            || !(self.cap(i - 1)
                                || i >= 2 && self.cap(i - 2) && joins(i - 1) && !self.initial(i - 2))
                    };
                    let after = || !(self.cap(i + 1) || self.cap(i + 2) && joins(i + 1));
                    self.cap(i) && !self.headline[i] && after() && before() && !self.initial(i)
                };
                (0..self.doc.tokens.len())
                    .filter(|&i| alone(i))
                    .map(|i| self.lower[i])
                    .collect()
            })
            .contains(lower)
    }

    /// Whether "I" at token `j`, after a capitalised run, is the pronoun rather than a regnal number
    /// ([`REGNAL_NUMBER`]): a verb of the first person or a contraction follows it ("Collins I think",
    /// "Peter I'm sure"), or the run is `titled`: it has a courtesy title or an organisation word, which
    /// no monarch's name has ("Mr. Collins I was told", "the Air Force ROTC I joined").
    fn pronoun_i(&self, j: usize, titled: bool) -> bool {
        let next = self.low(j + 1);
        let verb =
            self.is_word(j + 1) && (FIRST_PERSON_WORDS.contains(next) || next.starts_with(['\'', '’']));
        verb || titled
    }

    /// Whether token `k` is a courtesy title or an organisation word, which no monarch's name has.
    fn titled_word(&self, k: usize) -> bool {
        matches!(LEXICON.title(self.low(k)), Some((TitleKind::Courtesy, _)))
            || LEXICON.is_org_word(self.word(k))
    }

    /// Where the surname after a nickname in quotation marks that starts at token `j` stands, inside a run
    /// from `i` that starts with a given name, or has one right before the mark after a title, and goes on
    /// with a capitalised word after it ("Finley "Finn" Polmar", "Jo 'Red' Park", "Senator Ignacio "Nacho"
    /// Vela"); the nickname has one to three capitalised words ("Tommy "The Hammer" Walsh";
    /// [`QUOTED_NICKNAME`]).
    fn quoted_nickname(&self, i: usize, j: usize) -> Option<usize> {
        let mark = |k: usize, open: bool| {
            self.doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Punct)
                && text::mark_in_role(self.word(k), open)
        };
        let toks = &self.doc.tokens;
        // "Lucius (Sonny) Whitlock": a given name in brackets, one word, after a given name in mixed case
        // (not a dateline's "PARIS (AFP)").
        let bracket = self.word(j) == "("
            && self.word(j + 2) == ")"
            && LEXICON.given(self.word(j + 1)).is_some()
            && LEXICON.given(self.word(i)).is_some()
            && !is_all_caps(self.word(i));
        if !((mark(j, true) || bracket)
            && toks[j].space_before
            && self.cap(j + 1)
            && !toks[j + 1].space_before)
        {
            return None;
        }
        let close = (j + 2..j + 5).find(|&k| !(self.cap(k) && toks[k].space_before))?;
        let surname = close + 1;
        let shape = (mark(close, false) || bracket && close == j + 2)
            && !toks[close].space_before
            && self.cap(surname)
            && toks[surname].space_before
            && self.same_sentence(i, surname);
        // "Tomasz "Tommy" Wrzesniewski": one unknown word before the nickname, no function word or title, makes
        // the shape a name too, where the surname ends it.
        let article_before = i > 0 && matches!(self.low(i - 1), "the" | "a" | "an");
        let function_word = LEXICON.is_stop(self.low(i)) || LEXICON.is_stop(self.low(surname));
        let plain_first = j == i + 1
            && close == j + 2
            && LEXICON.title(self.low(i)).is_none()
            && !(article_before || function_word || self.cap(surname + 1));
        let named = LEXICON.given(self.word(i)).is_some()
            || j > i && LEXICON.given(self.word(j - 1)).is_some()
            || self.initials_before(j)
            || plain_first;
        (shape && named).then_some(surname)
    }

    /// Whether initials stand right before token `j` ("Gov. C.L. "Butch" Otter", "J. "Jack" Smith"): a
    /// word of capitals and periods, or one capital and its period.
    fn initials_before(&self, j: usize) -> bool {
        j >= 1 && glued_initials(self.word(j - 1))
            || j >= 2
                && self.word(j - 1) == "."
                && self.word(j - 2).len() == 1
                && self.word(j - 2).chars().all(|c| c.is_ascii_uppercase())
    }

    /// Whether tokens `i..i + 3` are two single capitalised words joined by a spaced hyphen ("Wal - Mart",
    /// as some sources write "Wal-Mart"), not a dash between a place and a sentence ("Boston - The ...").
    fn spaced_hyphen_name(&self, i: usize) -> bool {
        let toks = &self.doc.tokens;
        let (Some(h), Some(r)) = (toks.get(i + 1), toks.get(i + 2)) else {
            return false;
        };
        self.word(i + 1) == "-"
            && h.space_before
            && r.space_before
            && !r.line_start
            && self.cap(i + 2)
            && !self.cap(i + 3)
            && !self.name_period(i + 3)
            && (i == 0 || !self.cap(i - 1))
            && !self.is_place(i)
            && !self.is_place(i + 2)
            && self.same_sentence(i, i + 2)
    }

    /// "Apple TV", "Toyota Prius", "Google Analytics": a known organisation's name and one or two
    /// capitalised words that are no organisation word, place, noun for a place ("the Amazon Basin"),
    /// given name or title name a product or a service of it; the organisation alone is the actor
    /// ([`COMPANY_PRODUCT`]).
    fn company_before_product(&self, g: Range<usize>) -> Range<usize> {
        let n = g.len();
        // Words only (no marks), two to four of them, and no thing's noun after them: "future Apple
        // Macintosh computers" qualifies the noun, and is left to that test.
        if !(2..=4).contains(&n)
            || g.clone().any(|i| !self.is_word(i))
            || THING_NOUNS.contains(self.word(g.end))
        {
            return g;
        }
        // The company: the first two words ("Goldman Sachs") or the first; the one-word lookup needs
        // no string built.
        let org = |name: &str| LEXICON.org(name) == Some(ActorKind::Organization);
        let k = if n >= 3 && org(&format!("{} {}", self.word(g.start), self.word(g.start + 1))) {
            2
        } else if org(self.word(g.start)) {
            1
        } else {
            return g;
        };
        let company = g.start..g.start + k;
        let product = n - k <= 2
            && (company.end..g.end).all(|i| {
                let w = self.word(i);
                self.cap(i)
                    && !LEXICON.is_org_word(w)
                    && !companies::is_form(w)
                    && !WEAK_ORG_WORDS.contains(w)
                    && !self.is_place(i)
                    && !things::place_noun(self.low(i))
                    && LEXICON.given(w).is_none()
                    && LEXICON.title(self.low(i)).is_none()
            });
        if !product {
            return g;
        }
        // A name the list knows whole is no product ("Goldman Sachs Group" if listed).
        let whole = collapse(self.doc.slice(self.doc.span_of(g.clone())));
        if LEXICON.org(&whole).is_some() || LEXICON.not_actor(&whole) {
            return g;
        }
        company
    }

    /// Splits a run at connectors that do not hold an organisation name together.
    fn split_connectors(&self, run: Range<usize>) -> Vec<Range<usize>> {
        let mut groups = Vec::new();
        let mut start = run.start;
        let mut has_connector = false;
        let mut i = run.start;
        while i < run.end {
            let w = self.word(i);
            let is_conn = self.is_word(i) && (CONNECTORS.contains(w) || w == "the") && !self.cap(i)
                || self.word(i) == "&";
            if !is_conn {
                i += 1;
                continue;
            }
            // The connector (and a "the" after it, or "a" after "for"), then the rest up to the next
            // connector.
            let mut k = i + 1;
            if self.word(k) == "the" || self.for_a(i) {
                k += 1;
            }
            let mut next_end = k;
            while next_end < run.end
                && !(self.is_word(next_end)
                    && (CONNECTORS.contains(self.word(next_end)) || self.word(next_end) == "the")
                    && !self.cap(next_end))
                && self.word(next_end) != "&"
            {
                next_end += 1;
            }
            let left = start..i;
            let right = k..next_end;
            if self.accept_connector(left.clone(), w, right.clone(), has_connector) {
                has_connector = true;
            } else {
                // "Lord Harwood of Stowe": a peer's territorial designation names no one.
                let designation = w == "of" && self.peer_named(left.clone());
                if !left.is_empty() {
                    groups.push(left);
                }
                start = if designation { next_end } else { k };
                has_connector = false;
            }
            i = k;
        }
        if start < run.end {
            groups.push(start..run.end);
        }
        // "Chrysler LLC Jim Press": an organisation's last word, then a person's given name.
        let mut out = Vec::with_capacity(groups.len());
        for g in groups {
            self.split_before_given_name(g, &mut out);
        }
        out
    }

    /// Splits group `g` into `out` before each given name that follows an organisation's last word or
    /// an unknown word that describes the person ("Chrysler LLC Jim Press", "Scientologist Tom
    /// Cruise"); a lone describing word is dropped.
    fn split_before_given_name(&self, g: Range<usize>, out: &mut Vec<Range<usize>>) {
        // "the International Rice Research Institute (IRRI)": an acronym in brackets that spells the
        // whole keeps a given name inside it ("Rice").
        if matches!(self.word(g.end), "(" | ",") && self.spelled_in_brackets(g.start, g.end) {
            out.push(g);
            return;
        }
        let org_from = self.org_word_from(g.clone());
        let mut s = g.start;
        // A title lies within `s..k`: kept up to date as `k` grows (the check is then linear).
        let mut title_inside = false;
        for k in g.start + 1..g.end {
            title_inside = title_inside || self.title_ends_at(s, k);
            let prev = self.word(k - 1);
            // "Scientologist Tom Cruise": an unknown word before a given name and a surname.
            let descriptor = self.cap(k - 1)
                && LEXICON.given(prev).is_none()
                && LEXICON.title(&lower(prev)).is_none()
                && !self.is_place(k - 1)
                // "New York Yankees": the word opens a place's name with the given name.
                && self.place_len(k - 1, g.end) < 2
                && prev.chars().count() > 2
                && !is_all_caps(prev);
            // "Nguyen Van Thang", "Vincent Van Gogh": a particle of a name, no given name after a
            // descriptor; but "Republican Van Taylor".
            // A word of four letters is no nationality's adjective for its ending ("Tran Van Phuoc").
            let nationality = nationality_adjective(self.low(k - 1)) && prev.chars().count() > 4;
            let particle =
                PARTICLES.contains(self.low(k)) && !nationality && !super::parties::party_word(prev);
            let descriptor = descriptor && !org_from[k - g.start] && !title_inside && !particle;
            // "Apple Inc. Steve Jobs": the period of an abbreviation between them.
            let org_before =
                LEXICON.is_org_word(prev) || prev == "." && k >= 2 && LEXICON.is_org_word(self.word(k - 2));
            // "Democrat Tomasz Wierzbicki": a party's word before two more words, a name, though no
            // list knows its given name.
            let party_member = descriptor
                && super::parties::party_word(prev)
                && k + 2 == g.end
                && self.cap(k)
                && self.cap(k + 1);
            if (org_before || descriptor)
                && (LEXICON.given(self.word(k)).is_some() || party_member)
                // "Republican Dominic "Moose" Vela": a nickname may stand before the surname.
                && (self.cap(k + 1) || self.quoted_nickname(k, k + 1).is_some())
                && k + 1 < g.end
                // "Salomon Brothers Asia Ltd.": a legal form after the word closes one company's
                // name, the region's its unit goes by.
                && !companies::is_any_form(self.word(k + 1))
            {
                // A lone descriptor word is no name of its own.
                if !(descriptor && k - s == 1) {
                    out.push(s..k);
                }
                s = k;
                title_inside = false;
            }
        }
        out.push(s..g.end);
    }

    /// Whether `r` is a peer's title and a name of one or two words: "Lord Harwood", "Baroness Vell"
    /// ([`PEERAGE_TITLES`]).
    fn peer_named(&self, r: Range<usize>) -> bool {
        (2..=3).contains(&r.len())
            && PEERAGE_TITLES.contains(self.low(r.start))
            && (r.start + 1..r.end).all(|k| self.cap(k) && LEXICON.title(self.low(k)).is_none())
    }

    /// For each token of `r` (and its end): whether an organisation word lies between it and the end.
    fn org_word_from(&self, r: Range<usize>) -> Vec<bool> {
        let mut flags = vec![false; r.len() + 1];
        for i in r.clone().rev() {
            flags[i - r.start] = flags[i + 1 - r.start] || LEXICON.is_org_word(self.word(i));
        }
        flags
    }

    /// For each token of `r` (and its end): whether a capitalised word that is no title lies between
    /// it and the end.
    fn name_from(&self, r: Range<usize>) -> Vec<bool> {
        let mut flags = vec![false; r.len() + 1];
        for i in r.clone().rev() {
            // "Mr. al-Rashidi": a surname with a prefix in lower case is a capitalised word too.
            flags[i - r.start] = flags[i + 1 - r.start]
                || (self.cap(i) || self.prefixed(i)) && LEXICON.title(self.low(i)).is_none();
        }
        flags
    }

    /// Whether a title of words only ends right before token `end` and starts at or after `from`.
    fn title_ends_at(&self, from: usize, end: usize) -> bool {
        let mut words = String::new();
        for len in 1..=LEXICON.title_words.min(end - from) {
            let i = end - len;
            if !self.is_word(i) {
                return false;
            }
            if len > 1 {
                words.insert(0, ' ');
            }
            words.insert_str(0, self.low(i));
            if LEXICON.title(&words).is_some() {
                return true;
            }
        }
        false
    }

    fn has_org_word(&self, r: Range<usize>) -> bool {
        r.clone().any(|i| LEXICON.is_org_word(self.word(i)))
            || r.len() >= 3 && self.house_of(r.end - 3)
            || self.chamber(r)
    }

    /// "the House" alone, inside a sentence: the chamber of a legislature ([`LEGISLATIVE_CHAMBER`]),
    /// not a house's name ("Abbey House"), "the House of Lords" (a name of its own) or a sentence's
    /// first word.
    fn chamber(&self, r: Range<usize>) -> bool {
        r.len() == 1
            && self.word(r.start) == "House"
            && r.start > 0
            && self.low(r.start - 1) == "the"
            && !self.initial(r.start - 1)
            && self.low(r.end) != "of"
            && !self.cap(r.end)
    }

    fn ends_with_title(&self, r: Range<usize>) -> bool {
        (1..=LEXICON.title_words.min(r.len())).any(|len| {
            let words: Vec<String> = (r.end - len..r.end).map(|i| self.low(i).to_string()).collect();
            LEXICON.title(&words.join(" ")).is_some()
        })
    }

    /// Whether a name after "the" and the name of a town or a region (`places`, cut off before it) ends
    /// in a plural, as a team's does: "the Boston Red Sox", "the Tampa Bay Rays" ([`TEAM_OF_PLACE`]). A
    /// nationality word before a name ("Russian", "Japanese") is no town.
    fn team_of_place(&self, places: Range<usize>, n: &NameFacts) -> bool {
        // Not a nationality: "the Briton Graham Stokes" is a person.
        let town = !places.is_empty()
            && places.start > 0
            && self.low(places.start - 1) == "the"
            && places.clone().filter(|&i| self.is_word(i)).all(|i| {
                !nationality_adjective(self.low(i))
                    && crate::analysis::countries::demonym_code(self.word(i)).is_none()
            });
        let last = n.text_words.last().copied().unwrap_or("");
        // One word will do ("the Chicago Bulls", "the Dallas Cowboys"), but not a plural noun for
        // places or things ("the Boston Islands", "the London Olympics").
        let one_word_ok = || {
            n.text_words.len() >= 2 || {
                let lower = last.to_lowercase();
                // "Invictus", "Memphis": a Latin or Greek singular, no plural.
                !lower.ends_with("us")
                    && !lower.ends_with("is")
                    && !things::place_noun_plural(&lower)
                    && !things::common_noun(&lower)
            }
        };
        town && (last.ends_with('x') || last.ends_with('s') && !last.ends_with("ss")) && one_word_ok()
            || self.club_of_place(places, n)
    }

    /// Whether a town's name and one word a club's name ends in make the name ("Manchester United",
    /// "Leicester City", "Blackburn Rovers"; [`TEAM_OF_PLACE`]): the whole is the club; not after a
    /// country's name ("Benin City"): clubs are named after towns.
    fn club_of_place(&self, places: Range<usize>, n: &NameFacts) -> bool {
        !places.is_empty()
            && n.text_words.len() == 1
            && CLUB_WORDS.contains(n.last_word)
            && places
                .clone()
                .filter(|&i| self.is_word(i))
                .all(|i| !nationality_adjective(self.low(i)))
            && !self.names_country(places)
    }

    /// Whether the words of tokens `r` are a country's name ("Kuwait", "Benin"), not a town's.
    fn names_country(&self, r: Range<usize>) -> bool {
        let Some(code) = self.country_at(r.start) else {
            return false;
        };
        let words = r.filter(|&i| self.is_word(i)).map(|i| self.word(i));
        countries::country_name(code).is_some_and(|name| name.split(' ').eq(words))
    }

    /// Whether the single name at token `start` follows a model number after a known company, maybe in
    /// the possessive, or after "its" ("Boeing's 787 Dreamliner", "its 787 Dreamliner";
    /// [`PRODUCT_BY_NOUN`]): the model's name.
    fn model_name(&self, start: usize) -> bool {
        if start < 2 || self.doc.tokens[start - 1].kind != TokenKind::Number {
            return false;
        }
        let mut k = start - 2;
        if matches!(self.word(k), "'s" | "’s") && k > 0 {
            k -= 1;
        }
        // "demand for its 787 Dreamliner": a model number of three digits or more after "its" or
        // "their", the company's.
        let number = self.word(start - 1);
        let model_number = number.len() >= 3 && number.bytes().all(|b| b.is_ascii_digit());
        LEXICON
            .org(self.word(k))
            .is_some_and(|kind| kind != ActorKind::Group)
            || model_number && matches!(self.low(k), "its" | "their")
    }

    /// Whether a name of two to four words without a given name ends in a word that only a club's name
    /// ends in, no head of a place's ("Wolverhampton Wanderers", "Brighton & Hove Albion", "Wigan
    /// Athletic"; [`TEAM_OF_PLACE`]); not "Derby County", whose "County" heads places too, nor a
    /// country's name before the word ("Benin City").
    fn club_by_word(&self, n: &NameFacts) -> bool {
        (2..=4).contains(&n.text_words.len())
            && n.given.is_none()
            && n.known.is_none()
            && CLUB_WORDS.contains(n.last_word)
            && !NOT_ACTOR_LAST.contains(n.last_word)
            && !self.has_org_word(n.name.clone())
            && !self.names_country(n.name.start..n.name.end - 1)
    }

    /// Whether an acronym in brackets right after tokens `a..b` spells the initials of their words, the
    /// connectors left out ("Liberation Tigers of Tamil Eelam (LTTE)"), or one after a comma and "or",
    /// which may repeat the name's last word ("the Michigan Freedom and Jobs PAC, or MFJ PAC,"): they are
    /// one name.
    fn spelled_in_brackets(&self, a: usize, b: usize) -> bool {
        // "U.S. Immigration and Customs Enforcement (ICE)": a country's name before the body's own
        // name is left out of the initials.
        let place = self.place_len(a, b);
        if place > 0 && a + place < b && self.spelled_in_brackets_from(a + place, b) {
            return true;
        }
        self.spelled_in_brackets_from(a, b)
    }

    /// Whether the words from `a` to `b` and the capitalised words and connectors after them, a dozen
    /// tokens at most, are spelt by an acronym in brackets: "the National Agency for Food | and | Drug
    /// Administration and Control (NAFDAC)", where the run joins before the acronym is reached.
    fn spelled_ahead(&self, a: usize, b: usize) -> bool {
        let mut k = b;
        while k < b + 12 && k < self.doc.tokens.len() {
            if self.word(k) == "(" {
                return k > b && self.word(k + 2) == ")" && {
                    let acronym = self.word(k + 1);
                    // "the Associated Builders and Contractors of Minnesota (ABC)": a chapter's place
                    // after "of" that the acronym leaves out.
                    let chapter = (b..k)
                        .rev()
                        .find(|&o| self.word(o) == "of")
                        .filter(|&o| o + 1 < k && self.place_len(o + 1, k) == k - o - 1);
                    self.spells(a..k, acronym) || chapter.is_some_and(|o| self.spells(a..o, acronym))
                };
            }
            if !(self.cap(k) || matches!(self.word(k), "and" | "of" | "for" | "," | "&")) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// [`Scan::spelled_in_brackets`] for the words from `a`, all of them.
    fn spelled_in_brackets_from(&self, a: usize, b: usize) -> bool {
        if self.word(b) == "," && self.low(b + 1) == "or" && b > a + 1 {
            let last = self.word(b - 1);
            let (words, closes) = if self.word(b + 3) == last && is_all_caps(last) {
                (a..b - 1, b + 4)
            } else {
                (a..b, b + 3)
            };
            return matches!(self.word(closes), "," | "." | ")" | ";")
                && self.spells(words, self.word(b + 2));
        }
        self.word(b) == "(" && self.word(b + 2) == ")" && self.spells(a..b, self.word(b + 1))
    }

    /// Whether `acronym`, two to eight capitals, spells the initials of the words `words`, a "the" that
    /// opens them left out.
    fn spells(&self, words: Range<usize>, acronym: &str) -> bool {
        let a = words.start;
        // "(U.T.R.W.)": an acronym written with periods spells the same letters.
        let undotted: String;
        let acronym = if acronym.contains('.') {
            undotted = acronym.chars().filter(|&c| c != '.').collect();
            undotted.as_str()
        } else {
            acronym
        };
        if !(2..=8).contains(&acronym.len()) || !is_all_caps(acronym) {
            return false;
        }
        let words: Vec<String> = words
            .filter(|&i| self.is_word(i) && !(i == a && self.low(i) == "the"))
            .map(|i| self.word(i).to_string())
            .collect();
        acronym_of(&words).is_some_and(|letters| letters == acronym)
            || acronym_of_every_word(&words).is_some_and(|letters| letters.eq_ignore_ascii_case(acronym))
    }

    fn accept_connector(&self, left: Range<usize>, conn: &str, right: Range<usize>, joined: bool) -> bool {
        if left.is_empty() || right.is_empty() {
            return false;
        }
        // "Liberation Tigers of Tamil Eelam (LTTE)": an acronym in brackets that spells the whole; but
        // not people at an organisation whose initials it happens to spell ("Scientists at the Pacific
        // Community (SPC)").
        let people_at = conn == "at" && left.len() == 1 && agent_plural(self.low(left.start));
        if !people_at
            && (self.spelled_in_brackets(left.start, right.end) || self.spelled_ahead(left.start, right.end))
        {
            return true;
        }
        // "the Isle of Man Energy Authority": a place's name that holds "of" opens the body's name.
        let country_of = conn == "of" && self.place_len(left.end - 1, right.end) > 2;
        if country_of && right.len() > 1 && self.has_org_word(right.end - 1..right.end) {
            return true;
        }
        // "Construction at Europa Point, a headland, began in 2019": a common noun that opens the
        // sentence is no body's name before "at".
        if conn == "at"
            && left.len() == 1
            && self.initial(left.start)
            && things::common_noun(self.low(left.start))
        {
            return false;
        }
        // "left Kabul International Airport for Urumqi": a place's name, then where one goes from it.
        let destination = conn == "for"
            && NOT_ACTOR_LAST.contains(self.word(left.end - 1))
            && self.place_len(right.start, right.end) == right.len();
        if destination {
            return false;
        }
        match conn {
            // "la Comisión para la Promoción de la Alianza": Spanish and French "for" join as "for" does.
            "of" | "for" | "at" | "on" | "para" | "pour" => {
                self.accept_preposition(left, conn, right, joined)
            }
            // "Smith & Wesson", not "Sue & I": the writer is no partner of a name.
            "&" => !(right.len() == 1 && self.word(right.start) == "I"),
            // "Transports Yarou et Fils", "Moet et Chandon": French partners; not a work's "et" and an
            // elided article ("Gebo et l'Ombre"), nor two given names ("Jules et Jim").
            "et" => {
                let given = |i: usize| LEXICON.given(self.word(i)).is_some();
                self.cap(right.start) && !(given(left.end - 1) && given(right.start))
            }
            // "the Junta Local de Conciliación y Arbitraje", "Ministério da Ciência e Tecnologia", "José
            // Ortega y Gasset": Spanish and Portuguese "and" inside a name whose words before it hold a
            // particle ("de", "da"), a body's word or open with a given name.
            "y" | "e" => {
                self.cap(right.start)
                    && (left.clone().any(|i| PARTICLES.contains(self.word(i)))
                        || left.len() >= 2 && LEXICON.given(self.word(left.start)).is_some()
                        // "el Observatorio Vulcanológico y Sismológico de Costa Rica": after a body's word.
                        || self.has_org_word(left.clone()))
            }
            // "the Bank of England and Britain's Treasury": a place's possessive after "and" opens
            // another name.
            "and"
                if matches!(self.word(right.end), "'s" | "’s")
                    && self.place_len(right.start, right.end) == right.len() =>
            {
                false
            }
            // "Pesquera Santa Rosa S.A.A. and Corporación Pesquera del Pacífico S.A.": a legal form closes
            // one company's name; "and" opens the next.
            "and" if self.ends_in_legal_form(left.clone()) => false,
            "and" => self.accept_and(left, right, joined),
            // A possessive: "New People's Party", not "Russia's Foreign Ministry".
            _ => self.accept_possessive(left, right),
        }
    }

    /// An "of", "for", "at" or "on" (or Spanish and French "for") between two runs of capitals: whether
    /// they are one name.
    fn accept_preposition(&self, left: Range<usize>, conn: &str, right: Range<usize>, joined: bool) -> bool {
        // "University of Sheffield of the UK", "Block Museum of Art at Northwestern University": two names.
        let right_places =
            self.place_len(right.start, right.end) == right.len() || right.clone().all(|i| self.is_place(i));
        // One organisation word alone after the connector heads no name of its own: "the Front
        // for the Restoration of Unity and Democracy".
        let right_head = self.has_org_word(right.end - 1..right.end) && (right.len() > 1 || conn == "at");
        // "Colorado State University of the US": an organisation already named, then its country.
        let the_place = right_places && self.word(right.start - 1) == "the" && left.len() >= 2;
        // "the Federation of Port Workers of Peru", "the Ministry of Health of Peru": an
        // organisation word's "of" name that ends in no place, then "of" and a place, is one name.
        // "the National Union for the Total Independence of Angola": "for" opens such a phrase too.
        let body_of_place = joined
            && right_places
            && conn == "of"
            && !self.is_place(left.end - 1)
            && left
                .clone()
                .find(|&i| matches!(self.word(i), "of" | "for"))
                .is_some_and(|of| of > left.start && self.has_org_word(of - 1..of));
        // "Senate Majority Leader George Mitchell of Maine": a person's name, then a home state.
        let home = right_places
            && conn == "of"
            && left.len() >= 2
            && !self.is_place(left.end - 1)
            && LEXICON.given(self.word(left.end - 2)).is_some()
            && !self.has_org_word(left.end - 1..left.end)
            && !self.people_plural_of(left.end - 1)
            && !body_of_place;
        // "Basler Pharma AG of Switzerland": a legal form ends the company's name; the place after "of" is
        // where it is based.
        if self.ends_in_legal_form(left.clone()) && right_places && conn == "of" {
            return false;
        }
        if (joined && (right_places && conn != "at" && !body_of_place || right_head))
            || (conn == "at" && right_head)
            || the_place
            || home
        {
            return false;
        }
        // "Taxpayers for Fair Play", "Physicians for Human Rights": a capitalised plural noun
        // for people and what they stand for name an association, and its "of" phrase is part
        // of it ("the Collective for the Defence of Coastal Communities").
        // "Gun Owners of America", "Daughters of the American Revolution": so does such a
        // plural, one or two words, before "of" and a capitalised name.
        let association = conn == "for" && left.len() == 1 && self.association_head(left.start)
            || conn == "of"
                && (left.len() == 2 || left.len() == 1 && !self.initial(left.start))
                && self.people_plural_of(left.end - 1)
            || conn == "of" && self.association(left.clone());
        let chamber = conn == "of" && self.house_of(left.end - 1);
        association
            || chamber
            || self.has_org_word(left.clone())
            || self.ends_with_title(left.clone())
            || (self.has_org_word(right.clone()) && self.has_org_word(right.end - 1..right.end) && joined)
    }

    /// An "and" between two runs of capitals that no legal form or place's possessive splits: whether
    /// they are one name.
    fn accept_and(&self, left: Range<usize>, right: Range<usize>, joined: bool) -> bool {
        // "the Conference on Trade and Development": an "on" the run of capitals holds after an
        // organisation word joins like "of".
        let joined = joined || (left.start + 1..left.end).any(|i| self.word(i) == "on");
        // An "of" phrase that may go on past "and" to one or two words in the same run of
        // capitals, as the four names below do.
        let of_goes_on = joined
            && self.word(right.start - 1) == "and"
            && right.len() <= 2
            && left.clone().any(|i| matches!(self.word(i), "of" | "for" | "on"));
        // "the Department of Health and Human Services", "the Ministry of Labour and Social
        // Affairs": the "of" phrase goes on past "and" to a plural head.
        let of_phrase = of_goes_on
            && self.word(right.end - 1).ends_with('s')
            && self.has_org_word(right.end - 1..right.end)
            && !self.has_org_word(right.start..right.end - 1);
        // "the International Association of Machinists and Aerospace Workers": a body's "of"
        // phrase of people by what they do goes on past "and" to another such plural.
        let members = of_goes_on
            && self.association_head(left.end - 1)
            && self.association_head(right.end - 1)
            && self.has_org_word(left.clone());
        let shared_field = of_goes_on && self.shares_field_noun(left.clone(), right.clone());
        // "the Bank of England and the Treasury", "the Pentagon and the State Department":
        // two names; so are "Lufthansa and Austrian Airlines" where the article names
        // Lufthansa alone too.
        let article = self.word(right.start - 1) == "the"
            // "Jake Dorsey and The Associated Press contributed": a capitalised "The" after
            // "and" opens a name of its own.
            || self.word(right.start) == "The"
            || left.len() == 1 && !joined && self.seen_alone(self.low(left.start));
        // "JPMorgan Chase and Bank of America": an organisation word that opens its own "of"
        // name after "and".
        let own_of_name = right.len() == 1 && self.word(right.end) == "of" && !joined;
        // "the United Food and Commercial Workers union": one name before a lower-case noun
        // for one body (not "unions", two bodies).
        let one_body = !article && self.word(right.end) == "union";
        // "the Securities and Exchange Commission": an organisation word in the plural alone,
        // which names no body by itself, opens the name of the body after "and".
        // "The" that opens a sentence stands in the run of capitals.
        let field = left.start + usize::from(self.low(left.start) == "the");
        // "the Financial and Capital Market Commission": so does one that is a common adjective.
        let lone_field = field + 1 == left.end
            && self.has_org_word(field..left.end)
            && (plural_form(self.low(field)) || things::adjective(self.low(field)))
            && self.has_org_word(right.end - 1..right.end);
        // "the Ministry of Mines and Energy", "Minister of Youth and Sports": the last of a
        // ministry's portfolios.
        let head = || self.portfolios_head(left.start, left.end);
        let portfolios = of_goes_on && self.last_portfolio(right.clone()) && head().is_some();
        // "Minister of Mines and Energy Sami Vela": a minister's last portfolio, then the name.
        let minister = joined
            && self.word(right.start - 1) == "and"
            && right.len() >= 2
            && self.last_portfolio(right.start..right.start + 1)
            && head().is_some_and(|h| LEXICON.title(self.low(h)).is_some());
        // "the House Energy and Commerce Committee": a chamber's committee named by two fields.
        // "the Workplace Flexibility and Fairness Act": a law's or a document's name goes on past
        // "and" to its head.
        let last = right.end - 1;
        let document = !article && (DOCUMENT_NOUNS.contains(self.low(last)) || self.word(last) == "Act");
        // "a group led by Mr. Chester and Brandywine Equity Associates": a person with a
        // courtesy title is no partner in the name of the firm after "and".
        let courtesy_left = matches!(
            LEXICON.title(self.low(left.start)),
            Some((TitleKind::Courtesy, _))
        );
        let committee = !article
            && field + 1 < left.end
            && matches!(self.word(field), "House" | "Senate")
            && matches!(self.word(right.end - 1), "Committee" | "Subcommittee");
        let trades = !article && self.trades_after_and(left.clone(), right.clone());
        of_phrase
            || trades
            || document
            || members
            || shared_field
            || portfolios
            || minister
            || committee
            || one_body
            || !article && lone_field
            || (!article
                && !own_of_name
                && ((joined
                    && self.has_org_word(left.clone())
                    && !self.has_org_word(right.clone())
                    && self.field_after_and(right.clone()))
                    || (!self.has_org_word(left.clone())
                        && !courtesy_left
                        && self.has_org_word(right.end - 1..right.end))))
    }

    /// "the Department of Civil and Architectural Engineering", "the Center for Strategic and
    /// International Studies": whether a word after "of" or "for" that is no noun, ending `left`, shares
    /// the field noun that ends `right`, the words after "and".
    fn shares_field_noun(&self, left: Range<usize>, right: Range<usize>) -> bool {
        left.len() >= 3
            && matches!(self.word(left.end - 2), "of" | "for")
            && self.has_org_word(left.start..left.end - 2)
            && !things::common_noun(self.low(left.end - 1))
            && !PORTFOLIOS.contains(self.word(left.end - 1))
            && !self.is_place(left.end - 1)
            && things::common_noun(self.low(right.end - 1))
    }

    /// A possessive between two runs of capitals: whether they are one name. "New People's Party", not
    /// "Russia's Foreign Ministry" nor "Theresa May's European Union" (a given name and a surname before
    /// the possessive: a person's).
    fn accept_possessive(&self, left: Range<usize>, right: Range<usize>) -> bool {
        // A surname alone the article writes after a given name elsewhere is a person's too;
        // a plural for people in no "s" is no surname ("the Isabel Women's Resource Network").
        let person = left.len() >= 2
            && LEXICON.given(self.word(left.end - 2)).is_some()
            && !IRREGULAR_PEOPLE_PLURALS.contains(self.low(left.end - 1))
            || left.len() == 1 && self.given_surname(self.word(left.start));
        // "Moody's Investors Service Inc.", "Standard & Poor's Corp.": a legal form after the
        // possessive, with at most three words and no given name between, ends the business's
        // own name (a person the article names is no business: "Carl Icahn ... Icahn's Icahn
        // Holdings Inc.").
        let legal_name = || {
            let words: Vec<usize> = right.clone().filter(|&i| self.is_word(i)).collect();
            words.last().is_some_and(|&i| companies::is_form(self.word(i)))
                && words.len() <= 4
                && words.iter().all(|&i| LEXICON.given(self.word(i)).is_none())
        };
        // "the OSCE's Office for Democratic Institutions", "the UN's World Food Programme": an
        // acronym's possessive is the owner of the body named after it, another organisation.
        // "The" that opens a sentence stands in the run of capitals.
        // "ETH Zurich's Applied Network Security Lab": and a name of two or three words that
        // an acronym opens.
        let first = left.start + usize::from(self.low(left.start) == "the");
        let acronym = self.word(first).len() >= 2 && is_all_caps(self.word(first));
        let owner = acronym && left.end - first <= 3
            // "the Agriculture Department's Commodity Credit Corp.": so is a name of two or more
            // words that an organisation word in the singular ends.
            || first + 1 < left.end
                && LEXICON.is_org_word(self.word(left.end - 1))
                && !plural_form(self.low(left.end - 1));
        !person && !owner && legal_name() && !self.is_place(left.end - 1)
            || !person
                && !owner
                && self.org_word_then_places(right.clone())
                && !(left.clone().all(|i| self.is_place(i)))
                && self.place_len(left.start, left.end) != left.len()
                && right.clone().all(|i| !self.ends_with_title(right.start..i + 1))
    }

    /// Whether the words `left` end in a company's legal form, maybe written with periods ("S.A.A.",
    /// "AG", "S.A."), which closes the company's name.
    fn ends_in_legal_form(&self, left: Range<usize>) -> bool {
        companies::is_any_form(self.word(left.end - 1))
            || self.word(left.end - 1) == "."
                && left.len() >= 2
                && companies::is_dotted_form(self.word(left.end - 2))
    }

    /// Whether `right` ends in an organisation word, maybe before the place it is in ("College", "College
    /// London" in "King's College London").
    fn org_word_then_places(&self, right: Range<usize>) -> bool {
        let mut end = right.end;
        while end > right.start + 1 && self.is_place(end - 1) {
            end -= 1;
        }
        self.has_org_word(end - 1..end)
    }

    /// A place or nationality word: by the lexicon, the country analysis, or its hyphenated parts ("US-Russia").
    fn is_place(&self, i: usize) -> bool {
        if self.country_at(i).is_some() {
            return true;
        }
        let w = self.word(i);
        if LEXICON.place(w).is_some() {
            return true;
        }
        // "Fairfield, Conn.", "Fresno, Calif.": a state's abbreviation with its period.
        let period = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before) && self.word(i + 1) == ".";
        if period && countries::abbreviated_region(w) {
            return true;
        }
        w.contains(is_hyphen) && w.split(is_hyphen).all(|p| LEXICON.place(p).is_some())
    }

    /// Whether the place at token `i` is a possessive ("China's official news agency"): the phrase it
    /// opens is an apposition, not the region of a place before it ("Tarsby, China").
    fn possessive_place(&self, i: usize) -> bool {
        let len = self.place_len(i, self.doc.tokens.len().min(i + 6)).max(1);
        matches!(self.word(i + len), "'s" | "’s")
    }

    /// The number of tokens of the place name starting at `i` (0 when none): "United States", "Russian".
    fn place_len(&self, i: usize, end: usize) -> usize {
        let mut best = usize::from(self.is_place(i));
        let mut text = self.word(i).to_string();
        for k in i + 1..end.min(i + LEXICON.place_words) {
            text.push(' ');
            text.push_str(self.word(k));
            if LEXICON.place(&text).is_some() {
                best = k + 1 - i;
            }
        }
        best
    }

    /// The code of the country mention that token `i` is part of.
    fn country_at(&self, i: usize) -> Option<&str> {
        let ci = *self.country.get(i)?;
        self.countries.get(ci as usize).map(|c| c.code.as_str())
    }

    /// The country code of token `i`, if it names or qualifies a country.
    fn country_code(&self, i: usize) -> Option<String> {
        if let Some(code) = self.country_at(i) {
            return Some(code.to_string());
        }
        LEXICON
            .place(self.word(i))
            .filter(|c| *c != "-")
            .map(str::to_string)
    }

    /// Where a sentence (or a quotation, or a line) starts, so capitals say nothing.
    fn initial(&self, i: usize) -> bool {
        if self.doc.is_sentence_start(i) || self.doc.tokens.get(i).is_some_and(|t| t.line_start) || i == 0 {
            return true;
        }
        let prev = self.word(i - 1);
        let prev_tok = &self.doc.tokens[i - 1];
        // "(AP) _ Delegates voted": the underscore some wires type for a dash opens a sentence too.
        if matches!(prev, ":" | "(" | "—" | "–" | "[" | "•" | "_") {
            return true;
        }
        // "(Through interpreter) In Austria we ...": an aside that opens a turn or a sentence opens it
        // again after its bracket.
        if prev == ")" {
            let open = (i.saturating_sub(8)..i - 1).rev().find(|&k| self.word(k) == "(");
            if open.is_some_and(|o| o == 0 || self.word(o - 1) == ":" || self.doc.is_sentence_start(o)) {
                return true;
            }
        }
        // "2 Wash the glasses": the first word of a numbered step; "* Rub the thread": of a bulleted one.
        if prev_tok.kind == TokenKind::Number && (prev_tok.line_start || i == 1) {
            return true;
        }
        if matches!(prev, "*" | "·") && (prev_tok.line_start || i == 1) {
            return true;
        }
        // "``People have not ...": the typewriter's double mark opens a quotation too.
        let mark = prev.chars().next().is_some_and(is_quote_mark)
            || crate::analysis::text::quote_mark(prev).is_some();
        if mark
            && !self.doc.tokens[i].space_before
            && (prev_tok.space_before || prev_tok.line_start || self.doc.is_sentence_start(i - 1))
        {
            return true;
        }
        // "-- Former minister ...", a dash with spaces, and a dash typed as two hyphens ("WARSAW -- As
        // NATO leaders gathered").
        let double_hyphen = || i >= 2 && self.word(i - 2) == "-" && self.doc.tokens[i - 2].space_before;
        prev == "-" && (prev_tok.space_before || double_hyphen()) || self.after_note_mark(i)
    }

    /// Whether a bracketed note mark after the end of a sentence comes right before token `i` ("... in
    /// 1820. [12] Placed under ..."): the word opens the next sentence.
    fn after_note_mark(&self, i: usize) -> bool {
        if i < 3 || self.word(i - 1) != "]" {
            return false;
        }
        let Some(open) = (i.saturating_sub(10)..i - 1).rev().find(|&k| self.word(k) == "[") else {
            return false;
        };
        let inside = (open + 1..i - 1)
            .all(|k| self.doc.tokens[k].kind == TokenKind::Number || matches!(self.word(k), "," | "-" | "–"));
        let before = open.checked_sub(1).map_or("", |k| self.word(k));
        let closed = matches!(before, "." | "!" | "?")
            || before.chars().next().is_some_and(is_quote_mark)
                && open >= 2
                && matches!(self.word(open - 2), "." | "!" | "?");
        inside && closed
    }

    /// Whether "Miss" at token `i` opens the title of a beauty contest: a place or a word for the world
    /// after it ("Miss Universe", "Miss World", "Miss Venezuela"), not a given name ("Miss Georgia Lenz").
    fn pageant_title(&self, i: usize) -> bool {
        let next = self.word(i + 1);
        self.word(i) == "Miss"
            && self.cap(i + 1)
            && LEXICON.given(next).is_none()
            && (matches!(next, "Universe" | "World" | "Earth" | "International" | "Teen")
                || self.is_place(i + 1) && self.country_code(i + 1).is_some())
    }

    /// The longest title starting at token `i` within `end`: (tokens used, kind, gender).
    fn title_at(&self, i: usize, end: usize) -> Option<(usize, TitleKind, Gender)> {
        if i < end && !LEXICON.may_start_title(self.low(i)) {
            return None;
        }
        // "Del. Hugh Bedford": a delegate's abbreviation only with its period and capital, for "Del" is
        // a given name ("Del Shannon") and "del" a particle of surnames ("Ana del Mar").
        // After a town and a comma it is Delaware's ("Wilmington, Del. It listed").
        if self.low(i) == "del"
            && !(self.word(i) == "Del"
                && self.name_period(i + 1)
                && !(i >= 2 && self.word(i - 1) == "," && self.cap(i - 2)))
        {
            return None;
        }
        let mut best = None;
        let mut words = String::new();
        let mut count = 0;
        let mut j = i;
        while j < end && count < LEXICON.title_words {
            // "Dist. Atty.": an abbreviation's period inside a title of several words.
            if count > 0 && self.name_period(j) && self.is_word(j + 1) {
                j += 1;
            }
            if !self.is_word(j) {
                break;
            }
            if count > 0 {
                words.push(' ');
            }
            words.push_str(self.low(j));
            count += 1;
            j += 1;
            if let Some((kind, g)) = LEXICON.title(&words) {
                let used = if self.name_period(j) && j < end {
                    j + 1 - i
                } else {
                    j - i
                };
                best = Some((used, kind, g));
            }
        }
        best
    }

    /// Whether the group `a..b`, one word or a place's name, qualifies the lower-case noun after it ("the
    /// official Soviet news agency", "the chief Orvik analyst", "the chief AU mediator", "a major South
    /// Korean maker"): the role word before it qualifies that noun too, and gives the word no role
    /// ([`ROLE_BEFORE_NAME`]).
    fn qualifies_noun(&self, a: usize, b: usize) -> bool {
        // A place's name of several words qualifies it too: "a major South Korean maker".
        (b == a + 1 || b > a + 1 && self.place_len(a, b) == b - a)
            && self.is_word(b)
            && self.doc.tokens[b].space_before
            && !self.cap(b)
            && self.same_sentence(a, b)
            && {
                let next = self.low(b);
                things::common_noun(next)
                    || LEXICON.is_org_noun(next)
                    || PERSON_NOUNS.contains(next)
                    || LEXICON
                        .title(next)
                        .is_some_and(|(kind, _)| kind == TitleKind::Role)
            }
    }

    /// Whether the words `a..b`, after a role and a comma, name a place or a thing by their head and not a
    /// person by a given name: "Director, Pottawatomie County", not "the mayor, Ada Park"; a field of
    /// study is the subject of the role ("Assistant Professor, Clinical Psychology").
    fn place_after_role(&self, a: usize, b: usize) -> bool {
        b >= a + 2
            && (NOT_ACTOR_LAST.contains(self.word(b - 1)) || FIELDS_OF_STUDY.contains(self.word(b - 1)))
            && LEXICON.given(self.word(a)).is_none()
    }

    /// Whether the words `a..b` are headed by a noun that ends no person's name: an organisation word
    /// ("the official Iraqi News Agency") or a noun for a document ("the General Agreement on Tariffs
    /// and Trade", "the General Data Protection Regulation"; `data/actors-document-nouns.txt`); the
    /// head is the word before "of", "on" or "for", else the last. A role word before them is no title.
    fn body_or_thing_headed(&self, a: usize, b: usize) -> bool {
        let head = (a..b)
            .find(|&k| k + 1 < b && matches!(self.word(k + 1), "of" | "on" | "for"))
            .unwrap_or(b.saturating_sub(1));
        // "the Official Secrets Act": a law's name, though "act" alone may be a performer's; not a noun
        // that is also a surname after a given name ("Gov. Nathan Deal").
        head >= a
            && (LEXICON.is_org_word(self.word(head))
                || DOCUMENT_NOUNS.contains(self.low(head))
                    && !(head > a
                        && surname_noun(self.low(head))
                        && LEXICON.given(self.word(head - 1)).is_some())
                || self.cap(head) && matches!(self.low(head), "act" | "amendment"))
    }

    /// A role title that ends right before token `start` (in any case), extended back over the
    /// words that qualify it ("Uralsib analyst", "Malaysia's Prime Minister"). Returns its first token.
    fn role_before(&self, start: usize) -> Option<usize> {
        self.title_before(start).or_else(|| {
            // "the Prime Minister of Singapore, Mr. Lee": a title, "of" and a place.
            let mut k = start;
            while k > 0 && start - k < 3 && self.is_place(k - 1) {
                k -= 1;
            }
            if k == start || k < 2 {
                return None;
            }
            if self.word(k - 1) == "the" {
                k -= 1;
            }
            (self.word(k - 1) == "of")
                .then(|| self.title_before(k - 1))
                .flatten()
        })
    }

    fn title_before(&self, start: usize) -> Option<usize> {
        if start == 0 || !LEXICON.may_end_title(self.low(start - 1)) {
            return None;
        }
        let mut found = None;
        // The words from..start in lower case, joined by one space: grown one word to the left per step.
        let mut phrase = String::new();
        for len in 1..=LEXICON.title_words {
            if start < len {
                break;
            }
            let from = start - len;
            let same = start >= self.doc.tokens.len() || self.same_sentence(from, start);
            if !same
                || self.headline[from]
                || !(from..start).all(|i| self.is_word(i) && self.same_sentence(from, i))
            {
                break;
            }
            if len > 1 {
                phrase.insert(0, ' ');
            }
            phrase.insert_str(0, self.low(from));
            // "7 pm Sat": a short title in lower case is a unit or a time, not "PM" or "MP".
            let short_lower = len == 1 && phrase.len() <= 3 && self.word(from) == phrase;
            if let Some((TitleKind::Role, _)) = LEXICON.title(&phrase).filter(|_| !short_lower) {
                found = Some(from);
            }
        }
        let mut from = found?;
        // "the administration would judge Iraq": a role word in lower case after a modal is a verb.
        if from > 0
            && !self.cap(from)
            && self.same_sentence(from - 1, from)
            && states::is_auxiliary(self.low(from - 1))
        {
            return None;
        }
        // Qualifiers: capitalised words, nationality words, a possessive.
        let mut steps = 0;
        while from > 0 && steps < 5 {
            let p = from - 1;
            if !self.same_sentence(p, from) {
                break;
            }
            let (w, low) = (self.word(p), self.low(p));
            let ok = (self.cap(p) && !(self.initial(p) && LEXICON.is_stop(low)))
                || (matches!(w, "'s" | "’s") && p > 0 && self.cap(p - 1))
                || (!LEXICON.is_stop(low) && LEXICON.title(low).is_some());
            if !ok || LEXICON.is_stop(low) && !is_capitalized(w) {
                break;
            }
            from = p;
            steps += 1;
        }
        Some(from)
    }

    fn role(&self, r: Range<usize>) -> (String, Option<String>) {
        // "Former US President": a qualifier the capitalised run left out.
        let mut r = r;
        while r.start > 0
            && self.same_sentence(r.start - 1, r.start)
            && matches!(
                self.low(r.start - 1),
                "former" | "acting" | "interim" | "outgoing" | "incoming" | "then" | "late" | "deputy"
            )
        {
            r.start -= 1;
        }
        // "SEPT's director-general": a possessive whose owner the run left out (here a month's
        // abbreviation) opens no role.
        while r.start + 1 < r.end && matches!(self.word(r.start), "'s" | "’s" | "'" | "’") {
            r.start += 1;
        }
        let span = self.doc.span_of(r.clone());
        let code = r.clone().find_map(|i| self.country_code(i));
        (collapse(self.doc.slice(span)), code)
    }

    /// Builds the candidate(s) for one connector-validated group of capitalised tokens: the name's
    /// start, the titles before it, its roles, its end, the places in front of it; then whether it
    /// is an actor at all, the evidence for its kind, the doubts about it, and the rule that found it.
    fn analyse_group(&self, group: Range<usize>, out: &mut Vec<Candidate>) {
        // "Sen. Mitch McConnell, R-Ky.,": a party and a home state, no name; "(R-East Grand Forks)": a
        // party and a home town of any length in brackets.
        let bracketed = group.start > 0 && self.word(group.start - 1) == "(" && self.word(group.end) == ")";
        if (group.len() <= 2 || bracketed) && party_and_state(self.word(group.start)) {
            return;
        }
        let b = group.end;
        let Some(a) = self.opening(group) else {
            return;
        };
        let Some(titles) = self.titles(a, b, out) else {
            return;
        };
        let (name_start, roles) = self.roles(a, b, &titles, out);
        let Some((first, end)) = self.name_end(&titles, name_start, b) else {
            return;
        };
        let unstripped = first;
        let Some((first, mention_start, qualified_from)) =
            self.strip_places(first, end, name_start, &titles, out)
        else {
            return;
        };
        // "an honorary Doctor of Science": a title and "of" name a degree or an office, no person.
        if self.low(first) == "of" {
            return;
        }
        let has_title = titles.courtesy.is_some() || !roles.is_empty();
        if self.lone_letter(first..end, &titles) {
            return;
        }
        // "King Street", "King Edward Street": a monarch's title ([`ROYAL_TITLE_IN_PLACE`]).
        let monarch = titles.courtesy.is_none()
            && titles
                .role_end
                .is_some_and(|r| r > 0 && ROYAL_TITLES.contains(self.low(r - 1)));
        let titled = titles.courtesy.is_none() && !roles.is_empty();
        let end = self.person_before_place_head(monarch, titled, first, end);
        let Some(n) = self.name_facts(first..end, mention_start, qualified_from, has_title) else {
            return;
        };
        if !roles.is_empty() && self.place_qualifies_noun(&n, end) {
            return;
        }
        // "Manchester City": a club, though "City" heads places' names too, unless the whole is a place
        // ("New York City"; "Essex County" and "Derby County" cannot be told apart, so "County" and
        // "Town" stay places).
        let club = !has_title
            && n.last_word == "City"
            && !self.is_place(n.name.start)
            && self.club_of_place(unstripped..first, &n);
        if !club && self.not_an_actor(&n, out) {
            return;
        }
        // "King Street", "the Queen Hotel", "Prince Series" ([`ROYAL_TITLE_IN_PLACE`]).
        // Any title after "the" does so too ("the Executive Tower", "the Governor Hotel").
        let royal = monarch
            || titles.courtesy.is_none()
                && titles.role_end.is_some_and(|r| r > 1 && self.low(r - 2) == "the");
        if royal && n.text_words.len() == 1 && NOT_ACTOR_LAST.contains(n.last_word) {
            return;
        }
        // "Adria Yachting d.o.o.", "Tatra Stroj s.r.o.": a legal form in lower case with its periods
        // after the name.
        let lower_form = self.is_word(end) && companies::is_dotted_lower_form(self.word(end));
        let legal_form =
            n.text_words.len() > 1 && (companies::is_form(&n.last_word.replace('.', "")) || lower_form);
        let mut c = Candidate {
            span: self.doc.span_of(mention_start..end),
            name_span: self.doc.span_of(n.name.clone()),
            words: n.words.clone(),
            // "Chief Executive Officer, Nordkabel A/S,": a company's legal form ends the name, so the
            // role before it is another's, no title of the company.
            roles: if legal_form { Vec::new() } else { roles },
            ..Candidate::default()
        };
        self.weigh_evidence(&mut c, &n, &titles);
        // "Cerámicas Azahar S.L.", "Vell Tarsby Srl": a legal form makes a company, whatever given name
        // opens the name ([`COMPANY_FORM`](companies::COMPANY_FORM)).
        if legal_form {
            c.org += 4;
        }
        // "the Government" alone counts only where it joins the government the article names.
        if n.words.len() == 1 && institution_noun(n.first_word) {
            c.doubtful = true;
            c.org += 3;
        }
        let noun_first = !has_title && c.person <= 0 && c.org <= 0 && noun_first(&n);
        let team = !has_title && self.as_team(&mut c, &n, unstripped..first, end);
        self.doubts(&mut c, &n);
        if noun_first {
            c.doubtful = true;
        }
        self.name_rule_of(&mut c, &n, &titles, end, team);
        if legal_form && (c.rule == CAPITALISED_NAME.name || c.rule == FULL_PERSONAL_NAME.name) {
            c.rule = companies::COMPANY_FORM.name;
        }
        out.push(c);
    }

    /// A letter alone is no name, unless a courtesy title makes it one ("Mrs. G", "Ms. A").
    fn lone_letter(&self, name: Range<usize>, titles: &Titles) -> bool {
        let first = name.start;
        let mut words = name.filter(|&i| self.is_word(i));
        let letter = match (words.next(), words.next()) {
            (Some(w), None) => self.word(w).chars().count() < 2,
            _ => false,
        };
        letter && (titles.courtesy.is_none() || self.word(first) == "I")
    }

    /// "The EU's envoy, Slovak foreign ministry official Matej Hollý,": a nationality or a place
    /// before a noun in lower case qualifies the noun; the role before it names no one there.
    /// A verb's base form is a noun there ("the official Belarusian state flag", "a major European
    /// state was"), as no person's name after a role is followed by it.
    fn place_qualifies_noun(&self, n: &NameFacts, end: usize) -> bool {
        let base_noun = || {
            self.is_word(end)
                && self.word(end).starts_with(|c: char| c.is_ascii_lowercase())
                && quotes::verb_lemma(self.low(end)) == Some(self.low(end))
        };
        n.text_words.len() == 1
            // A continent's adjective is a place's too: "No other major European state".
            && LEXICON.place(n.first_word).is_some()
            && (adjective_before_noun(self.doc, self.lower, end) || base_noun())
    }

    /// A team or a club named by its town or its word: an organisation, no person; "Manchester
    /// United": the town is part of the club's name.
    fn as_team(&self, c: &mut Candidate, n: &NameFacts, town: Range<usize>, end: usize) -> bool {
        let team = self.team_of_place(town.clone(), n) || self.club_by_word(n);
        if team {
            c.person = 0;
            c.given = false;
            c.org = c.org.max(3);
        }
        if team && self.club_of_place(town.clone(), n) {
            c.span = self.doc.span_of(town.start..end);
            c.name_span = c.span;
            c.words = (town.start..end)
                .filter(|&i| self.is_word(i))
                .map(|i| self.low(i).to_string())
                .collect();
        }
        team
    }

    /// The rule that found the candidate: its strongest evidence ([`name_rule`]), after the apposition
    /// that may add a role ("Tom Berg, a lawyer,"), unless a special reading names it better (a surname
    /// as a place's head, a team, a chamber, a quoted nickname, a body that speaks after "which" or in
    /// an apposition).
    fn name_rule_of(&self, c: &mut Candidate, n: &NameFacts, titles: &Titles, end: usize, team: bool) {
        let titled = !c.roles.is_empty();
        let roles_before = c.roles.len();
        let mut org_apposition = self.apposition(end, c);
        if self.body_apposed_before(n.mention_start, end) && c.roles.is_empty() {
            c.org += 3;
            org_apposition = true;
        }
        if self.called_after_person(n.mention_start) {
            c.outweigh_as_person(2);
        }
        let called_body = c.roles.is_empty() && self.called_after_body(n.mention_start);
        // "the House Democratic leadership": a chamber's word and a party's adjective name the party's
        // members in that chamber.
        if called_body || caucus_adjective(&n.text_words) {
            c.org = c.org.max(c.person) + 2;
        }
        let surname_head = NOT_ACTOR_LAST.contains(n.last_word) && self.surname_as_head(n);
        c.rule = name_rule(&NameEvidence {
            courtesy: titles.courtesy.is_some(),
            titled,
            appositive: c.roles.len() > roles_before,
            known: n.known,
            acronym: c.all_caps,
            org_word: self.has_org_word(n.name.clone())
                || self.association(n.name.clone())
                || n.text_words.len() > 1 && country_branch(n.last_word),
            given: n.given.is_some(),
            words: n.text_words.len(),
            employer: self.employer(n, titles.courtesy.is_some()),
            employer_before: self.employer_before(n, titles.courtesy.is_some(), c.roles.is_empty()),
            body_noun_before: self.body_noun_before(
                n.mention_start,
                titles.courtesy.is_some(),
                c.roles.is_empty(),
            ),
            body_noun_after: self.body_noun_after(n, titles.courtesy.is_some(), c.roles.is_empty()),
            affiliation: self.affiliation_context(n.mention_start),
            regnal: n.regnal,
            leader: self.body_after(n, c.all_caps) == Some(BodyAfter::Led),
        });
        if caucus(&n.text_words) || caucus_adjective(&n.text_words) {
            c.rule = PARTY_MEMBERS.name;
        } else if surname_head {
            c.rule = SURNAME_AS_PLACE_HEAD.name;
        } else if team {
            c.rule = TEAM_OF_PLACE.name;
        } else if self.chamber(n.name.clone()) {
            c.rule = LEGISLATIVE_CHAMBER.name;
        } else if n
            .name
            .clone()
            .any(|k| self.quoted_nickname(n.name.start, k).is_some())
        {
            c.rule = QUOTED_NICKNAME.name;
        } else if c.rule == CAPITALISED_WORD.name
            && self.initial(n.mention_start)
            && self.speaks_after_which(end)
        {
            c.rule = ORGANISATION_WHICH_SPEAKS.name;
        } else if org_apposition
            && (c.rule == CAPITALISED_WORD.name
                || c.rule == CAPITALISED_NAME.name
                || c.rule == FULL_PERSONAL_NAME.name && c.org > c.person)
        {
            c.rule = ORGANISATION_IN_APPOSITION.name;
        } else if called_body && c.org > c.person {
            c.rule = ORGANISATION_CALLED.name;
        } else if (c.rule == CAPITALISED_WORD.name || c.rule == CAPITALISED_NAME.name) && c.listed_body {
            c.rule = ORGANISATION_IN_LIST.name;
        } else if c.org > c.person
            && titles.courtesy.is_none()
            && self.publication_after_the(n.mention_start, end)
        {
            c.rule = PUBLICATION_AFTER_THE.name;
        }
    }

    /// Whether the name at token `start` follows "called" or "named" after a common noun in the singular,
    /// with a determiner before it, that is no noun for a person, a relative, a role, a body, a firm or a
    /// place: "a self-fertile variety called Canyon Star", "a project called FrameNet", "a drink called
    /// Vellmar" name a thing ([`THING_CALLED`]); not "a nurse named Florence", "a
    /// company called Orbix", "Flight attendants called Clinton".
    fn called_after_thing(&self, start: usize) -> bool {
        let Some(noun) = self.noun_before_called(start) else {
            return false;
        };
        // "a rack-scale system called Marlin Tide", "The lander, called Selene Pathfinder,": a noun for
        // a product or a thing too.
        let thing = (things::common_noun(noun) || thing_noun(noun) || things::product_noun(noun))
            && !plural_form(noun)
            && !PERSON_NOUNS.contains(noun)
            && !things::kinship_word(noun)
            && LEXICON.title(noun).is_none()
            && !LEXICON.is_org_noun(noun)
            && !firm_noun(noun)
            && !things::place_noun(noun);
        let determined = (start.saturating_sub(7)..start - 2).any(|k| {
            self.same_sentence(k, start)
                && matches!(
                    self.low(k),
                    "a" | "an" | "the" | "this" | "its" | "his" | "her" | "their" | "our" | "my" | "another"
                )
        });
        thing && determined
    }

    /// The word before "called", "named", "dubbed", "code-named" or "nicknamed" right before the name at
    /// token `start`, in the same sentence: "a retired engineer called Zsolt" → "engineer".
    /// Also across a comma ("The plan, called Georgia Pathways") and before "calling itself" ("a group
    /// calling itself Sudbury Against").
    fn noun_before_called(&self, start: usize) -> Option<&str> {
        let verb = match self.low(start.checked_sub(1)?) {
            "called" | "named" | "dubbed" | "code-named" | "codenamed" | "nicknamed" => start - 1,
            "itself" if start >= 2 && matches!(self.low(start - 2), "calling" | "calls") => start - 2,
            _ => return None,
        };
        let noun = verb.checked_sub(1 + usize::from(verb >= 2 && self.word(verb - 1) == ","))?;
        (self.is_word(noun) && self.same_sentence(noun, start)).then(|| self.low(noun))
    }

    /// Whether the name at token `start` follows a noun for an organisation in the singular and
    /// "called", "named" or "calling itself": "an informal group called Save Alexandria", "a firm named
    /// Orbix" ([`ORGANISATION_CALLED`]).
    fn called_after_body(&self, start: usize) -> bool {
        self.noun_before_called(start)
            .is_some_and(|noun| !plural_form(noun) && (LEXICON.is_org_noun(noun) || firm_noun(noun)))
    }

    /// Whether the name at token `start` follows a noun for a person and "called" or "named": "a retired
    /// engineer called Zsolt", "a nurse named Florence", "his cousin called Imre" ([`PERSON_NOUNS`], role
    /// titles, relatives): the name is the person's.
    fn called_after_person(&self, start: usize) -> bool {
        // "who gave only her surname, Wu,", "who gave her first name as Ana": a name given as a
        // person's surname or given name is a person's.
        let noun = match start.checked_sub(1).map(|k| self.low(k)) {
            Some("," | "as") if start >= 2 => start - 2,
            _ => start.wrapping_sub(1),
        };
        let personal_name = noun < start
            && self.same_sentence(noun, start)
            && (self.low(noun) == "surname"
                || self.low(noun) == "name"
                    && noun > 0
                    && matches!(
                        self.low(noun - 1),
                        "first" | "last" | "given" | "family" | "maiden"
                    ));
        if personal_name {
            return true;
        }
        self.noun_before_called(start).is_some_and(|noun| {
            PERSON_NOUNS.contains(noun)
                || things::kinship_word(noun)
                || LEXICON
                    .title(noun)
                    .is_some_and(|(kind, _)| kind == TitleKind::Role)
        })
    }

    /// Where the name of a group starts: after sentence-initial function words and common words,
    /// articles and months; `None` when nothing is left or the group is part of an adjective
    /// ("Cold War-era").
    fn opening(&self, group: Range<usize>) -> Option<usize> {
        let (mut a, b) = (group.start, group.end);
        // "His Honour Judge Alastair Vell", "her Excellency Ambassador Ruiz": a possessive and an
        // honorific before a title or a name are no words of it.
        let possessive = |k: usize| things::possessed(self.low(k));
        let honorific = |k: usize| super::address::HONORIFICS.contains(self.low(k));
        if b - a > 2 && possessive(a) && honorific(a + 1) {
            a += 2;
        } else if a > 0 && b - a > 1 && possessive(a - 1) && honorific(a) {
            a += 1;
        }
        // Sentence-initial function words, lower-case words, articles, months.
        while a < b {
            let l = self.low(a);
            let surname = self.month_as_surname(a);
            // "Jan Kowal, 71,": a month's name that is a given name before a surname.
            let month_given = || LEXICON.is_month(l) && self.month_as_given_name(a, b);
            let drop =
                self.initial(a) && !is_all_caps(self.word(a)) && self.initial_word_dropped(a, b, surname);
            // "25 °C. Move the bin": a letter glued to a degree sign is the scale, no initial.
            let scale = a > 0 && self.word(a - 1).ends_with('°') && !self.doc.tokens[a].space_before;
            let skip = drop
                || scale
                || matches!(l, "the" | "a" | "an")
                // "Jan van Eyck": a month's abbreviation before a surname's particle is a given name.
                || LEXICON.is_month(l)
                    && !self.after_given(a)
                    && !surname
                    && !PARTICLES.contains(self.word(a + 1))
                    && !month_given()
                || !self.cap(a) && !self.prefixed(a) && !self.adjective_opening_body(a);
            if !skip {
                break;
            }
            a += 1;
        }
        // "From Our Legal Correspondent", "By Our Staff Reporter": a capitalised "Our" inside a line
        // opens no name.
        if b - a > 1 && self.word(a) == "Our" && !self.initial(a) {
            a += 1;
        }
        if a >= b {
            return None;
        }
        // "Cold War-era": part of an adjective compound.
        if self.word(b).contains(is_hyphen) && !self.cap(b) && is_capitalized(self.word(b)) {
            return None;
        }
        // "Urgent US-Russia talks": an unknown sentence-initial word before places; not an acronym before
        // a place in ordinary capitals, which names a body's branch there ("RSPB Scotland said"), nor a
        // field's noun, which names the national body of that field ("Health Canada said").
        let branch = is_all_caps(self.word(a)) && !is_all_caps(self.word(a + 1));
        if self.initial(a)
            && b - a > 1
            && (a + 1..b).all(|i| self.is_place(i))
            && LEXICON.given(self.word(a)).is_none()
            && !self.cap_seen.contains(self.low(a))
            && !branch
            && !NATIONAL_BODY_FIELDS.contains(self.word(a))
        {
            a += 1;
        }
        Some(a)
    }

    /// Whether the word at `a`, opening its sentence before the rest of a group up to `b`, is no word
    /// of the name: a function word, a word the article writes in lower case, an adverb, a participle
    /// before a place, an imperative or an instruction's verb, or a noun for a person or a modifier
    /// before a name; not an ordinal or a region's adjective opening a company's name, a place's first
    /// word, a body's field or its organisation word (`surname`: a month's name used as a surname).
    fn initial_word_dropped(&self, a: usize, b: usize, surname: bool) -> bool {
        let w = self.word(a);
        let l = self.low(a);
        let known = LEXICON.given(w).is_some()
            || LEXICON.org(w).is_some()
            || LEXICON.title(l).is_some()
            || self.cap_seen.contains(l);
        // "First Fidelity Bancorporation said", "MIAMI -- Eastern Airlines' pilots": an ordinal or a
        // region's adjective that opens a company's name stays.
        let company = b - a > 1
            && (crate::analysis::timex::ordinal_of(l).is_some() || l.ends_with("ern"))
            && self.cap(a + 1)
            && (a + 1..=b).any(|k| LEXICON.is_org_word(self.word(k)) || companies::is_form(self.word(k)));
        // "North Carolina passed its law": a place's name of several words keeps its first word.
        let place_start = || b - a > 1 && self.cap(a + 1) && self.place_len(a, b) > 1;
        // "Labor Department figures showed ...": a word before a lone organisation word is the
        // body's field, which the article may write in lower case too ("labor costs").
        let field = b - a == 2
            && LEXICON.is_org_word(self.word(a + 1))
            && (PORTFOLIOS.contains(w) || things::common_noun(l));
        // "Bank Al-Maghrib said", beside "the central bank": an organisation word that opens a
        // sentence before a name of no other such word, no title, no given name and no word the
        // article writes in lower case heads it; not one in the plural ("Markets Stocks:").
        // No organisation word after the first: "Volunteer Fire Department", "Bank Vellmar Trust".
        let no_org_word_after = || !(a + 1..b).any(|k| LEXICON.is_org_word(self.word(k)));
        let body_head = || {
            b - a > 1
                && LEXICON.is_org_word(w)
                && !l.ends_with('s')
                && self.cap(a + 1)
                && LEXICON.given(self.word(a + 1)).is_none()
                && LEXICON.title(self.low(a + 1)).is_none()
                && !self.lower_seen.contains(self.low(a + 1))
                && no_org_word_after()
        };
        // "Jan Kowal, 71,": a month's name that is a given name before a surname.
        let month_given = || LEXICON.is_month(l) && self.month_as_given_name(a, b);
        (LEXICON.is_stop(l)
                && LEXICON.title(l).is_none()
                && !company
                && !surname
                && !place_start()
                && !month_given())
                || (!known
                    && !field
                    && !body_head()
                    && (self.lower_seen.contains(l) || (l.ends_with("ly") && l.len() > 4)))
                // "Joining New Mexico were ...", "Leaving Tarsby, the convoy ...": a participle
                // before a known place is no word of a name.
                // So is one before a word that starts places' names ("Climbing Mount Rausu").
                || (!known
                    && l.ends_with("ing")
                    && b - a > 1
                    && (!self.cap(a + 1)
                        || (self.place_len(a + 1, b) > 0 || NOT_ACTOR_FIRST.contains(self.word(a + 1)))
                            && !self.is_place(a)))
                || (!known && b - a > 1 && imperative(l))
                // "Press Windows + I", "Choose Create": an instruction's verb before what it acts on.
                || (!known && b - a > 1 && things::interface_verb_at(self.doc, self.lower, a))
                // "Passenger Siti Rahmawati described ...": a noun for a person before two or more
                // capitalised words with no organisation word describes the person they name (not
                // "Volunteer Fire Department").
                // "Volunteers Eddie Szymanski and ...": so is one in the plural.
                || (!known
                    && b - a > 2
                    && (PERSON_NOUNS.contains(l) || l.strip_suffix('s').is_some_and(|one| PERSON_NOUNS.contains(one)))
                    && no_org_word_after())
                || (!known && b - a > 1 && OPENING_MODIFIERS.contains(l))
    }

    /// The titles of a group starting at `a`: the last role title followed by a name splits role from
    /// name; a courtesy title stays with the name. `None` when the group is a role with no name.
    fn titles(&self, a: usize, b: usize, out: &mut Vec<Candidate>) -> Option<Titles> {
        // "HMS Queen Elizabeth", "the MV Lady of Consolacion": a ship's name holds no titles.
        if b > a + 1 && SHIP_PREFIXES.contains(self.word(a)) {
            return Some(Titles::default());
        }
        // Titles: the last role title followed by a name splits role from name.
        let (name_from, org_from) = (self.name_from(a..b), self.org_word_from(a..b));
        let (mut pos, mut role_end, mut title_gender) = (a, None, Gender::Unknown);
        let mut courtesy: Option<(usize, Gender)> = None;
        while pos < b {
            // "Harold "Duke" Ames": a nickname in quotation marks is no title, whatever its word.
            if let Some(surname) = (pos > a).then(|| self.quoted_nickname(a, pos - 1)).flatten() {
                pos = surname;
                continue;
            }
            match self.title_at(pos, b) {
                // "the Office of the High Commissioner for Human Rights", "the Office of the President of
                // Vellmark": a role after an organisation word and "of the" names the body's office, a
                // word of its name.
                Some((len, TitleKind::Role, _))
                    if pos >= a + 3
                        && self.word(pos - 1) == "the"
                        && self.word(pos - 2) == "of"
                        && LEXICON.is_org_word(self.word(pos - 3)) =>
                {
                    pos += len;
                }
                Some((len, TitleKind::Role, g))
                    if matches!(self.word(pos + len), "of" | "for") && pos + len < b =>
                {
                    let sp = self.name_after_portfolio(pos + len + 1, b, out)?;
                    role_end = Some(sp);
                    title_gender = g;
                    if let Some((_, TitleKind::Courtesy, cg)) = self.title_at(sp, b) {
                        courtesy = Some((sp, cg));
                    }
                    break;
                }
                // "Martin Luther King Jr.": a title word before nothing but a name's suffix is the
                // surname.
                Some((len, _, _))
                    if pos + len < b
                        && (pos + len..b).all(|i| !self.is_word(i) || SUFFIXES.contains(self.low(i))) =>
                {
                    pos += len;
                }
                // "the Fiscalía General de la Nación", "the Procuraduría General", "the Universidad Mayor de
                // San Andrés": "General" or "Mayor" after a body's word is an adjective of its name, as
                // Spanish and Portuguese place it, no title.
                Some((1, _, _))
                    if pos > a
                        && matches!(self.low(pos), "general" | "mayor")
                        && LEXICON.is_org_word(self.word(pos - 1)) =>
                {
                    pos += 1;
                }
                // "Osmania General Hospital", "the Belgrade General Hospital": a title inside a name,
                // before the one word that heads it as a place's or a thing's, is a word of that name.
                Some((len, _, _))
                    if pos > a
                        && pos + len + 1 == b
                        && LEXICON.org(self.word(pos - 1)).is_none()
                        && NOT_ACTOR_LAST.contains(self.word(pos + len)) =>
                {
                    pos += len;
                }
                Some((len, kind, g))
                    if pos + len < b
                        && name_from[pos + len - a]
                        && !org_from[pos + len - a]
                        && !self.body_or_thing_headed(pos + len, b) =>
                {
                    // "former Miss Universe Alicia Machado": a beauty title, a role; alone it names no one.
                    if self.pageant_title(pos) {
                        if pos + 2 >= b {
                            return None;
                        }
                        role_end = Some(pos + 2);
                        title_gender = g;
                        pos += 2;
                        continue;
                    }
                    if kind == TitleKind::Courtesy {
                        courtesy = Some((pos, g));
                        break;
                    }
                    role_end = Some(pos + len);
                    title_gender = g;
                    pos += len;
                }
                _ => pos += 1,
            }
        }
        Some(Titles {
            role_end,
            courtesy,
            gender: title_gender,
        })
    }

    /// Where the name starts after a role, "of" or "for" and what the role is of, from token `k` (after
    /// "of") to `b`, with the organisation inside the role found ([`Scan::org_in_role`]); none when no
    /// name follows ("Vice Chairman of Chrysler").
    fn name_after_portfolio(&self, k: usize, b: usize, out: &mut Vec<Candidate>) -> Option<usize> {
        let k = if self.word(k) == "the" { k + 1 } else { k };
        // "Minister of Education Stefania Giannini": the name starts at a given name or a courtesy
        // title; "Chief Justice of India A.N. Bhargava": or at initials.
        let given = (k + 1..b).find(|&i| {
            self.cap(i)
                && (LEXICON.given(self.word(i)).is_some()
                    || initials(self.word(i))
                    || self
                        .title_at(i, b)
                        .is_some_and(|(_, kind, _)| kind == TitleKind::Courtesy))
        });
        // "Minister of Agriculture Armands Vītols": or right after the portfolios.
        let split = match (given, self.portfolios_end(k, b)) {
            (Some(g), Some(p)) => Some(g.min(p)),
            (g, p) => g.or(p),
        };
        self.org_in_role(k..split.unwrap_or(b), out);
        split
    }

    /// Whether the words from token `a` to `b` are short acronyms, none a given name: "the rail manager
    /// PKP PLK" names the firm the noun before it describes, no person who holds a role.
    fn acronyms(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| {
            !self.is_word(k)
                || is_all_caps(self.word(k))
                    && (2..=4).contains(&self.word(k).chars().count())
                    && LEXICON.given_in_capitals(self.word(k)).is_none()
        }) && (a..b).any(|k| self.is_word(k))
    }

    /// Where the name starts, and the roles: from the titles before it, or a role just before the group.
    fn roles(
        &self,
        a: usize,
        b: usize,
        titles: &Titles,
        out: &mut Vec<Candidate>,
    ) -> (usize, Vec<(String, Option<String>)>) {
        let (courtesy, role_end) = (titles.courtesy, titles.role_end);
        let name_start = match (courtesy, role_end) {
            (Some((c, _)), _) => c,
            (None, Some(r)) => r,
            (None, None) => a,
        };
        let mut roles = Vec::new();
        if let Some(r) = role_end {
            let role_from = a;
            let role_to = courtesy.map_or(r, |(c, _)| c.max(r));
            if role_from < role_to {
                roles.push(self.role(role_from..role_to));
                // An organisation named in the role: "Apple" in "Apple CEO Steve Jobs".
                self.org_in_role(role_from..role_to, out);
            }
        } else if let Some(from) = self.role_before(a).filter(|_| {
            !self.qualifies_noun(a, b) && !self.body_or_thing_headed(a, b) && !self.acronyms(a, b)
        }) {
            roles.push(self.role(from..a));
        } else if a >= 2
            && self.word(a - 1) == ","
            && !(self.is_place(a) && self.possessive_place(a))
            && !self.place_after_role(a, b)
        {
            // Not a place's possessive: "the secretary of state, Florida's chief elections officer";
            // nor a place's name: "(Emergency Management Director, Pottawatomie County)".
            // Nor a title right after "of", a body's field: "the Royal Courts of Justice, Strand, London"
            // (not "the brainchild of Ford's Chief Executive Officer, William Clay Ford Jr.").
            if let Some(from) = self.role_before(a - 1) {
                let field =
                    from > 0 && self.word(from - 1) == "of" && LEXICON.title(self.low(from)).is_some();
                if from < a - 1 && !field {
                    roles.push(self.role(from..a - 1));
                }
            }
        }
        (name_start, roles)
    }

    /// Whether token `k` is "No" abbreviating "number" before its period and a number: "No. 8".
    fn numbered(&self, k: usize) -> bool {
        self.word(k) == "No"
            && self.word(k + 1) == "."
            && self
                .doc
                .tokens
                .get(k + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// The tokens of the name proper (without courtesy title, final period, month, function word or
    /// role title; a month's abbreviation after a particle stays: "Viña del Mar"); `None` when only a
    /// title is left ("the Prime Minister").
    fn name_end(&self, titles: &Titles, name_start: usize, b: usize) -> Option<(usize, usize)> {
        let courtesy = titles.courtesy;
        // The name proper.
        let first = courtesy.map_or(name_start, |(c, _)| {
            let (len, _, _) = self
                .title_at(c, b)
                .unwrap_or((1, TitleKind::Courtesy, Gender::Unknown));
            c + len
        });
        let mut end = b;
        while end > first
            && (self.word(end - 1) == "." && !self.name_period_keeps(end - 1)
                || LEXICON.is_month(self.low(end - 1))
                    && end - first > 1
                    && !self.after_given(end - 1)
                    && !PARTICLES.contains(self.word(end - 2)))
        {
            end -= 1;
        }
        // A name does not end with a function word ("Regina Ip In the ...").
        while end > first + 1 && {
            let w = self.word(end - 1);
            self.is_word(end - 1)
                && !is_all_caps(w)
                && matches!(
                    lower(w).as_str(),
                    "in" | "on"
                        | "at"
                        | "the"
                        | "a"
                        | "an"
                        | "of"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "as"
                        | "but"
                        | "and"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "if"
                )
        } {
            end -= 1;
        }
        // "Felco No. 2", "the Seto Maru No. 8": "No." and a number after a name number a model or a ship;
        // the abbreviation is no word of the name.
        if end > first + 1 && self.numbered(end - 1) {
            end -= 1;
        }
        // "State Department Spokesperson": an organisation's name, then a role title; but not a word of a
        // name that an acronym in brackets spells ("the Health Service Executive (HSE)").
        if end > first + 1 && !self.cap(end) && !self.spelled_in_brackets(first, end) {
            if let Some(len) = (1..=LEXICON.title_words.min(end - first)).rev().find(|&len| {
                let words: Vec<String> = (end - len..end).map(|i| self.low(i).to_string()).collect();
                matches!(LEXICON.title(&words.join(" ")), Some((TitleKind::Role, _)))
            }) {
                if len == end - first {
                    // A title alone: "the Prime Minister".
                    return None;
                }
                // "Carole King", "John Major": one title word right after a given name (not a place's:
                // "Virginia Governor") is a surname.
                let surname = len == 1
                    && end - first == 2
                    && LEXICON.given(self.word(first)).is_some()
                    && !self.is_place(first);
                // "the Ministry of Justice", "the Court of Justice": a title word after "of" is the
                // body's field, no role after its name; so is a role after "of the" and capitalised
                // words ("the Office of the Prime Minister", "the Office of the U.S. Trade
                // Representative").
                let of_the = (first..end - len).any(|p| {
                    self.word(p) == "of"
                        && self.word(p + 1) == "the"
                        && (p + 2..end - len).all(|k| self.cap(k) || self.word(k) == ".")
                });
                // "the Alliance for Justice": so is one after "for" and an organisation word.
                let for_body = self.word(end - len - 1) == "for" && self.has_org_word(first..end - len - 1);
                let field = self.word(end - len - 1) == "of" || of_the || for_body;
                if !surname && !field {
                    end -= len;
                }
            }
        }
        Some((first, end))
    }

    /// Whether the words of `r` are the first words of an organisation's name found shortly before ("A
    /// Texas Air spokesman" after "Texas Air Corp.", "Pacific Crest said" after "Pacific Crest Health
    /// Systems"): the place that opens them is part of the name. Looks back over a bounded number of
    /// candidates.
    fn begins_named_body(&self, r: Range<usize>, out: &[Candidate]) -> bool {
        let words = || r.clone().filter(|&i| self.is_word(i)).map(|i| self.low(i));
        let (first, n) = (self.low(r.start), words().count());
        out.iter().rev().take(BODY_LOOKBACK).any(|c| {
            c.org > 0
                && c.words.len() > n
                && c.words[0] == first
                && c.words.iter().zip(words()).all(|(a, b)| a == b)
        })
    }

    /// The name without leading place or nationality words, unless it is an organisation's: (first
    /// token, start of the mention, start before a country abbreviation that qualifies it).
    fn strip_places(
        &self,
        first: usize,
        end: usize,
        name_start: usize,
        titles: &Titles,
        out: &[Candidate],
    ) -> Option<(usize, usize, Option<usize>)> {
        let courtesy = titles.courtesy;
        let mut first = first;
        let mut mention_start = name_start;
        // Where the name started before a country abbreviation was cut off ("the | U.S. | Court of ...").
        let mut qualified_from = None;
        // Leading nationality or place words, unless the name is an organisation's ("Rio Tinto" is a
        // known one; a seat of power such as "the White House" acts as its state, see `states.rs`).
        let known = || {
            let full = collapse(self.doc.slice(self.doc.span_of(first..end)));
            LEXICON.org(&full).is_some() && !countries::is_seat_of_power(&full)
        };
        let strips = || self.place_len(first, end) > 0;
        // "the container vessel Pacific Harmony": a vehicle's or a product's name keeps its place word.
        let product = || things::product_noun_before(self.doc, self.lower, first);
        // "New Hampshire Taxpayers First (NHTF)": an acronym in brackets that spells the whole keeps the
        // place in the name.
        if !self.has_org_word(first..end)
            && courtesy.is_none()
            && !product()
            && !(strips() && (known() || self.begins_named_body(first..end, out)))
            && !(strips() && self.spelled_in_brackets(first, end))
        {
            while first < end && end - first > 1 {
                let len = self.place_len(first, end);
                // "Christian Lindqvist", "Jordan Peterson": a given name, not a place; but "the Dallas
                // Cowboys" is a town's team.
                let team = first > 0 && self.low(first - 1) == "the" && {
                    let last = self.word(end - 1);
                    last.ends_with('s') && !last.ends_with("ss")
                };
                // "the Finn Eero Lahtinen": after "the", a nationality that is a given name too stands
                // before a full name of two words or more.
                let nationality_noun = first > 0
                    && self.low(first - 1) == "the"
                    && end - first >= 3
                    && self.cap(first + 1)
                    && self.cap(first + 2);
                let given_name = len == 1
                    && LEXICON.given(self.word(first)).is_some()
                    && self.cap(first + 1)
                    && !team
                    && !nationality_noun;
                // "Brighton & Hove Albion": a place joined to the rest by "&" is part of the name.
                if len == 0 || first + len >= end || given_name || self.word(first + len) == "&" {
                    break;
                }
                first += len;
                mention_start = first;
            }
        } else if courtesy.is_none() {
            // "the U.S. Environmental Protection Agency": a country's abbreviation before a full official
            // name of three or more words qualifies it; shorter names keep it ("US Treasury Department").
            let len = self.place_len(first, end);
            let abbreviation = len > 0
                && (first..first + len).all(|i| !self.is_word(i) || is_all_caps(self.word(i)))
                && self.word(first).chars().filter(|c| c.is_alphabetic()).count() <= 3;
            let rest = (first + len..end).filter(|&i| self.is_word(i)).count();
            if abbreviation && rest >= 3 && self.has_org_word(first + len..end) {
                qualified_from = Some(mention_start);
                first += len;
                mention_start = first;
            }
        }
        if first >= end {
            return None;
        }
        Some((first, mention_start, qualified_from))
    }

    /// Whether the words `right` after "and" are a company's trades before its legal form, no word of
    /// them a name's, which go on the name `left` of a body before "and": "the Daito Trust and Banking
    /// Co." ([`ORGANISATION_WORD`]; not "Chrysler and Ford Motor Co.").
    fn trades_after_and(&self, left: Range<usize>, right: Range<usize>) -> bool {
        let trade = |k: usize| {
            let l = self.low(k);
            things::common_noun(l) || l.ends_with("ing") && l.len() > 5 || LEXICON.is_org_word(self.word(k))
        };
        let form = (right.start + 1..right.end).rev().find(|&k| self.is_word(k));
        self.has_org_word(left)
            && form.is_some_and(|f| {
                companies::is_form(self.word(f).trim_end_matches('.')) && (right.start..f).all(trade)
            })
    }

    /// Where the name of a titled person ends before the head of a place's name after it, `end`
    /// otherwise: a monarch's given name before any such head ("King Edward Street", "Queen Elizabeth
    /// Hospital"; [`ROYAL_TITLE_IN_PLACE`]), or, after another role (`titled`), a surname that is no
    /// given name before the head of a street's or a building's name ("Governor Nicholls Street",
    /// "President Vargas Avenue"; [`TITLED_PERSON_IN_PLACE`]), not "Mayor Ann Hall" nor a name that
    /// speaks ("Senator Vell Park said"), name the place after the person, who stays without the head.
    fn person_before_place_head(&self, monarch: bool, titled: bool, first: usize, end: usize) -> usize {
        if end != first + 2 {
            return end;
        }
        let given = LEXICON.given(self.word(first)).is_some();
        let head = self.word(first + 1);
        let royal = monarch && given && NOT_ACTOR_LAST.contains(head);
        let named = titled
            && !given
            && TITLED_PLACE_HEADS.contains(head)
            && !self.is_place(first)
            && !self.has_org_word(first..end)
            && !self.speaks_at(first, end);
        if royal || named {
            first + 1
        } else {
            end
        }
    }

    /// The words of the name in `name` and what the word lists say about them.
    fn name_facts(
        &self,
        name: Range<usize>,
        mention_start: usize,
        qualified_from: Option<usize>,
        has_title: bool,
    ) -> Option<NameFacts<'_>> {
        let (first, end) = (name.start, name.end);
        let name = first..end;
        let words: Vec<String> = name
            .clone()
            .filter(|&i| self.is_word(i) && !matches!(self.word(i), "'s" | "’s"))
            .map(|i| without_honorific(self.low(i)).to_string())
            .filter(|w| !SUFFIXES.contains(w.as_str()))
            .collect();
        if words.is_empty() {
            return None;
        }
        let text_words: Vec<&str> = name
            .clone()
            .filter(|&i| self.is_word(i))
            .map(|i| self.word(i))
            .collect();
        let first_word = text_words[0];
        let last_word = text_words[text_words.len() - 1];
        let full = collapse(self.doc.slice(self.doc.span_of(name.clone())));
        let known = known_kind(&full);
        // "ELAINE McCORMICK, host:": a given name in capitals before a surname in capitals after "Mc" or
        // "Mac" (whose small letter keeps the name from being all in capitals) is a given name too.
        let given_in_capitals = || {
            let prefixed_caps = |w: &str| {
                w.strip_prefix("Mc")
                    .or_else(|| w.strip_prefix("Mac"))
                    .is_some_and(|rest| rest.chars().count() >= 2 && is_all_caps(rest))
            };
            text_words.len() >= 2
                && is_all_caps(first_word)
                && text_words[1..].iter().any(|w| prefixed_caps(w))
        };
        let given = LEXICON
            .given(first_word)
            .or_else(|| {
                LEXICON
                    .given_in_capitals(first_word)
                    .filter(|_| given_in_capitals())
            })
            // "the State Art Collections": a plural noun of an act or a state ends no person's name.
            .filter(|_| text_words.len() < 2 || !abstract_plural(last_word))
            // "West African ECOMOG peacekeepers": a compass word before a place's or a people's word
            // makes one name or adjective with it, no given name.
            .filter(|_| {
                !(text_words.len() >= 2
                    && things::direction_word(&words[0])
                    && LEXICON.place(text_words[1]).is_some())
            });
        // Not a letter of a code joined by slashes ("Thomson Reuters I/B/E/S") nor one glued to the word
        // or sign before it ("CD&V").
        let regnal = text_words.len() > 1
            && things::head_before_numeral(&text_words).is_some()
            && self.word(end) != "/"
            && name
                .clone()
                .rev()
                .find(|&i| self.is_word(i))
                .is_some_and(|i| self.doc.tokens[i].space_before);
        Some(NameFacts {
            name,
            mention_start,
            qualified_from,
            words,
            text_words,
            first_word,
            last_word,
            full,
            known,
            given,
            has_title,
            regnal,
        })
    }

    /// Places, months, things, products, single common words, quoted terms and bare titles are not
    /// actors (a person a place is named after may still be one).
    fn not_an_actor(&self, n: &NameFacts, out: &mut Vec<Candidate>) -> bool {
        let NameFacts {
            ref full,
            first_word,
            known,
            has_title,
            ..
        } = *n;
        // Not actors: places, months, things.
        if LEXICON.not_actor(full) || LEXICON.not_actor(first_word) || self.no_name(n) {
            return true;
        }
        if self.compass_or_adjective(n)
            || self.law_title(n)
            || self.event_by_number(n)
            || self.seat_or_portfolio(n)
            || self.product_or_currency(n)
        {
            return true;
        }
        // "Florence said" after "Lena Florence": the person's surname, not the city.
        let surname = n.words.len() == 1 && self.person_surname(n.mention_start, first_word);
        // "Spain's flag carrier Iberia", "the club Barcelona": a noun for a body before a place's name
        // makes it the body's.
        let body = self.body_noun_before(n.mention_start, false, true);
        if known.is_none() && !has_title && !surname {
            return self.place_or_thing_name(n, body, out)
                || self.common_single_word(n)
                || self.portfolios_after_head(n.name.clone())
                || self.party_member_described(n.name.clone())
                || self.document_apposition(n.name.end)
                || self.document_of_before(n.mention_start)
                || self.observance(n.name.clone())
                || things::lettered_label(self.doc, self.lower, n.name.clone())
                // One word is left to the doubts, which hold it a place wherever the article names it.
                || n.text_words.len() > 1 && self.place_apposition(n.name.end)
                || self.adjective_pair(n.name.clone())
                || self.quoted_or_bare_title(n);
        }
        false
    }

    /// A compass word ending a place's name, or an adjective capitalised in a list or before a noun: no name.
    fn compass_or_adjective(&self, n: &NameFacts) -> bool {
        let name = &n.name;
        let end = name.end;
        // "Dublin West", "MP for Galway West": a compass word right after a known place or a seat ends
        // the place's name, whatever title stands before it.
        if n.words.len() == 1
            && things::direction_word(&n.words[0])
            && name.start > 0
            && self.cap(name.start - 1)
            && (self.is_place(name.start - 1) || things::constituency_before(self.lower, name.start - 1))
            && self.doc.tokens[name.start].space_before
        {
            return true;
        }
        // "in which Islamist and tribal opposition groups won" ([`things::COORDINATED_ADJECTIVE`]).
        if n.words.len() == 1
            && !n.has_title
            && n.known.is_none()
            && things::coordinated_adjective(self.doc, self.lower, name.start)
        {
            return true;
        }
        // "six Southeastern states", "Midwestern and Plains states": a compass adjective capitalised
        // before a noun or a second adjective ([`things::PLACE_BY_DIRECTION`]), not before a verb.
        // After a number or an article the next word is a noun even where it may be a verb ("in six
        // Southeastern states").
        let counted = name.start > 0
            && (self.doc.tokens[name.start - 1].kind == TokenKind::Number
                || crate::analysis::timex::number_word(self.low(name.start - 1)).is_some()
                || matches!(
                    self.low(name.start - 1),
                    "the" | "all" | "other" | "many" | "most" | "several"
                ));
        if n.words.len() == 1
            && things::compass_adjective(&n.words[0])
            && self.is_word(end)
            && self.word(end).starts_with(char::is_lowercase)
            && (counted || quotes::verb_lemma(self.low(end)).is_none())
            && !n.has_title
        {
            return true;
        }
        false
    }

    /// A law's title with its subject in brackets, or that subject: no actor.
    fn law_title(&self, n: &NameFacts) -> bool {
        let name = &n.name;
        let end = name.end;
        // "the Law Reform (Frustrated Contracts) Act 1943": a law's title, its subject in brackets
        // before its head.
        let law_head =
            |k: usize| self.word(k) == ")" && self.cap(k + 1) && NOT_ACTOR_LAST.contains(self.word(k + 1));
        if self.word(end) == "("
            && (end + 1..(end + 8).min(self.doc.tokens.len()))
                .find(|&k| self.word(k) == ")")
                .is_some_and(law_head)
        {
            return true;
        }
        // And the subject itself, in the brackets.
        if name.start > 0 && self.word(name.start - 1) == "(" && law_head(end) {
            return true;
        }
        false
    }

    /// One word before a year ("Euro 2012") or a count of time ("the Thirty Years' War"): an event or a plan.
    fn event_by_number(&self, n: &NameFacts) -> bool {
        let name = &n.name;
        let end = name.end;
        let (known, has_title) = (n.known, n.has_title);
        // "Euro 2012", "Expo 2015", "Vision 2030": one word before a year names an event or a plan, not
        // inside brackets, where a year follows a cited author ("(Lindqvist 2012)").
        let year_after = self
            .doc
            .tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before)
            && self.word(end).len() == 4
            && self
                .word(end)
                .parse::<u16>()
                .is_ok_and(|y| (1800..2100).contains(&y));
        let bracketed = (name.start.saturating_sub(24)..name.start)
            .rev()
            .take_while(|&k| self.word(k) != ")")
            .any(|k| self.word(k) == "(");
        // "Polio and Gass 1997", "Heidenreich & Turano 2011": the second of two authors.
        let listed = name.start > 0 && matches!(self.word(name.start - 1), "and" | "&" | "," | ";");
        if n.words.len() == 1 && year_after && !bracketed && !listed && !has_title && known.is_none() {
            return true;
        }
        // "the Thirty Years' War", "the Forty Hours' Strike": a count of time opens an event's name.
        if let [number, unit] = n.words.as_slice() {
            let count = crate::analysis::timex::number_word(number).is_some()
                && crate::analysis::timex::Unit::of(unit).is_some_and(|(_, plural)| plural);
            if count && !has_title {
                return true;
            }
        }
        false
    }

    /// Portfolios after a minister's other one, or a member's seat: no actor.
    fn seat_or_portfolio(&self, n: &NameFacts) -> bool {
        let name = &n.name;
        let (known, has_title) = (n.known, n.has_title);
        // "the Minister for Mobility and Public Works": portfolios after "and" and another, no name.
        let portfolios = name.start >= 2
            && self.low(name.start - 1) == "and"
            && PORTFOLIOS.contains(self.word(name.start - 2))
            && name.clone().all(|k| PORTFOLIOS.contains(self.word(k)));
        if known.is_none() && !has_title && portfolios {
            return true;
        }
        // "the member for Douglas Central": the seat, a place ([`things::CONSTITUENCY_OF_MEMBER`]).
        if known.is_none() && !has_title && things::constituency_before(self.lower, n.mention_start) {
            return true;
        }
        false
    }

    /// A currency mark, or a name before a model number or an index's figure: a thing, not the body.
    fn product_or_currency(&self, n: &NameFacts) -> bool {
        let name = &n.name;
        let end = name.end;
        let has_title = n.has_title;
        // "EC$540 million": a currency, even where the body it abbreviates is named.
        if n.words.len() == 1 && !has_title && things::currency_mark(self.doc, name.start, end) {
            return true;
        }
        // "Airbus A380", "Boeing 787", "FTSE 100": a product or an index, not the company; not a
        // person's full name before a score or a count ("beat Ada Lenz 7-6", "met Ada Lenz 3 times"),
        // nor a union's local before its number ("Teamsters Local 727").
        let next = self.doc.tokens.get(end);
        let numbered_name = n.words.len() >= 2 && (n.given.is_some() || n.last_word == "Local");
        if next.is_some_and(|t| {
            let w = self.doc.token_text(t);
            t.space_before
                && w.chars().any(|c| c.is_ascii_digit())
                && w.len() <= 5
                && !(w.len() == 4 && w.starts_with(['1', '2']))
                && !w.contains(is_hyphen)
        }) && !has_title
            && !numbered_name
        {
            return true;
        }
        false
    }

    /// A name of places or months, or one whose head makes it a place, a building, a prize or a
    /// thing (the person it is named after is kept), or a plural title: no actor.
    fn place_or_thing_name(&self, n: &NameFacts, body: bool, out: &mut Vec<Candidate>) -> bool {
        let NameFacts {
            ref name,
            first_word,
            last_word,
            ref full,
            ..
        } = *n;
        let name = name.clone();
        // "said Jordan Paris, an analyst": a given name that is a place's, before a place's name the article
        // makes a surname after it ([`Scan::surnames`]), is a person's name.
        let given_and_surname = n.text_words.len() == 2
            && LEXICON.given(first_word).is_some()
            && self.surnames.contains(last_word);
        if !body
            && !given_and_surname
            && name
                .clone()
                .filter(|&i| self.is_word(i))
                .all(|i| self.is_place(i) || LEXICON.is_month(self.low(i)) && !self.month_as_surname(i))
        {
            return true;
        }
        // "NEW JERSEY" in a transcript's label: a place in capitals.
        let place_in_capitals = || is_all_caps(full) && LEXICON.place_lower(&full.to_lowercase()).is_some();
        if !body && (LEXICON.place(full).is_some() || place_in_capitals()) {
            return true;
        }
        // "Upper Manhattan", "Old Oakland" ([`QUALIFIED_PLACE`]).
        let mut rest = name.clone().skip(1).filter(|&i| self.is_word(i)).peekable();
        if PLACE_QUALIFIERS.contains(first_word) && rest.peek().is_some() && rest.all(|i| self.is_place(i)) {
            return true;
        }
        let building = matches!(last_word, "Center" | "Centre")
            && !name.clone().any(|i| matches!(self.word(i), "of" | "for"))
            && !self.center_speaks(name.clone());
        // "the Border War II", "Title VI": the head noun before a numeral.
        // "World War Two": a numeral in words says the same.
        let head = things::head_before_numeral(&n.text_words)
            .or_else(|| things::head_before_number_word(&n.text_words))
            .unwrap_or(last_word);
        // "five World Cups": a head in the plural heads things too, after no given name ("Rosa Parks")
        // and in no body's name ("the Ministry of States and Frontier Regions").
        let plural_head = || {
            n.given.is_none()
                && head.strip_suffix('s').is_some_and(|h| NOT_ACTOR_LAST.contains(h))
                && !self.has_org_word(name.clone())
        };
        // "Blue Ridge said it would pay": a name of several words whose head makes it a place, right
        // before an inflected verb of saying and after no article, speaks as a body does (the short
        // form of "Blue Ridge Motor Freight Corp.").
        let speaks = n.text_words.len() > 1
            && self.same_sentence(name.start, name.end)
            && self.word(name.end).starts_with(|c: char| c.is_ascii_lowercase())
            && quotes::verb_lemma(self.low(name.end)).is_some_and(|lemma| lemma != self.low(name.end))
            && !(n.mention_start > 0
                && (matches!(self.low(n.mention_start - 1), "that" | "which" | "the" | "a" | "an")
                    // "The nursery on Henderson Road said": a place after a preposition is no subject.
                    || street_preposition(self.low(n.mention_start - 1))));
        // "the University of Cape Town": an organisation word before "of" heads the name, not its place.
        let body_of = name
            .clone()
            .find(|&k| self.word(k) == "of")
            .is_some_and(|o| self.has_org_word(name.start..o));
        // "Counseling Psychology": a field of study ends no actor's name either, after no given name
        // ("Nathan Law"), in no body's name ("the Association for Computational Linguistics") and
        // after no acronym ("the LIBER Digital Humanities working group").
        let field_head = || {
            n.given.is_none()
                && FIELDS_OF_STUDY.contains(head)
                && !self.has_org_word(name.clone())
                && !name
                    .clone()
                    .any(|k| self.word(k).len() > 1 && is_all_caps(self.word(k)))
        };
        let place_head = (NOT_ACTOR_LAST.contains(head) || field_head() || plural_head())
            && !self.surname_as_head(n)
            && !speaks
            && !body_of;
        if building
            || place_head
            || (NOT_ACTOR_FIRST.contains(first_word) && !self.has_org_word(name.clone()))
        {
            // "the Ada Lenz Memorial Prize": the person the thing is named after.
            if NOT_ACTOR_LAST.contains(head) {
                self.person_in_thing(name.clone(), out);
                self.company_in_thing(name, out);
            }
            return true;
        }
        if self.plural_title(n) {
            return true;
        }
        false
    }

    /// Portfolios alone after a ministry's word and "of", the word in lower case: "deputy minister of
    /// Information and Communications" names no body ([`ORGANISATION_WORD`]).
    fn portfolios_after_head(&self, name: Range<usize>) -> bool {
        name.start >= 2
            && self.word(name.start - 1) == "of"
            && PORTFOLIO_HEADS.contains(self.low(name.start - 2))
            && name
                .clone()
                .all(|k| PORTFOLIOS.contains(self.word(k)) || matches!(self.word(k), "and" | ","))
    }

    /// Whether the name ending at token `end` has an apposition that says it is a document, a deal or
    /// a thing: "the Trans-Pacific Partnership, a 12-nation trade deal negotiated by ...", "The Chatter
    /// Chum, a red plastic phone with ..." ([`THING_BY_PREDICATE`]; `data/actors-document-nouns.txt`,
    /// `data/actors-thing-nouns.txt`): a comma, "a" or "an", then within six words of the sentence such
    /// a noun that heads the phrase; not one that is a business's noun too ("Valmont Foods, a French
    /// processor"). "the" opens such a phrase too ([`Scan::definite_apposition`]: "Harbor OS, the
    /// firmware that runs its routers,").
    fn document_apposition(&self, end: usize) -> bool {
        let thing = |l: &str| {
            (DOCUMENT_NOUNS.contains(l) || thing_noun(l) || things::product_noun(l)) && !firm_noun(l)
        };
        self.apposition_headed(end, thing) || self.definite_apposition(end, thing)
    }

    /// Whether a capitalised noun for a document and "of" come before the name starting at token
    /// `start`: "the Treaty of Free Association", "the Compact of Free Association" name the document,
    /// no body (`data/actors-document-nouns.txt`).
    fn document_of_before(&self, start: usize) -> bool {
        start >= 2
            && self.word(start - 1) == "of"
            && self.cap(start - 2)
            && DOCUMENT_NOUNS.contains(self.low(start - 2))
            && self.same_sentence(start - 2, start)
    }

    /// Whether a span of time heads the name before "of" or "for": "the International Year of Glaciers'
    /// Preservation", "the World Day for Safety" name an observance, no body, whatever organisation
    /// word stands before the head.
    fn observance(&self, name: Range<usize>) -> bool {
        name.clone().any(|k| {
            matches!(self.word(k), "Year" | "Decade" | "Day" | "Week")
                && matches!(self.low(k + 1), "of" | "for")
        })
    }

    /// Whether the two words `name` open with a given name that is also an adjective of a people or a
    /// faith and a noun in lower case follows them: "a Roman Catholic priest", "Norman French words"
    /// (not "Roman Vell said").
    fn adjective_pair(&self, name: Range<usize>) -> bool {
        name.len() == 2
            && adjective_given_name(self.word(name.start))
            && adjective_before_noun(self.doc, self.lower, name.end)
    }

    /// Whether the name ending at token `end` has an apposition that says it is a place: "Vellin, a
    /// town in the north," ([`PLACE_BY_NOUN`](things::PLACE_BY_NOUN)); not "a town official".
    fn place_apposition(&self, end: usize) -> bool {
        self.apposition_headed(end, things::place_noun) || self.definite_place_apposition(end)
    }

    /// Whether a comma, "the" and, within six words of the sentence, a noun for a place that heads
    /// the phrase follow the name ending at token `end` ([`Scan::definite_apposition`]): "Malanville,
    /// the northern market town on the Niger River," (not "Ana Berg, the town's mayor,", "Gerald F.
    /// Seib, The Wall Street Journal:").
    fn definite_place_apposition(&self, end: usize) -> bool {
        self.definite_apposition(end, things::place_noun)
    }

    /// Whether a comma, "the" and, within six words of the sentence, a noun that `head` takes and that
    /// heads the phrase follow the name ending at token `end`, in lower case, with no name or possessive
    /// after it (a common noun, not a name's word: "Gerald F. Seib, The Wall Street Journal:").
    fn definite_apposition(&self, end: usize, head: impl Fn(&str) -> bool) -> bool {
        self.low(end + 1) == "the"
            && self.headed_from(end, |k| {
                head(self.low(k))
                    && self.word(k).starts_with(char::is_lowercase)
                    && !is_capitalized(self.word(k + 1))
                    && !matches!(self.word(k + 1), "'s" | "’s" | "'" | "’")
            })
    }

    /// Whether a comma, "a" or "an" and, within six words of the sentence, a noun that `head` takes
    /// and that heads the phrase follow the name ending at token `end`.
    fn apposition_headed(&self, end: usize, head: impl Fn(&str) -> bool) -> bool {
        // "Renaissance Night Complex, its $38 skin cream,": a possessive determiner opens it too.
        matches!(self.low(end + 1), "a" | "an" | "its" | "their")
            && self.headed_from(end, |k| head(self.low(k)))
    }

    /// Whether, after the comma at `end` and the determiner after it, the words hold within six of the
    /// sentence the head of the phrase, a word at which `head` holds.
    fn headed_from(&self, end: usize, head: impl Fn(usize) -> bool) -> bool {
        if self.word(end) != "," || self.fronted_clause_after(end) {
            return false;
        }
        (end + 2..(end + 8).min(self.doc.tokens.len()))
            .take_while(|&k| {
                // "a 12-nation trade deal": a number and a hyphen inside the phrase; its head comes
                // before any function word ("a maker of mainframe computers" is a maker).
                // "a $38 skin cream": a price inside the phrase too.
                self.same_sentence(end, k)
                    && (self.is_word(k) && !LEXICON.is_stop(self.low(k))
                        || self.doc.tokens[k].kind == TokenKind::Number
                        || matches!(self.word(k), "-" | "$" | "€" | "£"))
            })
            .filter(|&k| head(k))
            .any(|k| {
                let next = k + 1;
                // The head, the last noun of a compound ("a battery-powered toy robot"): a participle
                // may follow it ("a trade deal negotiated by ..."), no conjunction that joins it to the
                // next modifier ("a vaccine and bioresearch firm").
                let joined = matches!(self.low(next), "and" | "or" | "&");
                !joined
                    && (!self.same_sentence(end, next)
                        || !self.is_word(next)
                        || LEXICON.is_stop(self.low(next))
                        || !self.word(next).starts_with(char::is_lowercase)
                        || self.low(next).ends_with("ed")
                        || self.low(next).ends_with("ing"))
            })
    }

    /// Whether the words `right` after "and" inside a body's name may go on with it: no title or given
    /// name that opens a person's name ("the Council on Foreign Relations and Senator Ted Cruz"); a given
    /// name that is a common noun too, before a common noun, names a field ("the National Institute for
    /// Health and Care Excellence").
    fn field_after_and(&self, right: Range<usize>) -> bool {
        let first = right.start;
        let field = || {
            right.len() >= 2
                && things::common_noun(self.low(first))
                && things::common_noun(self.low(right.end - 1))
        };
        LEXICON.title(self.low(first)).is_none() && (LEXICON.given(self.word(first)).is_none() || field())
    }

    /// Whether the name before the comma at `end` closes a phrase that opens the sentence ("According to
    /// Ruiz,", "Unlike Ruiz,") and no comma follows in the sentence: the words after the comma are the
    /// sentence's clause ("According to Ruiz, a deal collapsed"), no apposition ("According to Ruiz, a
    /// lawyer, the deal collapsed").
    fn fronted_clause_after(&self, end: usize) -> bool {
        let mut start = end;
        while start > 0 && self.cap(start - 1) && self.same_sentence(start - 1, end) {
            start -= 1;
        }
        let opener = match start.checked_sub(1).map(|k| self.low(k)) {
            Some("to") if start >= 2 && self.low(start - 2) == "according" => start - 2,
            Some("like" | "unlike" | "besides" | "despite" | "before" | "after" | "for" | "with") => {
                start - 1
            }
            _ => return false,
        };
        let opens = opener == 0 || !self.same_sentence(opener - 1, opener);
        opens
            && !(end + 1..self.doc.tokens.len())
                .take_while(|&k| self.same_sentence(end, k))
                .any(|k| self.word(k) == ",")
    }

    /// A member of a party described by the place they come from, after "a": "Ana Ruiz, a Durham
    /// Democrat," "a South Side Chicago Democrat" names no actor ([`CAPITALISED_NAME`]); the place is
    /// one word, or up to three where a capitalised word before the name is part of it ("South"), and
    /// no given name (not "a Jeb Bush Republican").
    fn party_member_described(&self, name: Range<usize>) -> bool {
        let mut a = name.start;
        while a > 0 && name.start - a < 2 && self.cap(a - 1) {
            a -= 1;
        }
        // A word cut off the name's start is of the place ("South"): the name may be longer then.
        let longest = if a < name.start { 4 } else { 2 };
        (2..=longest).contains(&(name.end - a))
            && a >= 1
            && matches!(self.low(a - 1), "a" | "an")
            && parties::party_word(self.word(name.end - 1))
            && (a..name.end - 1).all(|k| self.is_word(k) && LEXICON.given(self.word(k)).is_none())
    }

    /// A single word that is an imperative, a stop word, a common acronym, a title, a letter, a verb
    /// form in "-ing", a document's noun, a people's adjective or an institution's common noun: no actor;
    /// nor a common acronym after adjectives of a compound with a lower-case end ("Swahili-language
    /// SMS reminders", "Low-cost SMS").
    fn common_single_word(&self, n: &NameFacts) -> bool {
        let NameFacts {
            ref name,
            ref words,
            first_word,
            given,
            ..
        } = *n;
        let first = name.start;
        let compound = |k: usize| !self.is_word(k) || text::lower_case_compound(self.word(k));
        if words.len() > 1
            && COMMON_ACRONYMS.contains(self.word(name.end - 1))
            && (first..name.end - 1).all(compound)
        {
            return true;
        }
        if words.len() == 1 {
            let l = &words[0];
            // "Wash the glasses": an imperative verb at the start of an instruction.
            if self.initial(first) && things::imperative(self.doc, self.lower, first) {
                return true;
            }
            if LEXICON.is_stop(l) && !self.month_as_surname(first)
                || common_acronym(first_word) && !self.initials_label(first)
                || LEXICON.title(l).is_some()
            {
                return true;
            }
            if first_word.chars().count() < 2 {
                return true;
            }
            // "Minister of Infrastructure and Transportation": the second of two portfolios.
            if PORTFOLIOS.contains(first_word)
                && first >= 2
                && self.low(first - 1) == "and"
                && PORTFOLIOS.contains(self.word(first - 2))
            {
                return true;
            }
            if l.ends_with("ing")
                && l.len() > 5
                && given.is_none()
                && !self.suffix_surnames.contains(first_word)
            {
                return true;
            }
            // "the Warsaw Pact", "the Constitution": a document's or a deal's noun alone, its place
            // left out, names no actor.
            if DOCUMENT_NOUNS.contains(l) {
                return true;
            }
            // "Chinese", "the Japanese": a people's adjective, unless the article uses it as a surname.
            let people = l.ends_with("ese") && given.is_none() && !self.suffix_surnames.contains(first_word);
            // "the Government", "this Administration" may stand for the government the article names
            // (`actors/head-noun-of-organisation`); the other institution nouns name no one.
            let government = matches!(first_word, "Government" | "Administration")
                && first > 0
                && matches!(
                    self.low(first - 1),
                    "the" | "this" | "that" | "my" | "our" | "its"
                );
            if INSTITUTION_NOUNS.contains(first_word) && !government || people {
                return true;
            }
        }
        false
    }

    /// A name in quotation marks or inside a quoted title, or a title alone: a term, a work's title or
    /// a description, no actor's name.
    fn quoted_or_bare_title(&self, n: &NameFacts) -> bool {
        let (first, end) = (n.name.start, n.name.end);
        let one_word = n.words.len() == 1;
        // A quoted name is a term or a title: "Hope" on their shirts, “Shark Tank.”
        let quoted = |i: usize| {
            self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
                && self.word(i).chars().next().is_some_and(is_quote_mark)
        };
        let close = if matches!(self.word(end), "." | "," | "!" | "?") {
            end + 1
        } else {
            end
        };
        // Not a personal name nor an organisation's in the title ("“The Ada Lenz Show”", "“National
        // Fund”"); a lone given name is a word of the title ("“Man of the World”"), and so is a lone
        // organisation word after a small word of it ("“Meet the Press”").
        let lone_given = one_word && !n.has_title;
        let title_word = one_word && first > 0 && small_title_word(self.low(first - 1));
        let plain = (n.given.is_none() || lone_given) && (title_word || !self.has_org_word(first..end));
        if first > 0 && quoted(first - 1) && quoted(close) || plain && self.inside_quoted_title(first, end) {
            return true;
        }
        // A title alone ("the President", "Secretary of State") is a description, not a name.
        if self
            .title_at(first, end)
            .is_some_and(|(len, _, _)| first + len >= end)
        {
            return true;
        }
        false
    }

    /// Whether the name from `first` to `end` is part of a title in quotation marks, over capitalised
    /// words and the small words of titles ("“Ghost in the Harbour”", "“A Night at the Vellin”";
    /// [`things::WORK_IN_QUOTES`]), with at least one such word between the name and a quotation mark.
    fn inside_quoted_title(&self, first: usize, end: usize) -> bool {
        let small = |k: usize| small_title_word(self.low(k));
        let part = |k: usize| self.is_word(k) && (self.cap(k) || small(k)) && self.same_sentence(k, first);
        let quote = |k: usize| {
            self.doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Punct)
                && self.word(k).chars().next().is_some_and(is_quote_mark)
        };
        let mut a = first;
        while a > 0 && first - a < 6 && part(a - 1) {
            a -= 1;
        }
        let mut b = end;
        while b < self.doc.tokens.len() && b - end < 6 && part(b) {
            b += 1;
        }
        let close = if matches!(self.word(b), "." | "," | "!" | "?") {
            b + 1
        } else {
            b
        };
        (a < first || b > end) && a > 0 && quote(a - 1) && quote(close)
    }

    /// Words that name no one whatever their context: initials alone ("A. D.";
    /// [`things::INITIALS_ALONE`]), a shouted clause in capitals ("NEVER LOCK THE GARDEN GATE";
    /// [`things::SHOUTED_CLAUSE`]), words in capitals, with no given name, title or known name, in a
    /// sentence written mostly in capitals ([`things::SHOUTED_SENTENCE`]), a single abstract noun
    /// ("Structuralism"; [`things::ABSTRACT_NOUN`]) or an adverb ("Honestly";
    /// [`things::ADVERB_OF_ADJECTIVE`]), a code system and its code in brackets ("(IATA:
    /// PHX)"; [`things::CODE_IN_BRACKETS`]), a letter joined to a common word ("X-ray"; [`things::LETTER_TERM`])
    /// and an acronym in the plural at the end ("DVDs"; [`things::ACRONYM_IN_PLURAL`]).
    fn no_name(&self, n: &NameFacts) -> bool {
        let shouted = self
            .shouting
            .get(self.doc.tokens[n.name.start].sentence as usize)
            .copied()
            .unwrap_or(false);
        n.text_words.iter().all(|w| w.chars().count() == 1) && (n.text_words.len() > 1 || !n.has_title)
            || things::shouted_clause(&n.text_words)
            || shouted
                && n.known.is_none()
                && n.given.is_none()
                && !n.has_title
                && n.text_words.iter().all(|w| is_all_caps(w))
                && !n
                    .text_words
                    .iter()
                    .any(|w| LEXICON.given_in_capitals(w).is_some())
            || n.text_words.len() == 1
                && n.known.is_none()
                && n.given.is_none()
                && !n.has_title
                && !LEXICON.is_org_word(n.first_word)
                && (things::abstract_noun(n.first_word) || things::adverb(&n.words[0]))
            || n.known.is_none() && things::code_entry(self.doc, n.name.start, n.name.end)
            || n.text_words.len() == 1 && things::letter_term(n.first_word)
            || n.known.is_none() && things::acronym_in_plural(n.last_word)
            || self.handle_or_hashtag(n.name.start)
    }

    /// Whether the name at token `i` is written right after "@" or "#": a social-media handle or a
    /// hashtag ("@CarolHoustonMT", "#NHSen"), which names an account or a topic, no actor in the text
    /// ([`HANDLE_OR_HASHTAG`]).
    fn handle_or_hashtag(&self, i: usize) -> bool {
        i > 0 && matches!(self.word(i - 1), "@" | "#") && !self.doc.tokens[i].space_before
    }

    /// "Senators", "Veteran Senators": the plural of a title names a group described, not a name
    /// ([`things::TITLE_IN_PLURAL`]); "Arizona Cardinals", "Ottawa Senators" are teams.
    fn plural_title(&self, n: &NameFacts) -> bool {
        let plural = n.words.last().is_some_and(|l| {
            l.strip_suffix('s')
                .is_some_and(|one| LEXICON.title(one).is_some())
        });
        plural && n.words.len() <= 2 && !self.is_place(n.name.start)
    }

    /// The evidence for the candidate's kind and gender: titles, given names, known organisations,
    /// organisation words, capitals, places inside the name, and the words around it.
    fn weigh_evidence(&self, c: &mut Candidate, n: &NameFacts, titles: &Titles) {
        self.capitals_evidence(c, n);
        self.person_evidence(c, n, titles);
        self.body_evidence(c, n, titles);
        self.spelling_evidence(c, n, titles);
        self.context_evidence(c, n, titles);
    }

    /// A single word in capitals: an acronym, or a shouted name or a transcript's label that waits for
    /// the article to confirm it.
    fn capitals_evidence(&self, c: &mut Candidate, n: &NameFacts) {
        let NameFacts {
            ref name,
            ref text_words,
            first_word,
            known,
            has_title,
            ..
        } = *n;
        let letters = first_word.chars().filter(|c| c.is_alphabetic()).count();
        c.all_caps = text_words.len() == 1 && is_all_caps(first_word) && letters >= 2;
        // "KOVAC:", "(CROSSTALK.)": a long word in capitals is a shouted name or a label, not an acronym;
        // it may only join a name the article writes normally.
        // Inside a sentence, a word in capitals that the text never writes in lower case and that is no
        // English word, with no colon after it, is an acronym all the same ("told MSNBC on Friday").
        let acronym_inside = || {
            let (start, lower) = (name.start, first_word.to_lowercase());
            letters <= 6
                && first_word.matches(is_hyphen).count() <= 1
                && !self.initial(start)
                && !matches!(self.word(name.end), ":" | ")")
                && !self.common_word(&lower)
        };
        // "HUME: The money would go ...": a transcript's speaker, however short.
        let label = letters >= 3 && self.speaker_label(name.clone());
        if c.all_caps && (letters >= 5 || label) && known.is_none() && !has_title && !acronym_inside() {
            c.all_caps = false;
            c.deferred = true;
        }
    }

    /// A title of courtesy, a role or a given name before a surname: a person, and the gender they give.
    fn person_evidence(&self, c: &mut Candidate, n: &NameFacts, titles: &Titles) {
        let NameFacts {
            ref text_words,
            given,
            ..
        } = *n;
        let (courtesy, title_gender) = (titles.courtesy, titles.gender);
        c.given = given.is_some();
        // "SOPHEA CHAN, REPORTER:": a transcript's label with a role after a name no list knows.
        // ("TOM REYES, CORRESPONDENT:" is left to the given name in capitals, `capitals.rs`).
        if given.is_none()
            && LEXICON.given_in_capitals(self.word(n.name.start)).is_none()
            && self.label_with_role(n.name.clone())
        {
            c.person += 3;
        }
        if let Some((_, g)) = courtesy {
            c.courtesy = true;
            c.person += 5;
            c.gender = g;
        }
        if !c.roles.is_empty() {
            c.person += 5;
            if c.gender == Gender::Unknown {
                c.gender = title_gender;
            }
        }
        if let Some(g) = given {
            // A given name alone ("Ford", "Marilyn") is weak evidence, of kind and gender: the cluster decides.
            if text_words.len() > 1 {
                c.person += 2;
                if c.gender == Gender::Unknown {
                    c.gender = g;
                }
            }
        }
    }

    /// A known name, an organisation word, an association's form, a company's spelling or a body's plural
    /// ending: an organisation or a party.
    fn body_evidence(&self, c: &mut Candidate, n: &NameFacts, titles: &Titles) {
        let NameFacts {
            ref name,
            ref text_words,
            last_word,
            known,
            given,
            ..
        } = *n;
        let courtesy = titles.courtesy;
        let caucus = caucus(text_words);
        match known {
            Some(ActorKind::Group) => c.group += 5,
            Some(_) => c.org += 5,
            None if caucus => c.group += 5,
            // "Free Democrats", "NBC News": a known name inside makes a party or a company.
            None if text_words.len() > 1 && text_words.iter().any(|w| LEXICON.org(w).is_some()) => c.org += 3,
            None => {}
        }
        if self.has_org_word(name.clone()) {
            // "Jim Press", "Margaret Court"; not after a place's name, which a town's paper or body
            // opens ("the Washington Post", "Florence Times"), nor after "the", which opens no
            // person's name ("the Forest Service").
            let weak = text_words.len() == 2
                && given.is_some()
                && WEAK_ORG_WORDS.contains(last_word)
                && !self.is_place(name.start)
                && !(name.start > 0 && self.low(name.start - 1) == "the");
            // "the Royal Society of Chemistry", "Royal Bank of Scotland": the head before "of".
            let head_before_of = name
                .clone()
                .find(|&i| i > name.start && matches!(self.low(i), "of" | "for"))
                .is_some_and(|i| LEXICON.is_org_word(self.word(i - 1)));
            c.org += if weak {
                1
            } else if LEXICON.is_org_word(last_word)
                || head_before_of
                || self.org_word_then_places(name.clone())
            {
                3
            } else {
                2
            };
        }
        if c.all_caps {
            c.org += 2;
        }
        if self.association(name.clone()) {
            c.org += 3;
        }
        // "JPMorgan Chase", "BlackRock", "JetBlue": a capital inside a word, after no prefix of a
        // surname ("McCain", "DeConcini", "MacArthur"), is a company's spelling.
        if given.is_none()
            && courtesy.is_none()
            && c.roles.is_empty()
            && text_words.len() <= 3
            && text_words.iter().any(|w| camel_case(w))
        {
            c.org += 3;
        }
        // "Cash Access UK": a country's abbreviation ends a body's branch's name.
        if courtesy.is_none() && c.roles.is_empty() && text_words.len() > 1 && country_branch(last_word) {
            c.org += 3;
        }
        // "the State Art Collections", "Vell Solutions": a plural noun of an act or a state ends a
        // body's name, never a person's.
        if given.is_none()
            && courtesy.is_none()
            && c.roles.is_empty()
            && text_words.len() > 1
            && abstract_plural(last_word)
        {
            c.org += 3;
        }
    }

    /// A regnal number, words in capitals, a hyphenated given name, a compound, a place inside; and a
    /// name with no evidence at all.
    fn spelling_evidence(&self, c: &mut Candidate, n: &NameFacts, titles: &Titles) {
        let NameFacts {
            ref name,
            ref text_words,
            given,
            ..
        } = *n;
        let courtesy = titles.courtesy;
        // "Napoleon III", "Shah Abbas I": a regnal number after a name ([`REGNAL_NUMBER`]; a thing's
        // head before a numeral, "the Border War II", was left out above).
        if n.regnal {
            c.person += 3;
        }
        if text_words.len() > 1
            && courtesy.is_none()
            && text_words[..text_words.len() - usize::from(n.regnal)]
                .iter()
                .any(|w| {
                    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && is_all_caps(w) && !w.contains('.')
                })
        {
            c.org += 2;
        }
        // "Cheng Chung-tai", "Leung Che-cheung": a hyphenated given name in lower case after the hyphen.
        if text_words.len() >= 2 && text_words[1..].iter().any(|w| hyphenated_given(w)) {
            c.person += 2;
        }
        // "the United Steelworkers", "the Mineworkers": workers of a trade in one word name their union.
        if given.is_none()
            && text_words
                .last()
                .is_some_and(|w| w.len() > 7 && w.ends_with("workers"))
        {
            c.org += 3;
        }
        // "the Associated Builders and Contractors": plural nouns for people by what they do joined by
        // "and" end an association's name.
        if given.is_none() && courtesy.is_none() && self.agent_plurals_joined(name.clone()) {
            c.org += 1;
        }
        // "Coca - Cola": a compound of two names is a brand or a company.
        if name.clone().any(|i| self.word(i) == "-") {
            c.org += 1;
        }
        // "Air France", "Hitwise UK": a place inside a name without a given name; not the middle one of
        // three words where the others are no common word, as a Spanish or Portuguese first surname is
        // ("Filemón Lima Condori"; not "Disabled American Veterans", "Mediacom Iowa Poll").
        let plain = |w: &str| {
            let l = lower(w);
            !things::common_noun(&l)
                && !things::adjective(&l)
                && !l.ends_with('s')
                && !LEXICON.is_stop(&l)
                && !self.seen_as_common_noun(&l)
        };
        let first_surname = text_words.len() == 3
            && self.is_place(name.start + 1)
            && !self.is_place(name.start)
            && !self.is_place(name.end - 1)
            && plain(text_words[0])
            && plain(text_words[2])
            && !self.has_org_word(name.clone());
        if text_words.len() > 1
            && given.is_none()
            && courtesy.is_none()
            && !first_surname
            && name.clone().any(|i| self.is_place(i))
        {
            c.org += 1;
        }
        if c.person == 0 && c.org == 0 && c.group == 0 {
            if text_words.len() > 1 {
                // No evidence: an unknown multi-word name counts as a person unless a mention says otherwise.
                // "Music Store", "Extra Wide Body": common words of this article, capitalised for a thing.
                // Not a verb of saying's inflected form, which a name holds as a name ("Musallam Said
                // al-Amri" beside "said").
                c.doubtful = text_words.iter().filter(|w| is_capitalized(w)).any(|w| {
                    let l = lower(w);
                    self.lower_seen.contains(l.as_str())
                        && quotes::verb_lemma(&l).is_none_or(|lemma| lemma == l)
                });
            } else {
                c.org += 1;
            }
        }
    }

    /// Evidence from the words around the name: "analysts at X" (a workplace), "the X" (a body),
    /// "X, who" (a person).
    fn context_evidence(&self, c: &mut Candidate, n: &NameFacts, titles: &Titles) {
        let NameFacts {
            ref name,
            ref text_words,
            given,
            mention_start,
            qualified_from,
            ..
        } = *n;
        let (end, courtesy) = (name.end, titles.courtesy);
        // "Analysts at Goldman Sachs": a workplace.
        if mention_start > 0
            && self.word(mention_start - 1) == "at"
            && given.is_none()
            && courtesy.is_none()
            && c.roles.is_empty()
        {
            c.org += 2;
        }
        // "the chief executive of Northwind Ferries": a role's organisation (not a place: "the
        // president of France").
        if self.employer(n, courtesy.is_some()) {
            // Outweighs the given name of a firm named after its founders.
            c.org += if given.is_some() { 4 } else { 2 };
        }
        // "the Bush administration", "the Trump campaign": the leader the body is named after, a person;
        // "the Monti government", "the Likud government": a leader's or a party's. Either way the
        // article before is the body's.
        let body = self.body_after(n, c.all_caps);
        if body == Some(BodyAfter::Led) {
            c.person += 4;
        }
        // Context: "the Taliban" is a body; "X, who" a person.
        let outer = qualified_from.unwrap_or(mention_start);
        if outer > 0 && self.word(outer - 1) == "the" && courtesy.is_none() && body.is_none() {
            c.org += 2;
            c.article = true;
        }
        // "telling The Hill that": "The" capitalised inside a sentence opens a publication's title, and
        // one word after it names no person ([`PUBLICATION_AFTER_THE`]).
        if self.publication_after_the(outer, end) && courtesy.is_none() {
            c.org += 4;
        }

        if self.word(end) == "," && self.word(end + 1) == "who" && text_words.len() > 1 {
            c.person += 2;
        }
        // "the German magazine Der Spiegel", "electronics retailer Best Buy": a noun for an
        // organisation right before the name says what it is ([`ORGANISATION_NOUN_BEFORE_NAME`]).
        if self.body_noun_before(mention_start, courtesy.is_some(), c.roles.is_empty()) {
            c.org += 3;
        }
        // "Life magazine", "the Orvik carmaker" ([`ORGANISATION_NOUN_AFTER_NAME`]).
        if self.body_noun_after(n, courtesy.is_some(), c.roles.is_empty()) {
            c.org += 3;
        }
        // "Goldman Sachs analyst Tom Berg": the employer before a role and a person's name.
        if self.employer_before(n, courtesy.is_some(), c.roles.is_empty()) {
            c.org += 3;
        }
        // "charities such as the Wikimedia Foundation and Creative Commons" ([`ORGANISATION_IN_LIST`]).
        if given.is_none() && courtesy.is_none() && self.bodies_named_before(mention_start) {
            c.org += 3;
            c.listed_body = true;
        }
    }

    /// Whether the name at token `start` is an item of a list that "such as", "including" or "like"
    /// opens after a plural noun for organisations, maybe behind a comma: "charities such as the
    /// Wikimedia Foundation and Creative Commons", "lenders, including Orvik Savings"
    /// ([`ORGANISATION_IN_LIST`]); the earlier items are read back over at most sixteen tokens.
    fn bodies_named_before(&self, start: usize) -> bool {
        let item = |k: usize| self.cap(k) || matches!(self.low(k), "the" | "," | "and" | "or" | "&");
        let mut k = start;
        while k > 0 && start - k < 16 && self.same_sentence(k - 1, start) && item(k - 1) {
            k -= 1;
        }
        let Some(mut noun) = self.list_introducer(k, &["including", "like"]) else {
            return false;
        };
        if noun > 0 && self.word(noun - 1) == "," {
            noun -= 1;
        }
        noun > 0 && self.same_sentence(noun - 1, start) && plural_org_noun(self.low(noun - 1))
    }

    /// Whether "The", capitalised inside a sentence after a word of it (so not after a quotation mark
    /// or a colon), stands right before the one word from `start` to `end`: "telling The Hill that",
    /// "told The Globe" (not "said: The Hill is steep").
    fn publication_after_the(&self, start: usize, end: usize) -> bool {
        end == start + 1
            && start >= 2
            && self.word(start - 1) == "The"
            && !self.initial(start - 1)
            && self.is_word(start - 2)
            && self.same_sentence(start - 2, start)
            // "a centre on The Kingsway": after a preposition of where, a place's own article.
            && !street_preposition(self.low(start - 2))
    }

    /// Whether a lower-case noun for an organisation stands right before the name, which has no title:
    /// "the magazine Der Spiegel", "retailer Best Buy", "the daily El Heraldo"
    /// ([`ORGANISATION_NOUN_BEFORE_NAME`]).
    fn body_noun_before(&self, mention_start: usize, courtesy: bool, no_roles: bool) -> bool {
        mention_start > 0
            && !courtesy
            && no_roles
            && self
                .word(mention_start - 1)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && self.same_sentence(mention_start - 1, mention_start)
            && (LEXICON.is_org_noun(self.word(mention_start - 1)) || self.daily_before(mention_start - 1))
            && !self.craftsman(mention_start)
    }

    /// Whether the name from token `start` to `end` is an apposition to a noun phrase before it whose
    /// head is a noun for an organisation, and ends there: "a local firm, Belau Civil Works." (not "the
    /// firm, Ana Berg said, ..." nor "captain of the Vell team, Ana Berg,"; [`ORGANISATION_IN_APPOSITION`]).
    fn body_apposed_before(&self, start: usize, end: usize) -> bool {
        start >= 3
            && self.word(start - 1) == ","
            && self.word(start - 2).starts_with(|c: char| c.is_ascii_lowercase())
            && LEXICON.is_org_noun(self.word(start - 2))
            && (start.saturating_sub(5)..start - 2)
                .rev()
                .take_while(|&k| self.is_word(k) && self.same_sentence(k, start))
                .find(|&k| matches!(self.low(k), "a" | "an" | "the"))
                // "captain of the U.S. Invictus team, Will Reynolds": the noun after "of" heads no
                // apposition, nor after another preposition after a noun for a person ("her predecessor
                // on the board, Lars Edvardsson"; not "went to a single firm, Castellan & Pike").
                .is_some_and(|k| {
                    let person_before = k >= 2 && {
                        let w = self.low(k - 2);
                        LEXICON.title(w).is_some() || person_noun(w)
                    };
                    k == 0
                        || !(matches!(self.low(k - 1), "of" | "for" | "at" | "with" | "by")
                            || person_before
                                && matches!(self.low(k - 1), "on" | "in" | "from" | "to" | "within"))
                })
            && (end >= self.doc.tokens.len() || matches!(self.word(end), "." | "," | ";" | "(" | ")"))
    }

    /// Whether "maker" after a noun in lower case, as a craft's, stands before a given name and a
    /// surname, or, with no determiner before the craft, two or three plain capitalised words, the last
    /// no plural: "marimba maker Rosendo Pérez", "violin maker Anna Berg" name a person (not "the chip
    /// maker Intel", "the drugmaker Eli Lilly", "the toy maker Vell Toys", "the drug maker Vell Orvik").
    fn craftsman(&self, start: usize) -> bool {
        start >= 2
            && self.word(start - 1) == "maker"
            && self.is_word(start - 2)
            && self.word(start - 2).starts_with(|c: char| c.is_ascii_lowercase())
            && !LEXICON.is_stop(self.low(start - 2))
            && self.cap(start + 1)
            && (LEXICON.given(self.word(start)).is_some()
                || self.plain_name_words(start) && !self.determined(start - 2))
    }

    /// Whether a determiner or a possessive stands right before token `k`: "the toy maker", "its".
    fn determined(&self, k: usize) -> bool {
        k > 0 && things::determiner(self.low(k - 1))
    }

    /// Whether two or three capitalised words from token `start` end the name, none an organisation
    /// word, a legal form, a place nor a known body's: a personal name's shape.
    fn plain_name_words(&self, start: usize) -> bool {
        let plain = |k: usize| {
            self.cap(k)
                && !LEXICON.is_org_word(self.word(k))
                && !companies::is_form(self.word(k))
                && !self.is_place(k)
                && LEXICON.org(self.word(k)).is_none()
        };
        let same = |k: usize| self.same_sentence(start, k);
        let end = if plain(start + 2) && same(start + 2) {
            start + 3
        } else {
            start + 2
        };
        (start..end).all(|k| plain(k) && same(k))
            && !plural_form(self.low(end - 1))
            && !(self.cap(end) && same(end))
            && self.word(end) != "&"
    }

    /// Whether "daily" at token `k` is the noun for a newspaper: after an article or a lower-case
    /// word ("The daily El Heraldo", "the business daily Handelsblatt"), or a place after an article
    /// ("the Manila daily Philippine Star").
    fn daily_before(&self, k: usize) -> bool {
        self.word(k) == "daily"
            && k > 0
            && (matches!(self.low(k - 1), "the" | "a")
                || self.word(k - 1).starts_with(char::is_lowercase)
                || k > 1 && self.is_place(k - 1) && matches!(self.low(k - 2), "the" | "a"))
    }

    /// Whether a lower-case noun for a publication or a company stands right after the name, which has
    /// no title: "Life magazine", "the Orvik carmaker" ([`ORGANISATION_NOUN_AFTER_NAME`];
    /// `data/actors-org-nouns-after.txt`); "party" and "movement" after a name of several words with no
    /// given name ("the Civic Renewal party", "the Five Star movement"; not "the Ana Lenz party").
    fn body_noun_after(&self, n: &NameFacts, courtesy: bool, no_roles: bool) -> bool {
        let end = n.name.end;
        let noun = self.word(end);
        // "the majority Entente Monégasque group": a body's name of two words or more, with no given
        // name, before a noun for a party or a group of members is the body's own.
        let own_name = matches!(
            noun,
            "party" | "movement" | "group" | "coalition" | "bloc" | "faction" | "caucus"
        ) && n.text_words.len() > 1
            && n.given.is_none();
        !courtesy
            && no_roles
            && self.is_word(end)
            && noun.starts_with(|c: char| c.is_ascii_lowercase())
            && self.same_sentence(end - 1, end)
            && (ORG_NOUNS_AFTER.contains(noun) || own_name)
    }

    /// The lower-case noun right after the name, when it names a body, a following or a government
    /// after it and the name is no known organisation, place or common word and holds no organisation
    /// word: "the Bush administration", "Clinton aides" ([`LEADER_OF_BODY`]), "the Monti government";
    /// not "the Kenya administration", "the Labour campaign" or "the Leave campaign".
    fn body_after(&self, n: &NameFacts, all_caps: bool) -> Option<BodyAfter> {
        let end = n.name.end;
        if !self.is_word(end) || self.cap(end) {
            return None;
        }
        let body = if LEADER_BODIES.contains(self.low(end)) {
            BodyAfter::Led
        } else if RULED_BODIES.contains(self.low(end)) {
            BodyAfter::Ruled
        } else {
            return None;
        };
        // "the Leave campaign": a common word capitalised names a side, not a person.
        let common = n.text_words.len() == 1 && self.common_word(&lower(n.text_words[0]));
        let bare = !common
            && !all_caps
            && n.known.is_none()
            && !self.has_org_word(n.name.clone())
            && !n.name.clone().any(|i| self.is_place(i));
        bare.then_some(body)
    }

    /// A name without a given name or title before a lower-case role title of one or two words and a
    /// capitalised name that opens with a given name: "Goldman Sachs analyst Tom Berg", "Acme chief
    /// economist Ana Ruiz" ([`EMPLOYER_BEFORE_ROLE`]).
    fn employer_before(&self, n: &NameFacts, courtesy: bool, no_roles: bool) -> bool {
        let end = n.name.end;
        let lower_word = |i: usize| self.is_word(i) && !self.cap(i);
        // A capitalised name that opens with a given name starts at `k`, or one of two words that no list
        // knows, not in capitals, with no capitalised word after it ("councillor Eoin Dowling voted"),
        // where the name before the role is no person's surname the article writes after a given name
        // ("Hillary Clinton ... Clinton aide Huma Abedin").
        let person_at = |k: usize| {
            let two = |i: usize| self.cap(i) && !is_all_caps(self.word(i)) && self.is_word(i);
            self.cap(k)
                && self.cap(k + 1)
                && (LEXICON.given(self.word(k)).is_some()
                    || two(k)
                        && two(k + 1)
                        && !self.cap(k + 2)
                        && !self.is_place(k)
                        && !self.is_place(k + 1)
                        && !self.given_surname(n.last_word))
        };
        let role = |text: &str| matches!(LEXICON.title(text), Some((TitleKind::Role, _)));
        if n.given.is_some() || courtesy || !no_roles {
            return false;
        }
        // "Kayu Jaya Timber's manager", "Vellmark Timber's chief executive": a name of several words
        // whose possessive owns a role in lower case.
        // "Cumann Glas's finance spokeswoman": a portfolio's word may come before the role.
        if n.text_words.len() > 1 && matches!(self.word(end), "'s" | "’s") && lower_word(end + 1) {
            return role(self.low(end + 1))
                || lower_word(end + 2)
                    && (role(&format!("{} {}", self.low(end + 1), self.low(end + 2)))
                        || role(self.low(end + 2)) && self.low(end + 1).chars().all(char::is_alphabetic));
        }
        if !lower_word(end) {
            return false;
        }
        if person_at(end + 1) {
            return role(self.low(end));
        }
        lower_word(end + 1) && person_at(end + 2) && role(&format!("{} {}", self.low(end), self.low(end + 1)))
    }

    /// Whether the name starting at `start` follows a working role and "at" ("analysts at Piper
    /// Jaffray"): a firm, even one named as a person is ([`EMPLOYER_AFTER_ROLE`]).
    fn at_work(&self, start: usize) -> bool {
        start >= 2 && self.low(start - 1) == "at" && EMPLOYER_AT_ROLES.contains(self.low(start - 2))
    }

    /// A name without a given name, title or place in it, where an employer stands.
    fn employer(&self, n: &NameFacts, courtesy: bool) -> bool {
        (n.given.is_none() || self.at_work(n.mention_start))
            && !courtesy
            && !self.is_place(n.name.start)
            && (self.employer_context(n.mention_start) || self.affiliation_context(n.mention_start))
    }

    /// Whether the name starting at `start` follows a person's full name and "of" ("Isabel Ruiz of
    /// Heaven Sent Gaming", "Tom J. Park of Wedbush Securities"; [`AFFILIATION_AFTER_PERSON`]): the
    /// capitalised words and initials before "of", two to four, open with a known given name.
    fn affiliation_context(&self, start: usize) -> bool {
        if start < 3 || self.low(start - 1) != "of" || !self.cap(start - 2) {
            return false;
        }
        let mut k = start - 2;
        let mut words = 1;
        // A full stop only after an initial ("Tom J. Park"), never a sentence's end.
        let initial = |i: usize| self.word(i) == "." && i > 0 && self.word(i - 1).chars().count() == 1;
        while k > 0 && start - 2 - k < 5 && (self.cap(k - 1) || initial(k - 1)) {
            k -= 1;
            words += usize::from(self.cap(k));
        }
        (2..=4).contains(&words) && self.cap(k) && LEXICON.given(self.word(k)).is_some()
    }

    /// Whether the name starting at `start` follows a role that heads or speaks for a body and "of"
    /// ("the chief executive of X", "head of X"), or a working role and "at" or "with" ("an analyst at
    /// X"). Not "the father of X", nor "works for X": people work for people too ("working for Trump").
    fn employer_context(&self, start: usize) -> bool {
        // "the head of the Bundesbank": the article after "of".
        let of = if start >= 3 && self.low(start - 1) == "the" {
            start - 1
        } else {
            start
        };
        of >= 2
            && (self.low(of - 1) == "of" && EMPLOYER_ROLES.contains(self.low(of - 2))
                // "an analyst at Nomura", "economists with Barclays".
                || matches!(self.low(of - 1), "at" | "with") && EMPLOYER_AT_ROLES.contains(self.low(of - 2)))
            // "an analyst at Istanbul brokerage Bogazici Menkul Degerler", "carmaker Samara Avto": a
            // noun for a business in lower case right before the name; not "maker", which is a
            // craftsman's too ("marimba maker Rosendo Pérez Cancino").
            || start >= 1
                && self.is_word(start - 1)
                && !self.cap(start - 1)
                && firm_noun(self.word(start - 1))
                && self.word(start - 1) != "maker"
    }

    /// Whether the name `name` ends in two plural nouns for people by what they do ("-ers", "-ors")
    /// joined by "and": "Associated Builders and Contractors".
    fn agent_plurals_joined(&self, name: Range<usize>) -> bool {
        let agent = |k: usize| {
            let l = self.low(k);
            l.len() > 5 && (l.ends_with("ers") || l.ends_with("ors"))
        };
        name.len() >= 3 && self.word(name.end - 2) == "and" && agent(name.end - 1) && agent(name.end - 3)
    }

    /// Whether "of" at token `of` follows a company's legal form ("Gulf Coast Shipbuilding Corp. of
    /// Pascagoula said"): what follows is the company's home town.
    fn form_before(&self, of: usize) -> bool {
        let form = |k: usize| companies::is_form(self.word(k));
        of >= 2 && (form(of - 1) || self.word(of - 1) == "." && form(of - 2))
    }

    /// Whether "of" at token `of` follows a person's age between commas ("Ryan Vell, 36, of
    /// Lancaster"): what follows is the home town ([`things::HOME_TOWN_AFTER_AGE`]).
    fn hometown_after_age(&self, of: usize) -> bool {
        of >= 3 && self.word(of - 1) == "," && self.word(of - 3) == "," && {
            let age = self.word(of - 2);
            (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit())
        }
    }

    /// Whether "from" before token `start` follows a noun for a person, a role or a relative: "a
    /// mechanic from ...", "a senator from ...", "her cousin from ..." (where the person comes from).
    fn origin_before(&self, start: usize) -> bool {
        start >= 2 && self.low(start - 1) == "from" && {
            let noun = self.low(start - 2);
            self.word(start - 2).starts_with(char::is_lowercase)
                && (person_noun(noun) || things::kinship_word(noun) || LEXICON.title(noun).is_some())
        }
    }

    /// Whether token `start` follows a known place that follows a preposition of place, joined by
    /// "and", "or" or a comma: "near N'Djamena and Goz Beida", "in Paris or ...".
    /// After a comma, where the preposition opens the sentence, the name may instead be the subject of
    /// the clause the place's phrase opens, which a word in lower case or an apposition follows ("In
    /// Riga, Ilze Ozolina said", "In Riga, Ilze Ozolina, an official, said"): no list then.
    fn beside_place(&self, name: Range<usize>) -> bool {
        let start = name.start;
        if start < 3 || !matches!(self.low(start - 1), "and" | "or" | ",") {
            return false;
        }
        let subject = self.word(start - 1) == ","
            && self.doc.is_sentence_start(start - 3)
            && (self.is_word(name.end)
                && self.word(name.end).starts_with(char::is_lowercase)
                && !matches!(self.low(name.end), "and" | "or")
                || self.word(name.end) == ","
                    && (matches!(self.low(name.end + 1), "a" | "an" | "the")
                        || self.number_between_commas(name.end).is_some()));
        !subject && self.is_place(start - 2) && self.cap(start - 2) && place_preposition(self.low(start - 3))
    }

    /// Doubts: a name that looks like a common word, a place, a work, a product or an unconfirmed
    /// sentence start counts only when the rest of the article confirms it. In this order: the first
    /// sets the flags of a single word, the others only add to them.
    fn doubts(&self, c: &mut Candidate, n: &NameFacts) {
        self.single_word_doubts(c, n);
        self.bare_name_doubts(c, n);
        self.group_or_title_doubts(c, n);
        self.place_or_thing_doubts(c, n);
        self.counted_plural_doubts(c, n);
        self.unconfirmed_doubts(c, n);
    }

    /// "2,300 Humvees were left", "three new Members", "other YouTubers as guests": any other
    /// capitalised plural after a word that counts it, with no noun after it that it would qualify (not
    /// "other Mets fans"), names a kind of thing or person, not one actor ([`PEOPLE_IN_PLURAL`]). A
    /// thing so counted stays a thing, so that the article's other mentions of it follow ("ten
    /// Skyliners, an aircraft ... The Skyliner").
    fn counted_plural_doubts(&self, c: &mut Candidate, n: &NameFacts) {
        let lone_word = n.text_words.len() == 1
            && !n.has_title
            && n.known.is_none()
            && n.given.is_none()
            && !c.all_caps
            && !c.thing;
        if lone_word
            && !self.is_place(n.name.start)
            && c.words.first().is_some_and(|w| plural_form(w))
            && !self.qualifies_noun_after(n.name.end)
            && self.counted(n.mention_start)
        {
            c.doubtful = true;
        }
    }

    /// A single word after a preposition of place, before a noun of a thing, or written in lower case
    /// elsewhere: a place, a thing or a common noun until another mention shows it acting.
    fn single_word_doubts(&self, c: &mut Candidate, n: &NameFacts) {
        let NameFacts {
            ref name,
            ref text_words,
            known,
            given,
            has_title,
            mention_start,
            ..
        } = *n;
        let end = name.end;
        // A single word the article also writes in lower case, or after a preposition of place or origin
        // ("in Herat", "ferries from Tars", "the village of Brin"; not "a note from Pinewood analyst ..."): it counts only if another mention of the
        // article shows it acting.
        if text_words.len() == 1 && !c.doubtful && !has_title && known.is_none() && !c.all_caps {
            let prev = if mention_start > 0 {
                self.word(mention_start - 1)
            } else {
                ""
            };
            // "shares in Veltrona", "a stake in Orbix": a company, not a place.
            let holding = prev == "in" && mention_start >= 2 && things::holding_word(self.low(mention_start - 2))
                    // "an analyst at Nomura": the employer, not a place.
                    || prev == "at" && self.employer_context(mention_start);
            // "in the Chathams", "near the Tarsby": the article does not hide the preposition, nor
            // does a place's possessive ("in Qacha's Nek", "in Russia's Chukotka").
            // "In Herat, ...": the preposition may open the sentence.
            let possessive = matches!(prev, "'s" | "’s") && mention_start >= 3 && self.cap(mention_start - 2);
            // "on The Kingsway": a place's own capitalised article too, not a publication's ("in The
            // Lancet").
            let street_the =
                prev == "The" && mention_start >= 2 && street_preposition(self.low(mention_start - 2));
            let prep = if (prev == "the" || street_the) && mention_start >= 2 {
                self.low(mention_start - 2)
            } else if possessive {
                self.low(mention_start - 3)
            } else if mention_start > 0 {
                self.low(mention_start - 1)
            } else {
                prev
            };
            // "focused on Obama", "a book on Lincoln": a public figure after "on" is what it is about.
            let about_figure = prep == "on" && things::public_figure_name(text_words[0]);
            c.place = PLACE_PREPOSITIONS.contains(prep) && !holding && !about_figure
                || things::stands_where_places_do(self.doc, self.lower, mention_start, end)
                || prev == "of" && mention_start >= 2 && things::place_noun_of(self.low(mention_start - 2))
                || prev == "of" && self.hometown_after_age(mention_start - 1)
                || prev == "of" && self.form_before(mention_start - 1)
                || self.word(end) == "," && self.is_place(end + 1) && !self.possessive_place(end + 1)
                || self.listed_with_place(mention_start, end)
                || self.range_from_place(mention_start)
                // "a former Salina mayor": the name before a place's office is the place, also as its
                // possessor ("Victoria's premier").
                || self.is_word(end) && PLACE_OFFICES.contains(self.low(end))
                || matches!(self.word(end), "'s" | "’s") && self.is_word(end + 1) && PLACE_OFFICES.contains(self.low(end + 1));
            // "the fight against Ebola": an illness's name is one wherever it stands, and no short
            // form of a body named after it ("the Ebola Response Fund").
            let illness = things::illness_name(text_words[0]);
            c.defined |= illness;
            // "just west of Brisk": a place, here and wherever the article names it.
            c.thing = illness
                || things::cue_noun_after(self.doc, self.lower, end)
                || things::product_noun_before(self.doc, self.lower, mention_start)
                || self.model_name(mention_start)
                || things::direction_before(self.lower, mention_start);
            // "the Court" beside "the trial court": the capital names the institution; not the head of
            // a longer name the run did not take ("the Committee on Government Reform").
            let institution = LEXICON.is_org_word(text_words[0])
                && matches!(prev, "the" | "this")
                && !matches!(self.low(end), "of" | "on" | "for");
            c.doubtful = self.seen_as_common_noun(&c.words[0]) && !institution
                || things::common_noun(&c.words[0]) && quotes::verb_lemma(self.low(end)).is_none()
                || matches!(prev, "in" | "near" | "outside" | "across" | "throughout" | "around")
                || matches!(
                    prev,
                    "at" | "from" | "into" | "through" | "via" | "towards" | "toward"
                ) && LEXICON.title(self.low(end)).is_none()
                    && !holding
                || prev == "of"
                    && mention_start >= 2
                    && (things::place_noun_of(self.low(mention_start - 2))
                        || self.word(mention_start - 2).starts_with(char::is_lowercase)
                            && !(self.word(end) == "," && self.low(end + 1) == "who")
                            && !things::company_of_word(self.low(mention_start - 2))
                            && (given.is_some() || !self.employer_context(mention_start)))
                // "a Souffleur", "an HDTV-like Screen": a capitalised common noun.
                || matches!(prev, "a" | "an")
                || c.place
                || c.thing;
        }
    }

    /// A name with nothing to make it an actor's before a noun of a place or a time, or after a noun of
    /// a place, an ordinal, a possessive or an amount.
    fn bare_name_doubts(&self, c: &mut Candidate, n: &NameFacts) {
        let NameFacts {
            ref name,
            ref text_words,
            known,
            given,
            has_title,
            mention_start,
            ..
        } = *n;
        let end = name.end;
        // "the Late Cretaceous period", "the Jóola Fogny speakers": a longer name before a noun of a place,
        // a time or a people, with no given name, title or organisation word to make it an actor's; not
        // before "area", which follows the names of bodies as often ("the Tulsa Metro area", served by
        // Tulsa Transit).
        let bare_longer = text_words.len() > 1
            && !has_title
            && known.is_none()
            && given.is_none()
            && !self.has_org_word(name.clone());
        if bare_longer
            && !self.is_place(name.start)
            && !matches!(self.low(end), "area" | "areas")
            && things::cue_noun_after(self.doc, self.lower, end)
        {
            c.doubtful = true;
            c.thing = true;
        }
        // "World Alzheimer's Day": a name before "'s Day" is an observance's; "Felco No. 2": one before
        // "No." and a number a numbered model's or ship's.
        let bare = !has_title && given.is_none();
        let observance = matches!(self.word(end), "'s" | "’s") && self.word(end + 1) == "Day";
        if self.edition_after_ordinal(n) || bare && (self.numbered(end) || observance) {
            c.doubtful = true;
            c.thing = true;
        }
        // "near the town of Cerro Policía": a longer name after a noun of a place and "of", a given
        // name at its start too ("the town of Bab Taza").
        let of_place =
            text_words.len() > 1 && !has_title && known.is_none() && !self.has_org_word(name.clone());
        if of_place
            && mention_start >= 2
            && self.word(mention_start - 1) == "of"
            && things::place_noun_of(self.low(mention_start - 2))
        {
            c.doubtful = true;
            c.place = true;
        }
        // "the Korenmarkt", "along Nyhavn": one word that ends as names of streets, squares and harbours
        // do in other languages; "Lanarkshire", "North Lanarkshire": as counties' do, a compass word
        // before it.
        let compass =
            text_words.len() == 2 && matches!(n.words[0].as_str(), "north" | "south" | "east" | "west");
        if (text_words.len() == 1 || compass)
            && !has_title
            && known.is_none()
            && (given.is_none() || compass)
            && n.words.last().is_some_and(|w| things::place_ending(w))
        {
            c.doubtful = true;
            c.place = true;
        }
        // "150 Kr", "20 DKK": a currency or a unit after an amount; "Rs 1,200": a currency before one;
        // "Th 10:00": a day of opening hours.
        if text_words.len() == 1
            && !has_title
            && known.is_none()
            && (things::unit_after_number(self.doc, mention_start, end)
                || things::currency_before_number(self.doc, mention_start, end)
                || things::opening_day(self.doc, mention_start, end))
        {
            c.doubtful = true;
            c.thing = true;
        }
        // "our Nation", "her Labrador": a capitalised common noun after a possessive determiner.
        if text_words.len() == 1
            && !has_title
            && known.is_none()
            && !c.all_caps
            && mention_start > 0
            && !self.has_org_word(name.clone())
            && things::possessed(self.low(mention_start - 1))
        {
            c.doubtful = true;
            c.thing = true;
        }
    }

    /// A name that is a document's, a people's in the plural, a group counted or half of a phrase
    /// with "of".
    fn group_or_title_doubts(&self, c: &mut Candidate, n: &NameFacts) {
        let NameFacts {
            ref name,
            ref text_words,
            known,
            given,
            has_title,
            mention_start,
            ..
        } = *n;
        let (first, end) = (name.start, name.end);
        // "the Adriatic Charter", "the National ICT Policy", "the Charter": a document's name, after a
        // word that is also a given name too ("the Virginia Constitution", "the Monroe Doctrine"), unless
        // the noun is also a surname ("Nathan Deal").
        if !has_title
            && known.is_none()
            && (given.is_none() || !surname_noun(self.low(name.end - 1)))
            && !c.all_caps
            && self.names_document(name.clone())
        {
            c.doubtful = true;
            c.thing = true;
        }
        // "above La Condamine", "a Le Creuset pot" ([`ARTICLE_OPENS_NAME`]): a French, Spanish or
        // Italian article opens the names of places, works and firms, not a person's, unless it speaks
        // or another mention shows a person ("Marine Le Pen ... Le Pen").
        if text_words.len() > 1
            && !has_title
            && known.is_none()
            && given.is_none()
            && !c.all_caps
            && matches!(text_words[0], "La" | "Le" | "Les" | "El" | "Los" | "Las" | "Il")
            && !self.is_place(first)
            && !self.has_org_word(name.clone())
            && !self.speaks_at(mention_start, end)
        {
            c.doubtful = true;
            c.place = true;
        }
        // "Native Americans", "the Tarahumara Indians": a people named by a nationality in the plural.
        if text_words.len() > 1 && !has_title && known.is_none() && given.is_none() && !c.all_caps {
            let last = text_words[text_words.len() - 1];
            let nationality_plural = last.strip_suffix('s').is_some_and(|one| {
                LEXICON.place(one).is_some_and(|c| c != "-") && LEXICON.place(last).is_some_and(|c| c != "-")
            });
            // "the Cleveland Indians": after a town, a team.
            let team = (name.start..name.end - 1).any(|i| self.is_place(i));
            if nationality_plural && !team {
                c.doubtful = true;
            }
        }
        // One word, in mixed case, that no list, title or given name speaks for.
        let lone_word =
            text_words.len() == 1 && !has_title && known.is_none() && given.is_none() && !c.all_caps;
        // "some Texans", "many wealthy Tejanos", "most Congressmen": people counted as a group.
        // "Pennsylvanians", "Ohioans", "Londoners": the people of a known place, not "the Texans" (a team).
        // "North Carolinians" at a sentence's start, where the name lost its first word.
        let place_people = || {
            (mention_start == 0 || self.low(mention_start - 1) != "the")
                && text_words.first().is_some_and(|w| {
                    people_of_place(w)
                        || mention_start > 0
                            && self.cap(mention_start - 1)
                            && people_of_place(&format!("{} {w}", self.word(mention_start - 1)))
                })
        };
        if lone_word
            && !self.is_place(first)
            && (c.words.first().is_some_and(|w| {
                ends_with_one_of(w, &PEOPLE_PLURAL_ENDINGS, 2..=4) && self.counted(mention_start)
            }) || place_people())
        {
            c.doubtful = true;
        }
        // "Rhode Islanders", "North Carolinians": the people of a known place of two words.
        if text_words.len() == 2
            && !has_title
            && known.is_none()
            && !c.all_caps
            && (mention_start == 0 || self.low(mention_start - 1) != "the")
            && people_of_place(&text_words.join(" "))
        {
            c.doubtful = true;
        }
        // "Tides of Vellmark": half of a capitalised phrase with "of" that is no organisation's name; "of" and
        // a known place name where the name is from ("the Courier of Paris").
        if lone_word
            && things::half_of_phrase(self.doc, mention_start, end)
            && !(self.word(end) == "of" && self.is_place(end + 1))
        {
            c.doubtful = true;
        }
    }

    /// A name without a title, a listed organisation or a full personal name that its context makes a
    /// place, a thing, a work, a ship, a storm, an animal or a meeting.
    /// Whether the name at tokens `start..end` is a step on a path through menus, a ">" between it and
    /// a capitalised word: "Motion > Auto Home" ([`things::THING_BY_MENU_PATH`]).
    fn menu_path(&self, start: usize, end: usize) -> bool {
        let arrow = |k: usize| matches!(self.word(k), ">" | "→" | "›");
        arrow(end) && self.cap(end + 1) || start >= 2 && arrow(start - 1) && self.cap(start - 2)
    }

    /// Whether an amount follows the short word that ends before token `end`, a space away: a number
    /// with a thousands separator ("USh 35,000"), which a currency's or a unit's abbreviation stands
    /// before, unlike a body's before a standard's number or an author's before a year ("ISO 639",
    /// "Hume 1777"; [`things::THING_BY_CONTEXT`]).
    fn amount_after(&self, end: usize) -> bool {
        let spaced_number = self
            .doc
            .tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before);
        end > 0
            && (2..=4).contains(&self.word(end - 1).chars().count())
            && spaced_number
            && self.word(end).split_once(',').is_some_and(|(head, rest)| {
                (1..=3).contains(&head.len()) && rest.split(',').all(|group| group.len() == 3)
            })
    }

    fn place_or_thing_doubts(&self, c: &mut Candidate, n: &NameFacts) {
        if self.place_doubt(n) {
            c.doubtful = true;
            c.place = true;
        }
        if self.thing_doubt(n) {
            c.doubtful = true;
            c.thing = true;
        }
        let NameFacts {
            ref name,
            ref text_words,
            known,
            given,
            has_title,
            mention_start,
            ..
        } = *n;
        let end = name.end;
        let may_be_thing = n.may_be_thing();
        // "Brisk is a small town", "Brisk, a village of 300 people,": a place, here and wherever the
        // article names it.
        if may_be_thing
            && (things::place_predicate(self.doc, self.lower, end)
                || things::thing_predicate(self.doc, self.lower, end)
                || text_words.len() == 1 && self.place_apposition(end))
        {
            c.doubtful = true;
            c.thing = true;
            c.defined = true;
        }
        // "the film Easy Rider" names a work, and counts only if the article names it elsewhere as an
        // actor ("the book Obama wrote"); "the film Ada Lenz made" names a person.
        if may_be_thing && self.names_work(mention_start) {
            c.doubtful = true;
        }
        // "The plan, called Georgia Pathways,": a thing named so, whatever given name opens the name.
        if !has_title && known.is_none() && self.called_after_thing(mention_start) {
            c.doubtful = true;
            // "The lander, called Selene Pathfinder,": after a noun for a product, a name of several
            // words is the product's wherever the article names it, as right after the noun
            // ([`things::PRODUCT_BY_NOUN`]).
            let product = self
                .noun_before_called(mention_start)
                .is_some_and(things::product_noun);
            if product && text_words.len() > 1 {
                c.thing = true;
            }
        }
        // "the USS Potomac", "HMS Beagle": a ship; "Hurricane Katrina", "Typhoon Haiyan": a storm; here
        // and wherever the article names it.
        if text_words.len() > 1
            && known.is_none()
            && (SHIP_PREFIXES.contains(text_words[0]) || STORM_WORDS.contains(text_words[0]))
        {
            c.doubtful = true;
            c.thing = true;
            c.defined = true;
            // "the MV Sea Lucena ... the Sea Lucena": the ship's name without its prefix is what the
            // other mentions match.
            if SHIP_PREFIXES.contains(text_words[0]) && c.words.len() > 1 {
                c.words.remove(0);
            }
        }
        // "the main sport is Quidditch", "the most successful of the operas is Rusalka": a thing's or a
        // work's name after its noun and "is".
        if may_be_thing
            && given.is_none()
            && text_words.len() == 1
            && self.thing_named_by_predicate(mention_start)
        {
            c.thing = true;
        }
        // "Byron composed Thyrza", "Thyrza, a series of elegies", "starred in Confessions": a work, here
        // and wherever the article names it, unless a mention shows it acting.
        if may_be_thing && given.is_none() && (self.authored(mention_start) || self.work_in_apposition(end)) {
            c.thing = true;
        }
        // Works, entries of lists and places named by several words.
        if may_be_thing && given.is_none() && !c.all_caps {
            self.work_or_place(c, n);
        }
    }

    /// Whether the name stands where places do: the object of a verb of visiting or an instruction, a
    /// home town after an age, where a person comes from or beside a known place, a street's word, or
    /// another name of a place.
    fn place_doubt(&self, n: &NameFacts) -> bool {
        // "visited Brisk", "launched Orbix": a place or a thing; "Press Windows", "Pay GST": a thing.
        let instructed =
            n.mention_start > 0 && things::interface_verb_at(self.doc, self.lower, n.mention_start - 1);
        let prize = things::prize_verb_before(self.lower, n.mention_start, n.name.end);
        if n.may_be_thing()
            && (things::thing_verb_before(self.doc, self.lower, n.mention_start) || instructed || prize)
        {
            return true;
        }
        // "Denver Banks, 42, of Coral Gables,": a home town after an age, of several words too and though
        // a given name opens it, when no organisation's word is in it ([`things::HOME_TOWN_AFTER_AGE`]).
        if !n.has_title
            && n.known.is_none()
            && n.mention_start >= 1
            && self.word(n.mention_start - 1) == "of"
            && self.hometown_after_age(n.mention_start - 1)
            && !self.has_org_word(n.name.clone())
        {
            return true;
        }
        // "a 26-year-old mechanic from Kajo Keji", "near N'Djamena and Goz Beida": a name of several words
        // with nothing of an actor's, where a person comes from or beside a known place
        // ([`things::PLACE_OF_ORIGIN`], [`things::PLACE_BESIDE_PLACE`]).
        let bare = n.text_words.len() > 1 && !n.has_title && n.known.is_none() && n.given.is_none();
        if bare
            && !self.has_org_word(n.name.clone())
            && (self.origin_before(n.mention_start) || self.beside_place(n.mention_start..n.name.end))
        {
            return true;
        }
        // "residents of Avonside and Dallington", "parts of Offaly" ([`things::PLACE_OF_RESIDENTS`]).
        if n.may_be_thing()
            && !self.has_org_word(n.name.clone())
            && things::residents_of_before(self.doc, self.lower, n.mention_start)
        {
            return true;
        }
        // "in Soc Trang, Tra Vinh and Kien Giang provinces", "the OR Tambo, Alfred Nzo and Chris Hani
        // districts": a list of names before a plural noun for places holds places, also names that
        // open with a given name ([`things::PLACE_IN_LIST`]).
        if !n.has_title
            && n.known.is_none()
            && !self.has_org_word(n.name.clone())
            && self.list_before_place_noun(n.mention_start, n.name.end)
        {
            return true;
        }
        // "Str. Avram Iancu 9", "Calle Mayor": a street's word or its abbreviation in another language
        // is no name of its own (the name after it is the street's, and a person's it is named after,
        // as for other places).
        if n.text_words.len() == 1
            && !n.has_title
            && n.known.is_none()
            && things::street_word(n.text_words[0])
        {
            return true;
        }
        // "the town was renamed Brisca", "Paris, known as Lutecia": another name of a place.
        if n.may_be_thing()
            && n.given.is_none()
            && things::named_before(self.doc, self.lower, n.mention_start).is_some_and(|k| {
                self.is_place(k)
                    || things::place_noun(self.low(k))
                    || self.cap(k) && NOT_ACTOR_LAST.contains(self.word(k))
            })
        {
            return true;
        }
        false
    }

    /// Whether the name is a thing's: after a noun for a product or a vehicle, a meeting held, a name in
    /// another language, an animal's, a label on a menu path, or a currency before an amount.
    fn thing_doubt(&self, n: &NameFacts) -> bool {
        // "the tanker Star Meridian", "the vaccine Gardasil": a product's or a vehicle's name, here and
        // wherever the article names it.
        if !n.has_title
            && n.known.is_none()
            && things::product_noun_before(self.doc, self.lower, n.mention_start)
        {
            return true;
        }
        // "a keynote at the Orbix Developers Conference", "the 2020 Review Conference": a meeting held.
        if n.may_be_thing() && things::meeting_held(self.doc, self.lower, n.mention_start, n.name.end) {
            return true;
        }
        // "Brisk (Brisca in the Oskan language)": the name in another language, of a place or a thing.
        if n.may_be_thing()
            && n.given.is_none()
            && things::name_in_language(self.lower, n.mention_start, n.name.end)
        {
            return true;
        }
        // "Sonia, our golden retriever", "their dogs, Marbles and Kermit": an animal's name.
        if !n.has_title
            && n.known.is_none()
            && things::animal_name(self.doc, self.lower, n.mention_start, n.name.end)
        {
            return true;
        }
        // "Select Motion > Auto Home": a label on a path through a program's menus.
        if n.may_be_thing() && self.menu_path(n.mention_start, n.name.end) {
            return true;
        }
        // "USh 35,000", "Rs 1,200": a short word right before an amount is its currency or unit.
        if n.may_be_thing()
            && n.text_words.len() == 1
            && !self.is_place(n.mention_start)
            && self.amount_after(n.name.end)
        {
            return true;
        }
        false
    }

    /// A name that qualifies a thing, a lone unknown word after "the", or one that opens its sentence:
    /// it counts once the rest of the article confirms it.
    fn unconfirmed_doubts(&self, c: &mut Candidate, n: &NameFacts) {
        let NameFacts {
            ref name,
            ref text_words,
            known,
            given,
            has_title,
            ..
        } = *n;
        let (first, end) = (name.start, name.end);
        // "MacBook Air laptops", "the ICI system": a long name or an acronym that qualifies a product or a
        // thing counts only when the article names it elsewhere; a single word is the maker ("Intel chips").
        if known.is_none()
            && !has_title
            && (text_words.len() > 1 || c.all_caps)
            && !self.has_org_word(name.clone())
            && self
                .doc
                .tokens
                .get(end)
                .is_some_and(|t| t.space_before && t.kind == TokenKind::Word)
            && THING_NOUNS.contains(self.word(end))
        {
            c.doubtful = true;
        }
        // "the Falcon", "the Hajj": a single unknown word after "the" with nothing else for it is a thing;
        // not after a role and "of" ("the head of the Bundesbank").
        if text_words.len() == 1
            && c.article
            && known.is_none()
            && !has_title
            && !c.all_caps
            && given.is_none()
            && !self.has_org_word(name.clone())
            && !self.employer(n, false)
        {
            c.doubtful = true;
        }
        // Sentence-initial single unknown word: wait for confirmation from the rest of the article
        // (a public figure's surname needs none: "Putin said ..."; nor does a name that speaks after a
        // relative clause on "which": "Vortexa, which opposed the deal, said ...").
        if text_words.len() == 1
            && self.initial(first)
            && !has_title
            && known.is_none()
            && given.is_none()
            && !c.all_caps
            && !things::public_figure_name(text_words[0])
            && !self.speaks_after_which(end)
            && !self.who_after(end, text_words[0])
            && !self.person_apposition_after(end, text_words[0])
        {
            c.deferred = true;
            // "Federal investigators say": an adjective in "-al" before a plural noun in lower case; so
            // is a portfolio, the field ("Health officials said", beside "the Department of Health"),
            // and a common adjective before any noun in lower case ("Monetary policy can buy time").
            let lower_next = self.is_word(end) && self.word(end).starts_with(char::is_lowercase);
            let adjective = (c.words[0].ends_with("al") || PORTFOLIOS.contains(text_words[0]))
                && lower_next
                && plural_form(self.low(end))
                || things::adjective(&c.words[0]) && lower_next && !LEXICON.is_stop(self.low(end));
            c.common_opening = self.seen_as_common_noun(&c.words[0]) || adjective;
        }
    }

    /// Doubts about a name with no title, no known organisation and no given name first: the title of a
    /// work ("Copper Rain (2005)"), the label of an entry of a list ("Brisk: a quiet island"), a place of
    /// several words ("in Vellin Heath", "the bus to Tarsby Junction").
    fn work_or_place(&self, c: &mut Candidate, n: &NameFacts) {
        let NameFacts {
            ref name,
            ref text_words,
            mention_start,
            ..
        } = *n;
        let end = name.end;
        // "Copper Rain (2005)", "a role in The Glass Orchard", "Anna Berg's Tidal Atlas": the
        // title of a work, here and wherever the article names it.
        if !self.has_org_word(name.clone()) {
            let long = text_words.len() > 1;
            let year = things::year_in_brackets(self.doc, end);
            let article = things::capital_article_before(self.doc, mention_start);
            // One word needs both: "The Driftwood (2007)", not "The Guardian" nor "Lenz (2011)"; or a
            // name's possessive before the article: "Malle's The Lovers" (no paper is someone's).
            let authored_title = mention_start >= 3
                && matches!(self.word(mention_start - 1), "The" | "A" | "An")
                && matches!(self.word(mention_start - 2), "'s" | "’s")
                && self.cap(mention_start - 3);
            let single = year && article || authored_title;
            // "his Dumky Trio", "Warhol's Soup Cans": what a person owns or made, when nothing in the
            // name speaks for a person or a body, and, after a name's possessive, a word of it is a common
            // noun of the article ("DAB's Starry Lee" is a member of a party).
            let owned = long
                && c.person <= 0
                && c.org <= 0
                && match things::owner_before(self.doc, self.lower, mention_start) {
                    Some(things::Owner::Pronoun) => true,
                    Some(things::Owner::Name) => n.words.iter().any(|w| self.seen_as_common_noun(w)),
                    None => false,
                };
            if single
                || owned
                || long && (year || article || things::after_possessive_name(self.doc, mention_start))
            {
                c.doubtful = true;
                c.thing = true;
            }
        }
        // "Brisk: a quiet island", "Vellin Reserve. Open daily": the label of an entry of a list.
        if things::entry_label(self.doc, mention_start, end) {
            c.doubtful = true;
            c.thing = true;
        }
        // "in Vellin Heath", "across the Tarsby Plateau": a name of several words, no personal name and no
        // organisation, where places stand.
        if text_words.len() > 1
            && !self.has_org_word(name.clone())
            && (things::place_preposition_before(self.doc, self.lower, mention_start)
                || things::stands_where_places_do(self.doc, self.lower, mention_start, end)
                || things::direction_before(self.lower, mention_start))
        {
            c.doubtful = true;
            c.place = true;
        }
    }

    /// Whether the article writes `word` (lower case), or its singular or plural, in lower case: "Letters"
    /// beside "a letter", "Rule" beside "the rules" are common nouns capitalised. Not an organisation word
    /// ("the Court" beside "both courts", "the Times" beside "times").
    fn seen_as_common_noun(&self, word: &str) -> bool {
        let seen = |w: &str| self.lower_seen.contains(w);
        let variant = || {
            word.strip_suffix('s')
                .is_some_and(|one| one.len() >= 3 && seen(one))
                || word
                    .strip_suffix("es")
                    .is_some_and(|one| one.len() >= 3 && seen(one))
                || word.len() >= 3 && (seen(&format!("{word}s")) || seen(&format!("{word}es")))
        };
        seen(word) || !LEXICON.is_org_word_lower(word) && variant()
    }

    /// "from Agadez to Zinder", "from Tirana to Dukat": the end of a range that opens at a known place
    /// (of one to three words) is a place too ([`things::RANGE_OF_PLACES`]).
    fn range_from_place(&self, start: usize) -> bool {
        start >= 3
            && self.low(start - 1) == "to"
            && (1..=3).any(|len| {
                start >= len + 2
                    && self.low(start - 2 - len) == "from"
                    && (start - 1 - len..start - 1).all(|k| self.cap(k))
                    && self.place_len(start - 1 - len, start - 1) == len
            })
    }

    /// Whether the single word from `start` to `end` stands in a list with a known place, anywhere in
    /// the list ("Paris, Brisk and Vellin", "Brisk, Vellin, Paris"; [`things::PLACE_IN_LIST`]): a list
    /// of places holds places; so does a list before a plural noun for places ("Brisk and Vellin
    /// counties").
    fn listed_with_place(&self, start: usize, end: usize) -> bool {
        // "Speaking in Paris, Brisk said": a preposition, a place and a comma before a name that a verb
        // follows close a fronted phrase; the name is the subject of the clause, not a list's next place.
        // So does an apposition that an article or an age opens ("near Hatton, Muthulakshmi, a plucker,
        // said").
        let apposition = self.word(end) == ","
            && (matches!(self.low(end + 1), "a" | "an") || self.number_between_commas(end).is_some());
        let clause_subject = start > 0
            && self.word(start - 1) == ","
            && (self.is_word(end)
                && self.word(end).starts_with(char::is_lowercase)
                && !matches!(self.low(end), "and" | "or")
                || apposition);
        // "We went to Belfast, to Derry, to Newry": each item may repeat the preposition before the
        // name.
        let repeated = (start > 0 && self.is_word(start - 1))
            .then(|| self.low(start - 1))
            .filter(|p| place_preposition(p) || matches!(*p, "to" | "from" | "at"));
        // Leftwards: items of at most three capitalised words, each behind a comma, "and" or "or".
        let mut k = start;
        let mut items = 1;
        for _ in 0..LIST_ITEMS {
            let mut joint = k;
            // The preposition is repeated only after a comma, "and" or "or" and before the item
            // before it too.
            let repeats =
                repeated.filter(|&p| joint > 1 && self.low(joint - 1) == p && self.joins_list(joint - 2));
            if repeats.is_some() {
                joint -= 1;
            }
            while joint > 0 && self.joins_list(joint - 1) && self.same_sentence(joint - 1, start) {
                joint -= 1;
            }
            if k == start && clause_subject && joint + 1 == start {
                // The place before the comma follows a preposition ("in Paris"): a fronted phrase.
                let mut s = joint;
                while s > 0 && joint - s < 3 && self.cap(s - 1) {
                    s -= 1;
                }
                if s < joint && s > 0 && PLACE_PREPOSITIONS.contains(self.low(s - 1)) {
                    break;
                }
            }
            // A function word that opens the sentence is no word of the item ("For Scotland or Brittany").
            let mut s = joint;
            while s > 0
                && joint - s < 3
                && self.cap(s - 1)
                && !LEXICON.is_stop(self.low(s - 1))
                && self.same_sentence(s - 1, start)
            {
                s -= 1;
            }
            if joint == k || s == joint || repeats.is_some_and(|p| s == 0 || self.low(s - 1) != p) {
                break;
            }
            if self.list_item_is_place(s..joint) {
                return true;
            }
            k = s;
            items += 1;
        }
        // The list follows a plural noun for places: "the towns of Brisk, Vellin and Tarsby", "cities
        // served are Brisk, Vellin and Tarsby".
        let first = k;
        // Rightwards, the same.
        let (found, k, after) = self.places_listed_after(start, end, repeated);
        if found {
            return true;
        }
        items += after;
        // "Gwinnett and Cobb counties": a plural noun for places right after the list.
        let noun_after = self.is_word(k) && things::place_noun_plural(self.low(k));
        items > 1
            && (self.places_named_before(first)
                || self.list_after_place_preposition(first, items, k)
                || noun_after)
    }

    /// Whether token `k` joins the items of a list: a comma, "and" or "or".
    fn joins_list(&self, k: usize) -> bool {
        matches!(self.word(k), "," | "and" | "or")
    }

    /// Whether a list's item is a place: the whole item ("New York", not "The New York Times"), or a
    /// name of several words whose head makes it a place or a thing ("Cliffside Park", "Newark
    /// Airport").
    fn list_item_is_place(&self, item: Range<usize>) -> bool {
        item.len() == 1 && self.is_place(item.start)
            || self.place_len(item.start, item.end) == item.len()
            || item.len() > 1 && NOT_ACTOR_LAST.contains(self.word(item.end - 1))
    }

    /// The items of a list after the name from `start` to `end` ([`Self::listed_with_place`]), each
    /// of at most three capitalised words behind a comma, "and" or "or", maybe with the name's own
    /// preposition `repeated`: whether one is a place, the token after the last, and how many.
    fn places_listed_after(&self, start: usize, end: usize, repeated: Option<&str>) -> (bool, usize, usize) {
        let mut k = end;
        let mut items = 0;
        for _ in 0..LIST_ITEMS {
            let mut joint = k;
            while self.joins_list(joint) && self.same_sentence(start, joint + 1) {
                joint += 1;
            }
            // "in Airai, Melekeok and on Babeldaob": the last item may repeat a preposition of place,
            // and each item the name's own ("to Newry, to Belfast").
            if joint > k
                && self.is_word(joint)
                && (matches!(self.low(joint - 1), "and" | "or") && place_preposition(self.low(joint))
                    || repeated == Some(self.low(joint)))
            {
                joint += 1;
            }
            let mut e = joint;
            while e - joint < 3 && self.cap(e) && self.same_sentence(start, e) {
                e += 1;
            }
            // "Xinhua, China's official news agency": a possessive opens an apposition, no list item.
            if joint == k || e == joint || matches!(self.word(e), "'s" | "’s") {
                break;
            }
            if self.list_item_is_place(joint..e) {
                return (true, e, items + 1);
            }
            k = e;
            items += 1;
        }
        (false, k, items)
    }

    /// Whether the name of tokens `start..end` is an item of a list of two names or more, each of one
    /// to three capitalised words joined by commas, "and" or "or", that a plural noun for places in
    /// lower case closes: "Soc Trang, Tra Vinh and Kien Giang provinces", "the Alfred Nzo and Chris
    /// Hani districts" ([`things::PLACE_IN_LIST`]); not "the Smith and Jones families".
    fn list_before_place_noun(&self, start: usize, end: usize) -> bool {
        let mut items = 1;
        // Leftwards: is there an item before the name?
        let mut joint = start;
        while joint > 0
            && start - joint < 2
            && self.joins_list(joint - 1)
            && self.same_sentence(joint - 1, start)
        {
            joint -= 1;
        }
        if joint < start && joint > 0 && self.cap(joint - 1) {
            items += 1;
        }
        // Rightwards, to the noun after the last item.
        let mut k = end;
        for _ in 0..LIST_ITEMS {
            let mut joint = k;
            while joint - k < 2 && self.joins_list(joint) && self.same_sentence(start, joint + 1) {
                joint += 1;
            }
            let mut e = joint;
            while e - joint < 3 && self.cap(e) && self.same_sentence(start, e) {
                e += 1;
            }
            if joint == k || e == joint {
                break;
            }
            items += 1;
            k = e;
        }
        items > 1
            && self.is_word(k)
            && self.word(k).starts_with(char::is_lowercase)
            && self.same_sentence(start, k)
            && things::place_noun_plural(self.low(k))
    }

    /// Whether a preposition of place opens the list that starts at token `first`: "near Jalal-Abad and
    /// Batken", "across Osh, Batken or Naryn" (each name stands where the first does); not "on", "in" or
    /// "through", which as often open topics, works, cases and citations ("focused on Lenz and Berg",
    /// "set out in Moran and Pyle", "through Polio and Gass 1997"); "in" before three names or more,
    /// with no year or bracket after them, nor a word of holding before it, opens a list of places
    /// ("schools in Airai, Melekeok and on Babeldaob"; not "stakes in Orvik, Tarsk and Brenn").
    fn list_after_place_preposition(&self, first: usize, items: usize, end: usize) -> bool {
        let Some(prep) = first.checked_sub(1).filter(|&p| self.is_word(p)) else {
            return false;
        };
        let lower = self.low(prep);
        let places_in = lower == "in"
            && items >= 3
            && !(prep >= 1 && things::holding_word(self.low(prep - 1)))
            && !(self.word(end) == "(" || self.word(end).starts_with(|c: char| c.is_ascii_digit()));
        PLACE_PREPOSITIONS.contains(lower) && !matches!(lower, "on" | "in" | "through")
            || places_in
            || things::motion_verb_before(self.lower, first)
    }

    /// Whether the list that starts at token `first` follows a plural noun for places, maybe with a
    /// participle, and "of", "are", "include", "including", "like", "such as" or a colon ("the towns
    /// of", "cities served are", "villages such as"; [`things::PLACE_IN_LIST`]).
    fn places_named_before(&self, first: usize) -> bool {
        let Some(connector) =
            self.list_introducer(first, &["of", "are", "include", "including", "like", ":"])
        else {
            return false;
        };
        let plural = |i: usize| {
            self.is_word(i) && self.same_sentence(i, first) && things::place_noun_plural(self.low(i))
        };
        let participle = |i: usize| self.is_word(i) && self.low(i).ends_with("ed");
        // "other provinces, including Övörkhangai and Gobi-Altai": a comma may set the examples off.
        let comma = connector >= 2
            && self.word(connector - 1) == ","
            && matches!(self.low(connector), "including" | "such" | "like");
        connector >= 1 && plural(connector - 1)
            || connector >= 2 && participle(connector - 1) && plural(connector - 2)
            || comma && plural(connector - 2)
    }

    /// Whether the name is a known given name and one word that heads names of places or things but
    /// is a surname too, and the person speaks: "Joan Rivers said", "said Ann Lake", "Tom Park, who
    /// runs the firm" ([`SURNAME_AS_PLACE_HEAD`]); not "Victoria Park" or "walked to Albert Hall".
    fn surname_as_head(&self, n: &NameFacts) -> bool {
        // Not after a preposition of place nor after another word of the name: "doctors at Hill Hospital
        // said", "Lenox Hill Hospital said".
        let outer = n.qualified_from.unwrap_or(n.mention_start);
        // "in the Rocky Mountain states": an article before it makes a place's or a thing's name; so
        // does "from" ("a delegate from Rock Springs, who lost her bid").
        let placed = outer > 0
            && (place_preposition(self.low(outer - 1))
                || matches!(self.low(outer - 1), "at" | "the" | "from")
                || self.cap(outer - 1) && quotes::verb_lemma(self.low(outer - 1)).is_none());
        // "Pieter van Dam": a particle of a surname before the head makes it one.
        let particle = n.name.len() >= 3
            && self.is_word(n.name.end - 2)
            && PARTICLES.contains(self.word(n.name.end - 2));
        n.given.is_some()
            && !placed
            && (particle || n.words.len() == 2 && self.speaks_at(n.mention_start, n.name.end))
    }

    /// Whether the name at `name` opens a transcript's label in capitals and a role in capitals follows
    /// it after a comma, up to the colon or an aside in brackets before it: "SOPHEA CHAN, REPORTER:",
    /// "KEO SAMNANG, UNION LEADER:", "EKAI LOKWANG, FISHERMAN (through interpreter):". A role is a title
    /// or a word for a kind of speaker (`data/source-kind-*.txt`; "FARMER", "RESIDENT"), or a noun in
    /// "-man" ("FISHERMAN").
    fn label_with_role(&self, name: Range<usize>) -> bool {
        if self.word(name.end) != ","
            || !self.doc.tokens[name.start].line_start
            || !is_all_caps(self.word(name.start))
        {
            return false;
        }
        let role_word = |k: usize| {
            let l = self.low(k);
            LEXICON.title(l).is_some()
                || crate::analysis::voices::kind_of_word(l).is_some_and(|kind| kind != VoiceKind::Business)
                || l.len() > 4 && (l.ends_with("man") || l.ends_with("woman"))
        };
        let mut role = false;
        for k in name.end + 1..self.doc.tokens.len().min(name.end + 8) {
            match self.word(k) {
                ":" => return role,
                "(" => return role && self.doc.aside_close(k).is_some_and(|c| self.word(c + 1) == ":"),
                w if self.is_word(k) && is_all_caps(w) => role |= role_word(k),
                _ => return false,
            }
        }
        false
    }

    /// Whether the name in capitals at `name` is a transcript's speaker before a colon, with only
    /// capitals between it and the line's start ("BRIT HUME:", "HUME: The money ...").
    fn speaker_label(&self, name: Range<usize>) -> bool {
        if self.word(name.end) != ":" {
            return false;
        }
        let mut k = name.start;
        while k > 0 && name.start - k < 4 && !self.doc.tokens[k].line_start && is_all_caps(self.word(k - 1)) {
            k -= 1;
        }
        self.doc.tokens.get(k).is_some_and(|t| t.line_start)
    }

    /// Whether the name is an edition or an event after "the" and an ordinal ("the first Ashes Test",
    /// "the second Test"; [`THING_BY_CONTEXT`](things::THING_BY_CONTEXT)): not with a title, a given
    /// name, an organisation word or a body it leads ("the second Bush administration").
    fn edition_after_ordinal(&self, n: &NameFacts) -> bool {
        let start = n.mention_start;
        start >= 2
            && self.low(start - 2) == "the"
            && crate::analysis::timex::ordinal_of(self.low(start - 1)).is_some()
            && !n.has_title
            && n.known.is_none()
            && n.given.is_none()
            && !self.has_org_word(n.name.clone())
            && !LEADER_BODIES.contains(self.low(n.name.end))
    }

    /// Whether a "Center" named at `name` speaks, which makes it a body, not a building: a verb of
    /// saying after it, also after a town ("the National Hurricane Center in Miami said"), or before
    /// it ("said the Carter Center", "according to the Pew Research Center").
    fn center_speaks(&self, name: Range<usize>) -> bool {
        let says = |k: usize| {
            quotes::verb_lemma(self.low(k)).is_some() && !self.low(k).ends_with("ing") && !self.cap(k)
        };
        let after = says(name.end)
            || matches!(self.low(name.end), "in" | "at") && self.cap(name.end + 1) && says(name.end + 2);
        let mut b = name.start;
        if b > 0 && self.low(b - 1) == "the" {
            b -= 1;
        }
        let before =
            b > 0 && (says(b - 1) || b > 1 && self.low(b - 2) == "according" && self.low(b - 1) == "to");
        after || before
    }

    /// Whether a relative clause on "which" after the name at token `end` is followed by a verb of
    /// saying: "Vortexa, which opposed the deal, said ..." ([`ORGANISATION_WHICH_SPEAKS`]).
    fn speaks_after_which(&self, end: usize) -> bool {
        self.doc
            .after_which_clause(end)
            .is_some_and(|k| quotes::verb_lemma(self.low(k)).is_some() && !self.low(k).ends_with("ing"))
    }

    /// Whether ", who" follows the single word `word` that ends at token `end`, which is no plural, no
    /// common noun and not written in lower case in the article: "Arsenal, who drew 1-1 with Liverpool",
    /// not "Officials, who declined to be named".
    fn who_after(&self, end: usize, word: &str) -> bool {
        self.word(end) == ","
            && self.low(end + 1) == "who"
            && !word.ends_with('s')
            && !self.common_word(&lower(word))
    }

    /// Whether the word at token `k` is a noun for a person or a role's title in lower case: "nurse",
    /// "official".
    fn person_noun_at(&self, k: usize) -> bool {
        let w = self.low(k);
        self.word(k).starts_with(char::is_lowercase)
            && (PERSON_NOUNS.contains(w) || LEXICON.title(w).is_some_and(|(kind, _)| kind == TitleKind::Role))
    }

    /// Whether an apposition after "a" or "an" headed by a noun for a person or a role follows the
    /// unknown word `word` that opens a sentence ("Lerato, a junior supply chain official who testified,
    /// told the court"): a person's name, as with ", who"; not an English word ("Later, an official
    /// said").
    fn person_apposition_after(&self, end: usize, word: &str) -> bool {
        matches!(self.low(end + 1), "a" | "an")
            && !word.ends_with('s')
            && !self.common_word(&lower(word))
            && self.headed_from(end, |k| self.person_noun_at(k))
    }

    /// Whether `lower`, a lower-case word, is an English one rather than a name's: a common noun, a
    /// function word, or a word the article writes in lower case.
    fn common_word(&self, lower: &str) -> bool {
        things::common_noun(lower) || LEXICON.is_stop(lower) || self.lower_seen.contains(lower)
    }

    /// Whether the name at tokens `start..end` speaks right there: a verb of saying after or before it
    /// ("Joan Rivers said", "said Ann Lake"), ", who" or a role in apposition after it.
    fn speaks_at(&self, start: usize, end: usize) -> bool {
        // ", a spokesman for the firm,", ", president and chief executive officer,": a role in
        // apposition, with or without an article.
        let role_at = |k: usize| {
            self.title_at(k, k + LEXICON.title_words)
                .is_some_and(|(_, kind, _)| kind == TitleKind::Role)
        };
        // ", a teacher,", ", 42,": a noun for a person after an article, or an age, in apposition.
        let person_at = |k: usize| role_at(k) || PERSON_NOUNS.contains(self.low(k));
        let age = || {
            self.number_between_commas(end)
                .and_then(|n| n.parse::<u8>().ok())
                .is_some_and(|n| (1..=120).contains(&n))
        };
        let role_after = self.word(end) == ","
            && (matches!(self.low(end + 1), "a" | "an" | "the") && (end + 2..end + 5).any(person_at)
                || self.word(end + 1).starts_with(char::is_lowercase) && role_at(end + 1)
                || age());
        // "Sharon Street, for example, argues": a short aside between commas before the verb.
        let aside_then_verb = self.word(end) == ","
            && (end + 2..end + 5)
                .find(|&k| self.word(k) == ",")
                .is_some_and(|k| {
                    (end + 1..k).all(|j| self.is_word(j) && quotes::verb_lemma(self.low(j)).is_none())
                        && quotes::verb_lemma(self.low(k + 1)).is_some()
                        // Not a verb with its own subject after it: "..., in the east, said the guide".
                        && !matches!(self.low(k + 2), "the" | "a" | "an")
                        && !(self.is_word(k + 2) && self.cap(k + 2))
                });
        let speaks_after = quotes::verb_lemma(self.low(end)).is_some()
            || self.word(end) == "," && self.low(end + 1) == "who"
            || role_after
            || aside_then_verb;
        let speaks_before =
            start > 0 && quotes::verb_lemma(self.low(start - 1)).is_some() && self.word(end) != "'s";
        speaks_after || speaks_before
    }

    /// Whether `word`, a name alone at token `start`, is the surname of a person of this article that is
    /// also a place ([`Scan::surnames`]), and no preposition of place comes before it ("in Florence").
    fn person_surname(&self, start: usize, word: &str) -> bool {
        let placed = start > 0
            && matches!(
                self.low(start - 1),
                "in" | "at"
                    | "from"
                    | "to"
                    | "near"
                    | "into"
                    | "of"
                    | "outside"
                    | "across"
                    | "around"
                    | "toward"
                    | "towards"
            );
        self.surnames.contains(word) && !placed && self.country_at(start).is_none()
    }

    /// Whether the name starting at token `start` follows a noun for a work or a thing ("the film",
    /// "a device called the") or a product word in mixed case ("iPod Nano", "iTunes Music Store").
    fn names_work(&self, start: usize) -> bool {
        if self.work_in_list(start) || self.called_after_thing(start) {
            return true;
        }
        let mut k = start;
        // "the play The Tempest": the title's own article may be capitalised.
        if k > 0 && matches!(self.low(k - 1), "the" | "a" | "an") {
            k -= 1;
        }
        if k > 0 && matches!(self.word(k - 1), "called" | "named" | "titled" | "entitled") {
            k -= 1;
        }
        // "his latest book, Hegemony or Survival", "his dissertation, A Synopsis of ...": a comma before
        // the title.
        if k > 1 && self.word(k - 1) == "," && WORK_NOUNS.contains(self.word(k - 2)) {
            k -= 1;
        }
        if k == 0 || !self.same_sentence(k - 1, start) || !self.is_word(k - 1) {
            return false;
        }
        let prev = self.word(k - 1);
        if WORK_NOUNS.contains(prev) {
            return true;
        }
        // "iPod", "iTunes": lower case, then a capital.
        k == start && {
            let mut chars = prev.chars();
            chars.next().is_some_and(char::is_lowercase)
                && chars.next().is_some_and(char::is_uppercase)
                && self.doc.tokens[start].space_before
        }
    }

    /// Whether the name at token `start` is one of a list of titles after a plural noun for works,
    /// right after it or after "including", "include", "such as", "like" or a colon ("the films
    /// Silent Witness and Endless Light", "several films, including Silent Witness, Close to Home and
    /// Endless Light", "novels such as ..."; [`WORKS_IN_LIST`]). The titles between are capitalised
    /// words, the small words of titles and the list's commas and "and". Not apps, devices, tools or
    /// websites, which are as often named after their company ("apps such as Orbix").
    fn work_in_list(&self, start: usize) -> bool {
        let small = |l: &str| {
            matches!(
                l,
                "," | "and"
                    | "or"
                    | "of"
                    | "the"
                    | "a"
                    | "an"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "&"
            )
        };
        let mut k = start;
        while k > 0
            && start - k < 16
            && self.same_sentence(k - 1, start)
            && (self.cap(k - 1) || small(self.low(k - 1)))
        {
            k -= 1;
        }
        if k == 0 {
            return false;
        }
        let plural_work = |i: usize| {
            let l = self.low(i);
            !matches!(l, "apps" | "devices" | "tools" | "websites") && WORK_NOUNS.contains_plural(l)
                || l == "series"
        };
        let cue = k - 1;
        if plural_work(cue) {
            return true;
        }
        let Some(mut before) =
            self.list_introducer(k, &["including", "include", "includes", "included", "like", ":"])
        else {
            return false;
        };
        if before > 0 && self.word(before - 1) == "," {
            before -= 1;
        }
        before > 0 && self.same_sentence(before - 1, start) && plural_work(before - 1)
    }

    /// The first token of the words that introduce a list starting at token `first`: one of
    /// `connectors` right before it, or "such as" ("towns such as", "films, including"); the noun
    /// the list is of comes before that token ([`Scan::places_named_before`], [`Scan::work_in_list`]).
    fn list_introducer(&self, first: usize, connectors: &[&str]) -> Option<usize> {
        if first >= 2 && self.low(first - 1) == "as" && self.low(first - 2) == "such" {
            Some(first - 2)
        } else {
            (first >= 1 && connectors.contains(&self.low(first - 1))).then(|| first - 1)
        }
    }

    /// Whether a word counts the single word at token `start`, maybe with one lower-case adjective
    /// between: "some", "many", "most", "fourteen million", a number, not a year ("some Texans", "many
    /// wealthy Tejanos", "2,300 Humvees"; not "In 1828 Galois"; [`PEOPLE_IN_PLURAL`]).
    fn counted(&self, start: usize) -> bool {
        // "one" counts no plural.
        let counts = |k: usize| {
            let w = self.word(k);
            GROUP_QUANTIFIERS.contains(self.low(k))
                || self.doc.tokens[k].kind == TokenKind::Number
                    && !(w.len() == 4 && w.starts_with(['1', '2']))
                || crate::analysis::timex::number_word(self.low(k)).is_some_and(|n| n > 1)
        };
        let lower_word = |k: usize| self.is_word(k) && self.word(k).starts_with(char::is_lowercase);
        start > 0
            && self.same_sentence(start - 1, start)
            && (counts(start - 1) || start > 1 && lower_word(start - 1) && counts(start - 2))
    }

    /// Whether token `k` is a word in lower case that a capitalised word before it could qualify as a
    /// noun's modifier ("Mets fans", "Wikinews reporters"): no stop word ("were", "as", "to") and no
    /// past form ("voted", "arrived").
    fn qualifies_noun_after(&self, k: usize) -> bool {
        k < self.doc.tokens.len()
            && self.is_word(k)
            && self.word(k).starts_with(char::is_lowercase)
            && !LEXICON.is_stop(self.low(k))
            && !self.low(k).ends_with("ed")
    }

    /// Whether the name over `name` ends in a noun for a document (`data/actors-document-nouns.txt`:
    /// "Charter", "Policy", "Treaty") and no word before it is an organisation word ("the Adriatic
    /// Charter", "the National ICT Policy"; not "the Office of Science and Technology Policy"); a single
    /// such word needs "the" before it ("the Charter") ([`DOCUMENT_NAME`]).
    fn names_document(&self, name: Range<usize>) -> bool {
        if name.is_empty() {
            return false;
        }
        let last = name.end - 1;
        let head = DOCUMENT_NOUNS.contains(self.low(last)) && self.cap(last);
        let before = name.start..last;
        let single = before.is_empty();
        head && if single {
            name.start > 0 && self.low(name.start - 1) == "the"
        } else {
            !self.has_org_word(before.clone()) && before.clone().all(|i| self.low(i) != "of")
        }
    }

    /// Whether the name starting at token `start` completes "is" or "was" after a lower-case noun for a
    /// thing or a work, in the singular or the plural: "the main wizarding sport is Quidditch", "the most
    /// successful of the operas is Rusalka" ([`THING_NAMED_BY_PREDICATE`]).
    fn thing_named_by_predicate(&self, start: usize) -> bool {
        if start < 2 || !matches!(self.low(start - 1), "is" | "was") || !self.same_sentence(start - 2, start)
        {
            return false;
        }
        let noun = self.word(start - 2);
        noun.starts_with(char::is_lowercase)
            && (THING_NOUNS.contains_or_plural(noun) || WORK_NOUNS.contains_or_plural(noun))
    }

    /// Whether the name starting at token `start` is the object of a verb of making a work ("Byron composed
    /// Thyrza", "she wrote Middlemarch") or of "starred in" ([`WORK_BY_AUTHORSHIP`]).
    fn authored(&self, start: usize) -> bool {
        let mut k = start;
        if k > 0 && matches!(self.low(k - 1), "the" | "a" | "an") {
            k -= 1;
        }
        if k == 0 || !self.same_sentence(k - 1, start) {
            return false;
        }
        if self.low(k - 1) == "in" {
            return k >= 2 && matches!(self.low(k - 2), "starred" | "co-starred" | "stars" | "starring");
        }
        // "..., wrote Newt Gingrich in his book": after a quotation or a comma the verb's subject follows.
        let inverted = k < 2 || !self.is_word(k - 2);
        AUTHORSHIP_VERBS.contains(self.low(k - 1)) && !inverted
    }

    /// Whether the name ending at token `end` is followed by an apposition whose head is a noun for a work
    /// ("Thyrza, a series of elegies", "Brisca, an opera in three acts"; [`WORK_BY_AUTHORSHIP`]): a comma, an
    /// article, at most three lower-case words, then the noun, which ends the phrase or takes "of", "by",
    /// "in", "for" or "about" ("Orbix, a software company" and "Ada, a poem lover" are no works).
    fn work_in_apposition(&self, end: usize) -> bool {
        if self.word(end) != "," || !matches!(self.low(end + 1), "a" | "an" | "the") {
            return false;
        }
        let lower_word = |k: usize| self.is_word(k) && self.word(k).starts_with(char::is_lowercase);
        (end + 2..end + 5)
            .take_while(|&k| lower_word(k) && self.same_sentence(end, k))
            .find(|&k| WORK_NOUNS.contains_or_plural(self.low(k)))
            .is_some_and(|k| {
                !lower_word(k + 1) || matches!(self.low(k + 1), "of" | "by" | "in" | "for" | "about")
            })
    }

    /// The person at the start of a place or thing's name: a given name, initials and one surname
    /// ("John F. Kennedy Airport"), when more words follow.
    fn person_in_thing(&self, name: Range<usize>, out: &mut Vec<Candidate>) {
        let first = name.start;
        let Some(gender) = LEXICON.given(self.word(first)) else {
            return;
        };
        // "Cleveland Browns Stadium", "Fort Lee Historic Park": a place's name, not a person's.
        if self.is_place(first) || first > 0 && NOT_ACTOR_FIRST.contains(self.word(first - 1)) {
            return;
        }
        let mut k = first + 1;
        while k < name.end && self.word(k).chars().count() == 1 && is_capitalized(self.word(k)) {
            k += if self.name_period(k + 1) { 2 } else { 1 };
        }
        let surname = k + 1 < name.end
            && self.cap(k)
            && self.word(k).chars().count() > 2
            && !self.name_period(k + 1)
            && !self.has_org_word(k..k + 1)
            && !self.is_place(k)
            && !NOT_ACTOR_LAST.contains(self.word(k))
            && !self.lower_seen.contains(self.low(k))
            // "the Land Registration Act", "the Rock Safety Act", "the Coal Ash Management Act": an
            // abstract noun is no surname; nor is a common noun or adjective before a place's or an
            // event's head ("Clark Air Base", "the Clare Agricultural Show").
            && !act_or_quality_noun(self.low(k))
            && !things::common_noun(self.low(k))
            && !things::adjective(self.low(k));
        if !surname {
            return;
        }
        let person = first..k + 1;
        out.push(Candidate {
            span: self.doc.span_of(person.clone()),
            name_span: self.doc.span_of(person.clone()),
            words: person
                .filter(|&i| self.is_word(i))
                .map(|i| self.low(i).to_string())
                .collect(),
            person: 2,
            gender,
            given: true,
            rule: PERSON_IN_PLACE_NAME.name,
            ..Candidate::default()
        });
    }

    /// The well-known organisation whose one-word name opens a place's or a thing's name ("the Toyota
    /// Way", "the Nokia Arena"): the name's first word is the organisation
    /// ([`KNOWN_ORGANISATION`]), as a person's name is in "the Ada Lenz Memorial Prize".
    fn company_in_thing(&self, name: Range<usize>, out: &mut Vec<Candidate>) {
        let first = name.start;
        if name.len() < 2 || LEXICON.org(self.word(first)) != Some(ActorKind::Organization) {
            return;
        }
        out.push(Candidate {
            span: self.doc.span_of(first..first + 1),
            name_span: self.doc.span_of(first..first + 1),
            words: vec![self.low(first).to_string()],
            org: 2,
            rule: KNOWN_ORGANISATION.name,
            ..Candidate::default()
        });
    }

    /// "Theresa May": a month word after a given name is a surname.
    /// Whether the month's name at token `i` is the surname of a person the article names in full,
    /// before a verb or a possessive, which no month stands before ("Theresa May ... May told
    /// lawmakers", "May's deal"; [`SURNAME_OF_EARLIER_PERSON`](crate::analysis::actors::cluster)).
    fn month_as_surname(&self, i: usize) -> bool {
        if self.month_surnames.is_empty() {
            return false;
        }
        let next = self.low(i + 1);
        self.cap(i)
            && self.month_surnames.contains(self.word(i))
            && (quotes::verb_lemma(next).is_some() || matches!(next, "'s" | "’s"))
    }

    /// Whether the month's name at token `i` is a given name before a surname inside the group that
    /// ends at `end`: "Jan Kowal, 71,", "April Ryan said"; the next word is capitalised and no month,
    /// weekday, common noun or word the article writes in lower case ("May Day", "June Tuesday").
    fn month_as_given_name(&self, i: usize, end: usize) -> bool {
        let next = self.low(i + 1);
        i + 1 < end
            && LEXICON.given(self.word(i)).is_some()
            && self.cap(i + 1)
            && !LEXICON.is_month(next)
            && crate::analysis::timex::weekday_of(next).is_none()
            && !things::common_noun(next)
            && !LEXICON.is_stop(next)
            && !self.lower_seen.contains(next)
    }

    fn after_given(&self, i: usize) -> bool {
        i > 0 && self.cap(i - 1) && LEXICON.given(self.word(i - 1)).is_some()
    }

    fn name_period_keeps(&self, i: usize) -> bool {
        i > 0 && {
            let prev = self.word(i - 1);
            // "Apple Inc. said" keeps its period; "... met Zed Corp. Then" ends the sentence.
            let next = self.word(i + 1);
            (prev.chars().count() == 1 && is_capitalized(prev))
                || text::closes_name(prev)
                    && !next.is_empty()
                    && !next.starts_with(char::is_uppercase)
                    && !matches!(next, "\n")
        }
    }

    /// An organisation inside a role: the capitalised words before the title that are not places.
    fn org_in_role(&self, role: Range<usize>, out: &mut Vec<Candidate>) {
        let mut i = role.start;
        while i < role.end {
            if let Some((len, _, _)) = self.title_at(i, role.end) {
                i += len;
                continue;
            }
            if self.cap(i)
                && !self.is_place(i)
                && !LEXICON.is_stop(self.low(i))
                && !PORTFOLIOS.contains(self.word(i))
            {
                let s = i;
                while i < role.end && self.cap(i) && !self.is_place(i) && self.title_at(i, role.end).is_none()
                {
                    i += 1;
                }
                // "Competition Commissioner": one common noun names the office's field, no
                // organisation, unless a list knows it ("Apple CEO"); "Air Force Colonel" is a body; nor
                // do adjectives for the office's level or branch ("Provincial Governor").
                let field = |k: usize| {
                    i == s + 1 && things::common_noun(self.low(k)) && LEXICON.org(self.word(k)).is_none()
                        || OFFICE_ADJECTIVES.contains(self.word(k))
                };
                // "Home and Cultural Affairs Minister": after a portfolio and "and", words that end in
                // another portfolio go on the office's list of fields.
                let listed = s >= 2
                    && self.word(s - 1) == "and"
                    && PORTFOLIOS.contains(self.word(s - 2))
                    && PORTFOLIOS.contains(self.word(i - 1));
                // "Professor of Linguistics", "Professor of Oriental Languages": after "of", words that
                // end in a field of study name the subject taught.
                let taught = s >= 1
                    && self.word(s - 1) == "of"
                    && FIELDS_OF_STUDY.contains(self.word(i - 1))
                    && !self.has_org_word(s..i);
                // "Vellmark Governor Ada Lenz": the office is a place's, and so is the name before it.
                // The office is the last of the titles that follow ("Deputy Mayor").
                let mut k = i;
                while let Some((len, _, _)) = self.title_at(k, role.end) {
                    k += len;
                }
                let place_office = k > i && PLACE_OFFICES.contains(self.low(k - 1));
                // "the MP for Hakupu": the seat ([`things::CONSTITUENCY_OF_MEMBER`]).
                let seat = things::constituency_before(self.lower, s);
                if listed
                    || taught
                    || place_office
                    || seat
                    || (s..i).all(|k| {
                        PORTFOLIOS.contains(self.word(k)) || LEXICON.is_org_word(self.word(k)) || field(k)
                    })
                {
                    continue;
                }
                let words: Vec<String> = (s..i).map(|k| self.low(k).to_string()).collect();
                let mut c = Candidate {
                    span: self.doc.span_of(s..i),
                    name_span: self.doc.span_of(s..i),
                    words,
                    org: 2,
                    rule: ORGANISATION_IN_ROLE.name,
                    ..Candidate::default()
                };
                if LEXICON.org(self.doc.slice(c.span)).is_some() || self.has_org_word(s..i) {
                    c.org += 3;
                }
                c.all_caps = i - s == 1 && is_all_caps(self.word(s));
                out.push(c);
            } else {
                i += 1;
            }
        }
    }

    /// ", the French president," after a name: a role; ", the official news agency,": an
    /// organisation ([`ORGANISATION_IN_APPOSITION`]), which it returns.
    fn apposition(&self, end: usize, c: &mut Candidate) -> bool {
        if self.word(end) != "," {
            return false;
        }
        // "Muthulakshmi, 38, said": an age between commas is a person's.
        let age = self
            .number_between_commas(end)
            .and_then(|n| n.parse::<u8>().ok())
            .is_some_and(|n| (1..=120).contains(&n));
        if age {
            c.outweigh_as_person(2);
            return false;
        }
        let person_first = c.org <= c.person;
        let mut k = end + 1;
        if matches!(self.word(k), "the" | "a" | "an") {
            k += 1;
        }
        let start = k;
        let Some(AppositionPhrase {
            end: k,
            title_seen,
            coordinated,
        }) = self.apposition_phrase(end, start)
        else {
            return false;
        };
        // "Tass, the official Soviet news agency,": the head of the phrase is a noun for an
        // organisation, whatever role word ("official") stands before it.
        // The phrase is a noun phrase: it opens with an article or a possessive ("China's").
        let noun_phrase = start > end + 1 || self.cap(start) && matches!(self.word(start + 1), "'s" | "’s");
        // The head stands before the first preposition: "a spokesman for the party" is a role's phrase.
        let head_end = (start..k)
            .find(|&h| matches!(self.low(h), "for" | "of" | "at" | "with" | "to" | "from"))
            .unwrap_or(k);
        let org_head = (start..head_end).find(|&h| {
            // "a super PAC": a common acronym that is such a noun counts too.
            noun_phrase
                && h < start + 6
                && (!self.cap(h) || is_all_caps(self.word(h)))
                && LEXICON.is_org_noun(self.low(h))
                && (h + 1 == k || matches!(self.low(h + 1), "based" | "in" | "with" | "owned" | "run"))
        });
        // "Frank Dallas, a 52-year-old retired mail carrier,": an adjective only a person takes makes
        // the phrase a person's role, whatever its head.
        let org_head = org_head.filter(|&h| !(start..h).any(|k| PERSON_ADJECTIVES.contains(self.low(k))));
        // "Lerato, a nurse,", "Lerato, a junior official": a noun for a person or a role in lower case
        // that heads the phrase makes one unknown word a person's, whatever it weighed before; not a
        // body's name nor a noun a business also takes ("Sotheby's, the auctioneer").
        let single = c.words.len() == 1
            && LEXICON.org(self.word(end - 1)).is_none()
            && !LEXICON.is_org_word(self.word(end - 1));
        let person_head = single
            && start > end + 1
            && head_end > start
            && self.person_noun_at(head_end - 1)
            && !firm_noun(self.low(head_end - 1));
        if org_head.is_none() && (coordinated || !(title_seen && person_first || person_head)) {
            return false;
        }
        // A name that opens the sentence is one when a closed apposition follows it: "Tass, the
        // official news agency, said"; not "Meanwhile, the agency said" nor "Separately, ...".
        let word = self.low(end - 1);
        if c.deferred
            && matches!(self.word(k), "," | "that" | "which")
            && !LEXICON.is_stop(word)
            && !word.ends_with("ly")
            && !self.lower_seen.contains(word)
        {
            c.deferred = false;
        }
        if org_head.is_some() {
            c.org += 3;
        } else {
            c.roles.push(self.role(start..k));
            if person_head {
                c.outweigh_as_person(2);
            } else {
                c.person += 2;
            }
        }
        org_head.is_some()
    }

    /// The phrase of an apposition from token `start` after the comma at `end` ([`Scan::apposition`]):
    /// where it ends (a comma, a bracket, a period, "said", or "that" or "which" after a noun for an
    /// organisation), whether a role's title opens one of its first five words, and whether "and"
    /// joins two modifiers in lower case in it; `None` for a clause (a relative pronoun, "and", "but" or
    /// an auxiliary) or no phrase.
    fn apposition_phrase(&self, end: usize, start: usize) -> Option<AppositionPhrase> {
        let mut k = start;
        let mut title_seen = false;
        let mut coordinated = false;
        let mut relative = false;
        let lower_word = |j: usize| self.is_word(j) && !self.cap(j) && !LEXICON.is_stop(self.low(j));
        while k < self.doc.tokens.len() && k - start < 10 && self.same_sentence(end, k) {
            let w = self.word(k);
            if matches!(w, "," | "." | ")" | ";" | ":" | "(" | "said" | "says" | "told")
                || is_quote_mark(w.chars().next().unwrap_or(' ')) && !matches!(w, "'s" | "’s")
            {
                break;
            }
            // "Hershey, the US chocolate maker that had considered a bid, said": a relative clause after
            // a noun for an organisation ends the phrase.
            let relative_after_body =
                matches!(w, "that" | "which") && k > start && LEXICON.is_org_noun(self.low(k - 1));
            // "Lerato, a junior official who testified for the State, told": a relative clause on "who"
            // after a noun for a person or a role ends it too.
            // Only in a noun phrase an article opens ("Albright, echoing the president who ..., said").
            let relative_after_person =
                w == "who" && k > start && start > end + 1 && self.person_noun_at(k - 1);
            if relative_after_body || relative_after_person {
                relative = relative_after_person;
                break;
            }
            // "Naftogaz, the state oil and gas company,": "and" between two modifiers in lower case,
            // which only a noun for an organisation may head ([`Scan::apposition`]).
            if w == "and" && k > start && lower_word(k - 1) && lower_word(k + 1) {
                coordinated = true;
                k += 1;
                continue;
            }
            if matches!(
                w,
                "who" | "whose" | "which" | "that" | "and" | "but" | "is" | "was" | "has" | "had" | "will"
            ) {
                return None;
            }
            if k - start < 5
                && self
                    .title_at(k, k + LEXICON.title_words)
                    .is_some_and(|(_, kind, _)| kind == TitleKind::Role)
            {
                title_seen = true;
            }
            k += 1;
        }
        let closed = relative
            || matches!(
                self.word(k),
                "," | "." | "(" | ")" | "said" | "says" | "told" | ";" | "that" | "which"
            );
        (k > start && closed).then_some(AppositionPhrase {
            end: k,
            title_seen,
            coordinated,
        })
    }
}

/// Whether a word is capitals glued by their periods, as initials are written: "C.L.", "A.N.", "J.B.S.".
fn glued_initials(word: &str) -> bool {
    word.len() <= 6 && word.contains('.') && word.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// Whether a word is a person's initials with their periods: "A.N.", "R.", "J.B.S." (not "U.S.").
fn initials(word: &str) -> bool {
    let letters = word.chars().filter(char::is_ascii_uppercase).count();
    glued_initials(word)
        && word.ends_with('.')
        && (1..=3).contains(&letters)
        && !matches!(word, "U.S." | "U.K." | "U.N." | "E.U.")
}

/// Whether a word is a given name hyphenated in East Asian style, in lower case after the hyphen:
/// "Chung-tai", "Jae-won".
fn hyphenated_given(w: &str) -> bool {
    w.split(is_hyphen)
        .nth(1)
        .is_some_and(|t| t.starts_with(char::is_lowercase))
}

/// Collapses runs of whitespace (line breaks inside a name) into one space.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, part) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The display name of an actor.
pub fn canonical(name: &str) -> String {
    collapse(name)
}

/// A parenthesised candidate right after another is its short form: "Singapore Airlines (SIA)".
fn link_aliases(doc: &Doc, cands: &mut [Candidate]) {
    for k in 1..cands.len() {
        let start = doc.token_at_or_after(cands[k].span.start);
        if start < 2 || doc.word(start - 1) != "(" {
            continue;
        }
        let before = doc.tokens[start - 2].span().end;
        if let Some(p) = ending_at(cands, k, before) {
            // A person's short form is initials that fill the bracket ("Mohammed bin Salman (MBS)");
            // another word in brackets after a person's name is a title, a nickname or a party and
            // home state ("Tom Veck (Querelle)", "Luis Buñuel (Diary of a Chambermaid)", "Mitch
            // McConnell (Ky.)", "(D-N.J.)"): it counts only where the article names it elsewhere. A
            // party or a known body stays itself ("Ann Lee (Labour)").
            let next = doc.token_at_or_after(cands[k].span.end);
            let fills = matches!(doc.word(next), ")" | "," | ";");
            // A name that opens a list in the bracket is no short form: "Dlamini JA (Mahlangu and
            // Khumalo JJA concurring)".
            let listed =
                matches!(doc.word(next), "and" | "or") && doc.word(next + 1).starts_with(char::is_uppercase);
            let person = cands[p].person > cands[p].org;
            let known = known_rule(cands[k].rule) || cands[k].rule == PARTY_MEMBERS.name;
            // "Cllr Dean Fourie (DA)", "Justin McCarron (SDLP)": capitals in the bracket after a
            // person's name that hold none of its initials name the person's party or body.
            // So do the initials of the given name and the surname alone ("Patrick Joseph Lennon (PL)").
            let spells_person = || {
                acronym_of(&cands[p].words).is_some_and(|a| holds_initials(&cands[k].words[0], &a, 2))
                    || first_and_last_initials(&cands[p].words).is_some_and(|a| a == cands[k].words[0])
            };
            if person && fills && cands[k].all_caps && !spells_person() {
                continue;
            }
            if person && !(fills && cands[k].all_caps) {
                if cands[k].words.len() == 1 && !known {
                    cands[k].doubtful = true;
                }
            } else if known
                && acronym_of(&cands[p].words).is_none_or(|a| !holds_initials(&cands[k].words[0], &a, 2))
            {
                // "UNITED NATIONS (AP) --": a known body in brackets that the name before does not
                // spell is a body of its own (the agency of a dateline); one that holds the name's
                // initials in order is its short form ("the United Nations Children's Fund (UNICEF)").
                continue;
            } else if !listed && (cands[k].all_caps || cands[k].words.len() == 1) {
                cands[k].alias_of = Some(p);
                let (person, org) = (cands[p].person, cands[p].org);
                cands[k].person = person.min(1);
                cands[k].org = org.min(1);
            }
        }
    }
}

/// The candidate before candidate `k` that ends at byte `end`: candidates are sorted by start, so the
/// one ending right before a bracket or a comma starts before it, among the last few.
fn ending_at(cands: &[Candidate], k: usize, end: usize) -> Option<usize> {
    let upto = cands[..k].partition_point(|c| c.span.start < end);
    (upto.saturating_sub(4)..upto)
        .rev()
        .find(|&p| cands[p].span.end == end)
}

/// One word after an organisation's name, a comma and "or", closed by punctuation, that begins with
/// the name's first initial and holds all of them in order, is the name's short form: "the Caribbean
/// Community, or Caricom, met" (not "the Vell Council, or Brussels,").
fn link_or_aliases(doc: &Doc, cands: &mut [Candidate]) {
    for k in 1..cands.len() {
        let start = doc.token_at_or_after(cands[k].span.start);
        if start < 3
            || doc.lower(start - 1) != "or"
            || doc.word(start - 2) != ","
            || cands[k].words.len() != 1
        {
            continue;
        }
        let closed = matches!(doc.word(start + 1), "," | "." | ")" | ";" | ":");
        let before = doc.tokens[start - 3].span().end;
        let Some(p) = ending_at(cands, k, before) else {
            continue;
        };
        let spelled = acronym_of(&cands[p].words).is_some_and(|a| holds_initials(&cands[k].words[0], &a, 4));
        if closed && spelled && cands[p].org > cands[p].person {
            cands[k].alias_of = Some(p);
            cands[k].person = cands[p].person.min(1);
            cands[k].org = cands[p].org.min(1);
        }
    }
}

/// "Mountain Dew", "Horse Racing": a name of several words with no evidence of its kind, a person's
/// by default, is doubtful when it starts with a common noun: it counts only where another mention
/// shows an actor ([`NOT_A_PERSON_BY_NOUN`]). "Natural Language Processing", "Supreme Soviet": so
/// does a common adjective, where no word of the name is a given name ("Starry Lee" is a person's).
/// "Homeland Security": a portfolio's field in the singular names no person either (a plural one
/// may end a company's name: "Barstool Sports").
fn noun_first(n: &NameFacts) -> bool {
    let no_given = || n.text_words.iter().all(|w| LEXICON.given(w).is_none());
    let adjective_first = || things::adjective(&n.words[0]) && no_given();
    let portfolio_last = || PORTFOLIOS.contains(n.last_word) && !n.last_word.ends_with('s') && no_given();
    n.given.is_none()
        && n.text_words.len() >= 2
        && (things::common_noun(&n.words[0]) || adjective_first() || portfolio_last())
}

/// The kind the word lists know a name as (`full`, its words as written): the name itself, the name
/// before its legal form ("Philip Morris Cos.", "Goldman Sachs Group Inc."), or a known body after the
/// acronym of the body it belongs to ("the U.N. World Food Program", "the EU Fisheries Agency").
fn known_kind(full: &str) -> Option<ActorKind> {
    LEXICON
        .org(full)
        .or_else(|| {
            let mut base = full;
            while let Some((head, form)) = base.rsplit_once(' ') {
                if !companies::is_form(form.trim_end_matches('.')) {
                    break;
                }
                base = head.trim_end_matches(',');
            }
            (base.len() < full.len()).then(|| LEXICON.org(base)).flatten()
        })
        .or_else(|| {
            let (parent, rest) = full.split_once(' ')?;
            let acronym = parent.len() <= 6
                && parent.chars().any(|ch| ch.is_ascii_uppercase())
                && parent.chars().all(|ch| ch.is_ascii_uppercase() || ch == '.');
            (acronym && LEXICON.org(&parent.replace('.', "")) == Some(ActorKind::Organization))
                .then(|| LEXICON.org(rest))
                .flatten()
        })
}

/// A party's initial and a home state, as American papers write them after a legislator's name:
/// "D-Ohio", "R-Tex.", "I-Vt.".
fn party_and_state(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// Whether `lower` is one of the small words a title keeps in lower case: "in", "the", "of", "a", "an",
/// "and", "at", "on", "to" ("“Ghost in the Harbour”", "“Meet the Press”").
fn small_title_word(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "the" | "of" | "a" | "an" | "and" | "at" | "on" | "to"
    )
}

/// Prefixes of surnames written with a capital inside the word: "McCain", "MacArthur", "DeConcini".
const SURNAME_PREFIXES: [&str; 13] = [
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Al", "El",
];

/// Whether a word is spelt as companies spell their names: one capital inside it after lower-case
/// letters and no prefix of a surname ("BlackRock", "YouTube"; not "McCain", "DeShawn"), or initials
/// run into a word ("JPMorgan"); not a name of code with several humps ("ChangeCoordSys") nor a noun
/// for a person ("YouTuber").
pub fn camel_case(word: &str) -> bool {
    // Most words have no capital after the first letter: one look rules them out.
    if !word.chars().skip(1).any(char::is_uppercase) || !word.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // "YouTuber", "Redditors": a noun for a person, not a company.
    let agent = ["er", "ers", "or", "ors"].iter().any(|e| word.ends_with(e));
    if agent || word.contains(['\'', '’', '-', '.']) {
        return false;
    }
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    let mut humps = word
        .char_indices()
        .zip(word.chars().skip(1))
        .filter(|&((_, a), b)| a.is_lowercase() && b.is_uppercase())
        .map(|((k, a), _)| k + a.len_utf8());
    let mut second = word.chars().skip(1);
    let initials = word.chars().count() > 3
        && second.next().is_some_and(char::is_uppercase)
        && second.any(char::is_lowercase);
    match (humps.next(), humps.next()) {
        (Some(k), None) => {
            let prefix = &word[..k];
            // "OnThursday": two words run together.
            let run_together = LEXICON.is_stop(&prefix.to_lowercase());
            lower >= 3 && !initials && !run_together && !SURNAME_PREFIXES.contains(&prefix)
        }
        (None, _) => initials && lower >= 3,
        _ => false,
    }
}

/// Whether the short form `short` begins with the first of `initials` and holds all of them in
/// order, with other letters between them, at most `stretch` letters for each initial: "unicef" holds
/// "uncf" (United Nations Children's Fund), "caricom" "cc" (Caribbean Community) within four.
fn holds_initials(short: &str, initials: &str, stretch: usize) -> bool {
    let mut letters = short.chars();
    short.chars().next() == initials.chars().next()
        && short.chars().count() <= stretch * initials.chars().count()
        && initials.chars().all(|c| letters.any(|l| l == c))
}

/// The lower-case initials of the first and the last word of a name of three words or more: "patrick
/// joseph lennon" → "pl".
fn first_and_last_initials(words: &[String]) -> Option<String> {
    if words.len() < 3 {
        return None;
    }
    let first = words.first()?.chars().next()?;
    let last = words.last()?.chars().next()?;
    Some([first, last].iter().collect())
}

/// Lower-case initials of a multi-word name, skipping connectors: "General Motors" → "gm".
pub fn acronym_of(words: &[String]) -> Option<String> {
    if words.len() < 2 {
        return None;
    }
    let letters: String = words
        .iter()
        .filter(|w| {
            !matches!(
                w.as_str(),
                "of" | "for" | "the" | "a" | "and" | "&" | "at" | "on" | "in"
            )
        })
        .filter_map(|w| w.chars().next())
        .collect();
    (letters.chars().count() >= 2).then_some(letters)
}

/// The initials of every word of a name of three words or more, "of" too: "isle of man energy
/// authority" → "iomea".
pub fn acronym_of_every_word(words: &[String]) -> Option<String> {
    (words.len() >= 3 && words.iter().any(|w| w == "of" || w == "Of"))
        .then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

/// The initials of a body's name before its last "and" and the one or two words after it ("centers for
/// disease control and prevention" → "cdc"): the acronym it kept when its name grew by that field.
pub fn acronym_before_and(words: &[String]) -> Option<String> {
    let and = words.iter().rposition(|x| x == "and")?;
    (and >= 3 && words.len() - and <= 3)
        .then(|| acronym_of(&words[..and]))
        .flatten()
}

/// The initials of a company's name without its legal form at the end ("general electric co" →
/// "ge"), which its acronym leaves out; `None` when no form ends it.
pub fn acronym_without_form(words: &[String]) -> Option<String> {
    match words {
        [rest @ .., last] if super::companies::is_form_lower(last) => acronym_of(rest),
        _ => None,
    }
}

/// An organisation's distinctive words: without places and generic words ("US Treasury Department" → "treasury").
pub fn org_core(words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| {
            LEXICON.place_lower(w).is_none()
                && !LEXICON.is_org_word_lower(w)
                && !matches!(w.as_str(), "of" | "for" | "the" | "and" | "&" | "at" | "on" | ".")
        })
        .cloned()
        .collect()
}

/// The place words of an organisation's name ("california" in "California Institute of Technology").
pub fn org_places(words: &[String]) -> Vec<&str> {
    words
        .iter()
        .filter(|w| LEXICON.place_lower(w).is_some())
        .map(String::as_str)
        .collect()
}

/// Words that can stand for a whole organisation: not a place, a function word or a generic word.
pub fn is_distinctive(words: &[String]) -> bool {
    words.first().is_some_and(|w| {
        LEXICON.place_lower(w).is_none()
            && !LEXICON.is_org_word_lower(w)
            && !LEXICON.is_stop(w)
            && LEXICON.title(w).is_none()
            && w.chars().count() >= 2
            && !matches!(
                w.as_str(),
                "national"
                    | "general"
                    | "united"
                    | "new"
                    | "royal"
                    | "federal"
                    | "state"
                    | "democratic"
                    | "american"
            )
    })
}

/// The titles of a group: where the role ends, the courtesy title (its token and gender), the gender a
/// role title gives.
#[derive(Default)]
struct Titles {
    role_end: Option<usize>,
    courtesy: Option<(usize, Gender)>,
    gender: Gender,
}

/// The name proper of a group and what the word lists say about it.
struct NameFacts<'t> {
    name: Range<usize>,
    mention_start: usize,
    qualified_from: Option<usize>,
    /// Lower case, without possessive or suffix ("jr").
    words: Vec<String>,
    text_words: Vec<&'t str>,
    first_word: &'t str,
    last_word: &'t str,
    full: String,
    known: Option<ActorKind>,
    given: Option<Gender>,
    has_title: bool,
    /// A regnal number ends it: "Napoleon III" ([`REGNAL_NUMBER`]).
    regnal: bool,
}

impl NameFacts<'_> {
    /// No title, no list naming it, no full personal name: the name may be a place, a thing or a work.
    fn may_be_thing(&self) -> bool {
        !self.has_title && self.known.is_none() && !(self.given.is_some() && self.text_words.len() > 1)
    }
}

/// What a candidate's own words and surroundings say, for naming the rule that found it.
struct NameEvidence {
    courtesy: bool,
    titled: bool,
    appositive: bool,
    known: Option<ActorKind>,
    acronym: bool,
    org_word: bool,
    given: bool,
    words: usize,
    /// After a role and "of" ([`EMPLOYER_AFTER_ROLE`]), or a person's name and "of".
    employer: bool,
    /// After a person's name and "of" ([`AFFILIATION_AFTER_PERSON`]).
    affiliation: bool,
    /// A regnal number at the end ([`REGNAL_NUMBER`]).
    regnal: bool,
    /// Before a lower-case role and a person's name ([`EMPLOYER_BEFORE_ROLE`]).
    employer_before: bool,
    /// Before a noun for a body named after its leader ([`LEADER_OF_BODY`]).
    leader: bool,
    /// After a lower-case noun for an organisation ([`ORGANISATION_NOUN_BEFORE_NAME`]).
    body_noun_before: bool,
    /// Before a lower-case noun for a publication or a company ([`ORGANISATION_NOUN_AFTER_NAME`]).
    body_noun_after: bool,
}

/// Whether `word` is the plural of a noun of an act, a state or a quality ("Collections",
/// "Solutions", "Facilities"), which no surname is; not "-ments", which ends nouns for bodies and
/// things too ("Departments").
fn abstract_plural(word: &str) -> bool {
    word.len() > 6 && ["tions", "sions", "ities"].iter().any(|end| word.ends_with(end))
}

/// Whether the words of a name are a chamber and a party's members in the plural ("Senate Democrats",
/// "House Republicans"): those members in that chamber, a group as the party's members are
/// ([`PARTY_MEMBERS`]).
fn caucus(text_words: &[&str]) -> bool {
    chamber_and(text_words, |w| LEXICON.org(w) == Some(ActorKind::Group))
}

/// Whether the name is a chamber's word and a party's adjective: "House Democratic" (in "the House
/// Democratic leadership"), "Senate Republican".
fn caucus_adjective(text_words: &[&str]) -> bool {
    chamber_and(text_words, |w| {
        matches!(
            w,
            "Democratic" | "Republican" | "Conservative" | "Liberal" | "Labour"
        )
    })
}

/// Whether the name is two words, a legislature's chamber and a word `second` accepts.
fn chamber_and(text_words: &[&str], second: impl Fn(&str) -> bool) -> bool {
    text_words.len() == 2 && matches!(text_words[0], "Senate" | "House" | "Assembly") && second(text_words[1])
}

/// Whether a lower-case word is a noun of an act, a state or a quality by its ending ("registration",
/// "expansion", "safety", "security", "partnership", "tourism", "management", "fairness"), which no
/// surname is; "-ment" and "-ness" only on long words ("Clement" and "Guinness" are surnames).
fn act_or_quality_noun(lower: &str) -> bool {
    let long = lower.chars().count() >= 9;
    ["tion", "sion", "ity", "ety", "ship", "ism"]
        .iter()
        .any(|end| lower.ends_with(end))
        || long && (lower.ends_with("ment") || lower.ends_with("ness"))
}

/// Whether `lower` has the form of an English plural: "-s", not "-ss", "-us", "-is" or "-'s"
/// ("Humvees"; not "Airbus", "Tennis").
pub fn plural_form(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !["ss", "us", "is", "'s", "\u{2019}s"]
            .iter()
            .any(|end| lower.ends_with(end))
}

/// Whether a lower-case word is a preposition of where that streets and squares follow ("on The
/// Kingsway", "the nursery on Henderson Road"): what follows it is a place, no subject or publication.
fn street_preposition(lower: &str) -> bool {
    matches!(lower, "on" | "along" | "near" | "off")
}

/// The rule that found a candidate: the strongest evidence it has, in this order.
fn name_rule(e: &NameEvidence) -> &'static str {
    if e.courtesy {
        TITLE_BEFORE_NAME.name
    } else if e.titled {
        ROLE_BEFORE_NAME.name
    } else if e.known == Some(ActorKind::Group) {
        PARTY_MEMBERS.name
    } else if e.known.is_some() {
        KNOWN_ORGANISATION.name
    } else if e.acronym {
        ACRONYM.name
    } else if e.org_word {
        ORGANISATION_WORD.name
    } else if e.body_noun_before {
        ORGANISATION_NOUN_BEFORE_NAME.name
    } else if e.body_noun_after {
        ORGANISATION_NOUN_AFTER_NAME.name
    } else if e.appositive {
        APPOSITION_ROLE.name
    } else if e.given && e.words > 1 && !e.employer {
        FULL_PERSONAL_NAME.name
    } else if e.employer && e.affiliation {
        AFFILIATION_AFTER_PERSON.name
    } else if e.employer {
        EMPLOYER_AFTER_ROLE.name
    } else if e.employer_before {
        EMPLOYER_BEFORE_ROLE.name
    } else if e.regnal {
        REGNAL_NUMBER.name
    } else if e.leader {
        LEADER_OF_BODY.name
    } else if e.words > 1 {
        CAPITALISED_NAME.name
    } else {
        CAPITALISED_WORD.name
    }
}

pub const EMPLOYER_BEFORE_ROLE: Rule = Rule {
    name: "actors/employer-before-role",
    description: "A name right before a job and a person's name, or whose \"'s\" owns a job, is the organisation or party the person belongs to: \"Goldman Sachs analyst Tom Berg\", \"Vellmark Timber's chief executive\".",
    details:
        "A name before a lower-case role and a person's name (\"Goldman Sachs analyst Tom Berg\") is the organisation the person works for or the party the person sits for, also where no list knows the given name, two capitalised words and a lower-case word after them (\"Tír Nua councillor Eoin Dowling voted\"), unless the name is a surname the article writes after a given name (\"Clinton aide Huma Abedin\" after \"Hillary Clinton\"); and so is a name of several words, with no given name, whose possessive owns a role in lower case, a portfolio's word before it or not (\"Vellmark Timber's chief executive\", \"Cumann Glas's finance spokeswoman\").",
    examples: &[
        (
            "Vellmark Timber's chief executive, Ada Lenz, spoke.",
            "actor organization \"Vellmark Timber\": \"Vellmark Timber\"",
        ),
        (
            "Tír Nua councillor Eoin Dowling voted against.",
            "actor organization \"Tír Nua\": \"Tír Nua\"",
        ),
        (
            "Cumann Glas's finance spokeswoman, Deirdre Kilbride, said it was bad.",
            "actor organization \"Cumann Glas\": \"Cumann Glas\"",
        ),
        (
            "Orvik Tarsby analyst Dan Ives said the shares were cheap.",
            "actor organization \"Orvik Tarsby\": \"Orvik Tarsby\"",
        ),
    ],
    counter_examples: &[
        "Tom Berg said analyst Dan Ives was right.",
        "Hillary Clinton spoke on Friday. Later, Clinton aide Huma Abedin met them.",
    ],
};

pub const LEADER_OF_BODY: Rule = Rule {
    name: "actors/leader-of-body",
    description: "A name before \"administration\", \"campaign\", \"aides\" or \"supporters\" is the leader they belong to, a person: \"the Bush administration\", \"the Trump campaign\".",
    details:
        "A name before \"administration\", \"campaign\", \"aides\", \"supporters\" or another noun for what is named after its leader (\"the Bush administration\", \"the Trump campaign\") is that leader, a person; not a place, a known organisation or a common word (\"the Kenya administration\", \"the Labour campaign\", \"the Leave campaign\").",
    examples: &[
        (
            "The Halvorsen campaign said the poll was wrong.",
            "actor person \"Halvorsen\": \"Halvorsen\"",
        ),
        (
            "The poll angered Vellmar aides.",
            "actor person \"Vellmar\": \"Vellmar\"",
        ),
    ],
    counter_examples: &[
        "The Halvorsen Group said the poll was wrong.",
        "Britain voted on Thursday, and the Leave campaign said it had won.",
    ],
};

pub const EMPLOYER_AFTER_ROLE: Rule = Rule {
    name: "actors/employer-after-role",
    description: "A name after a job and \"of\", \"at\" or \"with\", or after a word for a business, is the organisation the person works for, unless it is a place: \"the head of Kestrel Tide\", \"analysts at Nomura\".",
    details:
        "A name after a role and \"of\" (\"the chief executive of X\", \"the head of the Bundesbank\"), or after a working role and \"at\" or \"with\" (\"analysts at Nomura\"; `data/actors-employer-at-roles.txt`), also a single word, is the organisation the person works for, unless it is a place (\"the president of France\"); after a working role and \"at\", even a name that opens with a given name (\"analysts at Piper Tarsby\": a firm named after its founders). A name right after a noun for a business in lower case is one too (\"at Istanbul brokerage Bogazici Menkul Degerler\"; `data/actors-firm-nouns.txt`), but not after \"maker\", a craftsman's noun too (\"marimba maker Rosendo Pérez Cancino\").",
    examples: &[
        (
            "\"It is capitulation,\" said Graham Welling, head of equities at London brokerage Thursby Cole.",
            "actor organization \"Thursby Cole\": \"Thursby Cole\"",
        ),
        (
            "Omar Said, the chief executive of Northwind Sealink, spoke.",
            "actor organization \"Northwind Sealink\": \"Northwind Sealink\"",
        ),
        (
            "Lars Eide, the head of Kestrel Tide, resigned.",
            "actor organization \"Kestrel Tide\": \"Kestrel Tide\"",
        ),
        (
            "Ana Ruiz, the head of the Tarsbank, warned of higher prices.",
            "actor organization \"Tarsbank\": \"Tarsbank\"",
        ),
        (
            "Analysts at Vellmura said chip prices could fall.",
            "actor organization \"Vellmura\": \"Vellmura\"",
        ),
        (
            "Analysts at Piper Tarsby expect sales to rise.",
            "actor organization \"Piper Tarsby\": \"Piper Tarsby\"",
        ),
    ],
    counter_examples: &[
        "Omar Said, the chief executive of the company, spoke.",
        "Lars Eide works for Kestrel Tide.",
        "Students at Vellmura said the fees were too high.",
    ],
};

pub const TITLE_BEFORE_NAME: Rule = Rule {
    name: "actors/title-before-name",
    description: "A courtesy title such as Mr, Ms, Dr, Doña or Aunt before a name or a single capital letter makes a person's name, title included: \"Mr. Chester\", \"Dr Henrik Vell\".",
    details:
        "A courtesy title (Mr, Ms, Dr, the Malaysian Tan Sri and Datuk, the Spanish, Portuguese, Italian and German Doña, Dra., Señor, Senhora, Signora, Herr, Frau, the South Asian Maulana; a kinship one gives a gender too: \"Aunt Vesna\", \"Uncle Ivo\") before a capitalised word, a surname with a prefix in lower case (\"Mr. al-Rashidi\") or a letter (\"Mrs. G\"), makes a person's name, title included, that no firm's name after \"and\" takes in (\"led by Mr. Chester and Brandywine Equity Associates\"); \"Miss\" before a place or \"Universe\", \"World\" is the title of a beauty contest, a role; a title and \"of\" name a degree or an office, no person (\"an honorary Doctor of Science\"). A peer's \"of\" and the place after the name is the peer's territorial designation, no name of its own (\"Lord Harwood of Stowe\"; `data/actors-peerage-titles.txt`).",
    examples: &[
        (
            "Lord Harwood of Stowe, agreeing, said Parliament had chosen.",
            "actor person \"Harwood\": \"Lord Harwood\"",
        ),
        (
            "It was bought by a group led by Mr. Chester and Brandywine Equity Associates, a buyout firm.",
            "actor person \"Chester\": \"Mr. Chester\"",
        ),
        (
            "We ask the Board to wait.\n\nYours sincerely,\n\nDr Henrik Vell, Natural History Museum, University of Oslo, Norway",
            "actor person \"Henrik Vell\": \"Dr Henrik Vell\"",
        ),
        ("Aunt Vesna opened the letter while Uncle Ivo watched.", "actor person \"Vesna\": \"Aunt Vesna\""),
        (
            "\"We brought food for a week,\" said Doña Florencia Tafur Llanos.",
            "actor person \"Florencia Tafur Llanos\": \"Doña Florencia Tafur Llanos\"",
        ),
        (
            "A spokeswoman, Dra. Rocío Quispe Mamani, urged calm.",
            "actor person \"Rocío Quispe Mamani\": \"Dra. Rocío Quispe Mamani\"",
        ),
        (
            "Khalid al-Rashidi filed a suit. Mr. al-Rashidi said so.",
            "actor person \"Khalid al-Rashidi\": \"Mr. al-Rashidi\"",
        ),
        (
            "Antony Blinken arrived. Mr Blinken spoke.",
            "actor person \"Antony Blinken\": \"Mr Blinken\"",
        ),
        (
            "Tan Sri Ahmad Vellan, the chairman, said the deal was fair.",
            "actor person \"Ahmad Vellan\": \"Tan Sri Ahmad Vellan\"",
        ),
        (
            "Dr Tayler will lead the study.",
            "actor person \"Tayler\": \"Dr Tayler\"",
        ),
        (
            "Do not talk back to Mrs. G. and you will be fine.",
            "actor person \"G\": \"Mrs. G\"",
        ),
    ],
    counter_examples: &[
        "She received an honorary Doctor of Science from the university in 2003.",
        "The doctor will lead the study.",
        "Mr and Mrs were written on the door.",
        "Plan B failed, so row G stayed empty.",
        "She was crowned Miss Universe in 1996.",
    ],
};

pub const ROLE_BEFORE_NAME: Rule = Rule {
    name: "actors/role-before-name",
    description: "A role title such as \"Foreign Minister\", \"President\" or \"novelist\" right before a name makes the name a person: \"Foreign Minister Sergei Lavrov\".",
    details:
        "A role title (Foreign Minister, President, Lord Mayor, also with an ending for an office not yet taken: Prime Minister-designate, Governor-elect; `data/actors-title-suffixes.txt`; also an occupation in sport or the arts that no award's name capitalises: weightlifter, novelist, not actor, for \"Best Actor\") before a name makes it a person and gives the role, unless an organisation word or a noun for a document or a law heads the name (\"the official Harbour News Agency\", \"the General Data Protection Regulation\", \"the Official Secrets Act\"; not a noun that is a surname too after a given name: \"Gov. Nathan Deal\"), or a head of places' names follows the title inside a name, a place's own included (\"the Belgrade General Hospital\"); a home state after \"of\" is no part of the name; two names joined by \"and\" are two people, even with one surname (\"President Obama and first lady Michelle Obama\"); a known body's acronym that spells the person's initials is no mention of the person (\"(AP)\" and \"Ana Pastor\"); a legislator's abbreviation is a role too (\"MLA Kevin Brandt\", \"MEP\", \"Del.\" with its period, for \"Del\" is a given name and \"del\" a particle), and a portfolio after \"Minister of\" names no body, nor a second one after \"and\" (\"Minister of Infrastructure and Transportation\"; `data/actors-portfolios.txt`), and the name starts at initials (\"Chief Justice of India A.N. Bhargava\") or after the portfolios where no given name is known (\"Minister of Agriculture Armands Vītols\", \"Minister of Industry, Mines and Energy Sami Ben Vela\"); a role, a comma and a known place's possessive is no apposition (\"the secretary of state, Florida's chief elections officer\"), nor a field of study after a role and a comma (\"Assistant Professor, Clinical Psychology\"), nor a name after a title right after \"of\" and a comma, the title a body's field (\"the Royal Courts of Justice, Strand, London\"); a nationality or a place's name alone after a role, before a noun in lower case, is no name (\"a major American bank\", \"The EU's envoy, Slovak foreign ministry official\"), nor before a verb's base form used as a noun (\"the official Belarusian state flag\"); a role word in lower case before one word or a place's name that qualifies a lower-case noun after it, a noun for a person too, is that noun's (\"the chief Orvik analyst\", \"the chief AU mediator\"; `data/actors-person-nouns.txt`); nor does a role in lower case before short acronyms, none a given name: the firm the noun describes (\"the rail infrastructure manager PKP PLK\"). An honorific after a possessive before the title is no word of the name and no body (\"His Honour Judge Alastair Wemyss\", \"Her Excellency Ambassador Ana Ruiz\"; `data/actors-honorifics.txt`). A title in the plural before names joined by \"and\" is the role of each (\"Justices R. Meenakshisundaram and Harpreet Singh Bedi\", \"Senators Ted Cruz and Mike Lee\").",
    examples: &[
        (
            "Sentencing him, His Honour Judge Alastair Wemyss said the fraud was old.",
            "actor person \"Alastair Wemyss\": \"Alastair Wemyss\"",
        ),
        (
            "They met Prime Minister-designate Fuad Sarrouf at the palace.",
            "actor person \"Fuad Sarrouf\": \"Fuad Sarrouf\"",
        ),
        (
            "Skipper Bostjan Kralj said the boat was seized.",
            "actor person \"Bostjan Kralj\": \"Bostjan Kralj\"",
        ),
        (
            "\"No,\" Deputy Dist. Atty. Lorraine Irving said after the verdict.",
            "actor person \"Lorraine Irving\": \"Lorraine Irving\"",
        ),
        (
            "\"It took guts,\" said former Ald. Stanley Kaczmarek.",
            "actor person \"Stanley Kaczmarek\": \"Stanley Kaczmarek\"",
        ),
        (
            "The court dismissed an appeal by Indonesian weightlifter Wirawan against the ban.",
            "actor person \"Wirawan\": \"Wirawan\"",
        ),
        (
            "Deputy Lord Mayor Leigh Carrington moved the motion.",
            "actor person \"Leigh Carrington\": \"Leigh Carrington\"",
        ),
        (
            "Minister of Industry, Mines and Energy Sami Ben Vela told the agency that it was fine.",
            "actor person \"Sami Ben Vela\": \"Sami Ben Vela\"",
        ),
        (
            "Minister of Agriculture Armands Vītols told reporters that talks had failed.",
            "actor person \"Armands Vītols\": \"Armands Vītols\"",
        ),
        (
            "Foreign Minister Sergei Lavrov arrived.",
            "actor person \"Sergei Lavrov\": \"Sergei Lavrov\"",
        ),
        (
            "Police spokesman Supt. Elias Dlamini said officers fired.",
            "actor person \"Elias Dlamini\": \"Elias Dlamini\"",
        ),
        (
            "MADRID (AP) -- Transport Minister Ana Pastor urged both sides to talk.",
            "actor person \"Ana Pastor\": \"Ana Pastor\"",
        ),
        (
            "Senate Majority Leader George Mitchell of Maine voted for the ban.",
            "actor person \"George Mitchell\": \"George Mitchell\"",
        ),
        (
            "South Korean Grandmaster Kim Soo-jin won the final.",
            "actor person \"Kim Soo-jin\": \"Kim Soo-jin\"",
        ),
        (
            "Former Miss Universe Alicia Machado spoke.",
            "actor person \"Alicia Machado\": \"Alicia Machado\"",
        ),
        (
            "The opposition MLA Kevin Brandt said the minister should resign.",
            "actor person \"Kevin Brandt\": \"Kevin Brandt\"",
        ),

        (
            "Rapporteur Julien Ventimiglia said the summary was thin, and Del. Hugh Bedford agreed.",
            "actor person \"Hugh Bedford\": \"Hugh Bedford\"",
        ),
        (
            "Gov. Nathan Deal signed the bill on Tuesday.",
            "actor person \"Nathan Deal\": \"Nathan Deal\"",
        ),
        (
            "President Vellmar and first lady Ana Vellmar waved.",
            "actor person \"Vellmar\": \"Vellmar\"",
        ),
    ],
    counter_examples: &[
        "A spokesman for the rail infrastructure manager PKP PLK said the track was new.",
        "No other major European state was destroyed so completely by diplomacy.",
        "He would replace the official Belarusian state flag with another.",
        "Barclays, a major American bank's rival, said no.",
        "Ada Lenz is Assistant Professor, Counseling Psychology, at Tarsby University.",
        "The Foreign Minister arrived.",
        "The minister arrived on time.",
        "The official Vellmark news agency denied it.",
        "The fine was imposed under the General Data Protection Regulation.",
        "He was a surgeon at the Belgrade General Hospital.",
        "He was charged under the Official Secrets Act on Monday.",
        "Del Shannon sang it, and Ana del Mar danced.",
        "The company filed in Wilmington, Del. It listed assets of $96 million.",
        "Open 8 am - 7 pm, Sat 9 am - 1 pm.",
        "The court would judge Vellmark by its deeds.",
        "The suit names the secretary of state, Florida's chief elections officer.",
        "Hanil Co., a major South Korean maker of televisions, said net income plunged.",
    ],
};

pub const APPOSITION_ROLE: Rule = Rule {
    name: "actors/apposition-role",
    description: "A role or a word for a person between commas right after a name makes the name a person: \"Ada Kovac, the French president, arrived\".",
    details:
        "A role between commas right after a name (\", the French president,\") makes it a person; a relative clause there is no role (\", who arrived late,\", \", whose founder once served,\"), but one on \"who\" after a noun for a person or a role ends the role before it (\", a criminal defense attorney who ...,\"); a noun for a person or a role in lower case that heads a phrase after \"a\", \"an\" or \"the\" makes one unknown word a person, though it opens a sentence (\"Lerato, a junior supply chain official who testified for the State, told the court\"), unless a business takes that noun too (\"the auctioneer\"; `data/actors-firm-nouns.txt`).",
    examples: &[
        (
            "Lerato, a junior supply chain official who testified for the State, told the court she was sent on leave.",
            "actor person \"Lerato\": \"Lerato\"",
        ),
        (
            "\"No,\" said Filemón Lima Condori, the executive secretary of the federation, on Monday.",
            "actor person \"Filemón Lima Condori\": \"Filemón Lima Condori\"",
        ),
        (
            "Ada Kovac, the French president, arrived.",
            "actor person \"Ada Kovac\": \"Ada Kovac\"",
        ),
    ],
    counter_examples: &[
        "Ada Kovac, who arrived late, sat down.",
        "Nearly a third went to a single firm, Castellan & Pike, whose founder once served as chief of staff.",
        "Paris, the French capital, was calm.",
    ],
};

pub const AFFILIATION_AFTER_PERSON: Rule = Rule {
    name: "actors/affiliation-after-person",
    description: "A name after a person's full name and \"of\" (\"Isabel Ruiz of Heaven Sent Gaming\") is the organisation the person speaks for, unless it is a place (\"Ada Lenz of Paris\") or holds a given name.",
    details: "",
    examples: &[(
        "The game is new, said Tomas Berg of Kestrel Tide.",
        "actor organization \"Kestrel Tide\": \"Kestrel Tide\"",
    )],
    counter_examples: &[
        "The game is new, said Ada Lenz of Paris.",
        "The game is new, said Tomas Berg of Kestrel Tide Road.",
    ],
};

pub const FULL_PERSONAL_NAME: Rule = Rule {
    name: "actors/full-personal-name",
    description: "A known first name followed by a surname with a capital letter is a person: \"Antony Blinken\", \"Carole King\".",
    details:
        "A known given name followed by a capitalised surname is a person; so is a given name that is a place's before a place's name that the article makes the surname (\"Jordan Paris, a biotechnology analyst\", \"Georgia Jordan\"); a surname may be a title word (\"Carole King\", \"Martin Luther King Jr.\"); a month's name that is a given name is one before a capitalised word that is no month, weekday, common noun or word the article writes in lower case, also where it opens a sentence (\"Jan Kowal, 71,\", \"April Ryan said\"; not \"May Day\"); a given name with accents is known when the list has it without them (\"Björn\", \"José\"); a month's abbreviation is a given name before a surname's particle and part of the surname after one (\"Jan van Eyck\", \"Ana del Mar\"); not after a noun of a place and \"of\" (\"the town of Bab Taza\"); not a given name that is also an adjective of a people or a faith, with another word, before a noun in lower case (\"a Roman Catholic priest\"; `data/actors-adjective-given-names.txt`); nor a compass word before a place's or a people's word, which makes one name or adjective with it (\"West African ECOMOG peacekeepers\"); after \"the\", a nationality that is a given name too is no part of a full name of two words or more after it (\"the Finn Eero Lahtinen\").",
    examples: &[
        (
            "Georgia Jordan was elected. Jordan said she was glad.",
            "actor person \"Georgia Jordan\": \"Georgia Jordan\"",
        ),
        (
            "Björn Vellmar arrived.",
            "actor person \"Björn Vellmar\": \"Björn Vellmar\"",
        ),
        (
            "He beat the Finn Peter Lahtinen.",
            "actor person \"Peter Lahtinen\": \"Peter Lahtinen\"",
        ),
        (
            "Residents are divided. Jan Kowal, 71, called the plan a shame.",
            "actor person \"Jan Kowal\": \"Jan Kowal\"",
        ),
        (
            "The talks were led by Antony Blinken.",
            "actor person \"Antony Blinken\": \"Antony Blinken\"",
        ),
        (
            "The altarpiece was painted by the brothers Hubert and Jan van Eyck.",
            "actor person \"Jan van Eyck\": \"Jan van Eyck\"",
        ),
        (
            "The article was written by Jean le Rond d'Alembert.",
            "actor person \"Jean le Rond d'Alembert\": \"Jean le Rond d'Alembert\"",
        ),
        (
            "Ana del Mar said the plan was sound.",
            "actor person \"Ana del Mar\": \"Ana del Mar\"",
        ),
        (
            "Carole King sang, and a speech by Martin Luther King Jr. followed.",
            "actor person \"Carole King\": \"Carole King\"",
        ),
        (
            "Carole King sang, and a speech by Martin Luther King Jr. followed.",
            "actor person \"Martin Luther King Jr.\": \"Martin Luther King Jr.\"",
        ),
    ],
    counter_examples: &[
        "The nursery on Henderson Road said it was fine.",
        "We shopped at Albert Market before noon.",
        "Tulsa has one of the largest collections of Art Deco buildings.",
        "The checkpoint was manned by West African ECOMOG peacekeepers.",
        "A Roman Catholic priest was arrested.",
        "The talks were led by the envoy.",
        "Hadrian's Wall marked the edge of the Roman Empire.",
        "The bus stops at Florence Place at noon.",
        "They met in Jordan Valley.",
        "The Anna Grant Space Telescope will map the sky.",
        "The rover will spend two years exploring Vera Crater.",
        "The command post is near the town of Bab Taza.",
    ],
};

pub const KNOWN_ORGANISATION: Rule = Rule {
    name: "actors/known-organisation",
    description: "A name on the list of well-known organisations is an organisation, even if it looks like a person's name, and its short form is the same one: \"Wells Fargo\", \"the Fed\".",
    details:
        "A well-known organisation from the word list (Nato, the UN, Wells Fargo), also with its legal form after it (\"Philip Morris Cos.\") or after the acronym of a known body it belongs to (\"the U.N. World Food Program\"), is an organisation, even where its words look like a person's name; a short form the list gives (\"the Fed\") is the same organisation as its full name; one whose one-word name opens a place's or a thing's name is that organisation (\"the Toyota Way\", \"the Nokia Arena\").",
    examples: &[
        (
            "Workers flew to Japan to see the Toyota Way.",
            "actor organization \"Toyota\": \"Toyota\"",
        ),
        (
            "The U.N. World Food Program said the roads were closed.",
            "actor organization \"U.N. World Food Program\": \"U.N. World Food Program\"",
        ),
        (
            "Chrysler sold its assets to Fiat SpA.",
            "actor organization \"Fiat SpA\": \"Fiat SpA\"",
        ),
        (
            "The alliance said Nato would not move.",
            "actor organization \"Nato\": \"Nato\"",
        ),
        (
            "The Fed said inflation was low. The Federal Reserve raised rates.",
            "actor organization \"Federal Reserve\": \"Fed\"",
        ),
        (
            "Senators questioned the chief executive of Wells Fargo.",
            "actor organization \"Wells Fargo\": \"Wells Fargo\"",
        ),
        (
            "The board of Philip Morris Cos. adopted the plan.",
            "actor organization \"Philip Morris Cos.\": \"Philip Morris Cos.\"",
        ),
        (
            "BHP Billiton and Rio Tinto said some mines had stopped production.",
            "actor organization \"Rio Tinto\": \"Rio Tinto\"",
        ),
    ],
    counter_examples: &["The alliance would not move.", "The FTSE fell by two points."],
};

pub const PARTY_MEMBERS: Rule = Rule {
    name: "actors/party-members",
    description: "A party's members in the plural (the Democrats, the Conservatives) are a group, and so are they after a chamber's name (\"Senate Democrats\", \"House Republicans\"), the members in that chamber.",
    details: "A party's members in the plural (\"the Democrats\", \"the Conservatives\") are a group, and so are they after a chamber's name (\"Senate Democrats\", \"House Republicans\"), the members in that chamber; a chamber's name and a party's adjective before a noun name those members too, as an organisation (\"the House Democratic leadership\", \"Senate Republican leaders\").",
    examples: &[
        (
            "The House Democratic leadership echoed the call.",
            "actor organization \"House Democratic\": \"House Democratic\"",
        ),
        (
            "The vote was close and the Democrats won it.",
            "actor group \"Democrats\": \"Democrats\"",
        ),
        (
            "He pushed back against Senate Democrats who wanted higher taxes.",
            "actor group \"Senate Democrats\": \"Senate Democrats\"",
        ),
    ],
    counter_examples: &[
        "The vote was close and the party won it.",
        "Democratic reforms were passed.",
    ],
};

pub const ORGANISATION_WORD: Rule = Rule {
    name: "actors/organisation-word",
    description: "A name that holds a word marking an organisation, such as Ministry, University, Bank, Commission or Inc., is an organisation: \"the Ministry of Justice\", \"the Alliance for Justice\".",
    details:
        "A capitalised name with an organisation word (Ministry, University, Bank, Foods, Community, Division, Markets, a newspaper's Ledger or Examiner, a publisher's Verlag, Ediciones or Publishing, a pollster's Polling, a Spanish firm's Procesadora or Constructora; a union's Local before its number, which is no model of a product; a country's abbreviation at the end of a branch's name: \"Cash Access UK\"; a place's name that holds \"of\" opens it: \"the Isle of Man Energy Authority\"; a weak one, that ends surnames too, only where no given name opens the name or a place's name does, or \"the\" stands before it: \"the Washington Post\", \"the Forest Service\", not \"Jim Press\") is an organisation, one that opens its own \"of\" name after \"and\" a second one (\"X and Bank of Y\"), a plural possessive inside it part of it (\"the Magistrates' Court\", not \"the Democrats' Ada Lenz\"; after a given name too where the plural takes \"'s\": \"the Isabel Women's Resource Network\"; `data/actors-irregular-people-plurals.txt`), but not a person's possessive before it nor an acronym's, which names the owner (\"the OSCE's Office for Democratic Institutions\"), nor that of two or three words an acronym opens (\"ETH Zurich's Applied Network Security Lab\"), nor that of a name of two or more words that an organisation word in the singular ends, another body (\"the Agriculture Department's Commodity Credit Corp.\", whatever legal form ends it), a surname alone included once the article writes it after a given name (\"Tomas Vell ... Vell's Harbour Workers Party\"), its head before \"of\" as strong as a last word over a given name (\"the Royal Society of Chemistry\") and over a head of places' names at its end (\"the University of Cape Town\", \"the International Council for the Exploration of the Sea\"), \"on\" and its subject after a body's word part of it (\"the Commission on Human Rights\", \"the Department on Aging\", \"the Intergovernmental Authority on Development\"; `data/actors-subject-heads.txt`; not a place: \"the State Department on Iran\"), and such an \"on\" phrase goes on past \"and\" as an \"of\" phrase does (\"the Conference on Trade and Development\"), though neither goes on to a title or a given name that opens a person's name (\"the Council on Foreign Relations and Senator Ada Vell\"); a law's or a document's name goes on past \"and\" to its head, and is no actor (\"the Workplace Flexibility and Fairness Act\"); a company's legal form (\"Inc.\", \"Corp.\", \"Cos.\", \"N.V.\", \"K.K.\", \"Oy\", \"A/S\", \"P/F\") closes it, and the company's trades before it after \"and\", no word of them a name's, go on the name before \"and\" (\"the Daito Trust and Banking Co.\"; not \"Chrysler and Ford Motor Co.\"); an abbreviated given name keeps its period inside it (\"Chas. Vellmar & Co.\", \"Wm.\"; `data/abbreviations.txt`); a given name and a capitalised word after an organisation word are a person's name (\"Chrysler LLC Jim Press\"), unless that word is a legal form, which closes a unit named after its region (\"Salomon Brothers Asia Ltd.\"), or an acronym in brackets after them spells the whole (\"the International Rice Research Institute (IRRI)\"); a title word after \"of\" at its end is its field, no role after it (\"the Ministry of Justice\", \"the International Court of Justice\"), and so is one after \"for\" and an organisation word (\"the Alliance for Justice\"), and so is a role after \"of the\" and capitalised words (\"the Office of the Prime Minister\", \"the Office of the U.S. Trade Representative\"), also before its own \"of\" phrase (\"the Office of the Governor of Texas\"); a body of the world and a body of a country with the same words are two (\"the International Rowing Federation\", \"the U.S. Rowing Federation\"); an ordinal or a region's adjective that opens a sentence stays in such a name (\"First Vellmark Bancorporation said\", \"Western Vellmark Airlines said\"), Spanish and Portuguese \"y\" and \"e\" join its words where the words before hold a particle (\"the Junta Local de Conciliación y Arbitraje\", \"Ministério da Ciência e Tecnologia\"; a person's too after a given name: \"José Ortega y Gasset\"), and an organisation word in the singular that opens it stays before words the article writes in lower case nowhere, with no given name or title (\"Bank Vellmar said\" beside \"the central bank\"; not \"Markets Stocks:\"); \"House of\" and a capitalised plural or organisation word is a legislature's chamber (\"the House of Lords\", \"the House of Assembly\"); a plural noun for people by what they do before \"for\" and a name is an association (\"Physicians for Harbour Rights\"; `data/actors-agent-plural-endings.txt`), also with \"a\" after \"for\" (\"Vermonters for a Fair Economy\", whose acronym leaves \"a\" out: \"VFE\"), and so are \"Rally\" and \"Collective\" there, a party's or a group's head (\"the Rally for National Progress\"), with the \"of\" phrase after what they stand for (\"the Collective for the Defence of Coastal Communities\"), and a body's \"of\" phrase of such plurals goes on past \"and\" to another (\"the International Association of Machinists and Aerospace Workers\"); a word after \"of\" that is no noun shares the field noun after \"and\" (\"the Department of Civil and Architectural Engineering\"); a \"Center\" is a building unless it speaks (\"the Harbour Weather Center in Lund said\", \"according to the Carter Center\"); an adjective with a prefix (\"Anti-Doping\", \"Pro-Life\", \"Non-Profit\") belongs to it inside or, before capitalised words that end in an organisation word, at its start (\"the World Anti-Doping Agency\", \"the Anti-Defamation League\"; not \"Anti-Trump Republicans\"); a capitalised \"The\" after \"and\" opens another name (\"Jake Dorsey and The Associated Press contributed\"); an organisation word in the plural or a common adjective alone before \"and\" opens the name after it (\"the Securities and Exchange Commission\", \"the Financial and Capital Market Commission\"); a role word at its end stays in it where an acronym in brackets spells the whole (\"the Health Service Executive (HSE)\"), but a plural noun for people before \"at\" stays out though the acronym spells it too (\"Scientists at the Pacific Community (SPC)\"); a possessive before at most three words and a legal form is the company's own (\"Moody's Investors Service Inc.\", \"Standard & Poor's Corp.\"), unless the article names a person so; a ministry's portfolios after \"of\", joined by commas and \"and\", are part of it (\"the Ministry of Culture, Sports and Tourism\", \"the Ministry of Mines and Energy\"; `data/actors-portfolio-heads.txt`), and so are any body's fields after \"of\" or \"for\", single capitalised words joined by commas and \"and\" that are no place, given name, title or acronym, the last one or two words (\"the Union of Industry, Commerce and Handicrafts\", \"the Commission for Conciliation, Mediation and Arbitration\", \"the International Union of Electronic, Electrical, Salaried, Machine and Furniture Workers\"; not \"the Bank of England, Barclays and HSBC\"), the last of them also a word and a portfolio (\"the Ministry of Agriculture, Water and Rural Development\"), any of them a word that qualifies a listed one (\"the Ministry of Administrative Development, Labour and Social Affairs\"), and portfolios alone after a ministry's word in lower case name no body (\"deputy minister of Information and Communications\"), nor portfolios after another and \"and\" (\"the Minister for Mobility and Public Works\"); a common noun that opens a sentence before a lone organisation word is the body's field and stays, though the article writes it in lower case too (\"Labor Department figures\" beside \"labor costs\"); \"in\" and a place belong to it where an acronym in brackets after it spells the whole (\"the Organization for Security and Co-operation in Europe (OSCE)\"); a chamber's committee named by two fields joined by \"and\" is one (\"the House Energy and Commerce Committee\"); an organisation word's \"of\" or \"for\" name that ends in no place, then \"of\" and a place, is one name (\"the Federation of Port Workers of Peru\", \"the Front for the Liberation of Mozambique\"); a common noun that opens the sentence before \"at\" is none (\"Construction at Europa Point began\"), and a place's name after \"for\" is where one goes from a place named before it, no part of its name (\"left Kabul International Airport for Urumqi\"); a common noun for people in the plural (in \"-ers\", \"-ors\", \"-ists\" or \"-ians\") before \"of\" and a name heads an association's name (\"Gun Owners of America\"; not a surname: \"John Conyers of Michigan\"); names joined by \"and\" are one where the acronym in brackets after the whole run spells them all, however many \"and\"s it holds (\"the National Agency for Food and Drug Administration and Control (NAFDAC)\"); Spanish and French \"para\" and \"pour\" with their articles join as \"for\" does, Spanish and Portuguese \"y\" and \"e\" after a body's word as \"and\" does (\"the Comisión para la Promoción de la Alianza Público-Privada\", \"the Observatorio Vulcanológico y Sismológico de Costa Rica\"), and \"General\" or \"Mayor\" after a body's word is an adjective of the name, no title (\"the Fiscalía General de la República\", \"the Universidad Mayor de San Andrés\").",
    examples: &[
        (
            "The contract was signed by the Comisión para la Promoción de la Alianza Público-Privada (Coalianza).",
            "actor organization \"Comisión para la Promoción de la Alianza Público-Privada\": \"Comisión para la Promoción de la Alianza Público-Privada\"",
        ),
        (
            "The Observatorio Vulcanológico y Sismológico de Costa Rica said the quake was shallow.",
            "actor organization \"Observatorio Vulcanológico y Sismológico de Costa Rica\": \"Observatorio Vulcanológico y Sismológico de Costa Rica\"",
        ),
        (
            "The Fiscalía General de la República said the suspects would face trial.",
            "actor organization \"Fiscalía General de la República\": \"Fiscalía General de la República\"",
        ),
        (
            "Since 2005 the International Rice Research Institute (IRRI) has promoted it.",
            "actor organization \"International Rice Research Institute\": \"International Rice Research Institute\"",
        ),
        (
            "The tally was kept by the Alliance for Justice (AFJ), a liberal group.",
            "actor organization \"Alliance for Justice\": \"Alliance for Justice\"",
        ),
        (
            "Loans are guaranteed by the Agriculture Department's Commodity Credit Corp. (CCC).",
            "actor organization \"Agriculture Department\": \"Agriculture Department\"",
        ),
        (
            "The Commission for Conciliation, Mediation and Arbitration (CCMA) convened talks.",
            "actor organization \"Commission for Conciliation, Mediation and Arbitration\": \"Commission for Conciliation, Mediation and Arbitration\"",
        ),
        (
            "The Intergovernmental Authority on Development (IGAD) called a summit.",
            "actor organization \"Intergovernmental Authority on Development\": \"Intergovernmental Authority on Development\"",
        ),
        (
            "The Instituto Nacional de Vigilancia de Medicamentos y Alimentos (INVIMA) seized the vials.",
            "actor organization \"Instituto Nacional de Vigilancia de Medicamentos y Alimentos\": \"Instituto Nacional de Vigilancia de Medicamentos y Alimentos\"",
        ),
        (
            "The central bank kept its rate. Bank Vellmar said inflation would fall.",
            "actor organization \"Bank Vellmar\": \"Bank Vellmar\"",
        ),
        (
            "The largest processor, Procesadora de Mariscos del Lago, blamed a slump in orders.",
            "actor organization \"Procesadora de Mariscos del Lago\": \"Procesadora de Mariscos del Lago\"",
        ),
        (
            "Delegates wrote to the Conference on Trade and Development and to Senator Ada Vell.",
            "actor organization \"Conference on Trade and Development\": \"Conference on Trade and Development\"",
        ),
        (
            "Cash Access UK has promised to look at the town.",
            "actor organization \"Cash Access UK\": \"Cash Access UK\"",
        ),
        (
            "The Washington Post reported on Friday that talks had stalled.",
            "actor organization \"Washington Post\": \"Washington Post\"",
        ),
        (
            "The Ministry of Agriculture, Water and Land Reform said it had asked for a new schedule.",
            "actor organization \"Ministry of Agriculture, Water and Land Reform\": \"Ministry of Agriculture, Water and Land Reform\"",
        ),
        (
            "A survey by Palmetto Civic Polling found him ahead.",
            "actor organization \"Palmetto Civic Polling\": \"Palmetto Civic Polling\"",
        ),
        (
            "Saint Lucia's House of Assembly passed a law on Tuesday. No one in this House is ashamed of it, she said.",
            "actor organization \"House of Assembly\": \"House of Assembly\"",
        ),
        (
            "The Agencia Nacional de Hidrocarburos said the auction would go ahead.",
            "actor organization \"Agencia Nacional de Hidrocarburos\": \"Agencia Nacional de Hidrocarburos\"",
        ),
        (
            "The Vellmark Dairy Co-operative said milk prices fell.",
            "actor organization \"Vellmark Dairy Co-operative\": \"Vellmark Dairy Co-operative\"",
        ),
        (
            "The survey, conducted for the Sioux Falls Ledger by a research firm, found support.",
            "actor organization \"Sioux Falls Ledger\": \"Sioux Falls Ledger\"",
        ),
        (
            "Doorgakant, whose Rally for National Progress (RNP) has governed since 1991, said so.",
            "actor organization \"Rally for National Progress\": \"Rally for National Progress\"",
        ),
        (
            "The Office of the Governor of Texas said no.",
            "actor organization \"Office of the Governor of Texas\": \"Office of the Governor of Texas\"",
        ),
        (
            "Vermonters for a Fair Economy, or VFE, has spent more. VFE said so.",
            "actor organization \"Vermonters for a Fair Economy\": \"Vermonters for a Fair Economy\"",
        ),
        (
            "The Centers for Disease Control and Prevention said cases rose.",
            "actor organization \"Centers for Disease Control and Prevention\": \"Centers for Disease Control and Prevention\"",
        ),
        (
            "Her books appear with Ediciones Lirio Azul, a small press.",
            "actor organization \"Ediciones Lirio Azul\": \"Ediciones Lirio Azul\"",
        ),
        (
            "The Office of the Prime Minister said no.",
            "actor organization \"Office of the Prime Minister\": \"Office of the Prime Minister\"",
        ),
        (
            "Valmont Foods, a French processor, said prices had fallen.",
            "actor organization \"Valmont Foods\": \"Valmont Foods\"",
        ),
        (
            "Nordhavid P/F, which runs a fishmeal plant, said it had cut shifts.",
            "actor organization \"Nordhavid P/F\": \"Nordhavid P/F\"",
        ),
        (
            "Contractor Westridge Geothermal Services, an Icelandic firm, has agreed to pay.",
            "actor organization \"Westridge Geothermal Services\": \"Westridge Geothermal Services\"",
        ),
        (
            "Scientists at the Pacific Community (SPC) in Noumea link the shift to the weather.",
            "actor organization \"Pacific Community\": \"Pacific Community\"",
        ),
        (
            "She heads the Collective for the Defence of Coastal Communities (CDCC), a group.",
            "actor organization \"Collective for the Defence of Coastal Communities\": \"Collective for the Defence of Coastal Communities\"",
        ),
        (
            "The zoning would allow Pohjoistuuli Oy to build 48 turbines.",
            "actor organization \"Pohjoistuuli Oy\": \"Pohjoistuuli Oy\"",
        ),
        (
            "Another analyst, Diane Ferrante of Merrill Lynch Capital Markets, said she expected gains.",
            "actor organization \"Merrill Lynch Capital Markets\": \"Merrill Lynch Capital Markets\"",
        ),
        (
            "Shares of Chas. Vellmar & Co. fell.",
            "actor organization \"Chas. Vellmar & Co.\": \"Chas. Vellmar & Co.\"",
        ),
        (
            "The Vell Workers Union Local 226 endorsed her.",
            "actor organization \"Vell Workers Union Local\": \"Vell Workers Union Local\"",
        ),
        (
            "Peter Welland, an analyst at Vellmark Brothers Asia Ltd., was more skeptical.",
            "actor organization \"Vellmark Brothers Asia Ltd.\": \"Vellmark Brothers Asia Ltd.\"",
        ),
        (
            "The smelter, operated by Vellmar Copper Processing Limited, treats ore.",
            "actor organization \"Vellmar Copper Processing Limited\": \"Vellmar Copper Processing Limited\"",
        ),
        (
            "Observers came from the Vellmark Ministry of Fisheries and Marine Resources and Chile's fisheries service.",
            "actor organization \"Vellmark Ministry of Fisheries and Marine Resources\": \"Vellmark Ministry of Fisheries and Marine Resources\"",
        ),
        (
            "She graduated from Vellmark Polytechnic in 2004.",
            "actor organization \"Vellmark Polytechnic\": \"Vellmark Polytechnic\"",
        ),
        (
            "\"We did good work,\" she told Gazeta Wyborcza in 2013.",
            "actor organization \"Gazeta Wyborcza\": \"Gazeta Wyborcza\"",
        ),
        (
            "An economist at the Institute for Fiscal and Energy Studies said costs rose.",
            "actor organization \"Institute for Fiscal and Energy Studies\": \"Institute for Fiscal and Energy Studies\"",
        ),
        (
            "Gunmen from the Front for the Restoration of Unity and Democracy attacked the convoy.",
            "actor organization \"Front for the Restoration of Unity and Democracy\": \"Front for the Restoration of Unity and Democracy\"",
        ),
        (
            "The loans were arranged by Vestby Enskilda Banken in Oslo.",
            "actor organization \"Vestby Enskilda Banken\": \"Vestby Enskilda Banken\"",
        ),
        (
            "Instructed by Hennessy Garvan Solicitors, Ms. Ruth Ono appeared for the club.",
            "actor organization \"Hennessy Garvan Solicitors\": \"Hennessy Garvan Solicitors\"",
        ),
        (
            "Ruth Vaka coordinates the Isabel Women's Resource Network.",
            "actor organization \"Isabel Women's Resource Network\": \"Isabel Women's Resource Network\"",
        ),
        (
            "A lawyer for a third supplier, Chikwawa Trading, said the goods were delivered.",
            "actor organization \"Chikwawa Trading\": \"Chikwawa Trading\"",
        ),
        (
            "The Department of Justice said so.",
            "actor organization \"Department of Justice\": \"Department of Justice\"",
        ),
        (
            "She joined the Department of Electrical and Computer Engineering in 1999.",
            "actor organization \"Department of Electrical and Computer Engineering\": \"Department of Electrical and Computer Engineering\"",
        ),
        (
            "The Gauteng Division of the High Court held that it could.",
            "actor organization \"Gauteng Division of the High Court\": \"Gauteng Division of the High Court\"",
        ),
        (
            "Members of the Vellmark Association of Machinists and Aerospace Workers walked out.",
            "actor organization \"Vellmark Association of Machinists and Aerospace Workers\": \"Vellmark Association of Machinists and Aerospace Workers\"",
        ),
        (
            "Appeals go to the Ministry of Administrative Development, Labour and Social Affairs.",
            "actor organization \"Ministry of Administrative Development, Labour and Social Affairs\": \"Ministry of Administrative Development, Labour and Social Affairs\"",
        ),
        (
            "The Economic Community of West African States called for calm.",
            "actor organization \"Economic Community of West African States\": \"Economic Community of West African States\"",
        ),
        (
            "The Federation of Port Workers of Peru said talks had broken down.",
            "actor organization \"Federation of Port Workers of Peru\": \"Federation of Port Workers of Peru\"",
        ),
        (
            "She studied at the University of Cape Town.",
            "actor organization \"University of Cape Town\": \"University of Cape Town\"",
        ),
        (
            "On Monday, the Ministry of Culture, Sports and Tourism congratulated her.",
            "actor organization \"Ministry of Culture, Sports and Tourism\": \"Ministry of Culture, Sports and Tourism\"",
        ),
        (
            "Ana Lim works in the Ministry of Agriculture, Water and Rural Development.",
            "actor organization \"Ministry of Agriculture, Water and Rural Development\": \"Ministry of Agriculture, Water and Rural Development\"",
        ),
        (
            "Ada Lenz sits on the House Energy and Commerce Committee.",
            "actor organization \"House Energy and Commerce Committee\": \"House Energy and Commerce Committee\"",
        ),
        (
            "The draft was shown to the Organization for Security and Co-operation in Europe (OSCE).",
            "actor organization \"Organization for Security and Co-operation in Europe\": \"Organization for Security and Co-operation in Europe\"",
        ),
        (
            "Labor Department figures showed slowing job creation, and labor costs rose.",
            "actor organization \"Labor Department\": \"Labor Department\"",
        ),
        (
            "The Royal Gendarmerie said two men were held.",
            "actor organization \"Royal Gendarmerie\": \"Royal Gendarmerie\"",
        ),
        (
            "Caseworkers from the Vellmark Department on Aging knocked on doors.",
            "actor organization \"Vellmark Department on Aging\": \"Vellmark Department on Aging\"",
        ),
        (
            "The VKF's Bureau of Competition opened an inquiry.",
            "actor organization \"Bureau of Competition\": \"Bureau of Competition\"",
        ),
        (
            "Tarvo Lind N.V. agreed to buy the unit.",
            "actor organization \"Tarvo Lind N.V.\": \"Tarvo Lind N.V.\"",
        ),
        (
            "The Ministry of Mines and Energy said the dam was needed.",
            "actor organization \"Ministry of Mines and Energy\": \"Ministry of Mines and Energy\"",
        ),
        (
            "The World Anti-Doping Agency welcomed the ruling.",
            "actor organization \"World Anti-Doping Agency\": \"World Anti-Doping Agency\"",
        ),
        (
            "Vellmark's Investors Service Inc. lowered its rating.",
            "actor organization \"Vellmark's Investors Service Inc.\": \"Vellmark's Investors Service Inc.\"",
        ),
        (
            "According to the Harbour Service Executive (HSE), the attack was serious.",
            "actor organization \"Harbour Service Executive\": \"Harbour Service Executive\"",
        ),
        (
            "He filed the offer with the Securities and Exchange Commission.",
            "actor organization \"Securities and Exchange Commission\": \"Securities and Exchange Commission\"",
        ),
        (
            "Ada Lenz met the Anti-Defamation League on Monday.",
            "actor organization \"Anti-Defamation League\": \"Anti-Defamation League\"",
        ),
        (
            "The plan was drafted by the Harbour Ministry last week.",
            "actor organization \"Harbour Ministry\": \"Harbour Ministry\"",
        ),
        (
            "The strike began. Western Vellmark Airlines said it flew only a handful of trips.",
            "actor organization \"Western Vellmark Airlines\": \"Western Vellmark Airlines\"",
        ),
        (
            "They left the International Rowing Federation in 1993. A U.S. Rowing Federation official watched.",
            "actor organization \"U.S. Rowing Federation\": \"U.S. Rowing Federation\"",
        ),
        (
            "The Forum for Harbour Workers said staff were pressured.",
            "actor organization \"Forum for Harbour Workers\": \"Forum for Harbour Workers\"",
        ),
        (
            "Shares of Tarsk Cos. fell.",
            "actor organization \"Tarsk Cos.\": \"Tarsk Cos.\"",
        ),
        (
            "On Monday the official Harbour News Agency said the vote was illegal.",
            "actor organization \"Harbour News Agency\": \"Harbour News Agency\"",
        ),
        (
            "She studied at the University of Sheffield.",
            "actor organization \"University of Sheffield\": \"University of Sheffield\"",
        ),
        (
            "Smith and the Chicago Tribune sued.",
            "actor organization \"Chicago Tribune\": \"Chicago Tribune\"",
        ),
        (
            "Tom Berg works for Orvik Holdings Inc. Brisk Partners Inc. also reported losses.",
            "actor organization \"Brisk Partners Inc.\": \"Brisk Partners Inc.\"",
        ),
        (
            "He appeared before the Vellmark Magistrates' Court on Friday.",
            "actor organization \"Vellmark Magistrates' Court\": \"Vellmark Magistrates' Court\"",
        ),
        (
            "Shares of Tarsk Chase and Bank of Vellmark fell.",
            "actor organization \"Bank of Vellmark\": \"Bank of Vellmark\"",
        ),
        (
            "The storm weakened, the Harbour Weather Center in Lund said.",
            "actor organization \"Harbour Weather Center\": \"Harbour Weather Center\"",
        ),
        (
            "The bill passed the House of Lords on Monday.",
            "actor organization \"House of Lords\": \"House of Lords\"",
        ),
        (
            "Physicians for Harbour Rights said the attack was illegal.",
            "actor organization \"Physicians for Harbour Rights\": \"Physicians for Harbour Rights\"",
        ),
        (
            "First Vellmark Bancorporation said it would buy the bank.",
            "actor organization \"First Vellmark Bancorporation\": \"First Vellmark Bancorporation\"",
        ),
        (
            "Orvik Foods raised prices.",
            "actor organization \"Orvik Foods\": \"Orvik Foods\"",
        ),
        (
            "The Royal Society of Vellmar gave her its medal.",
            "actor organization \"Royal Society of Vellmar\": \"Royal Society of Vellmar\"",
        ),
        (
            "The Vellmark Commission on Human Rights said 24 people died.",
            "actor organization \"Vellmark Commission on Human Rights\": \"Vellmark Commission on Human Rights\"",
        ),
        (
            "Tomas Vell was jailed. Vell's Harbour Workers Party will appeal.",
            "actor organization \"Harbour Workers Party\": \"Harbour Workers Party\"",
        ),
        (
            "Gun Owners of America also sent activists to Richmond.",
            "actor organization \"Gun Owners of America\": \"Gun Owners of America\"",
        ),
        (
            "The National Agency for Food and Drug Administration and Control (NAFDAC) said the drugs were fake.",
            "actor organization \"National Agency for Food and Drug Administration and Control\": \"National Agency for Food and Drug Administration and Control\"",
        ),
    ],
    counter_examples: &[
        "Jake Dorsey and The Associated Press contributed to this report.",
        "Two cargo flights left Kabul International Airport for Urumqi on Friday.",
        "Rep. John Conyers of Michigan spoke on Friday.",
        "Claude Feltgen, the Minister for Mobility and Public Works, said buses would stop.",
        "Construction at Europa Point, a windswept headland, began in 2019.",
        "The plan was drafted by the ministry.",
        "Dr. Lan, deputy minister of Information and Communications, spoke.",
        "She walked to Harbour Bridge.",
        "The Vellmark Democrats' Ada Lenz spoke.",
        "The fair was held at the Vellmark Convention Center.",
    ],
};

pub const ACRONYM: Rule = Rule {
    name: "actors/acronym",
    description: "A word of two to six capital letters (\"NATO\", \"CDC\") is an organisation, the same one as the full name it shortens, or the person whose initials it spells: \"ML:\" for \"Mira Lund\".",
    details:
        "A word of two to six capitals (GM, NATO) is an organisation; it joins the name it abbreviates, with or without a company's legal form (\"GE\" for \"General Electric Co.\"), or with the initial of \"of\" too (\"IOMEA\" for \"the Isle of Man Energy Authority\"). One of five or six capitals needs to stand inside a sentence, with no colon after it, and be no word the text also writes in lower case (\"KOVAC:\" labels a speaker). An acronym named before takes no person's name after it (\"(AP)\" in a dateline and \"Aristidis Pappas, a spokesman\"); one that spells a person's initials after the full name is that person, no body (\"ML:\" in an interview with Mira Lund), also where the letters are a common noun's too, as a label that opens a line (\"AM:\" in an interview with Andrea MacIsaac). None is a unit in brackets after an amount (\"156 megawatts (MW)\"), a state's abbreviation with periods (\"(R., N.D.)\"), letters before a slash and a number, a product's (\"OS/2\"), one after a percentage (\"95% CI\"), or the town of a dateline in capitals before its country (\"LA CORUNA, Spain, Nov 12 (AFP) -\") or alone before a dash (\"SANTA CRUZ —\"), nor a common noun's, also written with periods (\"an NGO that trains women\", \"the ER\", \"a CEO\", \"his M.F.A.\"; `data/actors-common-acronyms.txt`). The acronym may leave out the field after the name's last \"and\", as a body renamed so keeps its acronym (\"CDC\" for \"the Centers for Disease Control and Prevention\").",
    examples: &[
        (
            "Officials at the Centers for Disease Control and Prevention said cases rose. The CDC said more.",
            "actor organization \"Centers for Disease Control and Prevention\": \"CDC\"",
        ),
        (
            "The Isle of Man Energy Authority said demand rose. The IOMEA said a second cable was needed.",
            "actor organization \"Isle of Man Energy Authority\": \"IOMEA\"",
        ),
        (
            "The deal was signed by XKP on Monday.",
            "actor organization \"XKP\": \"XKP\"",
        ),
        (
            "Tarsby Vellmark Kraft Co. said profit rose. Later, TVK shares fell.",
            "actor organization \"Tarsby Vellmark Kraft Co.\": \"TVK\"",
        ),
        (
            "The TQ said on Monday it would act. Tomas Quist, a spokesman, said so.",
            "actor organization \"TQ\": \"TQ\"",
        ),
        (
            "Interview\n\nPeter Vell spoke with Mira Lund, a novelist.\n\nPV: When did you start?\n\nML: In 1998, I think.",
            "actor person \"Mira Lund\": \"ML\"",
        ),
        (
            "Ada Lenz told NAVCO on Friday that talks had failed.",
            "actor organization \"NAVCO\": \"NAVCO\"",
        ),
    ],
    counter_examples: &[
        "He received his M.F.A. from the University of Iowa in 1959.",
        "MONCTON, N.B. — Crews worked through the night.",
        "Heartland Prosperity Action, a super PAC, spent heavily against him.",
        "The Vellmar Network of Rural Women, an NGO that trains women, said prices fell.",
        "The adjusted risk ratio was 1.21 (95% CI 1.11–1.32).",
        "She kept an OS/2 machine for the accounts.",
        "KOVAC: We left early.",
        "We stayed home because of COVID for a month.",
        "The deal cost 5 USD a share.",
        "He watched TV at home.",
        "The ferry costs 350 DKK. Pay the DKK in cash.",
        "The walls were built around 3000 BC.",
        "We measured the ground reaction force (GRF). The GRF rose.",
        "The wind farm will have a capacity of 156 megawatts (MW). The MW figure is gross.",
        "Rep. Ana Lenz (R., N.D.) was blunter.",
        "LA CORUNA, Spain, Nov 12 (AFP) - A tanker ran aground, officials said.",
    ],
};

/// Whether a sentence's first word is a verb of saying in its base form, an imperative before the
/// person it addresses ("Ask R.J. Kowalski", "Tell Ada Berg"): not part of the name
/// ([`IMPERATIVE_BEFORE_NAME`]).
fn imperative(lower: &str) -> bool {
    quotes::verb_lemma(lower) == Some(lower)
}

pub const IMPERATIVE_BEFORE_NAME: Rule = Rule {
    name: "actors/imperative-before-name",
    description: "A verb of saying that opens a sentence in its base form (\"Ask\", \"Tell\", \"Call\") is an imperative, not the first word of the name after it.",
    details: "",
    examples: &[(
        "Ask R.J. Kowalski about the bridge.",
        "no actor mention \"Ask R.J. Kowalski\"",
    )],
    counter_examples: &["Asked about the bridge, R.J. Kowalski said no."],
};

pub const CAPITALISED_NAME: Rule = Rule {
    name: "actors/capitalised-name",
    description: "Two or more words with capital letters in a row inside a sentence, with nothing marking a place or a thing, are a name, usually a person's: \"Tran Van Phuoc\".",
    details:
        "Two or more capitalised words inside a sentence, with nothing marking a place or a thing (a known place's name, also in capitals: \"NEW JERSEY\"; a head of places' or things' names such as Barracks, Cosmodrome, Dome, Empire, Ground, Handbook, Hostel, Manual, Oval, Place, Reservation, Way or a street's abbreviation, St or Rd, or of a wild species' (\"the Harbour Porpoise\"; `data/actors-non-actor-heads.txt`), or a field of study after no given name, body's word or acronym (\"Clinical Psychology\"; `data/actors-fields-of-study.txt`), also in the plural after no given name: \"five World Cups\", not \"Rosa Parks\"), are a name: a person's, unless a word is spelt as companies spell theirs, with a capital inside it (\"BlackPeak Tarsby\", \"ZPMorvan Chase\"; not \"McCally\"), or the last word is the plural of a noun of an act or a state (\"Art Collections\", \"Vell Solutions\"), which no surname is, even after a given name; a place before it stays in it where an acronym in brackets after it spells the whole (\"New Hampshire Taxpayers First (NHTF)\") or the rest (\"U.S. Immigration and Customs Enforcement (ICE)\"); names joined by commas and \"and\" are one where the acronym in brackets after them spells the whole (\"Immigration, Refugees and Citizenship Canada (IRCC)\", \"the University of Nevada, Las Vegas (UNLV)\"), and where an acronym in brackets after a chapter's place and \"of\" spells them, and plural nouns for people by what they do (\"-ers\", \"-ors\") joined by \"and\" at the end make an association (\"the Associated Plumbers and Roofers of Minnesota (APR)\"); names joined by \"and\" before a lower-case \"union\" are one (\"the Vellmar Food and Commercial Workers union\"), and so are names joined by \"and\" or a connector whose initials the acronym after a comma and \"or\" spells, its last word repeated or not (\"the Vellmar Freedom and Jobs PAC, or VFJ PAC,\"); a party's letter and a home town in brackets are no name, however many words the town has (\"(R-East Grand Forks)\"); a party's member described by a place after \"a\" is no name (\"a Durham Democrat\", \"a South Side Chicago Democrat\"); an acronym that opens a sentence before a place's name names a body's branch there (\"VKF Scotland said\"); a letter glued to a degree sign is the scale, no initial (\"25 °C. Move the bin\"); nor is a common acronym after adjectives of compounds with a lower-case end (\"Swahili-language SMS reminders\"); a word before a given name that is a particle of names (\"Van\", \"Thi\"; `data/actors-name-particles.txt`) is the family name, no descriptor (\"Nguyen Van Thang\", but \"Republican Van Taylor\"); a party's word before two more words is no part of the name, though no list knows its given name (\"Democrat Tomasz Wierzbicki\"); a name in capitals that opens a transcript's label with a role after its comma is a person's (\"SOPHEA CHAN, REPORTER:\", \"KEO SAMNANG, UNION LEADER:\"; a role is a title, a word for a kind of speaker or a noun in \"-man\", and an aside in brackets may close the label: \"EKAI LOKWANG, FISHERMAN (through interpreter):\"); the last word naming workers of a trade in one word makes it a union's (\"the United Steelworkers\"); a word the article also writes in lower case makes an unknown name a thing's (\"Music Store\"), but not a verb of saying's inflected form, which names hold (\"Musallam Said Amri\" beside \"said\"); a word after an elided French or Italian article or \"of\" is a capitalised word of the name (\"the Societe Portuaire de l'Estuaire\", \"Jean le Rond d'Alembert\"), but the article opens no name (\"Gebo et l'Ombre\"); a participle in \"-ing\" that opens a sentence before a lower-case word, a known place or a word that starts places' names is no word of a name (\"Joining New Mexico were California and Oregon\", \"Climbing Mount Rausu takes a day\"), nor is a noun for a person that opens one before two or more capitalised words with no organisation word (\"Passenger Siti Rahmawati described ...\"; `data/actors-person-nouns.txt`; not \"Volunteer Fire Department\"); nor is an unknown word that opens a sentence before places (\"Urgent US-Russia talks\"), but a field's noun there names the field's national body (\"Health Canada said\", \"Sport England\"; `data/actors-national-body-fields.txt`); nor is the town of a dateline in capitals before a dash and the story (\"SANTA CRUZ — Two people were killed\"). A capitalised \"Our\" inside a line opens no name: a paper's own correspondent in a byline is no one (\"From Our Legal Correspondent\").",
    examples: &[
        (
            "Health Canada said the drug was safe.",
            "actor organization \"Health Canada\": \"Health Canada\"",
        ),
        (
            "The test is run by Immigration, Refugees and Citizenship Canada (IRCC), the department.",
            "actor organization \"Immigration, Refugees and Citizenship Canada\": \"Immigration, Refugees and Citizenship Canada\"",
        ),
        (
            "The Associated Plumbers and Roofers of Minnesota (APR) said it was bad.",
            "actor organization \"Associated Plumbers and Roofers\": \"Associated Plumbers and Roofers\"",
        ),
        (
            "The jet overran the runway. Passenger Siti Rahmawati described the final seconds.",
            "actor person \"Siti Rahmawati\": \"Siti Rahmawati\"",
        ),
        (
            "New Hampshire Taxpayers First (NHTF) has spent about $85,000 on mailers.",
            "actor organization \"New Hampshire Taxpayers First\": \"New Hampshire Taxpayers First\"",
        ),
        (
            "The network is led by Tran Van Phuoc, a former teacher.",
            "actor person \"Tran Van Phuoc\": \"Tran Van Phuoc\"",
        ),
        (
            "Ana Lenz said hi. Musallam Said Amri met him.",
            "actor person \"Musallam Said Amri\": \"Musallam Said Amri\"",
        ),
        (
            "The land is held by the Societe Portuaire de l'Estuaire (SPE), a joint venture.",
            "actor organization \"Societe Portuaire de l'Estuaire\": \"Societe Portuaire de l'Estuaire\"",
        ),
        (
            "Ngũgĩ wa Thiong'o gave me the first part of the answer.",
            "actor person \"Ngũgĩ wa Thiong'o\": \"Ngũgĩ wa Thiong'o\"",
        ),
        (
            "The winner will face Democrat Tomasz Wierzbicki, a retired navigator, on Nov. 8.",
            "actor person \"Tomasz Wierzbicki\": \"Tomasz Wierzbicki\"",
        ),
        (
            "EKAI LOKWANG, FISHERMAN (through interpreter): We set the nets close to the shore.",
            "actor person \"EKAI LOKWANG\": \"EKAI LOKWANG\"",
        ),
        (
            "SOPHEA CHAN, REPORTER: Rows of women sew in a factory.\n\nCHAN: Many workers have fainted.",
            "actor person \"SOPHEA CHAN\": \"SOPHEA CHAN\"",
        ),
        (
            "The court said Nguyen Van Thang, 54, was convicted of fraud.",
            "actor person \"Nguyen Van Thang\": \"Nguyen Van Thang\"",
        ),
        (
            "The report was written by Kowa Lindqvist.",
            "actor person \"Kowa Lindqvist\": \"Kowa Lindqvist\"",
        ),
        (
            "The bank was bought by ZPMorvan Chase.",
            "actor organization \"ZPMorvan Chase\": \"ZPMorvan Chase\"",
        ),
        (
            "VKF Scotland said that it was disappointed with the ruling.",
            "actor organization \"VKF Scotland\": \"VKF Scotland\"",
        ),
        (
            "Ada Lenz heads the Harbour Art Collections.",
            "actor organization \"Art Collections\": \"Art Collections\"",
        ),
        (
            "The strike is backed by the Vellmar Food and Commercial Workers union.",
            "actor organization \"Vellmar Food and Commercial Workers\": \"Vellmar Food and Commercial Workers\"",
        ),
        (
            "The Vellmar Freedom and Jobs PAC, or VFJ PAC, reported spending.",
            "actor organization \"Vellmar Freedom and Jobs PAC\": \"Vellmar Freedom and Jobs PAC\"",
        ),
    ],
    counter_examples: &[
        "Urgent US-Russia talks began in Geneva.",
        "Appeal judges free man\n\nFrom Our Legal Correspondent\n\nA former driver was freed by Ada Lenz.",
        "SANTA CRUZ — Two people were killed Saturday, police said.",
        "Police stopped the car on Great Western Way at 1.40am.",
        "Download the Hardware Maintenance Manual before you open the case.",
        "Climbing Mount Rausu takes a full day from Rausu town.",
        "Senate Majority Leader Paul Ginter (R-East Grand Forks) was blunt.",
        "Hey Frank, thanks for talking with us.",
        "Offshore you may see the Harbour Porpoise, and the Arctic Tern nests on the dunes.",
        "FRIEDRICH WALLNER: (Through interpreter) In Austria we build very good trains.",
        "The hostel is at 12 Shiraki St, near the market.",
        "We walked down Bahariye Caddesi to Neşet Ömer Sokak.",
        "All twelve of its DHC-6 Twin Otter seaplanes would remain on the water.",
        "Hostal Los Collaguas has twelve rooms.",
        "Pilgrims still come to Alaverdi Monastery and Bodbe Convent every spring.",
        "Town Clerk Ada Lenz counted the ballots.",
        "Later she read Clinical Psychology at night.",
        "Caregivers received Swahili-language SMS reminders before each dose.",
        "Worms are happiest between 15 and 25 °C. Move the bin indoors in winter.",
        "The report was written in Harbour Street.",
        "Vellmark have qualified for five World Cups since the 1980s.",
        "The report was written by hand.",
        "Rival Tarsby unveiled a new plane.",
        "WARSAW -- As Vellmark leaders gathered here, talks began.",
        "REP. TOM VECK (R), NEW JERSEY: We will not wait.",
        "They flew from the Tarsk Cosmodrome.",
        "The Ottoman Empire ruled the region for four centuries.",
        "Kwajalein Atoll is crowded.",
        "Crowds gathered at Gwanghwamun Gate.",
        "We slept at Kamalamma Homestay near Tungabhadra Café.",
        "Rep. Tom Veck, a Durham Democrat, said the map was unfair.",
        "Rep. Tom Veck, a South Side Vellmar Democrat, said the map was unfair.",
    ],
};

pub const ORGANISATION_NOUN_BEFORE_NAME: Rule = Rule {
    name: "actors/organisation-noun-before-name",
    description: "A name right after a word for a kind of organisation, such as \"magazine\", \"airline\" or \"retailer\", is an organisation: \"the airline Aer Lingus\", \"electronics retailer Best Buy\".",
    details:
        "A name right after a lower-case noun for an organisation (\"the magazine Der Spiegel\", \"electronics retailer Best Buy\", \"the airline Aer Lingus\"; `data/actors-org-nouns.txt`; \"daily\" after an article, a lower-case word or a place after an article: \"the daily El Heraldo\", \"the Manila daily Philippine Star\") is an organisation, even when its first word is also a given name or the name a place's (\"Spain's flag carrier Iberia\"); not after a title, nor after \"maker\" and a craft's noun before a given name or, with no determiner before, two or three plain capitalised words, the last no plural: a craftsman (\"marimba maker Rosendo Pérez Cancino\"; but \"the toy maker Vell Toys\").",
    examples: &[
        (
            "A survivor told the Manila daily Philippine Star that the crew panicked.",
            "actor organization \"Philippine Star\": \"Philippine Star\"",
        ),
        (
            "The German magazine Der Vellmar reported the deal.",
            "actor organization \"Der Vellmar\": \"Der Vellmar\"",
        ),
        (
            "Shares of electronics retailer Best Orvik rose.",
            "actor organization \"Best Orvik\": \"Best Orvik\"",
        ),
        (
            "Pilots at Spain's flag carrier Iberia walked off the job.",
            "actor organization \"Iberia\": \"Iberia\"",
        ),
        (
            "The daily Ada Vell cited police sources.",
            "actor organization \"Ada Vell\": \"Ada Vell\"",
        ),
    ],
    counter_examples: &[
        "A conversation with marimba maker Rosendo Pérez Cancino, who has built marimbas since 1974.","The magazine editor Ada Lenz reported the deal."],
};

pub const ORGANISATION_NOUN_AFTER_NAME: Rule = Rule {
    name: "actors/organisation-noun-after-name",
    description: "A name right before a word for a publication, a company or a group of members, such as \"magazine\", \"carmaker\" or \"party\", is an organisation: \"Life magazine\", \"the Civic Renewal party\".",
    details:
        "A name right before a lower-case noun for a publication or a company (\"Life magazine\", \"the Orvik carmaker\"; `data/actors-org-nouns-after.txt`) is an organisation, even when it reads as a person's name; so is a name of several words with no given name before \"party\", \"movement\" or another noun for a group of members (\"group\", \"coalition\", \"bloc\", \"faction\", \"caucus\": \"the Civic Renewal party\", \"the majority Entente Monégasque group\"); not after a title, and not before nouns that follow people's names as often (\"the Lenz campaign\").",
    examples: &[
        (
            "Sinatra once told Vellmark magazine that he was tired.",
            "actor organization \"Vellmark\": \"Vellmark\"",
        ),
        (
            "Rolling Orvik magazine ranked the album first.",
            "actor organization \"Rolling Orvik\": \"Rolling Orvik\"",
        ),
        (
            "The opposition Vellmark Renewal party won the most seats.",
            "actor organization \"Vellmark Renewal\": \"Vellmark Renewal\"",
        ),
        (
            "Members of the majority Entente Vellmar group said they had asked for an audit.",
            "actor organization \"Entente Vellmar\": \"Entente Vellmar\"",
        ),
    ],
    counter_examples: &["Ada Lenz said the Lenz campaign was over."],
};

/// Whether a lower-case word is the plural of a noun for an organisation ("charities", "companies",
/// "lenders"; `data/actors-org-nouns.txt`).
fn plural_org_noun(lower: &str) -> bool {
    let one = |stem: &str| LEXICON.is_org_noun(stem);
    lower.strip_suffix("ies").is_some_and(|s| one(&format!("{s}y")))
        || lower.strip_suffix('s').is_some_and(one)
}

pub const PUBLICATION_AFTER_THE: Rule = Rule {
    name: "actors/publication-after-the",
    description: "One word with a capital after \"The\" in the middle of a sentence names a publication or an organisation, not a person: \"telling The Hill\", \"wrote in The Globe\".",
    details:
        "One word after \"The\" capitalised inside a sentence, after a word of it (\"telling The Hill that\", \"wrote in The Globe\"), names a publication or a body, no person, though the word is also a given name; not after \"on\", \"along\", \"near\" or \"off\", where the article is a place's own (\"a new arena on The Kingsway\").",
    examples: &[(
        "A White House official disputed that, telling The Hill that the office plays its role.",
        "actor organization \"Hill\": \"Hill\"",
    )],
    counter_examples: &[
        "Councillors backed a new arena on The Kingsway, rejecting a bid.","A White House official disputed that, telling Ana Hill that the office plays its role."],
};

pub const ORGANISATION_IN_LIST: Rule = Rule {
    name: "actors/organisation-in-list",
    description: "A name in a list after a plural word for organisations and \"such as\", \"including\" or \"like\" is an organisation: \"charities such as Creative Commons\", \"lenders, including Orvik Savings\".",
    details:
        "A name in a list that \"such as\", \"including\" or \"like\" opens after a plural noun for organisations, maybe behind a comma (\"charities such as the Wikimedia Foundation and Creative Commons\", \"lenders, including Orvik Savings\"; `data/actors-org-nouns.txt`) is an organisation, whichever item it is; not a name with a given name or a courtesy title.",
    examples: &[
        (
            "He gave to charities such as the Vellmar Foundation and Creative Commons.",
            "actor organization \"Creative Commons\": \"Creative Commons\"",
        ),
        (
            "Several lenders, including Orvik Tarsby, cut rates.",
            "actor organization \"Orvik Tarsby\": \"Orvik Tarsby\"",
        ),
    ],
    counter_examples: &["Several lenders, including Ana Tarsby, cut rates."],
};

/// The phrase of an apposition ([`Scan::apposition_phrase`]).
struct AppositionPhrase {
    /// The token that closes it.
    end: usize,
    /// A role's title stands among its first five words.
    title_seen: bool,
    /// "and" joins two modifiers in lower case in it.
    coordinated: bool,
}

pub const ORGANISATION_IN_APPOSITION: Rule = Rule {
    name: "actors/organisation-in-apposition",
    description: "A name set beside a phrase between commas whose main word is for an organisation is an organisation: \"Tass, the official Soviet news agency,\", \"a local firm, Belau Civil Works\".",
    details:
        "A name with a phrase after it, between commas, whose head is a noun for an organisation (\"Tass, the official Soviet news agency,\", \"Orvik, a shipping company based in Oslo,\") is an organisation, also at the start of a sentence, after a given name (\"Samara Avto, the country's biggest carmaker,\") and when a relative clause follows the noun (\"Hershey, the chocolate maker that had considered a bid,\"), but not a clause that a pronoun opens (\"Josh Kindig, he's coming on board,\") nor a phrase where an adjective only a person takes stands before the noun (\"Frank Dallas, a 52-year-old retired mail carrier,\"; `data/actors-person-adjectives.txt`); the head stands before the phrase's first preposition (\"a spokesman for the party\" is a role's phrase), and may be a common acronym that is such a noun (\"Heartland Prosperity Action, a super PAC,\"); so is a name that closes an apposition to a phrase headed by such a noun (\"a local firm, Belau Civil Works.\"; not \"the firm, Ana Berg said,\" nor after \"of\", nor after another preposition after a noun for a person: \"captain of the Vell team, Will Reynolds,\", \"her predecessor on the board, Lars Edvardsson,\"; but \"went to a single firm, Castellan & Pike\").",
    examples: &[
        (
            "Heartland Prosperity Action, a super PAC, spent heavily against him.",
            "actor organization \"Heartland Prosperity Action\": \"Heartland Prosperity Action\"",
        ),
        (
            "Tass, the official Soviet news agency, called it interference.",
            "actor organization \"Tass\": \"Tass\"",
        ),
        (
            "Vellmark, the chocolate maker that had considered a bid, said it would not.",
            "actor organization \"Vellmark\": \"Vellmark\"",
        ),
        (
            "The deal was announced by Orvik, a shipping company based in Oslo.",
            "actor organization \"Orvik\": \"Orvik\"",
        ),
        (
            "The plan was criticised by Vellpress, China's official news agency.",
            "actor organization \"Vellpress\": \"Vellpress\"",
        ),
        (
            "The state will lend money to Samara Avto, the country's biggest carmaker, to keep it open.",
            "actor organization \"Samara Avto\": \"Samara Avto\"",
        ),
        (
            "The contract went to a joint venture of a Taiwanese maker and a local firm, Belau Civil Works.",
            "actor organization \"Belau Civil Works\": \"Belau Civil Works\"",
        ),
    ],
    counter_examples: &[
        "\"I lost money,\" said Frank Dallas, a 52-year-old retired mail carrier in Tulsa.",
        "Meanwhile, the news agency said the talks failed.",
        "Josh Kindig, he's coming on board, he has ideas for that too.",
        "The captain of the Vell Invictus team, Will Reynolds, races to the line.",
        "Aristidis Vell, a spokesman for the party, said it was bad.",
        "Lindqvist, the firm's chairman, said profits rose.",
    ],
};

pub const ORGANISATION_WHICH_SPEAKS: Rule = Rule {
    name: "actors/organisation-which-speaks",
    description: "A single unknown name that opens a sentence, with a relative clause on \"which\" after it and then a verb of saying (\"Vortexa, which opposed the deal, said ...\"), is an organisation that speaks; \"which\" is not said of a person.",
    details: "",
    examples: &[(
        "Vortexa, which had opposed the merger, said it would appeal.",
        "actor organization \"Vortexa\": \"Vortexa\"",
    )],
    counter_examples: &[
        "Vortexa said it would appeal.",
        "Tikal, which was founded in the fourth century, is now a park.",
    ],
};

pub const CAPITALISED_WORD: Rule = Rule {
    name: "actors/capitalised-word",
    description: "One word with a capital inside a sentence that is not a place, a month or a common word is a name: \"written by Lindqvist\", \"Vellin, 38, said\".",
    details:
        "One capitalised word inside a sentence that is no place (`data/actors-places.txt`, great rivers included: \"the Danube\"), month or common word is a name (a word for a parent or grandparent used as a name, \"But Dad says\", and an interjection, \"Hmmm\", are common words: `data/actors-stop-words.txt`); after a preposition of place, also past a name's possessive (\"in Qacha's Nek\", \"in Shaw's Pygmalion\"), it is a place or a thing unless another mention shows it acting, and so it is after a company's legal form and \"of\", the company's home town (\"Gulf Coast Shipbuilding Corp. of Pascagoula said\"); at the start of a sentence, only when the article names it elsewhere or \", who\" follows it (\"Orvik, who drew with Tarsby\"); the underscore some wires type for a dateline's dash opens a sentence (\"(AP) _ Delegates voted\"), and so does the typewriter's double mark that opens a quotation (\"``People have not ...\"), and so does a bullet that opens a line (\"* Rub the thread on beeswax\"); an age between commas after it makes it a person (\"Vellin, 38, said\"), and so do a noun for a person and \"called\" or \"named\" before it (\"a retired engineer called Zsolt\"; `data/actors-person-nouns.txt`, role titles, relatives), or \"surname\" or a person's \"first name\" (\"who gave only her surname, Wu,\", \"gave her surname as Hu\"); after \"degrees\" it is a scale (\"degrees Celsius\"); a capital and one or two lower-case letters before an amount are a currency's abbreviation (\"Rs 1,200\", \"Rp 218 billion\"); a weekday in two letters before a time or in a range or a list of days is a guide's opening hours (\"Th 10:00-20:00\", \"Tu-Su\", \"Tu, Th, F, Su\"), and so is a range of weekdays or months written as one word (\"Mon-Fri\", \"June-September\"); a street's word or its abbreviation in another language is none (\"Str. Avram Iancu 9\", \"Calle\", \"Rua\"); before a place's office, or as its possessor, it is the place (\"a former Salina mayor\", \"Victoria's premier\"); an aside in brackets that opens a turn or a sentence opens it again after its bracket (\"(Through interpreter) In Austria we ...\"); a short line without a full stop is a section heading, also between a wiki's marks (\"== Get in ==\"), no sentence of its own; not one word before a year outside brackets and after no other author, which names an event or a plan (\"the Euro 2012 championship\", \"Vision 2030\"). A one-word name the text shows to be a town by a region or a country after its comma (\"Wilber, Neb.\") is that town wherever else places stand: after a preposition of place, \"of\", \"from\", \"at\" or \"to\", before no capitalised word (\"a brother, Walter Dunmore, of Wilber\").",
    examples: &[
        (
            "One nurse, who gave only her surname, Wu, said staff were told.",
            "actor person \"Wu\": \"Wu\"",
        ),
        (
            "The report was written by Lindqvist.",
            "actor organization \"Lindqvist\": \"Lindqvist\"",
        ),
        (
            "There were five of us: a retired engineer called Zsolt, two students and me.",
            "actor person \"Zsolt\": \"Zsolt\"",
        ),
        (
            "The buses ran late. Then Vellin, 38, said it was normal.",
            "actor person \"Vellin\": \"Vellin\"",
        ),
        (
            "Orvik, who drew 1-1 with Tarsby on Saturday, fell to second.",
            "actor organization \"Orvik\": \"Orvik\"",
        ),
    ],
    counter_examples: &[
        "Born in Wilber, Neb., Everett Dunmore was a farmer's son. He is survived by a brother, Walter Dunmore, of Wilber.",
        "Crama Veche, Str. Lungă 9. Daily 12:00-23:00.",
        "Open Tu-Su 10:00-18:00, Th 10:00-20:00. Buses run Tu, Th, F, Su, departing 19:45.",
        "The office is open Mon-Fri 08:00-16:00. Trains depart daily June-September.",
        "The fee rose to Rs 1,200 a month from Rs. 900.",
        "Gulf Coast Shipbuilding Corp. of Pascagoula said it had inquiries.",
        "Work began on the stadium for the Euro 2012 football championship.",
        "Tips\n\n* Practise on a small book first.\n* Rub the thread on beeswax.",
        "He beat a former Salina mayor in the primary.",
        "Victoria's premier said the plan was fair.",
        "Kakheti is a wine region.\n\n== Understand ==\nFor most visitors, the valley means wine.\n\n== Get in ==\nBuses leave every hour.",
        "She graduated with a first-class BSc in 1980.",
        "Temperatures fell below minus forty degrees Celsius at night.",
        "Officials, who declined to be named, said the talks failed.",
        "HARARE, Zimbabwe (AP) _ Delegates to a wildlife conference voted Wednesday to allow the sale.",
        "The report was written in Geneva.",
        "The report was written on Friday.",
        "Ferries leave from Tarsby every hour and reach the village of Lundholm by noon.",
        "Walk along the cliff and you will find a Souffleur.",
        "Pupils wrote one exercise a day. The teacher kept Exercises in a box.",
        "Storms are rare in the Skarvik, and fishermen like Skarvik.",
        "Counting continues in the constituencies of Anetan and Buada, where votes were close.",
        "They put up with it. But Dad says they are a sort of family.",
        "Farmers in Qacha's Nek said this week they feared a repeat. Her best role was in Shaw's Pygmalion.",
        "Before the dam, we were afraid of the Danube every spring. Now the old Danube is dying.",
        "UNIDENTIFIED MAN: (Speaking Creole).",
    ],
};

pub const ORGANISATION_IN_ROLE: Rule = Rule {
    name: "actors/organisation-in-role",
    description: "Words with capitals right before a role title name the organisation the role belongs to, unless they only describe the office: \"Apple\" in \"Apple CEO\".",
    details:
        "Capitalised words before a role title name the organisation of the role (Apple in \"Apple CEO\"); one common noun names the office's field (\"Competition Commissioner\"), adjectives its level, rank or branch (\"Provincial Governor\", \"Overseas Territories Minister\", \"Chancery Judge\", \"Interior Vice Minister\", \"Acting Interior Minister\", \"City Manager\", \"Chief Electoral Officer\"; `data/actors-office-adjectives.txt`), and so do portfolios after \"of\" or \"for\" (\"Minister of Youth and Sports\", \"High Commissioner for Refugees\"; `data/actors-portfolios.txt`), words after \"of\" that end in a field of study (\"Professor of Oriental Languages\"; `data/actors-fields-of-study.txt`) and words ending in a portfolio after another and \"and\" (\"Home and Cultural Affairs Minister\"); before a place's office the words name the place (\"Vellmark Deputy Mayor\"; `data/actors-place-offices.txt`).",
    examples: &[(
        "Zentrix CEO Anna Berg spoke.",
        "actor organization \"Zentrix\": \"Zentrix\"",
    )],
    counter_examples: &[
        "Vellmark Deputy Mayor Ada Lenz said no.",
        "Overseas Territories Minister Jean-Marc Delorme said the state would help.",
        "Chancery Judge Yvette Dumas-Lyle said she would not step aside.",
        "City Manager Ada Lenz said the budget was short.",
        "Ada Lenz, Professor of Oriental Languages, spoke.",
        "Russian Foreign Minister Anna Berg spoke.",
        "Minister of Economic Affairs Mikko Vainio said permits belonged to the courts.",
        "The U.N. High Commissioner for Refugees said it was concerned.",
        "The CEO spoke.",
        "Competition Commissioner Anna Berg spoke.",
        "Assistant U.S. Attorney Anna Berg told jurors the case was strong.",
        "Ada Lenz, Minister of Youth and Sports, presented the trophy.",
        "Home and Cultural Affairs Minister Anna Berg spoke.",
        "Provincial Governor Anna Berg spoke.",
        "Interior Vice Minister Anna Berg said talks would go on.",
        "Minister of Public Works and Energy Gregor Bertrand said engineers had found corrosion.",
        "Chief Electoral Officer Lisa Dabwido-Harris said results would come.",
        "Incumbent Finance Minister Deiridu Tsitsi argued that the government was right.",
    ],
};

pub const PERSON_IN_PLACE_NAME: Rule = Rule {
    name: "actors/person-in-place-name",
    description: "A first name and a surname at the start of the name of a place, a prize or another thing are the person it is named after: \"the Ada Lenz Memorial Prize\".",
    details:
        "A given name and a surname (which may be a given name too: \"Anna Grant\") at the start of the name of a place, a prize or another thing (\"Space Telescope\") are the person it is named after; a noun of an act, a state or a quality by its ending (\"-tion\", \"-sion\", \"-ity\", \"-ety\", \"-ship\", \"-ism\", and \"-ment\" or \"-ness\" on a long word) is no surname (\"the Land Registration Act\", \"the Rock Safety Act\", \"the Coal Ash Management Act\"), nor is any common noun or adjective (\"Clark Air Base\", \"the Clare Agricultural Show\").",
    examples: &[
        (
            "She won the Ada Lenz Memorial Prize.",
            "actor person \"Ada Lenz\": \"Ada Lenz\"",
        ),
        (
            "The Anna Grant Space Telescope will map the sky.",
            "actor person \"Anna Grant\": \"Anna Grant\"",
        ),
    ],
    counter_examples: &[
        "She won the Harbour Memorial Prize.",
        "She landed at Kennedy Airport.",
        "We walked through Fort Lee Historic Park with Ada Lenz.",
        "The title was cancelled under section 80 of the Land Registration Act.",
        "The assembly passed the Coal Ash Management Act on Monday.",
    ],
};

pub const REGNAL_NUMBER: Rule = Rule {
    name: "actors/regnal-number",
    description: "A name followed by a number in Roman numerals is a ruler or a pope, a person, and a different number is a different person: \"Napoleon III\", \"Shah Abbas I\".",
    details:
        "A name followed by a regnal number in Roman numerals (\"Napoleon III\", \"Shah Abbas I\") is a monarch or a pope: a person, and one whose number differs (\"Shah Abbas II\") is another; not a thing's head before a numeral (\"the Border War II\") nor a letter glued to the word or sign before it (\"CD&V\").",
    examples: &[(
        "The bridge was built by Shah Abbas I, and the palace by Shah Abbas II.",
        "actor person \"Shah Abbas II\": \"Shah Abbas II\"",
    )],
    counter_examples: &[
        "Veterans of the Border War II met Ada Lenz.",
        "Analysts polled by Vellmar Reuters I/B/E/S expected a loss.",
        "A CD&V alderman in a small town said the deal held.",
    ],
};

pub const AUTHOR_BEFORE_YEAR: Rule = Rule {
    name: "actors/author-before-year",
    description: "A name in the text before a year in brackets or \"et al.\" is an author, a person: \"Lindqvist (2012) argues\", \"Moreton et al. found\".",
    details:
        "A name cited in running text, before \"et al.\" or a year in brackets (\"Lindqvist (2012) argues\"), is an author: a person; so is each of several before the year, joined by commas and \"and\" (\"as Ferreira and Nakamura (2021) showed\", \"a rollout studied by Nakato, Ferris and Ssemwogerere (2020) produced\"; not names joined by commas alone).",
    examples: &[
        (
            "However, as Ferreira and Nakamura (2021) showed, the rate drops.",
            "actor person \"Ferreira\": \"Ferreira\"",
        ),
        (
            "In Uganda, a rollout studied by Nakato, Ferris and Ssemwogerere (2020) produced no effect.",
            "actor person \"Nakato\": \"Nakato\"",
        ),
        (
            "As Lindqvist (2012) argues, replication is rare.",
            "actor person \"Lindqvist\": \"Lindqvist\"",
        ),
        (
            "A later study by Moreton et al. found the same.",
            "actor person \"Moreton\": \"Moreton\"",
        ),
    ],
    counter_examples: &[
        "She starred in Driftwood (2005), then left.",
        "She starred in Driftwood (2007) with Ada Lenz.",
    ],
};

pub const CITATION_AUTHOR: Rule = Rule {
    name: "actors/citation-author",
    description: "A name before the year in a reference in brackets is its author, a person, or an organisation if it is an abbreviation in capitals: \"(Lindqvist et al., 2017)\", \"(VNSO, 2019)\".",
    details:
        "A name in a bracketed reference to a publication, before its year (\"(Lindqvist et al., 2017)\"), is an author: a person, or the body that wrote it where the name is an acronym (\"(VNSO, 2019)\"); not a name with an organisation word, a publisher's or a label's (\"(Riverline Records, 1955)\").",
    examples: &[
        (
            "Replication is rare in this field (Lindqvist et al., 2017).",
            "actor person \"Lindqvist\": \"Lindqvist\"",
        ),
        (
            "The city has 1.3 million people (VNSO, 2019; Lindqvist, 2016).",
            "actor organization \"VNSO\": \"VNSO\"",
        ),
    ],
    counter_examples: &[
        "The film (Lindqvist 2017) was long.",
        "His debut came on the album \"Crosstown Ferry\" (Riverline Records, 1955).",
    ],
};

pub const LEGISLATIVE_CHAMBER: Rule = Rule {
    name: "actors/legislative-chamber",
    description: "\"the House\" alone inside a sentence is the chamber of a legislature: an organisation (\"the bill passed the House\"); not \"Abbey House\" nor the first word of a sentence.",
    details: "",
    examples: &[(
        "The bill passed the House on Monday, and the House adjourned.",
        "actor organization \"House\": \"House\"",
    )],
    counter_examples: &["We stayed at Harbour House. The House was cold."],
};

pub const QUOTED_NICKNAME: Rule = Rule {
    name: "actors/quoted-nickname",
    description: "A nickname in quotation marks between a first name and a surname is part of that person's name, not a quote: Ernesto \"Che\" Guevara, Gov. C.L. \"Butch\" Otter.",
    details:
        "A nickname in quotation marks between a given name (after a title too: \"Senator Ignacio \"Nacho\" Vela\") or initials and a surname (\"Finley \"Finn\" Polmar\", \"Gov. C.L. \"Butch\" Otter\") is part of the person's name, of one to three words (\"Tommy \"The Hammer\" Walsh\"), and licenses its surname alone though a place (\"Anthony \"Fat Tony\" Salerno ... Salerno said\"): one person, not a quotation between two names, and no title though a title's word (\"Harold \"Duke\" Ames\"); so is one between any word that is no function word or title and a surname that ends the name (\"Tomasz \"Tommy\" Wrzesniewski\"), not after an article (\"the Slow \"Money\" Pitch\"); the typewriter's marks count too (\"Ernesto ``Che'' Guevara\"). A given name in brackets between a given name in mixed case and a surname is such a nickname too, or a maiden name, as obituaries write them (\"Lucius (Sonny) Whitlock\", \"Winifred (Lacey) Ashcombe\"; not a dateline's \"PARIS (AFP)\").",
    examples: &[
        (
            "Lucius (Sonny) Whitlock, a jazz pianist, died on Tuesday. Mr. Whitlock was 61.",
            "actor person \"Lucius (Sonny) Whitlock\": \"Lucius (Sonny) Whitlock\"",
        ),
        (
            "Senator Ignacio \"Nacho\" Vela of the opposition spoke on Monday.",
            "actor person \"Ignacio \\\"Nacho\\\" Vela\": \"Ignacio \\\"Nacho\\\" Vela\"",
        ),
        (
            "Gov. C.L. \"Butch\" Otter signed the bill.",
            "actor person \"C.L. \\\"Butch\\\" Otter\": \"C.L. \\\"Butch\\\" Otter\"",
        ),
        (
            "Finley \"Finn\" Moen joined the crew. Moen stayed a year.",
            r#"actor person "Finley \"Finn\" Moen": "Finley \"Finn\" Moen""#,
        ),
        (
            "He joined the pianist Harold \"Duke\" Moen at a club.",
            r#"actor person "Harold \"Duke\" Moen": "Harold \"Duke\" Moen""#,
        ),
        (
            "The band was led by Tomasz \"Tommy\" Wrzesniewski, who sang.",
            r#"actor person "Tomasz \"Tommy\" Wrzesniewski": "Tomasz \"Tommy\" Wrzesniewski""#,
        ),
        (
            "Former champion Tommy \"The Hammer\" Walsh was ringside.",
            r#"actor person "Tommy \"The Hammer\" Walsh": "Tommy \"The Hammer\" Walsh""#,
        ),
        (
            "The revolution made Ernesto ``Che'' Guevara a hero.",
            "actor person \"Ernesto ``Che'' Guevara\": \"Ernesto ``Che'' Guevara\"",
        ),
    ],
    counter_examples: &["He called Ada \"Red\" in the yard.", "Critics call the Slow \"Money\" Pitch a fad."],
};

pub const QUALIFIED_PLACE: Rule = Rule {
    name: "actors/qualified-place",
    description: "A known place after a word for its part or age (\"Upper Manhattan\", \"Greater London\", \"Old Oakland\") is a place, not an actor.",
    details: "",
    examples: &[(
        "The new line runs from the airport to Upper Manhattan, officials said.",
        "no actor mention \"Upper Manhattan\"",
    )],
    counter_examples: &["The insurer Old Mutual said profits rose."],
};

pub const SHIP_PREFIX: Rule = Rule {
    name: "actors/ship-prefix",
    description: "A name that starts with a ship's prefix such as \"USS\", \"HMS\" or \"MV\" is a ship, not an actor, and so is the name later without it: \"HMS Beagle\", \"the USS Potomac\".",
    details:
        "A name that opens with the prefix of a ship's name (\"USS\", \"HMS\", \"MV\", as travel guides write it also \"Mv\"; `data/actors-ship-prefixes.txt`) is a ship, not an actor, even when a title follows the prefix: \"the USS Potomac\", \"HMS Beagle\", \"the MV Lady of Consolacion\"; so is its name without the prefix wherever the article writes it (\"the MV Sea Lucena ... the Sea Lucena docked\").",
    examples: &[
        (
            "Sunset cruise. The Mv Ripon Belle leaves the jetty at 17:30.",
            "no actor mention \"Mv Ripon Belle\"",
        ),
        (
            "The yacht USS Potomac is moored at the pier, and HMS Beagle sailed in 1831.",
            "no actor mention \"HMS Beagle\"",
        ),
        (
            "The ferry MV Lady of Tarsby sank on Friday.",
            "no actor mention \"Lady of Tarsby\"",
        ),
        (
            "The MV Sea Lucena sailed on Monday. Later the Sea Lucena docked in Oslo.",
            "no actor mention \"Sea Lucena\"",
        ),
    ],
    counter_examples: &["The US Navy said the ship was sound."],
};

/// The name was found in the list of known organisations, whole or before a product's name.
pub fn known_rule(rule: &str) -> bool {
    rule == KNOWN_ORGANISATION.name || rule == COMPANY_PRODUCT.name
}

pub const PARTNERS_FIRM: Rule = Rule {
    name: "actors/firm-of-partners",
    description: "Names joined by \"&\" (or French \"et\"), with a comma after the first or not, are a firm named after its partners: \"Kidder, Peabody & Co.\", \"Moet et Chandon\".",
    details:
        "A firm named after its partners keeps the comma after the first one when a capitalised name, \"&\" and another follow (\"Kidder, Peabody & Co.\", \"Donaldson, Lufkin & Jenrette\"), also after \"of\", \"at\" or \"for\" (\"Shares of Kidder, Peabody & Co. fell\"), unless the first is a place, a given name or a person's full name (\"In London, Smith & Co. said\", \"Tomas, Vell & Partners\", \"Tom Okafor, Kessel & Wright Public Relations\"); a company's legal form at the end makes a firm after a given name too, and allows two words on either side of the comma (\"Thornton, Keyes & Co.\", \"Smith Barney, Harris Upham & Co.\"); two capitalised words joined by \"&\" (or French \"et\": \"Moet et Chandon\", \"Transports Yarou et Fils\"; not \"Jules et Jim\") name a firm too, unless the second is \"I\" or a given name after another or before a surname (\"Ana & Tom\", \"Tom Berg & Ana Lenz\"; but \"Pratt & Whitney\") or a credit names them (\"Video: Ada Park & Tom Veck\").",
    examples: &[
        (
            "Moet et Chandon said sales rose.",
            "actor organization \"Moet et Chandon\": \"Moet et Chandon\"",
        ),
        (
            "Its partners include Vellin & Whitney and the firm Medgal.",
            "actor organization \"Vellin & Whitney\": \"Vellin & Whitney\"",
        ),
        (
            "Ada Roen, an analyst at Kidder, Peabody & Co. in New York, said sales fell.",
            "actor organization \"Kidder, Peabody & Co.\": \"Kidder, Peabody & Co.\"",
        ),
        (
            "Shares of Tarsby, Orvik & Co. fell.",
            "actor organization \"Tarsby, Orvik & Co.\": \"Tarsby, Orvik & Co.\"",
        ),
        (
            "Thornton, Keyes & Co. said it would cut jobs.",
            "actor organization \"Thornton, Keyes & Co.\": \"Thornton, Keyes & Co.\"",
        ),
        (
            "said Ada Roen, an analyst at Lund Barney, Harris Vell & Co. She agreed.",
            "actor organization \"Lund Barney, Harris Vell & Co\": \"Lund Barney, Harris Vell & Co\"",
        ),
        (
            "Shares of Vellin & Orvik rose, and Vellin & Orvik said so.",
            "actor organization \"Vellin & Orvik\": \"Vellin & Orvik\"",
        ),
    ],
    counter_examples: &[
        "In London, Vell & Co. said sales fell.",
        "Ana & Tom went home.",
        "Video: Vellin & Orvik.",
        "Contact: Tom Okafor, Kessel & Wright Public Relations, (415) 555-0147",
    ],
};

pub const COMPANY_PRODUCT: Rule = Rule {
    name: "actors/company-product",
    description: "A well-known organisation's name followed by one or two words with capitals names one of its products (\"Apple TV\", \"Toyota Prius\"): the organisation is the actor, the product is not.",
    details:
        "A known organisation's name and one or two capitalised words that are no organisation word, place, noun for a place, given name or title name a product or a service of it (\"Apple TV\", \"Toyota Prius\", \"Google Analytics\"; not \"the Amazon Basin\"): the organisation is the actor, the product none.",
    examples: &[(
        "She sold her Toyota Prius and bought an Apple Watch.",
        "actor organization \"Toyota\": \"Toyota\"",
    )],
    counter_examples: &["She bought a Leaf Mobile phone.", "They crossed the Amazon Basin."],
};

pub const NAMED_STORM: Rule = Rule {
    name: "actors/named-storm",
    description: "A name that opens with a storm word (\"Hurricane\", \"Typhoon\", \"Storm\"; `data/actors-storm-words.txt`) is a storm, not an actor, here and wherever the article names it: \"Hurricane Katrina\", \"Tropical Storm Ana\".",
    details: "",
    examples: &[(
        "Hurricane Katrina struck the coast, and Typhoon Haiyan killed thousands.",
        "no actor mention \"Typhoon Haiyan\"",
    )],
    counter_examples: &["Tom Storm said the coast was clear."],
};

pub const SURNAME_AS_PLACE_HEAD: Rule = Rule {
    name: "actors/surname-as-place-head",
    description: "A first name and a word that also ends place names (Park, Lake, Hall) are a person where that person speaks or is described right there, else a place: \"said Ann Lake\", not \"Victoria Park\".",
    details:
        "A known given name and one word that also heads names of places or things (Park, Lake, Rivers, Temple, Hall) name a person where the person speaks right there (\"Joan Rivers said\", \"said Ann Lake\", \"Tom Park, who ...\", also past a role in apposition, with or without an article: \"Frank Lake, president and chief executive officer, said\", or a noun for a person after an article or an age: \"Tom Hall, a teacher, won\", \"Tom Hall, 42,\"), and the surname alone is that person after it (\"Rivers left\"), as it is where a title comes before the given name (\"Councilman Tim Castle ... Castle said\") or the surname speaks alone somewhere in the article, and so do they with a surname's particle before that word wherever they stand (\"Pieter van Dam\"); without that, or after \"the\" or \"from\", it is a place's or a thing's name (\"Victoria Park\", \"the Rocky Mountain states\", \"a delegate from Rock Springs, who lost\").",
    examples: &[
        (
            "The plan is sound, said Ann Lake, the firm's founder.",
            "actor person \"Ann Lake\": \"Ann Lake\"",
        ),
        (
            "Sharon Street, for example, argues that moral facts exist.",
            "actor person \"Sharon Street\": \"Sharon Street\"",
        ),
        (
            "Pieter van Dam, 47, an engineer, was freed on Thursday.",
            "actor person \"Pieter van Dam\": \"Pieter van Dam\"",
        ),
        (
            "Tom Hall, a teacher, won the seat. Ann Lake, 42, came second.",
            "actor person \"Tom Hall\": \"Tom Hall\"",
        ),
    ],
    counter_examples: &[
        "Lorraine Baca, a delegate candidate from Rock Springs, who lost her bid, spoke.",
        "They met at Albert Hall, a concert venue, and left.",
        "They walked through Victoria Park to the river, and Orbix said so.",
        "They walked to Victoria Park, in the east, said the guide.",
        "The carrier plans to grow in the Rocky Mountain states.",
    ],
};

pub const WORKS_IN_LIST: Rule = Rule {
    name: "actors/works-in-list",
    description: "Titles listed after a plural word for works, such as \"films\" or \"novels\", are works, not actors, unless the article shows them acting elsewhere: \"the films Silent Witness and Endless Light\".",
    details:
        "Titles listed after a plural noun for works, right after it or after \"including\", \"such as\", \"like\" or a colon (\"the films Silent Witness and Endless Light\", \"several novels, including ...\"), name works: each counts only where the article names it elsewhere as an actor. Not after apps, devices, tools or websites, which are often named after their maker.",
    examples: &[(
        "He appeared in several films, including Silent Harbour, Close to Home and Endless Tide.",
        "no actor mention \"Endless Tide\"",
    )],
    counter_examples: &[
        "He appeared with Silent Harbour, Close to Home and Orvik Tide in Oslo.",
        "She uses apps such as Orbix Chat and Vestra Mail.",
    ],
};

pub const ORGANISATION_CALLED: Rule = Rule {
    name: "actors/organisation-called",
    description: "A name after a word for an organisation and \"called\" or \"named\" is that organisation: \"an informal group called Save Alexandria\", \"a Lagos firm called Ezeoke Global\".",
    details:
        "A name after a noun for an organisation or a firm in the singular and \"called\", \"named\" or \"calling itself\" (\"an informal group called Save Alexandria\", \"a Lagos firm called Ezeoke Global\") is that organisation, whatever given name or verb opens it; not after a plural (\"Flight attendants called Clinton a hero\") nor a noun for a person (\"a nurse named Ada Vell\").",
    examples: &[
        (
            "She filed the suit on behalf of an informal group called Save Alexandria.",
            "actor organization \"Save Alexandria\": \"Save Alexandria\"",
        ),
        (
            "The suit was brought by a group calling itself Citizens First.",
            "actor organization \"Citizens First\": \"Citizens First\"",
        ),
    ],
    counter_examples: &["She met a nurse named Ada Vell.", "Flight attendants called Ada Vell a hero."],
};

pub const THING_CALLED: Rule = Rule {
    name: "actors/thing-called",
    description: "A name after a word for a thing and \"called\", \"named\" or \"dubbed\" is that thing's name, not an actor's: \"a project called FrameNet\", \"a variety called Canyon Star\".",
    details:
        "A name after \"called\", \"named\", \"dubbed\", \"code-named\" or \"nicknamed\" and a common noun in the singular or a noun for a product or a thing (`data/actors-product-nouns.txt`, `data/actors-thing-nouns.txt`), with a determiner before it, that is no noun for a person, a relative, a role, a body, a firm or a place (\"a self-fertile variety called Canyon Star\", \"a project called FrameNet\", \"a drink called Vellmar\", \"a rack-scale system called Marlin Tide\"), also after a comma and whatever given name opens it (\"The plan, called Georgia Pathways,\"), names a thing: it counts only where the article names it elsewhere as an actor, but after a noun for a product a name of several words is the product's wherever the article names it (\"The lander, called Selene Pathfinder, ... Selene Pathfinder weighs 200 kg\"); not after \"a nurse named\", \"a company called\", nor a plural subject of the verb (\"Flight attendants called Clinton a hero\").",
    examples: &[
        (
            "Others are trying a self-fertile variety called Canyon Star, which needs fewer hives.",
            "no actor mention \"Canyon Star\"",
        ),
        (
            "The lander, called Selene Pathfinder, is a four-legged frame. Selene Pathfinder weighs 200 kg.",
            "no actor mention \"Selene Pathfinder\"",
        ),
        (
            "There, he started a project called Lexinet. In Lexinet, words are described by frames.",
            "no actor mention \"Lexinet\"",
        ),
        (
            "The plan, called Georgia Pathways, would cover 50,000 people.",
            "no actor mention \"Georgia Pathways\"",
        ),
    ],
    counter_examples: &[
        "He founded a company called Orbix. Orbix said it would grow.",
        "She met a nurse named Ada Vell.",
    ],
};

pub const THING_NAMED_BY_PREDICATE: Rule = Rule {
    name: "actors/thing-named-by-predicate",
    description: "A single name after a word for a thing or a work and \"is\" or \"was\" is that thing's name, not an actor, unless it is shown acting: \"the main sport is Quidditch\".",
    details:
        "A single name after a noun for a thing or a work and \"is\" or \"was\" (\"the main sport is Quidditch\", \"the best of the operas is Rusalka\") is that thing's or work's name, here and wherever the article names it, unless a mention shows it acting.",
    examples: &[(
        "In the books the main sport is Quoddle, and Quoddle is played on brooms.",
        "no actor mention \"Quoddle\"",
    )],
    counter_examples: &["The winner was Orbix, and Orbix said it was glad."],
};

pub const DOCUMENT_NAME: Rule = Rule {
    name: "actors/document-name",
    description: "A name that ends in a word for a document, such as \"Charter\", \"Treaty\" or \"Constitution\", names a document, not an actor: \"the Adriatic Charter\", \"the Monroe Doctrine\".",
    details:
        "A name that ends in a noun for a document (\"Charter\", \"Policy\", \"Treaty\", \"Agreement\"; `data/actors-document-nouns.txt`) with no organisation word before it (\"the Adriatic Charter\", \"the National ICT Policy\"), or such a noun alone after \"the\" (\"the Charter\"), names a document, not an actor, also after a word that is a given name too (\"the Virginia Constitution\", \"the Monroe Doctrine\"; not a noun that is a surname too: \"Nathan Deal\"); \"the Office of Science and Technology Policy\" is an office.",
    examples: &[
        (
            "The Vellmark Charter binds the members, and the Vellmark Charter was signed in 2003.",
            "no actor mention \"Vellmark Charter\"",
        ),
        (
            "Writing it into the Virginia Constitution means a future legislature cannot repeal it.",
            "no actor mention \"Virginia Constitution\"",
        ),
    ],
    counter_examples: &["The Office of Trade Policy said exports rose.", "Nathan Deal said it was fair."],
};

pub const ARTICLE_OPENS_NAME: Rule = Rule {
    name: "actors/article-opens-name",
    description: "A name of two words or more that starts with French, Spanish or Italian \"La\", \"Le\" or \"El\" names a place, a work or a firm, not a person, unless it speaks: \"El Yunque\", \"a Le Creuset pot\".",
    details:
        "A name of two words or more that opens with a French, Spanish or Italian definite article (La, Le, Les, El, Los, Las, Il) and holds no title, given name or organisation word names a place, a work or a firm (\"above La Condamine\", \"a Le Creuset pot\", \"El Yunque\"), not a person: it counts only where it speaks or another mention shows an actor (\"Marine Le Pen ... Le Pen\").",
    examples: &[(
        "Difficult excavation on the steep site above La Condamine slowed the work.",
        "no actor mention \"La Condamine\"",
    )],
    counter_examples: &["Le Pen said the vote was rigged."],
};

pub const PLACE_NAME_START: Rule = Rule {
    name: "actors/place-name-start",
    description: "A name that starts with a word that begins place names, such as \"Fort\", \"Mount\", \"San\" or \"Piazza\", is a place, not an actor: \"Fort Worth\", \"Casa Lindner\".",
    details:
        "A name that opens with a word that starts places' names (\"Fort Worth\", \"Mount Everest\", \"San Diego\") or, in other languages, the names of squares, streets, buildings and eating places (\"Piazza Unità\", \"Casa Lindner\", \"Caffè San Marco\", \"Cerro Alegre\", \"Jalan Gopeng\", \"Wadi Rum\", \"Wat Arun\", \"Meydan Kohne\", \"Piața Mică\", \"Pensiunea Hermina\", \"Warung Rambu Ana\", \"Ryokan Shiosai-tei\", \"Hôtel El Koudia\", \"São Vicente\", \"Sant Julià de Lòria\", \"Khor Rori\", \"Gostilna Pri Zlatem Jelenu\", \"Quán Bà Tư\", \"Agia Pelagia\", \"Karczma Pod Kogutem\", \"Paladar El Buen Sabor\", \"Grand Bahama\", \"Largo da Portagem\", \"Igreja Matriz\", \"Kod Platana\", \"Rifugio Lagazuoi\", \"Travessa da Queimada\", \"Praza do Obradoiro\", \"Place de la Nation\", \"Calzada de Tlalpan\"; `data/actors-place-name-starts.txt`) is a place, unless it holds an organisation word (\"Porto Vellmark Bank\"); so is one word that ends as names of streets, squares, quays and harbours do in Dutch, German and the Nordic languages (\"the Korenmarkt\", \"Nyhavn\", \"Sognefjord\", \"Storgata\", \"Strandveien\"; `data/actors-place-endings.txt`), or as English and Scottish counties' names do (\"Lanarkshire\", also after a compass word: \"North Lanarkshire\"), with no title or given name before it.",
    examples: &[
        (
            "We ate grilled squid at Konoba Scala Santa near the walls.",
            "no actor mention \"Konoba Scala Santa\"",
        ),
        (
            "Glasgow, Dundee, West Dunbartonshire and North Lanarkshire voted Yes.",
            "no actor mention \"West Dunbartonshire\"",
        ),
        (
            "We ate at Tasca do Arco and Brasserie De Kaasmarkt.",
            "no actor mention \"Brasserie De Kaasmarkt\"",
        ),
        (
            "Karczma Pod Kogutem serves pierogi, and Paladar El Buen Sabor grilled fish.",
            "no actor mention \"Karczma Pod Kogutem\"",
        ),
        (
            "From Rifugio Lagazuoi the path drops to Travessa da Queimada.",
            "no actor mention \"Rifugio Lagazuoi\"",
        ),
        (
            "Flats will be built in the parishes of Sant Julia de Loria and Encamp.",
            "no actor mention \"Sant Julia de Loria\"",
        ),
        (
            "We ate at Trattoria Vella, near Piazza Orvik, then walked to Casa Lindner.",
            "no actor mention \"Casa Lindner\"",
        ),
        (
            "The plough never reaches Storgata before noon.",
            "no actor mention \"Storgata\"",
        ),
        (
            "For dinner try Gostilna Pri Zlatem Jelenu or Psarotaverna Kyra Voula, and sleep at Pension Afroditi in Agia Pelagia.",
            "no actor mention \"Psarotaverna Kyra Voula\"",
        ),
        (
            "The walk ends at the Vellmarkt. The Vellmarkt is busiest at night.",
            "no actor mention \"Vellmarkt\"",
        ),
        (
            "The funicular climbs from the port to Cerro Vellama, where murals cover the houses.",
            "no actor mention \"Cerro Vellama\"",
        ),
        (
            "The boat sails up the Vellafjord, past the Catedral de San Orvik and Plac Vellin.",
            "no actor mention \"Catedral de San Orvik\"",
        ),
        (
            "The hostel is on Jalan Vellan, a short walk from Lorong Orvik.",
            "no actor mention \"Jalan Vellan\"",
        ),
        (
            "We stayed at Pensiunea Hermina and ate at Warung Rambu Ana.",
            "no actor mention \"Pensiunea Hermina\"",
        ),
        (
            "Inspectors seized spirit on São Vicente and in Ponta do Sol.",
            "no actor mention \"São Vicente\"",
        ),
        (
            "The ferry stops below Wat Vellarun, and the Meydan Orvik is a short walk away.",
            "no actor mention \"Wat Vellarun\"",
        ),
    ],
    counter_examples: &[
        "Porto Vellmark Bank said profits rose.",
        "Orvikplein Holdings said profits rose.",
    ],
};

pub const HANDLE_OR_HASHTAG: Rule = Rule {
    name: "actors/handle-or-hashtag",
    description: "A name written right after \"@\" or \"#\" is a social-media handle or a hashtag (\"@CarolHoustonMT\", \"#NHSen\"): it names an account or a topic, not an actor of the text.",
    details: "",
    examples: &[(
        "\"Proud to have @AnaLenzMT on this team! #VellSen,\" he wrote.",
        "no actor mention \"VellSen\"",
    )],
    counter_examples: &["\"Proud to have Ana Lenz on this team,\" he wrote."],
};

pub const PEOPLE_IN_PLURAL: Rule = Rule {
    name: "actors/people-in-plural",
    description: "A plural with a capital that names a people or a group (\"Native Americans\", \"Floridians\"), or one counted by \"some\", \"many\" or a number, is a group of people, not an actor.",
    details:
        "A capitalised plural that names a people, a faith's or a party's members (\"Texans\", \"Tejanos\", \"Congressmen\", \"Thais\") after a word that counts them (\"some\", \"many\", \"most\", a number; `data/actors-group-quantifiers.txt`), or any other capitalised plural so counted that no noun follows (\"2,300 Humvees were left\", \"three new Members\"; not \"many Orviks fans\"), or a name of several words that ends in a nationality in the plural (\"Native Americans\", \"the Tarahumara Indians\"), or a plural made from a known place's name of one or two words without \"the\" before it (\"Floridians\", \"Ohioans\", \"Pennsylvanians\", \"Londoners\", \"Rhode Islanders\"; \"the Texans\" may be a team), is a group of people, not an actor.",
    examples: &[
        (
            "Their pride inspired some Vellmarkans to rebel, and many wealthy Vellmarkans paid for it.",
            "no actor mention \"Vellmarkans\"",
        ),
        (
            "Farms were worked by Native Americans as early as 1100.",
            "no actor mention \"Native Americans\"",
        ),
        (
            "Last week 2,300 Brontos were left behind, and three new Tribunes joined.",
            "no actor mention \"Brontos\"",
        ),
        (
            "The new tax angered Ohioans and Floridians.",
            "no actor mention \"Floridians\"",
        ),
        (
            "Rhode Islanders appear ready to approve a casino.",
            "no actor mention \"Rhode Islanders\"",
        ),
    ],
    counter_examples: &[
        "The Vellmarkans said on Monday they would vote.",
        "The Texans said on Monday they would sign him.",
        "Many Orviks fans cheered, and the Orviks said they were proud.",
        "In 1828 Galois failed the exam, and Galois said he would try again.",
    ],
};

pub const WORK_BY_AUTHORSHIP: Rule = Rule {
    name: "actors/work-by-authorship",
    description: "A name that someone wrote, composed or starred in, or that is called a book or another work, is a work, not an actor, unless it is shown acting: \"Byron composed Thyrza\", \"his latest book, Hegemony\".",
    details:
        "A name that is the object of a verb of making a work (\"Byron composed Thyrza\", \"she starred in Brisca\") or that an apposition calls a work (\"Thyrza, a series of elegies\"), or that follows a noun for a work and a comma (\"his latest book, Hegemony\"), is a work; it is an actor only where the article shows it acting.",
    examples: &[
        (
            "In his grief Byron composed Thyrza, a series of elegies.",
            "no actor mention \"Thyrza\"",
        ),
        (
            "In 1812 Byron wrote Brisca, and Brisca sold ten thousand copies.",
            "no actor mention \"Brisca\"",
        ),
        (
            "He keeps writing; his latest book, Hegemony, sold well.",
            "no actor mention \"Hegemony\"",
        ),
    ],
    counter_examples: &[
        "Reporters wrote to Orbix, and Orbix said it would reply.",
        "The deal pleased Orbix, a software company. Orbix said it would hire staff.",
        "“Big unions are over,” wrote Ada Berg in her book.",
    ],
};

pub const TEAM_OF_PLACE: Rule = Rule {
    name: "actors/team-of-place",
    description: "A plural name after \"the\" and a town, or a town followed by a club word such as \"United\" or \"City\", is a sports team, an organisation: \"the Boston Red Sox\", \"Manchester United\".",
    details:
        "A name in the plural after \"the\" and the name of a town or a region (\"the Boston Red Sox\", \"the Tampa Bay Rays\", \"the Dallas Cowboys\", \"the New York Yankees\") is a team, an organisation, even when its first word is a given name; one word will do unless it is a plural noun for places or things (\"the London Olympics\"); a town and a word a club's name ends in (\"Manchester United\", \"Manchester City\", not \"New York City\") are the club, town and all (not a country's name and \"City\": \"Benin City\"), and so is a name without a given name that ends in such a word that heads no place's name (\"Wolverhampton Wanderers\", \"Brighton & Hove Albion\"). A demonym is no town: \"the Briton Graham Stokes\" is a person.",
    examples: &[
        (
            "Leeds United beat Orvik on Sunday.",
            "actor organization \"Leeds United\": \"Leeds United\"",
        ),
        (
            "Manchester City retained the title on Sunday.",
            "actor organization \"Manchester City\": \"Manchester City\"",
        ),
        (
            "They beat Vellmar Wanderers and Brighton & Tarsby Albion.",
            "actor organization \"Brighton & Tarsby Albion\": \"Brighton & Tarsby Albion\"",
        ),
        (
            "He pitched for the Boston Red Sox in 2004.",
            "actor organization \"Red Sox\": \"Red Sox\"",
        ),
        (
            "He played for the Dallas Cowboys and the New York Yankees.",
            "actor organization \"Cowboys\": \"Cowboys\"",
        ),
        (
            "He played for the Dallas Cowboys and the New York Yankees.",
            "actor organization \"Yankees\": \"Yankees\"",
        ),
    ],
    counter_examples: &[
        "Best actor was awarded to the Briton Graham Stokes for his role.",
        "Russian President Boris Adams said no.",
        "In Boston John Adams met them.",
        "The London Olympics and the Boston Islands drew crowds.",
        "She captained the U.S. Invictus team.",
        "She moved to New York City in 1990.",
        "Soldiers marched on Benin City in 1897, and Benin City fell.",
    ],
};

pub const NOT_A_PERSON_BY_NOUN: Rule = Rule {
    name: "actors/not-a-person-by-noun",
    description: "A name of several words that starts with an ordinary English word, with no first name, title or organisation word, is no actor unless another mention shows one: \"Mountain Dew\", \"the Supreme Soviet\".",
    details:
        "A name of several words that starts with a common English noun (\"Mountain Dew\", \"Horse Racing\") or adjective, no word of it a given name (\"Natural Language Processing\", \"the Supreme Soviet\"; `data/language-english-adjectives.txt`), or that ends with a portfolio's field in the singular (\"the secretary of Homeland Security\"; not \"Barstool Sports\"), and has nothing else for its kind (no given name, title or organisation word) names no actor unless another mention shows one: people's names do not start with common nouns or adjectives.",
    examples: &[
        (
            "We drank Mountain Dew after the Horse Racing.",
            "no actor mention \"Mountain Dew\"",
        ),
        (
            "A spokesman for the separatist Supreme Soviet said so.",
            "no actor mention \"Supreme Soviet\"",
        ),
    ],
    counter_examples: &["Rose Hill said she would come.", "Starry Lee said she would run again."],
};

pub const TITLED_PERSON_IN_PLACE: Rule = Rule {
    name: "actors/titled-person-in-place",
    description: "A role title and a surname before a word like \"Street\" or \"Avenue\" name a place after that person, who still counts: \"Governor Nicholls Street\", \"President Vargas Avenue\".",
    details:
        "A role's title before a surname and a word that heads the names of streets and buildings, no common surname (`data/actors-titled-place-heads.txt`), names the place after the titled person, who stays, without the head: \"Governor Nicholls Street\" is Governor Nicholls's street, \"President Vargas Avenue\" President Vargas's avenue; not a given name and a surname that heads places' names (\"Mayor Ann Hall\"), nor a surname that heads them too (\"Judge Shanlyn Park\"), nor a name that speaks right there (\"Senator Vell Station said\").",
    examples: &[(
        "The band led the procession down Governor Nicholls Street to the church.",
        "no actor mention \"Nicholls Street\"",
    )],
    counter_examples: &["Mayor Ann Hall said the road would reopen."],
};

pub const ROYAL_TITLE_IN_PLACE: Rule = Rule {
    name: "actors/royal-title-in-place",
    description: "A title before a word like \"Street\" or \"Hospital\" is part of a place's name, not a person, but a king or queen named there by a first name still counts: \"King Street\", \"Queen Elizabeth Hospital\".",
    details:
        "A monarch's title before one word that heads the name of a place or a thing (\"King Street\", \"the Queen Hotel\", \"Prince Series\") is part of that name: a monarch is named by a given name, not by \"Street\"; before a given name and such a word, the place is named after the monarch, who alone is a mention (\"King Edward Street\", \"Queen Elizabeth Hospital\", \"King George Island\"); so is any title inside a longer name before such a word (\"Osmania General Hospital\"), or after \"the\" (\"the Executive Tower\").",
    examples: &[
        ("We walked down King Street to the harbour.", "no actor mention \"Street\""),
        (
            "Doctors at Vellmar General Hospital said they were busy.",
            "no actor mention \"Hospital\"",
        ),
        (
            "The new president will sit in the Executive Tower from March.",
            "no actor mention \"Tower\"",
        ),
        (
            "Doctors at Queen Elizabeth Hospital said the wards were full.",
            "no actor mention \"Elizabeth Hospital\"",
        ),
    ],
    counter_examples: &["King Harald opened the new bridge.", "Senator Hall said the bill had passed."],
};
