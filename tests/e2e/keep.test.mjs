// Never losing work: the autosave across reloads and tabs, blocked, full and corrupt storage,
// share links (good, tampered, with work in progress) and hostile answer files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useSite, openPage, expectCleanPage } from './support/browser.mjs';
import { onPage, pressContinue } from './support/wizard.mjs';

const ENGINEERS = 'How many engineers work on the product?';
const env = useSite();

/** Starts a new assessment and types a number of engineers; waits until it is saved. */
async function answerEngineers(page, n) {
  await page.goto(env.site.url);
  // A reload returns to the page the user was on; the header link leads to the start page.
  await page.locator('.brand').click();
  await page.getByTestId('start-new').click();
  // With answers already there, starting again asks first.
  if (await page.getByTestId('offer').isVisible()) await page.getByTestId('offer-accept').click();
  await page.getByLabel(ENGINEERS).fill(String(n));
  await page.getByTestId('saved').waitFor();
}

const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('seams.answers') ?? 'null'));

test('a reload keeps the answers and the page', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await answerEngineers(page, 33);
  assert.equal((await saved(page)).answers.context.engineers, 33);
  await page.reload();
  await onPage(page, 'Your context');
  assert.equal(await page.getByLabel(ENGINEERS).inputValue(), '33');
  expectCleanPage(page);
});

test('a share link opens the same results elsewhere, and asks before replacing work', async () => {
  const source = await openPage(env.browser, env.site.origin);
  await source.goto(env.site.url);
  await source.getByTestId('example-ecommerce-payments').getByRole('button').click();
  await onPage(source, 'Results');
  const verdict = (await source.getByTestId('verdict').first().textContent()).trim();
  const url = await source.getByTestId('share-link').inputValue();
  assert.match(url, /#s1\./, 'the answers travel in the fragment');
  assert.ok(!url.includes('?'), 'never in the query string');

  // A fresh env.browser opens the link straight to the results.
  const fresh = await openPage(env.browser, env.site.origin);
  await fresh.goto(url);
  await onPage(fresh, 'Results');
  assert.equal((await fresh.getByTestId('verdict').first().textContent()).trim(), verdict);
  assert.equal(new URL(fresh.url()).hash, '', 'the fragment is cleared once read');

  // A env.browser with work in progress is asked first, and keeps its work on "Keep my answers".
  const busy = await openPage(env.browser, env.site.origin);
  await answerEngineers(busy, 7);
  await busy.goto(url);
  await busy.locator('[data-testid=offer][data-offer=link]').waitFor();
  await busy.getByRole('button', { name: 'Keep my answers' }).click();
  assert.equal((await saved(busy)).answers.context.engineers, 7);
  expectCleanPage(fresh);
  expectCleanPage(busy);
});

test('a tampered or truncated link is refused with a message and changes nothing', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(env.site.url);
  await page.getByTestId('example-blogging-platform').getByRole('button').click();
  await onPage(page, 'Results');
  const url = await page.getByTestId('share-link').inputValue();
  await answerEngineers(page, 21);

  for (const bad of [url.slice(0, -6), url.replace(/#s1\.(.)(.)/, (_, a, b) => `#s1.${b}${a}`), `${env.site.url}#s9.AAAA`]) {
    await page.goto('about:blank');
    await page.goto(bad);
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /damaged|newer version/);
    assert.match(await notice.textContent(), /Your own answers are unchanged/);
    assert.equal((await saved(page)).answers.context.engineers, 21);
  }
  expectCleanPage(page);
});

test('unreadable saved answers are kept aside and offered for download', async () => {
  const page = await openPage(env.browser, env.site.origin);
  const junk = '{"format":"seams-answers","version":1,"answers":{"context":{"engineers":"lots"}}}';
  await page.goto(env.site.url);
  // Once the app has read the (empty) storage, so it is the reload that meets the junk.
  await page.getByTestId('start-new').waitFor();
  await page.evaluate((j) => localStorage.setItem('seams.answers', j), junk);
  await page.reload();
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be read/);
  assert.equal(await page.evaluate(() => localStorage.getItem('seams.answers.unreadable')), junk);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-unreadable').click()]);
  assert.equal(download.suggestedFilename(), 'seams-unreadable-save.txt');

  // Working on does not destroy the kept text.
  await page.getByTestId('start-new').click();
  await page.getByLabel(ENGINEERS).fill('5');
  await page.getByTestId('saved').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('seams.answers.unreadable')), junk);
});

test('blocked storage: the app works in memory and says it is not saving', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.getByTestId('start-new').click();
  await page.getByLabel(ENGINEERS).fill('12');
  const state = page.getByTestId('save-state');
  await state.waitFor();
  assert.match(await state.textContent(), /Not saving/);
  await pressContinue(page);
  await page.locator('[data-factor]').waitFor();
  await context.close();
});

