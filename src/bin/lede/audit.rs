//! `lede audit`: the voices audit of a set of articles (files or JSONL on standard input), with the
//! same core code as the app ([`lede::audit`]).

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use lede::audit::export::{self, CsvTable};
use lede::audit::{self as core, Article, Edits};
use lede::Date;

pub const USAGE: &str = "\
lede audit - who gets quoted across a set of articles (a voices audit)

USAGE:
    lede audit FILE... [--format md|csv|json] [--table speakers|quotes|articles]
                       [--date YYYY-MM-DD] [--edits EDITS.json]
    lede audit --jsonl [same options] < {\"id\":..,\"text\":..,\"date\":..,\"title\":..} lines

    FILE            an article, UTF-8 text (.txt or .md); its title is its first non-blank
                    line (the file name when it has none)
    --jsonl         read the articles from standard input, one JSON object per line, the
                    records 'lede analyse --jsonl' reads; 'title' is optional (default: the
                    text's first line), 'date' is the publication date
    --format F      md (default): a Markdown summary to hand out (findings, share of voice
                    by kind of source, top sources, articles, merged names);
                    csv: the speakers, quotes and articles tables as sections of one CSV
                    file (a title row, the header, the rows; a blank line between);
                    json: every article with its lede.report/1 report and the edits
                    (schema lede.audit/1)
    --table T       with --format csv: only that table, header and rows (for a spreadsheet)
    --date D        the publication date of articles whose text gives none; an article's
                    date is the dateline or byline date in its text ('PORT ELLIN, 4 March
                    2024 -', 'Published: 14 March 2024'), else D, else none
    --edits FILE    the user's edits as JSON: {\"unmerged\": [names kept apart],
                    \"kinds\": {speaker key: kind}, \"tags\": [..], \"tagged\": {key: [tags]}}
                    (kinds: official, expert, business, advocacy, ordinary, anonymous)

    Speakers are merged across articles by name ('Mr Blinken' and 'Antony Blinken'), kinds of
    source are suggested by the kinds/* rules ('lede rules'). An unreadable file or a bad
    line is reported on standard error and left out; the exit status is then 1.
";

#[derive(Debug, Default)]
struct Args {
    files: Vec<String>,
    jsonl: bool,
    format: String,
    table: Option<CsvTable>,
    date: Option<Date>,
    edits: Option<String>,
}

fn value<'a>(it: &mut impl Iterator<Item = &'a String>, option: &str) -> Result<&'a String, String> {
    it.next().ok_or_else(|| format!("{option} needs a value"))
}

fn parse(args: &[String]) -> Result<Option<Args>, String> {
    let mut out = Args {
        format: "md".into(),
        ..Args::default()
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--jsonl" => out.jsonl = true,
            "--format" => out.format = value(&mut it, a)?.clone(),
            "--table" => {
                let t = value(&mut it, a)?;
                out.table = Some(
                    CsvTable::parse(t)
                        .ok_or(format!("unknown table '{t}': use speakers, quotes or articles"))?,
                );
            }
            "--date" => {
                let d = value(&mut it, a)?;
                out.date = Some(
                    Date::parse_iso(d.trim()).ok_or(format!("invalid date '{d}': expected YYYY-MM-DD"))?,
                );
            }
            "--edits" => out.edits = Some(value(&mut it, a)?.clone()),
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            s => out.files.push(s.to_string()),
        }
    }
    if out.format == "markdown" {
        out.format = "md".into();
    }
    if !["md", "csv", "json"].contains(&out.format.as_str()) {
        return Err(format!("unknown format '{}': use md, csv or json", out.format));
    }
    if out.table.is_some() && out.format != "csv" {
        return Err("--table goes with --format csv".into());
    }
    if out.jsonl != out.files.is_empty() {
        return Err("give the articles as FILE... or as --jsonl on standard input (one of the two)".into());
    }
    Ok(Some(out))
}

/// `lede audit ARGS`: exit status 2 for bad arguments, 1 when an article could not be read.
pub fn run(args: &[String]) -> io::Result<ExitCode> {
    let args = match parse(args) {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{USAGE}");
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => {
            eprintln!("lede audit: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let edits = match read_edits(args.edits.as_deref()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("lede audit: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let (inputs, mut failed) = if args.jsonl {
        read_jsonl()?
    } else {
        read_files(&args.files)
    };
    let articles = analyse_all(inputs, args.date);
    write(&args, &articles, &edits)?;
    if failed > 0 {
        eprintln!("lede audit: {failed} article(s) left out");
        failed = 1;
    }
    Ok(ExitCode::from(failed as u8))
}

fn read_edits(path: Option<&str>) -> Result<Edits, String> {
    let Some(path) = path else {
        return Ok(Edits::default());
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path}: not an edits object ({e})"))
}

/// An article to analyse: id, title (none: from the text), text, date given with it.
struct Input {
    id: String,
    title: Option<String>,
    text: String,
    date: Option<String>,
}

fn read_files(files: &[String]) -> (Vec<Input>, usize) {
    let mut inputs = Vec::new();
    let mut failed = 0;
    for name in files {
        let text = match std::fs::read(name).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(_)) => {
                eprintln!("lede audit: {name}: not UTF-8 text; left out");
                failed += 1;
                continue;
            }
            Err(e) => {
                eprintln!("lede audit: cannot read {name}: {e}; left out");
                failed += 1;
                continue;
            }
        };
        let text = text.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(text);
        let stem = std::path::Path::new(name)
            .file_name()
            .map(|f| f.to_string_lossy().to_string());
        let title = text.trim().is_empty().then(|| stem.clone().unwrap_or_default());
        inputs.push(Input {
            id: name.clone(),
            title,
            text,
            date: None,
        });
    }
    (inputs, failed)
}

#[derive(serde::Deserialize)]
struct Record {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

fn read_jsonl() -> io::Result<(Vec<Input>, usize)> {
    let mut inputs = Vec::new();
    let mut failed = 0;
    for (i, line) in io::stdin().lock().split(b'\n').enumerate() {
        let line = line?;
        let line = String::from_utf8_lossy(&line);
        let line = line.trim().trim_start_matches('\u{FEFF}');
        if line.is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(line) {
            Ok(r) => inputs.push(Input {
                id: match r.id {
                    serde_json::Value::String(s) => s,
                    serde_json::Value::Null => (i + 1).to_string(),
                    other => other.to_string(),
                },
                title: r.title,
                text: r.text,
                date: r.date.filter(|d| !d.trim().is_empty()),
            }),
            Err(e) => {
                eprintln!(
                    "lede audit: line {}: not a record {{\"id\":..,\"text\":..}} ({e}); left out",
                    i + 1
                );
                failed += 1;
            }
        }
    }
    Ok((inputs, failed))
}

/// One article: its own date, else the one its text gives, else the fallback.
fn article(input: &Input, fallback: Option<Date>) -> Article {
    let date = input.date.as_deref().and_then(|d| Date::parse_iso(d.trim()));
    let given = date.map(|d| d.to_string());
    let a = Article::analyse(&input.id, input.title.as_deref(), &input.text, given.as_deref());
    match (a.date.is_none(), fallback) {
        (true, Some(d)) => Article::analyse(
            &input.id,
            input.title.as_deref(),
            &input.text,
            Some(&d.to_string()),
        ),
        _ => a,
    }
}

/// Every article analysed, on all cores, in input order.
fn analyse_all(inputs: Vec<Input>, fallback: Option<Date>) -> Vec<Article> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(inputs.len().max(1));
    let chunk = inputs.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let workers: Vec<_> = inputs
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(|i| article(i, fallback)).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    })
}

fn write(args: &Args, articles: &[Article], edits: &Edits) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format.as_str() {
        "json" => {
            serde_json::to_writer_pretty(&mut out, &export::document(articles, edits))?;
            writeln!(out)?;
        }
        format => {
            let audit = core::audit(articles, edits);
            let text = match (format, args.table) {
                ("csv", Some(t)) => export::csv_one(articles, &audit, t),
                ("csv", None) => export::csv(articles, &audit),
                _ => export::markdown(articles, &audit),
            };
            out.write_all(text.as_bytes())?;
        }
    }
    out.flush()
}
