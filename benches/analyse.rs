//! Throughput of `lede::analyse` (bytes of article per second): on the web app's example article, on
//! about 1 MB of articles, and per extractor-sized slice of the pipeline.
//!
//! ```text
//! cargo bench --bench analyse                 # all
//! cargo bench --bench analyse -- example      # those whose name contains "example"
//! ```
//! Native only; on wasm32 this is an empty program, so `cargo clippy --all-targets` passes there too.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::path::PathBuf;

    use criterion::{Criterion, Throughput};
    use lede::{analyse, Date, Options};

    fn read(relative: &str) -> Option<String> {
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)).ok()
    }

    /// The app's example article, or the self-written fixture when it is absent.
    fn example() -> (String, String) {
        let text = read("src/ui/example-article.txt")
            .or_else(|| read("tests/fixtures/harbour-talks.txt"))
            .expect("an article to measure");
        ("example".to_string(), text)
    }

    /// About 1 MB: the example repeated, paragraph-separated.
    fn megabyte(article: &str) -> String {
        let mut out = String::with_capacity(1 << 20);
        while out.len() < 1 << 20 {
            out.push_str(article);
            out.push_str("\n\n");
        }
        out
    }

    fn benches(c: &mut Criterion) {
        let (name, article) = example();
        let options = Options {
            reference_date: Date::parse_iso("2024-03-14"),
        };
        let mut group = c.benchmark_group("analyse");
        group.throughput(Throughput::Bytes(article.len() as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| analyse(black_box(&article), &options))
        });
        let big = megabyte(&article);
        group.throughput(Throughput::Bytes(big.len() as u64));
        group.sample_size(10);
        group.bench_function("1MB", |b| b.iter(|| analyse(black_box(&big), &options)));
        group.finish();

        let mut group = c.benchmark_group("stages");
        group.throughput(Throughput::Bytes(article.len() as u64));
        group.bench_function("segment", |b| {
            b.iter(|| lede::analysis::text::Doc::new(black_box(&article)))
        });
        let report = analyse(&article, &options);
        group.bench_function("to_json", |b| {
            b.iter(|| serde_json::to_string(black_box(&report)))
        });
        group.finish();
    }

    pub fn main() {
        let mut c = Criterion::default().configure_from_args();
        benches(&mut c);
        c.final_summary();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
