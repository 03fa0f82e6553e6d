//! The named rules of the sources extractor: unnamed and vague sources, and non-answers.
//!
//! Every finding names the rule that found it (`Source.rule`). The examples are checked by
//! `tests/rules.rs`.

use crate::analysis::rules::Rule;

pub(super) const UNNAMED_SOURCE_SAID: &str = "sources/unnamed-source-said";
pub(super) const SAID_UNNAMED_SOURCE: &str = "sources/said-unnamed-source";
pub(super) const FAMILIAR_WITH: &str = "sources/familiar-with";
pub(super) const ACCORDING_TO_UNNAMED: &str = "sources/according-to-unnamed";
pub(super) const IT_IS_UNDERSTOOD: &str = "sources/it-is-understood";
pub(super) const IS_SAID_TO: &str = "sources/is-said-to";
pub(super) const ANONYMITY_PHRASE: &str = "sources/anonymity-granted";
pub(super) const NO_COMMENT_PHRASE: &str = "sources/no-comment";

/// The rules of this extractor, with their examples (see [`crate::analysis::rules`]).
pub static RULES: &[Rule] = &[
    Rule {
        name: UNNAMED_SOURCE_SAID,
        description: "An unnamed source (a, one or several, maybe senior or Western, official, diplomat, analyst ...) as the subject of a reporting verb: \"a senior official said\", \"analysts say\".",
        details: "",
        examples: &[
            (
                "A senior official said the ferry would run again in May.",
                "source anonymous \"A senior official said\"",
            ),
            (
                "Analysts expect the central bank to hold rates.",
                "source vague \"Analysts expect\"",
            ),
            (
                "Critics in the valley said the dam was too big.",
                "source vague \"Critics in the valley said\"",
            ),
        ],
        counter_examples: &[
            "The official said the ferry would run again in May.",
            "A senior official, Mara Lind, said the ferry would run again.",
            "Officials inspected the ferry on Monday.",
        ],
    },
    Rule {
        name: SAID_UNNAMED_SOURCE,
        description: "After a quotation the reporting verb may come before the unnamed source: \"..., said one diplomat\".",
        details: "",
        examples: &[(
            "\"Nobody wants a long winter,\" said one diplomat.",
            "source anonymous \"said one diplomat\"",
        )],
        counter_examples: &[
            "\"Nobody wants a long winter,\" said Mara Lind, a diplomat.",
            "The mayor said several officials had resigned.",
        ],
    },
    Rule {
        name: FAMILIAR_WITH,
        description: "Sources, people or officials said to be in the know: \"familiar with\", \"close to\" or \"briefed on\" something.",
        details: "",
        examples: &[(
            "The merger is off, people familiar with the matter said.",
            "source anonymous \"people familiar with the matter\"",
        )],
        counter_examples: &["She is familiar with the harbour and close to the mayor."],
    },
    Rule {
        name: ACCORDING_TO_UNNAMED,
        description: "\"According to\" an unnamed source or unnamed reports: \"according to reports\", \"according to one official\".",
        details: "",
        examples: &[
            (
                "The ferry will be sold, according to local media reports.",
                "source vague \"according to local media reports\"",
            ),
            (
                "The ferry will be sold, according to a Danish diplomat.",
                "source anonymous \"according to a Danish diplomat\"",
            ),
        ],
        counter_examples: &[
            "The ferry will be sold, according to the harbour authority.",
            "The ferry will be sold, according to a Harbour Post report.",
        ],
    },
    Rule {
        name: IT_IS_UNDERSTOOD,
        description: "An impersonal passive hides who holds the view: \"it is understood\", \"it was widely believed\", \"it has been reported\".",
        details: "",
        examples: &[(
            "It is understood that the ferry will be sold.",
            "source vague \"It is understood\"",
        )],
        counter_examples: &["It was reported by the harbour authority that the ferry will be sold."],
    },
    Rule {
        name: IS_SAID_TO,
        description: "A passive of saying or believing before an infinitive: \"she is said to\", \"they are believed to\".",
        details: "",
        examples: &[(
            "The new owner is said to favour a night service.",
            "source vague \"is said to\"",
        )],
        counter_examples: &["The new owner is expected to favour a night service."],
    },
    Rule {
        name: ANONYMITY_PHRASE,
        description: "The text says a source stays anonymous on purpose: \"spoke on condition of anonymity\", \"asked not to be named\".",
        details: "",
        examples: &[(
            "One ferry worker, who asked not to be named, described the night shift.",
            "source anonymous \"asked not to be named\"",
        )],
        counter_examples: &["The ferry was named after the mayor."],
    },
    Rule {
        name: NO_COMMENT_PHRASE,
        description: "A non-answer: someone asked for their side did not give it (\"declined to comment\", \"did not respond to a request for comment\", \"could not be reached\").",
        details: "",
        examples: &[
            (
                "The shipping company declined to comment.",
                "source no-comment \"declined to comment\"",
            ),
            (
                "The mayor did not immediately respond to a request for comment.",
                "source no-comment \"did not immediately respond to a request for comment\"",
            ),
        ],
        counter_examples: &["The mayor responded to every request for comment."],
    },
];
