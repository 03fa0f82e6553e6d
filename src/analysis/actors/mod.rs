//! Named actors: people, organisations and groups, their mentions, roles and pronouns.
//!
//! The extractor is a pipeline of four steps over the token stream, one module each; modules only
//! import the ones before them ([`lexicon`] ← [`model`] ← [`things`] ← [`names`] ← [`cluster`] ← [`coref`]
//! ← this module):
//!
//! 1. [`names`] finds name candidates: runs of capitalised words (with particles, initials and
//!    organisation connectors such as "of"), trimmed of sentence-initial function words, split from the
//!    titles before them ("US Secretary of State" | "Antony Blinken"), with places, months and weekdays
//!    left out. Each candidate carries evidence for its kind (titles, given names, organisation words)
//!    and the rule that found it (`actors/title-before-name`, `actors/organisation-word`, ...).
//!    [`citations`] splits cited author pairs ("(Lund & Okafor, 2019)") into two people; [`bylines`]
//!    adds the writers a byline names ("By Clara Moen"), [`letters`] the name signed under a letter's
//!    closing ("Yours,\nClara"), [`affiliations`] the authors and institutions of a paper's author
//!    lines ("Ada Park ada@uni.example Harbour University"), [`credits`] the makers picture credits
//!    name ("Image: Ada Park."); [`postnominals`] cuts honours and degrees off
//!    the end of names ("Daniel Bernoulli FRS"); [`capitals`] makes a name in capitals in running
//!    text that starts with a given name a person ("MARIA COSTA"); [`transcripts`] drops the stage
//!    directions and the roles in speakers' labels of broadcast transcripts ("(BEGIN VIDEOTAPE)"); [`cases`] makes the parties to a cited
//!    case actors ("Lynch v. Overholser": a single name is a person); [`companies`] gives a company's
//!    legal form after a comma to the name before it ("Orvana, Inc."); [`glosses`] joins a body's name
//!    in another language to its name in brackets ("the Central Bank of Cyprus (Kentrikí Trápeza tis
//!    Kýprou)"); [`parties`] the parties
//!    written with a lower-case "party" ("the Republican party"); [`address`] adds the forms of
//!    address that name a person by an office or an honour ("Madam Speaker", "Your Honor"); [`deities`]
//!    the names of gods used as names ("devote himself to God"); [`inverted`] the names written surname
//!    first at the start of a line ("Austen, Jane."); [`roll_calls`] the names called out in a row
//!    ("Daniels! Peterson! Foster!"); [`line_ups`] the players of a team's line-up ("Sweden: Andersson;
//!    Nyberg, Lindqvist, ..."); [`maiden_names`] the persons before a birth surname ("Katherine
//!    (née Buckley)"), whose surname is no actor of its own; [`vocatives`] the given names addressed at
//!    the start of speech ("“Robert,” my mom says").
//! 2. [`cluster`] groups candidates into actors: names with evidence first, in text order, then single
//!    words without evidence, then unconfirmed sentence-initial words (which only join). A surname or
//!    "Mr" + surname joins the person it names, a short form or an acronym joins the organisation ("GM",
//!    "General Motors"), and two full names that differ stay apart; a mention that joins through such a
//!    link names the linking rule (`actors/surname-of-earlier-person`). A single word that joins nothing
//!    and looks common ("the State") or like a place ("in Herat", "from Tarsby", "the village of Brin")
//!    is dropped, and so are products named after a company ("Ford Taurus"), words that also occur in
//!    the plural ("Polaroids"), and acronyms shown anywhere in the article to be a unit, a currency, an
//!    era ("350 DKK", "3000 BC") or a term ("sea surface salinity (SSS)"), and single words found by their
//!    capitals alone that only ever qualify a common noun ("the Vellmark forces").
//!    [`things`] drops, over the whole document, the names said to be a place or a thing ("Brisk is a
//!    small town", "the Oskan language") or standing where places stand in one mention of three ("hotels
//!    in Brisk"), unless a mention shows an actor (`actors/thing-by-context` and its kin). A single word
//!    with no evidence of its kind is a person when "he", "she" or "his" follows its mentions.
//!    [`states`] adds the countries, capitals and seats of power that speak as states ("Russia denies",
//!    "Moscow warned": `actors/state-as-actor`) as organisation actors with their country code, and,
//!    once a country has spoken so, its other mentions as the subject of a verb ("the US dropped the
//!    rules": `actors/state-acts`), and two countries either side of a verb of a contest as national
//!    teams ("Brazil beat Germany": `actors/national-team`).
//! 3. Roles come from titles before the name and appositions after it ("Emmanuel Macron, the French
//!    president"); the country from a nationality or country word in the role.
//! 4. [`coref`] links he/she/they/it and role descriptions ("the minister") to actors, each with its
//!    rule (`actors/pronoun-nearest-person`, `actors/description-of-role`): they go to the report's
//!    [`Actor::references`] and to [`Actors::mentions`] (for quote attribution), never to the report's
//!    mentions.
//!
//! Every rule is in [`RULES`], with examples and counter-examples. Lines in title case or capitals
//! (headlines, bylines, short headings) only yield names the body has. Word lists live in
//! `data/actors-*.txt` ([`lexicon`], also the one source of pronouns and titles for other extractors);
//! the lower-case form of every token is computed once per text; everything runs in one pass over the
//! tokens plus a clustering pass indexed by name, so the cost grows linearly with the text.
//!
//! ```
//! use lede::analysis::{analyse, Options};
//! let report = analyse("Foreign Minister Anna Berg spoke. Ms Berg said she was ready.", &Options::default());
//! assert_eq!(report.actors[0].name, "Anna Berg");
//! assert_eq!(report.actors[0].roles, ["Foreign Minister"]);
//! assert_eq!(report.actors[0].mentions.len(), 2);
//! ```

