//! End-to-end tests of the web app in real headless Chromium.
//!
//! The app must already be built into `dist/` (`trunk build --release`; `scripts/test` does it first).
//! Each test serves `dist/` from a small std-only HTTP server on a free loopback port, starts
//! `chromedriver`, drives a fresh headless Chromium profile with WebDriver (fantoccini), and checks what
//! the page shows against the native analysis of the same text (`lede::analyse`).
//!
//! Without `dist/index.html` or `chromedriver` the tests are skipped with a message, unless
//! `LEDE_E2E_REQUIRED=1` is set (as `scripts/test` does), in which case they fail.
//! `LEDE_SCREENSHOT=path.png` makes `example_article` save a screenshot of the loaded example;
//! `LEDE_SCREENSHOT_DIR=dir` makes the Compare, presentation and wide-screen tests save theirs there.
//! `CHROMEDRIVER` and `CHROME_BIN` override where the driver and the browser are looked for.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

mod support;

use fantoccini::{Client, ClientBuilder, Locator};
use lede::{analyse, Date, Options, Report};
use serde_json::{json, Value};

const TIMEOUT: Duration = Duration::from_secs(30);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------------------------------------
// A static file server for dist/ on loopback.

/// Paths the browser asked the server for.
type RequestLog = Arc<Mutex<Vec<String>>>;

fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" | "webmanifest" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Set to make the server drop every connection unanswered, as if the network were gone.
type Offline = Arc<AtomicBool>;

/// Serves `dist` on 127.0.0.1 (a free port) until the process ends.
fn serve(dist: PathBuf) -> (SocketAddr, RequestLog, Offline) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let addr = listener.local_addr().unwrap();
    let log = RequestLog::default();
    let offline = Offline::default();
    let (log2, offline2) = (log.clone(), offline.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if offline2.load(Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            let (dist, log) = (dist.clone(), log2.clone());
            std::thread::spawn(move || {
                let _ = handle(stream, &dist, &log);
            });
        }
    });
    (addr, log, offline)
}

fn handle(stream: TcpStream, dist: &Path, log: &RequestLog) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    log.lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(target.to_string());
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = Path::new(path.trim_start_matches('/'));
    let safe = relative.components().all(|c| matches!(c, Component::Normal(_)));
    let file = if path.ends_with('/') {
        dist.join(relative).join("index.html")
    } else {
        dist.join(relative)
    };
    let mut out = stream;
    match (method, safe, std::fs::read(&file)) {
        ("GET" | "HEAD", true, Ok(body)) => {
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                mime_type(&file),
                body.len()
            )?;
            if method == "GET" {
                out.write_all(&body)?;
            }
        }
        _ => {
            let body = b"not found\n";
            write!(
                out,
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            out.write_all(body)?;
        }
    }
    out.flush()
}

// ---------------------------------------------------------------------------------------------------
// chromedriver and a headless Chromium session.

/// One browser test at a time: two Chromium instances on a two-core machine make both flaky.
static BROWSER: Mutex<()> = Mutex::new(());

fn required() -> bool {
    std::env::var_os("LEDE_E2E_REQUIRED").is_some_and(|v| v != "0")
}

/// Skips (or, when required, fails) with a message.
fn skip(why: &str) {
    assert!(!required(), "end-to-end test cannot run: {why}");
    println!("end-to-end test skipped: {why}");
}

fn find_program(env_var: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env_var) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

struct ChromeDriver {
    child: Child,
    port: u16,
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn start_chromedriver(program: &Path) -> ChromeDriver {
    let port = free_port();
    let child = Command::new(program)
        .arg(format!("--port={port}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", program.display()));
    let driver = ChromeDriver { child, port };
    let deadline = Instant::now() + TIMEOUT;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not listen on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    driver
}

/// Everything one test needs; dropped in reverse order (browser profile last).
struct Env {
    base: String,
    log: RequestLog,
    offline: Offline,
    driver: ChromeDriver,
    profile: PathBuf,
    _lock: MutexGuard<'static, ()>,
}

impl Drop for Env {
    fn drop(&mut self) {
        // After a failed test the session was never closed: end that browser (found by its profile)
        // so that it does not outlive the test run.
        kill_browsers_using(&self.profile);
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Sends SIGTERM to the processes started with `--user-data-dir=profile` (Linux `/proc`; elsewhere
/// nothing happens).
fn kill_browsers_using(profile: &Path) {
    let needle = format!("--user-data-dir={}", profile.display());
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        if cmdline.split(|&b| b == 0).any(|arg| arg == needle.as_bytes()) {
            let _ = Command::new("kill")
                .arg(pid.to_string())
                .stderr(Stdio::null())
                .status();
        }
    }
}

impl Env {
    /// `None` (after a message) when the app is not built or no chromedriver is installed.
    fn start() -> Option<Env> {
        let lock = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
        let dist = root().join("dist");
        if !dist.join("index.html").is_file() {
            skip("dist/index.html is missing; build the app with `trunk build --release`");
            return None;
        }
        let Some(chromedriver) = find_program("CHROMEDRIVER", &["chromedriver"]) else {
            skip("chromedriver not found (Debian: apt-get install chromium chromium-driver)");
            return None;
        };
        let (addr, log, offline) = serve(dist);
        let driver = start_chromedriver(&chromedriver);
        let profile = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
            "e2e-profile-{}-{}",
            std::process::id(),
            driver.port
        ));
        Some(Env {
            base: format!("http://{addr}/"),
            log,
            offline,
            driver,
            profile,
            _lock: lock,
        })
    }

    async fn browser(&self) -> Client {
        self.browser_with(&[]).await
    }

    /// A browser started with extra command-line switches (`--force-dark-mode`, ...).
    async fn browser_with(&self, extra: &[&str]) -> Client {
        let mut args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            "--disable-quic".into(),
            "--window-size=1280,1000".into(),
            "--force-device-scale-factor=1".into(),
        ];
        args.extend(extra.iter().map(|a| a.to_string()));
        args.push(format!("--user-data-dir={}", self.profile.display()));
        // Exports are saved inside the test's own profile folder.
        let downloads = self.profile.join("downloads");
        let mut options = json!({
            "args": args,
            "prefs": { "download.default_directory": downloads, "download.prompt_for_download": false },
        });
        if let Some(bin) = find_program("CHROME_BIN", &["chromium", "chromium-browser", "google-chrome"]) {
            options["binary"] = json!(bin);
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.driver.port))
            .await
            .expect("start a Chromium session")
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

// ---------------------------------------------------------------------------------------------------
// Reading the page.

/// What the result panels show, as JSON (see the DOM contract of the app).
const SNAPSHOT_JS: &str = r#"
const all = (sel, root) => Array.from((root || document).querySelectorAll(sel));
const text = (root, sel) => { const e = root.querySelector(sel); return e ? e.textContent.trim() : null; };
const results = document.querySelector('#results');
return {
  status: results ? results.getAttribute('data-status') : null,
  revision: results ? results.getAttribute('data-revision') : null,
  reference_date: (document.querySelector('#reference-date') || {}).value || null,
  actors: all('#actors-panel li.actor-item').map(li => ({
    name: text(li, '.actor-name'), kind: text(li, '.actor-kind'),
    roles: text(li, '.actor-roles'), count: text(li, '.actor-count') })),
  quote_groups: all('#quotes-panel section.quote-group').map(s => ({
    speaker: text(s, '.speaker-name'),
    quotes: all('li.quote-item', s).map(li => ({ text: text(li, '.quote-text'), kind: text(li, '.quote-kind') })) })),
  dates: all('#dates-panel li.date-item').map(li => ({ text: text(li, '.date-text'), value: text(li, '.date-value'), human: text(li, '.date-human') })),
  countries: all('#countries-panel li.country-item').map(li => ({
    code: li.getAttribute('data-code'), name: text(li, '.country-name'), count: text(li, '.country-count') })),
  marks: Object.fromEntries(['actor', 'quote', 'date', 'country'].map(k =>
    [k, all('#article-view mark.ent--' + k).length])),
  selected: all('#article-view mark.is-selected').length,
};
"#;

async fn snapshot(client: &Client) -> Value {
    client.execute(SNAPSHOT_JS, vec![]).await.expect("read the page")
}

fn strings<'a>(items: &'a Value, key: &str) -> Vec<&'a str> {
    items
        .as_array()
        .map(|a| a.iter().filter_map(|i| i[key].as_str()).collect())
        .unwrap_or_default()
}

/// Polls the page until `check` passes on a ready snapshot; fails with the last complaint otherwise.
async fn eventually(client: &Client, what: &str, check: impl Fn(&Value) -> Result<(), String>) -> Value {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let snap = snapshot(client).await;
        let verdict = if snap["status"] != "ready" {
            Err(format!("#results is {} (not ready)", snap["status"]))
        } else {
            check(&snap)
        };
        match verdict {
            Ok(()) => return snap,
            Err(e) if Instant::now() >= deadline => {
                panic!(
                    "{what}: {e}\npage: {}",
                    serde_json::to_string_pretty(&snap).unwrap()
                )
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// Sets a form field's value the way typing would, so the app's input handlers see it.
async fn set_field(client: &Client, selector: &str, value: &str) {
    let js = r#"
      const el = document.querySelector(arguments[0]);
      if (!el) return false;
      const proto = Object.getPrototypeOf(el);
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, arguments[1]);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    "#;
    let ok = client
        .execute(js, vec![json!(selector), json!(value)])
        .await
        .expect("set a field");
    assert_eq!(ok, json!(true), "{selector} not found");
}

/// The page's set of something vs the native analysis' set.
fn same_set(what: &str, page: Vec<&str>, native: Vec<&str>) -> Result<(), String> {
    let (p, n): (BTreeSet<&str>, BTreeSet<&str>) = (page.into_iter().collect(), native.into_iter().collect());
    if p == n {
        Ok(())
    } else {
        Err(format!("{what}: page shows {p:?}, the analysis finds {n:?}"))
    }
}

fn contains_all(what: &str, page: &[&str], wanted: &[&str]) -> Result<(), String> {
    let missing: Vec<&&str> = wanted
        .iter()
        .filter(|w| !page.iter().any(|p| p.eq_ignore_ascii_case(w)))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("{what}: {missing:?} missing from {page:?}"))
    }
}

/// The page agrees with the native report on actors, quote speakers, dates and countries.
fn matches_native(snap: &Value, native: &Report) -> Result<(), String> {
    same_set(
        "actors",
        strings(&snap["actors"], "name"),
        native.actors.iter().map(|a| a.name.as_str()).collect(),
    )?;
    let speaker_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| native.actors.iter().find(|a| &a.id == id))
            .map_or("Unattributed", |a| a.name.as_str())
    };
    same_set(
        "quote speakers",
        strings(&snap["quote_groups"], "speaker"),
        native.quotes.iter().map(|q| speaker_name(&q.speaker)).collect(),
    )?;
    let page_quotes: usize = snap["quote_groups"].as_array().map_or(0, |g| {
        g.iter().map(|g| g["quotes"].as_array().map_or(0, Vec::len)).sum()
    });
    if page_quotes != native.quotes.len() {
        return Err(format!(
            "{page_quotes} quotes shown, {} found",
            native.quotes.len()
        ));
    }
    let page_dates = strings(&snap["dates"], "value");
    if snap["dates"].as_array().map_or(0, Vec::len) != native.dates.len() {
        return Err(format!(
            "{} dates shown, {} found",
            snap["dates"].as_array().map_or(0, Vec::len),
            native.dates.len()
        ));
    }
    let page_humans = strings(&snap["dates"], "human");
    for value in native.dates.iter().filter_map(|d| d.value.as_deref()) {
        if !page_dates.iter().any(|p| p.contains(value)) {
            return Err(format!(
                "date value {value} not shown; dates panel: {page_dates:?}"
            ));
        }
        let human = lede::analysis::timex::display(value);
        if human != value && !page_humans.contains(&human.as_str()) {
            return Err(format!(
                "date value {value} not shown as {human:?}; dates panel: {page_humans:?}"
            ));
        }
    }
    same_set(
        "countries",
        strings(&snap["countries"], "code"),
        native.countries.iter().map(|c| c.code.as_str()).collect(),
    )?;
    for (kind, n) in [
        ("actor", native.actors.len()),
        ("quote", native.quotes.len()),
        ("date", native.dates.len()),
        ("country", native.countries.len()),
    ] {
        if n > 0 && snap["marks"][kind].as_u64().unwrap_or(0) == 0 {
            return Err(format!("no {kind} is highlighted in #article-view"));
        }
    }
    Ok(())
}

fn example_text() -> String {
    let path = root().join("src/ui/example-article.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

async fn open_with_example(env: &Env, client: &Client) {
    client.goto(&env.base).await.expect("open the app");
    client
        .wait()
        .at_most(TIMEOUT)
        .for_element(Locator::Css("#load-example"))
        .await
        .expect("#load-example");
    client
        .find(Locator::Css("#load-example"))
        .await
        .unwrap()
        .click()
        .await
        .expect("click Load example");
}

// ---------------------------------------------------------------------------------------------------
// The tests.

/// Loads the example: its actors, a quote of Ms Solberg's, its countries, all as the analysis finds.
#[test]
fn example_article() {
    let Some(env) = Env::start() else { return };
    let article = example_text();
    let native = analyse(&article, &Options::default());
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        let snap = eventually(&client, "example article", |snap| {
            let names = strings(&snap["actors"], "name");
            contains_all(
                "actors",
                &names,
                &["Ingrid Solberg", "Daniel Otieno", "World Trade Organization"],
            )?;
            let solberg = snap["quote_groups"].as_array().into_iter().flatten().find(|g| {
                g["speaker"].as_str().is_some_and(|s| s.contains("Solberg"))
                    && g["quotes"].as_array().is_some_and(|q| !q.is_empty())
            });
            if solberg.is_none() {
                return Err("no quote is attributed to Ingrid Solberg".into());
            }
            contains_all("countries", &strings(&snap["countries"], "code"), &["NO", "KE"])?;
            matches_native(snap, &native)
        })
        .await;
        if let Some(date) = &native.reference_date {
            assert_eq!(
                snap["reference_date"].as_str(),
                Some(date.as_str()),
                "publication date not pre-filled"
            );
        }
        if let Some(path) = std::env::var_os("LEDE_SCREENSHOT") {
            // Tall enough to show the article, the highlighted text and the panels together.
            client
                .set_window_size(1280, 1600)
                .await
                .expect("resize the window");
            tokio::time::sleep(Duration::from_millis(500)).await;
            client.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
            let png = client.screenshot().await.expect("screenshot");
            std::fs::write(&path, png).expect("save the screenshot");
            println!("screenshot saved to {}", PathBuf::from(path).display());
        }
        if std::env::var_os("LEDE_SCREENSHOT_DIR").is_some() {
            // The README's pictures of the workbench's views, on the example article.
            client
                .set_window_size(1400, 1100)
                .await
                .expect("resize the window");
            // (The Sources and Timeline pictures come from their own tests, on texts chosen for them.)
            for slug in ["share-of-voice", "attribution-language"] {
                click(&client, &format!("#tab-{slug}")).await;
                client
                    .execute(
                        "window.scrollTo(0, document.querySelector('#results').offsetTop)",
                        vec![],
                    )
                    .await
                    .unwrap();
                save_screenshot(&client, &format!("view-{slug}.png")).await;
            }
        }
        client.close().await.expect("close the browser");
    });
}

/// Pastes the evaluation kit's sample article and checks what the first-level analysis must show.
#[test]
fn sample_article_pasted() {
    let Some(dir) = support::eval_sample_dir() else {
        println!("no ../shared/eval/sample folder (set LEDE_EVAL_DIR to the evaluation kit); skipped");
        return;
    };
    let (Ok(article), Ok(gold)) = (
        std::fs::read_to_string(dir.join("seed-article.txt")),
        std::fs::read_to_string(dir.join("seed-article.gold.jsonl")),
    ) else {
        println!("sample article not found in {}; skipped", dir.display());
        return;
    };
    let gold: Value = serde_json::from_str(gold.lines().next().unwrap_or("")).expect("gold JSON");
    let Some(env) = Env::start() else { return };
    let native = analyse(
        &article,
        &Options {
            reference_date: Date::parse_iso("2022-01-21"),
        },
    );
    // The direct and partial quotes, by speaker.
    let quotes: Vec<(String, String)> = gold["gold"]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "direct" || q["kind"] == "partial")
        .map(|q| {
            let words = q["text"]
                .as_str()
                .unwrap()
                .trim_matches(|c: char| c.is_ascii_punctuation());
            (q["speaker"].as_str().unwrap().to_string(), words.to_string())
        })
        .collect();
    runtime().block_on(async {
        let client = env.browser().await;
        client.goto(&env.base).await.expect("open the app");
        client
            .wait()
            .at_most(TIMEOUT)
            .for_element(Locator::Css("#article-input"))
            .await
            .expect("#article-input");
        set_field(&client, "#article-input", &article).await;
        set_field(&client, "#reference-date", "2022-01-21").await;
        eventually(&client, "sample article", |snap| {
            if snap["reference_date"] != "2022-01-21" {
                return Err(format!("reference date is {}", snap["reference_date"]));
            }
            let names = strings(&snap["actors"], "name");
            contains_all(
                "actors",
                &names,
                &[
                    "Antony Blinken",
                    "Sergei Lavrov",
                    "Vladimir Putin",
                    "Emmanuel Macron",
                    "Nato",
                    "US Treasury Department",
                ],
            )?;
            for (name, role) in [
                ("Antony Blinken", "US Secretary of State"),
                ("Sergei Lavrov", "Russian Foreign Minister"),
                ("Vladimir Putin", "President"),
                ("Emmanuel Macron", "French President"),
            ] {
                let item = snap["actors"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|a| a["name"] == name);
                if !item
                    .and_then(|a| a["roles"].as_str())
                    .is_some_and(|r| r.contains(role))
                {
                    return Err(format!(
                        "{name}: role {role:?} not shown ({:?})",
                        item.map(|a| &a["roles"])
                    ));
                }
            }
            for (speaker, words) in &quotes {
                let shown = snap["quote_groups"].as_array().unwrap().iter().any(|g| {
                    g["speaker"] == speaker.as_str()
                        && strings(&g["quotes"], "text")
                            .iter()
                            .any(|t| t.contains(words.as_str()))
                });
                if !shown {
                    return Err(format!("quote {words:?} not shown under {speaker}"));
                }
            }
            contains_all(
                "date values",
                &strings(&snap["dates"], "value"),
                &["2022-01-21", "2022-01-20", "2022-W04", "2019"],
            )?;
            contains_all(
                "countries",
                &strings(&snap["countries"], "code"),
                &["US", "RU", "UA", "CH", "IR", "GB", "FR", "DE", "ES", "DK", "RO"],
            )?;
            matches_native(snap, &native)
        })
        .await;
        client.close().await.expect("close the browser");
    });
}

