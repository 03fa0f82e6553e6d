//! The `lede` command-line tool, run as a real process: the report's JSON shape, the text format, and
//! how bad input (dates, UTF-8, JSON lines) is reported without a panic.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs `lede` with `args`, feeding `stdin` when given.
fn lede(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start lede");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        // lede may refuse its arguments and exit before reading: a closed pipe is not an error here.
        match pipe.write_all(input) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("write stdin: {e}"),
            _ => {}
        }
    }
    child.wait_with_output().expect("wait for lede")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Fails when the process panicked or died of a signal.
fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "lede panicked:\n{err}");
    assert!(
        o.status.code().is_some(),
        "lede was killed by a signal: {:?}\n{err}",
        o.status
    );
}

fn object<'a>(v: &'a Value, what: &str) -> &'a serde_json::Map<String, Value> {
    v.as_object()
        .unwrap_or_else(|| panic!("{what} is not an object: {v}"))
}

fn has_keys(v: &Value, what: &str, keys: &[&str]) {
    let obj = object(v, what);
    for k in keys {
        assert!(obj.contains_key(*k), "{what} lacks key {k:?}: {v}");
    }
}

fn array<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is not an array: {}", v[key]))
}

/// A mention `{start, end, text}` whose text is the slice of `source` it points at.
fn check_mention(m: &Value, what: &str, source: &str) {
    has_keys(m, what, &["start", "end", "text"]);
    let (s, e) = (
        m["start"].as_u64().expect("start") as usize,
        m["end"].as_u64().expect("end") as usize,
    );
    assert!(s <= e, "{what}: start > end: {m}");
    assert_eq!(
        source.get(s..e),
        m["text"].as_str(),
        "{what}: text is not the slice [{s}..{e}): {m}"
    );
}

/// Everything the `lede.report/1` contract promises about one report of `source`.
fn check_report_shape(r: &Value, source: &str) {
    has_keys(
        r,
        "report",
        &[
            "schema",
            "reference_date",
            "stats",
            "actors",
            "quotes",
            "dates",
            "countries",
            "diagnostics",
        ],
    );
    assert_eq!(r["schema"], "lede.report/1");
    assert!(r["reference_date"].is_null() || r["reference_date"].is_string());
    has_keys(
        &r["stats"],
        "stats",
        &["chars", "words", "sentences", "paragraphs"],
    );
    for k in ["chars", "words", "sentences", "paragraphs"] {
        assert!(r["stats"][k].is_u64(), "stats.{k} is not a count: {}", r["stats"]);
    }
    for a in array(r, "actors") {
        has_keys(
            a,
            "actor",
            &["id", "name", "kind", "roles", "country", "mentions"],
        );
        assert!(
            ["person", "organization", "group"].contains(&a["kind"].as_str().unwrap_or("")),
            "{a}"
        );
        assert!(
            a["roles"].is_array() && (a["country"].is_null() || a["country"].is_string()),
            "{a}"
        );
        for m in array(a, "mentions") {
            check_mention(m, "actor mention", source);
        }
    }
    for q in array(r, "quotes") {
        has_keys(
            q,
            "quote",
            &[
                "start",
                "end",
                "text",
                "kind",
                "speaker",
                "speaker_mention",
                "cue",
            ],
        );
        check_mention(q, "quote", source);
        assert!(
            ["direct", "partial", "indirect"].contains(&q["kind"].as_str().unwrap_or("")),
            "{q}"
        );
        if !q["speaker_mention"].is_null() {
            check_mention(&q["speaker_mention"], "speaker mention", source);
        }
    }
    for d in array(r, "dates") {
        has_keys(d, "date", &["start", "end", "text", "kind", "value"]);
        check_mention(d, "date", source);
        assert!(
            ["date", "time", "duration", "set"].contains(&d["kind"].as_str().unwrap_or("")),
            "{d}"
        );
    }
    for c in array(r, "countries") {
        has_keys(c, "country", &["code", "name", "mentions"]);
        assert_eq!(c["code"].as_str().map(str::len), Some(2), "{c}");
        for m in array(c, "mentions") {
            check_mention(m, "country mention", source);
            assert!(
                ["name", "alias", "demonym", "capital", "city"].contains(&m["via"].as_str().unwrap_or(""))
            );
        }
    }
    for d in array(r, "diagnostics") {
        has_keys(d, "diagnostic", &["level", "message"]);
        assert!(
            ["info", "warning"].contains(&d["level"].as_str().unwrap_or("")),
            "{d}"
        );
    }
}

