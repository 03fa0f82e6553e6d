//! The rules of the dates extractor: each a named mechanism with a plain description, examples with
//! the line they must produce (see [`crate::analysis::rules::explain`]) and counter-examples in which
//! it must find nothing. The scanner names the rule of every expression it finds.

use crate::analysis::rules::Rule;

pub(super) const ISO_DATE: Rule = Rule {
    name: "dates/iso-date",
    description: "A date written year first with dashes: \"2022-01-21\".",
    details: "",
    examples: &[(
        "The ceasefire began on 2021-12-03.",
        "date \"2021-12-03\" = 2021-12-03 (date)",
    )],
    counter_examples: &["The part number is 2021-13-45."],
};

pub(super) const ISO_DATE_TIME: Rule = Rule {
    name: "dates/iso-date-time",
    description:
        "A date and time in ISO 8601: \"2019-03-14T09:30\", \"2019-03-14T09:30:00Z\" (UTC keeps its Z).",
    details: "",
    examples: &[
        (
            "The log ends at 2019-03-14T09:30:00.",
            "date \"2019-03-14T09:30:00\" = 2019-03-14T09:30:00 (time)",
        ),
        (
            "2019-03-14T09:30Z",
            "date \"2019-03-14T09:30Z\" = 2019-03-14T09:30Z (time)",
        ),
    ],
    counter_examples: &["The part number is 2019-03-14T99:30."],
};

pub(super) const SLASHED_DATE: Rule = Rule {
    name: "dates/slashed-date",
    description: "A date written in digits with slashes, dashes or dots, day or month first as the text writes its dates: \"21/01/2022\", \"on 3/17\".",
    details:
        "A date written with slashes, dashes or dots, day or month first as the text writes its dates, dots day first (a warning says when it is ambiguous): \"21/01/2022\", and without a year after a preposition of time or a weekday, before a clock time, or standing alone: \"on 3/17\", \"on 17-3\", \"on 17/3 and 18/3\", \"Thursday 3/17\", \"3/17 9am\", \"3/17\".",
    examples: &[
        ("The contract was signed on 21/01/2022.", "date \"21/01/2022\" = 2022-01-21 (date)"),
        ("The contract will be signed on 3/17.", "date \"3/17\" = 2022-03-17 (date)"),
        ("The contract will be signed on 17-3.", "date \"17-3\" = 2022-03-17 (date)"),
        ("The talks will be held on 17/3 and 18/3.", "date \"18/3\" = 2022-03-18 (date)"),
        ("She was born on 30.11.1981.", "date \"30.11.1981\" = 1981-11-30 (date)"),
        ("She was born on 10.11.1981.", "date \"10.11.1981\" = 1981-11-10 (date)"),
        ("She was born on 11/30/81.", "date \"11/30/81\" = 1981-11-30 (date)"),
        ("3/17", "date \"3/17\" = 2022-03-17 (date)"),
        ("The fair opens Thursday 3/17.", "date \"Thursday 3/17\" = 2022-03-17 (date)"),
    ],
    counter_examples: &[
        "The score was 21/01 at half time.",
        "The Bulls won 17-3 on the road.",
        "The panel voted 9-3 by a show of hands.",
        "Version 2.10 ships with the 3.4.1 fixes.",
        "The vote passed 3/17 in the end.",
        "The drug helped in 3/4 of cases.",
        "Security was tightened after 9/11.",
    ],
};

pub(super) const COORDINATED_DAY: Rule = Rule {
    name: "dates/coordinated-day",
    description: "A day joined by \"and\" or \"or\" to a day of a month takes that month: \"17\" in \"17 and 18 March\", \"13\" in \"Nov. 12 and 13\".",
    details: "A day number before \"and\" or \"or\" and a day with its month (\"on 17 and 18 March 2025\"), or after a day of a month and \"and\" or \"or\" (\"Nov. 12 and 13, 1998\"), is a date of that month and year; a number that counts something after it is not (\"Nov. 12 and 13 people\").",
    examples: &[
        ("The races are on 17 and 18 March 2025.", "date \"17\" = 2025-03-17 (date)"),
        ("The talks were held Nov. 12 and 13, 1998.", "date \"13, 1998\" = 1998-11-13 (date)"),
    ],
    counter_examples: &[
        "On Nov. 12 and 13 people were hurt.",
        "Between 14 and 20 people came.",
    ],
};

pub(super) const DAY_RANGE: Rule = Rule {
    name: "dates/day-range",
    description: "A range of days of one month, as its first day, in the year written after the range: \"14-16 March 2019\", \"March 14-16, 2019\", \"October 5 to 8, 2020\".",
    details: "A range of days of one month, as its first day, in the year written after the range (\"14-16 March 2019\", \"March 14-16, 2019\", \"October 5 to 8, 2020\"), or without one, in the year the tense points to, where the range is one word or its dash is glued to the days (\"March 14-16\", \"Feb. 3–5\"; not \"March 3 – 5 people\").",
    examples: &[
        ("The fair ran 14-16 March 2019.", "date \"14-16 March 2019\" = 2019-03-14 (date)"),
        ("The fair ran March 14-16, 2019.", "date \"March 14-16, 2019\" = 2019-03-14 (date)"),
        ("The fair ran October 5 to 8, 2020.", "date \"October 5 to 8, 2020\" = 2020-10-05 (date)"),
        ("The fair ran 5th - 8th October 2020.", "date \"5th - 8th October 2020\" = 2020-10-05 (date)"),
        ("The fair will run Feb. 3–5.", "date \"Feb. 3–5\" = 2022-02-03 (date)"),
    ],
    counter_examples: &[
        "The Bulls won 17-3 in March 2019.",
        "The vote was 5 to 8 in March 2019.",
    ],
};

pub(super) const NUMERIC_MONTH_YEAR: Rule = Rule {
    name: "dates/numeric-month-year",
    description: "A month and year in digits after a preposition of time: year first with a dash (\"in 2016-11\"), month first with a slash (\"since 3/2016\"), or standing alone (\"3/2016\").",
    details: "",
    examples: &[
        ("The survey ran in 2016-11.", "date \"2016-11\" = 2016-11 (date)"),
        ("The survey ran in 3/2016.", "date \"3/2016\" = 2016-03 (date)"),
        ("3/2016", "date \"3/2016\" = 2016-03 (date)"),
    ],
    counter_examples: &[
        "The 2016-17 season was long.",
        "The vote was 13/2016 against.",
        "Call 2016-13 for details.",
        "The vote ended 2016-11 in committee.",
    ],
};

pub(super) const MONTH_DAY_YEAR: Rule = Rule {
    name: "dates/month-day-year",
    description: "A month, a day and a year: \"January 21, 2022\", \"Jan. 3, 2013\", after a weekday: \"thursday, october 7, 2021\".",
    details: "",
    examples: &[
        (
            "The treaty was signed on March 3, 2013.",
            "date \"March 3, 2013\" = 2013-03-03 (date)",
        ),
        ("may 5, 2021", "date \"may 5, 2021\" = 2021-05-05 (date)"),
        ("thursday, october 7, 2021", "date \"thursday, october 7, 2021\" = 2021-10-07 (date)"),
    ],
    counter_examples: &[
        "The treaty was signed in 2013.",
        "The treaty was signed on March 3.",
    ],
};

pub(super) const MONTH_DAY: Rule = Rule {
    name: "dates/month-day",
    description: "A month and a day without a year, in the year nearest the reference date given the tense, or in a year written after it: \"Jan. 20\", \"the September 11 attacks in 2001\".",
    details:
        "A month and a day without a year, in the year nearest the reference date given the tense: \"Jan. 20\"; in the year written after the event it names (\"the September 11 attacks in 2001\"); a noun after an article gives no tense (\"The vote on March 3 was close\"); a date an event is set for looks ahead (\"the trial, set for November 28\"). A plan the article says was changed gives its date no future: \"originally\", \"initially\" or \"previously\" before \"due\", \"scheduled\" and the like (\"originally due to begin on March 8\", in May, is the March past); after \"through\" in a clause of no tense, with no \"from\" before it, the end of the span lies ahead (\"The season runs through Nov. 24\"). In a narrative of past years, the year of the last date written with its month and year, in the same paragraph or one of the two before, when that year lies two years or more before the reference year and the clause is not in the future, in a text that has counted no date from its own (no \"today\", \"on Tuesday\", \"last week\") (\"The archduke was shot on June 28, 1914. ... On July 23 Vienna sent an ultimatum\": 1914; so for a day before its month and a bare month).",
    examples: &[
        (
            "@2003-01-14 The archduke was shot on June 28, 1914.\n\nOn July 23 Vienna sent an ultimatum.",
            "date \"July 23\" = 1914-07-23 (date)",
        ),
        (
            "@2019-04-26 The season runs through Nov. 24.",
            "date \"Nov. 24\" = 2019-11-24 (date)",
        ),
        ("The talks ended on Jan. 20.", "date \"Jan. 20\" = 2022-01-20 (date)"),
        (
            "The airport was shut for the first time since the September 11 attacks in 2001.",
            "date \"September 11\" = 2001-09-11 (date)",
        ),
        ("@2010-04-15 The vote on March 3 was close.", "date \"March 3\" = 2010-03-03 (date)"),
        (
            "@2010-05-17 The semester, originally due to begin on March 8, will now end in September.",
            "date \"March 8\" = 2010-03-08 (date)",
        ),
        ("The offer expires on Feb. 3.", "date \"Feb. 3\" = 2022-02-03 (date)"),
        ("The offer expires on april 9.", "date \"april 9\" = 2022-04-09 (date)"),
        ("The offer expires on may 5.", "date \"may 5\" = 2022-05-05 (date)"),
        ("sept 9", "date \"sept 9\" = 2021-09-09 (date)"),
        ("The deadline is Sept. 9.", "date \"Sept. 9\" = 2022-09-09 (date)"),
        (
            "@2016-06-03 His lawyers asked for the trial, set for November 28, to be delayed.",
            "date \"November 28\" = 2016-11-28 (date)",
        ),
    ],
    counter_examples: &[
        "The talks ended in January 2020.",
        "The troops march 3 miles a day.",
        "Tell them they may 2 times apply.",
    ],
};