/// Nothing leaves the machine: every resource the page loaded came from the loopback server, and
/// selecting findings (mouse and keyboard) works without any request either.
#[test]
fn no_request_leaves_loopback() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        eventually(&client, "example article", |snap| {
            if strings(&snap["actors"], "name").is_empty() {
                Err("no actors shown".into())
            } else {
                Ok(())
            }
        })
        .await;
        // Select an actor with the keyboard, then a country with the mouse.
        let focused = client
            .execute(
                r#"const li = document.querySelector('#actors-panel li.actor-item');
                   const t = li && (li.matches('button,[role=button],[tabindex]') ? li
                             : li.querySelector('button,[role=button],[tabindex]'));
                   if (!t) return false; t.focus(); return document.activeElement === t;"#,
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(focused, json!(true), "the first actor item cannot take the keyboard focus");
        client.active_element().await.unwrap().send_keys("\u{E007}").await.expect("press Enter");
        eventually(&client, "actor selected with Enter", |snap| {
            if snap["selected"].as_u64().unwrap_or(0) > 0 {
                Ok(())
            } else {
                Err("no mark.is-selected after Enter on an actor".into())
            }
        })
        .await;
        if let Ok(country) = client.find(Locator::Css("#countries-panel li.country-item")).await {
            // The world map above the list loads on demand and may still move the list while it
            // appears: bring the item to the middle of the viewport first, and if the click still
            // lands on something else, click the item itself.
            client
                .execute(
                    "document.querySelector('#countries-panel li.country-item').scrollIntoView({block: 'center'});",
                    vec![],
                )
                .await
                .expect("scroll to a country");
            tokio::time::sleep(Duration::from_millis(200)).await;
            if country.click().await.is_err() {
                client
                    .execute("document.querySelector('#countries-panel li.country-item').click();", vec![])
                    .await
                    .expect("click a country");
            }
        }
        tokio::time::sleep(Duration::from_millis(500)).await;

        let urls = client
            .execute(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => e.name);",
                vec![],
            )
            .await
            .unwrap();
        let urls: Vec<&str> = urls.as_array().unwrap().iter().filter_map(Value::as_str).collect();
        assert!(urls.iter().any(|u| u.ends_with(".wasm")), "the wasm module is not among the loads: {urls:?}");
        let outside: Vec<&&str> = urls
            .iter()
            .filter(|u| !u.starts_with(&env.base) && !u.starts_with("blob:") && !u.starts_with("data:"))
            .collect();
        assert!(outside.is_empty(), "requests left the loopback server: {outside:?}");
        let served = env.log.lock().unwrap().clone();
        assert!(served.iter().any(|p| p.ends_with(".wasm")), "server log: {served:?}");
        client.close().await.expect("close the browser");
    });
}

#[test]
fn server_sends_wasm_with_its_mime_type() {
    assert_eq!(mime_type(Path::new("dist/lede-app_bg.wasm")), "application/wasm");
    assert!(mime_type(Path::new("index.html")).starts_with("text/html"));
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("e2e-serve-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
    std::fs::write(dir.join("a.wasm"), b"\0asm").unwrap();
    let (addr, _log, _offline) = serve(dir.clone());
    let get = |path: &str| {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut out = String::new();
        std::io::Read::read_to_string(&mut s, &mut out).unwrap();
        out
    };
    let index = get("/");
    assert!(
        index.starts_with("HTTP/1.1 200") && index.ends_with("<p>hi</p>"),
        "{index}"
    );
    assert!(get("/a.wasm").contains("Content-Type: application/wasm\r\n"));
    assert!(get("/../Cargo.toml").starts_with("HTTP/1.1 404"));
    assert!(get("/missing.js").starts_with("HTTP/1.1 404"));
    let _ = std::fs::remove_dir_all(dir);
}

// ---------------------------------------------------------------------------------------------------
// Privacy, safety, persistence, offline use and responsiveness.

/// Opens the app and waits until it can analyse at once: the page is built, the analysis worker
/// has started and, when the browser has one, the service worker controls the page.
async fn open_ready(env: &Env, client: &Client) {
    client.goto(&env.base).await.expect("open the app");
    wait_ready(client).await;
}

async fn wait_ready(client: &Client) {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let ready = client
            .execute(
                r#"const r = document.querySelector('#results');
                   const sw = !('serviceWorker' in navigator) || !!navigator.serviceWorker.controller;
                   return !!r && r.getAttribute('data-engine') === 'ready' && sw;"#,
                vec![],
            )
            .await
            .unwrap_or(json!(false));
        if ready == json!(true) {
            return;
        }
        assert!(Instant::now() < deadline, "the app did not become ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn click(client: &Client, selector: &str) {
    client
        .find(Locator::Css(selector))
        .await
        .unwrap_or_else(|_| panic!("{selector} not found"))
        .click()
        .await
        .unwrap_or_else(|_| panic!("click {selector}"));
}

async fn field_value(client: &Client, selector: &str) -> String {
    property_of(client, selector, "value").await
}

/// A property (`value`, `textContent`) of the first element matching `selector`; empty when none.
async fn property_of(client: &Client, selector: &str, property: &str) -> String {
    client
        .execute(
            "const e = document.querySelector(arguments[0]); return e ? e[arguments[1]] : null;",
            vec![json!(selector), json!(property)],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The page runs under a strict Content-Security-Policy (no inline script, nothing but its own
/// origin), works under it, and makes no request at all after it has loaded: not to analyse, select,
/// type, or export.
#[test]
fn strict_csp_and_no_request_after_load() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        let page = client
            .execute(
                r#"const m = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
                   window.cspViolations = [];
                   document.addEventListener('securitypolicyviolation',
                       e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
                   return { csp: m ? m.content : null,
                            inline: Array.from(document.scripts).filter(s => !s.src).length };"#,
                vec![],
            )
            .await
            .unwrap();
        let csp = page["csp"].as_str().expect("a Content-Security-Policy meta tag");
        for directive in [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "connect-src 'self'",
        ] {
            assert!(csp.contains(directive), "CSP lacks {directive:?}: {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(page["inline"], json!(0), "inline scripts in the page");
        let loaded = env.log.lock().unwrap().clone();
        assert!(
            loaded.iter().filter(|p| p.ends_with(".wasm")).count() >= 2,
            "the app's and the worker's modules: {loaded:?}"
        );

        // Use it: the example, a selection, typing, a date, an export.
        click(&client, "#load-example").await;
        eventually(&client, "example", |s| {
            if strings(&s["actors"], "name").is_empty() {
                Err("no actors".into())
            } else {
                Ok(())
            }
        })
        .await;
        click(&client, "#actors-panel li.actor-item").await;
        set_field(
            &client,
            "#article-input",
            "Ms Solberg said in Oslo on Monday that Nato would meet.",
        )
        .await;
        set_field(&client, "#reference-date", "2024-03-14").await;
        eventually(&client, "typed text", |s| {
            contains_all("countries", &strings(&s["countries"], "code"), &["NO"])
        })
        .await;
        click(&client, "#export-json").await;
        tokio::time::sleep(Duration::from_millis(1_500)).await;

        let after = env.log.lock().unwrap().clone();
        assert_eq!(after, loaded, "requests after the page had loaded");
        let urls = client
            .execute(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);",
                vec![],
            )
            .await
            .unwrap();
        let outside: Vec<&str> = urls
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .filter(|u| !u.starts_with(&env.base) && !u.starts_with("blob:") && !u.starts_with("data:"))
            .collect();
        assert!(outside.is_empty(), "requests left the origin: {outside:?}");
        let violations = client
            .execute("return window.cspViolations;", vec![])
            .await
            .unwrap();
        assert_eq!(violations, json!([]), "CSP violations");
        client.close().await.expect("close the browser");
    });
}

/// Markup in the text is text: scripts, event attributes and `javascript:` links in a typed or
/// pasted article never run and never become elements, in the article view, the panels or the
/// tooltips; a rich-text (HTML) paste arrives as its plain text.
#[test]
fn markup_in_the_text_stays_text() {
    let Some(env) = Env::start() else { return };
    let hostile = "<script>window.pwned = 1</script> Ms Ingrid Solberg said \"<img src=x onerror=\"window.pwned = 2\">\" \
                   in Oslo on Monday. <a href=\"javascript:window.pwned = 3\">Nato</a> met <b onmouseover=\"window.pwned = 4\" \
                   onclick=\"window.pwned = 5\">Kenya</b>'s <iframe src=\"javascript:parent.pwned = 6\"></iframe> minister.\n\
                   <svg onload=\"window.pwned = 7\"></svg> Mr Daniel Otieno said: \"<style>body{display:none}</style>We agree.\"";
    const ELEMENTS_JS: &str = r#"
        return { pwned: window.pwned === undefined ? null : window.pwned,
                 scripts: document.scripts.length,
                 hostile: document.querySelectorAll('img, iframe, svg script, b, a[href^="javascript:"], [onerror], [onload], [onclick], [onmouseover], body style').length,
                 view: (document.querySelector('#article-view') || {}).textContent || null,
                 titles: Array.from(document.querySelectorAll('[title]')).map(e => e.title).join('\n'),
                 why: (document.querySelector('#why-this') || {}).textContent || '' };"#;
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        let before = client.execute(ELEMENTS_JS, vec![]).await.unwrap();
        set_field(&client, "#article-input", hostile).await;
        eventually(&client, "hostile text analysed", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])
        })
        .await;
        // Hover and click every highlight and list item, as a reader might.
        client
            .execute(
                r#"for (const e of document.querySelectorAll('#article-view mark, li.actor-item, li.quote-item')) {
                     e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); e.click(); }
                   document.querySelector('#article-view mark.ent--actor')
                     .dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));"#,
                vec![],
            )
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after = client.execute(ELEMENTS_JS, vec![]).await.unwrap();
        assert_eq!(after["pwned"], json!(null), "injected code ran");
        assert_eq!(after["scripts"], before["scripts"], "a script element was created");
        assert_eq!(after["hostile"], json!(0), "markup of the text became elements");
        assert_eq!(after["view"].as_str(), Some(hostile), "the article view shows the text as text");
        // The explanation of the highlight pointed at (it replaced the marks' titles) names the actor.
        assert!(
            after["why"].as_str().unwrap_or("").contains("Ingrid Solberg"),
            "explanation: {}",
            after["why"]
        );

        // A rich-text paste: only its text arrives.
        click(&client, "#clear-text").await;
        let pasted = client
            .execute(
                r#"const el = document.querySelector('#article-input');
                   el.focus();
                   const data = new DataTransfer();
                   data.setData('text/html', '<p>Ms Solberg <b>said</b> <img src=x onerror="window.pwned = 8">hello.</p>'
                       + '<script>window.pwned = 9</script><p>It was <a href="javascript:window.pwned = 10">Monday</a>.</p>');
                   data.setData('text/plain', 'plain fallback');
                   el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                   return el.value;"#,
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(pasted, json!("Ms Solberg said hello.\n\nIt was Monday."));
        eventually(&client, "pasted text analysed", |s| {
            if s["dates"].as_array().map_or(0, Vec::len) == 1 {
                Ok(())
            } else {
                Err("the pasted text's date is not found".into())
            }
        })
        .await;
        let after = client.execute(ELEMENTS_JS, vec![]).await.unwrap();
        assert_eq!(after["pwned"], json!(null), "pasted code ran");
        assert_eq!(after["hostile"], json!(0));
        assert_eq!(after["view"].as_str(), Some("Ms Solberg said hello.\n\nIt was Monday."));
        client.close().await.expect("close the browser");
    });
}

/// The text and the date survive a reload in the middle of typing (before the analysis even ran),
/// and the restored text is analysed; Clear also forgets what was kept.
#[test]
fn text_and_date_survive_a_reload() {
    let Some(env) = Env::start() else { return };
    let text = "Ms Ingrid Solberg arrived in Nairobi on Friday.";
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        set_field(&client, "#reference-date", "2024-03-14").await;
        set_field(&client, "#article-input", text).await;
        client.refresh().await.expect("reload");
        wait_ready(&client).await;
        assert_eq!(field_value(&client, "#article-input").await, text);
        assert_eq!(field_value(&client, "#reference-date").await, "2024-03-14");
        eventually(&client, "restored text analysed", |s| {
            contains_all("date values", &strings(&s["dates"], "value"), &["2024-03-08"])?;
            contains_all("countries", &strings(&s["countries"], "code"), &["KE"])
        })
        .await;

        click(&client, "#clear-text").await;
        let kept = client
            .execute(
                "return [localStorage.getItem('lede.text'), localStorage.getItem('lede.date')];",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(kept, json!([null, null]), "Clear left the text in storage");
        client.refresh().await.expect("reload");
        wait_ready(&client).await;
        assert_eq!(field_value(&client, "#article-input").await, "");
        assert_eq!(field_value(&client, "#reference-date").await, "");
        client.close().await.expect("close the browser");
    });
}

/// After one visit the app loads and analyses with the network gone (the service worker serves
/// the app's own files).
#[test]
fn works_offline_after_the_first_visit() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        env.offline.store(true, Ordering::SeqCst);
        client.refresh().await.expect("reload offline");
        wait_ready(&client).await;
        click(&client, "#load-example").await;
        let native = analyse(&example_text(), &Options::default());
        eventually(&client, "example analysed offline", |s| {
            matches_native(s, &native)
        })
        .await;
        env.offline.store(false, Ordering::SeqCst);
        client.close().await.expect("close the browser");
    });
}

/// Records, from now on, the main thread's long tasks (over 50 ms: start, duration, the app's status
/// when it was reported) and key-event probes every 50 ms (when sent, how long the event waited, the
/// status then).
const RECORD_JS: &str = r#"
const status = () => document.querySelector('#results').getAttribute('data-status');
window.longTasks = [];
window.probes = [];
new PerformanceObserver(list => { for (const e of list.getEntries())
    window.longTasks.push({ start: e.startTime, ms: Math.round(e.duration), status: status() }); })
  .observe({ type: 'longtask' });
window.probe = setInterval(() => {
  const t = performance.now(), s = status();
  const target = document.querySelector('#load-example');
  const handler = () => { window.probes.push({ at: t, ms: performance.now() - t, status: s }); target.removeEventListener('keydown', handler); };
  target.addEventListener('keydown', handler);
  setTimeout(() => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: false })), 0);
}, 50);
"#;

/// Records every real (trusted) key event: when it happened, how long it waited before the page
/// handled it and the analysis's status then (`window.keys`).
const KEYS_JS: &str = r#"
window.keys = [];
document.addEventListener('keydown', e => { if (e.isTrusted) window.keys.push({ at: e.timeStamp,
  ms: performance.now() - e.timeStamp,
  status: document.querySelector('#results').getAttribute('data-status') }); }, true);
"#;

/// Records the long animation frames (over 60 ms) and what took their time (`window.longFrames`):
/// [start, ms, blocking ms, rendering ms, style and layout ms, [scripts: what ran, its kind, ms,
/// forced layout ms]]; printed by the timing tests with `LEDE_E2E_TRACE=1`.
const LONG_FRAMES_JS: &str = r#"
window.longFrames = [];
new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.duration > 60) window.longFrames.push([
  Math.round(e.startTime), Math.round(e.duration), Math.round(e.blockingDuration),
  e.renderStart ? Math.round(e.startTime + e.duration - e.renderStart) : 0,
  e.styleAndLayoutStart ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart) : 0,
  e.scripts.map(s => [s.invoker, s.invokerType, Math.round(s.duration), Math.round(s.forcedStyleAndLayoutDuration)])]); })
  .observe({ type: 'long-animation-frame', buffered: true });
"#;

/// Pastes `arguments[1]` into the field `arguments[0]` as `set_field` does, in one task, and
/// notes when that task's own work ended (`window.pasteEnd`).
const PASTE_JS: &str = r#"
const el = document.querySelector(arguments[0]);
Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set.call(el, arguments[1]);
el.dispatchEvent(new Event('input', { bubbles: true }));
el.dispatchEvent(new Event('change', { bubbles: true }));
window.pasteEnd = performance.now();
return window.pasteEnd;
"#;

/// What the 2 MB check saw after the paste: the main thread's long tasks (start, ms), the keys
/// pressed and the timer probes (sent at, waited ms, status then).
struct Responsiveness {
    long: Vec<(f64, f64)>,
    keys: Vec<(f64, f64, String)>,
    probes: Vec<(f64, f64, String)>,
}

