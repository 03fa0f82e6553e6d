//! Helpers shared by the integration tests (each test binary uses a part of them).
#![allow(dead_code)]

pub mod cases;

use std::path::PathBuf;

/// The evaluation kit's sample folder: `$LEDE_EVAL_DIR/sample`, else `shared/eval/sample` beside the
/// project or beside one of its parent folders (a checkout at `X/lede` or a worktree at `X/wt/lede`
/// both find `X/shared/eval`). `None` when there is none.
pub fn eval_sample_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("LEDE_EVAL_DIR") {
        let dir = PathBuf::from(dir).join("sample");
        return dir.join("seed-article.txt").is_file().then_some(dir);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    root.ancestors()
        .skip(1)
        .map(|a| a.join("shared/eval/sample"))
        .find(|d| d.join("seed-article.txt").is_file())
}

/// The evaluation kit (`$LEDE_EVAL_DIR`, else `shared/eval` beside the project or one of its parent
/// folders), or `None` when it is absent. The one place tests locate it.
pub fn eval_dir() -> Option<PathBuf> {
    eval_sample_dir().and_then(|d| d.parent().map(PathBuf::from))
}
