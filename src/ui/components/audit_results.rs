//! The voices audit's results: the set's figures, share of voice by kind of source and by speaker
//! (SVG bar charts and tables), every speaker with the suggested kind of source (its rule and the
//! words it read), the user's kind and tags, and the merges of names with an undo button each.
//!
//! Every count of quotes is a button that lists the quotes behind it ([`Shown`]). The numbers come
//! from [`crate::audit`]; this component only draws them and turns the user's changes into new
//! [`Edits`]. The figures and charts render first, the tables in a task of their own right after.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::analysis::report::VoiceKind;
use crate::audit::export::{self, CsvTable};
use crate::audit::views::{self, kind_label};
use crate::audit::{Audit, Edits, QuoteRef, Speaker};
use crate::ui::audit::{title_of, AuditedArticle};
use crate::ui::components::audit_articles::{show_all, use_growing, FIRST_ROWS};
use crate::ui::components::audit_chart::{AuditChart, Bar};
use crate::workbench::voice::percent;

/// Quotes to list: what they are ("Quotes of Ana Ruiz") and where they are.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub title: String,
    pub quotes: Vec<QuoteRef>,
}

#[derive(Properties, PartialEq)]
pub struct AuditResultsProps {
    pub articles: Rc<Vec<AuditedArticle>>,
    pub result: Rc<Audit>,
    pub edits: Rc<Edits>,
    pub on_edit: Callback<Edits>,
    pub on_show: Callback<Shown>,
}

/// Every quote of the articles at `list`.
pub fn quotes_of_articles(articles: &[AuditedArticle], list: &[usize]) -> Vec<QuoteRef> {
    list.iter()
        .flat_map(|&a| {
            let n = articles.get(a).map_or(0, |x| x.kept.quotes);
            (0..n).map(move |quote| QuoteRef { article: a, quote })
        })
        .collect()
}

/// A number that lists its quotes when clicked.
pub fn quotes_button(n: usize, title: String, quotes: Vec<QuoteRef>, on_show: &Callback<Shown>) -> Html {
    let label = format!("{title}: show the {n} quote{}", if n == 1 { "" } else { "s" });
    let shown = Shown { title, quotes };
    html! {
        <button type="button" class="audit-number" aria-label={label}
            onclick={on_show.reform(move |_| shown.clone())}>{ n }</button>
    }
}

fn quotes_word(n: usize) -> &'static str {
    if n == 1 {
        "quote"
    } else {
        "quotes"
    }
}

fn stats(p: &AuditResultsProps) -> Html {
    let (articles, result) = (&p.articles, &p.result);
    let anonymous: usize = result.articles.iter().map(|r| r.anonymous).sum();
    let all: Vec<usize> = (0..articles.len()).collect();
    let figure = |id: &str, label: &str, value: Html| {
        html! { <div id={id.to_string()}><dt>{ label.to_string() }</dt><dd>{ value }</dd></div> }
    };
    let of = |title: &str, list: &[usize]| {
        let quotes = quotes_of_articles(articles, list);
        html! {
            <>
                { format!("{} of {}", list.len(), articles.len()) }
                <span class="audit-quote-source">{ " · " }{ quotes_button(quotes.len(), title.to_string(), quotes, &p.on_show) }{ " quotes" }</span>
            </>
        }
    };
    html! {
        <dl class="audit-stats" id="audit-stats">
            { figure("audit-stat-articles", "Articles", html! { articles.len() }) }
            { figure("audit-stat-speakers", "Speakers", html! { result.speakers.len() }) }
            { figure("audit-stat-quotes", "Quotes", quotes_button(result.total.quotes + result.articles.iter().map(|r| r.unattributed).sum::<usize>(),
                "Every quote of the set".into(), quotes_of_articles(articles, &all), &p.on_show)) }
            { figure("audit-stat-anonymous", "Anonymous sources", html! { anonymous }) }
            { figure("audit-stat-no-ordinary", "Articles quoting no ordinary person",
                of("Quotes of the articles quoting no ordinary person", &result.no_ordinary)) }
            { figure("audit-stat-only-officials", "Articles quoting only officials",
                of("Quotes of the articles quoting only officials", &result.only_officials)) }
        </dl>
    }
}

