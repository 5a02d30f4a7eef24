// An organisation's rubric in the page: named in the address (?rubric=, same origin only, in the
// embed and under a sub-path, offline after one visit), imported from a file (kept in this
// browser, undone, gone back from), carried by an organisation's build (inline, also from
// file://), and named in the exports and in the prompt for answers made with another rubric.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './support/server.mjs';
import { launch, openPage, expectCleanPage, expectNoAxeViolations } from './support/browser.mjs';
import { onPage } from './support/wizard.mjs';

const STANDARD = JSON.parse(await readFile('rubrics/standard.json', 'utf8'));
const ACME_VERDICT = 'One deployable, the Acme way';

const ACME_PLAN = 'Acme roadmap';
const ACME_RISK = 'What could go wrong';

/** The tuned rubric: Acme's name and publisher, a small team below 30, a reworded verdict, and
 * the page's own words for the plan's heading and the brief's risk. */
function acmeText() {
  const r = structuredClone(STANDARD);
  Object.assign(r, { id: 'acme-architecture', version: '2.1.0', name: 'Acme architecture rubric', publisher: 'Acme platform group' });
  r.catalogue.thresholds.small_team_below = 30;
  r.catalogue.verdicts.find((v) => v.verdict === 'Monolith').label = ACME_VERDICT;
  r.catalogue.texts.page.section_plan = ACME_PLAN;
  r.catalogue.texts.record.brief_risk = ACME_RISK;
  return JSON.stringify(r, null, 2);
}

/** A rubric with two problems: a weight that is text, a threshold out of order. */
function brokenText() {
  const r = JSON.parse(acmeText());
  r.catalogue.factors[0].weight = 'heavy';
  return JSON.stringify(r);
}

const PREFIX = '/tools/seams/';
const env = {};
before(async () => {
  env.root = await mkdtemp(join(tmpdir(), 'seams-rubric-'));
  await cp('dist', env.root, { recursive: true });
  await writeFile(join(env.root, 'rubric.json'), acmeText());
  await writeFile(join(env.root, 'broken.json'), brokenText());
  env.browser = await launch();
  env.site = await serve({ root: env.root, prefix: PREFIX });
});
after(async () => {
  await env.site?.close();
  await env.browser?.close();
});

const inUse = (page) => page.getByTestId('rubric-in-use').first();
const notice = (page) => page.getByTestId('notice');

/** Opens the five-person example and waits for its results. */
async function openMvp(page) {
  await page.getByTestId('example-five-person-mvp').getByRole('button').click();
  await page.locator('[data-testid=offer], [data-testid=page][data-step=results]').first().waitFor();
  if (await page.getByTestId('offer').isVisible()) await page.getByTestId('offer-accept').click();
  await onPage(page, 'Results');
  await page.getByTestId('brief-verdict').waitFor();
}

const verdict = async (page) => (await page.getByTestId('brief-verdict').textContent()).trim();

test("the address's rubric is used, named and worded, in the embed under a sub-path, and offline after", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(env.site.origin)) foreign.push(r.url()); });
  await page.goto(`${env.site.url}?embed&rubric=rubric.json`);
  await onPage(page, 'Monolith, modular monolith or microservices?');
  await page.waitForFunction(() => document.querySelector('[data-testid=rubric-in-use]')?.textContent.includes('Acme architecture rubric 2.1.0'));
  assert.match(await inUse(page).textContent(), /^Rubric: Acme architecture rubric 2\.1\.0 \([0-9a-f]{12}\), Acme platform group, loaded from “rubric\.json”\.$/);
  await openMvp(page);
  assert.equal(await verdict(page), ACME_VERDICT);
  assert.match(await inUse(page).textContent(), /Acme architecture rubric 2\.1\.0 \([0-9a-f]{12}\)/);
  // The page's own words come from the rubric too: a heading, and a label of the brief.
  assert.equal((await page.locator('#results-plan-heading').textContent()).trim(), ACME_PLAN);
  assert.equal((await page.getByTestId('brief').locator('dt').nth(2).textContent()).trim(), ACME_RISK);

  // Offline: the worker has the app, and the rubric fetched on the first visit.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-testid=page]').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=rubric-in-use]')?.textContent.includes('Acme architecture rubric 2.1.0'));
  await page.goto(`${env.site.url}?embed&rubric=rubric.json&step=results`);
  await onPage(page, 'Results');
  await page.getByTestId('brief-verdict').waitFor();
  assert.equal(await verdict(page), ACME_VERDICT, 'offline, the organisation\'s wording still');
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a broken or missing rubric leaves the standard one working, with a clear notice', async () => {
  for (const [file, words] of [
    ['broken.json', /The rubric at “broken\.json” was not used\. The rubric has a problem and was not used: catalogue\.factors\[0\]\.weight/],
    ['missing.json', /The rubric at “missing\.json” was not used\. There is no file at that address \(the site answered 404, not found\)\./],
  ]) {
    const page = await openPage(env.browser, env.site.origin);
    await page.goto(`${env.site.url}?rubric=${file}`);
    await notice(page).waitFor();
    const text = await notice(page).textContent();
    assert.match(text, words);
    assert.match(text, /This page uses the standard rubric “Seams standard rubric 1\.0\.0 \([0-9a-f]{12}\)”\./);
    await expectNoAxeViolations(page, `the notice of ${file}`);
    await openMvp(page);
    assert.equal(await verdict(page), 'Monolith');
    assert.match(await inUse(page).textContent(), /^Rubric: Seams standard rubric 1\.0\.0 \([0-9a-f]{12}\), Seams, built into Seams\.$/);
    await page.context().close();
  }
});