impl Responsiveness {
    fn read(record: &Value) -> Responsiveness {
        let f = |v: &Value, k: &str| v[k].as_f64().unwrap_or(0.0);
        let list = |k: &str| record[k].as_array().cloned().unwrap_or_default();
        let timed = |k: &str| -> Vec<(f64, f64, String)> {
            list(k)
                .iter()
                .map(|p| {
                    (
                        f(p, "at"),
                        f(p, "ms"),
                        p["status"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        };
        Responsiveness {
            long: list("long").iter().map(|t| (f(t, "start"), f(t, "ms"))).collect(),
            keys: timed("keys"),
            probes: timed("probes"),
        }
    }

    /// The long tasks that began after the paste's own task (`paste_end`), in ms.
    fn tasks_after(&self, paste_end: f64) -> Vec<f64> {
        self.long
            .iter()
            .filter(|t| t.0 > paste_end)
            .map(|t| t.1)
            .collect()
    }

    /// How long the keys pressed after the paste while the status was `status` waited.
    fn waits(&self, paste_end: f64, status: &str) -> Vec<f64> {
        self.keys
            .iter()
            .filter(|p| p.0 > paste_end && p.2 == status)
            .map(|p| p.1)
            .collect()
    }

    /// How long the timer probes sent after the paste waited.
    fn probe_waits(&self, paste_end: f64) -> Vec<f64> {
        self.probes
            .iter()
            .filter(|p| p.0 > paste_end)
            .map(|p| p.1)
            .collect()
    }
}

fn worst(v: &[f64]) -> f64 {
    v.iter().copied().fold(0.0, f64::max)
}

/// Two megabytes pasted: a spinner shows while the worker analyses them, and from the end of the
/// paste's own task until every highlight is in, no main-thread task takes over 100 ms and a key
/// pressed meanwhile (a real key event, sent through WebDriver about every 50 ms) never waits over
/// 100 ms before the page handles it: the report arrives in parts, each decoded in its own task, the
/// panels build their first hundred items, the summary tables wait for a task of their own, and the
/// highlights render a block of lines per frame. The paste itself (the browser laying out 2 MB in
/// the text field) is one long task before any of this and is not counted. It also prints how long
/// a task queued behind the page's own (a `setTimeout(0)` every 50 ms) waited: the browser runs
/// input before such tasks, so that wait is longer than a key's.
#[test]
#[ignore = "2 MB through a real browser (about 30 s) with timing thresholds: scripts/wasm-timing runs it"]
fn two_megabytes_keep_the_page_responsive() {
    let Some(env) = Env::start() else { return };
    let example = example_text();
    let mut big = String::with_capacity(2_100_000);
    while big.len() < 2_000_000 {
        big.push_str(&example);
        big.push_str("\n\n");
    }
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        client.execute(RECORD_JS, vec![]).await.unwrap();
        client.execute(KEYS_JS, vec![]).await.unwrap();
        client.execute(LONG_FRAMES_JS, vec![]).await.unwrap();
        let pasted = Instant::now();
        let paste_end = client
            .execute(PASTE_JS, vec![json!("#article-input"), json!(big)])
            .await
            .unwrap()
            .as_f64()
            .unwrap_or(0.0);
        let paste_ms = pasted.elapsed().as_millis();
        let (mut saw_spinner, mut saw_partial) = (false, false);
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let s = client
                .execute(
                    r#"const v = document.querySelector('#article-view');
                       return { status: document.querySelector('#results').getAttribute('data-status'),
                                spinner: !!document.querySelector('#results .busy'),
                                marks: v ? v.querySelectorAll('mark').length : 0,
                                rendered: v ? v.getAttribute('data-rendered') : null };"#,
                    vec![],
                )
                .await
                .unwrap();
            if std::env::var_os("LEDE_E2E_TRACE").is_some() {
                println!("{:>6} ms {s}", pasted.elapsed().as_millis());
            }
            saw_spinner |= s["spinner"] == json!(true);
            saw_partial |= s["rendered"] == "partial";
            if s["status"] == "ready" && s["rendered"] == "complete" {
                break;
            }
            assert!(Instant::now() < deadline, "2 MB not analysed and rendered in time: {s}");
            // Shift: a key that types nothing wherever the focus is.
            press(&client, '\u{E008}').await;
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let done = pasted.elapsed().as_millis();
        let record = client
            .execute(
                "clearInterval(window.probe); return { long: window.longTasks, probes: window.probes, \
                 keys: window.keys, frames: window.longFrames, marks: document.querySelectorAll('#article-view mark').length, \
                 shown: document.querySelectorAll('#quotes-panel li, #dates-panel li').length, \
                 note: !!document.querySelector('#article-long') };",
                vec![],
            )
            .await
            .unwrap();
        let seen = Responsiveness::read(&record);
        if std::env::var_os("LEDE_E2E_TRACE").is_some() {
            let long: Vec<String> = record["long"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|t| format!("{:.0}+{} {}", t["start"].as_f64().unwrap_or(0.0) - paste_end, t["ms"], t["status"]))
                .collect();
            println!("long tasks after the paste's end (start+ms status): {}", long.join(", "));
            println!("long animation frames: {}", record["frames"]);
        }
        let (analysing, rendering) = (seen.waits(paste_end, "pending"), seen.waits(paste_end, "ready"));
        let queued = seen.probe_waits(paste_end);
        let tasks = seen.tasks_after(paste_end);
        let paste_task = seen.long.iter().filter(|t| t.0 <= paste_end).map(|t| t.1).fold(0.0, f64::max);
        println!(
            "2 MB: paste {paste_ms} ms (main-thread task {paste_task:.0} ms), analysed and rendered after {done} ms, \
             {} marks, {} panel items built; after the paste: {} long tasks, longest {:.0} ms {:?}; \
             keys pressed while analysing: {}, worst wait {:.0} ms; while rendering: {}, worst wait {:.0} ms; \
             a task queued behind the page's waited up to {:.0} ms",
            record["marks"],
            record["shown"],
            tasks.len(),
            worst(&tasks),
            tasks.iter().map(|t| t.round()).collect::<Vec<_>>(),
            analysing.len(),
            worst(&analysing),
            rendering.len(),
            worst(&rendering),
            worst(&queued)
        );
        assert_eq!(record["shown"], json!(200), "the quotes and dates panels build their first 100 items each");
        assert_eq!(record["note"], json!(true), "2 MB stand in the field");
        assert!(saw_spinner, "no spinner while 2 MB were analysed");
        assert!(saw_partial, "the highlights were not rendered progressively");
        assert!(!analysing.is_empty(), "no key was pressed while the worker analysed");
        assert!(worst(&analysing) <= 100.0, "a key event waited {:.0} ms during the analysis", worst(&analysing));
        assert!(worst(&rendering) <= 100.0, "a key event waited {:.0} ms while the results rendered", worst(&rendering));
        assert!(worst(&tasks) <= 100.0, "a main-thread task took {:.0} ms after the paste", worst(&tasks));
        client.close().await.expect("close the browser");
    });
}

/// Times the released app in headless Chromium (run by `scripts/wasm-timing`, not by `cargo test`):
/// the first load (navigation to first paint, and to the analysis worker being ready), the analysis
/// of the sample article in the app's worker (median of 20, after a warm-up) and of a 1 MB text.
#[test]
#[ignore = "a measurement: scripts/wasm-timing runs it"]
fn wasm_timing() {
    let Some(env) = Env::start() else { return };
    let sample = support::eval_sample_dir()
        .and_then(|d| std::fs::read_to_string(d.join("seed-article.txt")).ok())
        .unwrap_or_else(example_text);
    let mut mega = String::new();
    while mega.len() < 1_000_000 {
        mega.push_str(&sample);
        mega.push_str("\n\n");
    }
    // Runs requests in a worker of the page's own script, as the app does; returns the worker's own
    // analysis times in ms (read from the last part of each answer).
    const TIME_JS: &str = r#"
      const [text, runs, done] = arguments;
      const worker = new Worker(document.querySelector('meta[name=lede-worker]').content);
      const times = [];
      let id = 0;
      const next = () => worker.postMessage({ id: ++id, text, date: '2022-01-21' });
      worker.onmessage = (e) => {
        if (e.data === 'ready') { next(); return; }
        if (e.data.index + 1 < e.data.count) return; // the report comes in parts
        times.push(e.data.millis);
        if (times.length < runs) next(); else { worker.terminate(); done(times); }
      };
    "#;
    runtime().block_on(async {
        let client = env.browser().await;
        // A first visit fills the HTTP cache as a returning reader's would be; the timed load is the second.
        open_ready(&env, &client).await;
        client.refresh().await.unwrap();
        wait_ready(&client).await;
        let load = client
            .execute(
                r#"const m = n => { const e = performance.getEntriesByName(n)[0]; return e ? e.startTime : null; };
                   return { interactive: m('lede-interactive'), analysis_ready: m('lede-analysis-ready'),
                            dom_content_loaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd };"#,
                vec![],
            )
            .await
            .unwrap();
        let sample_times = client
            .execute_async(TIME_JS, vec![json!(sample), json!(21)])
            .await
            .unwrap();
        let mut times: Vec<f64> = sample_times.as_array().unwrap().iter().filter_map(Value::as_f64).collect();
        times.remove(0); // the first runs on a cold cache
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        let mega_times = client
            .execute_async(TIME_JS, vec![json!(mega), json!(3)])
            .await
            .unwrap();
        let mut mega_ms: Vec<f64> = mega_times.as_array().unwrap().iter().filter_map(Value::as_f64).collect();
        mega_ms.sort_by(f64::total_cmp);
        let mb = mega.len() as f64 / 1e6;
        println!("first load (second visit, loopback): interactive after {} ms, analysis ready after {} ms, DOMContentLoaded {} ms",
            load["interactive"], load["analysis_ready"], load["dom_content_loaded"]);
        println!(
            "sample article ({} bytes): median {median:.2} ms of {} runs (min {:.2}, max {:.2})",
            sample.len(),
            times.len(),
            times[0],
            times[times.len() - 1]
        );
        println!(
            "{mb:.2} MB text: median {:.0} ms of 3, {:.1} MB/s",
            mega_ms[1],
            mb / (mega_ms[1] / 1000.0)
        );
        client.close().await.expect("close the browser");
    });
}

// ---- share of voice and attribution language ----

/// What the two views show: their tables as `|`-joined rows, the chart, the verb groups, the hedges
/// and the selected marks of the article by kind.
const VOICE_JS: &str = r#"
const all = (sel, root) => Array.from((root || document).querySelectorAll(sel));
const text = (sel) => { const e = document.querySelector(sel); return e ? e.textContent.trim() : null; };
const rows = (sel) => all(sel + ' tbody tr').map(tr => all('th, td', tr).map(c => c.textContent.trim()).join('|'));
const chart = document.querySelector('svg.sov-chart');
return {
  status: document.querySelector('#results').getAttribute('data-status'),
  sov_heading: text('#view-share-of-voice h2'),
  sov_speakers: rows('#sov-speakers'),
  sov_types: rows('#sov-types'),
  sov_first: text('.sov-first'),
  sov_last: text('.sov-last'),
  sov_empty: text('#view-share-of-voice .wb-empty'),
  chart_role: chart ? chart.getAttribute('role') : null,
  chart_title: chart ? text('svg.sov-chart > title') : null,
  chart_bars: all('svg.sov-chart g.sov-bar').length,
  chart_labels: all('svg.sov-chart g.sov-bar').map(g => all('text', g).map(t => t.textContent).join(': ')),
  al_heading: text('#view-attribution-language h2'),
  al_verbs: rows('#al-verbs'),
  al_counts: all('.al-group').map(g => g.querySelector('h3').textContent.trim()),
  al_explained: all('.al-explain').map(p => p.textContent.length),
  al_hedges: all('.al-hedges li.hedge-item').map(li => li.textContent.trim()),
  al_no_hedges: text('.al-no-hedges'),
  al_no_verbs: text('.al-no-verbs'),
  selected: Object.fromEntries(['actor', 'quote', 'hedge'].map(k =>
    [k, all('#article-view mark.ent--' + k + '.is-selected').map(m => m.textContent)])),
};
"#;

async fn voice_snapshot(client: &Client) -> Value {
    client.execute(VOICE_JS, vec![]).await.expect("read the views")
}

/// Polls the views until `check` passes; fails with the last complaint otherwise.
async fn voice_eventually(
    client: &Client,
    what: &str,
    check: impl Fn(&Value) -> Result<(), String>,
) -> Value {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let snap = voice_snapshot(client).await;
        let verdict = if snap["status"] != "ready" {
            Err("not ready".to_string())
        } else {
            check(&snap)
        };
        match verdict {
            Ok(()) => return snap,
            Err(e) if Instant::now() >= deadline => {
                panic!(
                    "{what}: {e}\nviews: {}",
                    serde_json::to_string_pretty(&snap).unwrap()
                )
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

fn same(what: &str, got: &Value, want: &[&str]) -> Result<(), String> {
    let got = strings_in(got);
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}: {got:?}, expected {want:?}"))
    }
}

/// Clicks the button of the table row whose first cell reads `name`.
async fn click_row(client: &Client, table: &str, name: &str) {
    let ok = client
        .execute(
            r#"const b = Array.from(document.querySelectorAll(arguments[0] + ' tbody th button'))
                 .find(b => b.textContent.trim() === arguments[1]);
               if (!b) return false; b.click(); return true;"#,
            vec![json!(table), json!(name)],
        )
        .await
        .expect("click a row");
    assert_eq!(ok, json!(true), "no row button {name:?} in {table}");
}

/// Shows a view once the results (and with them the tab bar) are there.
async fn show_view(client: &Client, slug: &str) {
    let tab = format!("#tab-{slug}");
    wait_for(client, &tab).await;
    click(client, &tab).await;
}

/// Pastes `text` into the article field and waits for its analysis.
async fn paste_text(env: &Env, client: &Client, text: &str) {
    open_ready(env, client).await;
    set_field(client, "#article-input", text).await;
}

/// The example's share of voice, counted by hand from its 19 quotes (as the analysis attributes
/// them): the chart and the tables agree, first and last speakers, and a click on a row or a bar
/// marks the speaker in the text.
#[test]
fn share_of_voice_on_the_example() {
    let Some(env) = Env::start() else { return };
    let native = analyse(&example_text(), &Options::default());
    let mentions = |name: &str| {
        native
            .actors
            .iter()
            .find(|a| a.name == name)
            .map_or(0, |a| a.mentions.len())
    };
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        show_view(&client, "share-of-voice").await;
        let snap = voice_eventually(&client, "share of voice", |s| {
            same(
                "speakers",
                &s["sov_speakers"],
                &[
                    "Ingrid Solberg|Named person|5|73|30%|3|0|2||",
                    "Daniel Otieno|Named person|5|72|30%|0|1|4||yes",
                    "the two governments|Unnamed source|1|21|9%|0|0|1||",
                    "Norwegian customs figures|Unnamed source|1|13|5%|0|0|1||",
                    "both countries|Unnamed source|1|12|5%|0|0|1||",
                    "World Trade Organization|Organisation or state|1|11|5%|0|0|1||",
                    "Critics in Norway|Unnamed source|1|10|4%|0|0|1||",
                    "a Kenyan diplomat|Unnamed source|1|9|4%|0|0|1||",
                    "Kenya|Organisation or state|1|8|3%|0|0|1|yes|",
                    "officials|Unnamed source|1|7|3%|0|0|1||",
                    "Brazilian officials|Unnamed source|1|5|2%|0|0|1||",
                ],
            )?;
            same(
                "types",
                &s["sov_types"],
                &[
                    "Named person|2|10|145|60%|3|1|6",
                    "Organisation or state|2|2|19|8%|0|0|2",
                    "Unnamed source|7|7|77|32%|0|0|7",
                    "Unattributed|0|0|0|0%|0|0|0",
                ],
            )
        })
        .await;
        assert_eq!(snap["sov_heading"], "Share of voice");
        assert_eq!(snap["sov_first"], "Kenya");
        assert_eq!(snap["sov_last"], "Daniel Otieno");
        assert_eq!(snap["chart_role"], "img");
        let title = snap["chart_title"].as_str().unwrap_or_default();
        assert!(
            title.contains("11 speakers, 241 quoted words") && title.contains("Ingrid Solberg 30%"),
            "chart title: {title:?}"
        );
        assert_eq!(snap["chart_bars"], 11);
        assert_eq!(
            snap["chart_labels"][0],
            "Ingrid Solberg: 5 quotes, 73 words (30%)"
        );
        assert_eq!(
            snap["chart_labels"][1],
            "Daniel Otieno: 5 quotes, 72 words (30%) · has the last word"
        );

        click_row(&client, "#sov-speakers", "Ingrid Solberg").await;
        let n = mentions("Ingrid Solberg");
        voice_eventually(&client, "Solberg selected", |s| {
            let marked = s["selected"]["actor"].as_array().map_or(0, Vec::len);
            if marked == n && n > 0 {
                Ok(())
            } else {
                Err(format!("{marked} actor marks selected, Ingrid Solberg has {n} mentions"))
            }
        })
        .await;
        // A bar of the chart selects too.
        client
            .execute(
                "document.querySelectorAll('svg.sov-chart g.sov-bar')[1].dispatchEvent(new MouseEvent('click', { bubbles: true }));",
                vec![],
            )
            .await
            .unwrap();
        let n = mentions("Daniel Otieno");
        voice_eventually(&client, "Otieno selected through the chart", |s| {
            let marked = s["selected"]["actor"].as_array().map_or(0, Vec::len);
            let otieno = s["selected"]["actor"]
                .as_array()
                .is_some_and(|m| m.iter().all(|t| t.as_str().is_some_and(|t| t.contains("Otieno"))));
            if marked == n && otieno {
                Ok(())
            } else {
                Err(format!("{marked} actor marks selected, Daniel Otieno has {n} mentions"))
            }
        })
        .await;
        client.close().await.expect("close the browser");
    });
}

/// The example's reporting verbs per speaker and the groups' counts (15 neutral, 1 loaded, 3 other,
/// no hedge in the writer's voice), each group explained.
#[test]
fn attribution_language_on_the_example() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        show_view(&client, "attribution-language").await;
        let snap = voice_eventually(&client, "attribution language", |s| {
            same(
                "verbs",
                &s["al_verbs"],
                &[
                    "Ingrid Solberg|Named person|say 5|||0",
                    "Daniel Otieno|Named person|say 4, tell|||0",
                    "the two governments|Unnamed source|say|||0",
                    "Norwegian customs figures|Unnamed source|according to|||0",
                    "both countries|Unnamed source||complain||0",
                    "World Trade Organization|Organisation or state|say|||0",
                    "Critics in Norway|Unnamed source|say|||0",
                    "a Kenyan diplomat|Unnamed source|ask|||0",
                    "Kenya|Organisation or state|||agree|0",
                    "officials|Unnamed source|||call|0",
                    "Brazilian officials|Unnamed source|||show|0",
                ],
            )?;
            same(
                "groups",
                &s["al_counts"],
                &[
                    "Neutral verbs 15 quotes",
                    "Loaded verbs 1 quote",
                    "Other verbs 3 quotes",
                    "Hedges 0 in the writer's voice",
                ],
            )
        })
        .await;
        assert_eq!(snap["al_heading"], "Attribution language");
        let explained = snap["al_explained"].as_array().unwrap();
        assert!(explained.len() == 4 && explained.iter().all(|n| n.as_u64().unwrap_or(0) > 80));
        assert!(snap["al_no_hedges"]
            .as_str()
            .is_some_and(|t| t.starts_with("No hedges")));
        click_row(&client, "#al-verbs", "Daniel Otieno").await;
        voice_eventually(&client, "Otieno selected", |s| {
            let marked = s["selected"]["actor"].as_array().map_or(0, Vec::len);
            if marked > 0 {
                Ok(())
            } else {
                Err("no actor mark selected".into())
            }
        })
        .await;
        client.close().await.expect("close the browser");
    });
}

