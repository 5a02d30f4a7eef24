// Navigation as on any web page: Back and Forward across steps and questions, reloads and
// bookmarks, share links that keep their fragment while the user decides, the embed and the
// single file, a restricted History API; nothing replaced without asking; phones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from './support/server.mjs';
import { useSite, openPage, expectCleanPage, expectNoAxeViolations, expectFocus } from './support/browser.mjs';
import { onPage, openExample, pressContinue } from './support/wizard.mjs';

const env = useSite();
const START = 'Monolith, modular monolith or microservices?';
const ENGINEERS = 'How many engineers work on the product?';

/** Waits until the factors step shows question `n` of 9. */
async function onQuestion(page, n) {
  await page.getByTestId('progress').filter({ hasText: `Question ${n} of 9` }).waitFor();
}

const search = (page) => new URL(page.url()).search;
const hash = (page) => new URL(page.url()).hash;
const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('seams.answers') ?? 'null'));

/** From a fresh page: a new assessment with this many engineers, saved. */
async function startWith(page, engineers) {
  await page.goto(env.site.url);
  await page.getByTestId('start-new').click();
  await onPage(page, 'Your context');
  await page.getByLabel(ENGINEERS).fill(String(engineers));
  await page.getByTestId('saved').waitFor();
}

/** axe in the light and the dark colour scheme, on the page as it is. */
async function axeBothSchemes(page, where) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${where}, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: null });
}

test('Back and Forward move between steps and questions, and a reload stays on the question', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(env.site.url);
  await onPage(page, START);
  assert.equal(search(page), '', 'the start page has the plain address');
  await page.getByTestId('start-new').click();
  await onPage(page, 'Your context');
  assert.equal(search(page), '?step=context');
  await page.getByLabel(ENGINEERS).fill('12');
  await pressContinue(page);
  await onQuestion(page, 1);
  await page.locator('input[name="factor-domain_stability"][value="stable"]').check();
  await pressContinue(page);
  await onQuestion(page, 2);
  assert.equal(search(page), '?step=factors&q=2');

  await page.goBack();
  await onQuestion(page, 1);
  assert.equal(await page.locator('input[name="factor-domain_stability"][value="stable"]').isChecked(), true);
  await expectFocus(page, 'step-heading', 'focus moves to the heading');
  await page.goBack();
  await onPage(page, 'Your context');
  assert.equal(await page.getByLabel(ENGINEERS).inputValue(), '12');
  await page.goBack();
  await onPage(page, START);
  await page.goForward();
  await onPage(page, 'Your context');
  await page.goForward();
  await onQuestion(page, 1);
  await page.goForward();
  await onQuestion(page, 2);
  assert.equal(await page.title(), 'Decision factors – Step 3 of 7 – Seams');

  // The app's own Back is a move like any other: a new entry, so browser Back returns.
  await page.getByTestId('back').click();
  await onQuestion(page, 1);
  await page.goBack();
  await onQuestion(page, 2);

  await page.reload();
  await onQuestion(page, 2);
  assert.equal(search(page), '?step=factors&q=2');
  expectCleanPage(page);
  await page.context().close();
});

test('a bookmarked step opens there when there are answers, otherwise at the start', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await startWith(page, 20);
  await page.goto(`${env.site.url}?step=readiness`);
  await onPage(page, 'Operational readiness');
  await page.goto(`${env.site.url}?step=factors&q=4`);
  await onQuestion(page, 4);
  // A question past the last is the last; an unknown step opens the step the autosave kept
  // (which keeps the step, not the question: the address keeps that).
  await page.goto(`${env.site.url}?step=factors&q=40`);
  await onQuestion(page, 9);
  assert.equal(search(page), '?step=factors&q=9');
  await page.goto(`${env.site.url}?step=nowhere`);
  await onQuestion(page, 1);
  assert.equal(search(page), '?step=factors&q=1');
  expectCleanPage(page);
  await page.context().close();

  const fresh = await openPage(env.browser, env.site.origin);
  await fresh.goto(`${env.site.url}?step=results`);
  await onPage(fresh, START);
  assert.equal(search(fresh), '', 'the address names the page shown');
  expectCleanPage(fresh);
  await fresh.context().close();
});

