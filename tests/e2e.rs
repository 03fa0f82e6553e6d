//! End-to-end tests of the web app in real headless Chromium.
//!
//! The app must already be built into `dist/` (`trunk build --release`; `scripts/test` does it first).
//! Each test serves `dist/` from a small std-only HTTP server on a free loopback port, starts
//! `chromedriver`, drives a fresh headless Chromium profile with WebDriver (fantoccini), and checks what
//! the page shows against the native analysis of the same text (`lede::analyse`).
//!
//! Without `dist/index.html` or `chromedriver` the tests are skipped with a message, unless
//! `LEDE_E2E_REQUIRED=1` is set (as `scripts/test` does), in which case they fail.
//! `LEDE_SCREENSHOT=path.png` makes `example_article` save a screenshot of the loaded example.
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
    client
        .execute(
            "const e = document.querySelector(arguments[0]); return e ? e.value : null;",
            vec![json!(selector)],
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
/// then) and key-event probes every 50 ms (when sent, how long the event waited, the status then).
const RECORD_JS: &str = r#"
const status = () => document.querySelector('#results').getAttribute('data-status');
window.longTasks = [];
window.probes = [];
new PerformanceObserver(list => { for (const e of list.getEntries())
    window.longTasks.push({ start: e.startTime, ms: Math.round(e.duration) }); })
  .observe({ type: 'longtask' });
window.probe = setInterval(() => {
  const t = performance.now(), s = status();
  const target = document.querySelector('#load-example');
  const handler = () => { window.probes.push({ at: t, ms: performance.now() - t, status: s }); target.removeEventListener('keydown', handler); };
  target.addEventListener('keydown', handler);
  setTimeout(() => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: false })), 0);
}, 50);
"#;

/// Two megabytes pasted: a spinner shows while the worker analyses them, and meanwhile the page
/// answers a key event within 100 ms; then the highlights render progressively, in steps of under
/// 100 ms each. Prints the long tasks it saw (the paste itself and the arrival of the report, which
/// builds the panels at once, are single long tasks: see the README).
#[test]
#[ignore = "timing thresholds: flaky on a loaded machine, and the report's arrival is still one long task; scripts/wasm-timing runs it"]
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
        let pasted = Instant::now();
        set_field(&client, "#article-input", &big).await;
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
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let done = pasted.elapsed().as_millis();
        let record = client
            .execute(
                "clearInterval(window.probe); return { long: window.longTasks, probes: window.probes, \
                 marks: document.querySelectorAll('#article-view mark').length };",
                vec![],
            )
            .await
            .unwrap();
        let long: Vec<(f64, f64)> = record["long"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (t["start"].as_f64().unwrap_or(0.0), t["ms"].as_f64().unwrap_or(0.0)))
            .collect();
        let probes: Vec<(f64, f64, String)> = record["probes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let status = p["status"].as_str().unwrap_or("").to_string();
                (p["at"].as_f64().unwrap_or(0.0), p["ms"].as_f64().unwrap_or(0.0), status)
            })
            .collect();
        // The two single long tasks: the paste (the first long task) and the report's arrival (the
        // first task that ends with the status ready).
        let paste_end = long.first().map_or(0.0, |(s, ms)| s + ms);
        let first_ready = probes.iter().find(|p| p.2 == "ready").map_or(f64::MAX, |p| p.0);
        let arrival = long
            .iter()
            .filter(|(s, ms)| s + ms >= first_ready - 50.0)
            .map(|&(s, ms)| (s, ms))
            .next()
            .unwrap_or((first_ready, 0.0));
        let analysing: Vec<f64> = probes
            .iter()
            .filter(|p| p.0 > paste_end && p.0 + p.1 < arrival.0 && p.2 == "pending")
            .map(|p| p.1)
            .collect();
        let rendering: Vec<f64> = long
            .iter()
            .filter(|(s, _)| *s > arrival.0 + arrival.1)
            .map(|t| t.1)
            .collect();
        let worst = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
        println!(
            "2 MB: paste {paste_ms} ms (main-thread task {:.0} ms), analysed and rendered after {done} ms, {} marks; \
             report arrival task {:.0} ms; while analysing: {} key probes, worst delay {:.0} ms; \
             rendering: {} long tasks, longest {:.0} ms",
            long.first().map_or(0.0, |t| t.1),
            record["marks"],
            arrival.1,
            analysing.len(),
            worst(&analysing),
            rendering.len(),
            worst(&rendering)
        );
        assert!(saw_spinner, "no spinner while 2 MB were analysed");
        assert!(saw_partial, "the highlights were not rendered progressively");
        assert!(!analysing.is_empty(), "no key probe ran while the worker analysed");
        assert!(worst(&analysing) <= 100.0, "a key event waited {:.0} ms during the analysis", worst(&analysing));
        assert!(worst(&rendering) <= 100.0, "a rendering step took {:.0} ms", worst(&rendering));
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
    // analysis times in ms.
    const TIME_JS: &str = r#"
      const [text, runs, done] = arguments;
      const worker = new Worker(document.querySelector('meta[name=lede-worker]').content);
      const times = [];
      let id = 0;
      const next = () => worker.postMessage({ id: ++id, text, date: '2022-01-21' });
      worker.onmessage = (e) => {
        if (e.data === 'ready') { next(); return; }
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