pub(super) const DAY_MONTH_YEAR: Rule = Rule {
    name: "dates/day-month-year",
    description: "A day, a month and a year: \"21 January 2022\", \"3rd of March, 2013\".",
    details: "",
    examples: &[(
        "The talks opened on 11 December 2021.",
        "date \"11 December 2021\" = 2021-12-11 (date)",
    )],
    counter_examples: &["The talks opened on December 11, 2021."],
};

pub(super) const DAY_MONTH: Rule = Rule {
    name: "dates/day-month",
    description: "A day and a month without a year, in the year nearest the reference date given the tense: \"11 December\"; after a weekday, in the nearest year where the day is that weekday: \"Wed 15 Feb\".",
    details: "",
    examples: &[
        ("The talks opened on 11 December.", "date \"11 December\" = 2021-12-11 (date)"),
        ("The talks will open on the first of March.", "date \"first of March\" = 2022-03-01 (date)"),
        ("The talks will open on 9 april.", "date \"9 april\" = 2022-04-09 (date)"),
        ("The talks will open on Wed 15 Feb.", "date \"Wed 15 Feb.\" = 2023-02-15 (date)"),
    ],
    counter_examples: &[
        "The talks opened on 11 December 2021.",
        "She was the first of many to speak.",
    ],
};

pub(super) const ORDINAL_DAY: Rule = Rule {
    name: "dates/ordinal-day",
    description: "A day of the month on its own after a word of time such as \"on\", in the reference month or the one after or before as the tense says: \"on the 25th\".",
    details:
        "A day of the month by its ordinal alone, after a preposition of time: \"on the 15th\"; in the reference month, or the next (previous) one when the tense looks ahead (back) past it; not shortly after \"century\", whose noun it leaves out (\"from the 16th century until the 18th\").",
    examples: &[
        ("The rent is due on the 25th.", "date \"the 25th\" = 2022-01-25 (date)"),
        ("The rent will be due on the 3rd.", "date \"the 3rd\" = 2022-02-03 (date)"),
        ("The rent was paid on the 25th.", "date \"the 25th\" = 2021-12-25 (date)"),
    ],
    counter_examples: &[
        "The church dates from the 15th century.",
        "She finished on the 3rd floor.",
        "He came in on the 15th lap.",
        "From the late 16th century until the 18th, the port was busy.",
    ],
};

pub(super) const MONTH_YEAR: Rule = Rule {
    name: "dates/month-year",
    description: "A month with its year: \"January 2022\", \"March of 2019\", and with a comma before a year that ends the phrase: \"in October, 1805,\".",
    details: "",
    examples: &[
        (
            "Prices rose in March 2019.",
            "date \"March 2019\" = 2019-03 (date)",
        ),
        (
            "He had been at the college since October, 1805, when he met her.",
            "date \"October, 1805\" = 1805-10 (date)",
        ),
    ],
    counter_examples: &["Prices rose in March.", "In March, 1500 people marched to the square."],
};

pub(super) const MONTH_YEAR_AFTER: Rule = Rule {
    name: "dates/month-year-after",
    description: "A month without its year takes the year written right after it with \"in\" (\"born in June in 1950\") or after the month it is joined to by \"and\" or \"or\" (\"between May and June in 1981\", \"in May and June 1981\").",
    details: "",
    examples: &[
        (
            "He visited China between May and June in 1981.",
            "date \"May\" = 1981-05 (date)",
        ),
        ("He was born in June in 1950.", "date \"June\" = 1950-06 (date)"),
        (
            "They met in December and January 2021.",
            "date \"December\" = 2020-12 (date)",
        ),
    ],
    counter_examples: &["He visited China in May, and in 1981 he returned.", "The shop hired staff in June in 2000 homes."],
};

pub(super) const MONTH_OF_YEAR_STEP: Rule = Rule {
    name: "dates/month-of-last-next-year",
    description: "A month with \"last year\", \"next year\" or \"this year\" is one date, that month of that year: \"May last year\", \"March of next year\".",
    details: "",
    examples: &[
        ("Sales fell in May last year.", "date \"May last year\" = 2021-05 (date)"),
        (
            "The plant opens in March of next year.",
            "date \"March of next year\" = 2023-03 (date)",
        ),
        ("Talks resume in June this year.", "date \"June this year\" = 2022-06 (date)"),
    ],
    counter_examples: &[
        "In May, last year's champion lost.",
        "The May last year's winner won.",
        "Sales fell in May. Last year they rose.",
    ],
};

pub(super) const BARE_MONTH: Rule = Rule {
    name: "dates/month-by-tense",
    description: "A month without a year, in the year the tense or a phrase such as \"next year\" points to: \"withdrew in November\", \"will withdraw in March\".",
    details:
        "A month alone, in the year the tense points to: \"in June\" (ambiguous names need a cue such as \"in\"; a semicolon opens a clause with a tense of its own: \"one retired in March; the other is leaving in September\"); a month of delivery lies ahead (\"crude for December delivery\"); in a sentence that counts a year from the reference date (\"last year\", \"next year\"), in that year; inside a relative clause between commas, in the clause's tense, not the main verb's after it (\"Orvik, which received loans in December, must submit ...\", \"who also won the cup in March, will be given\"); a future seen from the past (\"had planned a strike for December\", \"was due to expire in March\") in the nearest year; a condition in the present after it looks ahead (\"a strike in April if talks fail\"), and so does a month after \"as early as\" or \"as soon as\" unless the clause is in the past (\"could reopen as early as March\", but \"had raised concerns as early as August\"), and a month after \"until\" unless a negated past comes before it (\"has until March\", but \"did not learn of it until March\", \"it was not until March\"); inside a quotation, in the quotation's tense, not that of the verb of saying after it; a verb of a scheduled event after a preposition is a noun or an adjective and looks nowhere (\"seats in play\", \"listed as open\").",
    examples: &[
        (
            "@2022-10-30 The memo lists 75 seats as in play, up from 57 in September.",
            "date \"September\" = 2022-09 (date)",
        ),
        ("The army withdrew in November.", "date \"November\" = 2021-11 (date)"),
        ("Next year the plant will open in June.", "date \"June\" = 2023-06 (date)"),
        ("The army will withdraw in March.", "date \"March\" = 2022-03 (date)"),
        (
            "Officials did not learn of the freeze until December, when a report surfaced.",
            "date \"December\" = 2021-12 (date)",
        ),
        ("Crude for December delivery fell 62 cents.", "date \"December\" = 2022-12 (date)"),
        (
            "Orvik, which received $13.4 billion in federal loans in December, must submit a plan.",
            "date \"December\" = 2021-12 (date)",
        ),
        (
            "Orvik, who also won the Harbour Cup in March, will be given the trophy.",
            "date \"March\" = 2021-03 (date)",
        ),
        (
            "@1997-03-11 Unions have threatened a second strike in April if talks fail.",
            "date \"April\" = 1997-04 (date)",
        ),
        (
            "@2011-11-22 Teachers had planned a strike for December, which will now be cancelled.",
            "date \"December\" = 2011-12 (date)",
        ),
        (
            "@1989-03-06 \"The question is whether the airline is still flying in June,\" said Tom Berg.",
            "date \"June\" = 1989-06 (date)",
        ),
        (
            "@2024-11-24 The union said its members had raised concerns as early as August.",
            "date \"August\" = 2024-08 (date)",
        ),
        (
            "@2024-11-24 The plant could reopen as early as March.",
            "date \"March\" = 2025-03 (date)",
        ),
    ],
    counter_examples: &[
        "May I ask a question?",
        "March on, the general said.",
    ],
};

pub(super) const YEAR: Rule = Rule {
    name: "dates/year",
    description: "A four-digit year, unless it counts things, names money or a version: \"2019\".",
    details: "After \"of\", a year follows a month or a word of a period (\"the summer of 2009\"); after \"a total of\", \"out of\" or \"all of\" it is a quantity, unless a preposition of time opens \"all of\" (\"in all of 2014\", \"For all of 1993\").",
    examples: &[
        ("The mine closed in 2019.", "date \"2019\" = 2019 (date)"),
        ("There were 300 cases in all of 2014.", "date \"2014\" = 2014 (date)"),
        ("Her novel Dust (1979) sold well.", "date \"1979\" = 1979 (date)"),
    ],
    counter_examples: &[
        "Police said 2019 people marched.",
        "She flew on flight 2019 to Oslo.",
        "The team scored a total of 2019 points.",
        "He won all of 1200 votes cast.",
    ],
};

pub(super) const YEAR_RANGE: Rule = Rule {
    name: "dates/year-range",
    description: "A range of years in one token gives two years: \"2009-2010\", \"1998-99\".",
    details: "Up to twenty years apart, or up to 120 between brackets, where a life is given: \"Jo Ames (1936-2022)\".",
    examples: &[
        (
            "The 2009-2010 season was cut short.",
            "date \"2009\" = 2009 (date)",
        ),
        ("Jo Ames (1936-2022) was a poet.", "date \"1936\" = 1936 (date)"),
    ],
    counter_examples: &["The 2009 season was cut short.", "Call 1936-2022 for tickets."],
};

pub(super) const FISCAL_YEAR: Rule = Rule {
    name: "dates/fiscal-year",
    description: "A fiscal year by its number: \"fiscal 1989\", \"fiscal year 2020\".",
    details: "",
    examples: &[(
        "Profits fell in fiscal 1989.",
        "date \"fiscal 1989\" = 1989 (date)",
    )],
    counter_examples: &["Profits fell last year."],
};

pub(super) const SPELLED_YEAR: Rule = Rule {
    name: "dates/spelled-year",
    description: "A year spelled in words: \"nineteen ninety-six\".",
    details: "",
    examples: &[(
        "The war ended in nineteen ninety-six.",
        "date \"nineteen ninety-six\" = 1996 (date)",
    )],
    counter_examples: &["Nineteen people were hurt."],
};