test('the progress list links the steps reached, and they pass axe in both schemes', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await startWith(page, 8);
  const progress = page.getByRole('navigation', { name: 'Progress' });
  assert.equal(await progress.getByRole('link').count(), 1, 'only the start page is reached before');
  await pressContinue(page);
  for (let q = 1; q <= 9; q++) await pressContinue(page);
  await onPage(page, 'Operational readiness');
  await progress.getByRole('link', { name: 'Your context' }).click();
  await onPage(page, 'Your context');
  assert.deepEqual(await progress.getByRole('link').allTextContents(), ['Start', 'Decision factors', 'Operational readiness']);
  assert.equal(await progress.locator('[aria-current=step]').textContent(), 'Your context');
  assert.equal(await progress.getByText('Domain map').evaluate((el) => el.closest('a')), null, 'a step not reached is text');
  await page.locator('details.terms').first().locator('summary').click();
  await axeBothSchemes(page, 'context with linked progress and the terms open');
  await page.goBack();
  await onPage(page, 'Operational readiness');
  expectCleanPage(page);
  await page.context().close();
});

test('opening an example over saved answers asks first, says what it shows and can be undone', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await startWith(page, 33);
  await page.locator('.brand').click();
  await onPage(page, START);

  const example = page.getByTestId('example-blogging-platform').getByRole('button');
  await example.click();
  const prompt = page.locator('[data-testid=offer][data-offer=example]');
  await prompt.waitFor();
  assert.match(await prompt.textContent(), /Open the example “A blogging platform”\?/);
  await expectFocus(page, 'offer-prompt', 'the question takes focus');
  await axeBothSchemes(page, 'the question before an example');
  await page.getByTestId('offer-decline').click();
  await onPage(page, START);
  assert.equal(await prompt.count(), 0);
  assert.equal((await saved(page)).answers.context.engineers, 33, 'declined: nothing replaced');

  await example.click();
  await page.getByTestId('offer-accept').click();
  await onPage(page, 'Results');
  const notice = page.getByTestId('notice');
  assert.match(await notice.textContent(), /You are looking at the example “A blogging platform”/);
  await axeBothSchemes(page, 'the results of an example, with its notice');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('seams.answers')).answers.context.engineers !== 33);

  await page.getByTestId('undo').click();
  await onPage(page, START);
  assert.match(await notice.textContent(), /Your previous answers are back/);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('seams.answers')).answers.context.engineers === 33);

  // Starting again is asked the same way, and undone the same way.
  await page.getByTestId('start-new').click();
  await page.locator('[data-testid=offer][data-offer=fresh]').waitFor();
  await axeBothSchemes(page, 'the question before starting again');
  await page.getByTestId('offer-accept').click();
  await onPage(page, 'Your context');
  assert.equal(await page.getByLabel(ENGINEERS).inputValue(), '');
  await page.getByTestId('undo').click();
  await onPage(page, START);
  await page.getByTestId('resume-check').click();
  await page.getByRole('button', { name: 'Change engineers' }).click();
  assert.equal(await page.getByLabel(ENGINEERS).inputValue(), '33');

  // With no answers of one's own, an example opens at once.
  const fresh = await openPage(env.browser, env.site.origin);
  await fresh.goto(env.site.url);
  await fresh.getByTestId('example-five-person-mvp').getByRole('button').click();
  await onPage(fresh, 'Results');
  assert.match(await fresh.getByTestId('notice').textContent(), /You are looking at the example/);
  assert.equal(await fresh.getByTestId('undo').count(), 0, 'nothing was replaced');
  expectCleanPage(page);
  expectCleanPage(fresh);
  await page.context().close();
  await fresh.context().close();
});

