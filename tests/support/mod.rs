//! Helpers shared by the integration tests.

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
