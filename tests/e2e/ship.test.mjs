// Shipping where users are: a strict Content-Security-Policy, offline use through the service
// worker, the single self-contained file opened from file://, and the embed in a wiki's iframe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, appendFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from './support/server.mjs';
import { useSite, openPage, expectCleanPage } from './support/browser.mjs';
import { answerFactors, fillContext, onPage, pressContinue } from './support/wizard.mjs';

const env = useSite();

/** A page whose CSP violations are collected in `window.__csp`. */
async function watchedPage(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context.newPage();
}

test('the page carries a strict CSP and a whole journey violates none of it', async () => {
  const html = await readFile('dist/index.html', 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "'wasm-unsafe-eval'"]) {
    assert.ok(csp.includes(directive), `the CSP has ${directive}`);
  }
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.ok(!csp.includes("'unsafe-inline'") && !csp.includes("'unsafe-eval'"), 'no unsafe sources');

  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
  const page = await watchedPage(context);
  const foreign = [];
  const problems = [];
  page.on('request', (r) => { if (!r.url().startsWith(env.site.origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(env.site.url);
  await page.getByTestId('start-new').click();
  await fillContext(page, { engineers: 40, teams: 5, stage: 'Growing on a stable domain', stack: 'Python' });
  await answerFactors(page, { scaling_profile: 'one_hot', availability: 'different', deployment_cadence: 'mismatch' });
  await onPage(page, 'Operational readiness');
  await page.getByLabel('CI/CD pipeline', { exact: true }).check();
  await pressContinue(page);
  await page.getByTestId('use-example-map').click();
  await pressContinue(page);
  await pressContinue(page);
  await onPage(page, 'Results');
  await page.getByTestId('whatif').locator('select').first().selectOption({ index: 1 });
  for (const id of ['download-report', 'csv-matrix', 'svg-quadrant', 'svg-timeline', 'export-answers']) {
    await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
  }
  await page.getByTestId('copy-link').click();
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  assert.deepEqual(foreign, [], 'no request leaves the origin');
  assert.deepEqual(problems, [], 'no console error');
  await context.close();
});

test('after one visit the app works offline: reload, answer, see results, export', async () => {
  const context = await env.browser.newContext();
  // An old version's cache, which the new worker must delete when it takes over.
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('old-cache')) {
      sessionStorage.setItem('old-cache', '1');
      caches.open('seams-0000000000000000');
    }
  });
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker controls the page');
  const keys = await page.evaluate(() => caches.keys());
  assert.equal(keys.length, 1, `one cache left: ${keys}`);
  assert.match(keys[0], /^seams-[0-9a-f]{16}$/);

  await context.setOffline(true);
  await page.reload();
  await onPage(page, 'Monolith, modular monolith or microservices?');
  await page.getByTestId('start-new').click();
  await fillContext(page, { engineers: 8, teams: 1, stage: 'Prototype: testing an idea' });
  await answerFactors(page, {});
  await pressContinue(page);
  await pressContinue(page);
  await pressContinue(page);
  await onPage(page, 'Results');
  assert.equal((await page.getByTestId('verdict').first().textContent()).trim(), 'Monolith');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-answers').click()]);
  assert.equal(download.suggestedFilename(), 'seams-answers.json');
  // Opening with ?embed offline is the same page from the cache.
  await page.goto(`${env.site.url}?embed`);
  await onPage(page, 'Results');
  await context.close();
});

test('a new version waits for the user instead of replacing assets under the open page', async () => {
  const root = await mkdtemp(join(tmpdir(), 'seams-dist-'));
  await cp('dist', root, { recursive: true });
  const site = await serve({ root });
  const context = await env.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.getByTestId('start-new').click();
    await page.getByLabel('How many engineers work on the product?').fill('12');

    await appendFile(join(root, 'sw.js'), '\n// a new release\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const notice = page.getByTestId('update-ready');
    await notice.waitFor();
    assert.equal(await page.getByLabel('How many engineers work on the product?').inputValue(), '12', 'the open page is untouched');

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to update' }).click()]);
    await onPage(page, 'Your context');
    assert.equal(await page.getByLabel('How many engineers work on the product?').inputValue(), '12', 'answers survive the update');
    assert.equal(await page.getByTestId('update-ready').count(), 0);
  } finally {
    await context.close();
    await site.close();
  }
});