test('a rubric on another origin is refused and never requested', async () => {
  for (const address of ['http://127.0.0.1:9/rubric.json', '//evil.example/rubric.json', 'javascript:alert(1)']) {
    const page = await openPage(env.browser, env.site.origin);
    await page.goto(`${env.site.url}?rubric=${encodeURIComponent(address)}`);
    await notice(page).waitFor();
    assert.match(await notice(page).textContent(), /is not a path on this site: a rubric is read only from the site this page comes from/);
    assert.equal(await notice(page).getAttribute('role'), 'alert');
    expectCleanPage(page);
    await page.context().close();
  }
});

test('an imported rubric is used, kept across a reload, named in the record, undone and gone back from', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(env.site.url);
  await onPage(page, 'Monolith, modular monolith or microservices?');
  const pick = (text) => page.getByTestId('import-rubric').setInputFiles({ name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await pick(acmeText());
  await page.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent.includes('imported from “acme.json”'));
  assert.match(await notice(page).textContent(), /The results now use the rubric “Acme architecture rubric 2\.1\.0 \([0-9a-f]{12}\)”, imported from “acme\.json” and kept in this browser\./);
  await expectNoAxeViolations(page, 'the notice of an imported rubric');
  // Undo restores the standard rubric.
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent.includes('The page uses the standard rubric'));
  assert.equal(await page.getByTestId('rubric-in-use').count(), 1, 'only the panel names the standard rubric');

  // A refused file keeps the rubric in use.
  await page.getByTestId('import-rubric').setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(brokenText()) });
  await page.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent.includes('“draft.json” was not used'));
  await expectNoAxeViolations(page, 'the notice of a refused rubric file');

  // Imported again, it survives a reload, and the record names it.
  await pick(acmeText());
  await page.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent.includes('imported from “acme.json”'));
  await page.reload();
  await onPage(page, 'Monolith, modular monolith or microservices?');
  assert.match(await inUse(page).textContent(), /Acme architecture rubric 2\.1\.0 .*imported from “acme\.json”/);
  await openMvp(page);
  assert.equal(await verdict(page), ACME_VERDICT);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-report').click()]);
  const record = await readFile(await download.path(), 'utf8');
  assert.match(record, /^- \*\*Rubric:\*\* Acme architecture rubric 2\.1\.0 \([0-9a-f]{12}\), Acme platform group \(SHA-256 [0-9a-f]{64}\)$/m);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-matrix').click()]);
  assert.match((await readFile(await csv.path(), 'utf8')).split('\r\n')[1], /,Acme architecture rubric 2\.1\.0 \([0-9a-f]{12}\)$/);

  // Back to the page's own rubric: the standard one, and storage forgets the import.
  await page.getByTestId('rubric-back').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=brief-verdict]')?.textContent.trim() === 'Monolith');
  assert.equal(await page.evaluate(() => localStorage.getItem('seams.rubric')), null);
  expectCleanPage(page);
  await page.context().close();
});