pub(super) const DECADE: Rule = Rule {
    name: "dates/decade",
    description: "A decade: \"the 1990s\", \"the '80s\", \"the 90s\"; not an age (\"in her early 40s\") nor a range of degrees (\"temperatures in the 80s\").",
    details: "Not an age: a possessive before the number, maybe with \"early\", \"mid\" or \"late\" (\"in her early 40s\"), and the second of two such numbers (\"women in their 20s and 30s\"); nor a range of degrees, a word for temperatures before it in its sentence (\"temperatures in the 80s\", \"highs in the 90s\").",
    examples: &[
        ("Inflation soared in the 1970s.", "date \"1970s\" = 197 (date)"),
        ("Prices were lower in the '80s.", "date \"'80s\" = 198 (date)"),
    ],
    counter_examples: &[
        "She is in her early 40s.",
        "Cases among women in their 20s and 30s rose.",
        "Forecasters expect temperatures in the 80s by Friday.",
    ],
};

pub(super) const CENTURY: Rule = Rule {
    name: "dates/century",
    description: "A century by its ordinal: \"the 20th century\".",
    details: "",
    examples: &[(
        "The bridge dates from the 19th century.",
        "date \"19th century\" = 18 (date)",
    )],
    counter_examples: &["The bridge is the 19th in the city."],
};

pub(super) const MONTH_RANGE: Rule = Rule {
    name: "dates/month-range",
    description: "A month before a range's last month and its year, as the month of that year (of the year before when it comes later in the calendar): \"March to August 2011\", \"November to February 2020\".",
    details: "",
    examples: &[
        ("The works ran from March to August 2011.", "date \"March\" = 2011-03 (date)"),
        ("The season ran from November to February 2020.", "date \"November\" = 2019-11 (date)"),
    ],
    counter_examples: &[
        "Prices may rise to August levels.",
    ],
};

pub(super) const EARLY_MID_LATE: Rule = Rule {
    name: "dates/early-mid-late-period",
    description: "A year, decade or month with \"early\", \"mid\" or \"late\" before it: \"early 2009\", \"mid-2011\", \"the late 1990s\", \"mid-July 2017\".",
    details: "",
    examples: &[
        ("The plant opened in early 2009.", "date \"early 2009\" = 2009 (date)"),
        ("The plant opened in mid-July 2017.", "date \"mid-July 2017\" = 2017-07 (date)"),
    ],
    counter_examples: &[
        "The plant opened early.",
    ],
};

pub(super) const CLOCK_TIME: Rule = Rule {
    name: "dates/clock-time",
    description: "A clock time on the day in view, the last day named shortly before, else the reference day: \"at 6:40 p.m.\", \"18:45\", \"noon\", \"half past seven\".",
    details:
        "A clock time on the day in view (the last day named in its paragraph, or in a past clause in one of the two sentences before): \"6:40 p.m.\", \"18:00 GMT\", \"08:30Z\", \"noon\", \"4 in the morning\", \"11 at night\", \"half past seven in the evening\", \"twenty past four\", a colon time or \"at\" and an hour standing alone: \"18:45\", \"at 8\", and the first hour of a range standing alone: \"8 - 11pm\".",
    examples: &[
        (
            "The plane landed at 6:40 p.m.",
            "date \"6:40 p.m\" = 2022-01-21T18:40 (time)",
        ),
        (
            "Three people were hurt on Wednesday night.\n\nPolice detained the man after the first attack, at about 9:15 p.m.",
            "date \"9:15 p.m\" = 2022-01-19T21:15 (time)",
        ),
        (
            "The bells rang at noon.",
            "date \"noon\" = 2022-01-21T12:00 (time)",
        ),
        ("The doors open at 4pm.", "date \"4pm\" = 2022-01-21T16:00 (time)"),
        ("18:45", "date \"18:45\" = 2022-01-21T18:45 (time)"),
        ("The doors open at 7:10:25 PM.", "date \"7:10:25 PM\" = 2022-01-21T19:10:25 (time)"),
        ("The desk is open from 10:00 to 13:00.", "date \"10:00\" = 2022-01-21T10:00 (time)"),
        ("The desk is open from 10:00 to 13:00.", "date \"13:00\" = 2022-01-21T13:00 (time)"),
        ("10:00 to 13:00", "date \"13:00\" = 2022-01-21T13:00 (time)"),
        ("The desk is open between 9 and 11 am.", "date \"9\" = 2022-01-21T09:00 (time)"),
        (
            "The doors open at half past seven in the evening.",
            "date \"half past seven in the evening\" = 2022-01-21T19:30 (time)",
        ),
        (
            "The doors open at 5:00 in the afternoon.",
            "date \"5:00 in the afternoon\" = 2022-01-21T17:00 (time)",
        ),
        (
            "The doors open at 4:45pm.",
            "date \"4:45pm\" = 2022-01-21T16:45 (time)",
        ),
        (
            "The doors open at 10.15am.",
            "date \"10.15am\" = 2022-01-21T10:15 (time)",
        ),
        (
            "The doors open at 16h00.",
            "date \"16h00\" = 2022-01-21T16:00 (time)",
        ),
        (
            "The doors open at half past four.",
            "date \"half past four\" = 2022-01-21T04:30 (time)",
        ),
        (
            "The doors open at a quarter to five pm.",
            "date \"a quarter to five pm\" = 2022-01-21T16:45 (time)",
        ),
        (
            "The doors close at midnight.",
            "date \"midnight\" = 2022-01-21T24:00 (time)",
        ),
        (
            "The doors close at 12 midnight.",
            "date \"12 midnight\" = 2022-01-21T24:00 (time)",
        ),
        (
            "The doors close at five o'clock.",
            "date \"five o'clock\" = 2022-01-21T05:00 (time)",
        ),
        (
            "The team trained at four o'clock in the afternoon.",
            "date \"four o'clock in the afternoon\" = 2022-01-21T16:00 (time)",
        ),
        ("The doors close at 11 at night.", "date \"11 at night\" = 2022-01-21T23:00 (time)"),
        ("The doors open at ten in the morning.", "date \"ten in the morning\" = 2022-01-21T10:00 (time)"),
        (
            "The doors open at twenty past four in the afternoon.",
            "date \"twenty past four in the afternoon\" = 2022-01-21T16:20 (time)",
        ),
        ("The doors open at ten to six.", "date \"ten to six\" = 2022-01-21T05:50 (time)"),
        ("07:15Z", "date \"07:15Z\" = 2022-01-21T07:15Z (time)"),
        ("The call starts at 09:00 GMT+0200.", "date \"09:00 GMT+0200\" = 2022-01-21T09:00 (time)"),
        ("at 8", "date \"8\" = 2022-01-21T08:00 (time)"),
        ("8 - 11pm", "date \"8\" = 2022-01-21T20:00 (time)"),
        ("10 - 11 at night", "date \"10\" = 2022-01-21T22:00 (time)"),
    ],
    counter_examples: &[
        "The team won 6-4 on the day.",
        "The team scored ten to six in the end.",
        "Growth ran at one to two percent.",
        "I'm at 101 points!",
        "I'm at 10.1",
        "A quarter of the voters left.",
        "Half of the 12 seats went to the left.",
        "The 16h rally ended.",
        "The score was 2:10 to 3:15 at the end.",
    ],
};

pub(super) const CLOCK_TIME_AND_DAY: Rule = Rule {
    name: "dates/clock-time-and-day",
    description: "A clock time followed by the day it belongs to, as one time: \"12:00 UTC Monday\", \"at 7 tonight\", \"10pm last night\".",
    details:
        "A clock time followed by the day it belongs to: \"12:00 UTC Monday\", \"08:17 PM, 21 January 2022\", \"8 p.m. tonight\", \"at 7 tonight\", \"10pm last night\"; a part of the day after it says am or pm (\"2:30 this afternoon\", \"7:45 last night\").",
    examples: &[
        ("The ceasefire expires at 12:00 UTC Monday.", "date \"12:00 UTC Monday\" = 2022-01-24T12:00Z (time)"),
        ("The minister will speak at 7 tonight.", "date \"7 tonight\" = 2022-01-21T19:00 (time)"),
        ("11 tonight", "date \"11 tonight\" = 2022-01-21T23:00 (time)"),
        ("The vote opens at 9 tomorrow morning.", "date \"9 tomorrow morning\" = 2022-01-22T09:00 (time)"),
        ("The minister spoke at 3 this afternoon.", "date \"3 this afternoon\" = 2022-01-21T15:00 (time)"),
        ("The alarm rang at 10pm last night.", "date \"10pm last night\" = 2022-01-20T22:00 (time)"),
        (
            "The word came up just after 2:30 this afternoon.",
            "date \"2:30 this afternoon\" = 2022-01-21T14:30 (time)",
        ),
    ],
    counter_examples: &[
        "The deadline is Monday.",
        "The team lost 7 tonight games in a row.",
    ],
};

pub(super) const CLOCK_TIME_RESTATED: Rule = Rule {
    name: "dates/clock-time-restated",
    description: "A clock time on the day named where it is restated in parentheses right after it: \"at 4 in the morning (4 a.m. EST Saturday)\".",
    details: "",
    examples: &[
        (
            "The envoy will leave at 4 in the morning (4 a.m. EST Saturday).",
            "date \"4 in the morning\" = 2022-01-22T04:00 (time)",
        ),
    ],
    counter_examples: &[
        "The envoy will leave at 4 in the morning (with his wife).",
    ],
};