test('full storage: a visible warning with an export button', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'seams.answers') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.getByTestId('start-new').click();
  await page.getByLabel(ENGINEERS).fill('12');
  const state = page.getByTestId('save-state');
  await state.waitFor();
  assert.match(await state.textContent(), /storage for this site is full/);
  const [download] = await Promise.all([page.waitForEvent('download'), state.getByRole('button', { name: 'Export answers' }).click()]);
  assert.equal(download.suggestedFilename(), 'seams-answers.json');
  await context.close();
});

test('two tabs: a tab never overwrites newer answers with older ones', async () => {
  const context = await env.browser.newContext();
  const a = await context.newPage();
  await a.goto(env.site.url);
  await a.getByTestId('start-new').click();
  await a.getByLabel(ENGINEERS).fill('10');
  await a.getByTestId('saved').waitFor();

  const b = await context.newPage();
  await b.goto(env.site.url);
  await onPage(b, 'Your context');
  assert.equal(await b.getByLabel(ENGINEERS).inputValue(), '10');

  // A saves newer answers while B is idle: B follows.
  await a.getByLabel(ENGINEERS).fill('20');
  await b.getByText('Your answers were updated from another tab.').waitFor();
  assert.equal(await b.getByLabel(ENGINEERS).inputValue(), '20');

  // B edits, and A saves first: B must not overwrite A's newer answers without asking.
  await b.getByLabel(ENGINEERS).fill('44');
  await a.getByLabel(ENGINEERS).fill('55');
  await a.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await b.getByTestId('save-state').getByText('Newer answers were saved in another tab.').waitFor();
  // B flushes at once (as it would on leaving), and its pending save comes due: still no write.
  await b.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal((await saved(b)).answers.context.engineers, 55, 'the newer answers are still there');

  await b.getByRole('button', { name: "Keep this tab's answers" }).click();
  assert.equal((await saved(b)).answers.context.engineers, 44, 'only on request');
  await context.close();
});