test('a share link keeps its fragment while the user decides, and navigation never drops it', async () => {
  const source = await openPage(env.browser, env.site.origin);
  await source.goto(env.site.url);
  await openExample(source, 'ecommerce-payments');
  const link = await source.getByTestId('share-link').inputValue();
  assert.ok(!link.includes('?'), `the page is not part of the link: ${link}`);
  await source.context().close();

  const page = await openPage(env.browser, env.site.origin);
  await startWith(page, 7);
  await page.goto(link);
  const prompt = page.locator('[data-testid=offer][data-offer=link]');
  await prompt.waitFor();
  await onPage(page, 'Your context');
  await axeBothSchemes(page, 'the question before a link');
  // Moving on while the question is open keeps the link in the address, and a reload asks again.
  await pressContinue(page);
  await onQuestion(page, 1);
  assert.equal(search(page), '?step=factors&q=1');
  assert.match(hash(page), /^#s[12]\./);
  await page.reload();
  await prompt.waitFor();
  await onQuestion(page, 1);

  await page.getByTestId('offer-accept').click();
  await onPage(page, 'Results');
  assert.equal(hash(page), '', 'dealt with: the fragment goes');
  assert.match(await page.getByTestId('notice').textContent(), /Opened the answers from the link/);
  // Back through the entries that still carry it does not ask again.
  await page.goBack();
  await onQuestion(page, 1);
  await page.goBack();
  await onPage(page, 'Your context');
  assert.equal(await prompt.count(), 0);
  expectCleanPage(page);
  await page.context().close();
});

test('the single file from file:// navigates with Back, Forward and reload, without errors', async () => {
  const page = await openPage(env.browser, 'file://');
  await page.goto(`file://${resolve('dist/seams.html')}`);
  await onPage(page, START);
  await openExample(page, 'b2b-saas');
  assert.equal(search(page), '?step=results');
  await page.goBack();
  await onPage(page, START);
  await page.goForward();
  await onPage(page, 'Results');
  await page.getByTestId('back').click();
  await onPage(page, 'Check your answers');
  await page.reload();
  await onPage(page, 'Check your answers');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const [name, script] of [
  [
    'refuses to change the address',
    () => {
      for (const method of ['pushState', 'replaceState']) {
        const original = History.prototype[method];
        History.prototype[method] = function (state, title, url) {
          if (url !== undefined && url !== null) throw new DOMException('Not allowed here.', 'SecurityError');
          return original.call(this, state, title);
        };
      }
    },
  ],
  [
    'refuses every entry',
    () => {
      for (const method of ['pushState', 'replaceState']) {
        History.prototype[method] = () => {
          throw new DOMException('Not allowed here.', 'SecurityError');
        };
      }
    },
  ],
]) {
  test(`where the History API ${name}, the wizard navigates without errors`, async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(script);
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.goto(env.site.url);
    await page.getByTestId('start-new').click();
    await onPage(page, 'Your context');
    await pressContinue(page);
    await onQuestion(page, 1);
    await pressContinue(page);
    await onQuestion(page, 2);
    await page.getByTestId('back').click();
    await onQuestion(page, 1);
    assert.equal(search(page), '', 'the address is left alone');
    if (name === 'refuses to change the address') {
      // Entries without an address: browser Back still moves the wizard.
      await page.goBack();
      await onQuestion(page, 2);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('embedded in a fixed-height sandboxed frame: Back, the step label in view, a way to the start', async () => {
  const app = await serve({ root: 'dist', headers: { 'access-control-allow-origin': '*' } });
  const wikiRoot = await mkdtemp(join(tmpdir(), 'seams-wiki-'));
  const wiki = await serve({ root: wikiRoot });
  await writeFile(
    join(wikiRoot, 'index.html'),
    `<!doctype html><html lang="en"><head><title>Team wiki</title><link rel="icon" href="data:,"></head><body><main><h1>Architecture</h1>
<iframe title="Seams decision wizard" src="${app.url}?embed" sandbox="allow-scripts allow-downloads allow-popups" style="width: 600px; height: 600px; border: 0"></iframe>
</main></body></html>`,
  );
  const context = await env.browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(wiki.url);
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('start-new').click();
    await frame.getByLabel(ENGINEERS).fill('25');
    const labelInView = () => frame.getByTestId('progress').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    for (let q = 1; q <= 3; q++) {
      await frame.getByTestId('continue').click();
      await frame.getByTestId('progress').filter({ hasText: `Question ${q} of 9` }).waitFor();
      assert.ok(await labelInView(), `the step label is in view after Continue (question ${q})`);
    }
    // The wiki page's Back moves the wizard inside the frame.
    await page.evaluate(() => history.back());
    await frame.getByTestId('progress').filter({ hasText: 'Question 2 of 9' }).waitFor();
    assert.ok(await labelInView(), 'and after Back');

    await frame.getByTestId('embed-home').click();
    await frame.getByRole('heading', { level: 1, name: START }).waitFor();
    await frame.getByTestId('example-blogging-platform').waitFor();
    assert.equal(await frame.getByTestId('embed-home').count(), 0, 'not on the start page itself');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await wiki.close();
    await app.close();
  }
});

test('the embed link to the start passes axe in both schemes', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(`${env.site.url}?embed`);
  await page.getByTestId('start-new').click();
  await onPage(page, 'Your context');
  assert.equal(search(page), '?embed&step=context', 'the embed parameters stay');
  await page.getByTestId('embed-home').waitFor();
  await axeBothSchemes(page, 'an embedded step with its link to the start');
  expectCleanPage(page);
  await page.context().close();
});

/** Fails when the page scrolls sideways, has a sideways scroller, or a button of `main` leaves the screen. */
async function expectNoOverflow(page, where) {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const el of document.querySelectorAll('main *')) {
      if (el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth) problems.push(`a sideways scroller: ${el.className}`);
    }
    for (const button of document.querySelectorAll('main button, main summary, main a')) {
      const r = button.getBoundingClientRect();
      if (r.width > 0 && (r.left < 0 || r.right > width)) problems.push(`“${button.textContent.trim()}” at ${Math.round(r.left)}–${Math.round(r.right)} px`);
    }
    return problems;
  });
  assert.deepEqual(found, [], `${where}: ${found.join('; ')}`);
}

