// Trunk post-build hook (Trunk.toml): finishes the page in the staging folder so that it runs under
// the strict Content-Security-Policy of index.html and works offline.
//
//   1. Trunk's inline module script (the loader of the app's wasm) becomes a file of its own,
//      lede-start-HASH.js, loaded with an integrity hash: the policy allows no inline script.
//   2. The analysis workers run the app's own module (downloaded once for page and workers): the
//      hook writes their script, lede-worker-HASH.js, which imports the app's wasm-bindgen module and
//      starts it (its main() serves analyses when it finds no window), and names it in the page:
//      <meta name="lede-worker" content="...">.
//   0. Release builds get one stylesheet, lede-HASH.css: the files of styles/ that index.html links,
//      in their order, without comments and indentation (gzip shrinks one file of all of them to less
//      than half of what it makes of them one by one).
//   3. Release builds get a service worker, sw.js, that caches every file of this build (named by a
//      hash of their contents, so a new build replaces the cache) and serves them when offline; the
//      start script registers it.
//
// Needs only Node's standard library. Reads TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL and TRUNK_PROFILE.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
const base = process.env.TRUNK_PUBLIC_URL || "/";
const release = process.env.TRUNK_PROFILE === "release";
if (!dir) {
  console.error("trunk-post-build: TRUNK_STAGING_DIR is not set (run by Trunk as a hook)");
  process.exit(1);
}
const hash = (data, algorithm = "sha256") => createHash(algorithm).update(data).digest();
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

// 0. One stylesheet (release builds).
// CSS without its comments and the blanks that start a line (strings are kept as they are).
const minifyCss = (css) => {
  let out = "";
  for (let i = 0; i < css.length; ) {
    const c = css[i];
    if (c === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end < 0 ? css.length : end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== "\n") j += css[j] === "\\" ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/\n\s+/g, "\n").trim() + "\n";
};
if (release) {
  const link = /<link rel="stylesheet" href="([^"]+\.css)"[^>]*\/?>\s*/g;
  const sheets = [...html.matchAll(link)].map((m) => m[1]);
  if (sheets.length > 1) {
    const files = sheets.map((href) => join(dir, href.slice(base.length)));
    const css = minifyCss(files.map((f) => readFileSync(f, "utf8")).join("\n"));
    const name = `lede-${hash(css).toString("hex").slice(0, 16)}.css`;
    writeFileSync(join(dir, name), css);
    files.forEach((f) => unlinkSync(f));
    const one = `<link rel="stylesheet" href="${base}${name}" integrity="sha384-${hash(css, "sha384").toString("base64")}"/>\n    `;
    let first = true;
    html = html.replace(link, () => (first ? ((first = false), one) : ""));
  }
}

// 1. The inline loader.
const inline = /<script type="module"( nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  console.error("trunk-post-build: no inline module script in index.html");
  process.exit(1);
}
let start = found[2].trim() + "\n";
if (release) {
  start += `
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("${base}sw.js", { scope: "${base}" }).catch((e) => console.warn("offline use unavailable:", e));
}
`;
}
const startName = `lede-start-${hash(start).toString("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, startName), start);
const integrity = "sha384-" + hash(start, "sha384").toString("base64");
html = html.replace(
  inline,
  `<script type="module" src="${base}${startName}" integrity="${integrity}" crossorigin="anonymous"></script>`,
);

// 2. The worker: a classic worker script (so `new Worker(url)` starts it) that imports the app's
// module and instantiates the app's wasm. Started as `url#module` (src/ui/worker.rs, spawn), it
// waits for the page's own compiled WebAssembly.Module, sent as its first message, so that the
// module is compiled once for the page and all its workers; started as `url`, it fetches and
// compiles the module itself. A failure to load is thrown again so that the page's handle sees the
// worker's error event and restarts it.
const list = (d) =>
  readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? list(p) : [relative(dir, p)];
  });
const appJs = list(dir).find((f) => /^lede-app(-[0-9a-f]+)?\.js$/.test(f));
const appWasm = appJs && appJs.replace(/\.js$/, "_bg.wasm");
if (!appJs || !list(dir).includes(appWasm)) {
  console.error("trunk-post-build: no lede-app*.js and its _bg.wasm (index.html must build lede-app)");
  process.exit(1);
}
const workerScript = `// The analysis worker (generated by scripts/trunk-post-build.mjs): the app's own module, whose
// main() serves analyses when it runs in a worker; started as url#module, it is sent the page's
// compiled module as its first message.
const app = import("${base}${appJs}");
const wasm = "${base}${appWasm}";
const start = (source) =>
  app.then((app) => app.default({ module_or_path: source })).catch((e) => setTimeout(() => { throw e; }));
if (self.location.hash === "#module") {
  self.addEventListener("message", (e) => start(e.data instanceof WebAssembly.Module ? e.data : wasm), { once: true });
} else {
  start(wasm);
}
`;
const worker = `lede-worker-${hash(workerScript).toString("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, worker), workerScript);
html = html.replace("</head>", `<meta name="lede-worker" content="${base}${worker}" />\n</head>`);
writeFileSync(indexPath, html);

// 3. The service worker.
const files = list(dir);
if (release) {
  const cached = files.filter((f) => f !== "index.html" && f !== "sw.js").sort();
  const version = hash(
    [html, ...cached.map((f) => f + hash(readFileSync(join(dir, f))).toString("hex"))].join("\n"),
  )
    .toString("hex")
    .slice(0, 16);
  const urls = [base, ...cached.map((f) => base + f)];
  const sw = `// The service worker of one build of Lede (generated by scripts/trunk-post-build.mjs): caches the
// app's own files at install and serves them from the cache, so that the app loads and analyses
// offline after the first visit. A new build has a new version and replaces the old cache.
const CACHE = "lede-${version}";
const FILES = ${JSON.stringify(urls, null, 1)};
self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("lede-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener("fetch", (e) => {
  const request = e.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const key = request.mode === "navigate" ? "${base}" : request;
  e.respondWith(
    caches.open(CACHE).then((c) => c.match(key, { ignoreSearch: true })).then((hit) => hit || fetch(request)),
  );
});
`;
  writeFileSync(join(dir, "sw.js"), sw);
}
console.log(`trunk-post-build: ${startName}, worker ${worker}${release ? ", sw.js" : ""}`);
