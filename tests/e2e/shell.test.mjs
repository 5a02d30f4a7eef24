// The app shell in a real browser: served from dist/ at the root and under a sub-path, and the
// whole journey done with the keyboard alone, with focus and the document title following.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { launch, openPage, expectCleanPage } from './support/browser.mjs';
import { onPage } from './support/wizard.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedMatches = (page, selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the element matching `selector` has focus; fails after `limit` presses. */
async function tabTo(page, selector, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await focusedMatches(page, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

test('the whole journey works with the keyboard alone, with focus and title following', async () => {
  const site = await serve({ root: 'dist' });
  try {
    const page = await openPage(browser, site.origin);
    await page.goto(site.url);
    await onPage(page, 'Monolith, modular monolith or microservices?');
    assert.equal(await page.title(), 'Start – Step 1 of 7 – Seams');

    await tabTo(page, '[data-testid=start-new]');
    await page.keyboard.press('Enter');
    await onPage(page, 'Your context');
    assert.equal(await focusedId(page), 'step-heading', 'focus moves to the new heading');
    assert.equal(await page.title(), 'Your context – Step 2 of 7 – Seams');

    // Type a number, pick a radio with the arrow keys.
    await tabTo(page, '#engineers');
    await page.keyboard.type('45');
    await tabTo(page, 'input[name=stage]');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('input[name=stage]:checked').getAttribute('id'), 'stage-1');
    await tabTo(page, '[data-testid=continue]');
    await page.keyboard.press('Enter');

    // Nine factor questions, each a page whose heading takes focus.
    for (let q = 1; q <= 9; q++) {
      assert.match(await page.getByTestId('progress').textContent(), new RegExp(`Step 3 of 7 · Question ${q} of 9`));
      assert.equal(await focusedId(page), 'step-heading');
      if (q === 1) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        assert.equal(await page.locator('input[name=factor-domain_stability]:checked').count(), 1);
      }
      await tabTo(page, '[data-testid=continue]');
      await page.keyboard.press('Enter');
    }

    await onPage(page, 'Operational readiness');
    await tabTo(page, '#capability-ci-cd');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#capability-ci-cd').isChecked(), true);
    await tabTo(page, '[data-testid=continue]');
    await page.keyboard.press('Enter');

    await onPage(page, 'Domain map');
    await tabTo(page, '#new-module');
    await page.keyboard.type('Billing');
    await page.keyboard.press('Enter');
    await page.getByTestId('module').first().waitFor();
    await tabTo(page, '[data-testid=continue]');
    await page.keyboard.press('Enter');

    await onPage(page, 'Check your answers');
    assert.equal(await page.title(), 'Check your answers – Step 6 of 7 – Seams');
    await tabTo(page, '[data-testid=continue]');
    await page.keyboard.press('Enter');

    await onPage(page, 'Results');
    assert.equal(await focusedId(page), 'step-heading');
    assert.ok((await page.getByTestId('verdict').first().textContent()).trim().length > 0, 'a verdict is shown');

    // And back one page with the keyboard.
    await tabTo(page, '[data-testid=back]');
    await page.keyboard.press('Enter');
    await onPage(page, 'Check your answers');
    expectCleanPage(page);
  } finally {
    await site.close();
  }
});

test('dist/ works when hosted under a sub-path', async () => {
  const site = await serve({ root: 'dist', prefix: '/tools/seams/' });
  try {
    const page = await openPage(browser, site.origin);
    await page.goto(site.url);
    await onPage(page, 'Monolith, modular monolith or microservices?');
    await page.getByTestId('start-new').click();
    await onPage(page, 'Your context');
    // Addresses stay under the sub-path, through a reload and Back.
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/tools/seams/?step=context');
    await page.reload();
    await onPage(page, 'Your context');
    await page.goBack();
    await onPage(page, 'Monolith, modular monolith or microservices?');
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/tools/seams/');

    const outside = site.requests.filter((path) => !path.startsWith('/tools/seams/'));
    assert.deepEqual(outside, [], 'every asset is fetched from under the sub-path');
    assert.ok(site.requests.some((p) => p.endsWith('.wasm')), 'the wasm module came from the sub-path');
    expectCleanPage(page);
  } finally {
    await site.close();
  }
});