/// A pasted text with an unattributed quote, an unnamed source, loaded verbs and two hedges: both
/// views count them, and a hedge selected in the view is marked in the text.
#[test]
fn voice_views_on_a_pasted_text() {
    let Some(env) = Env::start() else { return };
    let text = std::fs::read_to_string(root().join("tests/fixtures/market-town.txt")).unwrap();
    runtime().block_on(async {
        let client = env.browser().await;
        paste_text(&env, &client, &text).await;
        show_view(&client, "share-of-voice").await;
        voice_eventually(&client, "share of voice", |s| {
            same(
                "speakers",
                &s["sov_speakers"],
                &[
                    "Anna Berg|Named person|3|18|47%|2|0|1||yes",
                    "A spokesman|Unnamed source|1|5|13%|0|0|1||",
                    "Harbour Authority|Organisation or state|1|5|13%|0|0|1||",
                    "Unattributed|Unattributed|1|10|26%|1|0|0|yes|",
                ],
            )
        })
        .await;
        click_row(&client, "#sov-speakers", "Unattributed").await;
        voice_eventually(&client, "the unattributed quote selected", |s| {
            same(
                "selected quote",
                &s["selected"]["quote"],
                &["\"Nobody in this town listens to the farmers any more.\""],
            )
            .or_else(|_| {
                same(
                    "selected quote",
                    &s["selected"]["quote"],
                    &["Nobody in this town listens to the farmers any more."],
                )
            })
        })
        .await;
        show_view(&client, "attribution-language").await;
        let snap = voice_eventually(&client, "attribution language", |s| {
            same(
                "verbs",
                &s["al_verbs"],
                &[
                    "Anna Berg|Named person|say 2|insist||0",
                    "A spokesman|Unnamed source||claim||0",
                    "Harbour Authority|Organisation or state||warn||0",
                    "Unattributed|Unattributed||||1",
                ],
            )?;
            same(
                "groups",
                &s["al_counts"],
                &[
                    "Neutral verbs 2 quotes",
                    "Loaded verbs 3 quotes",
                    "Other verbs 0 quotes",
                    "Hedges 2 in the writer's voice",
                ],
            )
        })
        .await;
        let hedges = snap["al_hedges"].as_array().unwrap();
        assert_eq!(hedges.len(), 2);
        assert!(hedges
            .iter()
            .all(|h| h.as_str().is_some_and(|h| h
                .starts_with("The market could close early, and the mayor reportedly left the town hall."))));
        click(&client, ".al-hedges li.hedge-item:nth-child(2)").await;
        voice_eventually(&client, "hedge selected", |s| {
            same("selected hedge", &s["selected"]["hedge"], &["reportedly"])
        })
        .await;
        // The keyboard does the same: focus the first hedge and press Enter.
        let focused = client
            .execute(
                r#"const li = document.querySelector('.al-hedges li.hedge-item');
                   li.focus(); return document.activeElement === li;"#,
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(focused, json!(true), "a hedge cannot take the keyboard focus");
        client
            .active_element()
            .await
            .unwrap()
            .send_keys("\u{E007}")
            .await
            .expect("press Enter");
        voice_eventually(&client, "hedge selected with Enter", |s| {
            same("selected hedge", &s["selected"]["hedge"], &["could"])
        })
        .await;
        client.close().await.expect("close the browser");
    });
}

/// A text without any quote: both views say so plainly.
#[test]
fn voice_views_with_no_quotes() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        paste_text(
            &env,
            &client,
            "The market opened in spring. Farmers sold apples and pears.",
        )
        .await;
        show_view(&client, "share-of-voice").await;
        let snap = voice_eventually(&client, "empty share of voice", |s| {
            if s["sov_empty"]
                .as_str()
                .is_some_and(|t| t.starts_with("Nobody is quoted"))
            {
                Ok(())
            } else {
                Err("no empty message".into())
            }
        })
        .await;
        assert_eq!(snap["chart_bars"], 0);
        show_view(&client, "attribution-language").await;
        voice_eventually(&client, "empty attribution language", |s| {
            let plain = s["al_no_verbs"]
                .as_str()
                .is_some_and(|t| t.starts_with("Nobody is quoted"))
                && s["al_no_hedges"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("No hedges"));
            if plain {
                Ok(())
            } else {
                Err("no empty messages".into())
            }
        })
        .await;
        client.close().await.expect("close the browser");
    });
}

// ---- why this? and corrections ----

/// Selects `words` (their first occurrence) in the article view, across highlights, as a reader's
/// mouse would; false when the words are not there.
const SELECT_WORDS_JS: &str = r#"
const view = document.querySelector('#article-view');
const words = arguments[0];
const at = view.textContent.indexOf(words);
if (at < 0) return false;
const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
const range = document.createRange();
let seen = 0, node, started = false;
while ((node = walker.nextNode())) {
  const len = node.data.length;
  if (!started && at < seen + len) { range.setStart(node, at - seen); started = true; }
  if (started && at + words.length <= seen + len) { range.setEnd(node, at + words.length - seen); break; }
  seen += len;
}
const sel = window.getSelection();
sel.removeAllRanges();
sel.addRange(range);
return true;
"#;

/// What the explanation box and the corrections show.
const WHY_JS: &str = r#"
const why = document.querySelector('#why-this');
const active = document.activeElement;
return {
  why: why && !why.hidden ? why.textContent : null,
  active: active ? (active.getAttribute('data-why') || active.id || active.tagName) : null,
  tab_stops_in_article: document.querySelectorAll('#article-view [tabindex="0"]').length,
  article_tabindex: (document.querySelector('#article-view') || {}).tabIndex,
  corrections: (document.querySelector('#corrections-list-heading') || {}).textContent || null,
  corrected_marks: document.querySelectorAll('#article-view mark.is-corrected').length,
  stored: localStorage.getItem('lede.corrections'),
};
"#;

async fn why_state(client: &Client) -> Value {
    client
        .execute(WHY_JS, vec![])
        .await
        .expect("read the explanation")
}

/// The `data-why` key of the first quote mark whose text starts with `words`.
async fn quote_mark_key(client: &Client, words: &str) -> String {
    let key = client
        .execute(
            r#"const m = Array.from(document.querySelectorAll('#article-view mark.ent--quote'))
                 .find(m => m.textContent.startsWith(arguments[0]));
               return m ? m.getAttribute('data-why') : null;"#,
            vec![json!(words)],
        )
        .await
        .unwrap();
    key.as_str()
        .unwrap_or_else(|| panic!("no quote mark for {words}"))
        .to_string()
}

/// Polls the explanation box until `check` passes.
async fn eventually_why(client: &Client, what: &str, check: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let state = why_state(client).await;
        if check(&state) {
            return state;
        }
        assert!(Instant::now() < deadline, "{what}: {state:#}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Feature 5: a quote whose speaker is a pronoun explains, on hover and on keyboard focus, which rule
/// found it and that "she" was linked to Ingrid Solberg; the article is one Tab stop and the arrow
/// keys move from highlight to highlight, each explaining itself.
#[test]
fn why_this_explains_a_pronoun_speaker() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        eventually(&client, "example analysed", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])
        })
        .await;
        let key = quote_mark_key(&client, "Trade rules are only worth something").await;
        let state = why_state(&client).await;
        assert_eq!(
            state["tab_stops_in_article"],
            json!(0),
            "highlights must not be Tab stops"
        );
        assert_eq!(state["article_tabindex"], json!(0), "the article is one Tab stop");

        // Hover.
        client
            .execute(
                "document.querySelector(`#article-view mark[data-why=\"${arguments[0]}\"]`)\
                   .dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));",
                vec![json!(key)],
            )
            .await
            .unwrap();
        let hovered = eventually_why(&client, "explanation on hover", |s| s["why"].is_string()).await;
        let text = hovered["why"].as_str().unwrap_or_default();
        for wanted in [
            "Direct quote",
            "Found by",
            "Words between double quotation marks",
            "quotes/double-marks",
            "“she” → Ingrid Solberg",
            "words right after a quotation tell you who spoke",
            "“she” means Ingrid Solberg",
            "actors/pronoun-nearest-person",
        ] {
            assert!(text.contains(wanted), "hover: {wanted:?} missing from {text:?}");
        }

        // The box sits just below the highlight (placed without style attributes, which the CSP refuses).
        let gap = client
            .execute(
                "const m = document.querySelector(`#article-view mark[data-why=\"${arguments[0]}\"]`);\
                 return document.querySelector('#why-this').getBoundingClientRect().top - m.getBoundingClientRect().bottom;",
                vec![json!(key)],
            )
            .await
            .unwrap();
        let gap = gap.as_f64().unwrap_or(f64::MAX);
        assert!((0.0..40.0).contains(&gap), "the explanation is {gap} px below its highlight");

        // Keyboard: focus the article, then move with the arrow keys.
        client
            .execute("document.querySelector('#article-view').focus();", vec![])
            .await
            .unwrap();
        client
            .active_element()
            .await
            .unwrap()
            .send_keys("\u{E011}")
            .await
            .expect("Home");
        let first = eventually_why(&client, "Home focuses the first highlight", |s| {
            s["why"].is_string() && s["active"].as_str().is_some_and(|a| a.contains(':'))
        })
        .await;
        client
            .active_element()
            .await
            .unwrap()
            .send_keys("\u{E014}")
            .await
            .expect("ArrowRight");
        let second = eventually_why(&client, "ArrowRight moves on", |s| {
            s["active"] != first["active"] && s["why"].is_string()
        })
        .await;
        assert_ne!(first["why"], second["why"], "each highlight explains itself");
        // Focus the Solberg quote itself: the same explanation as on hover.
        client
            .execute(
                "document.querySelector(`#article-view mark[data-why=\"${arguments[0]}\"]`).focus();",
                vec![json!(key)],
            )
            .await
            .unwrap();
        let focused = eventually_why(&client, "explanation on focus", |s| s["active"] == json!(key)).await;
        assert!(
            focused["why"]
                .as_str()
                .unwrap_or_default()
                .contains("“she” → Ingrid Solberg"),
            "focus: {focused:#}"
        );
        // Enter selects the focused highlight's item.
        client
            .active_element()
            .await
            .unwrap()
            .send_keys("\u{E007}")
            .await
            .expect("Enter");
        eventually(&client, "Enter selects", |s| {
            if s["selected"].as_u64().unwrap_or(0) > 0 {
                Ok(())
            } else {
                Err("nothing selected".into())
            }
        })
        .await;
        client.close().await.expect("close the browser");
    });
}

/// The speakers of the quotes panel: (speaker, first words of each quote).
fn speaker_of(snap: &Value, words: &str) -> Option<String> {
    snap["quote_groups"].as_array()?.iter().find_map(|g| {
        let has = g["quotes"]
            .as_array()?
            .iter()
            .any(|q| q["text"].as_str().is_some_and(|t| t.contains(words)));
        has.then(|| g["speaker"].as_str().unwrap_or_default().to_string())
    })
}

async fn select_option(client: &Client, select: &str, label: &str) {
    let ok = client
        .execute(
            r#"const s = document.querySelector(arguments[0]);
               const o = s && Array.from(s.options).find(o => o.textContent.trim() === arguments[1]);
               if (!o) return false; s.value = o.value; return true;"#,
            vec![json!(select), json!(label)],
        )
        .await
        .unwrap();
    assert_eq!(ok, json!(true), "no option {label} in {select}");
}

async fn click_item(client: &Client, selector: &str, words: &str) {
    let ok = client
        .execute(
            r#"const li = Array.from(document.querySelectorAll(arguments[0])).find(l => l.textContent.includes(arguments[1]));
               if (!li) return false; li.scrollIntoView({ block: 'center' }); li.click(); return true;"#,
            vec![json!(selector), json!(words)],
        )
        .await
        .unwrap();
    assert_eq!(ok, json!(true), "no {selector} with {words}");
}

async fn wait_for(client: &Client, selector: &str) {
    client
        .wait()
        .at_most(TIMEOUT)
        .for_element(Locator::Css(selector))
        .await
        .unwrap_or_else(|_| panic!("{selector} did not appear"));
}

/// Feature 6: change a quote's speaker (the quotes panel follows), remove a date, add a missed
/// organisation from selected words, undo one and the last, keep them across a reload, and Clear
/// forgets them.
#[test]
fn corrections_change_remove_add_undo_reload_clear() {
    let Some(env) = Env::start() else { return };
    let quote = "Trade rules are only worth something";
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        click(&client, "#load-example").await;
        eventually(&client, "example analysed", |s| {
            match speaker_of(s, quote).as_deref() {
                Some("Ingrid Solberg") => Ok(()),
                other => Err(format!("the quote's speaker is {other:?}")),
            }?;
            contains_all("dates", &strings(&s["dates"], "text"), &["Tuesday"])
        })
        .await;

        // Change the speaker.
        click_item(&client, "#quotes-panel li.quote-item", quote).await;
        wait_for(&client, "#speaker-choice").await;
        select_option(&client, "#speaker-choice", "Daniel Otieno").await;
        click(&client, "#correct-speaker").await;
        eventually(&client, "speaker changed", |s| {
            match speaker_of(s, quote).as_deref() {
                Some("Daniel Otieno") => Ok(()),
                other => Err(format!("the quote's speaker is {other:?}")),
            }
        })
        .await;
        let state = eventually_why(&client, "one correction", |s| {
            s["corrections"] == json!("Your corrections (1)")
        })
        .await;
        assert!(
            state["corrected_marks"].as_u64().unwrap_or(0) >= 1,
            "no marked correction: {state:#}"
        );

        // The JSON export is the corrected report with the corrections beside it.
        client
            .execute(
                r#"window.exported = null;
                   const make = URL.createObjectURL;
                   URL.createObjectURL = (blob) => { blob.text().then(t => { window.exported = t; }); return make(blob); };"#,
                vec![],
            )
            .await
            .unwrap();
        click(&client, "#export-json").await;
        let deadline = Instant::now() + TIMEOUT;
        let exported = loop {
            let v = client.execute("return window.exported;", vec![]).await.unwrap();
            if let Some(text) = v.as_str() {
                break serde_json::from_str::<Value>(text).expect("the export is JSON");
            }
            assert!(Instant::now() < deadline, "nothing exported");
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        assert_eq!(exported["schema"], json!("lede.report/1"));
        assert_eq!(exported["corrections"][0]["op"], json!("speaker"), "{:#}", exported["corrections"]);
        let otieno = exported["actors"]
            .as_array()
            .and_then(|a| a.iter().find(|a| a["name"] == json!("Daniel Otieno")))
            .map(|a| a["id"].clone())
            .expect("Daniel Otieno exported");
        let q = exported["quotes"]
            .as_array()
            .and_then(|q| q.iter().find(|q| q["text"].as_str().is_some_and(|t| t.starts_with(quote))))
            .expect("the quote exported");
        assert_eq!(q["speaker"], otieno, "the export is not the corrected report");
        assert_eq!(q["speaker_rule"], json!("correction/speaker"));

        // Remove a date.
        click_item(&client, "#dates-panel li.date-item", "Tuesday").await;
        wait_for(&client, "#remove-date").await;
        click(&client, "#remove-date").await;
        eventually(&client, "date removed", |s| {
            let dates = strings(&s["dates"], "text");
            if dates.contains(&"Tuesday") {
                Err(format!("Tuesday still listed: {dates:?}"))
            } else {
                Ok(())
            }
        })
        .await;

        // Add a missed organisation by selecting its words.
        let words = "Norwegian customs figures";
        let selected = client.execute(SELECT_WORDS_JS, vec![json!(words)]).await.unwrap();
        assert_eq!(selected, json!(true), "could not select {words}");
        wait_for(&client, "#add-organization").await;
        click(&client, "#add-organization").await;
        eventually(&client, "organisation added", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &[words])
        })
        .await;
        eventually_why(&client, "three corrections", |s| {
            s["corrections"] == json!("Your corrections (3)")
        })
        .await;

        // Undo the first (the speaker), then the last (the organisation).
        click(&client, "#corrections li.correction-item:first-child button").await;
        eventually(&client, "speaker restored", |s| {
            match speaker_of(s, quote).as_deref() {
                Some("Ingrid Solberg") => Ok(()),
                other => Err(format!("the quote's speaker is {other:?}")),
            }
        })
        .await;
        click(&client, "#undo-last").await;
        eventually(&client, "organisation gone", |s| {
            let names = strings(&s["actors"], "name");
            if names.contains(&words) {
                Err(format!("{words} still listed"))
            } else {
                Ok(())
            }
        })
        .await;
        let state = eventually_why(&client, "one left", |s| {
            s["corrections"] == json!("Your corrections (1)")
        })
        .await;
        assert!(
            state["stored"]
                .as_str()
                .is_some_and(|s| s.starts_with("remove date ")),
            "{state:#}"
        );

        // A reload keeps the correction.
        client.refresh().await.expect("reload");
        wait_ready(&client).await;
        eventually(&client, "correction kept after a reload", |s| {
            let dates = strings(&s["dates"], "text");
            if dates.contains(&"Tuesday") || dates.is_empty() {
                Err(format!("dates after reload: {dates:?}"))
            } else {
                Ok(())
            }
        })
        .await;
        eventually_why(&client, "listed after reload", |s| {
            s["corrections"] == json!("Your corrections (1)")
        })
        .await;

        // Without a mouse: type the words, find them, add them.
        set_field(&client, "#add-words", "Critics").await;
        click(&client, "#find-words").await;
        wait_for(&client, "#add-person").await;
        click(&client, "#add-person").await;
        eventually(&client, "person added from typed words", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &["Critics"])
        })
        .await;
        eventually_why(&client, "two corrections", |s| {
            s["corrections"] == json!("Your corrections (2)")
        })
        .await;

        // Clear forgets them; the example comes back uncorrected.
        click(&client, "#clear-text").await;
        let stored = client
            .execute("return localStorage.getItem('lede.corrections');", vec![])
            .await
            .unwrap();
        assert_eq!(stored, json!(null), "Clear left the corrections in storage");
        click(&client, "#load-example").await;
        eventually(&client, "uncorrected example", |s| {
            contains_all("dates", &strings(&s["dates"], "text"), &["Tuesday"])
        })
        .await;
        eventually_why(&client, "no corrections", |s| {
            s["corrections"] == json!("Your corrections (0)")
        })
        .await;
        client.close().await.expect("close the browser");
    });
}

// ---- keep and share, input ----

/// A text of the test's own, with a quote, a date and two countries.
const SHARE_TEXT: &str = "Talks in Oslo end\n\nNorway's foreign minister, Ingrid Solberg, said on Friday: \
    \"We will meet again in Nairobi, with our friends from Kenya.\" Zürich | Genève — «oui», she added.";

/// The file `name` once the browser has finished downloading it into the profile's download folder.
async fn downloaded(env: &Env, name: &str) -> String {
    let path = env.profile.join("downloads").join(name);
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Ok(content) = std::fs::read_to_string(&path) {
            if !content.is_empty() {
                return content;
            }
        }
        assert!(Instant::now() < deadline, "{} was not downloaded", path.display());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Sets the article and the date, and waits until the page shows the native analysis of them.
async fn analysed(client: &Client, text: &str, date: &str) -> Report {
    set_field(client, "#reference-date", date).await;
    set_field(client, "#article-input", text).await;
    let native = analyse(
        text,
        &Options {
            reference_date: Date::parse_iso(date),
        },
    );
    eventually(client, "text analysed", |s| matches_native(s, &native)).await;
    native
}

async fn text_of(client: &Client, selector: &str) -> String {
    property_of(client, selector, "textContent").await
}

/// Feature 9, exports: the JSON report, the CSV tables and the Markdown summary download with the
/// analysis' own content.
#[test]
fn exports_download_json_csv_and_markdown() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        let native = analysed(&client, SHARE_TEXT, "2024-03-14").await;
        let tables = lede::workbench::tables(SHARE_TEXT, &native);

        click(&client, "#export-json").await;
        let json: Value = serde_json::from_str(&downloaded(&env, "lede-report.json").await).expect("JSON");
        assert_eq!(json["schema"], "lede.report/1");
        assert_eq!(json["reference_date"], "2024-03-14");
        assert_eq!(json, serde_json::to_value(&native).unwrap(), "the exported report is the analysis");

        click(&client, "#export-csv").await;
        let csv = downloaded(&env, "lede-tables.csv").await;
        assert_eq!(
            csv,
            format!("\u{feff}{}", lede::workbench::export::csv(&tables)),
            "the CSV holds every table"
        );
        for part in [
            "Actors\r\nActor,Kind,Roles,Country,Mentions,References,Quotes\r\nIngrid Solberg,person,Norway's foreign minister,NO,",
            "Quotes\r\nSpeaker,Named as,Kind,Verb,Quote\r\nIngrid Solberg,Ingrid Solberg,direct,said,\"We will meet again in Nairobi, with our friends from Kenya.\"\r\n",
            "Friday,date,2024-03-08,",
            "\r\n\r\nCountries\r\n",
            "Kenya,KE,2,Kenya; Nairobi,",
        ] {
            assert!(csv.contains(part), "{part:?} missing from the CSV:\n{csv}");
        }

        click(&client, "#export-md").await;
        let md = downloaded(&env, "lede-summary.md").await;
        assert!(md.starts_with("# Talks in Oslo end\n\nPublication date: 2024-03-14\n"), "{md}");
        let counts = format!(
            "Lede found {} actors ({} mentions), {} quotes, {} dates and {} countries.",
            native.actors.len(),
            native.actors.iter().map(|a| a.mentions.len()).sum::<usize>(),
            native.quotes.len(),
            native.dates.len(),
            native.countries.len()
        );
        assert!(md.contains(&counts), "{counts:?} missing from\n{md}");
        assert!(md.contains("| Ingrid Solberg | Ingrid Solberg | direct | said | We will meet again in Nairobi, with our friends from Kenya. |"), "{md}");
        client.close().await.expect("close the browser");
    });
}

