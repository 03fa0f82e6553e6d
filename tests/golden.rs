//! Golden snapshots: the readable rendering (`lede::analysis::render`) of the reports of self-written
//! articles, compared with `tests/golden/NAME.txt`.
//!
//! A change in any analysis shows up here as a line diff. When the change is an improvement, accept it:
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test --test golden
//! git diff tests/golden
//! ```
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use lede::analysis::render::render;
use lede::{analyse, Date, Options};

struct Case {
    /// The snapshot is `tests/golden/{name}.txt`.
    name: &'static str,
    /// The article, relative to the crate root.
    article: &'static str,
    date: Option<&'static str>,
}

const CASES: &[Case] = &[
    // The web app's example article (publication date taken from its dateline).
    Case {
        name: "example-article",
        article: "src/ui/example-article.txt",
        date: None,
    },
    Case {
        name: "harbour-talks",
        article: "tests/fixtures/harbour-talks.txt",
        date: None,
    },
    Case {
        name: "harbour-talks-dated",
        article: "tests/fixtures/harbour-talks.txt",
        date: Some("2025-05-08"),
    },
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A line diff (longest common subsequence): `-` expected, `+` actual, two lines of context.
fn diff(expected: &str, actual: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    let near_change = |k: usize| {
        ops[k.saturating_sub(2)..(k + 3).min(ops.len())]
            .iter()
            .any(|o| o.0 != ' ')
    };
    let mut out = String::new();
    let mut skipped = false;
    for (k, (op, line)) in ops.iter().enumerate() {
        if near_change(k) {
            if skipped {
                out.push_str("  ...\n");
                skipped = false;
            }
            out.push_str(&format!("{op} {line}\n"));
        } else {
            skipped = true;
        }
    }
    out
}

fn check(case: &Case) -> Result<(), String> {
    let article_path = root().join(case.article);
    let Ok(text) = std::fs::read_to_string(&article_path) else {
        println!("golden {}: {} is absent; skipped", case.name, case.article);
        return Ok(());
    };
    let reference_date = case
        .date
        .map(|d| Date::parse_iso(d).expect("a valid date in the case table"));
    let actual = render(&analyse(&text, &Options { reference_date }));
    let golden: &Path = &root().join("tests/golden").join(format!("{}.txt", case.name));
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v != "0") {
        std::fs::create_dir_all(golden.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(golden, &actual).map_err(|e| format!("cannot write {}: {e}", golden.display()))?;
        println!("golden {}: written to {}", case.name, golden.display());
        return Ok(());
    }
    let expected = std::fs::read_to_string(golden).map_err(|e| {
        format!(
            "golden {}: cannot read {} ({e}); create it with UPDATE_GOLDEN=1",
            case.name,
            golden.display()
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    Err(format!(
        "golden {} differs from {} (- expected, + actual):\n{}\nIf the new output is right: UPDATE_GOLDEN=1 cargo test --test golden",
        case.name,
        golden.display(),
        diff(&expected, &actual)
    ))
}

#[test]
fn golden_snapshots() {
    let failures: Vec<String> = CASES.iter().filter_map(|c| check(c).err()).collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn diff_shows_changed_lines_with_context() {
    let d = diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n");
    assert_eq!(d, "  ...\n  b\n  c\n- d\n+ D\n  e\n  f\n");
    assert_eq!(diff("same\n", "same\n"), "");
    assert_eq!(diff("", "new\n"), "+ new\n");
}