#[test]
fn json_report_of_a_file_has_the_contract_shape() {
    let path = fixture("harbour-talks.txt");
    let source = std::fs::read_to_string(&path).unwrap();
    let out = lede(&["analyse", path.to_str().unwrap(), "--date", "2025-05-06"], None);
    assert_no_panic(&out);
    assert!(out.status.success(), "exit {:?}: {}", out.status, stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).expect("stdout is one JSON report");
    check_report_shape(&report, &source);
    assert_eq!(report["reference_date"], "2025-05-06");
    assert!(
        report["stats"]["words"].as_u64().unwrap() > 100,
        "{}",
        report["stats"]
    );
    assert!(
        report["stats"]["paragraphs"].as_u64().unwrap() >= 5,
        "{}",
        report["stats"]
    );
}

#[test]
fn standard_input_gives_the_same_report_as_the_file() {
    let path = fixture("harbour-talks.txt");
    let source = std::fs::read(&path).unwrap();
    let from_file = lede(&["analyse", path.to_str().unwrap()], None);
    let from_stdin = lede(&["analyse", "-"], Some(&source));
    let implicit_stdin = lede(&["analyse"], Some(&source));
    assert!(from_file.status.success() && from_stdin.status.success() && implicit_stdin.status.success());
    assert_eq!(stdout(&from_file), stdout(&from_stdin));
    assert_eq!(stdout(&from_file), stdout(&implicit_stdin));
}

#[test]
fn text_format_is_the_readable_rendering() {
    let path = fixture("harbour-talks.txt");
    let out = lede(
        &[
            "analyse",
            "--format",
            "text",
            "--date=2025-05-06",
            path.to_str().unwrap(),
        ],
        None,
    );
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("REFERENCE_DATE 2025-05-06\n"), "{text}");
    assert!(
        serde_json::from_str::<Value>(&text).is_err(),
        "text format printed JSON"
    );
    // Exactly what the library's renderer prints for the same report.
    let source = std::fs::read_to_string(&path).unwrap();
    let report = lede::analyse(
        &source,
        &lede::Options {
            reference_date: lede::Date::parse_iso("2025-05-06"),
        },
    );
    assert_eq!(text, lede::analysis::render::render(&report));
}

#[test]
fn bad_dates_are_refused_with_a_clear_message() {
    for bad in ["2025-02-30", "06/05/2025", "yesterday", "2025-13-01", ""] {
        let out = lede(&["analyse", "--date", bad, "-"], Some(b"Some text."));
        assert_no_panic(&out);
        assert!(!out.status.success(), "--date {bad:?} was accepted");
        let err = stderr(&out);
        assert!(
            err.contains("invalid date") && err.contains("YYYY-MM-DD"),
            "--date {bad:?}: {err}"
        );
        assert!(stdout(&out).is_empty(), "a report was printed for --date {bad:?}");
    }
    let out = lede(&["analyse", "--date"], Some(b"Some text."));
    assert_no_panic(&out);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--date"), "{}", stderr(&out));
}

#[test]
fn invalid_utf8_is_reported_with_line_and_column() {
    let path = fixture("invalid-utf8.txt");
    let out = lede(&["analyse", path.to_str().unwrap()], None);
    assert_no_panic(&out);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("invalid UTF-8") && err.contains("line 2") && err.contains("column"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());

    let out = lede(&["analyse", "-"], Some(b"\xc3"));
    assert_no_panic(&out);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("line 1"), "{}", stderr(&out));
}

#[test]
fn missing_file_and_unknown_options_fail_cleanly() {
    let out = lede(&["analyse", "/nonexistent/article.txt"], None);
    assert_no_panic(&out);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("/nonexistent/article.txt"),
        "{}",
        stderr(&out)
    );

    for args in [
        &["analyse", "--colour"][..],
        &["analyse", "--format", "xml"],
        &["summarise"],
    ] {
        let out = lede(args, Some(b""));
        assert_no_panic(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty());
    }
    let out = lede(&["--help"], None);
    assert!(out.status.success() && stdout(&out).contains("--jsonl"));
}