test('hostile and broken answer files are refused or shown as plain text, never run', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await answerEngineers(page, 9);
  await page.locator('.brand').click();
  const input = page.getByTestId('import-file');
  const importing = async (name, mimeType, buffer) => {
    await input.setInputFiles({ name, mimeType, buffer });
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    return (await notice.textContent()).trim();
  };

  const huge = Buffer.alloc(10 * 1024 * 1024, 0x20);
  assert.match(await importing('huge.json', 'application/json', huge), /too large/);
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  assert.match(await importing('photo.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), /not a readable answer file/);
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  const deep = '['.repeat(5000) + ']'.repeat(5000);
  assert.match(await importing('deep.json', 'application/json', Buffer.from(deep)), /not a Seams answer file|not a readable/);
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  const wrong = JSON.stringify({ format: 'seams-answers', version: 1, answers: { context: { teams: -3 } } });
  assert.match(await importing('wrong.json', 'application/json', Buffer.from(wrong)), /answers\.context\.teams/);
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  assert.equal((await saved(page)).answers.context.engineers, 9, 'refused files change nothing');

  const hostile = {
    format: 'seams-answers',
    version: 1,
    answers: {
      context: { engineers: 60 },
      domain: {
        modules: [
          { id: 1, name: '<img src=x onerror="window.__pwned=1">', team: 'a' },
          { id: 2, name: '<script>window.__pwned=2</script>', team: 'b' },
          { id: 3, name: '| pipe ](javascript:alert(1))', team: 'c' },
        ],
        dependencies: [{ from: 1, to: 2, kind: 'Sync' }],
      },
    },
  };
  assert.match(await importing('hostile.json', 'application/json', Buffer.from(JSON.stringify(hostile))), /Imported the answers/);
  await onPage(page, 'Results');
  assert.ok((await page.locator('body').textContent()).includes('<script>window.__pwned=2</script>'), 'names show as text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
  assert.equal(await page.locator('img[src=x]').count(), 0);
  expectCleanPage(page);
});


async function downloaded(page, testid) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('the decision record, the CSV tables and the charts download as files', async () => {
  // Dark mode on purpose: the exported charts must still be light, with readable labels.
  const context = await env.browser.newContext({ colorScheme: 'dark' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.getByTestId('example-large-marketplace').getByRole('button').click();
  await onPage(page, 'Results');
  const verdict = (await page.getByTestId('verdict').first().textContent()).trim();

  const md = await downloaded(page, 'download-report');
  assert.equal(md.name, 'seams-decision-record.md');
  assert.ok(md.text.startsWith(`# Decision: ${verdict}`));
  assert.match(md.text, /\n- \*\*Decision:\*\* .+\n- \*\*Services:\*\* /, 'the record opens with the brief');
  assert.ok(!md.text.includes('\\('), 'no escaped parentheses for a wiki to show');
  assert.match(md.text, /- \*\*Live result:\*\* <http:\/\/[^>]+#s[1-4]\.[A-Za-z0-9_-]+>/, 'a link back to the live result');
  for (const heading of ['## Context', '## Decision drivers', '## Options considered', '## Decision', '## Consequences', '## Decision matrix', '## Plan', '## Pitfalls to watch', '## When to revisit', '## What would change the verdict', '## Sources']) {
    assert.ok(md.text.includes(`\n${heading}\n`), `the record has ${heading}`);
  }

  await page.getByTestId('copy-report').click();
  await page.getByText('Decision record copied as Markdown.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), md.text, 'the copy is the record');

  const matrix = await downloaded(page, 'csv-matrix');
  assert.equal(matrix.name, 'seams-decision-matrix.csv');
  assert.ok(matrix.text.startsWith('\ufeff'), 'a byte-order mark, so Excel reads UTF-8');
  assert.match(matrix.text.slice(1).split('\r\n')[0], /^Dimension,Stay monolith,Break to microservices,Your position/);
  assert.ok(matrix.text.split('\r\n').length >= 8, 'the seven rows of the matrix and more');
  const dsm = await downloaded(page, 'csv-dsm');
  assert.match(dsm.text, /^\ufeffModule \(row depends on column\),/);

  for (const [id, name] of [['svg-quadrant', 'seams-need-readiness.svg'], ['svg-timeline', 'seams-plan-timeline.svg']]) {
    const svg = await downloaded(page, id);
    assert.equal(svg.name, name);
    assert.ok(svg.text.startsWith('<?xml'));
    assert.match(svg.text, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg.text, /<title[^>]*>[^<]+<\/title>/, 'the chart keeps its title');
    assert.match(svg.text, /<rect width="[\d.]+" height="[\d.]+" fill="#ffffff"\/>/, 'on white');
    // Labels dark on that white, whatever the page's colour scheme.
    assert.match(svg.text, /\.chart-label[^{]*\{fill:#1a1f2b\}/, 'labels in the light palette');
    assert.match(svg.text, /font-weight="700"[^>]*>(Plan|Need and readiness): [^<]+<\/text>/, 'a title in the file');
    // Opened on its own in a dark-scheme browser, every label still contrasts with the white.
    const viewer = await context.newPage();
    await viewer.setContent(svg.text.replace(/^<\?xml[^>]*>/, ''));
    const weak = await viewer.evaluate(() => {
      const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return [...document.querySelectorAll('svg text')]
        .filter((t) => t.textContent.trim())
        .map((t) => ({ text: t.textContent.trim(), ratio: 1.05 / (luminance(getComputedStyle(t).fill) + 0.05) }))
        .filter((t) => t.ratio < 4.5);
    });
    assert.deepEqual(weak, [], `${name}: labels below 4.5:1 on white`);
    await viewer.close();
  }
  const slide = await downloaded(page, 'svg-slide');
  assert.equal(slide.name, 'seams-decision-slide.svg');
  assert.ok(slide.text.includes(`Decision: ${verdict}`), 'the slide names the verdict');
  assert.match(slide.text, /fill="#ffffff"/, 'a light slide');
  await context.close();
});

test('an exported answer file imports elsewhere, by drag and drop, to the same results', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(env.site.url);
  await page.getByTestId('example-b2b-saas').getByRole('button').click();
  await onPage(page, 'Results');
  const verdict = (await page.getByTestId('verdict').first().textContent()).trim();
  const file = await downloaded(page, 'export-answers');
  assert.equal(file.name, 'seams-answers.json');
  assert.equal(JSON.parse(file.text).format, 'seams-answers');

  const other = await openPage(env.browser, env.site.origin);
  await other.goto(env.site.url);
  const transfer = await other.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'seams-answers.json', { type: 'application/json' }));
    return dt;
  }, file.text);
  await other.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: transfer });
  await onPage(other, 'Results');
  assert.equal((await other.getByTestId('verdict').first().textContent()).trim(), verdict);
  assert.match(await other.getByTestId('notice').textContent(), /Imported the answers from “seams-answers.json”/);
  expectCleanPage(other);
});

test('printing gives a compact record: the brief on page one, at most six A4 pages for the largest example', async () => {
  const page = await openPage(env.browser, env.site.origin, { viewport: { width: 695, height: 1000 } });
  await page.goto(env.site.url);
  await page.getByTestId('example-large-marketplace').getByRole('button').click();
  await onPage(page, 'Results');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.progress', '.step-actions', '.site-footer', '[data-testid=keep]', '[data-testid=whatif]', '.section-summary']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  // The brief opens page one (A4 less its margins is about 1,017 CSS pixels tall).
  const brief = await page.getByTestId('brief').boundingBox();
  assert.ok(brief && brief.y + brief.height < 1000, 'the brief is on page one');
  // Every section prints its finding; the ones a reader acts on print their details, closed on screen.
  for (const shown of ['brief-verdict', 'matrix', 'candidates', 'phase', 'pitfalls', 'sources', 'quadrant-section-finding']) {
    assert.ok(await page.getByTestId(shown).first().isVisible(), `${shown} is printed`);
  }
  for (const left of ['quadrant-section-details', 'dsm-section-details']) {
    assert.equal(await page.getByTestId(left).isVisible(), false, `${left} stays off paper`);
  }
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 3 && pages <= 6, `the PDF has ${pages} pages`);
  expectCleanPage(page);
});
