//! The word lists behind actor detection, parsed once: given names with gender, titles, pronouns,
//! name abbreviations, organisation words and nouns, well-known organisations, places and nationality
//! words, and words that are never names.
//!
//! This is the one source of pronouns ([`Lexicon::pronoun`], [`Lexicon::pronoun_cases`], `data/pronouns.txt`) and titles ([`Lexicon::title`],
//! [`Lexicon::is_name_abbreviation`]) for the whole analysis; other extractors should ask it rather
//! than keep lists of their own.
//!
//! Every list is a plain text file under `data/` (`actors-*.txt`) with its source and licence in its
//! header. Lookups take the token text as written; titles, stop words and months are matched in lower
//! case, places and organisations as written ("US", "Nato").

use crate::analysis::gazetteer::{word_set, TableMap, TableSet, WordSet};
use std::sync::LazyLock;

use crate::analysis::report::ActorKind;
use crate::analysis::{gazetteer, timex};

/// The grammatical gender a name or title implies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    #[default]
    Unknown,
}

/// The actors a third-person pronoun can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PronounClass {
    /// he, him, his: a person, not known to be female.
    Male,
    /// she, her: a person, not known to be male.
    Female,
    /// they, their: an organisation or a group.
    Plural,
    /// it, its: an organisation.
    Neuter,
}

/// The person of a pronoun; relative pronouns ("who", "which") have none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Person {
    First,
    Second,
    Third,
    Relative,
}

/// The cases a pronoun takes (bits of [`Lexicon::pronoun_cases`]).
pub mod case {
    /// "he said", "who said".
    pub const SUBJECT: u8 = 1;
    /// "told him".
    pub const OBJECT: u8 = 1 << 1;
    /// A determiner: "his claim".
    pub const POSSESSIVE: u8 = 1 << 2;
    /// "the choice is hers".
    pub const INDEPENDENT: u8 = 1 << 3;
    /// "himself".
    pub const REFLEXIVE: u8 = 1 << 4;
}

/// How a title relates to the name after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleKind {
    /// Part of the name mention: "Mr Blinken", "Dr Tayler".
    Courtesy,
    /// A role: "Foreign Minister Sergei Lavrov".
    Role,
}

pub struct Lexicon {
    given: TableMap<&'static str, Gender>,
    /// Lower case, words joined by one space.
    titles: TableMap<String, (TitleKind, Gender)>,
    /// The most words a title has.
    pub title_words: usize,
    /// The first and the last words of the titles (lower case): a phrase that starts or ends with
    /// any other word is no title.
    title_first: TableSet<String>,
    title_last: TableSet<String>,
    org_words: TableSet<&'static str>,
    /// Known organisations; `None` for names that are never actors ("FTSE").
    orgs: TableMap<&'static str, Option<ActorKind>>,
    /// Lower-case words of a short form → the lower-case words of the full name it stands for ("fed" →
    /// "federal reserve"), looked up by the words a candidate already has.
    short_forms: TableMap<Vec<String>, Vec<String>>,
    /// Name as written → ISO code, or "-" for places that are not countries.
    places: TableMap<&'static str, &'static str>,
    pub place_words: usize,
    /// Lower-case place names, for words already known to be capitalised.
    places_lower: TableMap<String, &'static str>,
    /// Regions of one word that are also given names ("Alberta", "Victoria"), left out of `places`.
    given_regions: TableSet<&'static str>,
    org_words_lower: TableSet<String>,
    stop: TableSet<&'static str>,
    /// Lower case → class (third person only).
    pronouns: TableMap<&'static str, PronounClass>,
    /// Lower case → (person, cases) of every pronoun.
    pronoun_cases: TableMap<&'static str, (Person, u8)>,
    /// Capitalised, without the period: the `name` abbreviations of `data/abbreviations.txt`.
    name_abbreviations: TableSet<String>,
    /// Lower case: "company", "alliance".
    org_nouns: TableSet<&'static str>,
}

