//! A Markdown file opened as an article becomes its plain text: the markup that would confuse the
//! analysis goes, the words stay.
//!
//! Headings lose their `#`s (and setext underlines), emphasis its `*` and `_`, links keep their
//! text (`[talks](https://…)` → `talks`), images, link definitions and fenced code blocks go,
//! block quotes and list items lose their markers, inline code its backticks, escapes their
//! backslash. Anything else is left as written. One pass over the lines, linear in the input.

/// The plain text of a Markdown document.
pub fn to_text(markdown: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut fence: Option<(u8, usize)> = None;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if let Some((mark, n)) = fence {
            if fence_of(trimmed).is_some_and(|(m, k)| m == mark && k >= n) {
                fence = None;
            }
            continue;
        }
        if let Some(f) = fence_of(trimmed) {
            fence = Some(f);
            continue;
        }
        if is_rule(trimmed) {
            lines.push(String::new());
            continue;
        }
        if is_link_definition(trimmed) {
            continue;
        }
        lines.push(inline(strip_block_markers(trimmed)).trim_end().to_string());
    }
    tidy(&lines)
}

/// At most one blank line in a row, none at the start or the end.
fn tidy(lines: &[String]) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in lines {
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(line);
    }
    out
}

/// A code fence (three or more backticks or tildes): its mark and length.
fn fence_of(line: &str) -> Option<(u8, usize)> {
    let mark = *line.as_bytes().first()?;
    if mark != b'`' && mark != b'~' {
        return None;
    }
    let n = line.bytes().take_while(|&b| b == mark).count();
    (n >= 3).then_some((mark, n))
}

/// A thematic break or a setext underline: three or more of one of `-*_=`, spaces allowed.
fn is_rule(line: &str) -> bool {
    let marks: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && matches!(marks[0], '-' | '*' | '_' | '=') && marks.iter().all(|&c| c == marks[0])
}

/// `[label]: https://…`
fn is_link_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|i| !line[1..i].contains(']') && i > 1)
}

/// Removes block-quote markers, a heading's `#`s and a list item's marker.
fn strip_block_markers(line: &str) -> &str {
    let mut l = line;
    while let Some(rest) = l.strip_prefix('>') {
        l = rest.trim_start();
    }
    let hashes = l.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && l[hashes..].chars().next().is_none_or(|c| c == ' ' || c == '\t') {
        return l[hashes..].trim().trim_end_matches('#').trim_end();
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = l.strip_prefix(bullet) {
            return rest.trim_start();
        }
    }
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &l[digits..];
        if rest.starts_with(". ") || rest.starts_with(") ") {
            return rest[2..].trim_start();
        }
    }
    l
}

/// The next position of `byte` at or after `from`, remembered so that repeated searches over a line
/// stay linear.
struct NextOf {
    byte: u8,
    found: Option<usize>,
    searched_to: usize,
}

impl NextOf {
    fn new(byte: u8) -> NextOf {
        NextOf {
            byte,
            found: None,
            searched_to: 0,
        }
    }

    fn at_or_after(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        if let Some(f) = self.found.filter(|&f| f >= from) {
            return Some(f);
        }
        let start = from.max(self.searched_to);
        self.found = bytes[start.min(bytes.len())..]
            .iter()
            .position(|&b| b == self.byte)
            .map(|p| start + p);
        self.searched_to = self.found.map_or(bytes.len(), |f| f + 1);
        self.found
    }
}

/// A link or image at `i` (on `[` or `!`): its text (empty for an image) and where it ends.
fn link_at<'a>(line: &'a str, i: usize, close: &mut NextOf, paren: &mut NextOf) -> Option<(&'a str, usize)> {
    let bytes = line.as_bytes();
    let image = bytes[i] == b'!';
    let open = if image { i + 1 } else { i };
    if bytes.get(open) != Some(&b'[') {
        return None;
    }
    let end_text = close.at_or_after(bytes, open + 1)?;
    let label = &line[open + 1..end_text];
    let end = match bytes.get(end_text + 1) {
        Some(b'(') => {
            // A URL with one pair of parentheses in it (Wikipedia's) ends at the second `)`.
            let first = paren.at_or_after(bytes, end_text + 2)?;
            let url = &line[end_text + 2..first];
            let nested = url.len() <= 512 && url.contains('(');
            if nested {
                paren.at_or_after(bytes, first + 1)? + 1
            } else {
                first + 1
            }
        }
        Some(b'[') => line[end_text + 2..].find(']').map(|p| end_text + 2 + p + 1)?,
        _ => return None,
    };
    Some((if image { "" } else { label }, end))
}