fn kinds(p: &AuditResultsProps) -> Html {
    let result = &p.result;
    let total = result.total.words;
    let shares: Vec<_> = result.kinds.iter().filter(|k| k.speakers > 0).cloned().collect();
    let bars: Vec<Bar> = shares
        .iter()
        .map(|k| Bar {
            label: kind_label(k.kind).to_string(),
            value: k.total.words,
            text: format!(
                "{} {}, {} words ({})",
                k.total.quotes,
                quotes_word(k.total.quotes),
                k.total.words,
                percent(k.total.words, total)
            ),
        })
        .collect();
    let summary = format!(
        "Bar chart of quoted words by kind of source: {}.",
        bars.iter()
            .map(|b| format!("{} {}", b.label, percent(b.value, total)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let on_click = {
        let (shares, on_show) = (shares.clone(), p.on_show.clone());
        Callback::from(move |i: usize| {
            if let Some(k) = shares.get(i) {
                on_show.emit(Shown {
                    title: format!("Quotes of kind {}", kind_label(k.kind)),
                    quotes: k.quotes.clone(),
                });
            }
        })
    };
    let rows = result.kinds.iter().map(|k| {
        let label = kind_label(k.kind);
        html! {
            <tr data-kind={k.kind.map_or("none", VoiceKind::as_str)}>
                <th scope="row">{ label }</th>
                <td class="num">{ k.speakers }</td>
                <td class="num">{ quotes_button(k.total.quotes, format!("Quotes of kind {label}"), k.quotes.clone(), &p.on_show) }</td>
                <td class="num">{ k.total.words }</td>
                <td class="num">{ percent(k.total.words, total) }</td>
                { for k.by_kind.iter().map(|c| html! { <td class="num">{ c.quotes }</td> }) }
            </tr>
        }
    });
    html! {
        <section class="audit-section" aria-labelledby="audit-kinds-heading">
            <h3 id="audit-kinds-heading" class="audit-heading">{ "Share of voice by kind of source" }</h3>
            <AuditChart id="audit-kinds-chart" summary={summary} {bars} {on_click} />
            <div class="data-table-wrap">
                <table class="data-table" id="audit-kinds">
                    <caption class="data-table-caption">{ "Share of voice by kind of source" }</caption>
                    <thead><tr>
                        { for ["Kind of source", "Speakers", "Quotes", "Quoted words", "Share of words", "Direct", "Partial", "Reported"]
                            .iter().enumerate().map(|(i, c)| html! { <th scope="col" class={classes!((i > 0).then_some("num"))}>{ *c }</th> }) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

fn top(p: &AuditResultsProps) -> Html {
    let result = &p.result;
    let total = result.total.words;
    let speakers: Vec<Speaker> = result.speakers.iter().take(views::TOP).cloned().collect();
    let bars: Vec<Bar> = speakers
        .iter()
        .map(|s| Bar {
            label: format!("{} ({})", s.name, kind_label(s.kind())),
            value: s.total.words,
            text: format!(
                "{} {} in {} article{}, {} words ({})",
                s.total.quotes,
                quotes_word(s.total.quotes),
                s.articles.len(),
                if s.articles.len() == 1 { "" } else { "s" },
                s.total.words,
                percent(s.total.words, total)
            ),
        })
        .collect();
    let summary = format!(
        "Bar chart of the {} most quoted sources by quoted words: {}.",
        bars.len(),
        speakers
            .iter()
            .map(|s| format!("{} {}", s.name, percent(s.total.words, total)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let on_click = {
        let on_show = p.on_show.clone();
        Callback::from(move |i: usize| {
            if let Some(s) = speakers.get(i) {
                on_show.emit(Shown {
                    title: format!("Quotes of {}", s.name),
                    quotes: s.quotes.clone(),
                });
            }
        })
    };
    html! {
        <section class="audit-section" aria-labelledby="audit-top-heading">
            <h3 id="audit-top-heading" class="audit-heading">{ "Top sources" }</h3>
            <AuditChart id="audit-top-chart" summary={summary} {bars} {on_click} />
        </section>
    }
}

/// The value of the `<select>` an event came from.
fn select_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The kind cell: the kind (a select), then where it comes from.
fn kind_cell(s: &Speaker, edits: &Rc<Edits>, on_edit: &Callback<Edits>) -> Html {
    let suggested = s.suggested.as_ref().map(|g| g.kind);
    let onchange = {
        let (key, edits, on_edit) = (s.key.clone(), edits.clone(), on_edit.clone());
        Callback::from(move |e: Event| {
            let mut next = (*edits).clone();
            match VoiceKind::parse(&select_value(&e)) {
                Some(kind) if Some(kind) != suggested => {
                    next.kinds.insert(key.clone(), kind);
                }
                _ => {
                    next.kinds.remove(&key);
                }
            }
            on_edit.emit(next);
        })
    };
    let current = s.kind();
    let why = match (&s.suggested, s.user_kind) {
        (Some(g), None) => format!("suggested by {}, from “{}”", g.rule, g.evidence.text),
        (Some(g), Some(_)) => format!(
            "set by you; suggested: {} ({}, from “{}”)",
            g.kind.label(),
            g.rule,
            g.evidence.text
        ),
        (None, Some(_)) => "set by you; nothing suggested".to_string(),
        (None, None) => "the text does not say".to_string(),
    };
    html! {
        <td class="audit-kind">
            <select class="audit-kind-select" aria-label={format!("Kind of source of {}", s.name)} {onchange}>
                if current.is_none() {
                    <option value="" selected=true>{ "Not known" }</option>
                }
                { for VoiceKind::ALL.iter().map(|&k| html! {
                    <option value={k.as_str()} selected={current == Some(k)}>{ k.label() }</option>
                }) }
            </select>
            <span class="hint audit-kind-why">{ why }</span>
        </td>
    }
}

/// The tags cell: each tag with a button that takes it off, and a select that adds one.
fn tags_cell(s: &Speaker, edits: &Rc<Edits>, on_edit: &Callback<Edits>) -> Html {
    let chips = s.tags.iter().map(|t| {
        let onclick = {
            let (key, tag, edits, on_edit) = (s.key.clone(), t.clone(), edits.clone(), on_edit.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*edits).clone();
                if let Some(list) = next.tagged.get_mut(&key) {
                    list.retain(|x| x != &tag);
                    if list.is_empty() {
                        next.tagged.remove(&key);
                    }
                }
                on_edit.emit(next);
            })
        };
        html! {
            <span class="audit-tag">{ t }
                <button type="button" class="button button--small" aria-label={format!("Remove the tag {t} from {}", s.name)}
                    {onclick}>{ "×" }</button>
            </span>
        }
    });
    let free: Vec<&String> = edits.tags.iter().filter(|t| !s.tags.contains(t)).collect();
    let onchange = {
        let (key, edits, on_edit) = (s.key.clone(), edits.clone(), on_edit.clone());
        Callback::from(move |e: Event| {
            let tag = select_value(&e);
            if tag.is_empty() {
                return;
            }
            let mut next = (*edits).clone();
            next.tagged.entry(key.clone()).or_default().push(tag);
            on_edit.emit(next);
        })
    };
    html! {
        <td class="audit-tags">
            { for chips }
            if !free.is_empty() {
                <select class="audit-tag-select" aria-label={format!("Add a tag to {}", s.name)} {onchange}>
                    <option value="" selected=true>{ "Add a tag…" }</option>
                    { for free.iter().map(|t| html! { <option value={t.to_string()}>{ t.to_string() }</option> }) }
                </select>
            }
        </td>
    }
}

/// The speakers' table: its first `shown` rows.
fn speakers(p: &AuditResultsProps, all: &UseStateHandle<bool>, shown: usize) -> Html {
    let (articles, result) = (&p.articles, &p.result);
    let title = |i: usize| title_of(articles, i);
    let rows = result.speakers.iter().take(shown).map(|s| {
        let others: Vec<&String> = s.names.iter().filter(|n| **n != s.name).collect();
        let article_quotes = quotes_of_articles(articles, &s.articles);
        html! {
            <tr data-key={s.key.clone()}>
                <th scope="row">
                    <span class="audit-speaker-name">{ &s.name }</span>
                    if !others.is_empty() {
                        <span class="hint audit-speaker-names">{ format!(" also “{}”", others.iter().map(|n| n.as_str()).collect::<Vec<_>>().join("”, “")) }</span>
                    }
                </th>
                { kind_cell(s, &p.edits, &p.on_edit) }
                { tags_cell(s, &p.edits, &p.on_edit) }
                <td class="num">{ quotes_button(s.articles.len(), format!("Every quote of the articles quoting {}", s.name), article_quotes, &p.on_show) }</td>
                <td class="num">{ quotes_button(s.total.quotes, format!("Quotes of {}", s.name), s.quotes.clone(), &p.on_show) }</td>
                <td class="num">{ s.total.words }</td>
                { for s.by_kind.iter().map(|c| html! { <td class="num">{ c.quotes }</td> }) }
                <td>{ title(s.first_article) }</td>
                <td>{ title(s.last_article) }</td>
            </tr>
        }
    });
    let columns = [
        "Speaker",
        "Kind of source",
        "Tags",
        "Articles",
        "Quotes",
        "Words",
        "Direct",
        "Partial",
        "Reported",
        "First article",
        "Last article",
    ];
    html! {
        <section class="audit-section" aria-labelledby="audit-speakers-heading">
            <h3 id="audit-speakers-heading" class="audit-heading">{ "Speakers across the set" }</h3>
            <p class="hint">{ "The kind of source is suggested from the roles the texts give; change it where it is wrong. \
                Tags are yours: Lede never guesses gender, ethnicity or any other personal attribute." }</p>
            { tag_form(p) }
            <div class="data-table-wrap">
                <table class="data-table" id="audit-speakers">
                    <caption class="data-table-caption">{ "Speakers across the set" }</caption>
                    <thead><tr>
                        { for columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            { show_all("audit-speakers-all", result.speakers.len(), all) }
        </section>
    }
}

/// "Create a tag": a field and a button.
fn tag_form(p: &AuditResultsProps) -> Html {
    let onsubmit = {
        let (edits, on_edit) = (p.edits.clone(), p.on_edit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("audit-new-tag"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(input) = input else { return };
            let tag = input.value().trim().to_string();
            if tag.is_empty() || edits.tags.contains(&tag) {
                return;
            }
            let mut next = (*edits).clone();
            next.tags.push(tag);
            input.set_value("");
            on_edit.emit(next);
        })
    };
    html! {
        <form class="audit-tag-form" {onsubmit}>
            <label for="audit-new-tag" class="field-label">{ "A tag of your own" }</label>
            <input id="audit-new-tag" type="text" class="date-input" maxlength="40" />
            <button id="audit-create-tag" type="submit" class="button">{ "Create tag" }</button>
            if !p.edits.tags.is_empty() {
                <span class="hint">{ format!("Your tags: {}", p.edits.tags.join(", ")) }</span>
            }
        </form>
    }
}

/// The names joined: the first `shown` merges, then the merges the user undid.
fn merges(p: &AuditResultsProps, all: &UseStateHandle<bool>, shown: usize) -> Html {
    let (articles, result, edits) = (&p.articles, &p.result, &p.edits);
    if result.merges.is_empty() && edits.unmerged.is_empty() {
        return html! {
            <section class="audit-section" aria-labelledby="audit-merges-heading">
                <h3 id="audit-merges-heading" class="audit-heading">{ "Names joined" }</h3>
                <p class="panel-empty">{ "No speaker is named differently across the set." }</p>
            </section>
        };
    }
    let set = |name: String, undo: bool| {
        let (edits, on_edit) = (edits.clone(), p.on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*edits).clone();
            next.unmerged.retain(|n| n != &name);
            if undo {
                next.unmerged.push(name.clone());
            }
            on_edit.emit(next);
        })
    };
    let joined = result.merges.iter().take(shown).map(|m| {
        let titles: Vec<String> = m.articles.iter().map(|&a| title_of(articles, a)).collect();
        html! {
            <li class="audit-merge" data-name={m.name.clone()}>
                <span>{ format!("“{}” is counted as {} ({}; in {})", m.name, m.into, m.reason.describe(), titles.join("; ")) }</span>
                <button type="button" class="button button--small" aria-label={format!("Undo: count “{}” apart from {}", m.name, m.into)}
                    onclick={set(m.name.clone(), true)}>{ "Undo" }</button>
            </li>
        }
    });
    let undone = edits.unmerged.iter().map(|name| {
        html! {
            <li class="audit-merge audit-merge--undone" data-name={name.clone()}>
                <span>{ format!("“{name}” is counted apart (you undid its merge)") }</span>
                <button type="button" class="button button--small" aria-label={format!("Join “{name}” again")}
                    onclick={set(name.clone(), false)}>{ "Join again" }</button>
            </li>
        }
    });
    html! {
        <section class="audit-section" aria-labelledby="audit-merges-heading">
            <h3 id="audit-merges-heading" class="audit-heading">{ "Names joined" }</h3>
            <ul class="audit-merges" id="audit-merges">{ for joined }{ for undone }</ul>
            { show_all("audit-merges-all", result.merges.len(), all) }
        </section>
    }
}

/// One of the audit's downloads.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Download {
    Csv(CsvTable),
    Markdown,
    Json,
}

impl Download {
    const ALL: [Download; 5] = [
        Download::Csv(CsvTable::Speakers),
        Download::Csv(CsvTable::Quotes),
        Download::Csv(CsvTable::Articles),
        Download::Markdown,
        Download::Json,
    ];

    fn label(self) -> String {
        match self {
            Download::Csv(t) => format!("CSV: {}", t.as_str()),
            Download::Markdown => "Markdown summary".into(),
            Download::Json => "JSON".into(),
        }
    }

    fn file_name(self) -> String {
        match self {
            Download::Csv(t) => format!("lede-audit-{}.csv", t.as_str()),
            Download::Markdown => "lede-audit.md".into(),
            Download::Json => "lede-audit.json".into(),
        }
    }

    fn id(self) -> String {
        match self {
            Download::Csv(t) => format!("audit-export-{}", t.as_str()),
            Download::Markdown => "audit-export-md".into(),
            Download::Json => "audit-export-json".into(),
        }
    }
}

/// Writes the download and offers it as a file.
fn download(
    what: Download,
    articles: &[AuditedArticle],
    result: &Audit,
    edits: &Edits,
) -> Result<(), wasm_bindgen::JsValue> {
    use serde::Serialize;
    // The reports are read now (each once: they stay read).
    let articles: Vec<crate::audit::Article> = articles.iter().map(AuditedArticle::article).collect();
    let articles = articles.as_slice();
    let (content, mime) = match what {
        Download::Csv(t) => (
            // The byte-order mark makes spreadsheets read the file as UTF-8.
            format!("\u{feff}{}", export::csv_one(articles, result, t)).into(),
            "text/csv;charset=utf-8",
        ),
        Download::Markdown => (
            export::markdown(articles, result).into(),
            "text/markdown;charset=utf-8",
        ),
        Download::Json => {
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            let value = export::document(articles, edits).serialize(&serializer)?;
            let json = js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &wasm_bindgen::JsValue::NULL,
                &2.into(),
            )?;
            (json.into(), "application/json")
        }
    };
    crate::ui::keep::download(&what.file_name(), mime, &content)
}

fn downloads(p: &AuditResultsProps) -> Html {
    let buttons = Download::ALL.iter().map(|&what| {
        let (articles, result, edits) = (p.articles.clone(), p.result.clone(), p.edits.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Err(e) = download(what, &articles, &result, &edits) {
                web_sys::console::error_1(&e);
            }
        });
        html! { <button type="button" class="button" id={what.id()} {onclick}>{ what.label() }</button> }
    });
    html! {
        <section class="audit-section" aria-labelledby="audit-export-heading">
            <h3 id="audit-export-heading" class="audit-heading">{ "Export the audit" }</h3>
            <div class="toolbar" role="group" aria-labelledby="audit-export-heading">{ for buttons }</div>
            <p class="hint">{ "CSV for a spreadsheet; a Markdown summary to hand out; JSON with every report and your edits." }</p>
        </section>
    }
}

#[function_component(AuditResults)]
pub fn audit_results(props: &AuditResultsProps) -> Html {
    let all = use_state(|| false);
    let all_merges = use_state(|| false);
    // The figures and charts come at once, the long tables in a task of their own right after, so
    // that no single task holds up the page when a large set's audit arrives.
    let tables = use_state(|| false);
    let limit = |all: bool, total: usize| total.min(if all { usize::MAX } else { FIRST_ROWS });
    let speaker_rows = use_growing(if *tables {
        limit(*all, props.result.speakers.len())
    } else {
        0
    });
    let merge_rows = use_growing(if *tables {
        limit(*all_merges, props.result.merges.len())
    } else {
        0
    });
    {
        let tables = tables.clone();
        use_effect_with((), move |_| {
            let timer = gloo::timers::callback::Timeout::new(0, move || tables.set(true));
            move || drop(timer)
        });
    }
    if props.result.speakers.is_empty() {
        return html! {
            <section class="audit-section">
                { stats(props) }
                <p class="panel-empty" id="audit-no-speakers">{ "No article of the set quotes anyone Lede can name." }</p>
            </section>
        };
    }
    html! {
        <>
            <section class="audit-section" aria-labelledby="audit-figures-heading">
                <h3 id="audit-figures-heading" class="audit-heading">{ "The set in figures" }</h3>
                { stats(props) }
            </section>
            { kinds(props) }
            { top(props) }
            if *tables {
                { speakers(props, &all, speaker_rows) }
                { merges(props, &all_merges, merge_rows) }
                { downloads(props) }
            } else {
                <p class="hint" id="audit-tables-waiting" role="status">{ "Listing the speakers…" }</p>
            }
        </>
    }
}