/** The start page's header, progress and introduction under `root`, and where its heading sits. */
const startPageText = (page, root) => page.evaluate((root) => {
  const at = (selector) => document.querySelector(`${root} ${selector}`);
  return {
    header: at('.site-header').textContent,
    progress: at('.progress').textContent,
    intro: ['h1', '.lede', '.start-points'].map((s) => at(`.step-start ${s}`).textContent),
    top: at('h1').getBoundingClientRect().top,
  };
}, root);

test('the first paint is a static copy of the start page that the app replaces without a shift', async () => {
  const site = await serve({ root: 'dist' });
  try {
    // Before any script runs: the introduction is already there, and says why a button is missing.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.goto(site.url);
    const staticText = await startPageText(still, '#boot');
    assert.match(await still.locator('.noscript').textContent(), /needs JavaScript and WebAssembly/);
    await noScript.close();

    // Once the app runs: the copy is gone, one page remains, and it reads the same.
    const page = await openPage(browser, site.origin);
    // When does the copy leave? On loopback the app can be ready before the first paint; it
    // must still wait until the copy has been painted.
    await page.addInitScript(() => {
      new MutationObserver((records, observer) => {
        if (records.some((r) => [...r.removedNodes].some((n) => n.id === 'boot'))) {
          window.bootRemovedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.url);
    await onPage(page, 'Monolith, modular monolith or microservices?');
    assert.equal(await page.locator('#boot').count(), 0, 'the static copy is removed');
    const [painted, removed] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      window.bootRemovedAt,
    ]);
    assert.ok(painted !== undefined && removed !== undefined, `painted at ${painted}, removed at ${removed}`);
    assert.ok(painted < removed, `the copy was painted (${painted} ms) before the app replaced it (${removed} ms)`);
    assert.equal(await page.locator('h1').count(), 1);
    const app = await startPageText(page, 'body');
    assert.equal(app.header, staticText.header);
    assert.equal(app.progress, staticText.progress);
    assert.deepEqual(app.intro, staticText.intro, "the static copy says what the app's start page says");
    assert.equal(app.top, staticText.top, 'the heading does not move when the app takes over');
    // Nothing that moves is counted as a layout shift by the browser either.
    const shift = await page.evaluate(() => new Promise((done) => {
      let sum = 0;
      const add = (entries) => {
        for (const e of entries) if (!e.hadRecentInput) sum += e.value;
      };
      const observer = new PerformanceObserver((list) => add(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      // Two frames after the app took over, every shift its first frame caused is recorded.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        add(observer.takeRecords());
        observer.disconnect();
        done(sum);
      }));
    }));
    assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
    expectCleanPage(page);
  } finally {
    await site.close();
  }
});

test('in an embed the static copy already has no site header, as the app will not', async () => {
  const site = await serve({ root: 'dist' });
  try {
    for (const [query, embedded] of [['?embed', true], ['?embed&autoheight', true], ['?embed=0', false]]) {
      const page = await openPage(browser, site.origin);
      // Hold the wasm back, to look at the page as it is before the app starts.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
      await page.goto(`${site.url}${query}`, { waitUntil: 'domcontentloaded' });
      await page.locator('#boot h1').waitFor();
      assert.equal(await page.locator('#boot .site-header').isVisible(), !embedded, `site header before the app, ${query}`);
      release();
      await onPage(page, 'Monolith, modular monolith or microservices?');
      assert.equal(await page.locator('.site-header').isVisible(), !embedded, `site header in the app, ${query}`);
      expectCleanPage(page);
      await page.context().close();
    }
  } finally {
    await site.close();
  }
});
