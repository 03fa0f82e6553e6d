//! Does a text look like English? Lede's analysis is built for English news; a text in another
//! language gets a plain warning (the analysis still runs).
//!
//! Two signs, both robust to names: the share of letters outside ASCII (a text in Cyrillic, Greek,
//! Arabic or Chinese), and the share of words that are common English function words ("the", "of",
//! "and", "said": about a third of an English news text, under a tenth of a French or German one,
//! `data/language-english-function-words.txt`). Short texts (under 40 words and 200 letters) are
//! never judged: too little to tell.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::analysis::gazetteer;

static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    gazetteer::words(gazetteer::data_file!(
        "../analysis/data/language-english-function-words.txt"
    ))
    .collect()
});

/// Texts with fewer words are not judged.
pub const MIN_WORDS: usize = 40;
/// Texts with fewer letters are not judged.
pub const MIN_LETTERS: usize = 200;
/// Above this share of non-ASCII letters (per mille), a text is not English.
pub const MAX_NON_ASCII: usize = 250;
/// Below this share of English function words (per mille), a text is not English.
pub const MIN_FUNCTION_WORDS: usize = 120;

/// What the check measured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measure {
    pub words: usize,
    pub letters: usize,
    /// Letters outside ASCII, per mille of all letters.
    pub non_ascii: usize,
    /// English function words, per mille of all words.
    pub function_words: usize,
}

/// Counts a text's words, letters and English function words.
pub fn measure(text: &str) -> Measure {
    let (mut letters, mut foreign) = (0, 0);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if !c.is_ascii() {
            foreign += 1;
        }
    }
    let (mut words, mut common) = (0, 0);
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’') {
        let word = word.trim_matches(['\'', '’']);
        if word.is_empty() {
            continue;
        }
        words += 1;
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        if FUNCTION_WORDS.contains(lower.as_str()) {
            common += 1;
        }
    }
    Measure {
        words,
        letters,
        non_ascii: foreign * 1000 / letters.max(1),
        function_words: common * 1000 / words.max(1),
    }
}

/// Whether the text is long enough to judge and does not look like English.
pub fn not_english(text: &str) -> bool {
    let m = measure(text);
    if m.letters < MIN_LETTERS {
        return false;
    }
    if m.non_ascii > MAX_NON_ASCII {
        return true;
    }
    m.words >= MIN_WORDS && m.function_words < MIN_FUNCTION_WORDS
}

/// The notice shown for a text that does not look like English.
pub const NOTICE: &str = "This text does not look like English. Lede is built for English news, so its \
                          findings in other languages will be incomplete or wrong.";

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "Ms Ingrid Solberg, the Norwegian foreign minister, said on Friday that the \
        talks in Geneva had been useful but that no agreement was in sight. \"We have made progress on \
        the questions that matter to our neighbours,\" she told reporters after the meeting, which \
        lasted four hours. Her counterpart, Mr Daniel Otieno of Kenya, said he would return to Nairobi \
        on Sunday and report to the president before the next round of talks.";
    const NAMES: &str = "Present were Ingrid Solberg (Norway), Daniel Otieno (Kenya), Maria Gonzalez \
        (Spain), Jean Dupont (France), Hans Müller (Germany), Luca Rossi (Italy), Anna Kowalska (Poland), \
        Pedro Silva (Portugal), Ahmed Hassan (Egypt), Li Wei (China), Kenji Sato (Japan), Olga Petrova \
        (Russia) and Sipho Dlamini (South Africa). The ministers said that they had agreed on a text, \
        and that it would be signed by the heads of government in March.";
    const FRENCH: &str = "La ministre norvégienne des affaires étrangères a déclaré vendredi que les \
        négociations de Genève avaient été utiles, mais qu'aucun accord n'était en vue. « Nous avons \
        progressé sur les questions qui comptent pour nos voisins », a-t-elle dit aux journalistes après \
        la réunion, qui a duré quatre heures. Son homologue kényan rentrera à Nairobi dimanche.";
    const GERMAN: &str = "Die norwegische Außenministerin sagte am Freitag, die Gespräche in Genf seien \
        nützlich gewesen, aber eine Einigung sei nicht in Sicht. „Wir haben bei den Fragen, die für \
        unsere Nachbarn wichtig sind, Fortschritte gemacht“, sagte sie nach dem Treffen, das vier \
        Stunden dauerte. Ihr kenianischer Amtskollege will am Sonntag nach Nairobi zurückkehren.";
    const SPANISH: &str = "La ministra noruega de Asuntos Exteriores dijo el viernes que las \
        conversaciones de Ginebra habían sido útiles, pero que no había ningún acuerdo a la vista. \
        «Hemos avanzado en las cuestiones que importan a nuestros vecinos», dijo a los periodistas tras \
        la reunión, que duró cuatro horas. Su homólogo keniano volverá a Nairobi el domingo.";
    const RUSSIAN: &str = "Министр иностранных дел Норвегии заявила в пятницу, что переговоры в Женеве \
        были полезными, но соглашения пока не видно. По её словам, стороны продвинулись в вопросах, \
        важных для соседей. Встреча продолжалась четыре часа, после чего министры ответили на вопросы.";

    #[test]
    fn tells_english_from_other_languages() {
        let cases: &[(&str, &str, bool)] = &[
            ("English news", ENGLISH, false),
            ("English with many names", NAMES, false),
            ("French", FRENCH, true),
            ("German", GERMAN, true),
            ("Spanish", SPANISH, true),
            ("Russian", RUSSIAN, true),
            (
                "short French",
                "La ministre a déclaré vendredi que les négociations avaient été utiles.",
                false,
            ),
            ("empty", "", false),
            ("numbers only", &"12 345 678 ".repeat(100), false),
        ];
        for (name, text, want) in cases {
            assert_eq!(not_english(text), *want, "{name}: {:?}", measure(text));
        }
    }

    #[test]
    fn the_example_article_is_english() {
        let example = include_str!("../ui/example-article.txt");
        assert!(!not_english(example), "{:?}", measure(example));
    }
}