#[test]
fn empty_input_gives_an_empty_report() {
    for input in [&b""[..], b"   \n\n\t "] {
        let out = lede(&["analyse", "-"], Some(input));
        assert_no_panic(&out);
        assert!(out.status.success(), "{}", stderr(&out));
        let r: Value = serde_json::from_str(&stdout(&out)).unwrap();
        check_report_shape(&r, std::str::from_utf8(input).unwrap());
        for k in ["actors", "quotes", "dates", "countries"] {
            assert!(array(&r, k).is_empty(), "{k} of empty input: {}", r[k]);
        }
        assert_eq!(r["stats"]["words"], 0);
    }
    let out = lede(&["analyse", "--jsonl"], Some(b""));
    assert_no_panic(&out);
    assert!(out.status.success());
    assert!(stdout(&out).is_empty());
}

#[test]
fn jsonl_reports_bad_lines_and_processes_the_rest() {
    let input = std::fs::read(fixture("batch.jsonl")).unwrap();
    let out = lede(&["analyse", "--jsonl"], Some(&input));
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1), "a bad line must give exit status 1");
    let err = stderr(&out);
    assert!(err.contains("line 2") && err.contains("malformed JSON"), "{err}");
    assert!(err.contains("line 4") && err.contains("invalid date"), "{err}");
    assert!(
        !err.contains("line 1:") && !err.contains("line 3:") && !err.contains("line 5:"),
        "{err}"
    );

    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    let ids: Vec<&Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(
        ids,
        [&Value::from("first"), &Value::from(3), &Value::from("fifth")]
    );
    let texts = [
        "Ms Quintela arrived in Lisbon on Monday.",
        "Mr Benali said the talks would resume next week.",
        "The last line is fine too.",
    ];
    for (line, text) in lines.iter().zip(texts) {
        has_keys(line, "output line", &["id", "report"]);
        check_report_shape(&line["report"], text);
    }
    assert_eq!(lines[0]["report"]["reference_date"], "2025-05-06");
}

#[test]
fn jsonl_date_option_is_the_default_for_lines_without_one() {
    let input = b"{\"id\":1,\"text\":\"Talks resume on Monday.\"}\n{\"id\":2,\"text\":\"x\",\"date\":\"2024-01-02\"}\n";
    let out = lede(&["analyse", "--jsonl", "--date", "2025-05-06"], Some(input));
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["report"]["reference_date"], "2025-05-06");
    assert_eq!(lines[1]["report"]["reference_date"], "2024-01-02");
}

#[test]
fn jsonl_survives_invalid_utf8_lines() {
    let mut input = b"{\"id\":1,\"text\":\"Fine.\"}\n".to_vec();
    input.extend_from_slice(b"{\"id\":2,\"text\":\"bro\xffken\"}\n");
    input.extend_from_slice(b"{\"id\":3,\"text\":\"Also fine.\"}");
    let out = lede(&["analyse", "--jsonl"], Some(&input));
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).lines().count(),
        2,
        "the last line has no newline and must still be read"
    );
}

/// The sample sentence of the BOM tests, with and without a leading byte-order mark.
const BOM_TEXT: &str = "Urgent US-Russia talks: Mr Blinken met Mr Lavrov in Geneva on Friday.";

fn bom(text: &str) -> Vec<u8> {
    let mut b = "\u{FEFF}".as_bytes().to_vec();
    b.extend_from_slice(text.as_bytes());
    b
}

/// The report's findings with every offset moved back by `shift` bytes.
fn findings_shifted(v: &Value, shift: i64) -> Value {
    fn walk(v: &mut Value, shift: i64) {
        match v {
            Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    if k == "start" || k == "end" {
                        if let Some(n) = x.as_i64() {
                            *x = Value::from(n - shift);
                        }
                    } else {
                        walk(x, shift);
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, shift)),
            _ => {}
        }
    }
    let mut v = v.clone();
    walk(&mut v, shift);
    for k in ["stats", "diagnostics"] {
        v.as_object_mut().map(|m| m.remove(k));
    }
    v
}

