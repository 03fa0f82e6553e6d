//! Company forms after a comma: "Orvana, Inc.", "Belco, Ltd.", "Tarvin, LLC". The legal form belongs
//! to the name before it, which it makes an organisation; alone it names no one. And businesses named
//! by a possessive with no noun after it: "Christie's said", "at Sotheby's in London".

use std::collections::HashSet;

use crate::analysis::actors::model::Candidate;
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::Doc;

/// Legal forms of companies: "Inc", "Ltd", "GmbH".
static FORMS: WordSet = word_set!("../data/actors-company-forms.txt");

/// Whether a word is a company's legal form: "Inc", "Ltd", "GmbH".
pub fn is_form(word: &str) -> bool {
    FORMS.contains(word)
}

/// Whether a word is a legal form written with periods between its capitals ("S.A.", "S.A.A.", "N.V.",
/// "S.p.A."): its letters, the periods left out, are a form.
pub fn is_dotted_form(word: &str) -> bool {
    word.contains('.') && word.len() <= 8 && {
        let letters: String = word.chars().filter(|c| *c != '.').collect();
        !letters.is_empty() && (FORMS.contains(&letters) || FORMS.contains(&letters.to_uppercase()))
    }
}

/// Whether a word is a legal form, plain or with periods between its capitals ("Ltd", "S.A.A.").
pub fn is_any_form(word: &str) -> bool {
    is_form(word) || is_dotted_form(word)
}

/// Whether a word is a legal form written in lower case with periods, as in Central Europe and the
/// Balkans: "d.o.o.", "s.r.o.", "a.s.", "d.d." ([`COMPANY_FORM`]).
pub fn is_dotted_lower_form(word: &str) -> bool {
    word.contains('.')
        && matches!(
            word.trim_end_matches('.'),
            "d.o.o" | "s.r.o" | "a.s" | "d.d" | "k.s" | "v.o.s"
        )
}

/// Whether a lower-case word is a company's legal form or a word for a company as a whole ("inc",
/// "corp", "company", "group", "holdings"), which tells no two of its bodies apart.
pub fn is_form_lower(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    matches!(word, "company" | "corporation" | "group" | "holdings" | "gmbh")
        || FORMS.contains(&crate::analysis::text::capitalise(word))
        || FORMS.contains(&word.to_uppercase())
}

/// Drops each candidate that is only a company form after a comma that follows another candidate, and
/// makes that candidate an organisation ([`COMPANY_FORM`]), keeping the short forms' links
/// (`alias_of`).
pub fn company_forms(doc: &Doc, cands: &mut Vec<Candidate>) {
    let mut dropped = vec![false; cands.len()];
    for k in 0..cands.len() {
        let first = doc.token_at_or_after(cands[k].name_span.start);
        // "Abbotsford-Pacific Pty. Ltd.": legal forms alone, with no noun after them ("Inc.
        // magazine"), name no one; after a comma they are the name's before it, below.
        // "Lanka Meridian Treasuries (Pvt) Ltd": a form after a form in brackets, below.
        let after_form_bracket = first >= 3
            && doc.word(first - 1) == ")"
            && doc.word(first - 3) == "("
            && FORMS.contains(doc.word(first - 2));
        if only_forms(doc, &cands[k]) && !(first > 0 && doc.word(first - 1) == ",") && !after_form_bracket {
            dropped[k] = true;
            continue;
        }
        if k == 0 || cands[k].words.len() != 1 || !is_any_form(doc.word(first)) || first < 2 {
            continue;
        }
        // "Pemberton Papers (Canada) Ltd.": a country or a region in brackets between the name and
        // its form, one to three capitalised words.
        let bracket = (doc.word(first - 1) == ")")
            .then(|| {
                (first.saturating_sub(5)..first - 1)
                    .rev()
                    .find(|&o| doc.word(o) == "(")
            })
            .flatten()
            .filter(|&o| o >= 1 && (o + 1..first - 1).all(|i| doc.word(i).starts_with(char::is_uppercase)));
        let name_end = match bracket {
            Some(open) => open - 1,
            None if doc.word(first - 1) == "," => first - 2,
            None => continue,
        };
        let before = doc.tokens[name_end].span().end;
        let Some(p) = (0..k).rev().find(|&p| !dropped[p] && cands[p].span.end == before) else {
            continue;
        };
        // "Shinwa Securities (Europe) Ltd.": the form after a bracket names no one alone, but says
        // nothing of the name before it, which may be a unit's named after its parent ("Pemberton
        // Papers (Canada) Ltd." beside "Pemberton Paper Co."), whose short form is the parent's;
        // unless the bracket holds a legal form itself ("Lanka Meridian Treasuries (Pvt) Ltd").
        if bracket.is_some() && !after_form_bracket {
            dropped[k] = true;
            continue;
        }
        let c = &mut cands[p];
        if c.person > 0 && !after_form_bracket {
            // "Ada Lenz, Inc. magazine's editor": a person, then another name.
            continue;
        }
        dropped[k] = true;
        if c.org < 3 {
            c.rule = COMPANY_FORM.name;
        }
        if after_form_bracket {
            c.person = 0;
        }
        c.org += 3;
        c.confirm();
    }
    if !dropped.contains(&true) {
        return;
    }
    let mut new_index = Vec::with_capacity(cands.len());
    let mut kept = 0;
    for &d in &dropped {
        new_index.push((!d).then_some(kept));
        kept += usize::from(!d);
    }
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    for c in cands.iter_mut() {
        c.alias_of = c.alias_of.and_then(|a| new_index[a]);
    }
}