/// Feature 9, share link: a link made in one browser opens in a fresh profile with the same text
/// and date, the same findings, the fragment cleared from the address bar and never sent to the
/// server; a damaged link says so and restores nothing.
#[test]
fn share_link_round_trip_in_a_fresh_profile() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        let native = analysed(&client, SHARE_TEXT, "2024-03-14").await;
        click(&client, "#share-link").await;
        client
            .wait()
            .at_most(TIMEOUT)
            .for_element(Locator::Css("#share-link-field"))
            .await
            .expect("the link is shown");
        let link = field_value(&client, "#share-link-field").await;
        assert!(link.starts_with(&format!("{}#share=", env.base)), "{link}");
        let size = text_of(&client, "#share-link-size").await;
        assert!(
            size.starts_with(&format!("{} characters (limit 16,000)", link.chars().count())),
            "{size}"
        );
        let selected = client
            .execute(
                "const e = document.activeElement; return [e.id, e.selectionStart, e.selectionEnd];",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            selected,
            json!(["share-link-field", 0, link.len()]),
            "the link is selected"
        );
        client.close().await.expect("close the browser");

        // A fresh profile: nothing kept from the first browser.
        kill_browsers_using(&env.profile);
        tokio::time::sleep(Duration::from_millis(500)).await;
        let _ = std::fs::remove_dir_all(&env.profile);
        let client = env.browser().await;
        client.goto(&link).await.expect("open the link");
        wait_ready(&client).await;
        eventually(&client, "shared text analysed", |s| matches_native(s, &native)).await;
        assert_eq!(field_value(&client, "#article-input").await, SHARE_TEXT);
        assert_eq!(field_value(&client, "#reference-date").await, "2024-03-14");
        let hash = client.execute("return location.hash;", vec![]).await.unwrap();
        assert_eq!(hash, json!(""), "the fragment is cleared after opening");
        let log = env.log.lock().unwrap().clone();
        assert!(
            log.iter().all(|p| !p.contains("share")),
            "the fragment reached the server: {log:?}"
        );
        // A reload keeps the shared text (it is kept like a typed one).
        client.refresh().await.unwrap();
        wait_ready(&client).await;
        assert_eq!(field_value(&client, "#article-input").await, SHARE_TEXT);

        // Damaged links, opened in the running app (a fragment change) and in a new page (cut
        // short): a clear message, the kept text untouched.
        let damaged = format!("{}x", link[..link.len() - 7].replacen("#share=", "#share=%", 1));
        let cut = link[..link.len() / 8 * 4].to_string();
        for (url, new_page) in [(damaged, false), (cut, true)] {
            if new_page {
                client.goto("about:blank").await.unwrap();
            }
            client.goto(&url).await.unwrap();
            wait_ready(&client).await;
            let notice = text_of(&client, ".input-card .notice").await;
            assert!(
                notice.starts_with("This share link could not be opened: the link "),
                "{url}: {notice:?}"
            );
            assert_eq!(
                field_value(&client, "#article-input").await,
                SHARE_TEXT,
                "the kept text is untouched"
            );
        }
        client.close().await.expect("close the browser");
    });
}

/// Feature 9: a text whose link would pass the limit is refused with a message saying so.
#[test]
fn share_link_refuses_a_too_long_text() {
    let Some(env) = Env::start() else { return };
    // Words of pseudo-random letters: text that does not compress.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut text = String::from("Ms Solberg said: ");
    while text.len() < 30_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        text.push((b'a' + (x % 26) as u8) as char);
        if x % 7 == 0 {
            text.push(' ');
        }
    }
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        set_field(&client, "#article-input", &text).await;
        click(&client, "#share-link").await;
        client
            .wait()
            .at_most(TIMEOUT)
            .for_element(Locator::Css("#share-link-message"))
            .await
            .expect("a message");
        let message = text_of(&client, "#share-link-message").await;
        assert!(
            message.starts_with("This article is too long for a share link: the link would have ")
                && message.contains("characters, and the limit is 16,000."),
            "{message:?}"
        );
        assert!(
            client.find(Locator::Css("#share-link-field")).await.is_err(),
            "no link offered"
        );
        client.close().await.expect("close the browser");
    });
}

/// Feature 10: an .html file and a .md file opened through the file field arrive as their plain
/// text (markup removed, nothing injected) and are analysed.
#[test]
fn html_and_markdown_files_open_as_text() {
    let Some(env) = Env::start() else { return };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("e2e-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("article.html");
    std::fs::write(
        &html,
        "<!doctype html><html><head><title>Page title</title><script>window.pwned = 1</script></head>\
         <body><h1>Talks in Oslo</h1><p>Ms Ingrid Solberg said on <b>Monday</b> that \
         <a href=\"https://example.org\">Kenya</a> would join.<img src=x onerror=\"window.pwned = 2\"></p></body></html>",
    )
    .unwrap();
    let md = dir.join("article.md");
    std::fs::write(
        &md,
        "# Talks in Nairobi\n\n**Mr Daniel Otieno** said [on Friday](https://example.org/a) that _Norway_ \
         would join.\n\n![A photo](photo.jpg)\n\n```\ncode \"not a quote\"\n```\n",
    )
    .unwrap();
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        for (file, want, country) in [
            (
                &html,
                "Talks in Oslo\n\nMs Ingrid Solberg said on Monday that Kenya would join.",
                "KE",
            ),
            (
                &md,
                "Talks in Nairobi\n\nMr Daniel Otieno said on Friday that Norway would join.",
                "NO",
            ),
        ] {
            client
                .find(Locator::Css("#file-input"))
                .await
                .expect("#file-input")
                .send_keys(&file.display().to_string())
                .await
                .expect("choose the file");
            let deadline = Instant::now() + TIMEOUT;
            while field_value(&client, "#article-input").await != want {
                assert!(
                    Instant::now() < deadline,
                    "{}: the field holds {:?}",
                    file.display(),
                    field_value(&client, "#article-input").await
                );
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            let native = analyse(want, &Options::default());
            eventually(&client, "file analysed", |s| {
                contains_all("countries", &strings(&s["countries"], "code"), &[country])?;
                matches_native(s, &native)
            })
            .await;
        }
        let pwned = client
            .execute("return window.pwned === undefined;", vec![])
            .await
            .unwrap();
        assert_eq!(pwned, json!(true), "the file's script ran");
        client.close().await.expect("close the browser");
    });
    let _ = std::fs::remove_dir_all(&dir);
}

/// Feature 10: a French or German paragraph gets a plain notice that the text does not look like
/// English (the analysis still runs); English, and a short foreign sentence, do not.
#[test]
fn non_english_text_gets_a_notice() {
    let Some(env) = Env::start() else { return };
    let french = "La ministre norvégienne des affaires étrangères a déclaré vendredi à Oslo que les \
        négociations de Genève avaient été utiles, mais qu'aucun accord n'était encore en vue. « Nous \
        avons progressé sur les questions qui comptent pour nos voisins », a-t-elle dit aux journalistes \
        après la réunion, qui a duré quatre heures. Son homologue kényan rentrera à Nairobi dimanche.";
    let german = "Die norwegische Außenministerin sagte am Freitag in Oslo, die Gespräche in Genf seien \
        nützlich gewesen, aber eine Einigung sei noch nicht in Sicht. „Wir haben bei den Fragen, die für \
        unsere Nachbarn wichtig sind, Fortschritte gemacht“, sagte sie nach dem Treffen, das vier Stunden \
        dauerte. Ihr kenianischer Amtskollege will am Sonntag nach Nairobi zurückkehren.";
    let notice = r#"const e = document.querySelector('#language-notice'); return e ? e.textContent : null;"#;
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        for (text, foreign) in [
            (french, true),
            (SHARE_TEXT, false),
            (german, true),
            (
                "La ministre a déclaré vendredi que les négociations avaient été utiles.",
                false,
            ),
        ] {
            set_field(&client, "#article-input", text).await;
            let native = analyse(text, &Options::default());
            eventually(&client, "text analysed", |s| matches_native(s, &native)).await;
            let shown = client.execute(notice, vec![]).await.unwrap();
            if foreign {
                assert_eq!(
                    shown.as_str(),
                    Some(
                        "⚠This text does not look like English. Lede is built for English news, so its \
                          findings in other languages will be incomplete or wrong."
                    ),
                    "{text}"
                );
            } else {
                assert_eq!(shown, json!(null), "{text}");
            }
        }
        client.close().await.expect("close the browser");
    });
}

// ---- compare, presentation, print and the quality bar ----

const COMPARE_A: &str = "\"We will sign on Friday,\" Ingrid Solberg said in Oslo. Daniel Otieno, the trade \
                         minister of Kenya, declined to comment. Russia said it would attend.";
const COMPARE_B: &str = "Ms Solberg arrived in Norway on Friday. \"Nothing is agreed,\" said Maria Lopez, a \
                         spokeswoman for the World Trade Organization. Moscow said it would attend.";

/// What the Compare view shows: the names in each column and the quoted-in-one list.
const COMPARE_JS: &str = r#"
const names = sel => Array.from(document.querySelectorAll(sel)).map(e => e.getAttribute('data-name'));
const results = document.querySelector('#compare-results');
return results && {
  both: names('#compare-both li'), only_a: names('#compare-only-a li'), only_b: names('#compare-only-b li'),
  quoted: Array.from(document.querySelectorAll('#compare-quoted li'))
    .map(li => li.getAttribute('data-name') + ':' + li.getAttribute('data-side')),
  voice: Array.from(document.querySelectorAll('#compare-voice tbody tr'))
    .map(tr => Array.from(tr.children).map(c => c.textContent.trim()).join('|')),
  dates: Array.from(document.querySelectorAll('#compare-dates tbody tr'))
    .map(tr => Array.from(tr.children).map(c => c.textContent.trim()).join('|')),
};
"#;

async fn compare_snapshot(client: &Client) -> Value {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let snap = client
            .execute(COMPARE_JS, vec![])
            .await
            .expect("read the Compare view");
        if !snap.is_null() {
            return snap;
        }
        assert!(Instant::now() < deadline, "the Compare view shows no results");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn press(client: &Client, key: char) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let actions = KeyActions::new("keys".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    client.perform_actions(actions).await.expect("press a key");
}

async fn save_screenshot(client: &Client, name: &str) {
    if let Some(dir) = std::env::var_os("LEDE_SCREENSHOT_DIR") {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let png = client.screenshot().await.expect("screenshot");
        let path = PathBuf::from(dir).join(name);
        std::fs::write(&path, png).expect("save the screenshot");
        println!("screenshot saved to {}", path.display());
    }
}

/// Two self-written articles compared: the actors in both and in one only (matched by surname and
/// by name), who is quoted in one only, quotes per speaker and the dates of each; an actor of A
/// clicked in the view is marked in the text; B survives a reload, a dropped .txt file replaces it,
/// and Clear forgets it.
#[test]
fn compare_two_articles() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        set_field(&client, "#reference-date", "2024-03-14").await;
        set_field(&client, "#article-input", COMPARE_A).await;
        eventually(&client, "article A", |s| contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])).await;
        click(&client, "#tab-compare").await;
        let empty = client
            .execute("return document.querySelector('#compare-status').textContent", vec![])
            .await
            .unwrap();
        assert!(empty.as_str().unwrap_or("").contains("Paste or drop a second article"), "{empty}");
        set_field(&client, "#compare-input", COMPARE_B).await;
        let snap = compare_snapshot(&client).await;
        assert_eq!(snap["both"], json!(["Ingrid Solberg", "Russia"]), "{snap}");
        assert_eq!(snap["only_a"], json!(["Daniel Otieno"]), "{snap}");
        assert_eq!(snap["only_b"], json!(["Maria Lopez", "World Trade Organization"]), "{snap}");
        assert_eq!(snap["quoted"], json!(["Ingrid Solberg:a", "Maria Lopez:b"]), "{snap}");
        assert_eq!(
            snap["voice"],
            json!(["Russia|1|1", "Ingrid Solberg|1|0", "Maria Lopez|0|1"]),
            "{snap}"
        );
        assert_eq!(
            snap["dates"],
            json!(["Friday|2024-03-15|only in A|1|0", "Friday|2024-03-08|only in B|0|1"]),
            "{snap}"
        );
        if std::env::var_os("LEDE_SCREENSHOT_DIR").is_some() {
            client.set_window_size(1440, 1300).await.expect("resize the window");
            client
                .execute("document.querySelector('.results-grid').scrollIntoView()", vec![])
                .await
                .unwrap();
            save_screenshot(&client, "compare.png").await;
        }

        click(&client, "#compare-only-a li button").await;
        let marked = client
            .execute(
                "return Array.from(document.querySelectorAll('#article-view mark.is-selected')).map(m => m.textContent)",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(marked, json!(["Daniel Otieno"]));

        client.refresh().await.expect("reload");
        wait_ready(&client).await;
        eventually(&client, "A after the reload", |s| contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])).await;
        click(&client, "#tab-compare").await;
        assert_eq!(field_value(&client, "#compare-input").await, COMPARE_B);
        assert_eq!(compare_snapshot(&client).await["only_b"], snap["only_b"]);

        // A .txt file dropped onto the view replaces article B.
        let dropped = "Anna Berg arrived in Oslo on Friday.";
        let js = r#"
          const dt = new DataTransfer();
          dt.items.add(new File([arguments[0]], 'b.txt', { type: 'text/plain' }));
          const zone = document.querySelector('.compare-drop');
          zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
          zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
        "#;
        client.execute(js, vec![json!(dropped)]).await.expect("drop a file");
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let snap = compare_snapshot(&client).await;
            if snap["only_b"] == json!(["Anna Berg"]) {
                break;
            }
            assert!(Instant::now() < deadline, "the dropped file was not compared: {snap}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert_eq!(field_value(&client, "#compare-input").await, dropped);

        click(&client, "#clear-text").await;
        let kept = client
            .execute("return localStorage.getItem('lede.compare');", vec![])
            .await
            .unwrap();
        assert_eq!(kept, Value::Null, "Clear left article B in storage");
        client.close().await.expect("close the browser");
    });
}

/// What presentation mode shows: whether it is on, the slide's title, which of the article and the
/// views is displayed, and the font size.
const PRESENT_JS: &str = r#"
const app = document.querySelector('.app');
const shown = sel => { const e = document.querySelector(sel); return !!e && e.getClientRects().length > 0; };
return {
  present: app.classList.contains('app--present'),
  slide: (document.querySelector('#present-where .presentation-title') || {}).textContent || null,
  count: (document.querySelector('#present-where .presentation-count') || {}).textContent || null,
  article: shown('#article-view'), views: shown('.views'), input: shown('#article-input'),
  tabs: shown('.view-tabs'), panel: (document.querySelector('[role=tabpanel]') || {}).id || null,
  hint: (document.querySelector('#present-hint') || {}).textContent || '',
  font: parseFloat(getComputedStyle(app).fontSize),
};
"#;

/// Presentation mode: Present shows the article alone in large type, PageDown and → step through
/// every view, PageUp steps back, End and Home jump, Escape leaves; the keys are said on screen.
#[test]
fn presentation_mode_steps_with_the_keyboard() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        eventually(&client, "example", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])
        })
        .await;
        let before = client.execute(PRESENT_JS, vec![]).await.unwrap();
        assert_eq!(before["present"], json!(false));
        click(&client, "#present").await;
        let read = || async { client.execute(PRESENT_JS, vec![]).await.unwrap() };
        let s = read().await;
        assert_eq!(s["present"], json!(true), "{s}");
        assert_eq!(
            (s["slide"].as_str(), s["count"].as_str()),
            (Some("Article"), Some("1 / 7")),
            "{s}"
        );
        assert_eq!(
            (s["article"].clone(), s["views"].clone(), s["input"].clone()),
            (json!(true), json!(false), json!(false)),
            "{s}"
        );
        assert!(
            s["font"].as_f64().unwrap() > before["font"].as_f64().unwrap() * 1.1,
            "type not larger: {s} vs {before}"
        );
        for key in ["PageDown", "PageUp", "Escape"] {
            assert!(
                s["hint"].as_str().unwrap().contains(key),
                "the hint does not name {key}: {s}"
            );
        }
        save_screenshot(&client, "presentation.png").await;
        let steps = [
            ('\u{E00F}', "Findings", "view-findings"),             // PageDown
            ('\u{E014}', "Share of voice", "view-share-of-voice"), // ArrowRight
            ('\u{E00F}', "Sources", "view-sources"),
            ('\u{E00E}', "Share of voice", "view-share-of-voice"), // PageUp
            ('\u{E010}', "Compare", "view-compare"),               // End
        ];
        for (key, title, panel) in steps {
            press(&client, key).await;
            let s = read().await;
            assert_eq!(s["slide"].as_str(), Some(title), "{s}");
            assert_eq!(s["panel"].as_str(), Some(panel), "{s}");
            assert_eq!(
                (s["article"].clone(), s["views"].clone(), s["tabs"].clone()),
                (json!(false), json!(true), json!(false)),
                "{s}"
            );
        }
        press(&client, '\u{E011}').await; // Home
        assert_eq!(read().await["slide"].as_str(), Some("Article"));
        press(&client, '\u{E00C}').await; // Escape
        let s = read().await;
        let focused = client
            .execute("return document.activeElement.id", vec![])
            .await
            .unwrap();
        assert_eq!(focused, json!("present"), "the focus did not return to Present");
        assert_eq!(
            (s["present"].clone(), s["input"].clone(), s["article"].clone()),
            (json!(false), json!(true), json!(true)),
            "{s}"
        );
        client.close().await.expect("close the browser");
    });
}

