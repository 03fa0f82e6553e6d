//! `lede`, the command-line tool: runs the analysis core on files and JSONL streams.
//!
//! ```text
//! lede analyse [FILE|-] [--date YYYY-MM-DD] [--format json|text|csv|md] [--explain]
//! lede analyse --jsonl [--date YYYY-MM-DD] [--threads N]  < {"id":..,"text":..,"date":..} lines
//! lede rules
//! lede audit FILE... [--format md|csv|json]   (or --jsonl on standard input; see audit.rs)
//! ```
//! All file I/O of the project lives here; the core only sees `&str`.

#[path = "lede/audit.rs"]
mod audit;

use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use lede::analysis::{rules, MAX_INPUT_BYTES};
use lede::workbench::{self, export};
use lede::{analyse, Date, Options, Report};

const USAGE: &str = "\
lede - analyse a news article: actors, quotes, dates, countries

USAGE:
    lede analyse [FILE|-] [--date YYYY-MM-DD] [--format json|text|csv|md] [--explain]
    lede analyse --jsonl [--date YYYY-MM-DD] [--threads N]
    lede rules
    lede audit FILE... [--format md|csv|json]     (lede audit --help)

    FILE            the article, UTF-8 text ('-' or none: standard input); a leading
                    byte-order mark is skipped (offsets still count its 3 bytes)
    --date D        the publication date, to resolve 'Friday' or 'next week'
                    (default: found in the text's byline or dateline, else none)
    --format F      json (default): the lede.report/1 report; text: a readable summary;
                    csv: the findings tables (actors, quotes, dates, countries) as one CSV
                    file, each table after a title row, a blank line between tables;
                    md: a Markdown summary (title, date, counts, the same tables)
    --explain       print every finding with the rule that produced it and what the rule does
    --jsonl         read lines {\"id\":..,\"text\":..,\"date\":..} on standard input and write
                    {\"id\":..,\"report\":{..}} per line, in input order, on all cores; a bad
                    line is reported on standard error and skipped, and the exit status is 1
                    at the end
    --threads N     with --jsonl: analyse on N threads (default: all cores)
    -h, --help      this help

    rules           list every rule: name, example count, description
    rules --details the same, with each rule's cases and exceptions in full under it
    audit           who gets quoted across a set of articles: speakers merged across
                    articles, kinds of source, share of voice (see 'lede audit --help')

LIMITS:
    An article longer than 2 MiB (2097152 bytes) is cut there (on a character boundary):
    only the first 2 MiB are analysed, a warning goes to standard error and into the
    report's diagnostics, and the exit status is 1.
";

#[derive(Debug, PartialEq)]
enum Format {
    Json,
    Text,
    Explain,
    Csv,
    Markdown,
}

#[derive(Debug)]
struct Args {
    file: Option<String>,
    date: Option<Date>,
    format: Format,
    jsonl: bool,
    threads: Option<usize>,
}

enum Command {
    Help,
    /// `lede rules`, with `--details`: each rule's cases in full under its line.
    Rules {
        details: bool,
    },
    Analyse(Args),
    Audit(Vec<String>),
}

/// The arguments as UTF-8 strings; a non-UTF-8 one is an error that shows it (lossily) and its place.
fn utf8_args(args: impl Iterator<Item = OsString>) -> Result<Vec<String>, String> {
    args.enumerate()
        .map(|(i, a)| {
            a.into_string().map_err(|a| {
                format!(
                    "argument {} is not valid UTF-8: '{}' (file names and options must be UTF-8)",
                    i + 1,
                    a.to_string_lossy()
                )
            })
        })
        .collect()
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some("rules") => {
            return match it.next().map(String::as_str) {
                None => Ok(Command::Rules { details: false }),
                Some("--details") => Ok(Command::Rules { details: true }),
                Some("-h" | "--help") => Ok(Command::Help),
                Some(other) => Err(format!("'lede rules' takes only --details, not '{other}'")),
            }
        }
        Some("audit") => return Ok(Command::Audit(it.cloned().collect())),
        Some("analyse" | "analyze") => {}
        Some(other) => return Err(format!("unknown command '{other}' (try 'lede analyse --help')")),
    }
    let mut out = Args {
        file: None,
        date: None,
        format: Format::Json,
        jsonl: false,
        threads: None,
    };
    let mut explain = false;
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--jsonl" => out.jsonl = true,
            "--explain" => explain = true,
            "--date" => {
                let v = it.next().ok_or("--date needs a value YYYY-MM-DD")?;
                out.date = Some(parse_date(v)?);
            }
            "--format" => {
                out.format = parse_format(it.next().ok_or("--format needs a value: json, text, csv or md")?)?
            }
            "--threads" => out.threads = Some(parse_threads(it.next().ok_or("--threads needs a number")?)?),
            s if s.starts_with("--date=") => out.date = Some(parse_date(&s["--date=".len()..])?),
            s if s.starts_with("--format=") => out.format = parse_format(&s["--format=".len()..])?,
            s if s.starts_with("--threads=") => out.threads = Some(parse_threads(&s["--threads=".len()..])?),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option '{s}'")),
            s => {
                if out.file.replace(s.to_string()).is_some() {
                    return Err("only one FILE can be analysed at a time; use --jsonl for many".into());
                }
            }
        }
    }
    if out.jsonl && out.file.is_some() {
        return Err("--jsonl reads standard input; do not give a FILE".into());
    }
    if out.jsonl && matches!(out.format, Format::Csv | Format::Markdown) {
        return Err("--format csv and md write one article's tables; they do not go with --jsonl".into());
    }
    if explain {
        if out.jsonl {
            return Err("--explain prints one article's findings; it does not go with --jsonl".into());
        }
        out.format = Format::Explain;
    }
    Ok(Command::Analyse(out))
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s {
        "json" => Ok(Format::Json),
        "text" => Ok(Format::Text),
        "csv" => Ok(Format::Csv),
        "md" | "markdown" => Ok(Format::Markdown),
        _ => Err(format!("unknown format '{s}': use json, text, csv or md")),
    }
}

