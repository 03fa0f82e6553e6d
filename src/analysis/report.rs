//! The report: plain data with public fields, serialised as the `lede.report/1` JSON contract.
//!
//! The JSON form is read by the CLI's users, the UI's export and the evaluation kit. It changes only by
//! adding fields: nothing here may be removed or renamed. All offsets are UTF-8 byte offsets into the
//! analysed text, end exclusive.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// The name of the rule that produced a finding (`dates/weekday-by-tense`); see
/// [`crate::analysis::rules`]. Empty only in reports deserialised from older producers.
pub type RuleName = Cow<'static, str>;

/// The schema name written into every report.
pub const SCHEMA: &str = "lede.report/1";

/// The result of analysing one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    /// Publication date (`YYYY-MM-DD`): given by the caller, else detected in the text, else null.
    pub reference_date: Option<String>,
    pub stats: Stats,
    pub actors: Vec<Actor>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateMention>,
    pub countries: Vec<Country>,
    pub diagnostics: Vec<Diagnostic>,
    /// Hedges in the reporter's voice, outside every quote ("reportedly", "appears to", "could").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hedges: Vec<Hedge>,
    /// Anonymous and vague sources and non-answers, in text order (absent when there are none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub chars: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
}

/// A piece of the text: a byte span and the text under it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The rule that found this mention (for a speaker mention: the rule that linked it).
    #[serde(default)]
    pub rule: RuleName,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// `a1`, `a2`, ... in order of first mention.
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub roles: Vec<String>,
    /// ISO 3166-1 alpha-2 code when a role or apposition says it ("Russian Foreign Minister").
    pub country: Option<String>,
    /// Named mentions only: no pronouns, no role titles, no possessive 's.
    pub mentions: Vec<Mention>,
    /// Pronouns and descriptions ("he", "the minister") linked to this actor, each naming the rule
    /// that linked it.
    #[serde(default)]
    pub references: Vec<Mention>,
    /// The kind of source the text makes this actor ("Minister Ana Ruiz": official), with the rule
    /// and the words behind it (absent when the text says nothing about it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_kind: Option<KindOfSource>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Group,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// The quoted words, without the quotation marks.
    pub text: String,
    pub kind: QuoteKind,
    /// The id of the speaking actor.
    pub speaker: Option<String>,
    /// The local mention of the source: "Mr Blinken", "he", "a spokesman".
    pub speaker_mention: Option<Mention>,
    /// The reporting verb.
    pub cue: Option<String>,
    /// The rule that found the quote.
    #[serde(default)]
    pub rule: RuleName,
    /// The rule that linked the speaker (empty when there is no speaker mention).
    #[serde(default)]
    pub speaker_rule: RuleName,
    /// For a speaker the text does not name ("a senior official said"): anonymous, with the rule and
    /// the speaker's words (absent otherwise; a named speaker's kind is on its actor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_kind: Option<KindOfSource>,
}

/// What kind of source a speaker is, as the text describes it (see [`crate::analysis::kinds`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VoiceKind {
    /// Speaks for a government, a public body or the police: "Minister", "police spokesperson".
    Official,
    /// Speaks from knowledge: "professor", "analyst", "economist".
    Expert,
    /// Speaks for a business: "chief executive", "a company", "who runs a bakery".
    Business,
    /// Speaks for a cause: "campaigner", "a charity".
    Advocacy,
    /// Speaks for themself: "resident", "parent", "student", "eyewitness", "voter".
    Ordinary,
    /// Not named: "a senior official", "sources close to the talks".
    Anonymous,
}

impl VoiceKind {
    pub const ALL: [VoiceKind; 6] = [
        VoiceKind::Official,
        VoiceKind::Expert,
        VoiceKind::Business,
        VoiceKind::Advocacy,
        VoiceKind::Ordinary,
        VoiceKind::Anonymous,
    ];

    /// The name people read ("Ordinary person").
    pub fn label(self) -> &'static str {
        match self {
            VoiceKind::Official => "Official",
            VoiceKind::Expert => "Expert",
            VoiceKind::Business => "Business",
            VoiceKind::Advocacy => "Advocacy",
            VoiceKind::Ordinary => "Ordinary person",
            VoiceKind::Anonymous => "Anonymous",
        }
    }

    /// The kind named by its JSON name ("expert").
    pub fn parse(name: &str) -> Option<VoiceKind> {
        VoiceKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A suggested kind of source: the kind, the rule that suggested it and the words it read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindOfSource {
    pub kind: VoiceKind,
    pub rule: RuleName,
    pub evidence: Evidence,
}

/// The words behind a finding: a byte span and the text under it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: DateKind,
    /// TimeML TIMEX3 value: "2022-01-21", "2022-W04", "P1D", "PRESENT_REF"; null when unresolved.
    pub value: Option<String>,
    /// The value was inferred from context (the reference date, the tense of the sentence, an earlier
    /// date) rather than read off the expression alone.
    #[serde(default)]
    pub inferred: bool,
    /// The rule that found the expression and gave its value.
    #[serde(default)]
    pub rule: RuleName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    Date,
    Time,
    Duration,
    Set,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub name: String,
    pub mentions: Vec<CountryMention>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub via: Via,
    /// The rule that recognised the mention.
    #[serde(default)]
    pub rule: RuleName,
}