pub mod address;
pub mod affiliations;
pub mod bylines;
pub mod capitals;
pub mod cases;
pub mod citations;
pub mod cluster;
pub mod companies;
pub mod coref;
pub mod credits;
pub mod deities;
pub mod glosses;
pub mod inverted;
pub mod letters;
pub mod lexicon;
pub mod line_ups;
pub mod maiden_names;
pub mod model;
pub mod names;
pub mod parties;
pub mod postnominals;
pub mod roll_calls;
pub mod states;
pub mod teams;
pub mod things;
pub mod transcripts;
pub mod vocatives;

use crate::analysis::report::{Actor, ActorKind, Mention};
use crate::analysis::rules::Rule;
use crate::analysis::sort::CompactSort;
use crate::analysis::text::Doc;
use crate::analysis::Diagnostics;

use lexicon::Gender;
pub use model::{ActorMention, Actors, Candidate, Cluster, Context, MentionKind};

/// Finds the actors of `doc`: the named actors (names, clusters, roles), then the pronouns and
/// descriptions that refer to them (coreference), which the quotes pass reads in [`Actors::mentions`].
pub fn extract(doc: &Doc, context: &Context, diagnostics: &mut Diagnostics) -> Actors {
    // Every token in lower case: the doc's forms, built once per text for every extractor.
    let lower: Vec<&str> = doc.lower_forms().collect();
    let (mut actors, mut genders) = named_actors(doc, &lower, context);
    add_states(doc, &lower, context, &mut actors, &mut genders);
    link_references(doc, &lower, &mut actors, &genders);
    // The mentions stay in the report (and the list for the quotes pass): no spare capacity from
    // doubling.
    for a in &mut actors.actors {
        a.mentions.shrink_to_fit();
        a.references.shrink_to_fit();
    }
    actors.mentions.shrink_to_fit();
    if !actors.actors.is_empty() {
        diagnostics.info(format!(
            "{} actors, {} named mentions, {} pronoun and description references",
            actors.actors.len(),
            actors.actors.iter().map(|a| a.mentions.len()).sum::<usize>(),
            actors.actors.iter().map(|a| a.references.len()).sum::<usize>()
        ));
    }
    actors
}

