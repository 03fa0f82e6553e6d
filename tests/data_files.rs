//! Every word list and gazetteer in `src/analysis/data/` is plain data: a header that says what the
//! entries are and names their source and licence, then one entry per line, sorted in byte order and
//! unique. A file added to the folder is checked without being listed anywhere.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

#[test]
fn every_data_file_names_its_source_and_is_sorted() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/analysis/data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert!(files.len() > 40, "{} data files", files.len());
    for path in files {
        let name = path.display();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(text.starts_with("# "), "{name}: no header");
        let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header.iter().any(|l| l.starts_with("# source:")) && header.iter().any(|l| l.contains("licence")),
            "{name}: the header names no source and licence"
        );
        let entries: Vec<&str> = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert!(!entries.is_empty(), "{name}: no entries");
        if let Some(w) = entries.windows(2).find(|w| w[0] >= w[1]) {
            panic!("{name}: not sorted or not unique at {:?} / {:?}", w[0], w[1]);
        }
    }
}