#[test]
fn a_leading_byte_order_mark_is_skipped_in_file_stdin_and_jsonl() {
    let plain = lede(
        &["analyse", "-", "--date", "2022-01-21"],
        Some(BOM_TEXT.as_bytes()),
    );
    let plain: Value = serde_json::from_str(&stdout(&plain)).unwrap();
    assert!(
        !stdout(&lede(&["analyse", "-"], Some(&bom(BOM_TEXT)))).contains("Urgent US-Russia"),
        "no actor named after the first words"
    );

    let dir = std::env::temp_dir().join(format!("lede-cli-bom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bom.txt");
    std::fs::write(&file, bom(BOM_TEXT)).unwrap();
    let from_file = lede(&["analyse", file.to_str().unwrap(), "--date", "2022-01-21"], None);
    let from_stdin = lede(&["analyse", "-", "--date", "2022-01-21"], Some(&bom(BOM_TEXT)));
    let _ = std::fs::remove_dir_all(&dir);
    for out in [from_file, from_stdin] {
        assert_no_panic(&out);
        assert!(out.status.success(), "{}", stderr(&out));
        let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(findings_shifted(&report, 3), findings_shifted(&plain, 0));
    }

    let mut jsonl = "\u{FEFF}".as_bytes().to_vec();
    jsonl.extend_from_slice(b"{\"id\":1,\"text\":\"Moscow said no.\"}\n{\"id\":2,\"text\":\"Kyiv too.\"}\n");
    let out = lede(&["analyse", "--jsonl"], Some(&jsonl));
    assert_no_panic(&out);
    assert!(out.status.success(), "line 1 is read: {}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 2);
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_a_clear_error() {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .arg("analyse")
        .arg(name)
        .output()
        .expect("run lede");
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("not valid UTF-8") && err.contains("caf"), "{err}");
}

#[test]
fn a_json_array_is_not_a_jsonl_record() {
    let input = b"[\"x\", \"Moscow said no.\"]\n{\"id\":2,\"text\":\"Kyiv too.\"}\n";
    let out = lede(&["analyse", "--jsonl"], Some(input));
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("line 1") && err.contains("not a JSON object"),
        "{err}"
    );
    assert_eq!(stdout(&out).lines().count(), 1);
}

#[test]
fn input_over_the_limit_is_cut_with_a_message_and_a_failure_status() {
    let help = stdout(&lede(&["--help"], None));
    assert!(help.contains("2 MiB"), "the limit is in --help:\n{help}");
    let text = format!("Talks resumed in Geneva.{}end", " ".repeat(2 * 1024 * 1024));
    let out = lede(&["analyse", "-", "--format", "text"], Some(text.as_bytes()));
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("2 MiB") && err.contains(&text.len().to_string()),
        "{err}"
    );
    assert!(
        stdout(&out).contains("Geneva"),
        "the first 2 MiB are still analysed"
    );
}

#[test]
fn invalid_utf8_column_counts_characters() {
    // "é" is two bytes: the bad byte is the 4th character of line 2, at byte 8.
    let out = lede(&["analyse", "-"], Some(b"ab\nc\xc3\xa9\xc3\xa9\xff"));
    assert_no_panic(&out);
    let err = stderr(&out);
    assert!(err.contains("line 2, column 4 (byte 8)"), "{err}");
}

#[test]
fn rules_lists_every_rule_with_its_description_and_example_count() {
    let out = lede(&["rules"], None);
    assert_no_panic(&out);
    assert!(out.status.success());
    let text = stdout(&out);
    let count = lede::analysis::rules::all().count();
    assert_eq!(text.lines().count(), count + 1, "{text}");
    for rule in lede::analysis::rules::all() {
        let n = rule.examples.len();
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(rule.name))
            .unwrap_or_else(|| panic!("{} is listed", rule.name));
        assert!(
            line.contains(rule.description) && line.contains(&format!("{n} example")),
            "{line}"
        );
    }
    assert!(text.contains("countries/capital"));
}

#[test]
fn rules_details_prints_each_rules_cases_under_its_line() {
    let out = lede(&["rules", "--details"], None);
    assert_no_panic(&out);
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let mut with_details = 0;
    for rule in lede::analysis::rules::all() {
        let at = lines
            .iter()
            .position(|l| l.split_whitespace().next() == Some(rule.name))
            .unwrap_or_else(|| panic!("{} is listed", rule.name));
        if !rule.details.is_empty() {
            with_details += 1;
            assert_eq!(lines[at + 1], format!("    {}", rule.details));
        }
    }
    assert!(with_details > 0);
    let count = lede::analysis::rules::all().count();
    assert_eq!(lines.len(), count + with_details + 1);
    let out = lede(&["rules", "--detail"], None);
    assert!(!out.status.success());
}

#[test]
fn explain_prints_each_finding_with_its_rule_and_description() {
    let out = lede(
        &["analyse", "-", "--explain", "--date", "2022-01-21"],
        Some(b"Officials in Moscow met on Friday."),
    );
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let capital = lede::analysis::rules::describe("countries/capital");
    assert!(
        text.contains(&format!(
            "country \"Moscow\" = RU (capital)\n    countries/capital: {capital}\n"
        )),
        "{text}"
    );
    assert!(text.trim_end().ends_with("findings"), "{text}");
}