/// Steps 1 to 3: candidates, clusters, the report's actors with their named mentions (each with its
/// rule) and roles; also the gender each actor is known to have.
fn named_actors(doc: &Doc, lower: &[&str], context: &Context) -> (Actors, Vec<Gender>) {
    let headline = names::headline_flags(doc, lower);
    let mut cands = names::candidates(doc, lower, context, &headline);
    citations::split_author_pairs(doc, &mut cands);
    cases::case_parties(doc, lower, &mut cands);
    companies::company_forms(doc, &mut cands);
    companies::short_forms_of_companies(&mut cands);
    companies::possessive_businesses(doc, lower, &mut cands);
    glosses::names_in_other_languages(doc, lower, &mut cands);
    parties::parties_in_lower_case(doc, lower, &mut cands);
    bylines::byline_authors(doc, lower, &mut cands);
    letters::framing_lines(doc, lower, &mut cands);
    letters::postscripts(doc, &mut cands);
    affiliations::authors_by_email(doc, lower, context, &mut cands);
    credits::credits(doc, lower, &mut cands);
    postnominals::trim_post_nominals(doc, &mut cands);
    postnominals::judges(doc, &mut cands);
    capitals::persons_in_capitals(doc, &mut cands);
    transcripts::transcript_lines(doc, &mut cands);
    address::forms_of_address(doc, lower, &mut cands);
    deities::deities(doc, lower, &mut cands);
    inverted::inverted_names(doc, lower, &mut cands);
    roll_calls::roll_calls(doc, lower, &mut cands);
    line_ups::line_ups(doc, lower, &mut cands);
    maiden_names::maiden_names(doc, lower, &mut cands);
    vocatives::vocatives(doc, lower, &mut cands);
    let mut clusters = cluster::cluster(doc, &mut cands);
    cluster::drop_products(&cands, &mut clusters);
    cluster::drop_modifier_acronyms(doc, lower, &cands, &mut clusters);
    cluster::drop_modifier_words(doc, lower, &cands, &mut clusters);
    cluster::named_after_people(doc, &mut cands, &mut clusters);
    let dropped = things::drop_things(doc, &cands, &mut clusters);
    things::drop_list_mates(doc, lower, &cands, &mut clusters, dropped);
    things::drop_languages(doc, lower, &cands, &mut clusters);
    cluster::persons_by_pronoun(doc, lower, &cands, &mut clusters);
    cluster::persons_by_cue(doc, lower, &mut cands, &mut clusters);
    cluster::persons_by_given_name(doc, lower, &mut cands, &mut clusters);
    cluster::persons_by_verb(doc, lower, &mut cands, &mut clusters);
    cluster::bodies_by_plural_verb(doc, lower, &mut cands, &mut clusters);
    cluster::headline_mentions(doc, lower, &headline, &mut cands, &mut clusters);
    cluster::particles_before_surnames(doc, lower, &mut cands, &clusters);
    // Each cluster's first mention, computed once: a key read at every comparison would walk a cluster
    // of a thousand mentions each time it is compared.
    let mut keyed: Vec<(usize, usize)> = (0..clusters.len())
        .filter(|&c| !clusters[c].members.is_empty())
        .map(|c| {
            let first = clusters[c].members.iter().map(|&m| cands[m].span.start).min();
            (first.unwrap_or(usize::MAX), c)
        })
        .collect();
    keyed.compact_sort_by_key(|&(first, _)| first);
    let order: Vec<usize> = keyed.into_iter().map(|(_, c)| c).collect();
    let mut actors = Vec::with_capacity(order.len());
    let mut mentions = Vec::new();
    for (i, &c) in order.iter().enumerate() {
        let cl = &clusters[c];
        let mut members = cl.members.clone();
        members.compact_sort_by_key(|&m| cands[m].span.start);
        members.dedup_by_key(|m| cands[*m].span);
        let mut roles: Vec<String> = Vec::new();
        let mut country = None;
        for &m in &members {
            for (role, code) in &cands[m].roles {
                if !roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
                    roles.push(role.clone());
                }
                if country.is_none() {
                    country.clone_from(code);
                }
            }
        }
        let best = &cands[cl.best];
        actors.push(Actor {
            id: format!("a{}", i + 1),
            name: inverted::spoken_order(doc.slice(best.name_span), best.rule),
            kind: cl.kind(),
            roles,
            country,
            mentions: members
                .iter()
                .map(|&m| Mention::of(doc.text, cands[m].span).by(cands[m].rule))
                .collect(),
            references: Vec::new(),
            source_kind: None,
        });
        for &m in &members {
            mentions.push(ActorMention {
                span: cands[m].span,
                actor: i,
                kind: MentionKind::Name,
            });
        }
    }
    for actor in &mut actors {
        actor.name = names::canonical(&actor.name);
    }
    let genders: Vec<Gender> = order.iter().map(|&c| clusters[c].gender).collect();
    (Actors { actors, mentions }, genders)
}