/// How a country mention was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    Name,
    Alias,
    Demonym,
    Capital,
    City,
}

/// A word or two with which the writer hedges a claim of their own (see [`crate::analysis::hedges`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hedge {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: HedgeKind,
    /// The sentence the hedge stands in (byte span).
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// The rule that found the hedge.
    #[serde(default)]
    pub rule: RuleName,
}

/// A source the reader cannot check: unnamed ("a senior official said"), vague ("analysts say", "it
/// is understood") or a non-answer ("declined to comment").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: SourceKind,
    /// The sentence the phrase stands in (byte span).
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// The rule that found the phrase.
    #[serde(default)]
    pub rule: RuleName,
}

/// What a hedge does to the claim it stands in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HedgeKind {
    /// Passed on from unnamed others: "reportedly", "allegedly".
    Hearsay,
    /// Only how things look: "apparently", "appears to".
    Appearance,
    /// Possible, not asserted: "could", "may", "probably".
    Possibility,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// An unnamed person or group in the know: "a senior official", "people close to".
    Anonymous,
    /// A loose attribution: "analysts say", "it is understood", "according to reports".
    Vague,
    /// A party did not give its side: "declined to comment".
    NoComment,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub level: Level,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Info,
    Warning,
}

impl Mention {
    /// A mention of `span` in `text`.
    pub fn of(text: &str, span: crate::analysis::Span) -> Mention {
        Mention {
            start: span.start,
            end: span.end,
            text: span.slice(text).to_string(),
            rule: RuleName::Borrowed(""),
        }
    }

    /// The same mention, naming the rule that found or linked it.
    pub fn by(self, rule: &'static str) -> Mention {
        Mention {
            rule: RuleName::Borrowed(rule),
            ..self
        }
    }
}

/// The JSON names of the report's enums, for renderings that are not JSON.
macro_rules! json_names {
    ($($ty:ident { $($variant:ident => $name:literal),+ $(,)? })+) => {$(
        impl $ty {
            /// The name used in the JSON report.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)+
                }
            }
        }
    )+};
}

json_names! {
    ActorKind { Person => "person", Organization => "organization", Group => "group" }
    QuoteKind { Direct => "direct", Partial => "partial", Indirect => "indirect" }
    DateKind { Date => "date", Time => "time", Duration => "duration", Set => "set" }
    Via { Name => "name", Alias => "alias", Demonym => "demonym", Capital => "capital", City => "city" }
    Level { Info => "info", Warning => "warning" }
    HedgeKind { Hearsay => "hearsay", Appearance => "appearance", Possibility => "possibility" }
    SourceKind { Anonymous => "anonymous", Vague => "vague", NoComment => "no-comment" }
    VoiceKind {
        Official => "official", Expert => "expert", Business => "business", Advocacy => "advocacy",
        Ordinary => "ordinary", Anonymous => "anonymous"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` agrees with serde's names.
    #[test]
    fn names_match_the_json() {
        fn json<T: Serialize>(v: T) -> String {
            serde_json::to_string(&v)
                .unwrap_or_default()
                .trim_matches('"')
                .to_string()
        }
        for k in [ActorKind::Person, ActorKind::Organization, ActorKind::Group] {
            assert_eq!(k.as_str(), json(k));
        }
        for k in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect] {
            assert_eq!(k.as_str(), json(k));
        }
        for k in [DateKind::Date, DateKind::Time, DateKind::Duration, DateKind::Set] {
            assert_eq!(k.as_str(), json(k));
        }
        for v in [Via::Name, Via::Alias, Via::Demonym, Via::Capital, Via::City] {
            assert_eq!(v.as_str(), json(v));
        }
        for k in [SourceKind::Anonymous, SourceKind::Vague, SourceKind::NoComment] {
            assert_eq!(k.as_str(), json(k));
        }
        for k in VoiceKind::ALL {
            assert_eq!(k.as_str(), json(k));
            assert_eq!(VoiceKind::parse(k.as_str()), Some(k));
        }
        for l in [Level::Info, Level::Warning] {
            assert_eq!(l.as_str(), json(l));
        }
        for k in [HedgeKind::Hearsay, HedgeKind::Appearance, HedgeKind::Possibility] {
            assert_eq!(k.as_str(), json(k));
        }
    }
}
