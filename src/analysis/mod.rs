//! The analysis core: pure Rust, no DOM, no file I/O, no clock, no randomness.
//!
//! [`analyse`] runs the whole pipeline on one article:
//!
//! 1. [`text`] segments the text into tokens, sentences and paragraphs (byte spans throughout);
//! 2. the reference date is the caller's, else the one [`dates`] finds in a byline or dateline;
//! 3. [`dates`], [`countries`] and [`actors`] find their mentions; actors know the place and date
//!    spans so that "Geneva" or "Friday" never become people;
//! 4. [`quotes`] finds direct, partial and reported speech and attributes it through the actors'
//!    mentions, pronouns included;
//! 5. [`hedges`] finds the writer's own hedges ("reportedly", "could"), outside every quote.
//! 6. [`sources`] finds anonymous and vague sourcing and non-answers ("declined to comment").
//! 7. [`kinds`] suggests the kind of source of every actor and unnamed speaker (official, expert, ...).
//!
//! Tables (gazetteers, word lists) are parsed once per process ([`std::sync::LazyLock`]), never per
//! call. Analysis never panics and never fails: odd input yields a (possibly empty) report with
//! diagnostics.

pub mod actors;
pub mod calendar;
pub mod countries;
pub mod dates;
pub mod framing;
pub mod gazetteer;
pub mod hedges;
pub mod highlight;
pub mod kinds;
pub mod quotes;
pub mod render;
pub mod report;
pub mod rules;
pub mod sort;
pub mod sources;
pub mod span;
pub mod text;
pub mod timex;
pub mod verbs;
pub mod voices;

pub use calendar::Date;
pub use report::Report;
pub use span::Span;

use report::{Diagnostic, Level};

/// What the caller knows about the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date; when absent it is looked for in the text.
    pub reference_date: Option<Date>,
}

/// Diagnostics collected during one analysis.
#[derive(Debug, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn info(&mut self, message: impl Into<String>) {
        self.0.push(Diagnostic {
            level: Level::Info,
            message: message.into(),
        });
    }

    pub fn warning(&mut self, message: impl Into<String>) {
        self.0.push(Diagnostic {
            level: Level::Warning,
            message: message.into(),
        });
    }
}

/// The largest input analysed, 2 MiB; longer text is cut (on a char boundary) with a warning that
/// states the limit (the CLI also says so on standard error and exits with status 1).
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// Analyses one article.
///
/// ```
/// use lede::analysis::{analyse, Options, Date};
/// let text = "Mr Blinken arrived in Geneva on Friday.";
/// let report = analyse(text, &Options { reference_date: Date::parse_iso("2022-01-21") });
/// assert_eq!(report.schema, "lede.report/1");
/// assert_eq!(report.reference_date.as_deref(), Some("2022-01-21"));
/// ```
pub fn analyse(text: &str, options: &Options) -> Report {
    let mut diagnostics = Diagnostics::default();
    let text = if text.len() > MAX_INPUT_BYTES {
        let mut cut = MAX_INPUT_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        diagnostics.warning(format!(
            "the text is {} bytes long, over the limit of 2 MiB ({MAX_INPUT_BYTES} bytes); only the first {} \
             bytes were analysed",
            text.len(),
            cut
        ));
        &text[..cut]
    } else {
        text
    };
    let doc = text::Doc::new(text);
    if doc.tokens.is_empty() {
        diagnostics.info("the text is empty");
    }
    let (reference, dates) = dates::extract_with_reference(&doc, options.reference_date, &mut diagnostics);
    let mut countries = countries::extract(&doc, &mut diagnostics);
    let mut actors = actors::extract(
        &doc,
        &actors::Context {
            countries: &countries,
            dates: &dates,
        },
        &mut diagnostics,
    );
    countries::drop_inside_person_names(&mut countries, &actors.actors);
    let mut quotes = quotes::extract(&doc, &actors, &countries, &mut diagnostics);
    let hedges = hedges::extract(&doc, &quotes);
    let sources = sources::extract(&doc);
    quotes::widen_to_sources(text, &mut quotes, &sources);
    kinds::classify(&doc, &mut actors.actors, &mut quotes, &sources);
    Report {
        schema: report::SCHEMA.to_string(),
        reference_date: reference.map(|d| d.to_string()),
        stats: doc.stats(),
        actors: actors.actors,
        quotes,
        dates,
        countries,
        diagnostics: diagnostics.0,
        hedges,
        sources,
    }
}