/// States acting as states ([`states`]): one organisation actor per country (and per national team),
/// merged into the actors in order of first mention (ids renumbered).
fn add_states(doc: &Doc, lower: &[&str], context: &Context, actors: &mut Actors, genders: &mut Vec<Gender>) {
    let taken: Vec<crate::analysis::Span> = actors.mentions.iter().map(|m| m.span).collect();
    let found = states::find(doc, lower, context.countries, &taken);
    if found.is_empty() {
        return;
    }
    let named = actors.actors.len();
    for s in found {
        let code = Some(s.code.clone());
        let at = match actors.actors[named..]
            .iter()
            .position(|a| a.country == code && a.name == s.name)
        {
            Some(k) => named + k,
            None => {
                actors.actors.push(Actor {
                    id: String::new(),
                    name: s.name.clone(),
                    kind: ActorKind::Organization,
                    roles: Vec::new(),
                    country: code,
                    mentions: Vec::new(),
                    references: Vec::new(),
                    source_kind: None,
                });
                genders.push(Gender::Unknown);
                actors.actors.len() - 1
            }
        };
        actors.actors[at]
            .mentions
            .push(Mention::of(doc.text, s.span).by(s.rule));
        actors.mentions.push(ActorMention {
            span: s.span,
            actor: at,
            kind: MentionKind::Name,
        });
    }
    // Order of first mention, as for the named actors.
    let mut order: Vec<usize> = (0..actors.actors.len()).collect();
    order.compact_sort_by_key(|&a| actors.actors[a].mentions.first().map_or(usize::MAX, |m| m.start));
    let mut new_index = vec![0; order.len()];
    for (i, &a) in order.iter().enumerate() {
        new_index[a] = i;
    }
    let mut old: Vec<Option<Actor>> = std::mem::take(&mut actors.actors).into_iter().map(Some).collect();
    let old_genders = std::mem::take(genders);
    for (i, &a) in order.iter().enumerate() {
        if let Some(mut actor) = old[a].take() {
            actor.id = format!("a{}", i + 1);
            actors.actors.push(actor);
            genders.push(old_genders[a]);
        }
    }
    for m in &mut actors.mentions {
        m.actor = new_index[m.actor];
    }
    actors
        .mentions
        .compact_sort_by_key(|m| (m.span.start, m.span.end));
}

/// Step 4, coreference: pronouns and descriptions linked to the actors, each with its rule, into the
/// actors' references and the mentions (in text order).
fn link_references(doc: &Doc, lower: &[&str], actors: &mut Actors, genders: &[Gender]) {
    for (m, rule) in coref::resolve(doc, lower, &actors.actors, genders, &actors.mentions) {
        actors.actors[m.actor]
            .references
            .push(Mention::of(doc.text, m.span).by(rule));
        actors.mentions.push(m);
    }
    actors
        .mentions
        .compact_sort_by_key(|m| (m.span.start, m.span.end));
}