pub(super) const CLOCK_TIME_OF_EVENT: Rule = Rule {
    name: "dates/clock-time-of-event",
    description: "A clock time in a past clause without a day in its paragraph, on the day an earlier sentence gives the same event (they share a past verb): \"was shot on Oct. 23\" … \"was shot at 10 p.m.\".",
    details: "",
    examples: &[(
        "The mayor was shot on Oct. 23 at home.\n\nThe police chief spoke later.\n\nThe mayor was shot at 10 p.m. in the kitchen.",
        "date \"10 p.m.\" = 2021-10-23T22:00 (time)",
    )],
    counter_examples: &[
        "The mayor was shot on Oct. 23 at home.\n\nThe police chief spoke later.\n\nThe chief spoke at 10 p.m. on the radio.",
    ],
};

pub(super) const DAY_AT_CLOCK_TIME: Rule = Rule {
    name: "dates/day-at-clock-time",
    description: "A day, then a clock time on it, as one time: \"tomorrow at 6pm\", \"on 3 May at 14:00\", \"Thursday 8:00 GMT\", \"this morning at 9\", \"2019-03-14 14:05\", \"May 20, 8am\", \"tomorrow before 3pm\".",
    details: "",
    examples: &[
        ("The vote is tomorrow at 6pm.", "date \"tomorrow at 6pm\" = 2022-01-22T18:00 (time)"),
        ("The talks resume on 3 May at 14:00.", "date \"3 May at 14:00\" = 2022-05-03T14:00 (time)"),
        ("The polls close Thursday 8:00 GMT.", "date \"Thursday 8:00 GMT\" = 2022-01-20T08:00Z (time)"),
        ("The minister spoke this morning at 9.", "date \"this morning at 9\" = 2022-01-21T09:00 (time)"),
        ("The minister will speak this evening at 7.", "date \"this evening at 7\" = 2022-01-21T19:00 (time)"),
        ("The fair opens Thu 10 Feb, 17:00.", "date \"Thu 10 Feb, 17:00\" = 2022-02-10T17:00 (time)"),
        ("The fair opens on 10 Feb at 17:00.", "date \"10 Feb at 17:00\" = 2022-02-10T17:00 (time)"),
        ("The fair will open Sat at noon.", "date \"Sat at noon\" = 2022-01-22T12:00 (time)"),
        ("The log ends at 2019-03-14 14:05.", "date \"2019-03-14 14:05\" = 2019-03-14T14:05 (time)"),
        ("The vote is tomorrow 14:00.", "date \"tomorrow 14:00\" = 2022-01-22T14:00 (time)"),
        ("The fair opens May 20, 8am.", "date \"May 20, 8am\" = 2022-05-20T08:00 (time)"),
        ("The forms are due tomorrow before 3pm.", "date \"tomorrow before 3pm\" = 2022-01-22T15:00 (time)"),
        ("The desk is open July 12 from 10am to 3pm.", "date \"July 12 from 10am\" = 2022-07-12T10:00 (time)"),
        ("The fair opens on July 12 at 10.", "date \"July 12 at 10\" = 2022-07-12T10:00 (time)"),
        ("Sunday at 9", "date \"Sunday at 9\" = 2022-01-23T09:00 (time)"),
    ],
    counter_examples: &[
        "The vote is tomorrow at the town hall.",
        "The minister spoke on Thursday at 9 venues.",
        "The minister spoke on Thursday at 9 percent.",
        "Thursday 8 people were hurt.",
        "On Thursday, 12:30 was the score to beat.",
        "Lee Sat at the desk.",
    ],
};

pub(super) const DAY_AND_PART_OF_DAY: Rule = Rule {
    name: "dates/day-and-part-of-day",
    description: "A day followed by a part of it: \"Friday morning\", \"yesterday afternoon\".",
    details: "",
    examples: &[(
        "The vote took place yesterday afternoon.",
        "date \"yesterday afternoon\" = 2022-01-20TAF (time)",
    )],
    counter_examples: &["The vote took place yesterday."],
};

pub(super) const PART_OF_DAY: Rule = Rule {
    name: "dates/relative-part-of-day",
    description: "A part of the reference day or one next to it: \"this morning\", \"last night\", \"tonight\", \"mid-afternoon yesterday\".",
    details: "",
    examples: &[
        ("The minister spoke this morning.", "date \"this morning\" = 2022-01-21TMO (time)"),
    ],
    counter_examples: &[
        "The minister spoke in the morning of his election.",
    ],
};

pub(super) const RELATIVE_DAY: Rule = Rule {
    name: "dates/relative-day",
    description: "A day named relative to the reference date: \"today\", \"yesterday\", \"tomorrow\", \"the day before yesterday\".",
    details: "\"Today\" capitalised inside a sentence before \"programme\", \"program\", \"show\" or \"newspaper\" names a programme or a paper, no day (\"BBC Radio 4's Today programme\").",
    examples: &[
        ("The minister resigned yesterday.", "date \"yesterday\" = 2022-01-20 (date)"),
        ("The vote is tomorrow.", "date \"tomorrow\" = 2022-01-22 (date)"),
        (
            "@2022-01-22 MOSCOW, Jan. 21 — The minister resigned today.",
            "date \"today\" = 2022-01-21 (date)",
        ),
    ],
    counter_examples: &[
        "The minister resigned.",
        "She told BBC Radio 4's Today programme that talks would go on.",
    ],
};

pub(super) const DATELINE_DATE: Rule = Rule {
    name: "dates/dateline-date",
    description: "A dateline's date one to seven days before the publication date is the day the story was written, and \"today\", \"yesterday\" or \"on Tuesday\" count from it: \"MOSCOW, July 20 —\" in a paper of July 21.",
    details: "The first date near the start of one of the header's lines (a dateline's \"MOSCOW, July 20 —\", a byline's \"Filed July 20\"), with its year or without one, one to seven days before the publication date given: every date the story counts from its own day is counted from the dateline's day, since the story was written then. The report's publication date stays the one given; a note says which day the story is counted from. A header date on the publication day, after it or more than a week before it anchors nothing.",
    examples: &[
        (
            "@2022-01-22 MOSCOW, Jan. 21 — The minister resigned today.",
            "date \"Jan. 21\" = 2022-01-21 (date)",
        ),
        (
            "@2022-01-03 PARIS, Dec. 31 — The talks ended yesterday.",
            "date \"Dec. 31\" = 2021-12-31 (date)",
        ),
    ],
    counter_examples: &[
        "@2022-01-21 MOSCOW, Jan. 21 — The minister resigned today.",
        "@2022-01-21 MOSCOW, Jan. 2 — The minister resigned today.",
        "@2022-01-21 The minister resigned on Jan. 20.",
    ],
};

pub(super) const TODAY_AS_PRESENT: Rule = Rule {
    name: "dates/today-as-present",
    description: "\"today\" as the present, not the day: \"today's youth\", \"faster than can be done today\", \"Five years ago the town had one clinic. Today it has four.\"",
    details: "\"today\" reads as the present (PRESENT_REF), not the reference day: before a possessive and a noun that is no event (\"today's youth\", not \"today's meeting\"); shortly after \"than\" in its sentence, not a quantity's (\"faster than can be done today\", not \"more than 9,000 patients published today\"); opening a sentence, maybe after \"But\", \"And\" or \"Yet\", right after a sentence of its paragraph that names a past years away (\"years ago\", \"decades ago\", a year three or more before the reference year: \"In 1950, Detroit had 1.85 million residents. Today it has 700,000.\"; not after \"Yesterday the council met.\"). The text still speaks from its own present: it is no narrative of past years.",
    examples: &[
        ("Today's youth read less news.", "date \"Today\" = PRESENT_REF (date)"),
        (
            "Computers solve such problems faster than can be done today.",
            "date \"today\" = PRESENT_REF (date)",
        ),
        (
            "Five years ago the town had one clinic. Today it has four.",
            "date \"Today\" = PRESENT_REF (date)",
        ),
    ],
    counter_examples: &[
        "Today's meeting was cancelled.",
        "Yesterday the council met. Today it voted.",
        "A study of more than 9,000 patients was published today.",
    ],
};

pub(super) const WEEKDAY_WITHOUT_TENSE: Rule = Rule {
    name: "dates/weekday-without-tense",
    description: "A weekday in a clause without tense: \"this Wednesday\" is the day of the reference date's week, a weekday standing alone (\"Thu\", \"on Monday\") the nearest such day.",
    details: "",
    examples: &[
        ("Big sale this Wednesday!", "date \"this Wednesday\" = 2022-01-19 (date)"),
        ("Big sale this Sunday!", "date \"this Sunday\" = 2022-01-23 (date)"),
        ("On Monday.", "date \"Monday\" = 2022-01-24 (date)"),
        ("Thu", "date \"Thu\" = 2022-01-20 (date)"),
        ("at 4pm on Sunday", "date \"Sunday\" = 2022-01-23 (date)"),
    ],
    counter_examples: &[
        "The ministers met on Monday.",
        "The ministers will meet this Wednesday.",
    ],
};

pub(super) const WEEKDAY_OF_WEEK: Rule = Rule {
    name: "dates/weekday-of-week",
    description: "A weekday and the week it falls in, as that day of the reference date's week, the next or the last: \"Thursday next week\", \"Monday, next week\", \"Friday of last week\".",
    details: "",
    examples: &[
        ("The panel meets Thursday next week.", "date \"Thursday next week\" = 2022-01-27 (date)"),
        ("The panel met on Friday of last week.", "date \"Friday of last week\" = 2022-01-14 (date)"),
        ("The panel meets on Monday, next week.", "date \"Monday, next week\" = 2022-01-24 (date)"),
    ],
    counter_examples: &[
        "The panel met on Thursday and will meet again next month.",
    ],
};