/// The print stylesheet: its rules, applied on screen for the test (their media set to `all`; print
/// media cannot be emulated through WebDriver), hide every button, field and tab and the views, show
/// the worksheet's tables, and the legend prints each category's line style in words.
#[test]
fn print_stylesheet_makes_a_worksheet() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        eventually(&client, "example", |s| contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])).await;
        let js = r#"
          const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          const controls = () => Array.from(document.querySelectorAll('button, input, textarea, select, [role=tab]')).filter(shown).length;
          const before = { controls: controls(), worksheet: shown(document.querySelector('#worksheet')) };
          let rules = 0;
          for (const sheet of document.styleSheets) {
            for (const rule of sheet.cssRules) {
              if (rule.media && rule.media.mediaText === 'print') { rule.media.mediaText = 'all'; rules++; }
            }
          }
          const legend = Array.from(document.querySelectorAll('.legend-sample'))
            .map(e => e.textContent + getComputedStyle(e, '::after').content);
          const marks = ['actor', 'quote', 'date', 'country'].map(k => {
            const m = document.querySelector('#article-view mark.ent--' + k);
            const st = getComputedStyle(m);
            return k + ':' + (k === 'quote' ? st.textDecorationStyle : st.borderBottomStyle);
          });
          return { before, rules, controls: controls(), views: shown(document.querySelector('.views')),
            article: shown(document.querySelector('#article-view')),
            tables: Array.from(document.querySelectorAll('#worksheet caption')).map(c => c.textContent),
            actors: Array.from(document.querySelectorAll('#worksheet table:first-of-type tbody th')).map(c => c.textContent),
            legend, marks };
        "#;
        let r = client.execute(js, vec![]).await.unwrap();
        assert!(r["rules"].as_u64().unwrap() >= 1, "no print rules: {r}");
        assert!(r["before"]["controls"].as_u64().unwrap() > 5, "{r}");
        assert_eq!(r["before"]["worksheet"], json!(false), "the worksheet shows on screen: {r}");
        assert_eq!(r["controls"], json!(0), "controls on paper: {r}");
        assert_eq!((r["views"].clone(), r["article"].clone()), (json!(false), json!(true)), "{r}");
        // Every table of the workbench that has rows, as the native derivation titles them.
        let text = example_text();
        let native = analyse(&text, &Options::default());
        let titles: Vec<String> = lede::workbench::tables(&text, &native)
            .into_iter()
            .filter(|t| !t.rows.is_empty())
            .map(|t| t.title)
            .collect();
        assert!(titles.len() >= 8, "{titles:?}");
        assert_eq!(r["tables"], json!(titles), "{r}");
        assert!(strings_in(&r["actors"]).contains(&"Ingrid Solberg"), "{r}");
        assert_eq!(
            r["marks"],
            json!(["actor:solid", "quote:wavy", "date:dashed", "country:dotted"]),
            "{r}"
        );
        let legend = strings_in(&r["legend"]).join(" ");
        for words in [
            "solid underline",
            "wavy underline",
            "dashed underline",
            "dotted underline",
            "boxed, labelled source",
            "double underline",
        ] {
            assert!(legend.contains(words), "legend lacks {words}: {legend}");
        }
        client.close().await.expect("close the browser");
    });
}

fn strings_in(v: &Value) -> Vec<&str> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Every control's description and accessible name, computed from the DOM (aria-labelledby,
/// aria-label, a label, the text, a title), and whether it takes part in the Tab order.
const CONTROLS_JS: &str = r#"
const sel = 'button, a[href], input, textarea, select, summary, [role=tab], [role=button], [tabindex]';
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const txt = e => (e ? e.textContent : '').replace(/\s+/g, ' ').trim();
const name = e => {
  const by = e.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map(id => txt(document.getElementById(id))).join(' ').trim();
  if (e.getAttribute('aria-label')) return e.getAttribute('aria-label').trim();
  if (e.labels && e.labels.length) return Array.from(e.labels).map(txt).join(' ');
  return txt(e) || (e.getAttribute('title') || '').trim();
};
const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '[' + name(e).slice(0, 40) + ']';
window.__describe = describe;
return Array.from(document.querySelectorAll(sel))
  .filter(e => shown(e) && !e.disabled && e.getAttribute('aria-hidden') !== 'true' && !e.closest('[aria-hidden=true]'))
  .filter(e => e.tabIndex >= 0 || e.getAttribute('role') === 'tab')
  .map(e => ({ id: describe(e), name: name(e), tab: e.getAttribute('role') === 'tab', selected: e.getAttribute('aria-selected') === 'true' }));
"#;

/// Walks the page with Tab from the top (the example loaded, the Compare view showing its second
/// article): every control (button, link, field, tab, list item acting as a button) is reached, the
/// tabs through the selected one (arrow keys move between tabs), and every control has a name.
#[test]
fn tab_walk_reaches_and_names_every_control() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        eventually(&client, "example", |s| contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])).await;
        click(&client, "#tab-compare").await;
        set_field(&client, "#compare-input", COMPARE_B).await;
        compare_snapshot(&client).await;
        let controls = client.execute(CONTROLS_JS, vec![]).await.unwrap();
        let controls = controls.as_array().unwrap().clone();
        assert!(controls.len() > 20, "too few controls: {controls:?}");
        let unnamed: Vec<&Value> = controls.iter().filter(|c| c["name"].as_str().unwrap_or("").is_empty()).collect();
        assert!(unnamed.is_empty(), "controls without an accessible name: {unnamed:?}");

        // Start from the top: the skip link is the page's first control.
        let first = client
            .execute("const s = document.querySelector('.skip-link'); s.focus(); return window.__describe(s);", vec![])
            .await
            .unwrap();
        let first = first.as_str().unwrap_or_default().to_string();
        let mut reached = BTreeSet::from([first.clone()]);
        for _ in 0..(controls.len() * 2 + 20) {
            press(&client, '\u{E004}').await;
            let id = client
                .execute("const e = document.activeElement; return e && e !== document.body ? window.__describe(e) : null;", vec![])
                .await
                .unwrap();
            match id.as_str() {
                Some(id) if id == first => break, // back at the start
                Some(id) => {
                    reached.insert(id.to_string());
                }
                None => break, // past the last control
            }
        }
        let missed: Vec<&str> = controls
            .iter()
            .filter(|c| !(c["tab"] == json!(true) && c["selected"] == json!(false)))
            .filter_map(|c| c["id"].as_str())
            .filter(|id| !reached.contains(*id))
            .collect();
        assert!(missed.is_empty(), "not reached with Tab: {missed:?}\nreached: {reached:?}");
        client.close().await.expect("close the browser");
    });
}

/// At 390 px (a phone) the page, with the example and each view, has no horizontal scroll.
#[test]
fn phone_width_has_no_horizontal_scroll() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        eventually(&client, "example", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])
        })
        .await;
        client.set_window_size(390, 844).await.expect("resize the window");
        let js = r#"
          const de = document.documentElement;
          const over = e => e.getBoundingClientRect().right > de.clientWidth + 1 && e.getClientRects().length > 0
              && !e.closest('.visually-hidden, .skip-link, .data-table-wrap');
          // The innermost elements that stick out: the culprits.
          const wide = Array.from(document.querySelectorAll('body *'))
            .filter(e => over(e) && !Array.from(e.children).some(over))
            .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 40)
              + ' ' + Math.round(e.getBoundingClientRect().width));
          return { width: window.innerWidth, client: de.clientWidth, scroll: de.scrollWidth, wide };
        "#;
        let inner = client.execute("return window.innerWidth", vec![]).await.unwrap();
        assert!(
            inner.as_u64().unwrap() <= 400,
            "the window is {inner} px wide, not about 390"
        );
        for view in [
            "findings",
            "share-of-voice",
            "sources",
            "attribution-language",
            "timeline",
            "compare",
        ] {
            click(&client, &format!("#tab-{view}")).await;
            if view == "compare" {
                set_field(&client, "#compare-input", COMPARE_B).await;
                compare_snapshot(&client).await;
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
            let r = client.execute(js, vec![]).await.unwrap();
            assert!(
                r["scroll"].as_u64() <= r["client"].as_u64(),
                "{view}: horizontal scroll at 390 px: {r}"
            );
        }
        client.close().await.expect("close the browser");
    });
}

/// With the system in dark mode the page turns dark (the colour properties' dark values), and the
/// text stays readable: light ink on a dark canvas, and each category's highlight differs.
#[test]
fn dark_mode_follows_the_system() {
    let Some(env) = Env::start() else { return };
    let js = r#"
      const bg = getComputedStyle(document.body).backgroundColor;
      const ink = getComputedStyle(document.body).color;
      const lum = c => { const [r, g, b] = c.match(/\d+/g).map(Number).map(v => v / 255)
          .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const card = getComputedStyle(document.querySelector('.card')).backgroundColor;
      return { dark: matchMedia('(prefers-color-scheme: dark)').matches, bg, ink, canvas: lum(bg),
        contrast: ratio(ink, card) };
    "#;
    runtime().block_on(async {
        let light = env.browser().await;
        open_with_example(&env, &light).await;
        let l = light.execute(js, vec![]).await.unwrap();
        light.close().await.expect("close the browser");
        let dark = env
            .browser_with(&["--force-dark-mode", "--blink-settings=preferredColorScheme=0"])
            .await;
        open_with_example(&env, &dark).await;
        eventually(&dark, "example", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])
        })
        .await;
        let d = dark.execute(js, vec![]).await.unwrap();
        save_screenshot(&dark, "dark.png").await;
        assert_eq!(
            (l["dark"].clone(), d["dark"].clone()),
            (json!(false), json!(true)),
            "{l} {d}"
        );
        assert_ne!(l["bg"], d["bg"], "the background did not change");
        assert!(
            d["canvas"].as_f64().unwrap() < 0.05,
            "the dark canvas is not dark: {d}"
        );
        assert!(
            d["contrast"].as_f64().unwrap() >= 4.5,
            "text contrast below AA in dark mode: {d}"
        );
        assert!(
            l["contrast"].as_f64().unwrap() >= 4.5,
            "text contrast below AA in light mode: {l}"
        );
        dark.close().await.expect("close the browser");
    });
}

/// At 1920 px (a projector, a wide monitor) the page uses the width: the finding panels sit side
/// by side instead of running on below the article, and nothing scrolls sideways.
#[test]
fn wide_screen_uses_the_width() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        client
            .set_window_size(1920, 1080)
            .await
            .expect("resize the window");
        open_with_example(&env, &client).await;
        eventually(&client, "example", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])
        })
        .await;
        let js = r#"
          const de = document.documentElement;
          const app = document.querySelector('.app').getBoundingClientRect();
          const lefts = new Set(Array.from(document.querySelectorAll('.panels > .panel'))
            .map(p => Math.round(p.getBoundingClientRect().left)));
          return { inner: window.innerWidth, app: Math.round(app.width), columns: lefts.size,
            scroll: de.scrollWidth, client: de.clientWidth };
        "#;
        let r = client.execute(js, vec![]).await.unwrap();
        assert!(
            r["inner"].as_u64().unwrap() >= 1800,
            "the window is not wide: {r}"
        );
        assert!(
            r["app"].as_u64().unwrap() >= 1800,
            "the page does not use the width: {r}"
        );
        assert!(
            r["columns"].as_u64().unwrap() >= 2,
            "the panels are in one column: {r}"
        );
        assert!(
            r["scroll"].as_u64() <= r["client"].as_u64(),
            "horizontal scroll: {r}"
        );
        save_screenshot(&client, "wide.png").await;
        client.close().await.expect("close the browser");
    });
}

/// The evaluation kit's sample article pasted in: both views show exactly the native workbench tables.
#[test]
fn voice_views_on_the_sample_article() {
    let Some(dir) = support::eval_sample_dir() else {
        println!("no ../shared/eval/sample folder (set LEDE_EVAL_DIR to the evaluation kit); skipped");
        return;
    };
    let Ok(article) = std::fs::read_to_string(dir.join("seed-article.txt")) else {
        println!("sample article not found in {}; skipped", dir.display());
        return;
    };
    let Some(env) = Env::start() else { return };
    let native = analyse(
        &article,
        &Options {
            reference_date: Date::parse_iso("2022-01-21"),
        },
    );
    let rows = |t: &lede::workbench::Table| t.rows.iter().map(|r| r.join("|")).collect::<Vec<_>>();
    let sov = lede::workbench::voice::tables(&native);
    let al = lede::workbench::language::tables(&article, &native);
    let (speakers, types, verbs) = (rows(&sov[0]), rows(&sov[1]), rows(&al[0]));
    fn strs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    assert!(speakers.len() > 3, "the sample article quotes several speakers");
    runtime().block_on(async {
        let client = env.browser().await;
        paste_text(&env, &client, &article).await;
        set_field(&client, "#reference-date", "2022-01-21").await;
        show_view(&client, "share-of-voice").await;
        voice_eventually(&client, "sample share of voice", |s| {
            same("speakers", &s["sov_speakers"], &strs(&speakers))?;
            same("types", &s["sov_types"], &strs(&types))
        })
        .await;
        show_view(&client, "attribution-language").await;
        let snap = voice_eventually(&client, "sample attribution language", |s| {
            same("verbs", &s["al_verbs"], &strs(&verbs))
        })
        .await;
        assert_eq!(
            snap["al_hedges"].as_array().map_or(0, Vec::len),
            native.hedges.len()
        );
        client.close().await.expect("close the browser");
    });
}

/// The example article (A) against the evaluation kit's sample article (B): the Compare view's
/// columns and quoted-in-one list are exactly what the workbench derives from the native reports.
#[test]
fn compare_example_with_sample_article() {
    use lede::workbench::compare::{compare, Side};
    let Some(dir) = support::eval_sample_dir() else {
        println!("no ../shared/eval/sample folder (set LEDE_EVAL_DIR to the evaluation kit); skipped");
        return;
    };
    let Ok(sample) = std::fs::read_to_string(dir.join("seed-article.txt")) else {
        println!("sample article not found in {}; skipped", dir.display());
        return;
    };
    let Some(env) = Env::start() else { return };
    let native = compare(
        &analyse(&example_text(), &Options::default()),
        &analyse(&sample, &Options::default()),
    );
    let names = |side| -> Vec<&str> { native.actors_on(side).map(|r| r.name.as_str()).collect() };
    let quoted: Vec<String> = native
        .actors
        .iter()
        .filter(|r| r.quoted_in_one_only())
        .map(|r| format!("{}:{}", r.name, if r.quotes_a > 0 { "a" } else { "b" }))
        .collect();
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        eventually(&client, "example", |s| {
            contains_all("actors", &strings(&s["actors"], "name"), &["Ingrid Solberg"])
        })
        .await;
        click(&client, "#tab-compare").await;
        set_field(&client, "#compare-input", &sample).await;
        let snap = compare_snapshot(&client).await;
        assert_eq!(snap["both"], json!(names(Side::Both)), "{snap}");
        assert_eq!(snap["only_a"], json!(names(Side::OnlyA)), "{snap}");
        assert_eq!(snap["only_b"], json!(names(Side::OnlyB)), "{snap}");
        assert_eq!(snap["quoted"], json!(quoted), "{snap}");
        assert!(
            !names(Side::OnlyB).is_empty(),
            "the sample article adds no actor: {snap}"
        );
        client.close().await.expect("close the browser");
    });
}

// ---- sources and timeline ----

/// With `LEDE_VIEW_SCREENSHOTS=DIR`, saves `DIR/NAME-wide.png` (1280 px) and `DIR/NAME-phone.png`
/// (390 px) of the page scrolled to `selector`.
async fn view_screenshots(client: &Client, name: &str, selector: &str) {
    let Some(dir) = std::env::var_os("LEDE_VIEW_SCREENSHOTS").map(PathBuf::from) else {
        return;
    };
    std::fs::create_dir_all(&dir).expect("create the screenshot folder");
    for (size, width, height) in [("wide", 1280, 1000), ("phone", 390, 900)] {
        client
            .set_window_size(width, height)
            .await
            .expect("resize the window");
        tokio::time::sleep(Duration::from_millis(500)).await;
        client
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'start'})",
                vec![json!(selector)],
            )
            .await
            .expect("scroll to the view");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let png = client.screenshot().await.expect("screenshot");
        let path = dir.join(format!("{name}-{size}.png"));
        std::fs::write(&path, png).expect("save the screenshot");
        println!("screenshot saved to {}", path.display());
    }
    client
        .set_window_size(1280, 1000)
        .await
        .expect("resize the window");
}

/// A pasted text with known vague sources and non-answers: the Sources view lists each, grouped by
/// kind with counts, in its sentence; each is marked in the article, and selecting one marks it.
#[test]
fn sources_view_lists_and_marks_vague_sources() {
    let Some(env) = Env::start() else { return };
    let text = "The harbour will close in May, a senior official said on Monday.\n\n\
                \"Nobody wants this,\" said one diplomat. Analysts say the decision was rushed.\n\n\
                It is understood that the ferry company was told last week. The ferry company declined to comment.";
    let native = analyse(text, &Options::default());
    let phrases: Vec<&str> = native.sources.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        phrases,
        [
            "a senior official said",
            "said one diplomat",
            "Analysts say",
            "It is understood",
            "declined to comment"
        ]
    );
    const SOURCES_JS: &str = r#"
        const all = (sel) => Array.from(document.querySelectorAll(sel));
        return {
          groups: all('#view-sources section.source-group').map(g => ({
            title: g.querySelector('.source-group-title').firstChild.textContent.trim(),
            count: g.querySelector('.source-group-count').textContent.trim(),
            items: Array.from(g.querySelectorAll('li.source-item')).map(li => ({
              code: li.getAttribute('data-code'),
              phrase: li.querySelector('.source-phrase').textContent,
              sentence: li.querySelector('.source-sentence').textContent.trim() })) })),
          counts: all('#view-sources table.sources-counts tbody tr').map(tr => [tr.querySelector('th').textContent, tr.querySelector('td').textContent]),
          marks: all('#article-view mark.ent--source').map(m => m.textContent),
          selected: all('#article-view mark.ent--source.is-selected').map(m => m.textContent),
          empty: (document.querySelector('#view-sources .view-empty') || {}).textContent || null,
        };"#;
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        set_field(&client, "#article-input", text).await;
        eventually(&client, "the pasted text is analysed", |snap| {
            (snap["marks"]["date"].as_u64() > Some(0))
                .then_some(())
                .ok_or("no dates yet".into())
        })
        .await;
        click(&client, "#tab-sources").await;
        let page = client
            .execute(SOURCES_JS, vec![])
            .await
            .expect("read the sources view");
        let groups: Vec<(String, String, Vec<String>)> = page["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .map(|g| {
                let phrases = g["items"].as_array().unwrap().iter();
                (
                    g["title"].as_str().unwrap_or("").to_string(),
                    g["count"].as_str().unwrap_or("").to_string(),
                    phrases
                        .map(|i| i["phrase"].as_str().unwrap_or("").to_string())
                        .collect(),
                )
            })
            .collect();
        let expected = [
            (
                "Unnamed sources",
                "2",
                vec!["a senior official said", "said one diplomat"],
            ),
            ("Vague sources", "2", vec!["Analysts say", "It is understood"]),
            ("No comment", "1", vec!["declined to comment"]),
        ]
        .map(|(t, n, p)| {
            (
                t.to_string(),
                n.to_string(),
                p.into_iter().map(String::from).collect(),
            )
        });
        assert_eq!(groups, expected, "{page}");
        assert_eq!(
            page["counts"],
            json!([
                ["Unnamed sources", "2"],
                ["Vague sources", "2"],
                ["No comment", "1"]
            ])
        );
        // Each phrase stands in its whole sentence.
        let analysts = &page["groups"][1]["items"][0];
        assert_eq!(analysts["sentence"], "Analysts say the decision was rushed.");
        assert_eq!(
            page["groups"][0]["items"][0]["sentence"],
            "The harbour will close in May, a senior official said on Monday."
        );
        // Every source is marked in the article.
        assert_eq!(page["marks"], json!(phrases), "source marks in the article");
        // Selecting one in the list marks it (and only it) in the text.
        let code = analysts["code"].as_str().expect("data-code").to_string();
        click(
            &client,
            &format!("#view-sources li.source-item[data-code='{code}']"),
        )
        .await;
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let page = client.execute(SOURCES_JS, vec![]).await.unwrap();
            if page["selected"] == json!(["Analysts say"]) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the selected source is not marked: {page}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        view_screenshots(&client, "sources", "#view-sources").await;
        // A text without vague sources says so plainly.
        set_field(
            &client,
            "#article-input",
            "Mayor Anna Berg said the harbour would close in May.",
        )
        .await;
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let page = client.execute(SOURCES_JS, vec![]).await.unwrap();
            if page["empty"]
                .as_str()
                .is_some_and(|e| e.starts_with("No unnamed or vague sources"))
            {
                assert_eq!(page["marks"], json!([]));
                break;
            }
            assert!(Instant::now() < deadline, "no empty message: {page}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        client.close().await.expect("close the browser");
    });
}