test('the single file works from file:// with no server', async () => {
  const page = await openPage(env.browser, 'file://');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${resolve('dist/seams.html')}`);
  await onPage(page, 'Monolith, modular monolith or microservices?');
  await page.getByTestId('example-ecommerce-payments').getByRole('button').click();
  await onPage(page, 'Results');
  assert.equal((await page.getByTestId('verdict').first().textContent()).trim(), 'Modular monolith + selective extraction');
  await page.getByTestId('back').click();
  await page.getByRole('button', { name: 'Change engineers' }).click();
  await page.getByLabel('How many engineers work on the product?').fill('70');
  await page.getByRole('button', { name: 'Save and return to your answers' }).click();
  await pressContinue(page);
  await onPage(page, 'Results');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-answers').click()]);
  assert.equal(download.suggestedFilename(), 'seams-answers.json');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file://') && !/^(data|blob):/.test(u)), [], 'nothing but the file itself');
  assert.deepEqual(page.problems, []);
});

test('embedded in a sandboxed iframe on another origin: compact, in memory, reports its height', async () => {
  // The app's host allows any origin to load its files (needed by a sandboxed frame, whose
  // origin is opaque); the wiki page runs on another port.
  const app = await serve({ root: 'dist', headers: { 'access-control-allow-origin': '*' } });
  const wikiRoot = await mkdtemp(join(tmpdir(), 'seams-wiki-'));
  const wiki = await serve({ root: wikiRoot });
  const snippet = await readFile('docs/embed-snippet.html', 'utf8');
  const src = `${app.url}?embed&autoheight&parent=${encodeURIComponent(wiki.origin)}`;
  await (await import('node:fs/promises')).writeFile(
    join(wikiRoot, 'index.html'),
    `<!doctype html><html lang="en"><head><title>Team wiki</title><link rel="icon" href="data:,"></head><body><main><h1>Architecture</h1>
${snippet.replaceAll('https://tools.example/seams/?embed&amp;autoheight&amp;parent=https%3A%2F%2Fwiki.example', src.replaceAll('&', '&amp;'))}
</main></body></html>`,
  );
  const context = await env.browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(wiki.url);
    const frame = page.frameLocator('iframe[title="Seams decision wizard"]');
    await frame.getByTestId('page').waitFor();
    await frame.getByRole('heading', { level: 1, name: 'Monolith, modular monolith or microservices?' }).waitFor();
    assert.equal(await frame.locator('.site-header').isVisible(), false, 'no site chrome in an embed');
    await frame.getByTestId('start-new').click();
    await frame.getByLabel('How many engineers work on the product?').fill('25');
    assert.match(await frame.getByTestId('save-state').textContent(), /Not saving/, 'storage is blocked and the page says so');

    // The frame at 600 px, as a narrow wiki column would give it.
    await page.evaluate(() => { document.querySelector('iframe').style.width = '600px'; });
    // Height messages resize the frame.
    await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height, 10) > 600);
    const frameWidth = await frame.locator('html').evaluate((el) => el.scrollWidth);
    assert.ok(frameWidth <= 600, `fits a 600 px frame (${frameWidth} px)`);

    // Messages the app does not expect change nothing.
    await page.evaluate(() => {
      const w = document.querySelector('iframe').contentWindow;
      w.postMessage('hello', '*');
      w.postMessage({ type: 'seams:height', height: 1 }, '*');
      w.postMessage({ type: 'seams:answers', answers: { context: { engineers: 1 } } }, '*');
    });
    await frame.getByTestId('continue').click();
    await frame.locator('[data-factor]').waitFor();
    await frame.getByTestId('back').click();
    assert.equal(await frame.getByLabel('How many engineers work on the product?').inputValue(), '25');

    // The share link made inside the frame points at the app, not at "null".
    await frame.locator('.progress').waitFor();
    for (let i = 0; i < 13; i++) await frame.getByTestId('continue').click();
    const link = await frame.getByTestId('share-link').inputValue();
    assert.ok(link.startsWith(`${app.url}?embed`), link);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await wiki.close();
    await app.close();
  }
});