for (const width of [320, 390]) {
  test(`no wizard step scrolls sideways at ${width} px`, async () => {
    const page = await openPage(env.browser, env.site.origin, { viewport: { width, height: 740 } });
    const openTerms = () => page.locator('details.terms').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    await page.goto(env.site.url);
    await onPage(page, START);
    await openTerms();
    await expectNoOverflow(page, 'start');
    await page.getByTestId('start-new').click();
    await onPage(page, 'Your context');
    await openTerms();
    await page.getByLabel(ENGINEERS).fill('lots');
    await pressContinue(page);
    await page.getByTestId('error-summary').waitFor();
    await expectNoOverflow(page, 'context with an error');
    await page.getByLabel(ENGINEERS).fill('14');
    await pressContinue(page);
    for (let q = 1; q <= 9; q++) {
      await onQuestion(page, q);
      await openTerms();
      await expectNoOverflow(page, `question ${q}`);
      await pressContinue(page);
    }
    await onPage(page, 'Operational readiness');
    await openTerms();
    await expectNoOverflow(page, 'readiness');
    await pressContinue(page);
    await onPage(page, 'Domain map');
    await openTerms();
    await expectNoOverflow(page, 'empty domain map');
    await page.getByTestId('use-example-map').click();
    await page.getByTestId('dependency-list').waitFor();
    // A name with no place to break, as a user may type it.
    await page.getByLabel('Add a module').fill('PaymentsReconciliationAndSettlementService');
    await page.getByTestId('add-module').click();
    await page.getByLabel('From', { exact: true }).selectOption({ label: 'PaymentsReconciliationAndSettlementService' });
    await page.getByTestId('add-dependency').click();
    await page.getByTestId('dependency-list').locator('li', { hasText: 'PaymentsReconciliation' }).waitFor();
    await expectNoOverflow(page, 'domain map with modules and dependencies');
    await pressContinue(page);
    await onPage(page, 'Check your answers');
    await expectNoOverflow(page, 'check your answers');
    await page.locator('.brand').click();
    await page.getByTestId('example-blogging-platform').getByRole('button').click();
    await page.getByTestId('offer').waitFor();
    await expectNoOverflow(page, 'the question before an example');
    expectCleanPage(page);
    await page.context().close();
  });
}