/// The example article's timeline: its dates in calendar order around the publication date, the
/// inferred ones hollow and named so, durations beside the axis, the same dates in the table; a click
/// or Enter on a date marks it in the article.
#[test]
fn timeline_on_the_example_article() {
    let Some(env) = Env::start() else { return };
    let native = analyse(&example_text(), &Options::default());
    let index = |text: &str| {
        let i = native.dates.iter().position(|d| d.text == text);
        format!(
            "d{}",
            i.unwrap_or_else(|| panic!("the example has no date {text:?}")) + 1
        )
    };
    const TIMELINE_JS: &str = r#"
        const all = (sel) => Array.from(document.querySelectorAll(sel));
        const ref = document.querySelector('#view-timeline .timeline-reference line');
        return {
          items: Object.fromEntries(all('#view-timeline g.timeline-item').map(g => [g.getAttribute('data-date'), {
            x: parseFloat(g.getAttribute('data-x')), label: g.getAttribute('aria-label'),
            inferred: g.classList.contains('timeline-item--inferred'), text: g.querySelector('text').textContent }])),
          reference: ref ? parseFloat(ref.getAttribute('x1')) : null,
          aside: all('#view-timeline .timeline-aside-item .date-text').map(e => e.textContent),
          rows: all('#view-timeline table.timeline-table tbody tr').length,
          chart: (document.querySelector('#view-timeline svg.timeline-chart') || {getAttribute: () => null}).getAttribute('aria-label'),
          selected: all('#article-view mark.ent--date.is-selected').map(m => m.textContent),
          active: document.activeElement ? document.activeElement.getAttribute('data-date') : null,
        };"#;
    runtime().block_on(async {
        let client = env.browser().await;
        open_with_example(&env, &client).await;
        eventually(&client, "example article", |snap| {
            (snap["marks"]["date"].as_u64() > Some(0)).then_some(()).ok_or("no dates yet".into())
        })
        .await;
        click(&client, "#tab-timeline").await;
        let page = client.execute(TIMELINE_JS, vec![]).await.expect("read the timeline");
        let x = |text: &str| {
            page["items"][index(text)]["x"]
                .as_f64()
                .unwrap_or_else(|| panic!("{text:?} is not on the timeline: {page}"))
        };
        // Calendar order along the axis, the publication date (14 March 2024) between Tuesday and next month.
        let order = ["two years ago", "9 February 2022", "last autumn", "Tuesday", "next month", "the end of June"];
        for w in order.windows(2) {
            assert!(x(w[0]) <= x(w[1]), "{} is not left of {}: {page}", w[0], w[1]);
        }
        assert!(x("9 February 2022") < x("last autumn") && x("last autumn") < x("Tuesday"));
        let reference = page["reference"].as_f64().expect("the publication date is marked");
        assert!(x("Tuesday") < reference && reference < x("next month"), "{page}");
        // Inferred values are marked as such, stated ones not.
        let tuesday = &page["items"][index("Tuesday")];
        assert_eq!(tuesday["inferred"], true);
        assert!(tuesday["label"].as_str().unwrap_or("").contains("Tue 12 Mar 2024"), "{tuesday}");
        assert!(tuesday["label"].as_str().unwrap_or("").contains("inferred from context"));
        assert_eq!(page["items"][index("9 February 2022")]["inferred"], false);
        // Durations are listed beside the axis, not on it; the table has every date.
        assert_eq!(page["aside"], json!(["weeks", "three years"]));
        assert!(page["items"].get(index("three years")).is_none());
        assert_eq!(page["rows"].as_u64(), Some(native.dates.len() as u64));
        assert!(page["chart"].as_str().unwrap_or("").contains("published 2024-03-14"), "{page}");
        // A click on a date marks it in the article.
        let mark = format!("#view-timeline g[data-date='{}'] .timeline-mark", index("Tuesday"));
        let el = client.find(Locator::Css(&mark)).await.expect("Tuesday's mark");
        if let Err(e) = el.click().await {
            // "Click intercepted" means another date's label or mark covers this one.
            panic!("click {mark}: {e:?}");
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let page = client.execute(TIMELINE_JS, vec![]).await.unwrap();
            if page["selected"] == json!(["Tuesday"]) {
                break;
            }
            assert!(Instant::now() < deadline, "Tuesday is not marked after a click: {page}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // Keyboard: a date is focusable and Enter selects it.
        let june = index("the end of June");
        client
            .execute(
                "const g = document.querySelector(`#view-timeline g[data-date='${arguments[0]}']`); g.focus();",
                vec![json!(june)],
            )
            .await
            .unwrap();
        client
            .active_element()
            .await
            .expect("the focused date")
            .send_keys("\u{E007}")
            .await
            .expect("press Enter");
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let page = client.execute(TIMELINE_JS, vec![]).await.unwrap();
            if page["selected"] == json!(["the end of June"]) && page["active"] == json!(june) {
                break;
            }
            assert!(Instant::now() < deadline, "Enter on a focused date does not mark it: {page}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        view_screenshots(&client, "timeline", "#view-timeline").await;
        client.close().await.expect("close the browser");
    });
}

/// Feature 6: merge one actor into another and split a mention off into an actor of its own; the
/// actors and quotes panels follow.
#[test]
fn corrections_merge_and_split_actors() {
    let Some(env) = Env::start() else { return };
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        click(&client, "#load-example").await;
        eventually(&client, "example analysed", |s| {
            contains_all(
                "actors",
                &strings(&s["actors"], "name"),
                &["Norway", "Kenya", "Ingrid Solberg"],
            )
        })
        .await;

        click_item(&client, "#actors-panel li.actor-item", "Norway").await;
        wait_for(&client, "#merge-into").await;
        select_option(&client, "#merge-into", "Kenya").await;
        click(&client, "#merge-actor").await;
        eventually(&client, "Norway merged into Kenya", |s| {
            let names = strings(&s["actors"], "name");
            if names.contains(&"Norway") {
                Err(format!("Norway still listed: {names:?}"))
            } else {
                contains_all("actors", &names, &["Kenya"])
            }
        })
        .await;

        click_item(&client, "#actors-panel li.actor-item", "Ingrid Solberg").await;
        wait_for(&client, "#split-choice").await;
        select_option(&client, "#split-choice", "2. “Ms Solberg”").await;
        click(&client, "#split-mention").await;
        eventually(&client, "Ms Solberg split off", |s| {
            contains_all(
                "actors",
                &strings(&s["actors"], "name"),
                &["Ms Solberg", "Ingrid Solberg"],
            )?;
            match speaker_of(s, "We were close to giving up").as_deref() {
                Some("Ms Solberg") => Ok(()),
                other => Err(format!("the quote's speaker is {other:?}")),
            }
        })
        .await;
        eventually_why(&client, "two corrections", |s| {
            s["corrections"] == json!("Your corrections (2)")
        })
        .await;
        client.close().await.expect("close the browser");
    });
}

// ---- dates: times of day ----

/// A pasted text with clock times: the dates panel and the timeline show each time at its grain
/// ("Thu 13 Feb 2025, 17:00"), and a set of days at a clock time says which days and when.
#[test]
fn clock_times_show_at_their_grain() {
    let Some(env) = Env::start() else { return };
    let text = "The council will meet on Thu 13 Feb, 17:00, and again tomorrow at 6pm.\n\n\
                The hall opens every Tuesday at 9am.";
    const DATES_JS: &str = r#"
        const all = (sel) => Array.from(document.querySelectorAll(sel));
        return {
          panel: all('#dates-panel .date-item').map(li => [li.querySelector('.date-text').textContent,
            (li.querySelector('.date-human') || {textContent: null}).textContent]),
          axis: all('#view-timeline g.timeline-item').map(g => g.getAttribute('aria-label')),
          aside: all('#view-timeline .timeline-aside-item .date-normal').map(e => e.textContent),
        };"#;
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        let native = analysed(&client, text, "2025-02-11").await;
        let values: Vec<_> = native
            .dates
            .iter()
            .map(|d| (d.text.as_str(), d.value.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            values,
            [
                ("Thu 13 Feb, 17:00", "2025-02-13T17:00"),
                ("tomorrow at 6pm", "2025-02-12T18:00"),
                ("every Tuesday at 9am", "XXXX-WXX-2T09:00"),
            ]
        );
        let page = client
            .execute(DATES_JS, vec![])
            .await
            .expect("read the dates panel");
        let panel = json!([
            ["tomorrow at 6pm", "Wed 12 Feb 2025, 18:00"],
            ["Thu 13 Feb, 17:00", "Thu 13 Feb 2025, 17:00"],
            ["every Tuesday at 9am", "every Tuesday, 09:00"],
        ]);
        assert_eq!(page["panel"], panel, "{page}");
        show_view(&client, "timeline").await;
        let page = client.execute(DATES_JS, vec![]).await.expect("read the timeline");
        let axis = strings_in(&page["axis"]);
        for (text, human) in [
            ("Thu 13 Feb, 17:00", "Thu 13 Feb 2025, 17:00"),
            ("tomorrow at 6pm", "Wed 12 Feb 2025, 18:00"),
        ] {
            assert!(
                axis.iter().any(|l| l.starts_with(text) && l.contains(human)),
                "{text:?} is not on the axis as {human:?}: {page}"
            );
        }
        assert_eq!(page["aside"], json!(["set · every Tuesday, 09:00"]), "{page}");
        client.close().await.expect("close the browser");
    });
}

// ---- voices audit ----

/// The self-written articles of the audit tests (`tests/fixtures/audit/*.txt`), in name order.
fn audit_fixtures() -> Vec<PathBuf> {
    let dir = root().join("tests/fixtures/audit");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// The native audit of `files` with `edits`, titled and dated as the app does.
fn native_audit(
    files: &[PathBuf],
    edits: &lede::audit::Edits,
) -> (Vec<lede::audit::Article>, lede::audit::Audit) {
    let articles: Vec<lede::audit::Article> = files
        .iter()
        .enumerate()
        .map(|(i, path)| {
            let text = std::fs::read_to_string(path).unwrap();
            let name = path.file_name().and_then(|n| n.to_str());
            let title = lede::workbench::article_set::title_of(&text, name);
            lede::audit::Article::analyse(&(i + 1).to_string(), Some(&title), &text, None)
        })
        .collect();
    let result = lede::audit::audit(&articles, edits);
    (articles, result)
}

/// What the audit view shows.
const AUDIT_JS: &str = r#"
const all = (sel, root) => Array.from((root || document).querySelectorAll(sel));
const text = (sel) => { const e = document.querySelector(sel); return e ? e.textContent.trim() : null; };
const cells = tr => all('th, td', tr).map(c => c.textContent.trim());
return {
  progress: text('#audit-progress-text'),
  empty: !!document.querySelector('#audit-empty'),
  articles: all('#audit-articles tbody tr').map(tr => ({
    title: tr.querySelector('th').textContent.trim(),
    date: tr.querySelector('input.date-input').value,
    anonymous: text('#audit-articles tr[data-article="' + tr.dataset.article + '"] .audit-article-anonymous') })),
  speakers: all('#audit-speakers tbody tr').map(tr => ({
    key: tr.dataset.key, name: tr.querySelector('.audit-speaker-name').textContent.trim(),
    kind: tr.querySelector('.audit-kind-select').value, why: tr.querySelector('.audit-kind-why').textContent.trim(),
    tags: all('.audit-tag', tr).map(t => t.firstChild.textContent.trim()) })),
  merges: all('#audit-merges li:not(.audit-merge--undone)').map(li => li.dataset.name),
  kinds: all('#audit-kinds tbody tr').map(cells),
  quotes: all('#audit-quotes li.audit-quote').map(li => li.textContent.trim()),
};
"#;

async fn audit_snapshot(client: &Client) -> Value {
    client
        .execute(AUDIT_JS, vec![])
        .await
        .expect("read the audit view")
}

/// Polls the audit view until `check` passes.
async fn audit_eventually(
    client: &Client,
    what: &str,
    check: impl Fn(&Value) -> Result<(), String>,
) -> Value {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let snap = audit_snapshot(client).await;
        match check(&snap) {
            Ok(()) => return snap,
            Err(e) if Instant::now() >= deadline => {
                panic!(
                    "{what}: {e}\npage: {}",
                    serde_json::to_string_pretty(&snap).unwrap()
                )
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// The page's audit agrees with the native one: titles, dates, speakers and their kinds, merges,
/// the table by kind of source.
fn audit_matches(
    snap: &Value,
    articles: &[lede::audit::Article],
    native: &lede::audit::Audit,
) -> Result<(), String> {
    let want = format!("All {} articles analysed.", articles.len());
    if snap["progress"] != json!(want) {
        return Err(format!("progress {} (want {want})", snap["progress"]));
    }
    let titles: Vec<&str> = articles.iter().map(|a| a.title.as_str()).collect();
    if strings(&snap["articles"], "title") != titles {
        return Err(format!(
            "titles {:?}, want {titles:?}",
            strings(&snap["articles"], "title")
        ));
    }
    let dates: Vec<&str> = articles.iter().map(|a| a.date.as_deref().unwrap_or("")).collect();
    if strings(&snap["articles"], "date") != dates {
        return Err(format!(
            "dates {:?}, want {dates:?}",
            strings(&snap["articles"], "date")
        ));
    }
    let speakers: Vec<(&str, &str)> = native
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.kind().map_or("", |k| k.as_str())))
        .collect();
    let page: Vec<(&str, &str)> = snap["speakers"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| (s["name"].as_str().unwrap_or(""), s["kind"].as_str().unwrap_or("")))
                .collect()
        })
        .unwrap_or_default();
    if page != speakers {
        return Err(format!("speakers {page:?}, want {speakers:?}"));
    }
    let merges: Vec<&str> = native.merges.iter().map(|m| m.name.as_str()).collect();
    let page_merges: Vec<&str> = snap["merges"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if page_merges != merges {
        return Err(format!("merges {page_merges:?}, want {merges:?}"));
    }
    let kinds = lede::audit::views::kinds_table(native).rows;
    if snap["kinds"] != json!(kinds) {
        return Err(format!("kinds table {}, want {kinds:?}", snap["kinds"]));
    }
    Ok(())
}

/// Chooses `value` in a `<select>` as a user would (the app hears `change`).
async fn choose(client: &Client, select: &str, value: &str) {
    let ok = client
        .execute(
            r#"const s = document.querySelector(arguments[0]);
               if (!s || !Array.from(s.options).some(o => o.value === arguments[1])) return false;
               s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true })); return true;"#,
            vec![json!(select), json!(value)],
        )
        .await
        .unwrap();
    assert_eq!(ok, json!(true), "no option {value} in {select}");
}

/// Opens the app on the audit view (from the empty state or its tab).
async fn open_audit(env: &Env, client: &Client) {
    open_ready(env, client).await;
    show_audit(client).await;
}

/// Chooses the files at `paths` in the audit's file field, all at once.
async fn choose_audit_files(client: &Client, paths: &[String]) {
    client
        .find(Locator::Css("#audit-files"))
        .await
        .unwrap()
        .send_keys(&paths.join("\n"))
        .await
        .expect("choose the files");
}