#[test]
fn jsonl_on_many_threads_keeps_the_input_order() {
    let mut input = String::new();
    for i in 0..300 {
        let text = if i % 7 == 0 {
            "Moscow. ".repeat(200)
        } else {
            format!("Line {i} in Kyiv.")
        };
        input.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
        input.push('\n');
    }
    let one = lede(&["analyse", "--jsonl", "--threads", "1"], Some(input.as_bytes()));
    let many = lede(&["analyse", "--jsonl", "--threads", "4"], Some(input.as_bytes()));
    assert!(one.status.success() && many.status.success());
    assert_eq!(stdout(&one), stdout(&many));
    let ids: Vec<i64> = stdout(&many)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, (0..300).collect::<Vec<_>>());
}

/// Relative dates at the limits of the calendar stay inside years 1-9999 (values print as four
/// digits), never "10000", "1000", "0000" or "-01".
#[test]
fn relative_dates_at_the_calendar_limits_stay_within_years_1_to_9999() {
    let text = b"Next year, next decade, next century, next week, tomorrow. Last year, last decade, \
                 last century, last week, yesterday, two years ago, in 3000 years.";
    for date in ["9999-12-31", "0001-01-01"] {
        let out = lede(&["analyse", "-", "--date", date], Some(text));
        assert_no_panic(&out);
        let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
        for d in array(&report, "dates") {
            let Some(value) = d["value"].as_str() else {
                continue;
            };
            if value.starts_with('P') {
                continue;
            }
            let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
            let text = d["text"].as_str().unwrap_or("");
            let width = if text.contains("decade") {
                3
            } else if text.contains("century") {
                2
            } else {
                4
            };
            assert!(
                digits.len() == width && digits.chars().any(|c| c != '0'),
                "{date}: {text} = {value}"
            );
        }
    }
}

/// `--format csv` writes the findings tables (RFC 4180), `--format md` a Markdown summary; both
/// agree with the JSON report, and neither goes with `--jsonl`.
#[test]
fn csv_and_markdown_formats_write_the_findings_tables() {
    let text =
        "Talks in Geneva\n\nNorway's foreign minister, Ingrid Solberg, said on Friday: \"We will meet, \
                in Oslo.\"\n";
    let csv = lede(
        &["analyse", "-", "--date", "2024-03-14", "--format", "csv"],
        Some(text.as_bytes()),
    );
    assert_no_panic(&csv);
    assert!(csv.status.success(), "{}", stderr(&csv));
    let csv = stdout(&csv);
    for part in [
        "Actors\r\nActor,Kind,Roles,Country,Mentions,References,Quotes\r\n",
        "Ingrid Solberg,person,Norway's foreign minister,NO,1,0,1\r\n",
        "\r\n\r\nQuotes\r\n",
        "Ingrid Solberg,Ingrid Solberg,direct,said,\"We will meet, in Oslo.\"\r\n",
        "Friday,date,2024-03-08,",
        "Countries\r\nCountry,Code,Mentions,Named as,Via\r\nNorway,NO,2,Norway; Oslo,capital; name\r\n",
    ] {
        assert!(csv.contains(part), "{part:?} missing from\n{csv}");
    }
    let md = lede(
        &["analyse", "-", "--date=2024-03-14", "--format=md"],
        Some(text.as_bytes()),
    );
    assert!(md.status.success(), "{}", stderr(&md));
    let md = stdout(&md);
    assert!(
        md.starts_with("# Talks in Geneva\n\nPublication date: 2024-03-14\n"),
        "{md}"
    );
    assert!(
        md.contains("## Quotes\n\n| Speaker | Named as | Kind | Verb | Quote |\n|---|---|---|---|---|\n"),
        "{md}"
    );
    let refused = lede(&["analyse", "--jsonl", "--format", "csv"], Some(b""));
    assert_no_panic(&refused);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
}

// ---- lede audit ----

