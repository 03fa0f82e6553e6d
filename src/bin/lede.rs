//! `lede`, the command-line tool: runs the analysis core on files and JSONL streams.
//!
//! ```text
//! lede analyse [FILE|-] [--date YYYY-MM-DD] [--format json|text]
//! lede analyse --jsonl [--date YYYY-MM-DD]   < {"id":..,"text":..,"date":..} lines
//! ```
//! All file I/O of the project lives here; the core only sees `&str`.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use lede::{analyse, Date, Options};

const USAGE: &str = "\
lede - analyse a news article: actors, quotes, dates, countries

USAGE:
    lede analyse [FILE|-] [--date YYYY-MM-DD] [--format json|text]
    lede analyse --jsonl [--date YYYY-MM-DD]

    FILE            the article, UTF-8 text ('-' or none: standard input)
    --date D        the publication date, to resolve 'Friday' or 'next week'
                    (default: found in the text's byline or dateline, else none)
    --format F      json (default): the lede.report/1 report; text: a readable summary
    --jsonl         read lines {\"id\":..,\"text\":..,\"date\":..} on standard input and write
                    {\"id\":..,\"report\":{..}} per line; a bad line is reported on standard
                    error and skipped, and the exit status is 1 at the end
    -h, --help      this help
";

#[derive(Debug, PartialEq)]
enum Format {
    Json,
    Text,
}

#[derive(Debug)]
struct Args {
    file: Option<String>,
    date: Option<Date>,
    format: Format,
    jsonl: bool,
}

fn parse_args(args: &[String]) -> Result<Option<Args>, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => return Ok(None),
        Some("analyse" | "analyze") => {}
        Some(other) => return Err(format!("unknown command '{other}' (try 'lede analyse --help')")),
    }
    let mut out = Args {
        file: None,
        date: None,
        format: Format::Json,
        jsonl: false,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--jsonl" => out.jsonl = true,
            "--date" => {
                let v = it.next().ok_or("--date needs a value YYYY-MM-DD")?;
                out.date = Some(parse_date(v)?);
            }
            "--format" => {
                out.format = parse_format(it.next().ok_or("--format needs a value: json or text")?)?
            }
            s if s.starts_with("--date=") => out.date = Some(parse_date(&s["--date=".len()..])?),
            s if s.starts_with("--format=") => out.format = parse_format(&s["--format=".len()..])?,
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
    Ok(Some(out))
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s {
        "json" => Ok(Format::Json),
        "text" => Ok(Format::Text),
        _ => Err(format!("unknown format '{s}': use json or text")),
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s.trim()).ok_or_else(|| format!("invalid date '{s}': expected a real date as YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&args) {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    let result = if args.jsonl {
        run_jsonl(&args)
    } else {
        run_one(&args)
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_one(args: &Args) -> io::Result<ExitCode> {
    let name = args.file.as_deref().unwrap_or("-");
    let mut bytes = Vec::new();
    if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        match std::fs::read(name) {
            Ok(b) => bytes = b,
            Err(e) => {
                eprintln!("lede: cannot read {name}: {e}");
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let (line, col) = line_col(e.as_bytes(), e.utf8_error().valid_up_to());
            eprintln!(
                "lede: {name}: invalid UTF-8 at line {line}, column {col} (byte {})",
                e.utf8_error().valid_up_to()
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    let report = analyse(
        &text,
        &Options {
            reference_date: args.date,
        },
    );
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Text => out.write_all(lede::analysis::render::render(&report).as_bytes())?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn line_col(bytes: &[u8], pos: usize) -> (usize, usize) {
    let before = &bytes[..pos.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
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

fn run_jsonl(args: &Args) -> io::Result<ExitCode> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_no += 1;
        let Ok(line) = std::str::from_utf8(&buf) else {
            eprintln!("lede: line {line_no}: invalid UTF-8; skipped");
            failed += 1;
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let rec: InputLine = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("lede: line {line_no}: malformed JSON ({e}); skipped");
                failed += 1;
                continue;
            }
        };
        let date = match rec.date.as_deref().map(str::trim) {
            None | Some("") => args.date,
            Some(d) => match Date::parse_iso(d) {
                Some(d) => Some(d),
                None => {
                    eprintln!("lede: line {line_no}: invalid date '{d}' (expected YYYY-MM-DD); skipped");
                    failed += 1;
                    continue;
                }
            },
        };
        let report = analyse(&rec.text, &Options { reference_date: date });
        serde_json::to_writer(&mut out, &OutputLine { id: &rec.id, report })?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("lede: {failed} line(s) could not be analysed");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