fn gender(s: Option<&&str>) -> Gender {
    match s.copied() {
        Some("m") => Gender::Male,
        Some("f") => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// `data/actors-given-names.txt`, packed by `build.rs` (read with [`gazetteer::unpack`]): 15 kB
/// instead of 23 kB of the web app's download (gzip).
const GIVEN_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/actors-given-names.packed"));

/// Every pronoun with its class and cases.
const PRONOUNS: &str = gazetteer::data_file!("../data/pronouns.txt");

/// "mr" → "Mr".
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn case_bit(name: &str) -> u8 {
    match name {
        "subject" => case::SUBJECT,
        "object" => case::OBJECT,
        "possessive" => case::POSSESSIVE,
        "independent" => case::INDEPENDENT,
        "reflexive" => case::REFLEXIVE,
        _ => 0,
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut given = TableMap::default();
    let given_names: &'static str = Box::leak(gazetteer::unpack(GIVEN_NAMES).into_boxed_str());
    for data in [
        given_names,
        gazetteer::data_file!("../data/actors-given-names-extra.txt"),
    ] {
        for row in gazetteer::rows(data) {
            if let Some(name) = row.first() {
                given.insert(*name, gender(row.get(1)));
            }
        }
    }
    // Common words and articles that the lists also hold as given names ("See", "La";
    // `actors/not-a-given-name`).
    let not_given: Vec<&str> =
        gazetteer::words(gazetteer::data_file!("../data/actors-given-names-not.txt")).collect();
    given.retain(|name, _| !not_given.contains(name));
    let mut titles = TableMap::default();
    let mut title_words = 1;
    for row in gazetteer::rows(gazetteer::data_file!("../data/actors-titles.txt")) {
        let Some(title) = row.first() else { continue };
        let kind = if row.get(1) == Some(&"courtesy") {
            TitleKind::Courtesy
        } else {
            TitleKind::Role
        };
        title_words = title_words.max(title.split(' ').count());
        titles.insert(title.to_lowercase(), (kind, gender(row.get(2))));
    }
    let title_first = titles
        .keys()
        .filter_map(|t| t.split(' ').next())
        .map(String::from)
        .collect();
    let title_last = titles
        .keys()
        .filter_map(|t| t.split(' ').next_back())
        .map(String::from)
        .collect();
    let mut orgs = TableMap::default();
    let mut short_forms = TableMap::default();
    for row in gazetteer::rows(gazetteer::data_file!("../data/actors-orgs.txt")) {
        if let Some(name) = row.first() {
            let kind = match row.get(1).copied() {
                Some("group") => Some(ActorKind::Group),
                Some("none") => None,
                _ => Some(ActorKind::Organization),
            };
            orgs.insert(*name, kind);
            if let Some(full) = row.get(2) {
                let words = |s: &str| s.to_lowercase().split(' ').map(String::from).collect();
                short_forms.insert(words(name), words(full));
            }
        }
    }
    let mut places = TableMap::default();
    let mut given_regions = TableSet::default();
    let mut place_words = 1;
    for row in gazetteer::rows(gazetteer::data_file!("../data/actors-places.txt")) {
        if let (Some(name), Some(code)) = (row.first(), row.get(1)) {
            place_words = place_words.max(name.split(' ').count());
            places.insert(*name, *code);
        }
    }
    // The countries' regions ("Queensland", "New South Wales") are places too, when written out (not
    // "NSW", "Calif.") and not a given name ("Victoria", "Kent").
    for row in gazetteer::rows(gazetteer::data_file!("../data/countries-regions.tsv")) {
        if let Some(name) = row.first().copied() {
            let first = name.split(' ').next().unwrap_or(name);
            let written_out = !name.contains('.') && !crate::analysis::text::is_all_caps(name);
            if written_out && !given.contains_key(first) && !places.contains_key(name) {
                place_words = place_words.max(name.split(' ').count());
                places.insert(name, "-");
            } else if written_out && given.contains_key(name) {
                given_regions.insert(name);
            }
        }
    }
    // Every country's short name is a place too ("Fiji", "Vanuatu"), unless it is a given name ("Chad");
    // one that `actors-places.txt` leaves out gives no role its country ("New Jersey governor" is no
    // governor of Jersey).
    for row in gazetteer::rows(gazetteer::COUNTRIES_TABLE) {
        if let Some(name) = row.get(1).copied() {
            if !places.contains_key(name) && !given.contains_key(name) {
                place_words = place_words.max(name.split(' ').count());
                places.insert(name, "-");
            }
        }
    }
    let places_lower = places.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect();
    let org_words: TableSet<&'static str> =
        gazetteer::words(gazetteer::data_file!("../data/actors-org-words.txt")).collect();
    let org_words_lower = org_words.iter().map(|w| w.to_lowercase()).collect();
    Lexicon {
        given,
        titles,
        title_words,
        title_first,
        title_last,
        org_words,
        orgs,
        short_forms,
        places,
        place_words,
        places_lower,
        given_regions,
        org_words_lower,
        stop: gazetteer::words(gazetteer::data_file!("../data/actors-stop-words.txt")).collect(),
        pronouns: gazetteer::rows(PRONOUNS)
            .filter_map(|row| {
                let class = match row.get(1).copied() {
                    Some("male") => PronounClass::Male,
                    Some("female") => PronounClass::Female,
                    Some("plural") => PronounClass::Plural,
                    Some("neuter") => PronounClass::Neuter,
                    _ => return None,
                };
                Some((*row.first()?, class))
            })
            .collect(),
        pronoun_cases: gazetteer::rows(PRONOUNS)
            .filter_map(|row| {
                let person = match row.get(1).copied() {
                    Some("first") => Person::First,
                    Some("second") => Person::Second,
                    Some("relative") => Person::Relative,
                    _ => Person::Third,
                };
                let cases = row.get(2).copied().unwrap_or("").split_whitespace();
                let bits = cases.fold(0, |bits, c| bits | case_bit(c));
                Some((*row.first()?, (person, bits)))
            })
            .collect(),
        name_abbreviations: gazetteer::rows(gazetteer::data_file!("../data/abbreviations.txt"))
            .filter(|row| {
                row.get(1)
                    .is_some_and(|tags| tags.split(' ').any(|t| t == "name"))
            })
            .filter_map(|row| row.first().map(|w| capitalise(w)))
            .collect(),
        org_nouns: gazetteer::words(gazetteer::data_file!("../data/actors-org-nouns.txt")).collect(),
    }
});

impl Lexicon {
    /// The gender of a given name ("Antony", "Marc-Antoine"), if it is one.
    pub fn given(&self, word: &str) -> Option<Gender> {
        match self.given.get(word) {
            Some(g) => Some(*g),
            // "Marc-Antoine", "Hans-Peter": two given names joined by a hyphen, the first's gender.
            None if word.contains('-') => {
                let (first, second) = word.split_once('-')?;
                let second_given = !second.is_empty()
                    && second.starts_with(char::is_uppercase)
                    && self.given(second).is_some();
                second_given.then(|| self.given(first)).flatten()
            }
            // "Björn", "José", "Zoë": the list's name without its accents ("Bjorn", "Jose").
            None if !word.is_ascii() => {
                let plain: String = word.chars().map(crate::analysis::text::without_accent).collect();
                (plain != word)
                    .then(|| self.given.get(plain.as_str()).copied())
                    .flatten()
            }
            None => None,
        }
    }

    /// A given name written in capitals ("MARIA", "RUTH"): looked up as "Maria", "Ruth".
    pub fn given_in_capitals(&self, word: &str) -> Option<Gender> {
        let mut chars = word.chars();
        let titled: String = chars.next().map_or_else(String::new, |f| {
            f.to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect()
        });
        self.given(&titled)
    }

    /// A title, given in lower case with words joined by one space.
    /// So is one with an ending for an office not yet taken ("prime minister-designate", "governor-elect";
    /// `data/actors-title-suffixes.txt`).
    pub fn title(&self, lower: &str) -> Option<(TitleKind, Gender)> {
        self.titles
            .get(lower)
            .or_else(|| without_title_suffix(lower).and_then(|t| self.titles.get(t)))
            .copied()
    }

    /// Some title may start with the lower-case word `lower` (false: no phrase starting with it is
    /// a title). A word with a space in it is never ruled out.
    pub fn may_start_title(&self, lower: &str) -> bool {
        lower.contains(' ') || self.title_first.contains(lower)
    }

    /// Some title may end with the lower-case word `lower` (as [`Lexicon::may_start_title`]).
    pub fn may_end_title(&self, lower: &str) -> bool {
        lower.contains(' ')
            || self.title_last.contains(lower)
            || without_title_suffix(lower).is_some_and(|t| self.title_last.contains(t))
    }

    pub fn is_org_word(&self, word: &str) -> bool {
        self.org_words.contains(word)
    }

    /// A known organisation or group.
    pub fn org(&self, name: &str) -> Option<ActorKind> {
        self.orgs.get(name).copied().flatten()
    }

    /// The lower-case words of the full name the lower-case words `short` stand for, if the list gives
    /// one ("fed" → "federal reserve"); empty otherwise.
    pub fn full_name_of(&self, short: &[String]) -> &[String] {
        self.short_forms.get(short).map_or(&[], Vec::as_slice)
    }

    /// Whether the lower-case words `a` and `b` are a known short form and the full name it stands for,
    /// in either order ("fed", "federal reserve").
    pub fn short_form_pair(&self, a: &[String], b: &[String]) -> bool {
        (!b.is_empty() && self.full_name_of(a) == b) || (!a.is_empty() && self.full_name_of(b) == a)
    }

    /// A name that is never an actor (a stock index).
    pub fn not_actor(&self, name: &str) -> bool {
        self.orgs.get(name).is_some_and(Option::is_none)
    }

    /// The country code of a place or nationality word ("-" when it is no country).
    pub fn place(&self, name: &str) -> Option<&'static str> {
        self.places.get(name).copied()
    }

    /// Whether `name`, as written, is a country's region that is also a given name ("Alberta").
    pub fn given_region(&self, name: &str) -> bool {
        self.given_regions.contains(name)
    }

    /// The country code of a place given in lower case.
    pub fn place_lower(&self, lower: &str) -> Option<&'static str> {
        self.places_lower.get(lower).copied()
    }

    pub fn is_org_word_lower(&self, lower: &str) -> bool {
        self.org_words_lower.contains(lower)
    }

    /// A function word, common sentence opener, month or weekday, in lower case.
    pub fn is_stop(&self, lower: &str) -> bool {
        self.stop.contains(lower) || self.is_month(lower)
    }

    /// A month ("march", "sept") or weekday ("friday"), in lower case: the dates tables' words
    /// ([`timex::month_of`], [`timex::weekday_of`], singular).
    pub fn is_month(&self, lower: &str) -> bool {
        timex::month_of(lower).is_some() || timex::weekday_of(lower).is_some_and(|(_, plural)| !plural)
    }

    /// The class of a third-person pronoun given in lower case ("he", "their").
    pub fn pronoun(&self, lower: &str) -> Option<PronounClass> {
        self.pronouns.get(lower).copied()
    }

    /// Any pronoun given in lower case, personal ("he", "we", "you") or relative ("who"): its
    /// person and its [`case`] bits.
    pub fn pronoun_cases(&self, lower: &str) -> Option<(Person, u8)> {
        self.pronoun_cases.get(lower).copied()
    }

    /// Every pronoun with its [`Lexicon::pronoun_cases`].
    pub fn pronouns(&self) -> impl Iterator<Item = (&'static str, Person, u8)> + '_ {
        self.pronoun_cases.iter().map(|(w, &(p, c))| (*w, p, c))
    }

    /// An abbreviation whose period belongs to the name, as written without the period ("Mr", "Inc").
    pub fn is_name_abbreviation(&self, word: &str) -> bool {
        self.name_abbreviations.contains(word)
    }

    /// A common noun for an organisation, in lower case ("company", "alliance").
    pub fn is_org_noun(&self, lower: &str) -> bool {
        self.org_nouns.contains(lower)
    }
}

/// Endings joined to a title for an office not yet taken (`data/actors-title-suffixes.txt`).
static TITLE_SUFFIXES: WordSet = word_set!("../data/actors-title-suffixes.txt");

/// The lower-case title `lower` without an ending for an office not yet taken ("minister-designate" →
/// "minister"), if it has one.
fn without_title_suffix(lower: &str) -> Option<&str> {
    // Tried on every word a title may end with: the few endings' own test, no search for a hyphen.
    TITLE_SUFFIXES
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packed_given_names_are_the_data_files_names() {
        let unpacked: &'static str = Box::leak(gazetteer::unpack(GIVEN_NAMES).into_boxed_str());
        let mut packed: Vec<Vec<&str>> = gazetteer::rows(unpacked).collect();
        let mut plain: Vec<Vec<&str>> =
            gazetteer::rows(gazetteer::data_file!("../data/actors-given-names.txt")).collect();
        packed.sort();
        plain.sort();
        assert!(plain.len() > 8000);
        assert_eq!(packed, plain);
    }

    #[test]
    fn tables_load() {
        let l = &*LEXICON;
        assert_eq!(l.given("Antony"), Some(Gender::Male));
        assert_eq!(l.given("Colette"), Some(Gender::Female));
        assert_eq!(l.given("Blinken"), None);
        assert_eq!(
            l.title("secretary of state"),
            Some((TitleKind::Role, Gender::Unknown))
        );
        assert_eq!(l.title("mr"), Some((TitleKind::Courtesy, Gender::Male)));
        assert!(l.title_words >= 3);
        assert!(l.is_org_word("Department"));
        assert_eq!(l.org("Nato"), Some(ActorKind::Organization));
        assert_eq!(l.place("Russian"), Some("RU"));
        assert_eq!(l.place("New York"), Some("US"));
        assert_eq!(l.place("Europe"), Some("-"));
        assert!(l.is_stop("the") && l.is_month("friday"));
        assert_eq!(l.pronoun("her"), Some(PronounClass::Female));
        assert_eq!(l.pronoun("its"), Some(PronounClass::Neuter));
        assert_eq!(l.pronoun("we"), None);
        assert_eq!(l.pronoun_cases("we"), Some((Person::First, case::SUBJECT)));
        assert_eq!(l.pronoun_cases("who"), Some((Person::Relative, case::SUBJECT)));
        assert_eq!(
            l.pronoun_cases("her"),
            Some((Person::Third, case::OBJECT | case::POSSESSIVE))
        );
        assert!(l.is_name_abbreviation("Mr") && !l.is_name_abbreviation("mr"));
        assert!(l.is_org_noun("company") && !l.is_org_noun("minister"));
    }

    /// Each word class has one source: months and weekdays are the dates tables' and are not
    /// repeated among the stop words, nor month abbreviations among the abbreviations.
    #[test]
    fn word_classes_are_defined_once() {
        for w in gazetteer::words(gazetteer::data_file!("../data/actors-stop-words.txt")) {
            assert!(
                !LEXICON.is_month(w),
                "{w}: a month or weekday, from the dates tables"
            );
        }
        for w in gazetteer::words(gazetteer::data_file!("../data/abbreviations.txt")) {
            assert!(
                timex::month_of(w).is_none(),
                "{w}: a month, from the dates tables"
            );
        }
    }
}