pub(super) const WEEKDAY_BY_TENSE: Rule = Rule {
    name: "dates/weekday-by-tense",
    description: "A weekday is the last such day before the reference date in the past tense, the next one after it when the sentence looks ahead: \"met on Thursday\", \"will meet on Thursday\".",
    details:
        "A weekday after \"until\" bounds what lies ahead, unless a past verb of lasting stands before it (\"the debate ran until 4:15 a.m. on Wednesday\", not \"gave them until Friday\"). A weekday, resolved to the one before the reference date in a past clause and the one after in a future clause, a semicolon opening a clause of its own, a deadline after \"by\" in a clause of a mere possibility ahead (\"could approach the Keys by Friday or Saturday\") (\"will\", \"should\", \"let's\", \"must\", \"have to\", \"set a hearing for\", an intention with its object before \"to\": \"expect the winds to ease by Thursday\", a scheduled event: \"the talks open\", \"the Senate votes\", \"the team plays\", \"she leaves for Oslo\", \"the vote is on\"; \"until\", also before a bound or a clock time: \"until at least Thursday\", \"until 6 p.m. on Thursday\"; not a participle between a determiner and its noun: \"the first scheduled train\"): \"on Thursday\"; \"will\" contracted (\"we'll\", \"they’ll\") looks ahead as \"will\" does; a day of this week after \"this\" still to come is the coming one, whatever tense reports it (\"announced a march for this Sunday\").",
    examples: &[
        (
            "Residents were told to leave, with more rain forecast to fall by Tuesday.",
            "date \"Tuesday\" = 2022-01-25 (date)",
        ),
        ("The ministers met on Thursday.", "date \"Thursday\" = 2022-01-20 (date)"),
        ("The ministers will meet on Thursday.", "date \"Thursday\" = 2022-01-27 (date)"),
        (
            "The debate ran until 4:15 a.m. on Thursday.",
            "date \"Thursday\" = 2022-01-20 (date)",
        ),
        (
            "@2010-02-22 \"By Friday, we'll have interviewed twenty of them,\" she said.",
            "date \"Friday\" = 2010-02-26 (date)",
        ),
        (
            "@2011-01-19 Students announced a march for this Sunday.",
            "date \"this Sunday\" = 2011-01-23 (date)",
        ),
        ("@none The ministers met on Thursday.", "date \"Thursday\" = ? (date)"),
        ("The ministers met on thursday.", "date \"thursday\" = 2022-01-20 (date)"),
        ("The ministers met on Thu.", "date \"Thu.\" = 2022-01-20 (date)"),
        ("Let's meet on Thursday.", "date \"Thursday\" = 2022-01-27 (date)"),
        (
            "@2007-10-23 Forecasters expect the Santa Ana winds to ease by Thursday.",
            "date \"Thursday\" = 2007-10-25 (date)",
        ),
        ("She must report on Thursday.", "date \"Thursday\" = 2022-01-27 (date)"),
        ("The talks open on Thursday.", "date \"Thursday\" = 2022-01-27 (date)"),
        ("The prime minister leaves for Oslo on Sunday.", "date \"Sunday\" = 2022-01-23 (date)"),
        ("The vote is on Thursday.", "date \"Thursday\" = 2022-01-27 (date)"),
        ("The Senate votes on the bill on Thursday.", "date \"Thursday\" = 2022-01-27 (date)"),
        ("The team plays Arsenal on Thursday.", "date \"Thursday\" = 2022-01-27 (date)"),
        (
            "Officials said flights would stay grounded until at least Thursday.",
            "date \"Thursday\" = 2022-01-27 (date)",
        ),        (
            "On Sunday, the first scheduled train in years crossed the border.",
            "date \"Sunday\" = 2022-01-16 (date)",
        ),
    ],
    counter_examples: &[
        "Black Monday hit the markets.",
        "Fans watched Monday Night Football.",
        "She read it in the Sun.",
        "He worked on Sun Microsystems servers.",
        "Ada Lenz spoke on “Fox News Sunday.”",
    ],
};

pub(super) const WEEKDAY_INDEFINITE: Rule = Rule {
    name: "dates/weekday-indefinite",
    description:
        "A weekday after \"on a\" is any such day, none in particular: \"he once opened early on a Sunday\".",
    details: "",
    examples: &[(
        "He once opened the garage on a Sunday to fix her tire.",
        "date \"Sunday\" = XXXX-WXX-7 (date)",
    )],
    counter_examples: &[
        "He opened the garage on Sunday to fix her tire.",
        "They held a Sunday service for the victims.",
    ],
};

pub(super) const LAST_NEXT_WEEKDAY: Rule = Rule {
    name: "dates/last-next-weekday",
    description: "A weekday with \"last\", \"next\", \"coming\" or \"past\", the first such day before or after the reference date: \"last Tuesday\", \"next Monday\".",
    details:
        "A weekday with \"last\", \"next\" or \"coming\": \"last Tuesday\", \"next Monday\". \"next Wednesday\" is the first Wednesday after the reference date (said on a Tuesday, the next day; on a Wednesday, a week later); \"last Wednesday\" the last one before it.",
    examples: &[
        ("The talks resume next Monday.", "date \"next Monday\" = 2022-01-24 (date)"),
        ("@2022-01-18 The talks resume next Wednesday.", "date \"next Wednesday\" = 2022-01-19 (date)"),
        ("@2022-01-19 The talks resume next Wednesday.", "date \"next Wednesday\" = 2022-01-26 (date)"),
        ("@2022-01-19 The talks ended last Wednesday.", "date \"last Wednesday\" = 2022-01-12 (date)"),
        ("The talks resume next sunday.", "date \"next sunday\" = 2022-01-23 (date)"),
        ("The talks resume this coming Monday.", "date \"this coming Monday\" = 2022-01-24 (date)"),
        ("The talks ended this past Monday.", "date \"this past Monday\" = 2022-01-17 (date)"),
    ],
    counter_examples: &["The talks resume on Monday."],
};

pub(super) const WEEKDAY_ORDINAL_DAY: Rule = Rule {
    name: "dates/weekday-and-ordinal-day",
    description: "A weekday and a day of the month by its ordinal: \"Monday the 14th\", the nearest such day on that weekday in the direction of the tense.",
    details: "",
    examples: &[
        ("The club will meet on Monday the 14th.", "date \"Monday the 14th\" = 2022-02-14 (date)"),
        ("The club met on Monday the 10th.", "date \"Monday the 10th\" = 2022-01-10 (date)"),
    ],
    counter_examples: &[
        "The club met on Monday the 10th time.",
        "The club will meet on Monday the 14th of March.",
    ],
};

pub(super) const NTH_WEEKDAY_OF_MONTH: Rule = Rule {
    name: "dates/nth-weekday-of-month",
    description: "The n-th or last weekday of a month: \"the second Tuesday of November\", \"the last Friday of the month\", \"the first Monday of next month\".",
    details: "",
    examples: &[
        ("The council meets on the second Tuesday of November.", "date \"the second Tuesday of November\" = 2022-11-08 (date)"),
        ("Rent is due on the last Friday of the month.", "date \"the last Friday of the month\" = 2022-01-28 (date)"),
        ("The fair opens on the first Monday of next month.", "date \"the first Monday of next month\" = 2022-02-07 (date)"),
        ("The fair opened on the 3rd Sunday in May 2021.", "date \"the 3rd Sunday in May 2021\" = 2021-05-16 (date)"),
    ],
    counter_examples: &[
        "The second Tuesday was quieter.",
        "The last Friday of his life was calm.",
    ],
};

pub(super) const WEEKDAY_PLURAL: Rule = Rule {
    name: "dates/plural-weekday-set",
    description: "A weekday or weekend in the plural, every one of them: \"Mondays\", \"Tuesday nights\", \"on weekends\".",
    details: "",
    examples: &[
        ("The market is closed on Sundays.", "date \"Sundays\" = XXXX-WXX-7 (set)"),
    ],
    counter_examples: &[
        "The market was closed on Sunday.",
    ],
};

pub(super) const CONSECUTIVE_UNIT: Rule = Rule {
    name: "dates/consecutive-unit",
    description:
        "The current unit counted as one of a run: \"a second consecutive day\", \"the third straight week\".",
    details: "",
    examples: &[(
        "Shares fell for a second consecutive day.",
        "date \"a second consecutive day\" = 2022-01-21 (date)",
    )],
    counter_examples: &["Shares fell for two days."],
};

pub(super) const EARLY_LATE_RELATIVE: Rule = Rule {
    name: "dates/early-late-relative",
    description: "\"earlier\", \"later\", \"early\" or \"late\" before a relative date or a month: \"earlier today\", \"later this week\", \"early April\"; after \"until\" the month lies ahead (\"has until early December\").",
    details: "",
    examples: &[
        ("The report will be published later this week.", "date \"later this week\" = 2022-W03 (date)"),
        ("The court has until early December to rule.", "date \"early December\" = 2022-12 (date)"),
    ],
    counter_examples: &[
        "The report will be published later.",
    ],
};

pub(super) const REST_OF_UNIT: Rule = Rule {
    name: "dates/rest-of-unit",
    description: "The remainder of a unit, as a duration of that unit: \"for the rest of the week\".",
    details: "",
    examples: &[(
        "Schools stay shut for the rest of the week.",
        "date \"the week\" = P1W (duration)",
    )],
    counter_examples: &["The rest of the team stayed home."],
};

pub(super) const THAT_UNIT: Rule = Rule {
    name: "dates/that-unit",
    description: "\"that\" with a unit or part of the day: the period of the last date named: \"that day\", \"that same year\", \"that afternoon\".",
    details: "",
    examples: &[
        ("The strike began on 3 March 2020. Talks failed that day.", "date \"that day\" = 2020-03-03 (date)"),
    ],
    counter_examples: &[
        "That team won the cup.",
    ],
};

pub(super) const WEEK_OF_DAY: Rule = Rule {
    name: "dates/week-of-day",
    description: "\"the week of\" a day: the week that day falls in: \"the week of June 9th\".",
    details: "",
    examples: &[(
        "The festival runs the week of June 9th.",
        "date \"the week of June 9th\" = 2022-W23 (date)",
    )],
    counter_examples: &["The festival runs in the week of the vote."],
};

pub(super) const THE_WEEKEND: Rule = Rule {
    name: "dates/the-weekend",
    description: "\"the weekend\": the last one in a past clause, the next one in a future clause.",
    details: "",
    examples: &[(
        "Protesters gathered over the weekend.",
        "date \"the weekend\" = 2022-W02-WE (date)",
    )],
    counter_examples: &["Protesters gathered on a weekend in May."],
};