/// "Erie Basin" after "Erie Basin Steel Corp.": the opening words (two or more) of a company's name
/// that ends in a legal form, the name without the form among them, are its short form, though a given
/// name opens them, unless a title or a role makes them a person's; their given name is no evidence of a
/// person ([`SHORT_FORM_OF_COMPANY`]).
pub fn short_forms_of_companies(cands: &mut [Candidate]) {
    let mut openings: HashSet<&[String]> = HashSet::new();
    for c in cands.iter() {
        // At most eight words: a name has as many short forms as words, each hashed whole.
        let company = (3..=8).contains(&c.words.len())
            && c.words.last().is_some_and(|w| is_form_lower(w))
            && c.org > c.person;
        if company {
            for len in 2..c.words.len() {
                openings.insert(&c.words[..len]);
            }
        }
    }
    if openings.is_empty() {
        return;
    }
    let found: Vec<usize> = (0..cands.len())
        .filter(|&k| {
            let c = &cands[k];
            c.words.len() >= 2
                && c.roles.is_empty()
                && !c.courtesy
                && c.person > 0
                && openings.contains(c.words.as_slice())
        })
        .collect();
    for k in found {
        let c = &mut cands[k];
        c.person = 0;
        c.given = false;
        c.org = c.org.max(2);
        c.rule = SHORT_FORM_OF_COMPANY.name;
    }
}

/// Whether candidate `c` is legal forms only, with their periods ("Pty. Ltd."), and no word in lower
/// case after it that it would name ("Inc. magazine").
fn only_forms(doc: &Doc, c: &Candidate) -> bool {
    let tokens = doc.token_at_or_after(c.name_span.start)..doc.token_at_or_after(c.name_span.end);
    let next = doc.word(tokens.end);
    !tokens.is_empty()
        && tokens
            .clone()
            .all(|i| FORMS.contains(doc.word(i)) || doc.word(i) == ".")
        && tokens.clone().any(|i| doc.word(i) != ".")
        && !next.starts_with(char::is_lowercase)
}

pub const SHORT_FORM_OF_COMPANY: Rule = Rule {
    name: "actors/short-form-of-company",
    description: "The first two or more words of a company's name that ends in \"Corp.\", \"Ltd\" or the like are a short form of it: \"Erie Basin\" after \"Erie Basin Steel Corp.\".",
    details:
        "The opening words, two or more, of a company's name that ends in a legal form, the whole name without the form among them, are its short form, though a given name opens them (\"Erie Basin\" after \"Erie Basin Steel Corp.\", \"Pearl River Resorts\" after \"Pearl River Resorts Ltd\"), unless a title or a role before them makes them a person's (\"founder Charles Vell\" beside \"Charles Vell Corp.\").",
    examples: &[(
        "Erie Basin Steel Corp. locked out 3,100 workers. Erie Basin said furnaces would stay banked.",
        "actor organization \"Erie Basin Steel Corp.\": \"Erie Basin\"",
    )],
    counter_examples: &["Charles Vell Trading Corp. grew. Its founder, Mr. Charles Vell, said he was glad."],
};