async fn show_audit(client: &Client) {
    // After a reload the tabs come with the kept article's report: wait for the tab or for the empty
    // page's link, whichever the page shows. Right after the article's Clear the page may still swap
    // the tab for the link: a click that finds its element gone is tried again on the new one.
    wait_for(client, "#tab-audit, #open-audit").await;
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let opener = client
            .execute(
                "return document.querySelector('#tab-audit') ? '#tab-audit' : '#open-audit';",
                vec![],
            )
            .await
            .unwrap();
        let selector = opener.as_str().unwrap_or("#open-audit").to_string();
        let clicked = match client.find(Locator::Css(&selector)).await {
            Ok(element) => element.click().await.is_ok(),
            Err(_) => false,
        };
        if clicked {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "click {selector}: the audit never opened"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    wait_for(client, "#audit-files").await;
}

/// Issue 13: the fixture articles opened as files at once are analysed, merged and counted as the
/// native audit does; a kind changed, a merge undone and a tag given hold; a number lists its
/// quotes and one opens in the article view; the set and the edits survive a reload; one article
/// is removed; Clear set empties it for good.
#[test]
fn voices_audit_of_a_set_of_articles() {
    let Some(env) = Env::start() else { return };
    let files = audit_fixtures();
    let (articles, native) = native_audit(&files, &lede::audit::Edits::default());
    // The fixtures hold what the issue asks of them.
    assert!(files.len() >= 5, "at least five fixture articles");
    assert!(
        !native.merges.is_empty(),
        "a source named differently across articles"
    );
    assert!(
        native.speakers.iter().any(|s| s.key.starts_with("anonymous:")),
        "an anonymous source"
    );
    let kinds: BTreeSet<_> = native.speakers.iter().filter_map(|s| s.kind()).collect();
    assert!(kinds.len() >= 3, "several kinds of source: {kinds:?}");
    runtime().block_on(async {
        let client = env.browser().await;
        open_audit(&env, &client).await;
        let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
        choose_audit_files(&client, &paths).await;
        audit_eventually(&client, "the set audited", |s| {
            audit_matches(s, &articles, &native)
        })
        .await;
        view_screenshots(&client, "audit", "#audit-figures-heading").await;

        // Every control of the view has a name, and a phone's width needs no sideways scroll.
        let controls = client.execute(CONTROLS_JS, vec![]).await.unwrap();
        let unnamed: Vec<&Value> = controls
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["name"].as_str().unwrap_or("").trim().is_empty())
            .collect();
        assert!(
            unnamed.is_empty(),
            "controls without an accessible name: {unnamed:?}"
        );
        client.set_window_size(390, 844).await.expect("resize the window");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let widths = client
            .execute(
                "const de = document.documentElement; return [de.scrollWidth, de.clientWidth];",
                vec![],
            )
            .await
            .unwrap();
        assert!(
            widths[0].as_u64() <= widths[1].as_u64(),
            "sideways scroll at 390 px: {widths}"
        );
        client
            .set_window_size(1280, 1000)
            .await
            .expect("resize the window");

        // The exports hold the audit's own tables.
        use lede::audit::export::{csv_one, CsvTable};
        for table in CsvTable::ALL {
            click(&client, &format!("#audit-export-{}", table.as_str())).await;
            let csv = downloaded(&env, &format!("lede-audit-{}.csv", table.as_str())).await;
            assert_eq!(
                csv,
                format!("\u{feff}{}", csv_one(&articles, &native, table)),
                "{}",
                table.as_str()
            );
        }
        let speakers_csv = csv_one(&articles, &native, CsvTable::Speakers);
        let merged = &native.merges[0];
        assert!(speakers_csv.contains(&merged.into), "{speakers_csv}");
        click(&client, "#audit-export-md").await;
        let md = downloaded(&env, "lede-audit.md").await;
        assert_eq!(md, lede::audit::export::markdown(&articles, &native));
        click(&client, "#audit-export-json").await;
        let json: Value = serde_json::from_str(&downloaded(&env, "lede-audit.json").await).expect("JSON");
        assert_eq!(json["schema"], "lede.audit/1");
        assert_eq!(json["articles"].as_array().map(Vec::len), Some(articles.len()));
        assert_eq!(json["articles"][0]["report"]["schema"], "lede.report/1");

        // Change a kind: the table by kind follows, the row says who set it.
        let speaker = native
            .speakers
            .iter()
            .find(|s| s.suggested.is_some())
            .expect("a suggested kind");
        let suggested = speaker.suggested.as_ref().unwrap();
        assert!(
            audit_snapshot(&client).await["speakers"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["key"] == json!(speaker.key)
                    && s["why"].as_str().unwrap().contains(&suggested.rule)),
            "the suggestion's rule is not shown for {}",
            speaker.name
        );
        let other = lede::report::VoiceKind::ALL
            .into_iter()
            .find(|&k| k != suggested.kind)
            .unwrap();
        let select = format!(
            "#audit-speakers tr[data-key=\"{}\"] .audit-kind-select",
            speaker.key
        );
        choose(&client, &select, other.as_str()).await;
        let mut edits = lede::audit::Edits::default();
        edits.kinds.insert(speaker.key.clone(), other);
        let (_, changed) = native_audit(&files, &edits);
        audit_eventually(&client, "kind changed", |s| {
            audit_matches(s, &articles, &changed)?;
            let row = s["speakers"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["key"] == json!(speaker.key));
            match row {
                Some(r) if r["why"].as_str().unwrap_or("").starts_with("set by you") => Ok(()),
                _ => Err("the row does not say the kind is the user's".into()),
            }
        })
        .await;

        // A tag of the user's own, given to the speaker.
        set_field(&client, "#audit-new-tag", "Local voice").await;
        click(&client, "#audit-create-tag").await;
        let tag_select = format!(
            "#audit-speakers tr[data-key=\"{}\"] .audit-tag-select",
            speaker.key
        );
        wait_for(&client, &tag_select).await;
        choose(&client, &tag_select, "Local voice").await;
        audit_eventually(&client, "tag given", |s| {
            let row = s["speakers"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["key"] == json!(speaker.key));
            if row.is_some_and(|r| r["tags"] == json!(["Local voice"])) {
                Ok(())
            } else {
                Err("the tag is not shown on the speaker".into())
            }
        })
        .await;

        // The quotes behind a speaker's count, and one opened in the article view.
        let top = &native.speakers[0];
        let button = format!(
            "#audit-speakers tr[data-key=\"{}\"] td:nth-of-type(4) button",
            top.key
        );
        click(&client, &button).await;
        let snap = audit_eventually(&client, "quotes listed", |s| {
            let n = s["quotes"].as_array().map_or(0, Vec::len);
            if n == top.total.quotes {
                Ok(())
            } else {
                Err(format!("{n} quotes listed, want {}", top.total.quotes))
            }
        })
        .await;
        let first = top.quotes[0];
        let first_article = &articles[first.article];
        assert!(
            snap["quotes"][0].as_str().unwrap().contains(&first_article.title),
            "the quote does not name its article: {}",
            snap["quotes"][0]
        );
        click(&client, "#audit-quotes li.audit-quote button").await;
        let report = analyse(&first_article.text, &Options::default());
        eventually(&client, "the article opened", |s| {
            matches_native(s, &report)?;
            if s["selected"].as_u64().unwrap_or(0) == 0 {
                return Err("no quote selected".into());
            }
            Ok(())
        })
        .await;
        assert_eq!(field_value(&client, "#article-input").await, first_article.text);

        // A reload keeps the set, its reports and the edits.
        client.refresh().await.expect("reload");
        wait_ready(&client).await;
        show_audit(&client).await;
        audit_eventually(&client, "the set after a reload", |s| {
            audit_matches(s, &articles, &changed)?;
            let row = s["speakers"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["key"] == json!(speaker.key));
            if row.is_some_and(|r| r["tags"] == json!(["Local voice"])) {
                Ok(())
            } else {
                Err("the tag was lost".into())
            }
        })
        .await;

        // Undo a merge: the names count apart, as natively.
        let merge = &native.merges[0];
        click(
            &client,
            &format!("#audit-merges li[data-name=\"{}\"] button", merge.name),
        )
        .await;
        edits.unmerged.push(merge.name.clone());
        let (_, unmerged) = native_audit(&files, &edits);
        audit_eventually(&client, "merge undone", |s| {
            audit_matches(s, &articles, &unmerged)
        })
        .await;

        // Remove one article; it stays removed after a reload.
        click(&client, "#audit-articles tbody tr:first-child .audit-remove").await;
        let rest = &files[1..];
        let (rest_articles, rest_native) = native_audit(rest, &edits);
        audit_eventually(&client, "one removed", |s| {
            audit_matches(s, &rest_articles, &rest_native)
        })
        .await;
        client.refresh().await.expect("reload");
        wait_ready(&client).await;
        show_audit(&client).await;
        audit_eventually(&client, "removed after a reload", |s| {
            audit_matches(s, &rest_articles, &rest_native)
        })
        .await;

        // The article's own Clear leaves the set; Clear set empties it, also after a reload.
        click(&client, "#clear-text").await;
        show_audit(&client).await;
        audit_eventually(&client, "Clear leaves the set", |s| {
            audit_matches(s, &rest_articles, &rest_native)
        })
        .await;
        client
            .execute("performance.clearMarks('lede-audit-cleared');", vec![])
            .await
            .expect("clear the mark");
        click(&client, "#audit-clear").await;
        audit_eventually(&client, "set cleared", |s| {
            if s["empty"] == json!(true) {
                Ok(())
            } else {
                Err("the set is not empty".into())
            }
        })
        .await;
        // The browser stores the empty set after the page shows it: reload once it is stored, as a
        // reader who clears the set and comes back later finds it.
        let deadline = Instant::now() + TIMEOUT;
        while client
            .execute(
                "return performance.getEntriesByName('lede-audit-cleared').length > 0;",
                vec![],
            )
            .await
            .expect("read the mark")
            != json!(true)
        {
            assert!(Instant::now() < deadline, "the empty set was never stored");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        client.refresh().await.expect("reload");
        wait_ready(&client).await;
        show_audit(&client).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let s = audit_snapshot(&client).await;
        assert_eq!(s["empty"], json!(true), "the set came back after Clear set: {s}");
        assert_eq!(s["articles"], json!([]), "{s}");
        client.close().await.expect("close the browser");
    });
}

/// The set's files are read in the audit's workers: Markdown becomes text there, HTML becomes text
/// on the page (markup never runs or shows), a file that is not text is left out with a notice.
#[test]
fn audit_reads_markdown_and_html_files_in_its_workers() {
    let Some(env) = Env::start() else { return };
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("e2e-audit-kinds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let paths = [
        write(
            "ferry.md",
            "# Ferry timetable cut again\n\n**Ministers** met on Monday. \"We will act,\" said Ona Velde, the \
             transport minister.\n",
        ),
        write(
            "quay.html",
            "<html><body><h1>Quay road to close</h1><p>\"It is a blow,\" said Tarn Ekholm, a shopkeeper.</p>\
             <script>window.ran = true;</script><img src=x onerror=\"window.ran = true\"></body></html>",
        ),
        write("photo.png", "not text"),
    ];
    runtime().block_on(async {
        let client = env.browser().await;
        open_audit(&env, &client).await;
        choose_audit_files(&client, &paths).await;
        let s = audit_eventually(&client, "two articles analysed", |s| {
            if s["progress"] == json!("All 2 articles analysed.") {
                Ok(())
            } else {
                Err("not analysed yet".into())
            }
        })
        .await;
        let titles: Vec<&str> = s["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["title"].as_str().unwrap())
            .collect();
        assert_eq!(titles, ["Ferry timetable cut again", "Quay road to close"], "{s}");
        let page = client
            .execute(
                "return { ran: !!window.ran, notice: (document.querySelector('#audit .notice') || {}).textContent || null, \
                   markup: document.body.innerHTML.includes('onerror=') };",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(page["ran"], json!(false), "markup ran: {page}");
        assert_eq!(page["markup"], json!(false), "markup shown: {page}");
        assert!(
            page["notice"].as_str().is_some_and(|n| n.starts_with("1 file(s) left out")),
            "no notice of the file left out: {page}"
        );
        client.close().await.expect("close the browser");
    });
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 13, speed: 200 articles of about 5 kB each, opened as files at once, read and analysed in
/// the audit's workers and aggregated in one of them; prints the time from the first batch sent to
/// the audit shown (target: under 2 s) and checks that, from the moment the page gets the files
/// (their input's `change` event) until the audit's tables are shown, no main-thread task takes
/// 100 ms or more and no key pressed meanwhile (a real key event, sent through WebDriver every
/// 50 ms or so) waits 100 ms or more before the page handles it. It also prints how long a task
/// queued behind the page's own (a `setTimeout(0)` every 50 ms) waited: the page works in many
/// short tasks, and the browser runs input before them, so that wait is longer than a key's.
#[test]
#[ignore = "a measurement: scripts/wasm-timing runs it"]
fn audit_timing() {
    let Some(env) = Env::start() else { return };
    let texts: Vec<String> = audit_fixtures()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("e2e-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut paths = Vec::new();
    for i in 0..200 {
        let mut text = format!("Harbour report number {i}\n\n");
        let mut k = i;
        while text.len() < 5_000 {
            let body = &texts[k % texts.len()];
            // Every article but its headline: the bodies are what a newsroom's would be.
            text.push_str(body.split_once("\n\n").map_or(body.as_str(), |(_, b)| b));
            text.push_str("\n\n");
            k += 1;
        }
        let path = dir.join(format!("article-{i:03}.txt"));
        std::fs::write(&path, &text).unwrap();
        paths.push(path.display().to_string());
    }
    runtime().block_on(async {
        let client = env.browser().await;
        open_audit(&env, &client).await;
        client.execute(RECORD_JS, vec![]).await.unwrap();
        // Real key presses (trusted events): how long each waited before the page handled it; and
        // when the page got the files.
        client
            .execute(
                r#"window.keys = [];
                   document.addEventListener('keydown', e => { if (e.isTrusted)
                     window.keys.push([Math.round(e.timeStamp), performance.now() - e.timeStamp]); }, true);
                   document.addEventListener('change', e => { if (e.target.id === 'audit-files')
                     window.filesAt = e.timeStamp; }, true);"#,
                vec![],
            )
            .await
            .unwrap();
        // The progress as it moves (printed with LEDE_E2E_TRACE=1).
        client
            .execute(
                r#"window.progressLog = [];
                   new MutationObserver(() => { const e = document.querySelector('#audit-progress-text');
                     if (e) window.progressLog.push([Math.round(performance.now()), e.textContent]); })
                     .observe(document.body, { subtree: true, childList: true, characterData: true });
"#,
                vec![],
            )
            .await
            .unwrap();
        client.execute(LONG_FRAMES_JS, vec![]).await.unwrap();
        let started = Instant::now();
        choose_audit_files(&client, &paths).await;
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let done = client
                .execute(
                    "return performance.getEntriesByName('lede-audit-done').length > 0 && \
                     !!document.querySelector('#audit-speakers');",
                    vec![],
                )
                .await
                .unwrap();
            if done == json!(true) {
                break;
            }
            assert!(Instant::now() < deadline, "200 articles not audited in time");
            // Shift: a key that types nothing wherever the focus is.
            press(&client, '\u{E008}').await;
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let wall = started.elapsed().as_millis();
        let record = client
            .execute(
                r#"clearInterval(window.probe);
                   const m = n => performance.getEntriesByName(n)[0].startTime;
                   const from = window.filesAt || 0;
                   return { ms: m('lede-audit-done') - m('lede-audit-start'),
                            got: from ? m('lede-audit-done') - from : null,
                            analysed: m('lede-audit-analysed') - m('lede-audit-start'),
                            keys: window.keys.filter(k => k[0] >= from).map(k => k[1]),
                            probes: window.probes.map(p => p.ms),
                            long: window.longTasks.filter(t => t.start >= from).map(t => t.ms),
                            before: window.longTasks.filter(t => t.start < from).map(t => t.ms),
                            trace: { frames: window.longFrames, start: m('lede-audit-start'), progress: window.progressLog,
                                     long: window.longTasks.map(t => [Math.round(t.start), t.ms]),
                                     from: Math.round(from), keys: window.keys.filter(k => k[1] > 30).map(k => [k[0], Math.round(k[1])]),
                                     probes: window.probes.filter(p => p.ms > 50).map(p => [Math.round(p.at), Math.round(p.ms)]) },
                            progress: document.querySelector('#audit-progress-text').textContent };"#,
                vec![],
            )
            .await
            .unwrap();
        let worst = |v: &Value| v.as_array().unwrap().iter().filter_map(Value::as_f64).fold(0.0, f64::max);
        let ms = record["ms"].as_f64().unwrap();
        println!(
            "audit of 200 articles of 5 kB: analysed after {:.0} ms, audited and shown after {ms:.0} ms \
             from the first batch, {:.0} ms from the page getting the files ({wall} ms from choosing them, \
             through WebDriver); {} keys pressed meanwhile, worst wait {:.0} ms; \
             longest task {:.0} ms (before the page got the files: {:.0} ms, the browser's own); \
             a task queued behind the page's waited up to {:.0} ms",
            record["analysed"].as_f64().unwrap(),
            record["got"].as_f64().unwrap_or(f64::NAN),
            record["keys"].as_array().unwrap().len(),
            worst(&record["keys"]),
            worst(&record["long"]),
            worst(&record["before"]),
            worst(&record["probes"]),
        );
        if std::env::var_os("LEDE_E2E_TRACE").is_some() {
            println!("{}", record["trace"]);
        }
        assert_eq!(record["progress"], json!("All 200 articles analysed."));
        let (waits, longest) = (worst(&record["keys"]), worst(&record["long"]));
        assert!(record["keys"].as_array().unwrap().len() >= 10, "too few keys pressed: {record}");
        assert!(waits < 100.0, "a key waited {waits:.0} ms while 200 articles were audited");
        assert!(longest < 100.0, "a main-thread task took {longest:.0} ms while 200 articles were audited");
        client.close().await.expect("close the browser");
    });
    let _ = std::fs::remove_dir_all(&dir);
}

// ---- long texts: the 2 MB paste ----

/// What a long text shows: whether the field or the note stands, the date items built, the "Show
/// more" button's text, the rendering state and the field's length.
const LONG_JS: &str = r#"
const v = document.querySelector('#article-view'), more = document.querySelector('#dates-panel .show-more-button');
const field = document.querySelector('#article-input');
return { status: document.querySelector('#results').getAttribute('data-status'),
         rendered: v ? v.getAttribute('data-rendered') : null,
         note: !!document.querySelector('#article-long'), field: field ? field.value.length : null,
         dates: document.querySelectorAll('#dates-panel li').length, more: more ? more.textContent : null };
"#;

async fn long_state_until(client: &Client, what: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let s = client.execute(LONG_JS, vec![]).await.unwrap();
        if done(&s) {
            return s;
        }
        assert!(Instant::now() < deadline, "{what}: {s}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A text over 100 kB with 2,400 dates: the field gives way to a note (a browser takes seconds to
/// lay out megabytes in a field) until the reader asks to edit it; the dates panel builds its first
/// 100 items and 100 more per "Show more"; the highlights render to the end.
#[test]
fn a_long_text_shows_a_note_and_lists_its_first_items() {
    let Some(env) = Env::start() else { return };
    let months = ["January", "March", "May", "July", "September", "November"];
    let text: String = (0..2_400)
        .map(|i| {
            format!(
                "The council met on {} {} {} in Oslo.\n",
                i % 28 + 1,
                months[i % 6],
                1990 + i % 30
            )
        })
        .collect();
    assert!(text.len() > 100_000);
    runtime().block_on(async {
        let client = env.browser().await;
        open_ready(&env, &client).await;
        set_field(&client, "#article-input", &text).await;
        let s = long_state_until(&client, "analysed and rendered", |s| {
            s["status"] == "ready" && s["rendered"] == "complete" && s["dates"].as_u64() > Some(0)
        })
        .await;
        assert_eq!(
            (s["note"].clone(), s["field"].clone()),
            (json!(true), Value::Null),
            "{s}"
        );
        assert_eq!(s["dates"], json!(100), "{s}");
        assert_eq!(s["more"], json!("Show 100 more dates"), "{s}");
        // A click from the page itself: WebDriver's pointer can land on a block of the article that
        // grows as it scrolls into view (`content-visibility`).
        client
            .execute(
                "document.querySelector('#dates-panel .show-more-button').click();",
                vec![],
            )
            .await
            .unwrap();
        long_state_until(&client, "a hundred more dates", |s| s["dates"] == json!(200)).await;
        client
            .execute("document.querySelector('#edit-long-text').click();", vec![])
            .await
            .unwrap();
        let s = long_state_until(&client, "the field back", |s| !s["field"].is_null()).await;
        assert_eq!(s["field"], json!(text.len()), "{s}");
        assert_eq!(s["note"], json!(false), "{s}");
        client.close().await.expect("close the browser");
    });
}