fn is_boundary(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || (c.is_ascii_punctuation() && c != '*' && c != '_'))
}

/// Whether a run of `*` or `_` between `before` and `after` opens or closes emphasis.
fn is_emphasis(before: Option<char>, after: Option<char>) -> bool {
    let blank = |c: Option<char>| c.is_none_or(char::is_whitespace);
    (is_boundary(before) && !blank(after)) || (!blank(before) && is_boundary(after))
}

/// Links to their text, images out, emphasis and code marks out, escapes resolved.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let (mut close, mut paren) = (NextOf::new(b']'), NextOf::new(b')'));
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < line.len() {
        let c = line[i..].chars().next().unwrap_or(' ');
        match c {
            '[' | '!' => {
                if let Some((label, end)) = link_at(line, i, &mut close, &mut paren) {
                    out.push_str(&inline(label));
                    i = end;
                    continue;
                }
            }
            '\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                out.push(bytes[i + 1] as char);
                i += 2;
                continue;
            }
            '`' => {
                i += 1;
                continue;
            }
            '*' | '_' => {
                let run = bytes[i..].iter().take_while(|&&b| b == c as u8).count();
                let before = line[..i].chars().next_back();
                let after = line[i + run..].chars().next();
                if !is_emphasis(before, after) {
                    out.push_str(&line[i..i + run]);
                }
                i += run;
                continue;
            }
            _ => {}
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_removed() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "atx heading",
                "# Talks in Geneva\n\nThe talks began.",
                "Talks in Geneva\n\nThe talks began.",
            ),
            ("closed heading", "## Talks ##", "Talks"),
            ("hashtag is no heading", "#talks trended", "#talks trended"),
            (
                "setext heading",
                "Talks in Geneva\n===============\nBody.",
                "Talks in Geneva\n\nBody.",
            ),
            (
                "emphasis",
                "She said it was *very* **clear** and _final_.",
                "She said it was very clear and final.",
            ),
            (
                "bold sentence",
                "**Geneva, Friday.** Talks ended.",
                "Geneva, Friday. Talks ended.",
            ),
            (
                "snake case stays",
                "the file_name and 5 * 3",
                "the file_name and 5 * 3",
            ),
            (
                "link",
                "Read [the statement](https://example.org/a_(b)) now.",
                "Read the statement now.",
            ),
            (
                "plain link",
                "See [Reuters](https://example.org).",
                "See Reuters.",
            ),
            (
                "reference link",
                "See [the report][1].\n\n[1]: https://example.org",
                "See the report.",
            ),
            (
                "image",
                "![A photo of Geneva](geneva.jpg)\nTalks ended.",
                "Talks ended.",
            ),
            (
                "emphasis in link",
                "[*Le Monde*](https://lemonde.fr) reported",
                "Le Monde reported",
            ),
            (
                "fence",
                "Before.\n```rust\nlet x = \"quote\";\n```\nAfter.",
                "Before.\nAfter.",
            ),
            ("tilde fence", "~~~\ncode\n~~~~\nAfter.", "After."),
            ("unclosed fence drops the rest", "Text.\n```\ncode", "Text."),
            (
                "block quote",
                "> \"We agree,\" she said.\n> > Nested.",
                "\"We agree,\" she said.\nNested.",
            ),
            (
                "lists",
                "- one\n* two\n+ three\n1. four\n12) five",
                "one\ntwo\nthree\nfour\nfive",
            ),
            ("inline code", "Run `lede` now.", "Run lede now."),
            (
                "escapes",
                "1\\. Not a list \\*really\\*",
                "1. Not a list *really*",
            ),
            ("rule", "One.\n\n---\n\nTwo.", "One.\n\nTwo."),
            (
                "brackets that are no link",
                "He said [sic] and [x](",
                "He said [sic] and [x](",
            ),
            ("unicode", "*Zürich* — «oui»", "Zürich — «oui»"),
            ("empty", "", ""),
        ];
        for (name, input, want) in cases {
            assert_eq!(to_text(input), *want, "{name}");
        }
    }

    #[test]
    fn hostile_lines_stay_linear_and_safe() {
        for input in [
            "[".repeat(100_000) + "]",
            "![".repeat(50_000),
            "[a](".repeat(30_000),
            "*_".repeat(50_000),
            "\\".repeat(100_000),
            "é*".repeat(30_000),
            "#".repeat(100_000),
        ] {
            let start = std::time::Instant::now();
            let _ = to_text(&input);
            assert!(start.elapsed().as_secs() < 5, "{}", &input[..10]);
        }
    }
}