/// The audit fixture articles, in file-name order, as paths.
fn audit_fixtures() -> Vec<String> {
    let dir = fixture("audit");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/audit")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

fn audit_of(extra: &[&str], stdin: Option<&[u8]>) -> Output {
    let files = audit_fixtures();
    let mut args = vec!["audit"];
    if stdin.is_none() {
        args.extend(files.iter().map(String::as_str));
    }
    args.extend(extra);
    let o = lede(&args, stdin);
    assert_no_panic(&o);
    o
}

#[test]
fn audit_writes_the_markdown_summary_by_default() {
    let o = audit_of(&[], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    for part in [
        "# Voices audit\n\n6 articles, from 2024-03-04 to 2024-04-09.",
        "| 1 | Ana Ruiz | Official | 4 | 7 | 67 | 27% |",
        "| Ruiz | Ana Ruiz | the surname of the only full name quoted with it |",
    ] {
        assert!(md.contains(part), "{part:?} missing from\n{md}");
    }
}

#[test]
fn audit_csv_writes_three_sections_or_one_table() {
    let o = audit_of(&["--format", "csv"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(
        csv.starts_with("Speakers\r\nSpeaker,Named as,Type,Kind of source,"),
        "{csv}"
    );
    assert!(csv.contains("\r\n\r\nQuotes\r\nArticle no.,Quote no.,"), "{csv}");
    assert!(
        csv.contains("\r\n\r\nArticles\r\nArticle,Date,Quotes,Speakers,"),
        "{csv}"
    );
    let one = audit_of(&["--format", "csv", "--table", "articles"], None);
    let one = stdout(&one);
    assert!(one.starts_with("Article,Date,Quotes,Speakers,"), "{one}");
    assert!(
        one.contains(
            "\r\nQuay road to close for repairs,2024-04-09,3,Ana Ruiz; Tom Berg,Official,0,0,no,yes\r\n"
        ),
        "{one}"
    );
}

#[test]
fn audit_json_holds_every_report_and_the_edits() {
    let edits = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("audit-edits.json");
    std::fs::write(
        &edits,
        r#"{"unmerged": ["Ruiz"], "kinds": {"person:berg": "official"}, "tags": ["local"]}"#,
    )
    .expect("write edits");
    let path = edits.to_string_lossy().into_owned();
    let o = audit_of(&["--format", "json", "--edits", &path], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["schema"], "lede.audit/1");
    let articles = array(&v, "articles");
    assert_eq!(articles.len(), 6);
    for a in articles {
        check_report_shape(&a["report"], a["text"].as_str().unwrap_or(""));
        assert!(a["title"].is_string() && a["text"].is_string() && a["date"].is_string());
    }
    assert_eq!(v["edits"]["kinds"]["person:berg"], "official");
    // The edits change the tables too.
    let md = stdout(&audit_of(&["--edits", &path], None));
    assert!(md.contains("- Official: 4 speakers"), "Berg is an official\n{md}");
    assert!(!md.contains("| Ruiz | Ana Ruiz |"), "{md}");
}

#[test]
fn audit_reads_jsonl_records_with_titles_and_dates() {
    let input = concat!(
        r#"{"id": "a", "text": "Ferry cut\n\nMinister Ana Ruiz said: \"We must.\"", "date": "2024-05-01"}"#,
        "\n",
        r#"{"id": "b", "title": "Given title", "text": "Ms Ruiz said the ferry would return."}"#,
        "\n\n",
        "not json\n",
    );
    let o = audit_of(
        &[
            "--jsonl",
            "--format",
            "csv",
            "--table",
            "articles",
            "--date",
            "2024-06-01",
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(1), "a bad line: status 1\n{}", stderr(&o));
    assert!(stderr(&o).contains("line 4"), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(
        csv.contains("\r\nFerry cut,2024-05-01,1,Ana Ruiz,Official,"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\nGiven title,2024-06-01,1,Ana Ruiz,Official,"),
        "--date is the fallback\n{csv}"
    );
}

#[test]
fn audit_refuses_bad_arguments_and_reports_unreadable_files() {
    for args in [
        &["audit"][..],
        &["audit", "--format", "pdf", "x.txt"],
        &["audit", "--table", "speakers", "x.txt"],
        &["audit", "--jsonl", "x.txt"],
        &["audit", "--date", "2024-02-30", "x.txt"],
    ] {
        let o = lede(args, None);
        assert_no_panic(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
    let missing = fixture("audit/no-such-article.txt")
        .to_string_lossy()
        .into_owned();
    let o = audit_of(&[&missing], None);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("6 articles"),
        "the other articles are audited"
    );
    let help = lede(&["audit", "--help"], None);
    assert!(help.status.success() && stdout(&help).contains("lede audit FILE..."));
}
