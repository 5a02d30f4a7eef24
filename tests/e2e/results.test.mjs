// The results page read as a tech lead reads it: the brief inside the first screen on a laptop and
// on a phone, the findings first with the details on demand, a what-if sandbox that leaves the
// saved answers alone until they are used, no sideways scrolling on a phone, axe light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, expectNoAxeViolations, expectCleanPage } from './support/browser.mjs';
import { onPage, openExample as chooseExample } from './support/wizard.mjs';

const env = useSite();

const EXAMPLES = [
  'blogging-platform',
  'ecommerce-payments',
  'five-person-mvp',
  'sixty-engineer-platform',
  'pressure-without-foundation',
  'b2b-saas',
  'large-marketplace',
  'tangled-services',
  'services-that-fit',
];

async function openExample(page, id) {
  if (page.url() === 'about:blank') await page.goto(env.site.url);
  else await page.locator('.brand').click();
  await onPage(page, 'Monolith, modular monolith or microservices?');
  await chooseExample(page, id);
  await page.getByTestId('brief').waitFor();
  // Measure the page as it stays: once the autosave has caught up and says so.
  await page.getByTestId('saved').waitFor();
}

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`the brief fits the first screen at ${width}×${height} for every example`, async () => {
    const page = await openPage(env.browser, env.site.origin, { viewport: { width, height } });
    for (const id of EXAMPLES) {
      await openExample(page, id);
      const box = await page.getByTestId('brief').boundingBox();
      assert.ok(box.y + box.height <= height, `${id}: the brief ends at ${Math.round(box.y + box.height)} px`);
      for (const part of ['brief-verdict', 'brief-decision', 'brief-services', 'brief-plan', 'brief-risk', 'brief-flip', 'brief-confidence']) {
        const text = (await page.getByTestId(part).textContent()).trim();
        assert.ok(text.length > 0, `${id}: ${part} says something`);
      }
    }
    expectCleanPage(page);
  });
}

test('each section shows its finding and opens its details on demand', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await openExample(page, 'large-marketplace');
  const sections = page.locator('.results-section');
  const count = await sections.count();
  assert.ok(count >= 12, `${count} sections`);
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    assert.ok(((await section.locator('.finding').textContent()) ?? '').trim().length > 10, `section ${i} has a finding`);
    assert.equal(await section.locator('details').getAttribute('open'), null, `section ${i} starts closed`);
  }
  const plan = page.getByTestId('plan');
  assert.equal(await plan.getByTestId('phase').first().isVisible(), false, 'the phases wait for the reader');
  await plan.locator('summary').click();
  await plan.getByTestId('phase').first().waitFor({ state: 'visible' });
  expectCleanPage(page);
});

test('the what-if sandbox leaves the saved answers alone until they are used, and undo restores them', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await openExample(page, 'blogging-platform');
  const saved = () => page.evaluate(() => {
    const text = localStorage.getItem('seams.answers');
    return text ? JSON.parse(text).answers : null;
  });
  await page.waitForFunction(() => localStorage.getItem('seams.answers') !== null);
  const before = await saved();
  const verdict = (await page.getByTestId('brief-verdict').textContent()).trim();

  await page.locator('#whatif-scaling_profile').selectOption('one_hot');
  await page.getByTestId('whatif-compare').waitFor();
  const now = (await page.locator('[data-testid=whatif-verdict] strong').textContent()).trim();
  assert.notEqual(now, verdict, 'the sandbox shows the other verdict');
  assert.equal((await page.getByTestId('brief-verdict').textContent()).trim(), verdict, 'the page keeps the real one');
  assert.deepEqual(await saved(), before, 'nothing saved from the sandbox');

  await page.getByTestId('whatif-use').click();
  await page.waitForFunction((v) => document.querySelector('[data-testid=brief-verdict]').textContent.trim() !== v, verdict);
  await page.waitForFunction(() => {
    return JSON.parse(localStorage.getItem('seams.answers')).answers.factors.ScalingProfile === 'one_hot';
  });

  await page.getByTestId('whatif-undo').click();
  await page.waitForFunction((v) => document.querySelector('[data-testid=brief-verdict]').textContent.trim() === v, verdict);
  await page.waitForFunction((scaling) => {
    return JSON.parse(localStorage.getItem('seams.answers')).answers.factors.ScalingProfile === scaling;
  }, before.factors.ScalingProfile);
  expectCleanPage(page);
});

test('on a phone the sandbox opens as a sheet from the brief', async () => {
  const page = await openPage(env.browser, env.site.origin, { viewport: { width: 390, height: 844 } });
  await openExample(page, 'b2b-saas');
  assert.equal(await page.getByTestId('whatif').isVisible(), false);
  await page.getByTestId('open-whatif').click();
  await page.getByTestId('whatif').waitFor({ state: 'visible' });
  const box = await page.getByTestId('whatif').boundingBox();
  assert.ok(box.y < 844 && box.y + 40 < 844, 'the sheet is on screen');
  await page.getByTestId('close-whatif').click();
  await page.getByTestId('whatif').waitFor({ state: 'hidden' });
  expectCleanPage(page);
});

for (const width of [320, 390]) {
  test(`with every section open, the results never scroll sideways at ${width} px`, async () => {
    const page = await openPage(env.browser, env.site.origin, { viewport: { width, height: 800 } });
    for (const id of ['large-marketplace', 'tangled-services', 'sixty-engineer-platform']) {
      await openExample(page, id);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `${id}: the page is ${wide} px wide at ${width} px`);
      // Anything wider scrolls inside a region that says what it is.
      const loose = await page.evaluate((w) => [...document.querySelectorAll('.results-main *')]
        .filter((el) => el.getBoundingClientRect().right > w + 1 && !el.closest('.scroll-region'))
        .map((el) => el.tagName + '.' + el.className).slice(0, 5), width);
      assert.deepEqual(loose, [], `${id}: elements past the edge outside a scroller`);
    }
    expectCleanPage(page);
  });
}

for (const scheme of ['light', 'dark']) {
  test(`the results with their details open pass axe, ${scheme}`, async () => {
    const context = await env.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const id of ['tangled-services', 'b2b-saas']) {
      await openExample(page, id);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const profile = page.locator('#whatif-scaling_profile');
      await profile.selectOption((await profile.inputValue()) === 'one_hot' ? 'uniform' : 'one_hot');
      await page.getByTestId('whatif-compare').waitFor();
      await expectNoAxeViolations(page, `${id} results, ${scheme}`);
    }
    await context.close();
  });
}

test('a team whose services all earn their place is told to keep them, in every section', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await openExample(page, 'services-that-fit');
  const text = async (id) => (await page.getByTestId(id).textContent()).trim();
  assert.equal(await text('brief-verdict'), 'Keep the services you run');
  assert.match(await text('brief-decision'), /^Keep the 10 services you run: migrate nothing and merge nothing/);
  assert.match(await text('brief-services'), /10 services running today; keep every one\./);
  const main = await page.locator('.results-main').innerText();
  for (const contradiction of ['Migrate in phases', 'first wave', 'phased extraction fits', 'the reasons not to break weigh more', 'Two or more independent triggers justify a migration']) {
    assert.ok(!main.includes(contradiction), `the page says “${contradiction}”`);
  }
  assert.match(main, /Need \d+ and readiness 100 out of 100 place the team in “Ready to split”\. Strong reasons for services and the means to run them, and you already run them/);
  expectCleanPage(page);
});
