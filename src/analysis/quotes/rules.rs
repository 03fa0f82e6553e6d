//! The named rules of the quotes extractor: how a quote is found and how its speaker is linked.
//!
//! Every quote names the rule that found it (`Quote.rule`) and, when it has a speaker mention, the rule
//! that linked it (`Quote.speaker_rule`, also the mention's `rule`). The examples are checked by
//! `tests/rules.rs`; the longer case tables are in `tests/cases/quotes.txt`.

use crate::analysis::rules::Rule;

// How a quote is found.
pub(super) const DOUBLE_MARKS: &str = "quotes/double-marks";
pub(super) const SINGLE_MARKS: &str = "quotes/single-marks";
pub(super) const MULTI_PARAGRAPH: &str = "quotes/multi-paragraph";
pub(super) const UNCLOSED_AT_PARAGRAPH_END: &str = "quotes/unclosed-at-paragraph-end";
pub(super) const LEAD_IN_PARTIAL: &str = "quotes/lead-in-partial";
pub(super) const REPORTED_THAT_CLAUSE: &str = "quotes/reported-that-clause";
pub(super) const PARTIAL_IN_CLAUSE: &str = "quotes/partial-in-clause";
pub(super) const CONTENT_BEFORE_SAID: &str = "quotes/content-before-said";
pub(super) const INTERRUPTED_CLAUSE: &str = "quotes/interrupted-clause";
/// Finds the content and links the source.
pub(super) const ACCORDING_TO: &str = "quotes/according-to";
/// Finds the content and links the source.
pub(super) const NAME_COLON_LINE: &str = "quotes/name-colon-line";

// How a speaker is linked.
pub(super) const SAID_AFTER_QUOTE: &str = "quotes/said-after-quote";
pub(super) const INVERTED_SAID_NAME: &str = "quotes/inverted-said-name";
pub(super) const SAID_BEFORE_QUOTE: &str = "quotes/said-before-quote";
pub(super) const SPLIT_QUOTE: &str = "quotes/split-quote";
pub(super) const SUBJECT_BEFORE_VERB: &str = "quotes/subject-before-verb";
pub(super) const SENTENCE_SUBJECT: &str = "quotes/sentence-subject";
pub(super) const POSSESSIVE_CLAIM: &str = "quotes/possessive-claim";
pub(super) const DASH_NAME_AFTER_QUOTE: &str = "quotes/dash-name-after-quote";
pub(super) const COLON_AFTER_SENTENCE: &str = "quotes/colon-after-sentence";
pub(super) const SAID_LATER_IN_SENTENCE: &str = "quotes/said-later-in-sentence";
pub(super) const SAID_IN_SENTENCE_BEFORE: &str = "quotes/said-in-sentence-before";
pub(super) const PREVIOUS_SPEAKER_CONTINUES: &str = "quotes/previous-speaker-continues";
pub(super) const REPORT_THEN_QUOTE: &str = "quotes/report-then-quote";
pub(super) const PRONOUN_PREVIOUS_SPEAKER: &str = "quotes/pronoun-previous-speaker";
pub(super) const FIRST_PERSON_IN_QUOTATION: &str = "quotes/first-person-in-quotation";
pub(super) const WHOLE_UNNAMED_SOURCE: &str = "quotes/whole-unnamed-source";
pub(super) const RELATIVE_PRONOUN_ANTECEDENT: &str = "quotes/relative-pronoun-antecedent";
pub(super) const SUBJECT_WITH_RELATIVE_CLAUSE: &str = "quotes/subject-with-relative-clause";
pub(super) const SOURCE_WITH_ATTACHED_PHRASE: &str = "quotes/source-with-attached-phrase";
pub(super) const CLOSING_ACCORDING_TO: &str = "quotes/closing-according-to";
pub(super) const AS_PUT_IT: &str = "quotes/as-they-put-it";
pub(super) const PARTICIPLE_CLAUSE_SUBJECT: &str = "quotes/participle-clause-subject";
pub(super) const ANSWER_OF_INTERVIEWEE: &str = "quotes/answer-of-interviewee";