test('a link made with the standard rubric asks before opening under the organisation\'s', async () => {
  const page = await openPage(env.browser, env.site.origin);
  // The five-person example as format 1 wrote it (tests/link_compat.rs).
  const code = 's1.AQYCAQEBAQkACHNoaWZ0aW5nAQd1bmlmb3JtAgRzYW1lAwh0b2dldGhlcgQJb25lX3N0YWNrBQdzaW1pbGFyBhFzb21lX3RyYW5zYWN0aW9ucwcJc3BlZWRfbm93CARub25l_wcBAQAAACJqJ_w';
  await page.goto(`${env.site.url}?rubric=rubric.json#${code}`);
  const offer = page.getByTestId('offer');
  await offer.waitFor();
  assert.match(await page.getByTestId('offer-rubric').textContent(), /These answers were made with the standard rubric “Seams standard rubric 1\.0\.0 \([0-9a-f]{12}\)”; this page uses the rubric “Acme architecture rubric 2\.1\.0 \([0-9a-f]{12}\)”\./);
  await expectNoAxeViolations(page, 'the prompt for answers of another rubric');
  await page.getByTestId('offer-switch').click();
  await onPage(page, 'Results');
  assert.equal(await verdict(page), 'Monolith', 'opened with the standard rubric, as they were made');
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=rubric-in-use]')?.textContent.includes('Acme'));
  expectCleanPage(page);
  await page.context().close();
});

test("an organisation's build carries its rubric inline, served with a strict CSP and from file://", async () => {
  const root = await mkdtemp(join(tmpdir(), 'seams-org-'));
  await cp('dist', root, { recursive: true });
  const file = join(root, 'acme-rubric.json');
  await writeFile(file, acmeText());
  await promisify(execFile)('node', ['scripts/postbuild.mjs', root, '--rubric', file]);
  const html = await readFile(join(root, 'index.html'), 'utf8');
  assert.equal(html.match(/http-equiv="Content-Security-Policy"/g).length, 1, 'one CSP after a second run');
  assert.equal(await readFile(join(root, 'rubric.json'), 'utf8'), acmeText());
  const site = await serve({ root });
  try {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    await page.goto(site.url);
    await onPage(page, 'Monolith, modular monolith or microservices?');
    assert.match(await inUse(page).textContent(), /Acme architecture rubric 2\.1\.0 .*built into this page by your organisation/);
    await openMvp(page);
    assert.equal(await verdict(page), ACME_VERDICT);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    await context.close();

    const single = await openPage(env.browser, 'file://');
    await single.goto(`file://${join(root, 'seams.html')}`);
    await onPage(single, 'Monolith, modular monolith or microservices?');
    assert.match(await inUse(single).textContent(), /Acme architecture rubric 2\.1\.0/);
    await single.context().close();
  } finally {
    await site.close();
  }
});

test("answers saved with an option only the address's rubric has open again after a reload", async () => {
  // Acme calls the evenly scaling answer "flat"; the standard rubric has no such option.
  const r = JSON.parse(acmeText());
  const scaling = r.catalogue.factors.find((f) => f.id === 'ScalingProfile');
  scaling.options[0].id = 'flat';
  scaling.options[0].label = 'Flat, the Acme way';
  await writeFile(join(env.root, 'flat.json'), JSON.stringify(r, null, 2));

  const page = await openPage(env.browser, env.site.origin);
  await page.goto(`${env.site.url}?rubric=flat.json`);
  await onPage(page, 'Monolith, modular monolith or microservices?');
  await page.waitForFunction(() => !document.body.textContent.includes('loading your organisation'));
  await page.evaluate(() => {
    const answers = { context: { engineers: 12, teams: 2 }, factors: { ScalingProfile: 'flat' } };
    localStorage.setItem('seams.answers', JSON.stringify({ format: 'seams-answers', version: 1, revision: 3, step: 'factors', answers }));
  });
  await page.reload();
  await page.waitForFunction(() => !document.body.textContent.includes('loading your organisation'));
  // Nothing was moved aside as unreadable, and the answer is still the organisation's option.
  assert.equal(await page.evaluate(() => localStorage.getItem('seams.answers.unreadable')), null);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('seams.answers')));
  assert.equal(saved.answers.factors.ScalingProfile, 'flat');
  assert.equal(saved.answers.context.engineers, 12);
  expectCleanPage(page);
});