fn parse_threads(s: &str) -> Result<usize, String> {
    s.trim()
        .parse::<usize>()
        .ok()
        .filter(|&n| (1..=1024).contains(&n))
        .ok_or_else(|| format!("invalid thread count '{s}': expected a number from 1 to 1024"))
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s.trim()).ok_or_else(|| format!("invalid date '{s}': expected a real date as YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let parsed = utf8_args(std::env::args_os().skip(1)).and_then(|a| parse_args(&a));
    let args = match parsed {
        Ok(Command::Analyse(a)) => a,
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Rules { details }) => return finish(print_rules(details)),
        Ok(Command::Audit(a)) => return finish(audit::run(&a)),
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    finish(if args.jsonl {
        run_jsonl(&args)
    } else {
        run_one(&args)
    })
}

fn finish(result: io::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `lede rules`: one line per rule, `name  examples  description`, in the registry's order; with
/// `details`, the rule's cases in full on an indented line under it.
fn print_rules(details: bool) -> io::Result<ExitCode> {
    let mut out = BufWriter::new(io::stdout().lock());
    let all: Vec<_> = rules::all().collect();
    let width = all.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for r in &all {
        let n = r.examples.len();
        let examples = format!("{n} example{}", if n == 1 { "" } else { "s" });
        writeln!(out, "{:width$}  {examples:>11}  {}", r.name, r.description)?;
        if details && !r.details.is_empty() {
            writeln!(out, "    {}", r.details)?;
        }
    }
    writeln!(out, "{} rules", all.len())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The message for input longer than [`MAX_INPUT_BYTES`], or `None`.
fn too_long(len: usize) -> Option<String> {
    (len > MAX_INPUT_BYTES).then(|| {
        format!(
            "the text is {len} bytes long, over the limit of 2 MiB ({MAX_INPUT_BYTES} bytes): only the first \
             2 MiB were analysed"
        )
    })
}

/// All of standard input. A file redirected to it is read like `std::fs::read` reads one: into a
/// buffer of the file's size, where reading a stream grows the buffer by doubling (up to twice the
/// text, and a copy of it at each step).
fn read_stdin() -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = io::stdin().as_fd().try_clone_to_owned() {
            // A pipe or a terminal has no size: read as a stream, as below.
            std::fs::File::from(fd).read_to_end(&mut bytes)?;
            return Ok(bytes);
        }
    }
    io::stdin().lock().read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn run_one(args: &Args) -> io::Result<ExitCode> {
    let name = args.file.as_deref().unwrap_or("-");
    let bytes = if name == "-" {
        read_stdin()?
    } else {
        match std::fs::read(name) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("lede: cannot read {name}: {e}");
                return Ok(ExitCode::FAILURE);
            }
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let (line, col) = line_col(e.as_bytes(), at);
            eprintln!("lede: {name}: invalid UTF-8 at line {line}, column {col} (byte {at})");
            return Ok(ExitCode::FAILURE);
        }
    };
    let cut = too_long(text.len());
    let report = analyse(
        &text,
        &Options {
            reference_date: args.date,
        },
    );
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Text => out.write_all(lede::analysis::render::render(&report).as_bytes())?,
        Format::Explain => write_explained(&mut out, &report)?,
        Format::Csv => out.write_all(export::csv(&workbench::tables(&text, &report)).as_bytes())?,
        Format::Markdown => {
            let tables = workbench::tables(&text, &report);
            out.write_all(export::markdown(&text, &report, &tables).as_bytes())?
        }
    }
    out.flush()?;
    if let Some(message) = cut {
        eprintln!("lede: {name}: {message}");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// `--explain`: each finding, then its rule and the rule's description.
fn write_explained(out: &mut impl Write, report: &Report) -> io::Result<()> {
    let findings = rules::explain(report);
    for (rule, line) in &findings {
        writeln!(out, "{line}")?;
        let rule = if rule.is_empty() { "(no rule)" } else { rule };
        writeln!(out, "    {rule}: {}", rules::describe(rule))?;
    }
    writeln!(out, "{} findings", findings.len())
}

/// Line and column (both from 1; the column in characters) of byte `pos`, the first invalid byte:
/// everything before it is valid UTF-8.
fn line_col(bytes: &[u8], pos: usize) -> (usize, usize) {
    let before = &bytes[..pos.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let col = std::str::from_utf8(&before[line_start..]).map_or(0, |s| s.chars().count()) + 1;
    (line, col)
}

#[derive(serde::Deserialize)]
struct InputLine {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

#[derive(serde::Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    report: lede::Report,
}

/// How many lines (and at most how many bytes) are read before they are analysed together: the
/// memory bound of `--jsonl`, whatever the length of the stream.
const WINDOW_LINES: usize = 256;
const WINDOW_BYTES: usize = 16 * 1024 * 1024;

/// What one JSONL line turns into: its output line, or a message for standard error.
enum Outcome {
    Blank,
    Report(Vec<u8>, Option<String>),
    Bad(String),
}

fn run_jsonl(args: &Args) -> io::Result<ExitCode> {
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let mut input = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let mut line_no = 0usize;
    let mut window: Vec<Vec<u8>> = Vec::new();
    loop {
        // Read a window of lines.
        window.clear();
        let mut bytes = 0;
        while window.len() < WINDOW_LINES && bytes < WINDOW_BYTES {
            let mut buf = Vec::new();
            if input.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            bytes += buf.len();
            window.push(buf);
        }
        if window.is_empty() {
            break;
        }
        let first = line_no + 1;
        line_no += window.len();
        // Analyse it on all threads, then write the results in input order.
        for (k, outcome) in analyse_window(&window, first, args.date, threads)
            .into_iter()
            .enumerate()
        {
            match outcome {
                Outcome::Blank => {}
                Outcome::Report(line, cut) => {
                    out.write_all(&line)?;
                    if let Some(message) = cut {
                        out.flush()?;
                        eprintln!("lede: line {}: {message}", first + k);
                        failed += 1;
                    }
                }
                Outcome::Bad(message) => {
                    out.flush()?;
                    eprintln!("lede: line {}: {message}; skipped", first + k);
                    failed += 1;
                }
            }
        }
        out.flush()?;
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("lede: {failed} line(s) could not be analysed whole");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The outcomes of the lines of `window` (line numbers from `first`), computed on `threads` threads
/// that take the next line as they finish one.
fn analyse_window(window: &[Vec<u8>], first: usize, date: Option<Date>, threads: usize) -> Vec<Outcome> {
    let one = |k: usize| jsonl_line(&window[k], first + k, date);
    let threads = threads.min(window.len());
    if threads <= 1 {
        return (0..window.len()).map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Outcome)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        if k >= window.len() {
                            break done;
                        }
                        done.push((k, one(k)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(k, _)| *k);
    results.into_iter().map(|(_, o)| o).collect()
}

/// One JSONL line: a leading byte-order mark (on the stream's first line) is skipped; the record must
/// be a JSON object with a string `text`.
fn jsonl_line(buf: &[u8], line_no: usize, default_date: Option<Date>) -> Outcome {
    let buf = if line_no == 1 {
        buf.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(buf)
    } else {
        buf
    };
    let Ok(line) = std::str::from_utf8(buf) else {
        return Outcome::Bad("invalid UTF-8".into());
    };
    let record = line.trim();
    if record.is_empty() {
        return Outcome::Blank;
    }
    if !record.starts_with('{') {
        return Outcome::Bad("not a JSON object {\"id\":..,\"text\":..,\"date\":..}".into());
    }
    let rec: InputLine = match serde_json::from_str(record) {
        Ok(r) => r,
        Err(e) => return Outcome::Bad(format!("malformed JSON ({e})")),
    };
    let date = match rec.date.as_deref().map(str::trim) {
        None | Some("") => default_date,
        Some(d) => match Date::parse_iso(d) {
            Some(d) => Some(d),
            None => return Outcome::Bad(format!("invalid date '{d}' (expected YYYY-MM-DD)")),
        },
    };
    let cut = too_long(rec.text.len());
    let report = analyse(&rec.text, &Options { reference_date: date });
    // A report in JSON is about four times as long as its text (the texts of findings, spans, rules):
    // room for that at once, not by doubling twice.
    let mut line = Vec::with_capacity(rec.text.len() * 4 + 4096);
    match serde_json::to_writer(&mut line, &OutputLine { id: &rec.id, report }) {
        Ok(()) => {
            line.push(b'\n');
            Outcome::Report(line, cut)
        }
        Err(e) => Outcome::Bad(format!("cannot write the report ({e})")),
    }
}