/// The rules of this extractor, with their examples (see [`crate::analysis::rules`]): the rules that
/// find names ([`names`]), those that link a later mention to an actor ([`cluster`]), and those that link
/// pronouns and descriptions ([`coref`]).
pub static RULES: &[Rule] = &[
    names::TITLE_BEFORE_NAME,
    names::ROLE_BEFORE_NAME,
    names::APPOSITION_ROLE,
    names::FULL_PERSONAL_NAME,
    names::KNOWN_ORGANISATION,
    names::PARTY_MEMBERS,
    names::ORGANISATION_WORD,
    names::LEGISLATIVE_CHAMBER,
    names::QUOTED_NICKNAME,
    names::ACRONYM,
    names::EMPLOYER_AFTER_ROLE,
    names::EMPLOYER_BEFORE_ROLE,
    names::LEADER_OF_BODY,
    names::AFFILIATION_AFTER_PERSON,
    names::CAPITALISED_NAME,
    names::IMPERATIVE_BEFORE_NAME,
    names::CAPITALISED_WORD,
    names::ORGANISATION_WHICH_SPEAKS,
    names::ORGANISATION_IN_APPOSITION,
    names::ORGANISATION_IN_LIST,
    names::PUBLICATION_AFTER_THE,
    names::ORGANISATION_NOUN_BEFORE_NAME,
    names::ORGANISATION_NOUN_AFTER_NAME,
    names::ORGANISATION_IN_ROLE,
    names::PERSON_IN_PLACE_NAME,
    names::REGNAL_NUMBER,
    names::CITATION_AUTHOR,
    names::AUTHOR_BEFORE_YEAR,
    states::STATE_AS_ACTOR,
    states::STATE_ACTS,
    states::NATIONAL_TEAM,
    teams::TEAM_ROLE,
    citations::AUTHOR_CITATION,
    citations::CITED_SURNAME,
    cases::CASE_PARTY,
    companies::COMPANY_FORM,
    companies::SHORT_FORM_OF_COMPANY,
    glosses::NAME_IN_ANOTHER_LANGUAGE,
    companies::POSSESSIVE_BUSINESS_NAME,
    parties::PARTY_IN_LOWER_CASE,
    bylines::BYLINE_AUTHOR,
    letters::LETTER_SIGNATURE,
    letters::ADDRESSEE_LINE,
    affiliations::AUTHOR_BY_EMAIL,
    affiliations::AFFILIATION_BY_EMAIL,
    credits::CREDIT_LINE,
    postnominals::POST_NOMINAL_LETTERS,
    postnominals::JUDGE_LETTERS,
    capitals::PERSON_IN_CAPITALS,
    transcripts::LABEL_OR_STAGE_DIRECTION,
    address::FORM_OF_ADDRESS,
    deities::DEITY,
    inverted::INVERTED_NAME,
    roll_calls::ROLL_CALL,
    line_ups::LINE_UP,
    maiden_names::NAME_BEFORE_MAIDEN_NAME,
    vocatives::NAME_ADDRESSED_FIRST,
    cluster::NATIONAL_INSTITUTION,
    cluster::REPEATED_NAME,
    cluster::SURNAME_OF_EARLIER_PERSON,
    cluster::GIVEN_NAME_OF_EARLIER_PERSON,
    cluster::SURNAME_WRITTEN_FIRST,
    cluster::FIRST_OF_TWO_SURNAMES,
    cluster::NICKNAME_ALONE,
    cluster::NAME_WITHOUT_MIDDLE_NAMES,
    cluster::NAME_WITHOUT_LAST_SURNAME,
    cluster::INITIAL_AND_SURNAME,
    cluster::SHORT_GIVEN_NAME,
    cluster::SHORT_FORM_OF_ORGANISATION,
    cluster::PARENTHESISED_SHORT_FORM,
    cluster::HEAD_NOUN_OF_ORGANISATION,
    cluster::SURNAME_IN_NAME_OF_THING,
    cluster::NAME_IN_HEADLINE,
    cluster::GIVEN_NAME_ALONE,
    cluster::SUBJECT_OF_PERSON_VERB,
    cluster::RELATIVE_BEFORE_NAME,
    cluster::PUBLIC_FIGURE,
    cluster::BODY_BY_PLURAL_VERB,
    cluster::VOCATIVE_NAME,
    cluster::NAME_GIVEN_AS,
    cluster::ACRONYM_AS_MODIFIER,
    cluster::NAME_AS_MODIFIER,
    things::THING_BY_CONTEXT,
    things::THING_BY_CUE_NOUN,
    things::ILLNESS_NAME,
    things::IMPERATIVE_AT_START,
    things::PLACE_BY_PREDICATE,
    things::THING_BY_PREDICATE,
    things::TERM_BY_EXPANSION,
    things::HEAD_BEFORE_NUMERAL,
    things::RELATIVE_OF_NAME,
    things::PERSONAL_NOUN_OF_NAME,
    things::OTHER_NAME_OF_PLACE,
    things::THING_BY_VERB,
    things::LANGUAGE_NAME,
    things::HALF_OF_PHRASE,
    things::PLACE_IN_LIST,
    things::RANGE_OF_PLACES,
    things::COORDINATED_ADJECTIVE,
    names::QUALIFIED_PLACE,
    names::TEAM_OF_PLACE,
    names::NOT_A_PERSON_BY_NOUN,
    names::WORK_BY_AUTHORSHIP,
    names::SHIP_PREFIX,
    names::NAMED_STORM,
    names::COMPANY_PRODUCT,
    names::PARTNERS_FIRM,
    names::PEOPLE_IN_PLURAL,
    names::HANDLE_OR_HASHTAG,
    names::PLACE_NAME_START,
    names::DOCUMENT_NAME,
    names::ARTICLE_OPENS_NAME,
    names::THING_NAMED_BY_PREDICATE,
    names::WORKS_IN_LIST,
    names::ORGANISATION_CALLED,
    names::THING_CALLED,
    names::SURNAME_AS_PLACE_HEAD,
    names::ROYAL_TITLE_IN_PLACE,
    names::TITLED_PERSON_IN_PLACE,
    things::PLACE_OVER_GIVEN_NAME,
    things::THING_AFTER_POSSESSIVE,
    things::WORK_BY_YEAR,
    things::LETTERED_LABEL,
    things::WORK_AFTER_CAPITAL_ARTICLE,
    things::WORK_OF_AUTHOR,
    things::LABEL_OF_ENTRY,
    things::PLACE_BY_PREPOSITION,
    things::TITLE_IN_PLURAL,
    things::NOT_A_GIVEN_NAME,
    things::INITIALS_ALONE,
    things::SHOUTED_CLAUSE,
    things::SHOUTED_SENTENCE,
    things::ABSTRACT_NOUN,
    things::COMMON_NOUN,
    things::ADVERB_OF_ADJECTIVE,
    things::CODE_IN_BRACKETS,
    things::ANIMAL_NAME,
    things::THING_BY_MENU_PATH,
    things::PLACE_BY_NOUN,
    things::PLACE_OF_RESIDENTS,
    things::PRODUCT_BY_NOUN,
    things::PLACE_BY_ROUTE,
    things::PLACE_BY_LOCATION_VERB,
    things::CONSTITUENCY_OF_MEMBER,
    things::HOME_TOWN_AFTER_AGE,
    things::PLACE_OF_ORIGIN,
    things::PLACE_BESIDE_PLACE,
    things::MEETING_HELD,
    things::PLACE_BY_DIRECTION,
    things::UNIT_AFTER_NUMBER,
    things::LETTER_TERM,
    things::ACRONYM_IN_PLURAL,
    things::WORK_IN_QUOTES,
    coref::PRONOUN_NEAREST_PERSON,
    coref::PRONOUN_OF_ORGANISATION,
    coref::DESCRIPTION_OF_ROLE,
    coref::QUALIFIED_ROLE_DESCRIPTION,
    coref::DESCRIPTION_BY_NATIONALITY,
    coref::DESCRIPTION_OF_ORGANISATION,
];

#[cfg(test)]
mod tests;