pub const COMPANY_FORM: Rule = Rule {
    name: "actors/company-form",
    description: "A company's legal ending such as \"Inc.\", \"Ltd.\" or \"S.A.\" after a name makes that name an organisation: \"Orvana, Inc.\", \"Adria Yachting d.o.o.\".",
    details:
        "A company's legal form after a comma (\"Orvana, Inc.\", \"Belco, Ltd.\", \"Vellan Energia, Lda.\") belongs to the name before it, which it makes an organisation, and so does one that ends a name, whatever given name opens it and whatever role stands before it (\"Cerámicas Azahar S.L.\", \"Chief Executive Officer, Nordkabel A/S,\"), also spelt with periods or followed by words in lower case (\"Kackar Enerji Uretim A.S.\", \"Warta Development Sp. z o.o.\"; `data/actors-company-forms.txt`), or written in lower case with periods after the name (\"Adria Yachting d.o.o.\", \"Tatra Stroj s.r.o.\"); a form with periods between its capitals closes the name, and \"and\" after it opens another company's (\"Pesquera Santa Rosa S.A.A. and Corporación Pesquera del Pacífico S.A.\", \"Saltmarsh Value Fund, L.P. and Quarry Lane Partners LLC\"); alone it names no one (\"Abbotsford-Pacific Pty. Ltd.\": \"Pty\" and \"Ltd.\" after a name not found), nor after a country's or a region's name in brackets (\"Shinwa Securities (Europe) Ltd.\"), where the name before may be a unit's named after its parent.",
    examples: &[
        (
            "The dam is being built by Kackar Enerji Uretim A.S., a unit of a holding.",
            "actor organization \"Kackar Enerji Uretim A.S.\": \"Kackar Enerji Uretim A.S.\"",
        ),
        (
            "The site will be sold to Warta Development Sp. z o.o., which will build flats.",
            "actor organization \"Warta Development Sp\": \"Warta Development Sp\"",
        ),
        (
            "Ana Berg manages the office of Adria Yachting d.o.o. in Budva.",
            "actor organization \"Adria Yachting\": \"Adria Yachting\"",
        ),
        (
            "Shares of Pesquera Santa Rosa S.A.A. and Corporación Pesquera del Pacífico S.A. fell.",
            "actor organization \"Pesquera Santa Rosa S.A.A.\": \"Pesquera Santa Rosa S.A.A.\"",
        ),
        (
            "Cerámicas Azahar S.L. confirmed the shipment from Valencia.",
            "actor organization \"Cerámicas Azahar S.L.\": \"Cerámicas Azahar S.L.\"",
        ),
        (
            "It has an Australian joint venture, Abbotsford-Pacific Pty. Ltd.",
            "no actor mention \"Pty\"",
        ),
        (
            "The bonds were sold through a group led by Shinwa Securities (Europe) Ltd. on Monday.",
            "no actor mention \"Ltd.\"",
        ),
        (
            "Orvana, Inc. said it would appeal.",
            "actor organization \"Orvana\": \"Orvana\"",
        ),
        (
            "The tanker belongs to Vellan Energia, Lda., a Dili firm.",
            "actor organization \"Vellan Energia\": \"Vellan Energia\"",
        ),
        (
            "Shares of Belco, Ltd. fell on Monday.",
            "no actor mention \"Ltd.\"",
        ),
    ],
    counter_examples: &["Ada Lenz, Inc. magazine's editor, spoke."],
};

/// Words after a possessive that leave it without a noun, so that it names a business by its founder
/// ("Christie's said", "at Sotheby's in London", "Harrods and Macy's."): a mark that ends a phrase, a
/// preposition, a conjunction.
fn ends_possessive(lower: &str) -> bool {
    matches!(
        lower,
        "," | "." | ";" | ":" | ")" | "in" | "at" | "on" | "for" | "from" | "with" | "by" | "and" | "or"
    )
}

