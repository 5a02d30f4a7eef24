// The app shell in a real browser: served from dist/ at the root and under a sub-path, walked with
// the keyboard alone, checked by axe on every step, and never reaching outside its own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { launch, openPage, expectNoAxeViolations, expectCleanPage } from './support/browser.mjs';

const STEPS = [
  'Start',
  'Your context',
  'Decision factors',
  'Operational readiness',
  'Domain map',
  'Check your answers',
  'Results',
];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Presses Tab until the element matching `selector` has focus; fails after `limit` presses. */
async function tabTo(page, selector, limit = 30) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

test('every step can be reached with the keyboard alone, with focus and title following', async () => {
  const site = await serve({ root: 'dist' });
  try {
    const page = await openPage(browser, site.origin);
    await page.goto(site.url);
    await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();

    for (let i = 0; i < STEPS.length; i++) {
      const name = STEPS[i];
      assert.equal(await page.getByTestId('progress').textContent(), `Step ${i + 1} of ${STEPS.length}`);
      assert.equal(await page.locator('#step-heading').textContent(), name);
      assert.equal(await page.title(), `${name} – Step ${i + 1} of ${STEPS.length} – Seams`);
      if (i > 0) {
        const focused = await page.evaluate(() => document.activeElement?.id);
        assert.equal(focused, 'step-heading', `focus moves to the heading of "${name}"`);
      }
      if (i < STEPS.length - 1) {
        await tabTo(page, '[data-testid=continue]');
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: STEPS[i + 1] }).waitFor();
      }
    }

    // And back again, one step, with the keyboard.
    await tabTo(page, '[data-testid=back]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    expectCleanPage(page);
  } finally {
    await site.close();
  }
});

for (const viewport of [{ width: 320, height: 720 }, { width: 1280, height: 900 }]) {
  test(`axe finds no WCAG 2.2 AA violation on any step at ${viewport.width} px`, async () => {
    const site = await serve({ root: 'dist' });
    try {
      const page = await openPage(browser, site.origin, { viewport });
      await page.goto(site.url);
      for (let i = 0; i < STEPS.length; i++) {
        await page.getByRole('heading', { level: 1, name: STEPS[i] }).waitFor();
        await expectNoAxeViolations(page, `"${STEPS[i]}" at ${viewport.width} px`);
        if (i < STEPS.length - 1) await page.getByTestId('continue').click();
      }
      expectCleanPage(page);
    } finally {
      await site.close();
    }
  });
}

test('dist/ works when hosted under a sub-path', async () => {
  const site = await serve({ root: 'dist', prefix: '/tools/seams/' });
  try {
    const page = await openPage(browser, site.origin);
    await page.goto(site.url);
    await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
    await page.getByTestId('continue').click();
    await page.getByRole('heading', { level: 1, name: 'Your context' }).waitFor();

    const outside = site.requests.filter((path) => !path.startsWith('/tools/seams/'));
    assert.deepEqual(outside, [], 'every asset is fetched from under the sub-path');
    assert.ok(site.requests.some((p) => p.endsWith('.wasm')), 'the wasm module came from the sub-path');
    expectCleanPage(page);
  } finally {
    await site.close();
  }
});