pub(super) const THE_NEXT_UNIT: Rule = Rule {
    name: "dates/the-next-unit",
    description: "A unit or a season after or before the last time named: \"the next day\", \"the following week\", \"the previous year\", \"the following spring\".",
    details: "A year, or a season, counts from the last time named of any grain (\"became sultan in 1451 ... the following year\": 1452), a month from the last month or day named, a day or a week from the last day named; with none, from the reference date. A season after a year alone falls in the next year (\"closed in 2016 ... the following spring\": spring 2017), after a season, a month or a day in the first such season after it (\"last spring ... the following summer\": the same year's summer).",
    examples: &[
        ("The strike began on 3 March 2020. The next day, talks failed.", "date \"The next day\" = 2020-03-04 (date)"),
        ("The plant closed in 2016. It reopened the following year.", "date \"the following year\" = 2017 (date)"),
        ("The plant closed in 2016. It reopened the following spring.", "date \"the following spring\" = 2017-SP (date)"),
        ("The mill closed in March 1998. It reopened the following autumn.", "date \"the following autumn\" = 1998-FA (date)"),
        ("@2020-06-10 The mill closed last spring. It reopened the following summer.", "date \"the following summer\" = 2019-SU (date)"),
    ],
    counter_examples: &[
        "The next speaker was late.",
    ],
};

pub(super) const PAST_UNITS: Rule = Rule {
    name: "dates/the-past-units",
    description: "\"the past\", \"the last\" or \"the next\" with a unit or a quantity of units, as a duration: \"the past three months\", \"the coming weeks\".",
    details: "",
    examples: &[
        ("Prices rose over the past three months.", "date \"the past three months\" = P3M (duration)"),
    ],
    counter_examples: &[
        "Prices rose in the past.",
    ],
};

pub(super) const THIS_NEXT_LAST_UNIT: Rule = Rule {
    name: "dates/this-next-last-unit",
    description: "\"this\", \"next\" or \"last\" with a unit: \"next week\", \"last year\", \"this quarter\", \"next fiscal year\", \"the last week of March\"; not the title of a show in quotation marks (\"This Week\").",
    details: "",
    examples: &[
        ("The ministers will meet again next week.", "date \"next week\" = 2022-W04 (date)"),
        ("Profits fell last year.", "date \"last year\" = 2021 (date)"),
    ],
    counter_examples: &[
        "The ministers will meet again.",
        "She called him a genius on ABC's \"This Week.\"",
    ],
};

pub(super) const THIS_NEXT_LAST_MONTH: Rule = Rule {
    name: "dates/this-next-last-month",
    description: "\"this\", \"next\" or \"last\" with a month: \"last March\".",
    details: "",
    examples: &[
        (
            "The dam burst last March.",
            "date \"last March\" = 2021-03 (date)",
        ),
        (
            "The dam will be finished next april.",
            "date \"next april\" = 2022-04 (date)",
        ),
    ],
    counter_examples: &[
        "The dam burst in March 2019.",
        "It was their last march together.",
    ],
};

pub(super) const THIS_NEXT_LAST_SEASON: Rule = Rule {
    name: "dates/this-next-last-season",
    description: "\"this\", \"next\" or \"last\" with a season: \"last summer\", \"this past spring\".",
    details: "",
    examples: &[(
        "The drought began last summer.",
        "date \"last summer\" = 2021-SU (date)",
    )],
    counter_examples: &["The drought began in summer 2019."],
};

pub(super) const QUARTER_OF_YEAR: Rule = Rule {
    name: "dates/quarter-of-year",
    description: "A quarter of a year by its number or its months, in the year written with it, else the year of its end date or the one the tense points to: \"Q3 2021\", \"the third quarter\", \"the second fiscal quarter\".",
    details:
        "A quarter by its ordinal or its months, of a given year, of the date it ended on (a calendar quarter its end's year: \"the fourth quarter ended Dec. 31\", in February 1990, 1989-Q4; a fiscal quarter the report's: \"the fiscal third quarter ended April 30\", in May 1991, 1991-Q3) or of the year the tense points to: \"the third quarter\", \"Q3 2021\", \"the 2021 third quarter\", \"third-quarter\", \"the July-September quarter\"; \"the last\" or \"the final\" quarter of a year named after \"of\" is its fourth (\"the last quarter of 2008\"; \"the last quarter\" alone is the one before the present). Near words of a game played in quarters a quarter with no year of its own is the game's (\"trailed by 14 early in the third quarter\" near \"three-pointer\"; `data/dates-quarter-game-words.txt`).",
    examples: &[
        ("Sales rose in the third quarter of 2021.", "date \"the third quarter of 2021\" = 2021-Q3 (date)"),
        ("Sales rose in Q3 2021.", "date \"Q3 2021\" = 2021-Q3 (date)"),
        (
            "Sales fell in the last quarter of 2008.",
            "date \"the last quarter of 2008\" = 2008-Q4 (date)",
        ),
        (
            "@1991-05-14 It reported a loss for its fiscal third quarter ended April 30.",
            "date \"fiscal third quarter\" = 1991-Q3 (date)",
        ),
        (
            "@1990-02-09 It reported a loss for the fourth quarter ended Dec. 31.",
            "date \"the fourth quarter\" = 1989-Q4 (date)",
        ),
        ("Sales rose in 3Q17.", "date \"3Q17\" = 2017-Q3 (date)"),
        (
            "Sales fell in the second fiscal quarter of 2018.",
            "date \"the second fiscal quarter of 2018\" = 2018-Q2 (date)",
        ),
        (
            "Net income in the 2020 fourth quarter was flat.",
            "date \"the 2020 fourth quarter\" = 2020-Q4 (date)",
        ),
        ("Profit rose in 2020's third quarter.", "date \"2020's third quarter\" = 2020-Q3 (date)"),
        (
            "Profit for the July-September quarter of 2021 rose.",
            "date \"the July-September quarter of 2021\" = 2021-Q3 (date)",
        ),
    ],
    counter_examples: &[
        "The Celtics trailed by 14 early in the third quarter before a three-pointer tied it.",
        "A quarter of the staff left.",
        "Tickets are sold at booths on the edges of the quarter.",
    ],
};

pub(super) const QUARTERS_SET: Rule = Rule {
    name: "dates/quarters-set",
    description: "Quarters named in the plural without a year, every such quarter: \"in the second and fourth quarters\".",
    details: "",
    examples: &[
        ("Sales usually peak in the second and fourth quarters.", "date \"second\" = XXXX-Q2 (set)"),
        ("Sales usually peak in the second and fourth quarters.", "date \"fourth quarters\" = XXXX-Q4 (set)"),
    ],
    counter_examples: &[
        "Sales rose in the first and second quarters of 2021.",
        "Two quarters passed.",
        "The second quarter was weak.",
    ],
};

pub(super) const HALF_OF_YEAR: Rule = Rule {
    name: "dates/half-of-year",
    description: "A half of the year: \"the first half\", \"second-half\".",
    details: "A half of the year: \"the first half\", \"second-half\". Near a game's words a half with no year of its own is the game's, also as an adjective (\"equalised four minutes into the second half\", \"a first-half penalty\"; `data/dates-game-words.txt`).",
    examples: &[
        (
            "Sales rose in the first half of 2021.",
            "date \"the first half of 2021\" = 2021-H1 (date)",
        ),
        ("Sales rose in H1 2020.", "date \"H1 2020\" = 2020-H1 (date)"),
        (
            "The 2019 first half was weak.",
            "date \"The 2019 first half\" = 2019-H1 (date)",
        ),
        (
            "Last year's second half was weak.",
            "date \"Last year's second half\" = 2021-H2 (date)",
        ),
    ],
    counter_examples: &[
        "Bayern led through a first-half penalty from the striker.",
        "Lewis Hargreaves equalised four minutes into the second half.",
        "Half of the staff left.",
        "The H1 visa holders left in 2020 and 2021.",
    ],
};

pub(super) const THE_QUARTER: Rule = Rule {
    name: "dates/the-quarter",
    description: "\"the quarter\" or \"the latest quarter\" is the last quarter named, else the last one before the reference date: \"sales rose in the latest quarter\".",
    details:
        "\"the quarter\" or \"the latest quarter\": the last quarter named, else the one before the reference date; with no quarter named before, \"the quarter\" needs a preposition of time before it (\"in the quarter\", \"for\", \"during\", \"over\", \"through\"; not \"the edges of the quarter\", a town's).",
    examples: &[
        ("Sales rose 4% in the latest quarter.", "date \"the latest quarter\" = 2021-Q4 (date)"),
    ],
    counter_examples: &[
        "A quarter of the staff left.",
    ],
};

pub(super) const YEAR_END: Rule = Rule {
    name: "dates/year-end",
    description: "\"year-end\": the last day of the reference year.",
    details: "",
    examples: &[(
        "The plant will close by year-end.",
        "date \"year-end\" = 2022-12-31 (date)",
    )],
    counter_examples: &["The year was hard."],
};

pub(super) const YEAR_EARLIER: Rule = Rule {
    name: "dates/year-earlier",
    description: "\"a year earlier\", \"the year-earlier quarter\": the period in view a year before, a fiscal year named after the last quarter included (\"the first nine months of fiscal 1992 ... a year earlier\": 1991).",
    details: "",
    examples: &[
        (
            "@1993-02-09 It lost money in the first nine months of fiscal 1992, and a year earlier too.",
            "date \"a year earlier\" = 1991 (date)",
        ),
        (
            "Sales rose 5% in the third quarter of 2021, up from 3% a year earlier.",
            "date \"a year earlier\" = 2020-Q3 (date)",
        ),
    ],
    counter_examples: &["Sales rose a year after the merger was announced."],
};