/// Makes an organisation of each single capitalised name one of whose possessives stands without a
/// noun after it and that the article never writes without its possessive
/// ([`POSSESSIVE_BUSINESS_NAME`]): at every possessive of that name ("Christie's catalogue" too); the
/// mention is the name without its "'s", as for any possessor.
pub fn possessive_businesses(doc: &Doc, lower: &[&str], cands: &mut [Candidate]) {
    // "at the McDonald's": after an article the possessive names one of its shops, a place.
    let after_article = |c: &Candidate| {
        let first = doc.token_at_or_after(c.name_span.start);
        first > 0 && matches!(lower.get(first - 1).copied(), Some("the" | "a" | "an"))
    };
    let possessive = |c: &Candidate| {
        let after = doc.token_at_or_after(c.name_span.end);
        (c.words.len() == 1
            && c.roles.is_empty()
            && !c.courtesy
            && matches!(lower.get(after).copied(), Some("'s" | "’s"))
            && doc.tokens[after].span().start == c.name_span.end)
            .then_some(after)
    };
    let elliptical = |c: &Candidate| {
        possessive(c).is_some_and(|after| {
            let next = lower.get(after + 1).copied().unwrap_or(".");
            ends_possessive(next) || crate::analysis::quotes::verb_lemma(next).is_some()
        })
    };
    // A name the article also writes without the possessive, or inside a longer name, is a person's
    // or a thing's own ("Trump's." beside "Trump", "Fidel Castro"); so is one whose possessive names
    // a thing ("Lindqvist's disease ... have Lindqvist's") or, after an article, a shop. One pass over
    // the candidates, with sets of the names (the words of the text: the standard hasher).
    let elliptical_names: HashSet<&str> = cands
        .iter()
        .filter(|c| elliptical(c))
        .map(|c| c.words[0].as_str())
        .collect();
    // Most articles have none: then no set of the other names is built.
    if elliptical_names.is_empty() {
        return;
    }
    let mut other_names: HashSet<&str> = HashSet::new();
    for c in cands.iter() {
        if possessive(c).is_none() || c.thing || after_article(c) && elliptical(c) {
            other_names.extend(c.words.iter().map(String::as_str));
        }
    }
    let marked: Vec<usize> = (0..cands.len())
        .filter(|&k| {
            let name = cands[k].words.first().map_or("", String::as_str);
            possessive(&cands[k]).is_some() && elliptical_names.contains(name) && !other_names.contains(name)
        })
        .collect();
    for k in marked {
        let c = &mut cands[k];
        c.org += 3;
        c.person = 0;
        c.given = false;
        c.confirm();
        c.rule = POSSESSIVE_BUSINESS_NAME.name;
    }
}

pub const POSSESSIVE_BUSINESS_NAME: Rule = Rule {
    name: "actors/possessive-business-name",
    description: "A name with \"'s\" and no noun after it, which the article never writes without the \"'s\", names a business after its founder: \"Bailey's said\", \"sold at Bailey's\".",
    details:
        "A single name whose possessive stands without a noun after it (\"Bailey's said\", \"sold at Bailey's in London\"), and that the article never writes without it, names a business after its founder, even when the name is also a given name: an organisation (its mention without the \"'s\") at every possessive of that name (\"Bailey's catalogue\"); a name also written alone or inside a longer name is a person's (\"Tom Vellby ... the decision was Vellby's.\"), and after an article the possessive is one of its shops, a place (\"at the Bailey's\").",
    examples: &[(
        "The ring was sold at Bailey's in London. Bailey's said the price was a record.",
        "actor organization \"Bailey\": \"Bailey\"",
    )],
    counter_examples: &[
        "Tom Vellby's lawyer said the price was a record. Vellby's sister agreed.",
        "Vellby won the vote. In the end the decision was Vellby's.",
        "We met at the Bailey's on Main Street. Later we ate at the Bailey's in town.",
    ],
};
