// Finishes a release build in dist/ (run by scripts/dist.sh and scripts/test.sh after Trunk):
//   1. a strict Content-Security-Policy <meta>, with the SHA-256 of each inline script (Trunk's loader, the early embed class);
//   2. sw.js, the service worker, with the list of files to precache and a version derived
//      from their content-hashed names, and a <meta> that tells the app to register it;
//   3. seams.html, one self-contained file (JS, wasm, CSS and icon inlined) that works when
//      opened from file:// with no server.
// With `--rubric FILE` (scripts/dist.sh checks the file first), the page carries that rubric:
// FILE is copied to dist/rubric.json and inlined in index.html (and so in seams.html) as a JSON
// data block, <script type="application/json" id="seams-rubric">, which src/app/rubrics.rs reads
// at start. A data block is never executed, so the CSP needs no hash for it. The block holds the
// file's name and its text as a JSON string, so the text (and its SHA-256) is exactly the file's.
// Running this again on the same dist/ replaces what an earlier run added.
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const rubricAt = args.indexOf('--rubric');
const rubricFile = rubricAt >= 0 ? args[rubricAt + 1] : null;
if (rubricAt >= 0 && !rubricFile) throw new Error('--rubric needs a file');
const dist = args.find((a, i) => !a.startsWith('--') && i !== rubricAt + 1) ?? 'dist';
const here = new URL('.', import.meta.url).pathname;
const sha = (data, encoding) => createHash('sha256').update(data).digest(encoding);

let html = await readFile(join(dist, 'index.html'), 'utf8');
// What an earlier run added, taken out again.
html = html
  .replace(/\n\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  .replace(/\n\s*<meta name="seams-service-worker"[^>]*>/, '')
  .replace(/<script type="application\/json" id="seams-rubric">[\s\S]*?<\/script>/, '');
if (rubricFile) {
  const text = await readFile(rubricFile, 'utf8');
  await copyFile(rubricFile, join(dist, 'rubric.json'));
  // `<` only appears inside JSON strings, where \u003c reads the same: the block cannot end early.
  const block = JSON.stringify({ name: basename(rubricFile), text }).replaceAll('<', '\\u003c');
  html = html.replace('</body>', `<script type="application/json" id="seams-rubric">${block}</script>\n  </body>`);
}
const loader = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!loader) throw new Error('no inline module loader in dist/index.html: has Trunk changed its output?');

const files = (await readdir(dist)).filter((f) => !f.startsWith('.') && f !== 'sw.js' && f !== 'seams.html').sort();

// Every inline script: Trunk's loader and index.html's own (the early embed class).
const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

// 1. CSP. No inline styles or scripts beyond the hashed ones; WebAssembly needs
// 'wasm-unsafe-eval'; everything else comes from this origin only.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.map((text) => `'sha256-${sha(text, 'base64')}'`).join(' ')}`,
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const head = `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${csp}">\n    <meta name="seams-service-worker" content="./sw.js">`;
html = html.replace('<meta charset="utf-8">', head);
// Stylesheets carry integrity hashes; inside a sandboxed frame (an opaque origin) they are
// cross-origin, and integrity can only be checked on a CORS request.
html = html.replaceAll('<link rel="stylesheet" href=', '<link rel="stylesheet" crossorigin="anonymous" href=');
await writeFile(join(dist, 'index.html'), html);

// 2. The service worker.
const version = sha(files.join('\n') + html, 'hex').slice(0, 16);
const precache = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
const template = await readFile(join(here, 'sw.template.js'), 'utf8');
await writeFile(join(dist, 'sw.js'), template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache, null, 2)));

// 3. The single file.
const glueName = files.find((f) => /^seams-web-[0-9a-f]+\.js$/.test(f));
const wasmName = files.find((f) => f.endsWith('_bg.wasm'));
const glue = (await readFile(join(dist, glueName), 'utf8'))
  // An inline module cannot export: the functions become local to the one script.
  .replace(/^export (?=(async )?function|class|const|let)/gm, '')
  .replace(/^export \{[^}]*\};?\s*$/gm, '');
const wasm = (await readFile(join(dist, wasmName))).toString('base64');
const styles = [];
for (const m of html.matchAll(/<link rel="stylesheet" crossorigin="anonymous" href="\.\/([^"]+)"[^>]*>/g)) {
  styles.push(await readFile(join(dist, m[1]), 'utf8'));
}
const iconName = files.find((f) => f.startsWith('icon-') && f.endsWith('.svg'));
const icon = iconName ? `data:image/svg+xml;base64,${(await readFile(join(dist, iconName))).toString('base64')}` : '';
const body = html.match(/<body>([\s\S]*)<\/body>/)[1];
const single = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>Seams – monolith or microservices</title>
    ${icon ? `<link rel="icon" href="${icon}">` : ''}
    <style>
${styles.join('\n')}
    </style>
    <script type="module">
${glue}
const bytes = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
    </script>
  </head>
  <body>${body}</body>
</html>
`;
await writeFile(join(dist, 'seams.html'), single);
console.log(`postbuild: CSP added, sw.js (${precache.length} files, version ${version}), seams.html (${Math.round(single.length / 1024)} KB)`);