pub(super) const DURATION_QUANTITY: Rule = Rule {
    name: "dates/duration-quantity",
    description: "A number of units of time, as a length of time: \"three weeks\", \"18 months\", \"a quarter of a century\".",
    details:
        "A quantity of a unit, as a duration: \"three weeks\", \"18 months\", \"the nine months\", \"a quarter of a century\", with a whole number of a smaller unit joined by \"and\" (\"one hour and 48 minutes\", PT1H48M; \"two years and three months\", P2Y3M; not before \"ago\", \"later\" or \"after\": \"three years and six months later\") (a quarter of no unit of time is a fraction: \"a quarter of its dealers\"; a capitalised unit before a number is a label: \"a Year 9 class\"; after \"the\", in capitals before a capitalised word, the opening of an event's name: \"the Thirty Years' War\", \"the Six-Day War\").",
    examples: &[
        (
            "The trial lasted three weeks.",
            "date \"three weeks\" = P3W (duration)",
        ),
        (
            "He served for twenty-eight years.",
            "date \"twenty-eight years\" = P28Y (duration)",
        ),
        (
            "The flight took one hour and 48 minutes.",
            "date \"one hour and 48 minutes\" = PT1H48M (duration)",
        ),
        (
            "The siege lasted 18 months.",
            "date \"18 months\" = P18M (duration)",
        ),
        (
            "The feud lasted a quarter of a century.",
            "date \"a quarter of a century\" = P25Y (duration)",
        ),
    ],
    counter_examples: &[
        "The third week was hard.",
        "About a quarter of its dealers left.",
        "She teaches a Year 9 class in Perth.",
        "It ended with the Thirty Years' War in 1648.",
    ],
};

pub(super) const DURATION_ADJECTIVE: Rule = Rule {
    name: "dates/duration-adjective",
    description: "A quantity and unit joined into an adjective: \"five-year\", \"12-hour\", \"day-long\".",
    details: "",
    examples: &[(
        "He signed a five-year contract.",
        "date \"five-year\" = P5Y (duration)",
    )],
    counter_examples: &["Her five-year-old son was unhurt."],
};

pub(super) const APPROXIMATE_QUANTITY: Rule = Rule {
    name: "dates/approximate-quantity",
    description: "A quantity of time with a bound before it: \"more than four hours\", \"nearly two years\", \"around 6 p.m.\".",
    details: "",
    examples: &[
        ("The siege lasted more than four hours.", "date \"more than four hours\" = PT4H (duration)"),
    ],
    counter_examples: &[
        "More than four people were hurt.",
    ],
};

pub(super) const QUANTITY_AGO: Rule = Rule {
    name: "dates/quantity-ago",
    description: "An amount of time counted back or forward from the reference date or a named day, as a point in time: \"two years ago\", \"a week from now\", \"two weeks from Monday\".",
    details:
        "A quantity of time counted back or forward from the reference date, as a point at the grain of its unit (TimeML): \"two years ago\", \"a year from now\", \"two months hence\"; or from a named day, at day grain: \"two weeks from Monday\" (the coming Monday), \"two days before yesterday\", \"a week after tomorrow\"; \"3 days later\" standing alone counts from the reference date (in a story it is a duration); a year before the calendar's first is only the past (\"7,000 years ago\").",
    examples: &[
        ("The mine closed two years ago.", "date \"two years ago\" = 2020 (date)"),
        ("The plan will be ready a week from now.", "date \"a week from now\" = 2022-W04 (date)"),
        ("The plan will be ready two months hence.", "date \"two months hence\" = 2022-03 (date)"),
        ("The plan will be ready two weeks from Monday.", "date \"two weeks from Monday\" = 2022-02-07 (date)"),
        ("The plan will be ready three days from tomorrow.", "date \"three days from tomorrow\" = 2022-01-25 (date)"),
        ("The forms were due two days before yesterday.", "date \"two days before yesterday\" = 2022-01-18 (date)"),
        ("The fair opens a week after tomorrow.", "date \"a week after tomorrow\" = 2022-01-29 (date)"),
        ("The plan will be ready two Sundays from now.", "date \"two Sundays from now\" = 2022-01-30 (date)"),
        ("Sales fell a yr ago.", "date \"a yr ago\" = 2021 (date)"),
        ("The mine closed five weeks back.", "date \"five weeks back\" = 2021-W50 (date)"),
        ("3 days later", "date \"3 days later\" = 2022-01-24 (date)"),
        ("Einstein predicted the waves a century ago.", "date \"a century ago\" = 19 (date)"),
        ("The club was founded half a century ago.", "date \"half a century ago\" = 197 (date)"),
        ("The crop was first grown some 7,000 years ago.", "date \"7,000 years ago\" = PAST_REF (date)"),
    ],
    counter_examples: &[
        "The mine closed for two years.",
        "The plan took two weeks from start to finish.",
        "The count went two years back to the start.",
        "The count ended a day after yesterday's vote.",
        "The mine closed. Three days later, it reopened.",
    ],
};

pub(super) const IN_QUANTITY: Rule = Rule {
    name: "dates/in-quantity",
    description: "\"in\" and a counted quantity of days, weeks, months or years in a future clause or standing alone, as the point that far after the reference date, at the grain of its unit (TimeML): \"will reopen in three weeks\".",
    details: "\"in\" and a counted quantity of days, weeks, months or years in a future clause or standing alone, as the point that far after the reference date, at the grain of its unit (TimeML): \"will reopen in three weeks\". A first or a superlative earlier in the phrase, no auxiliary between, makes it a stretch that ends now (\"the first open race in 16 years\", \"the highest level in 20 years\").",
    examples: &[
        ("The plant will reopen in three weeks.", "date \"three weeks\" = 2022-W06 (date)"),
        ("The talks will resume in 10 days.", "date \"10 days\" = 2022-01-31 (date)"),
        ("in two years", "date \"two years\" = 2024 (date)"),
        ("We have to finish the report in 4 days.", "date \"4 days\" = 2022-01-25 (date)"),
        ("The plant will reopen in three months' time.", "date \"three months' time\" = 2022-04 (date)"),
    ],
    counter_examples: &[
        "Voters can cast ballots in the first open mayoral race in 16 years.",
        "The plant was rebuilt in three weeks.",
        "It was the worst flu season in a decade.",
        "The board will decide within a year.",
        "A worker might make 20 pins in a day.",
    ],
};

pub(super) const RATE_PER_UNIT: Rule = Rule {
    name: "dates/rate-per-unit",
    description:
        "\"a\" with a unit after an amount, as a rate: \"$5 million a year\", \"three flights a week\".",
    details: "",
    examples: &[("The mine earns $5 million a year.", "date \"a year\" = P1Y (set)")],
    counter_examples: &["The mine closed a year ago."],
};

pub(super) const SET_ADVERB: Rule = Rule {
    name: "dates/set-adverb",
    description: "An adverb of frequency: \"daily\", \"weekly\", \"annually\", \"quarterly\".",
    details: "",
    examples: &[("The board meets weekly.", "date \"weekly\" = P1W (set)")],
    counter_examples: &["The Weekly Standard printed the letter."],
};

pub(super) const SET_AT_CLOCK_TIME: Rule = Rule {
    name: "dates/set-at-clock-time",
    description: "A set of days and \"at\" a clock time, the time on each of them: \"every Tuesday at 9am\", \"every morning at 7\".",
    details: "",
    examples: &[
        ("The club meets every Tuesday at 9am.", "date \"every Tuesday at 9am\" = XXXX-WXX-2T09:00 (set)"),
        ("The bells ring every morning at 7.", "date \"every morning at 7\" = XXXX-XX-XXT07:00 (set)"),
    ],
    counter_examples: &[
        "The club meets every Tuesday at the school.",
        "The club meets every year at 9 venues.",
    ],
};

pub(super) const SET_EVERY: Rule = Rule {
    name: "dates/set-every",
    description: "\"every\", \"each\" or \"per\" with a unit of time, a weekday, a month or a season, as a time that repeats: \"every Monday\", \"every two weeks\", \"per year\".",
    details:
        "\"every\", \"each\" or \"per\" with a time unit, weekday, month or season: \"every Monday\", \"every two weeks\", \"per year\"; \"other\" or an ordinal between them sets the step (\"every other week\" P2W, \"every third year\" P3Y, \"every second Tuesday\" the Tuesdays), an ordinal only before a weekday or a unit (\"every second\" alone is each second); not the pronoun \"each other\" before a day (\"accused each other Wednesday\").",
    examples: &[
        ("The board meets every two weeks.", "date \"every two weeks\" = P2W (set)"),
        ("The board meets every Monday.", "date \"every Monday\" = XXXX-WXX-1 (set)"),
        ("The committee meets every second Tuesday.", "date \"every second Tuesday\" = XXXX-WXX-2 (set)"),
        ("The census is held every third year.", "date \"every third year\" = P3Y (set)"),
    ],
    counter_examples: &[
        "Every member voted.",
        "Kosovo and Serbia accused each other Wednesday of fuelling violence.",
    ],
};

pub(super) const EACH_OF_UNITS: Rule = Rule {
    name: "dates/each-of-units",
    description: "\"each of\" or \"every one of\" a run of units: every such unit, a set: \"in each of the last three years\".",
    details: "",
    examples: &[(
        "The march was held in each of the last three years.",
        "date \"the last three years\" = P1Y (set)",
    )],
    counter_examples: &["The march was held in the last three years."],
};

pub(super) const UNTIL_THEN: Rule = Rule {
    name: "dates/until-then",
    description: "\"until then\", \"by then\": the last date named.",
    details: "",
    examples: &[(
        "The strike began on 3 March 2020. By then, talks had failed.",
        "date \"then\" = 2020-03-03 (date)",
    )],
    counter_examples: &["Then the talks failed."],
};

pub(super) const VAGUE_DURATION: Rule = Rule {
    name: "dates/vague-duration",
    description: "An unknown number of units as a duration: \"for weeks\", \"in recent years\", \"hours later\", \"a while\".",
    details: "",
    examples: &[
        ("The talks dragged on for weeks.", "date \"weeks\" = PXW (duration)"),
    ],
    counter_examples: &[
        "The talks dragged on.",
    ],
};