/// The rules of this extractor, with their examples (see [`crate::analysis::rules`]).
pub static RULES: &[Rule] = &[
    Rule {
        name: INTERRUPTED_CLAUSE,
        description: "When an attribution interrupts a sentence, the pieces before and after it are two quotes of the same speaker: \"The plan, he said, would fail.\"",
        details:
            "An attribution that interrupts its sentence (\"The plan, he said, would fail.\") reports both pieces of it, as two quotes of one speaker; a phrase after an inverted source that opens with an article, a possessive, a number or a role without an article is the source's apposition, no piece (\"..., said Robert Whitmire, 61 years old, Palmetto's president.\", \"..., said Ingrid Halvorsen, field director of the Vell Demining Trust.\"), and so is a relative clause (\"..., said Ada Lenz, who teaches law at Vellmar College.\").",
        examples: &[
            (
                "The second trial, the lab said, was its largest so far.",
                "quote indirect \"The second trial\"",
            ),
            (
                "The new rules on farm subsidies, the minister said, would help small farms.",
                "quote indirect \"would help small farms\"",
            ),
        ],
        counter_examples: &[
            "Sales at the plant fell sharply last year, said Ana Ruiz, its chief executive officer.",
            "That is more than the company handles in two years, said Robert Whitmire, 61 years old, Palmetto's president.",
            "The work removed 1,140 mines, said Ingrid Halvorsen, field director of the Oslo-based Vell Demining Trust.",
            "The new rules on farm subsidies would help small farms, the minister said.",
            "The new rules on farm subsidies would help, the minister said, citing a study.",
            "Support could matter more this year, said Ada Lenz, who teaches law at Vellmar College.",
        ],
    },
    Rule {
        name: PARTICIPLE_CLAUSE_SUBJECT,
        description: "A participle after an object (\"released a report saying ...\") reports for the subject of the clause it stands in, after a conjunction such as \"after\" or \"that\", not for the first subject of the sentence.",
        details: "",
        examples: &[
            (
                "Shares fell sharply after the agency released a report saying the plant was unsafe.",
                "speaker \"the plant was unsafe\" <- \"the agency\" = (no actor)",
            ),
            (
                "The crowd became so large that the zoo released a statement saying it would close early.",
                "speaker \"it would close early\" <- \"the zoo\" = (no actor)",
            ),
        ],
        counter_examples: &[
            "The agency released a report saying the plant was unsafe.",
            "The agency met the workers, saying the plant was unsafe.",
        ],
    },
    Rule {
        name: CLOSING_ACCORDING_TO,
        description: "An \"according to X\" that closes a sentence names the source of what the sentence reports, over the subject of its verb: \"The firm plans to close the plant, according to two officials.\"",
        details: "",
        examples: &[(
            "The bank said it would cut jobs, according to a memo seen by the paper.",
            "speaker \"it would cut jobs\" <- \"a memo seen by the paper\" = (no actor)",
        )],
        counter_examples: &[
            "According to the memo, the bank said it would cut jobs.",
            "The bank said it would cut jobs, according to the memo, and shut two branches.",
        ],
    },
    Rule {
        name: SOURCE_WITH_ATTACHED_PHRASE,
        description: "Words that describe a source before a reporting verb, such as \"of the union\" or \"close to him\", belong to it, so their last noun is not the speaker: \"The head of the union said\".",
        details:
            "A source phrase before a reporting verb takes in the phrases a preposition attaches to it, also after a company's legal form (\"Martin Vell of Harbour Inc. in New York said\") and through the comma of a firm named after its partners (\"Gerald Feinman of Kidder, Peabody & Co. noted ...\" is Feinman's) or a belief's -ing form after a name's possessive, a noun (\"A person familiar with Harbour's thinking said\"), and after a participle: \"The head of the union said\", \"Jo Lee in a radio interview said\", \"Farmers on the island said\", \"Grain traders in northern Vellmark say\" (an adjective between the preposition and its place), \"The maker of paints, varnishes and industrial finishes said\" (a list of three or more in lower case after the preposition, or of two after a noun for a business: \"The Sarasota, Fla., maker of pleasure boats and outboard engines said\"; not names: \"In Lund, Ana Ruiz and Tom Berg said\"), \"Sources close to him said\", \"Officials speaking on condition of anonymity said\"; a name in such a phrase speaks only after a role (\"a spokesman for Acme\"), not after another head (\"supporters of Ana Ruiz\"), and a name after a title that holds a preposition is the person it describes (\"Local member of parliament Cynthia Barrett said\"; but \"Critics of party chairman Tom Berg said\"). \"to\" after a role's title attaches its phrase too (\"the Iraqi ambassador to Greece said\": not Greece).",
        examples: &[
            (
                "The Iraqi ambassador to Greece said in Athens the talks had failed.",
                "speaker \"the talks had failed\" <- \"The Iraqi ambassador to Greece\" = (no actor)",
            ),
            (
                "Local member of parliament Cynthia Barrett said the slopes were bare.",
                "speaker \"the slopes were bare\" <- \"Cynthia Barrett\" = Cynthia Barrett",
            ),
            (
                "Gerald Feinman of Kidder, Peabody & Co. noted that margins narrowed.",
                "speaker \"that margins narrowed\" <- \"Gerald Feinman\" = Gerald Feinman",
            ),
            (
                "Martin Vell of Harbour Lehman Inc. in New York said the firm is late.",
                "speaker \"the firm is late\" <- \"Martin Vell\" = Martin Vell",
            ),
            (
                "A person familiar with Harbour's thinking said the partnership had not ruled out a bid.",
                "speaker \"the partnership had not ruled out a bid\" <- \"A person familiar with Harbour's thinking\" = (no actor)",
            ),
            (
                "The head of the union said the strike would go on.",
                "speaker \"the strike would go on\" <- \"The head of the union\" = (no actor)",
            ),
            (
                "Last week Ana Ruiz in a radio interview claimed the plant was safe.",
                "speaker \"the plant was safe\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
            (
                "Sources close to him said the talks had stalled.",
                "speaker \"the talks had stalled\" <- \"Sources close to him\" = (no actor)",
            ),
            (
                "Farmers on the island said the harvest had failed.",
                "speaker \"the harvest had failed\" <- \"Farmers on the island\" = (no actor)",
            ),
            (
                "Grain traders in northern Vellmark say wheat is piling up.",
                "speaker \"wheat is piling up\" <- \"Grain traders in northern Vellmark\" = (no actor)",
            ),
            (
                "The maker of paints, varnishes and industrial finishes said the loss was large.",
                "speaker \"the loss was large\" <- \"The maker of paints, varnishes and industrial finishes\" = (no actor)",
            ),
            (
                "Officials speaking on condition of anonymity said the talks had stalled.",
                "speaker \"the talks had stalled\" <- \"Officials speaking on condition of anonymity\" = (no actor)",
            ),
            (
                "Sources close to Maria Lopez said the talks had stalled.",
                "speaker \"the talks had stalled\" <- \"Sources close to Maria Lopez\" = (no actor)",
            ),
            (
                "Supporters of Maria Lopez said the vote had been rigged.",
                "speaker \"the vote had been rigged\" <- \"Supporters of Maria Lopez\" = (no actor)",
            ),
        ],
        counter_examples: &[
            "The union said the strike would go on.",
            "In a statement the company said the plant was safe.",
        ],
    },
    Rule {
        name: RELATIVE_PRONOUN_ANTECEDENT,
        description: "A \"who\" or \"which\" that reports something stands for the person or thing named before it: \"a neighbour who said the fire began at night\".",
        details:
            "A source \"who\" or \"which\" before a reporting verb, or opening the clause of a verb coordinated with it, stands for the phrase before it: \"the man who said ...\" reports for the man, and so does \"the man, who left and said ...\"; \"who\" after a name's apposition stands for the name (\"Dr. Ana Ruiz, a specialist at the University of Vellmar, who testified ...\"), also with no comma before it (\"Brent Kasner, a Nampa insurance broker who calls the plan ...\"), and so does \"who\" right after the place the apposition's head is in, an age between commas passed over (\"Tom Veck, 61, a retired carrier in Vellmark who said ...\": not \"Vellmark\").",
        examples: &[
            (
                "Gooding faces Brent Kasner, a Nampa insurance broker who calls the plan \"a giveaway.\"",
                "speaker \"the plan \\\"a giveaway.\\\"\" <- \"who\" = Brent Kasner",
            ),
            (
                "The jury heard from Dr. Ana Ruiz, a specialist at the University of Vellmar, who testified that the cancer was caused by smoking.",
                "speaker \"that the cancer was caused by smoking\" <- \"who\" = Ana Ruiz",
            ),
            (
                "The court heard from a neighbour who said the fire began at night.",
                "speaker \"the fire began at night\" <- \"a neighbour who\" = (no actor)",
            ),
            (
                "The mayor thanked the protesters, who marched through the city and called for an inquiry into the shooting.",
                "speaker \"an inquiry into the shooting\" <- \"the protesters, who\" = (no actor)",
            ),
            (
                "\"It is noise,\" said Tom Veck, 61, a retired carrier in Vellmark who said he had not decided.",
                "speaker \"he had not decided\" <- \"who\" = Tom Veck",
            ),
        ],
        counter_examples: &[
            "The neighbour said the fire began at night.",
            "Who said the fire began at night?",
        ],
    },
    Rule {
        name: SUBJECT_WITH_RELATIVE_CLAUSE,
        description: "A speaker described by a \"who\", \"which\" or \"whose\" part before the reporting verb is the one described, not that part's last words: \"Ana Ruiz, who runs the shop, said\".",
        details:
            "A subject with a relative clause of its own before a reporting verb is the source, not the clause's last words: \"A neighbour who saw the fire said ...\", \"Ana Ruiz, who runs the shop, said ...\" (also past her age and her town: \"Ana Ruiz, 64, of Mitchell, who answered the poll, said ...\") (a middle initial \"A.\" is no article: \"Richard A. Kalinowski, who ...\"; an auxiliary may come before the verb: \"..., had forecast\"), and the name before an apposition the clause follows (\"Nina Holt, president of the Harbour Trust, which owns the pier, said ...\"); a region after a town and a comma is the town's (\"Dr. Ana Ruiz of Vell College in Leeds, England, who led the study, said\": not \"England\"); a clause with commas of its own is left alone, but for the comma inside a firm's name after its partners (\"who follows airlines for Kidder, Peabody & Co., said\"); the clause may list names with commas (\"The utility, which serves customers in Utah, Nevada and Idaho, said ...\"), the last one after \"the\" and a noun too (\"on Oahu, Maui and the island of Hawaii, said\"), and may end in a short phrase with no verb between commas (\"Moscow, which keeps a base at Kant, just east of Bishkek, said\"). A clause on \"whose\" is one too (\"Buckeye, whose roller bearings are used in trucks, said ...\"), and the period of a legal form before its comma is the name's (\"Buckeye Bearing Corp., which ...\").",
        examples: &[
            (
                "Buckeye Bearing Corp., whose roller bearings are used in trucks, said its board approved the offer.",
                "speaker \"its board approved the offer\" <- \"Buckeye Bearing Corp.\" = Buckeye Bearing Corp.",
            ),
            (
                "Moscow, which keeps a base at Kant, just east of Bishkek, said it was concerned.",
                "speaker \"it was concerned\" <- \"Moscow\" = Russia",
            ),
            (
                "Arlene Tschetter, 64, of Mitchell, who answered the poll, said she planned to vote yes.",
                "speaker \"she planned to vote yes\" <- \"Arlene Tschetter\" = Arlene Tschetter",
            ),
            (
                "Diane Cole, who tracks chip makers for Halsey, Brandt & Co., had forecast a loss of about 15 cents a share.",
                "speaker \"a loss of about 15 cents a share\" <- \"Diane Cole\" = Diane Cole",
            ),
            (
                "Richard A. Kalinowski, who follows stocks for Pruitt, Oakes & Co., said the price was fair.",
                "speaker \"the price was fair\" <- \"Richard A. Kalinowski\" = Richard A. Kalinowski",
            ),
            (
                "The utility, which serves about 640,000 customers in Utah, Nevada and Idaho, said it would redeem bonds.",
                "speaker \"it would redeem bonds\" <- \"The utility\" = (no actor)",
            ),
            (
                "A neighbour who saw the fire said the smoke was thick.",
                "speaker \"the smoke was thick\" <- \"A neighbour\" = (no actor)",
            ),
            (
                "The chain, which owns hotels on Oahu, Maui and the island of Hawaii, said it would pay down debt.",
                "speaker \"it would pay down debt\" <- \"The chain\" = (no actor)",
            ),
            (
                "Ana Ruiz, who runs the shop, said the prices were too high.",
                "speaker \"the prices were too high\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
            (
                "The report, which the council published on Monday, said costs had doubled.",
                "speaker \"costs had doubled\" <- \"The report\" = (no actor)",
            ),
            (
                "Nina Holt, president of the Harbour Trust, which owns the pier, said the pier would close.",
                "speaker \"the pier would close\" <- \"Nina Holt\" = Nina Holt",
            ),
            (
                "Two officials at the embassy, who spoke on condition of anonymity, said the talks had stalled.",
                "speaker \"the talks had stalled\" <- \"Two officials at the embassy\" = (no actor)",
            ),
            (
                "Dr. Ana Ruiz of Vell College in Leeds, England, who led the study, said the results were strong.",
                "speaker \"the results were strong\" <- \"Dr. Ana Ruiz\" = Ana Ruiz",
            ),
            (
                "Ada Roen, who follows airlines for Tarvo, Lind & Co., said fares would rise.",
                "speaker \"fares would rise\" <- \"Ada Roen\" = Ada Roen",
            ),
        ],
        counter_examples: &[
            "The neighbour said the smoke was thick.",
            "The court heard from a neighbour who said the fire began at night.",
            "Officials said that the man who saw the fire had left the town.",
        ],
    },
    Rule {
        name: WHOLE_UNNAMED_SOURCE,
        description: "A speaker found at the end of an unnamed source's phrase is that whole phrase, not its last words: \"A person briefed on the talks\", not \"the talks\".",
        details: "",
        examples: &[
            (
                "A person briefed on the talks said the deal was near.",
                "speaker \"the deal was near\" <- \"A person briefed on the talks\" = (no actor)",
            ),
            (
                "Two people briefed on the plan said it would be announced on Friday.",
                "speaker \"it would be announced on Friday\" <- \"Two people briefed on the plan\" = (no actor)",
            ),
        ],
        counter_examples: &[
            "A spokeswoman for Acme said the plant would close.",
            "The minister said the deal was near.",
        ],
    },
    Rule {
        name: DOUBLE_MARKS,
        description: "Words between double quotation marks (straight, curly, low, guillemets, or the typewriter's two backticks and two apostrophes: ``...'' and ''...'') are a direct quote.",
        details: "",
        examples: &[
            (
                "\"We are ready,\" the mayor said.",
                "quote direct \"We are ready,\"",
            ),
            (
                "``We are ready,'' the mayor said.",
                "quote direct \"We are ready,\"",
            ),
            (
                "«We stay here,» Anna Kovac said.",
                "quote direct \"We stay here,\"",
            ),
        ],
        counter_examples: &[
            "The mayor said they were ready.",
            "He is 6'3\" tall.",
            "Finley \"Finn\" Moen spoke at the meeting on Monday.",
        ],
    },
    Rule {
        name: SINGLE_MARKS,
        description: "Words between single quotation marks are a direct quote when the text uses no double marks, or when they hold a whole spoken sentence: \"'It is a fair deal,' the minister said.\"",
        details:
            "In a text without double marks, words between single marks are a direct quote; apostrophes are told apart. In a text that quotes in double marks, single marks quote too where they hold a speaker's sentence as dialogue does: they open a line or a sentence, hold three words or more and close after their own comma, period, question or exclamation mark (\"'Nobody wants to sue their own club,' Vrhovnik said.\"), no scare quote or title inside a sentence.",
        examples: &[
            (
                "'It is a fair deal,' the minister said.",
                "quote direct \"It is a fair deal,\"",
            ),
            (
                "The union called it \"a death sentence.\"\n\n'Nobody wants to sue their own club,' Vrhovnik said.",
                "quote direct \"Nobody wants to sue their own club,\"",
            ),
        ],
        counter_examples: &[
            "The Democrats' plan failed in the '90s, and it didn't return.",
            "\"It is a 'fair' deal,\" the minister said.",
            "\"It is fair,\" he said. The so-called 'peace dividend' never came.",
        ],
    },
    Rule {
        name: MULTI_PARAGRAPH,
        description: "A quotation that runs over several paragraphs opens each paragraph with a mark and closes only at its end; every paragraph is a piece of it.",
        details: "",
        examples: &[(
            "The mayor said: \"We will rebuild the bridge.\n\n\"And we will do it this year.\"",
            "quote direct \"And we will do it this year.\"",
        )],
        counter_examples: &["\"We will rebuild the bridge,\" the mayor said.\n\n\"And soon,\" she added."],
    },
    Rule {
        name: UNCLOSED_AT_PARAGRAPH_END,
        description: "A quotation mark that opens a paragraph (or follows a colon) and never closes quotes to the end of its paragraph.",
        details: "",
        examples: &[(
            "The chief said: \"We will never give up.\n\nThe next paragraph is narration.",
            "quote direct \"We will never give up.\"",
        )],
        counter_examples: &["The chief said: \"We will never give up.\"\n\nThe next paragraph is narration."],
    },
    Rule {
        name: LEAD_IN_PARTIAL,
        description: "A quotation that finishes a sentence begun in the writer's own words is a partial quote, the opening words included: The talks were \"a real step forward,\" the minister said.",
        details:
            "A quotation that completes a sentence begun in the writer's words is quoted with its lead-in as a partial quote. A quotation its own sentence already reports in a partial quote is no lead-in of a cue in the sentence after (\"Ransome said he expected a floor vote \"before we leave for Christmas.\" The Senate has confirmed ...\").",
        examples: &[(
            "The talks were \"a real step forward,\" the minister said.",
            "quote partial \"The talks were \\\"a real step forward,\\\"\"",
        )],
        counter_examples: &[
            "The agency said that it had \"no means of verifying\" the yields claimed by either government.",
            "Senate Majority Leader Dwight Ransome said he expected a floor vote \"before we leave for Christmas.\" The Senate has confirmed 12 judges.","\"The talks were a real step forward,\" the minister said."],
    },
    Rule {
        name: REPORTED_THAT_CLAUSE,
        description: "The words after a reporting verb such as \"said\", \"told reporters\" or \"called for\" are reported speech: \"Officials said the bridge would reopen in May.\"",
        details:
            "The clause after a reporting verb (not a plea in court: \"pleaded guilty\", \"pleaded not guilty\"; \"said that ...\", not a participle between a verb in the past and a plural noun, which it qualifies: \"faced repeated questions\"; \"told reporters ...\", \"told debate viewers that ...\", also past a phrase whose noun is a verb's form too: \"told reporters on a conference call that ...\") is reported speech, and after a retort (\"shot back that ...\", \"fired back: ...\"; not \"fired back at the rebels\"); so is the demand after \"called for\", \"asked for\" and \"called on X to\"; not a request about the source itself (\"asked not to be named\"), nor what the subject of a passive hears (\"I am told the ward has begun to panic\"), nor a verdict (\"found Tom Lenz, 52, guilty of fraud\"; but \"found that he was guilty\"; `data/quotes-words.txt`, set \"verdict\"), nor what is convened (\"called an emergency meeting\", \"called the strike after talks broke down\"; but \"called the election results into question\"), nor a name after \"called\" that follows a noun phrase \"a\" opens (\"a super PAC called the Vellmark Alliance\", also before a relative clause, a preposition or a verb: \"a rack-scale system called Marlin Tide that links 72 chips\", \"a lager called Kooka in September\"), nor the name a subject calls itself (\"a faction calling itself the Vellmark Front\"), nor a quantity said (\"had said little publicly about the case\", \"said nothing about it\"; but \"said little has changed\"), nor a price (\"the rate it charges banks\": \"charge\" accuses with \"that\" or \"with\"), nor a participle of belief that qualifies a noun before an infinitive (\"a trait thought to have appeared later\"), nor what follows a comma and a conjunction, a clause of its own (\"hasn't commented publicly, but prices rose ...\"), nor a clause of reason or contrast that a subordinator opens (\"declined because he thought ...\", \"warned, although they said ...\": the clause the inner verb reports is the content); a verb with \"into\" moves or strikes (\"slammed into the coast\"); \"point\" reports only before \"out\" or \"to\" (not \"the biggest one-day point drop\"); an -s form after a preposition, or after a people's or a region's adjective that follows a determiner, is a plural noun (\"amid reports that ...\", \"Several Indian states declared ...\"), and so is one that opens a compound noun of the courts (\"A North Carolina appeals court ruled that ...\") or one right after a common adjective in lower case that follows a word in lower case, no determiner (\"to face fresh questions this week\"); a day's possessive after the verb opens the clause (\"said Sunday's voting had been peaceful\"); the hearer, a pronoun or a noun before an article, is not part of it (\"told me it was his\", \"told her mother the plant would close\"), with its \"of\" phrase before \"that\" (\"told the gathering of foreign dignitaries that ...\"), a company's legal form with its period included (\"told Vellmar Corp. it would ...\"), nor a main clause after the comma that closes an adverbial clause opening the sentence (\"When Ana Berg said the plan would fail, critics laughed\"), nor a phrase of place or time before \"that\" (\"told reporters outside the court that ...\"), where \"that\" before a noun of time opens none (\"said in a statement later that evening that ...\"); it ends before \"but\" or \"and\" with a new subject and reporting verb, an apposition of the subject's included (\", but the space agency, Vellcosmos, said ...\"). The period of an abbreviation before a comma ends no adverbial before \"that\" (\"said in Scottsdale, Ariz., that ...\"). A place's name after \"in\" or \"at\" and before a clause that opens with an article or a pronoun is no part of it (\"told journalists in Bucharest the campaign would ...\"), though no time (\"described at Fulton the year before\").",
        examples: &[
            (
                "Ana Ruiz told journalists in Bucharest the campaign would reach the villages.",
                "quote indirect \"the campaign would reach the villages\"",
            ),
            (
                "Gregory Hale said in Scottsdale, Ariz., that demand was strong.",
                "quote indirect \"that demand was strong\"",
            ),
            (
                "Ana Ruiz told reporters on a conference call that the numbers were good.",
                "quote indirect \"that the numbers were good\"",
            ),
            (
                "Vellmark said no debris had fallen on its land, but the space agency, Vellcosmos, said it would seek more information.",
                "quote indirect \"no debris had fallen on its land\"",
            ),
            (
                "Ana Ruiz told reporters outside the court that the ruling was wrong.",
                "quote indirect \"that the ruling was wrong\"",
            ),
            (
                "The ministry said in a statement later that evening that talks would resume.",
                "quote indirect \"that talks would resume\"",
            ),
            (
                "Officials said the bridge would reopen in May.",
                "quote indirect \"the bridge would reopen in May\"",
            ),
            (
                "Observers said Sunday's voting had been largely peaceful.",
                "quote indirect \"Sunday's voting had been largely peaceful\"",
            ),
            (
                "He told me it was his and nobody else's.",
                "quote indirect \"it was his and nobody else's\"",
            ),
            (
                "She told her the plant would close in May.",
                "quote indirect \"the plant would close in May\"",
            ),
            (
                "When Ana Berg said the plan would fail, critics laughed at her.",
                "quote indirect \"the plan would fail\"",
            ),
            (
                "The Army told Vellmar Systems Corp. it would cancel the contract.",
                "quote indirect \"it would cancel the contract\"",
            ),
            (
                "Tom Berg shot back that the plan was a fraud.",
                "quote indirect \"that the plan was a fraud\"",
            ),
            (
                "Ada Lenz told debate viewers that the plan was sound.",
                "quote indirect \"that the plan was sound\"",
            ),
            (
                "Ada Lenz told the gathering of foreign dignitaries that the war was over.",
                "quote indirect \"that the war was over\"",
            ),
            (
                "Critics called for an independent inquiry into the deaths.",
                "quote indirect \"an independent inquiry into the deaths\"",
            ),
            (
                "The union called on the mayor to resign.",
                "quote indirect \"the mayor to resign\"",
            ),
        ],
        counter_examples: &[
            "Orinda sells it in a rack-scale system called Marlin Tide that links 72 of the chips.",
            "The board was expected to face fresh questions this week over the selection of the side.",
            "Cole pleaded guilty in March to racketeering charges, and Bay pleaded not guilty.",
            "Havana hasn't commented publicly, but prices rose on Friday.",
            "Marcus Hill, who grew up in Kingston, faced repeated questions about whether he was running.",
            "The programme was dropped as the minister sought to meet spending limits agreed to with Congress.",
            "Shares fell amid reports that the firm would cut jobs.",
            "The narrow margin would trigger an automatic recount under state law.",
            "Yours sincerely,\n\nDr Priya Vell, Planetary Institute, Houston, United States",
            "The automaker recalled 4.2 million vehicles because floor mats could trap pedals.",
            "The council called an emergency meeting to discuss the test.",
            "The union called the indefinite strike after talks broke down.",
            "Judge Ana Berg found Tom Lenz, 52, who ran the office from 2008, guilty of abuse of office.",
            "The ads were paid for by a group called the Vellmark Alliance, based in Lund.",
            "Villagers calling themselves the Vellmark Guard blocked the road.",
            "The ministry, which had said little publicly about the case, thanked its staff.",
            "The minister announced his campaign on Monday.",
            "Officials declined to comment.",
            "Tom Berg would not testify, his lawyer said.",
            "He must report to prison by Feb. 16.",
            "The army fired back at the rebels.",
            "The storm slammed into the coast on Saturday.",
            "The Dow fell 504 points, its biggest one-day point drop since the attacks.",
            "Leaders could call on their help in emergencies.",
            "The witness, who asked not to be named, left early.",
            "I am told the ward has already begun to panic.",
            "The Baltic states welcomed the deployment of four battalions.",
            "The central bank raised the rate it charges commercial banks, to 12.5 percent from 10.5 percent.",
            "The dinosaur had a folding wrist, a trait thought to have appeared later in evolution.",
        ],
    },
    Rule {
        name: PARTIAL_IN_CLAUSE,
        description: "Reported speech with some of its words in quotation marks is a partial quote, the quoted words included: The mayor said the plan was \"a disaster\" for the town.",
        details:
            "Reported speech with some of its words in quotation marks is a partial quote; an -ing form after a determiner and a word, before a comma, is a noun, no verb of saying (\"issued Tarsk a formal warning, known as a “yellow card”\"; but \"a message stating, “...”\"), and \"known as\" names, it reports nothing, also with a short phrase between (\"known to his neighbours as\"); quoted words inside it are part of it, no direct quotation of their own (\"said that the case showed “the value of storage.”\"), unless a colon introduces them (\"showed the value of cooperation: “No country can ...”\"); a quotation that opens in lower case after words of the clause is a fragment of it however much of the clause it fills (\"said Tennant had “betrayed the trust of every family who ever put a coin in a tin.”\").",
        examples: &[
            (
                "The mayor said the plan was \"a disaster\" for the town.",
                "quote partial \"the plan was \\\"a disaster\\\" for the town\"",
            ),
            (
                "The agency said that the case showed \"the value of long-term storage.\"",
                "quote partial \"that the case showed \\\"the value of long-term storage.\\\"\"",
            ),
            (
                "The judge said Tennant had \"betrayed the trust of every family who ever put a coin in a tin.\"",
                "quote partial \"Tennant had \\\"betrayed the trust of every family who ever put a coin in a tin.\\\"\"",
            ),
        ],
        counter_examples: &[
            "The bloc issued Tarsk a formal warning, known as a \"yellow card\", over illegal fishing.",
            "The mayor said the plan was a disaster for the town.",
            "Teodoro Condori, a leader known to his neighbours as \"Tata Teo\", said the fish were gone.",
        ],
    },
    Rule {
        name: CONTENT_BEFORE_SAID,
        description: "An attribution after a comma, such as \"the agency said\", reports the words of its sentence, usually those before it: \"Growth will slow, the agency said.\"",
        details:
            "An attribution after a comma at the end of a sentence reports what precedes it: \"Growth will slow, the agency said.\"; not \"called\" after a comma and \"sometimes\" or \"also\", which names the thing before it (\"AHPND, sometimes called early mortality syndrome, devastated ...\"), not a verb with its means after it (\"In similar cases, Russia responded by expelling diplomats.\"), nor a phrase a preposition opens, with no verb and no comma, which sets the scene (\"In a filing on Monday, the attorney general's office disagreed.\"), nor \"found\" and a preposition of place after a noun, with no \"that\" after it (\"a system of heating found in wealthy households\"); an attribution that interrupts its sentence after words that open with a pronoun and a verb of saying of their own reports only what follows it (\"He accused the rebels of ... villages where, he said, farmers had been robbed\"), nor a participle before a date (\"Prairie's plan, announced Oct. 12, to build ...\": a month before its day is no source); nor a noun with a relative clause of its own after the comma (\"..., a figure Doha has disputed.\": the name after \"a\" and a common noun is the clause's subject, no apposition). After an attribution that interrupts the sentence, a word in \"-ing\" before a noun and a verb in the past qualifies that noun and opens the rest of the content (\"..., she said, operating profit grew 11%\"); a verb of saying in \"-ing\" opens a clause of its own (\"adding\").",
        examples: &[
            (
                "Ana Ruiz spoke. Excluding that item, she said, operating profit grew 11% this year.",
                "quote indirect \"operating profit grew 11% this year\"",
            ),
            (
                "Sales fell in the spring, the report said.",
                "quote indirect \"Sales fell in the spring\"",
            ),
            ("Growth will slow, he told reporters.", "quote indirect \"Growth will slow\""),
            (
                "Sales fell in the spring, the agency said in its annual report.",
                "quote indirect \"Sales fell in the spring\"",
            ),
            ("He kept the money, tax returns show.", "quote indirect \"He kept the money\""),
            (
                "Rates will stay on hold for now, two officials told Reuters on Tuesday, a move that analysts had expected.",
                "quote indirect \"Rates will stay on hold for now\"",
            ),
            (
                "He accused the rebels of keeping monitors away from villages where, he said, farmers had been robbed.",
                "quote indirect \"farmers had been robbed\"",
            ),
        ],
        counter_examples: &[
            "In a filing on Monday, the attorney general's office disagreed.",
            "The army killed 40 rebels, a figure Vellmar has disputed.",
            "In similar cases in recent years, Vellmark has responded by expelling diplomats.",
            "Sales fell in the spring, and the report said nothing about it.",
            "Growth will slow, he told reporters he expected.",
            "The villa had a hypocaust, a system of heating found in wealthy Vellish households.",
            "Ms. Lenz said the ruling could weigh on Vellmar's plan, announced Oct. 12, to build a line.",
            "AHPND, sometimes called early mortality syndrome, devastated shrimp farms in Vellmark.",
        ],
    },
    Rule {
        name: ACCORDING_TO,
        description: "\"According to\" names the source of the statement it opens or closes: \"According to the ministry, exports doubled last year.\"",
        details:
            "\"According to X\" attributes the clause it opens or closes to X; an acronym in brackets and a relative clause after X belong to X (\"according to the Port Authority (VPA), which runs the docks, ...\"), and so does an apposition (\"According to Ana Ruiz, a commission spokeswoman, ...\"), a name after a role too (\"According to Vellmar's general counsel, Ann M. Lutz, ...\"), and a capitalised \"of\" phrase (\"According to the Secretary of State's office, ...\"); X may be a noun that is also a verb's form, with a participle and its agent (\"According to emails released by WikiLeaks, ...\"); a dateline is no part of the clause it closes (\"LUND, Feb 8 (AFP) - ...\"). A clause that a verb of saying already attributes is not attributed again (\"“We will win,” she said at a rally, according to a recording\"), though a passive participle, a word that qualifies a noun or a count reported attributes nothing (\"was charged with leaving the scene, according to police\", \"an estimated 6 million\", \"had reported 1,779 cases, according to the WHO\").",
        examples: &[
            (
                "According to the Secretary of State's office, Question 5 is one of six measures.",
                "speaker \"Question 5 is one of six measures\" <- \"the Secretary of State's office\" = (no actor)",
            ),
            (
                "Three provinces had reported 1,779 cases, according to the health ministry.",
                "quote indirect \"Three provinces had reported 1,779 cases\"",
            ),
            (
                "LUND, Feb 8 (AFP) - Envoys met here Wednesday as rockets killed 23 civilians, according to the Red Cross.",
                "quote indirect \"Envoys met here Wednesday as rockets killed 23 civilians\"",
            ),
            (
                "According to Ana Ruiz, a commission spokeswoman, the staff concluded that the toy was unsafe.",
                "quote indirect \"the staff concluded that the toy was unsafe\"",
            ),
            (
                "According to the ministry, exports doubled last year.",
                "quote indirect \"exports doubled last year\"",
            ),
            (
                "According to emails released by the ministry, exports rose sharply last year.",
                "speaker \"exports rose sharply last year\" <- \"emails\" = (no actor)",
            ),
            (
                "According to Vellmar's general counsel, Ann M. Lutz, the company will ask for a quick ruling.",
                "quote indirect \"the company will ask for a quick ruling\"",
            ),
            (
                "According to the ministry, exports doubled last year.",
                "speaker \"exports doubled last year\" <- \"the ministry\" = (no actor)",
            ),
            (
                "According to a report by the agency released Friday, exports rose sharply in May.",
                "quote indirect \"exports rose sharply in May\"",
            ),
            (
                "According to a Tarsby/Orvik poll released Thursday, Ada Lenz leads by five points.",
                "quote indirect \"Ada Lenz leads by five points\"",
            ),
            (
                "According to the Vell Port Authority (VPA), which runs the docks, exports fell sharply last year.",
                "quote indirect \"exports fell sharply last year\"",
            ),
        ],
        counter_examples: &["Exports doubled last year."],
    },
    Rule {
        name: AS_PUT_IT,
        description: "\"as X put it\" next to a quotation names its speaker: \"“It is a circus,” as the mayor put it.\"",
        details: "",
        examples: &[
            (
                "\"It is a circus,\" as Mayor Ana Ruiz put it.",
                "speaker \"It is a circus,\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
            (
                "As the minister put it, \"the door is open.\"",
                "speaker \"the door is open.\" <- \"the minister\" = (no actor)",
            ),
        ],
        counter_examples: &[
            "She put it on the table.",
            "As the sun set, they put it away.",
        ],
    },
    Rule {
        name: NAME_COLON_LINE,
        description: "A line that opens with a speaker's name and a colon gives that person's words, as in a transcript: \"Frank: I think the vote was fair.\"",
        details:
            "A line that opens with a short name and a colon gives that person's words, as in a transcript, also after a role or, in capitals, a party and a home state (\"REP. TOM VECK, DEMOCRAT, OHIO:\"), and an aside in lower case in brackets before the colon (\"ELENA MARQUEZ, RESIDENT (through translator):\"; not \"Vell Operator (Listing 1):\") or a role in capitalised words there, as public radio writes it (\"Mr. ALBERT ROYCE (Emergency Management Director, Vell County):\"); a heading with a pronoun or a question word is no name (\"WHY IT MATTERS:\"), nor one common noun or adjective with a capital, as an abstract's or a report's sections and a headline's kicker open (\"Background:\", \"Results:\", \"Obituary:\", \"Overall:\", \"Semi-finals:\"; a transcript's label in capitals stays: \"VOICE:\", and so does a given name: \"Frank:\"), nor the labels of a guide's or a glossary's entries, three or more lines with no label twice, most of them no person's (no given name, title or capitals): \"Perast: A tiny baroque town ...\" (a transcript's speakers speak again), nor a function word, as a court's headings of the judges and the parties open (\"Before:\", \"Between:\"), nor a place's name in mixed case that is no given name, the story's place before its headline (\"Senegal: university reopens canteens\"). A label before a date or a time and nothing else is a header, no one's words (\"Submitted: April 19, 2018\", \"Updated: 3:04 p.m. EDT\", \"TELEPHONE: (202) 225-5185\"), and so is a label before capitalised words and numbers only, a credit, a list of names or a headline (\"Referee: D Fenton (Leinster)\", \"Castro: Elian, Dad To Be Reunited\"); a town's or a capital's name in capitals is a dateline (\"PUNE: Several arterial roads were waterlogged\").",
        examples: &[
            (
                "Ms Okafor: \"The vote was fair.\"",
                "quote direct \"The vote was fair.\"",
            ),
            (
                "REP. TOM VECK, DEMOCRAT, OHIO: The council can vote whatever it likes.",
                "speaker \"The council can vote whatever it likes\" <- \"TOM VECK\" = TOM VECK",
            ),
            (
                "Ms Okafor: \"The vote was fair.\"",
                "speaker \"The vote was fair.\" <- \"Ms Okafor\" = Okafor",
            ),
            (
                "Frank: I think the vote was fair.",
                "speaker \"I think the vote was fair\" <- \"Frank\" = Frank",
            ),
            (
                "The quake hit.\n\nELENA MARQUEZ, HARBOUR RESIDENT (through translator): We dug out my brother.",
                "speaker \"We dug out my brother\" <- \"ELENA MARQUEZ\" = ELENA MARQUEZ",
            ),
            (
                "The storm hit.\n\nMr. ALBERT ROYCE (Emergency Management Director, Vell County): The sirens went off.",
                "speaker \"The sirens went off\" <- \"Mr. ALBERT ROYCE\" = ALBERT ROYCE",
            ),
        ],
        counter_examples: &[
            "Submitted: April 19, 2018\nDecided: July 31, 2018\n\nBefore the court.",
            "Before: LORD JUSTICE HAWORTH and LADY JUSTICE MENSAH",
            "Background: Little is known about how far the accuracy varies by region.",
            "Vell Operator (Listing 1): It exchanges the coordinate system of a map.",
            "Sights\n\nBelfry (Belfort): the 91-metre tower has a lift most of the way up.",
            "Update: the vote was fair and the count is over.",
            "COMMENTARY: Reno upholds law in Gonzalez case",
            "Note: all times are local.",
            "THE MORNING REPORT\nSegment: Storm Nears Harbour Keys After Deadly Path Through Islands",
            "WHY IT MATTERS: The vote in Vellmark is close.",
            "PUNE: Several arterial roads in the city were waterlogged for hours on Tuesday evening.",
            "Senegal: Saint-Louis university reopens canteens after boycott\n\nThe university reopened.",
            "The union met.\n\nContributing: Alan Reyes in Washington.",
            "Lansdowne lost the match.\n\nReferee: D Fenton (Leinster)\n\nScorers: Try: D Lincoln. Con: B Moody.",
            "Obituary: Ada Lindahl, painter of northern light, dies at 81\n\nAda Lindahl died on Tuesday.",
            "Overall: 1. Etxeberria 41hrs 08min 17sec; 2. Rinaldi at 1min 12sec; 3. Bakke 1min 49sec.",
            "Semi-finals: Argentina 1 (Pazos 41) Netherlands 1 (Verbeek 19).",
            "See\n\nPerast: A tiny baroque town 12 km up the bay.\n\nTemplo Romano: Twelve granite columns, floodlit at night.\n\nRisan: Roman mosaics in a shed by the road.",
        ],
    },
    Rule {
        name: SAID_AFTER_QUOTE,
        description: "Someone named right after a quotation, with a verb such as \"said\" or \"told\", is its speaker: \"We agree,\" she said.",
        details:
            "A subject and a reporting verb right after a quotation name its speaker: \"...,\" she said; a capitalised modal before a past or \"-s\" form, which no modal takes, is a name (\"...,\" May told lawmakers); a subject's apposition may hold a name with \"and\" (\"...,\" Ana Ruiz, an official in the Ministry of Agriculture, Water and Rural Development, told reporters), also after an age in figures between commas (\"...,\" Ana Lenz, 58, a landlord, told the candidates), and \"state\" before a title is no verb but part of it (\"...,\" state Sen. Ana Ruiz said on Friday); after the last piece of a quotation over several paragraphs, of every piece; a role before the name, two roles joined by \"and\" among them, leaves the name to name the speaker (\"...,\" Tessaly's president and chief executive, Dr. Anne Forsythe, told analysts); not a verb after a dash that opens a line, a credit (\"— reporting by Ada Lis\").",
        examples: &[
            (
                "\"We always believed in it,\" Tessaly's president and chief executive, Dr. Anne Forsythe, told analysts.",
                "speaker \"We always believed in it,\" <- \"Dr. Anne Forsythe\" = Anne Forsythe",
            ),
            (
                "\"I have three empty units,\" Ana Lenz, 58, a landlord and retired rig mechanic, told the candidates.",
                "speaker \"I have three empty units,\" <- \"Ana Lenz\" = Ana Lenz",
            ),
            (
                "\"We saw the smoke on Friday.\n\n\"We ran,\" Ana Ruiz said.",
                "speaker \"We saw the smoke on Friday.\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
            (
                "\"We agree,\" she said.",
                "speaker \"We agree,\" <- \"she\" = (no actor)",
            ),
            (
                "The plan is “a disaster for farmers,” the mayor said in an email.",
                "speaker \"The plan is “a disaster for farmers,”\" <- \"the mayor\" = (no actor)",
            ),
            (
                "\"We will win,\" May told lawmakers.",
                "speaker \"We will win,\" <- \"May\" = (no actor)",
            ),
            (
                "\"We cannot wait,\" Ana Ruiz, an official in the Ministry of Agriculture, Water and Rural Development, told reporters.",
                "speaker \"We cannot wait,\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
            (
                "\"We had the chance,\" state Sen. Ana Ruiz said on Friday.",
                "speaker \"We had the chance,\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
        ],
        counter_examples: &[
            "\"We agree.\" She says the count is over.",
            "The mayor left at noon. \"This market fed half of Praga.\"\n\n— reporting by Ada Lis",
        ],
    },
    Rule {
        name: INVERTED_SAID_NAME,
        description: "A reporting verb followed by the speaker, after a quotation or a comma, names who spoke: \"The bridge is closed,\" said the police chief.",
        details:
            "A reporting verb followed by its subject after a quotation or a comma names the speaker: \"...,\" said Mr Smith, \"...,\" says Musallam Said al-Amri (a capitalised verb's form between a name's words is part of the name, not a verb), \"...,\" said state Rep. Ana Ruiz (\"state\" before a title is no verb), \"...,\" said Local 19 secretary-treasurer Ana Ruiz (a union's local and its number), \"...,\" said Minister of Finance Ada Lenz (\"of\" between a title and the capitalised words of its field); not \"called\" between a noun's comma and a name, which names the noun (\"The probe, called Mini-SAR, ...\"), or an article and one noun between commas (\"A slight rough lip, called the burr, means ...\"); nor after a subject's relative clause, amounts in it too (\"Vellmar, which gives about $5 million a year in aid, praised the move\"), also a reported clause's subject (\"The company said its division, which sells to hotels, posted a profit\"), or its apposition that names it (\"the Federation of Vellmar Industries, known as Vellkan, urged calm\") or a participle phrase, past or present (\"Hoxha, speaking to reporters in the town square, said ...\"); a subject's relative clause may be long and hold an abbreviated title (\"who passed the bill over the veto of Gov. Ana Lenz in May, denounced the ruling\"); an -ing form with its own object after the verb is what was reported (\"reported raising $1.4 million\"); nor a phrase that a finite verb after an aside or a list takes as its subject (\"Its chief, Ana Ruiz, said several vessels, including the Sea Star, had been turned away\"); a participle with its agent (\"chaired by Ana Ruiz\") and a verb's form after an article (\"The appeals committee\") make no clause before the verb; nor after a name between commas with no clause before it, the subject's apposition (\"Orvik's chief executive, Ada Lenz, cited the new law, ...\"), also after a description that a determiner opens (\"Another analyst, Susan Kwan of Vell Securities, said ...\", \"Its chief sponsor, state Sen. Ana Ruiz (D-Lund), blamed ...\"), nor after a participle phrase between commas that follows the sentence's subject (\"The appeal, read to a gathering of envoys at the Foreign Ministry, said herders in Uvs, Khovd and Zavkhan ...\"), nor a verb's form that opens the sentence before a noun phrase and a verb (\"Protest organisers said that ...\", \"Say Mexico demanded that ...\").; nor the verb after a description and the name in apposition to it, set off by commas, which are its subject (\"but a London trading house, Brackwell & Sons Ltd., estimated ...\"); a verb that is a noun too is a verb right after a quotation its comma closes (`\"...,\" laughs Halina Wrob`); a person named in apposition after the subject speaks over a body named in it, a title before the name or not (`\"...,\" said the UN envoy, Ada Lenz,`, `said the chief AU mediator, Chief Babatunde Adebayo-Williams,`)",
        examples: &[
            (
                "\"Half our visitors come for the priest,\" laughs Halina Wrob, a guide.",
                "speaker \"Half our visitors come for the priest,\" <- \"Halina Wrob\" = Halina Wrob",
            ),
            (
                "\"No,\" said the UN envoy, Ada Lenz, a former diplomat.",
                "speaker \"No,\" <- \"Ada Lenz\" = Ada Lenz",
            ),
            (
                "Prices will fall, says Musallam Said al-Amri, the chairman.",
                "speaker \"Prices will fall\" <- \"Musallam Said al-Amri\" = Musallam Said al-Amri",
            ),
            (
                "\"The bridge is closed,\" said the police chief.",
                "speaker \"The bridge is closed,\" <- \"the police chief\" = (no actor)",
            ),
            (
                "\"I am voting yes,\" said state Rep. Ana Ruiz (R-Lund).",
                "speaker \"I am voting yes,\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
            (
                "\"We will walk for him,\" said Local 19 secretary-treasurer Ana Ruiz.",
                "speaker \"We will walk for him,\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
        ],
        counter_examples: &[
            "Havana kept quiet, but a London trading house, Brackwell & Sons Ltd., estimated the crop at 7.4 million tons.",
            "Hoxha, speaking to reporters in the town square, said the committee controlled the port, the police station and the road to Delvina.",
            "\"The bridge is closed,\" the police chief said.",
            "Mara Lind, the head of Acme Corp, said profits rose sharply.",
            "Martin Ibanez, an analyst at Coldwell Pryor Securities Inc. in San Francisco, said Sonoran's capital remains adequate.",
            "Say Vellmark demanded that the United States prove that a migrant was Vellish.",
            "The appeal, read to a gathering of ambassadors at the Foreign Ministry, said herding families in Uvs, Khovd and Zavkhan provinces were running out of hay.",
            "Ana Ruiz's deputy, Tom Veck, welcomed the plan.",
            "The probe, called Mini-SAR, detected ice in the craters, the agency said.",
            "A slight rough lip, called the burr, means you have sharpened all the way to the apex.",
            "The United States, which gives Harbourton about $5 million a year in aid, praised the move.",
            "The company said its commercial division, which sells to office builders and hotel chains, posted higher operating profit in the quarter.",
            "In Harbourton, the Federation of Vellmar Industries, known as Vellkan, urged calm.",
            "Republican legislators, who passed the bill over the veto of Gov. Ana Lenz in May, denounced the ruling.",
            "Republicans spent money, and a super PAC backing Mr. Lenz, Vell Sky Forward, reported raising $1.4 million through May.",
            "Its chief, Ana Ruiz, said several vessels, including the Sea Star, had been turned away.",
            "A spokesman, Tom Veck, said the men, both in their twenties, were held.",
            "In a letter to staff, Orvik's chief executive, Ada Lenz, cited the new law, the one the state enacted in March.",
            "The appeals committee, chaired by Ana Ruiz, rejected the complaint on Friday.",
            "Another analyst, Susan Kwan of Vell Securities, said Orvik's balance sheet remained sound.",
            "Its chief sponsor, state Sen. Ana Ruiz (D-Lund), blamed the delay on her opponent.",
        ],
    },
    Rule {
        name: SAID_BEFORE_QUOTE,
        description: "Someone named with a reporting verb that introduces a quotation after a colon or a comma is its speaker: The governor added: \"We will rebuild every school.\"",
        details:
            "A subject and a reporting verb that introduce a quotation with a colon or comma name its speaker: She said: \"...\"; right after a verb of narration (began, read, laughed) only a sentence with a capital is introduced (\"talks would begin \"as soon as the assembly meets\"\" completes the verb); a verb of evidence in the \"that\" clause of another cue introduces its speaker's words (\"Ana Ruiz said that the case showed the value of cooperation: \"...\"\"; `data/quotes-words.txt`, evidence).",
        examples: &[
            (
                "The governor added: \"We will rebuild every school.\"",
                "speaker \"We will rebuild every school.\" <- \"The governor\" = (no actor)",
            ),
            (
                "Ana Ruiz said that the case showed the value of cooperation: \"No country can watch these routes alone.\"",
                "speaker \"No country can watch these routes alone.\" <- \"Ana Ruiz\" = Ana Ruiz",
            ),
        ],
        counter_examples: &[
            "The governor called it \"fraud\".",
            "Ana Lenz said talks would begin \"as soon as the new assembly meets.\"",
        ],
    },
    Rule {
        name: SPLIT_QUOTE,
        description: "The second piece of a quotation interrupted by its attribution has the same speaker: \"...,\" he said, \"...\"",
        details: "",
        examples: &[(
            "\"We tried,\" the coach said, \"but the team was tired.\"",
            "speaker \"but the team was tired.\" <- \"the coach\" = (no actor)",
        )],
        counter_examples: &["\"We tried,\" the coach said."],
    },
    Rule {
        name: SUBJECT_BEFORE_VERB,
        description: "The person or thing named before a reporting verb, as its subject, is the source of what it reports: \"Officials said ...\", \"Vellmar Corp. said ...\".",
        details:
            "The noun phrase before a reporting verb is the source of the clause it reports: \"Officials said ...\", \"Vellmar Corp. said ...\" (the period of a legal form ends no sentence), with a phrase after a present participle that qualifies it (\"Lawyers representing the family said ...\"); the owner in it is not (\"her pastor said\"), but a name in apposition after a preposition's object is (\"the supervisor of elections, Ana Berg, said\"), nor a name that qualifies a noun of no role (\"Vellmar supporters\", \"a Vellmar surrogate\"; but \"Acme officials\" speak for Acme, and \"the Vellmar Dockers union\" is the body named); a participle before the state it ascribes is no verb of saying (\"Vellmar chief found guilty\", \"thousands feared dead\"; but \"pleaded guilty\" is a plea), nor one between a number and the noun it qualifies (\"the ten alleged Vellmar agents\"); a participle and a time phrase after the noun belong to it (\"a poll released Thursday showed\"); a time phrase between the source and the verb, an adverb before it too, is passed over (\"Wells Fargo just this month announced\", \"Addis Ababa has so far rejected\"), and so is a connective adverb (\"We therefore ask ...\"; `data/quotes-words.txt`, set \"between\"); a name that opens the phrase speaks rather than a person its apposition names (\"Tom Berg, a Vellmar spokesman, said\"), also where a town and its state stand between commas inside the apposition (\"James Fallon, a New Providence, N.J., marketing consultant, says\", \"Vell Motor Corp. of America, the Montvale, N.J., importer, said\"), also past an age written out between commas (\"Tom Berg, 52 years old, president of Vellmar, said\") and past a second apposition that describes the object of the first one's preposition (\"Ana Berg, an analyst at Vellmar Foods, a French processor, said\"); a description that names no one yields to a person named in apposition after it, with the person's own phrase (\"One member, Dr. Ana Ruiz of Vellmar College, said\"); a participle phrase between commas describes the phrase before it, which speaks (\"Vellmar Corp., based in Stamford, Conn., said\"), or the name before an apposition that the phrase follows (\"Ada Lenz, chairman of Vellmar, based in Stamford, Conn., said\"); a region or a country after a town and a comma goes with the town (\"Students in Leeds, England, said\", \"in Suva, Fiji, said\": not \"England\", \"Fiji\"); a pronoun's contracted verb is no part of it (\"I'm telling you\": \"I\"), nor a modal and its auxiliary (\"Parliament cannot have intended ...\": \"Parliament\"), nor a verb of aspect before the -ing form (\"They kept saying\"); \"found\" after \"help\" or \"to\" founds, it reports nothing (\"helped found the bank\"), and an -s form after a preposition and a participle is a noun (\"amid published reports that ...\"), and so is one after a word for many and one word more (\"other Gulf states buy ...\"); \"at least\" and \"at most\" before a number open it, no phrase of place (\"At least nine villagers say ...\", \"Residents of at least nine villages say ...\"). A name before a role speaks through it (\"a Vellmar spokesman said\"), but not after \"former\": \"a former Bellweather executive said\" is no longer the company's voice.",
        examples: &[
            (
                "James Fallon, a New Providence, N.J., marketing consultant, says Vellmar still holds an edge.",
                "speaker \"Vellmar still holds an edge\" <- \"James Fallon\" = James Fallon",
            ),
            (
                "Bellweather Greetings Inc. said profit fell. A former Bellweather executive said the founder built the company.",
                "speaker \"the founder built the company\" <- \"A former Bellweather executive\" = (no actor)",
            ),
            (
                "We therefore ask the council to reopen the library.",
                "speaker \"the council to reopen the library\" <- \"We\" = (no actor)",
            ),
            (
                "Lawyers representing the family said the police lied.",
                "speaker \"the police lied\" <- \"Lawyers representing the family\" = (no actor)",
            ),
            (
                "Students in Suva, Fiji, said the fees were too high.",
                "speaker \"the fees were too high\" <- \"Students in Suva, Fiji\" = (no actor)",
            ),
            (
                "Tom Berg, 52 years old, president of Vellmar Corp., said the plant would close.",
                "speaker \"the plant would close\" <- \"Tom Berg\" = Tom Berg",
            ),
            (
                "Ana Berg, an analyst at Valmont Foods, a French processor, said prices had fallen.",
                "speaker \"prices had fallen\" <- \"Ana Berg\" = Ana Berg",
            ),
            (
                "At least nine villagers say water reached their fields.",
                "speaker \"water reached their fields\" <- \"At least nine villagers\" = (no actor)",
            ),
            (
                "In Vellmark, the supervisor of elections, Ana Berg, said the office had closed.",
                "speaker \"the office had closed\" <- \"Ana Berg\" = Ana Berg",
            ),
            (
                "Officials said the bridge would reopen in May.",
                "speaker \"the bridge would reopen in May\" <- \"Officials\" = (no actor)",
            ),
            (
                "Ada Lenz died on Wednesday, her pastor said.",
                "speaker \"Ada Lenz died on Wednesday\" <- \"her pastor\" = (no actor)",
            ),
            (
                "They kept saying the plant would close in May.",
                "speaker \"the plant would close in May\" <- \"They\" = (no actor)",
            ),
            (
                "I'm telling you, this one was different.",
                "speaker \"this one was different\" <- \"I\" = (no actor)",
            ),
            (
                "Students in Leeds, England, said the fees were too high.",
                "speaker \"the fees were too high\" <- \"Students in Leeds, England\" = (no actor)",
            ),
            (
                "Wells Fargo just this month announced it would close two plants.",
                "speaker \"it would close two plants\" <- \"Wells Fargo\" = Wells Fargo",
            ),
            (
                "Addis Ababa has so far rejected calls to scrap the rule.",
                "speaker \"calls to scrap the rule\" <- \"Addis Ababa\" = (no actor)",
            ),
            (
                "Vellmar Corp. said it would close two plants.",
                "speaker \"it would close two plants\" <- \"Vellmar Corp.\" = Vellmar Corp.",
            ),
            (
                "Vellmar Corp., based in Stamford, Conn., said it would close two plants.",
                "speaker \"it would close two plants\" <- \"Vellmar Corp.\" = Vellmar Corp.",
            ),
            (
                "The judge held that Parliament cannot have intended landlords to draft repair schedules.",
                "speaker \"landlords to draft repair schedules\" <- \"Parliament\" = Parliament",
            ),
            (
                "Ada Lenz, chairman and chief executive officer of Vellmar, based in Stamford, Conn., said in an interview that the merger would save money.",
                "speaker \"that the merger would save money\" <- \"Ada Lenz\" = Ada Lenz",
            ),
            (
                "Ada Vellmar spoke on Monday. Tom Berg, a Vellmar surrogate, said the plan was sound.",
                "speaker \"the plan was sound\" <- \"Tom Berg\" = Tom Berg",
            ),
            (
                "Ada Vellmar spoke on Monday. Tom Berg, a Vellmar spokesman, said the plan was sound.",
                "speaker \"the plan was sound\" <- \"Tom Berg\" = Tom Berg",
            ),
            (
                "The Vellmar Dockers union said it would strike.",
                "speaker \"it would strike\" <- \"Vellmar Dockers\" = Vellmar Dockers",
            ),
            (
                "One member, Dr. Ana Ruiz of Vellmar College, said the plan was sound.",
                "speaker \"the plan was sound\" <- \"Dr. Ana Ruiz\" = Ana Ruiz",
            ),
            (
                "Ada Vellmar spoke on Monday. Vellmar supporters said the plan was sound.",
                "speaker \"the plan was sound\" <- \"Vellmar supporters\" = (no actor)",
            ),
            (
                "The senators all said that the talks had stalled.",
                "speaker \"that the talks had stalled\" <- \"The senators\" = (no actor)",
            ),
            (
                "Maria Lopez's family said the police had lied.",
                "speaker \"the police had lied\" <- \"Maria Lopez's family\" = (no actor)",
            ),
            (
                "Officials at the embassy, speaking on condition of anonymity, said the talks had stalled.",
                "speaker \"the talks had stalled\" <- \"Officials at the embassy\" = (no actor)",
            ),
            (
                "Shares fell after a poll released Thursday showed the mayor trailing.",
                "speaker \"the mayor trailing\" <- \"a poll released Thursday\" = (no actor)",
            ),
        ],
        counter_examples: &[
            "His grandfather helped found the original bank in Vellmark in 1903.",
            "The firm will drop the name amid published reports that business has declined since May.",
            "The bridge would reopen in May, saying nothing.",
            "The poll had Ada Lenz ahead by four points, within the margin of error.",
            "Former Vellmar chief found guilty of fraud",
            "Thousands feared dead in floods",
            "The United States sent home the ten alleged Vellmar agents arrested last month.",
            "Vellmark and other Gulf states buy the bulk of the crop.",
        ],
    },
    Rule {
        name: SENTENCE_SUBJECT,
        description: "A verb of saying set apart from the subject of its sentence, as in \"..., saying ...\" or \"and said ...\", reports for that subject: \"The campaign sent emails saying the polls were wrong.\"",
        details:
            "A participle or a coordinated reporting verb reports for the subject of its sentence: \"..., saying ...\", \"and denied ...\"; so does a participle after the object of a verb (\"provided data showing ...\"), whose verb may be a present form between two names (\"Ada Lenz endorses Tom Berg, urging ...\"), and one after an amount and the phrase attached to it (\"has spent $3.1 million on ads warning of ...\"); the subject follows an opening phrase of time or place (\"Within hours of the announcement, a holder filed a suit, alleging ...\", \"Outside the courthouse, Vell thanked the judge and said ...\"); a belief after a verb of appearance (\"and seems to think ...\") is the writer's reading, not reported. A verb coordinated by \"and\" or \"but\" after a clause of its own, opened by \", but\" or \";\" and a subject named or a pronoun, reports for that clause's subject (\"Ottawa and the rebels signed the deal, but the Vell Freedom Party quit the coalition and has said ...\"), and so does a verb after an aside set off by commas (\"Canada filed a complaint in 1996; Prado, in a speech that year, called the dispute ...\").",
        examples: &[
            (
                "Ana Prado served in Ottawa. Canada filed a complaint at the World Trade Organization in 1996; Prado, in a speech to the Canadian Council on International Affairs that year, called the dispute \"a quarrel between two cousins over who flies higher\".",
                "speaker \"the dispute \\\"a quarrel between two cousins over who flies higher\\\"\" <- \"Prado\" = Ana Prado",
            ),
            (
                "Ottawa and the rebels signed the deal on Friday, but the Vell Freedom Party quit the coalition and has said it will challenge the deal in court.",
                "speaker \"it will challenge the deal in court\" <- \"Vell Freedom Party\" = Vell Freedom Party",
            ),
            (
                "The campaign sent emails on Friday saying the polls were wrong.",
                "speaker \"the polls were wrong\" <- \"The campaign\" = (no actor)",
            ),
            (
                "Within hours of the announcement, a holder filed a suit, alleging that the directors failed to seek bids.",
                "speaker \"that the directors failed to seek bids\" <- \"a holder\" = (no actor)",
            ),
            (
                "The Vell Council has spent $3.1 million on ads warning of job losses and higher prices.",
                "speaker \"job losses and higher prices\" <- \"Vell Council\" = Vell Council",
            ),
            (
                "The agency's memo provided data showing that exports had doubled.",
                "speaker \"that exports had doubled\" <- \"The agency's memo\" = (no actor)",
            ),
            (
                "Recently, however, it issued a paper calling for new bases in the east.",
                "speaker \"new bases in the east\" <- \"it\" = (no actor)",
            ),
            (
                "Ada Lenz endorses Tom Berg, urging supporters to unite",
                "speaker \"supporters to unite\" <- \"Ada Lenz\" = Ada Lenz",
            ),
            (
                "Outside the courthouse, Tom Berg thanked the judge and said he bore \"no anger\" towards the chiefs.",
                "speaker \"he bore \\\"no anger\\\" towards the chiefs\" <- \"Tom Berg\" = Tom Berg",
            ),
        ],
        counter_examples: &[
            "Speaking afterwards, the coach was calm.",
            "Ada Lenz has money and seems to think she is exempt.",
        ],
    },
    Rule {
        name: POSSESSIVE_CLAIM,
        description: "A reporting noun with a possessor and a that-clause reports the possessor's words: \"her claim that ...\" (when no verb reports the clause first).",
        details: "",
        examples: &[(
            "Her claim that the vote was rigged; the court disagreed.",
            "speaker \"that the vote was rigged\" <- \"Her\" = (no actor)",
        )],
        counter_examples: &["The claim that was made on Friday is false."],
    },
    Rule {
        name: DASH_NAME_AFTER_QUOTE,
        description: "A name after a dash that follows a quotation is its speaker: \"...\" — Jane Doe.",
        details: "",
        examples: &[(
            "\"Never give up on a good idea.\" — Jane Doe",
            "speaker \"Never give up on a good idea.\" <- \"Jane Doe\" = Jane Doe",
        )],
        counter_examples: &["\"Never give up on a good idea.\" - and nobody did."],
    },
    Rule {
        name: COLON_AFTER_SENTENCE,
        description: "A quotation after a colon that ends a sentence in the writer's words belongs to that sentence's subject: He answered with a joke: \"...\"",
        details: "Also when the quotation opens the next line, after a sentence of four words or more with a verb (\"Boccaccio described the scene:\"; not a label such as \"Q:\" or \"Verdict:\"); a possessive before a noun for what one said speaks for its owner (\"His message ran on for minutes:\", \"her statement was short:\"; `data/quotes-utterance-nouns.txt`).",
        examples: &[
            (
                "The senator answered with a joke: \"I never lose a debate I skip.\"",
                "speaker \"I never lose a debate I skip.\" <- \"The senator\" = (no actor)",
            ),
            (
                "Konrad Albrecht spoke to reporters. His message ran on for several minutes:\n\n\"We could not go anywhere.\"",
                "speaker \"We could not go anywhere.\" <- \"His message\" = Konrad Albrecht",
            ),
        ],
        counter_examples: &["The senator answered with a joke."],
    },
    Rule {
        name: SAID_LATER_IN_SENTENCE,
        description: "A reporting verb later in the sentence where a quotation closes, with no content of its own, names the speaker: \"...\" to win the vote, she said.",
        details: "",
        examples: &[(
            "\"The road will reopen next spring\" after the repairs, the mayor said.",
            "speaker \"The road will reopen next spring\" <- \"the mayor\" = (no actor)",
        )],
        counter_examples: &["\"The road will reopen next spring,\" the mayor said after the repairs."],
    },
    Rule {
        name: SAID_IN_SENTENCE_BEFORE,
        description: "A quotation right after the sentence \"...,\" she said. continues that speaker.",
        details: "",
        examples: &[(
            "\"We are ready,\" the mayor said. \"The roads are clear and the schools are open.\"",
            "speaker \"The roads are clear and the schools are open.\" <- \"the mayor\" = (no actor)",
        )],
        counter_examples: &["\"We are ready,\" the mayor said."],
    },
    Rule {
        name: REPORT_THEN_QUOTE,
        description: "A quotation with no attribution of its own right after a sentence that opens with someone reporting speech is that person's: Ruiz said the team had worried. \"We lost two months.\"",
        details: "A quotation that opens a sentence, with no attribution of its own, right after a sentence that opens with a source and a verb of saying and reports what the source said in the writer's words, is by that source, as news writing has it (\"Prof. Klaus Reinhold said the team had worried through the winter. \\\"In 2015 we lost almost two months.\\\"\"); not after a verb of belief (\"Analysts think ...\"), nor after a sentence whose source stands later than its start.",
        examples: &[(
            "Ana Ruiz said the team had worried through the winter. \"In 2015 we lost almost two months.\"",
            "speaker \"In 2015 we lost almost two months.\" <- \"Ana Ruiz\" = Ana Ruiz",
        )],
        counter_examples: &[
            "Ana Ruiz arrived late. \"In 2015 we lost almost two months.\"",
            "Analysts think the team had worried. \"In 2015 we lost almost two months.\"",
        ],
    },
    Rule {
        name: PREVIOUS_SPEAKER_CONTINUES,
        description: "A quoted sentence with no attribution of its own continues the previous speaker of its paragraph (or of the paragraph before).",
        details: "",
        examples: &[(
            "The mayor said: \"We are ready.\"\n\n\"The roads are clear and the schools are open.\"",
            "speaker \"The roads are clear and the schools are open.\" <- \"The mayor\" = (no actor)",
        )],
        counter_examples: &["\"The roads are clear and the schools are open.\""],
    },
    Rule {
        name: PRONOUN_PREVIOUS_SPEAKER,
        description: "A speaker \"he\" or \"she\" is the latest of the last few named speakers who can be called so: \"We are ready,\" Kovacs said. \"We tried,\" she said.",
        details:
            "A speaker \"he\" or \"she\" that names no known person is the latest of the last three named speakers who may be called so (not \"she\" after Tom Kovacs, nor a state acting: \"India said\"), unless a speaker in the singular that no actor names spoke since (\"A Western diplomat said ... 'Both capitals are playing to a domestic audience,' he said\").",
        examples: &[
            (
                "\"We are ready,\" Kovacs said. \"We tried,\" she said.",
                "speaker \"We tried,\" <- \"she\" = Kovacs",
            ),
            (
                "\"We are ready,\" Ana Kovacs said. Talks went on. Boats left. Nets dried. \"No,\" Tom Berg said. \"We tried,\" she said.",
                "speaker \"We tried,\" <- \"she\" = Ana Kovacs",
            ),
        ],
        counter_examples: &[
            "\"We tried,\" she said.",
            "\"We are ready,\" Robin Kovac said. \"We tried,\" she said.",
            "\"We are ready,\" Tom Kovacs said. \"We tried,\" she said.",
            "\"We are ready,\" the Harbour Ministry said. \"We tried,\" she said.",
            "\"We are ready,\" Tom Kovacs said. A Western diplomat said talks had stalled. \"We tried,\" he said.",
        ],
    },
    Rule {
        name: FIRST_PERSON_IN_QUOTATION,
        description: "A report whose source is \"I\" inside someone's words, a quotation or a transcript's turn, is that speaker's: \"DENNIS LOWRY: ... I expect investigators will be here by morning\".",
        details: "",
        examples: &[(
            "PAULA REYES: What caused it?\n\nDENNIS LOWRY: I am not going to guess. I expect investigators will be out here by morning.",
            "speaker \"investigators will be out here by morning\" <- \"I\" = DENNIS LOWRY",
        )],
        counter_examples: &["I expect investigators will be out here by morning."],
    },
    Rule {
        name: ANSWER_OF_INTERVIEWEE,
        description: "In an interview written as questions and answers, an answer's turn (\"A:\") is the words of the person the headline and introduction name most.",
        details: "In an interview whose turns are labelled \"Q:\" and \"A:\", an answer's turn is the words of the person named most often before the first question (the headline and the introduction; the first named of those named as often), and a report inside it whose source is \"I\" is theirs too, as is one inside a question whose source is \"you\" (\"Q: You have said that the hardest part came afterwards.\"); where no person is named before the first question, the answers have no speaker. A lone \"A:\" line with no question labelled \"Q:\" is no interview.",
        examples: &[(
            "Ada Lenz on the harbour\n\nAda Lenz has run the port for ten years.\n\nQ: Was it hard?\n\nA: The first winter was brutal. We lost two ships.",
            "speaker \"The first winter was brutal. We lost two ships\" <- \"A\" = Ada Lenz",
        ),
        (
            "Ada Lenz on the harbour\n\nAda Lenz has run the port for ten years.\n\nQ: You have said that the first winter was the hardest. Why?\n\nA: We lost two ships.",
            "speaker \"that the first winter was the hardest\" <- \"You\" = Ada Lenz",
        )],
        counter_examples: &[
            "Q: Was it hard?\n\nA: The first winter was brutal. We lost two ships.",
            "Ada Lenz has run the port for ten years.\n\nA: The first winter was brutal. We lost two ships.",
        ],
    },
];