pub(super) const VAGUE_REFERENCE: Rule = Rule {
    name: "dates/vague-reference",
    description: "A vague reference to the present, the past or the future: \"now\", \"currently\", \"recently\", \"soon\", \"the future\".",
    details: "",
    examples: &[
        ("The minister recently resigned.", "date \"recently\" = PAST_REF (date)"),
        ("The minister is now in Oslo.", "date \"now\" = PRESENT_REF (date)"),
    ],
    counter_examples: &[
        "The minister resigned as soon as he could.",
    ],
};

pub(super) const HOLIDAY: Rule = Rule {
    name: "dates/holiday",
    description: "A named day by its date rule (fixed day, nth weekday of a month, or days from Easter Sunday): \"Christmas\", \"Thanksgiving\", \"Election Day\", \"Good Friday\", \"Christmas 2021\"; after \"since\" the one before.",
    details: "A capitalised word that is no word of time after the holiday's name, in a sentence with words in lower case, makes the holiday part of another name: \"the Good Friday Agreement\", \"the Easter Rising\", \"Christmas Island\" (but \"Christmas Eve\", \"Easter Sunday\", \"the Christmas Holidays\", and a headline in capitals: \"Shops Brace for Easter Rush\").",
    examples: &[
        ("The shops closed on Christmas Eve.", "date \"Christmas Eve\" = 2021-12-24 (date)"),
        ("The shops will close on Thanksgiving.", "date \"Thanksgiving\" = 2022-11-24 (date)"),
        ("The shops will close on Good Friday.", "date \"Good Friday\" = 2022-04-15 (date)"),
        (
            "The shops will open on Sunday, the first time since Boxing Day.",
            "date \"Boxing Day\" = 2021-12-26 (date)",
        ),
    ],
    counter_examples: &[
        "Turnout was high on election day.",
        "The Good Friday Agreement ended decades of violence.",
        "The ship sailed on to Christmas Island.",
    ],
};

pub(super) const SEASON: Rule = Rule {
    name: "dates/season",
    description: "A season with a year or after a cue, in the year the tense points to: \"summer 2021\", \"the winter of 2009\", \"in spring\"; in a sentence that counts a year (\"last year\", \"next year\"), in that year.",
    details: "In a past clause of a narrative of past years, the year of the last date written with its month and year, as for a bare month (`dates/month-by-tense`; not a present one: \"In summer the ferry runs daily\" in a guide): \"The Bastille fell on 14 July 1789. Over the summer a wave of panic spread\" is 1789's summer. \"fall\" alone, or \"the fall\" after no word of time (\"in\", \"during\", \"by\", \"through\", \"over\", \"before\", \"after\" ...), is the noun of falling: \"All three survived the fall\" (but \"much of the fall\").",
    examples: &[
        ("The dam was built in summer 2019.", "date \"summer 2019\" = 2019-SU (date)"),
        ("Next year the dam will be finished in the spring.", "date \"the spring\" = 2023-SP (date)"),
        ("The dam will be finished in spring.", "date \"spring\" = 2022-SP (date)"),
        (
            "The Bastille fell on 14 July 1789. Over the summer a wave of panic spread.",
            "date \"the summer\" = 1789-SU (date)",
        ),
    ],
    counter_examples: &[
        "The Summer Games opened.",
        "All three survived the fall.",
    ],
};

pub(super) const PART_OF_PERIOD: Rule = Rule {
    name: "dates/part-of-period",
    description: "The beginning, middle or end of a period such as a year or a month: \"the end of this year\", \"the beginning of the year\", \"the end of January\".",
    details:
        "The beginning, middle or end of a period: \"the end of this year\", \"the beginning of the year\", \"the end of 1990\"; \"until\" or \"since\" before it looks ahead or back for the period inside; a past verb of asking or ordering before an infinitive (\"had asked the board to report back by\", \"required banks to reach the ratio by\"; `data/dates-request-verbs.txt`) gives no past: what it asks for comes after the asking; \"has\" or \"have\" before a determiner or a noun of amount is a present of having, no perfect that would make the period past (\"The Fed has room to move, and it moves before the end of September\").",
    examples: &[
        (
            "@1991-08-14 The Fed has room to move, and it moves before the end of September.",
            "date \"the end of September\" = 1991-09 (date)",
        ),
        ("The mine will close by the end of the year.", "date \"the end of the year\" = 2022 (date)"),
        (
            "@1997-09-29 The judge said the trial could last until the end of January.",
            "date \"the end of January\" = 1998-01 (date)",
        ),
        (
            "Analysts said the deal could close by the end of the year.",
            "date \"the end of the year\" = 2022 (date)",
        ),
        (
            "@2018-10-05 He said it had asked the board to report back by the end of the year.",
            "date \"the end of the year\" = 2018 (date)",
        ),
    ],
    counter_examples: &[
        "The end of the story is sad.",
    ],
};

pub(super) const EDGE_DAY_OF_MONTH: Rule = Rule {
    name: "dates/first-last-day-of-month",
    description: "The first or last day of a month named or counted from the reference date, as that day: \"the last day of the month\", \"the first day of next month\", \"the last day of February 2024\".",
    details: "",
    examples: &[
        ("Entries close on the last day of the month.", "date \"the last day of the month\" = 2022-01-31 (date)"),
        ("The fees rise on the first day of next month.", "date \"the first day of next month\" = 2022-02-01 (date)"),
        ("The lease ends on the last day of February 2024.", "date \"the last day of February 2024\" = 2024-02-29 (date)"),
    ],
    counter_examples: &[
        "It was the last day of the trial.",
        "She missed the first day of school.",
    ],
};

pub(super) const EARLY_LATE_IN_UNIT: Rule = Rule {
    name: "dates/early-late-in-unit",
    description: "\"early\", \"late\", \"earlier\" or \"later\" in the current unit: \"late in the day\", \"earlier in the year\"; the day is the one the story is at, as for \"that day\".",
    details: "",
    examples: &[
        ("Shares recovered late in the day.", "date \"late in the day\" = 2022-01-21 (date)"),
        (
            "Ada Lenz spoke on Monday. Tom Berg, later in the day, fired back.",
            "date \"later in the day\" = 2022-01-17 (date)",
        ),
    ],
    counter_examples: &[
        "Shares recovered late.",
        "Reiter headed in early in the second.",
    ],
};

pub(super) const YEAR_ENDED: Rule = Rule {
    name: "dates/year-ended",
    description:
        "\"the year ended\" or \"the fiscal year ending\" before its last day: a period of one year.",
    details: "",
    examples: &[(
        "Profit rose in the year ended March 31.",
        "date \"the year\" = P1Y (duration)",
    )],
    counter_examples: &["The year was hard."],
};

pub(super) const THE_UNIT: Rule = Rule {
    name: "dates/the-unit",
    description: "\"the day\" or \"the full year\": the reference day or year.",
    details: "",
    examples: &[(
        "Shares rose 2% on the day.",
        "date \"the day\" = 2022-01-21 (date)",
    )],
    counter_examples: &["The day of the vote was cold."],
};

/// The rules of this extractor, with their examples (see [`crate::analysis::rules`]).
pub static RULES: &[Rule] = &[
    ISO_DATE,
    ISO_DATE_TIME,
    SLASHED_DATE,
    DAY_RANGE,
    COORDINATED_DAY,
    NUMERIC_MONTH_YEAR,
    MONTH_DAY_YEAR,
    MONTH_DAY,
    DAY_MONTH_YEAR,
    DAY_MONTH,
    ORDINAL_DAY,
    MONTH_YEAR,
    MONTH_YEAR_AFTER,
    MONTH_OF_YEAR_STEP,
    BARE_MONTH,
    YEAR,
    YEAR_RANGE,
    FISCAL_YEAR,
    SPELLED_YEAR,
    DECADE,
    CENTURY,
    EARLY_MID_LATE,
    CLOCK_TIME,
    CLOCK_TIME_AND_DAY,
    CLOCK_TIME_RESTATED,
    CLOCK_TIME_OF_EVENT,
    DAY_AT_CLOCK_TIME,
    DAY_AND_PART_OF_DAY,
    PART_OF_DAY,
    RELATIVE_DAY,
    DATELINE_DATE,
    TODAY_AS_PRESENT,
    WEEKDAY_BY_TENSE,
    WEEKDAY_WITHOUT_TENSE,
    WEEKDAY_INDEFINITE,
    WEEKDAY_OF_WEEK,
    LAST_NEXT_WEEKDAY,
    NTH_WEEKDAY_OF_MONTH,
    WEEKDAY_ORDINAL_DAY,
    WEEKDAY_PLURAL,
    CONSECUTIVE_UNIT,
    EARLY_LATE_RELATIVE,
    REST_OF_UNIT,
    THAT_UNIT,
    WEEK_OF_DAY,
    THE_WEEKEND,
    THE_NEXT_UNIT,
    PAST_UNITS,
    THIS_NEXT_LAST_UNIT,
    THIS_NEXT_LAST_MONTH,
    THIS_NEXT_LAST_SEASON,
    QUARTER_OF_YEAR,
    QUARTERS_SET,
    HALF_OF_YEAR,
    THE_QUARTER,
    YEAR_END,
    YEAR_EARLIER,
    DURATION_QUANTITY,
    DURATION_ADJECTIVE,
    APPROXIMATE_QUANTITY,
    QUANTITY_AGO,
    IN_QUANTITY,
    RATE_PER_UNIT,
    SET_ADVERB,
    SET_AT_CLOCK_TIME,
    SET_EVERY,
    EACH_OF_UNITS,
    UNTIL_THEN,
    VAGUE_DURATION,
    VAGUE_REFERENCE,
    HOLIDAY,
    SEASON,
    PART_OF_PERIOD,
    EDGE_DAY_OF_MONTH,
    MONTH_RANGE,
    EARLY_LATE_IN_UNIT,
    YEAR_ENDED,
    THE_UNIT,
];
