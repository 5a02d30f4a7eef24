// Workshops without a server: participants in their own browser contexts hand in a code, a link
// and a file; the facilitator's room gathers them, shows where the room disagrees, keeps them
// across a reload, refuses bad codes, and opens the consensus on the results page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useSite, openPage, expectCleanPage, expectNoAxeViolations } from './support/browser.mjs';
import { onPage, openExample } from './support/wizard.mjs';

const env = useSite();

/** A participant who opens an example, goes to "Check your answers" and hands in as `nickname`. */
async function participant(example, nickname) {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(env.site.url);
  await openExample(page, example);
  await page.getByRole('link', { name: /Check your answers/ }).first().click();
  await onPage(page, 'Check your answers');
  if (nickname) await page.getByTestId('handin-nickname').fill(nickname);
  // The code follows the nickname: wait until it carries it (it grows by the name's bytes).
  const code = (await page.getByTestId('handin-code').textContent()).trim();
  assert.match(code, /^[0-9A-Z*~$=]{4}(-[0-9A-Z*~$=]{1,4})+$/, `a code in groups: ${code}`);
  return { page, code, link: await page.getByTestId('handin-link').inputValue() };
}

async function openRoom(page) {
  await page.goto(env.site.url);
  await page.locator('.brand').click();
  const room = page.getByTestId('room');
  if (!(await room.isVisible())) await page.getByTestId('workshop-room').click();
  await room.waitFor();
  return room;
}

test('codes, a link and a file reach the room, which shows the disagreement and opens the consensus', async () => {
  const ana = await participant('ecommerce-payments', 'Ana');
  const bo = await participant('blogging-platform', 'Bo');
  const cy = await participant('sixty-engineer-platform', 'Cy');
  const anon = await participant('ecommerce-payments', '');
  assert.match(cy.link, /#h1\.[0-9A-Z*~$=]+$/, 'a hand-in link carries the code in its fragment');

  // Cy's file, as the browser downloads it.
  const [download] = await Promise.all([cy.page.waitForEvent('download'), cy.page.getByTestId('handin-file').click()]);
  const file = await download.path();
  assert.equal(JSON.parse(await readFile(file, 'utf8')).code, cy.code);

  const facilitator = await openPage(env.browser, env.site.origin);
  const room = await openRoom(facilitator);
  assert.equal(await room.getByTestId('room-empty').textContent(), 'No one has handed in yet.');
  await expectNoAxeViolations(facilitator, 'the empty room');

  // Two codes pasted at once, one per line, the second typed with spaces and in lower case.
  await facilitator.getByLabel('Codes or links').fill(`${ana.code}\n${anon.code.replaceAll('-', ' ').toLowerCase()}`);
  await facilitator.getByTestId('room-add').click();
  await facilitator.getByText('Added “Ana”.').waitFor();
  await facilitator.getByText('Added an anonymous participant.').waitFor();
  assert.equal(await facilitator.getByLabel('Codes or links').inputValue(), '', 'what was read leaves the box');

  // Bo's link pasted; Cy's file picked.
  await facilitator.getByLabel('Codes or links').fill(bo.link);
  await facilitator.getByTestId('room-add').click();
  await facilitator.getByText('Added “Bo”.').waitFor();
  await facilitator.getByTestId('room-files').setInputFiles(file);
  await facilitator.getByText('Added “Cy”.').waitFor();
  await facilitator.getByText('In the room: 4 participants').waitFor();
  const members = await room.getByTestId('room-member').allTextContents();
  assert.equal(members.length, 4);
  assert.ok(members.some((m) => m.startsWith('Anonymous participant 2')), members.join(' | '));

  // The answers differ a lot: the discussion lists questions whose answer changes the verdict.
  const items = await room.getByTestId('room-discuss-item').allTextContents();
  assert.ok(items.length > 0, 'some disagreement changes the verdict');
  assert.ok(items.every((i) => /\(\d participants?\): /.test(i)), items.join(' | '));
  const spread = await room.getByTestId('room-spread').locator('tbody tr').count();
  assert.ok(spread > 10, `every answered question has a row (${spread})`);
  const consensus = await room.getByTestId('room-consensus').textContent();
  assert.match(consensus, /With the middle answer of 4 participants to every question, the verdict is “.+”\./);
  await expectNoAxeViolations(facilitator, 'the room with four participants');

  // Bo hands in again under the same nickname: the new answers replace the first.
  const bo2 = await participant('five-person-mvp', 'Bo');
  await facilitator.getByLabel('Codes or links').fill(bo2.code);
  await facilitator.getByTestId('room-add').click();
  await facilitator.getByText('“Bo” handed in again: the new answers replace the earlier ones.').waitFor();
  assert.equal(await room.getByTestId('room-member').count(), 4);

  // A mistyped code and a foreign text change nothing and say why.
  const typo = ana.code.slice(0, -1) + (ana.code.endsWith('0') ? '1' : '0');
  await facilitator.getByLabel('Codes or links').fill(`${typo}\nhello`);
  await facilitator.getByTestId('room-add').click();
  await facilitator.getByText(/^Line 1: The code does not check out/).waitFor();
  await facilitator.getByText(/^Line 2: /).waitFor();
  assert.equal(await room.getByTestId('room-member').count(), 4);
  assert.notEqual(await facilitator.getByLabel('Codes or links').inputValue(), '', 'a refused paste stays to be corrected');

  // A reload keeps the room.
  await facilitator.reload();
  await facilitator.locator('.brand').click();
  await facilitator.getByTestId('room').waitFor();
  await facilitator.getByText('In the room: 4 participants').waitFor();

  // The facilitator overrides the room's middle answer to the engineers, with a note.
  const engineers = room.getByTestId('room-spread').locator('tbody tr', { has: facilitator.getByRole('rowheader', { name: 'Engineers', exact: true }) });
  const middleBefore = await engineers.locator('td').nth(1).textContent();
  await engineers.getByTestId('room-choice').selectOption({ label: '60' });
  const note = engineers.getByTestId('room-note');
  await note.fill('The platform team joins in spring.');
  await note.press('Tab');
  await facilitator.waitForFunction(() => (localStorage.getItem('seams.workshop') ?? '').includes('joins in spring'));
  assert.notEqual(middleBefore, '60', 'the override differs from the middle answer');

  // The consensus opens on the results page.
  await facilitator.getByTestId('room-open-consensus').click();
  await onPage(facilitator, 'Results');
  await facilitator.getByText('Opened the consensus of 4 participants.').waitFor();
  // The decision record says how the room decided.
  const [record] = await Promise.all([
    facilitator.waitForEvent('download'),
    facilitator.getByTestId('download-report').click(),
  ]);
  const md = await readFile(await record.path(), 'utf8');
  assert.match(md, /## How we decided\n\n4 participants answered on their own devices/);
  assert.match(md, /- Ana: /);
  assert.match(md, /- Anonymous participant 2: /);
  assert.match(md, /### Where the answers differed\n\n- \*\*Engineers:\*\* /);
  assert.ok(md.includes(`- Engineers: 60 instead of ${middleBefore}. The platform team joins in spring.`), md);
  for (const p of [ana, bo, cy, anon, bo2]) expectCleanPage(p.page);
  expectCleanPage(facilitator);
});

test('a hand-in link opened on the facilitator’s device goes into the room, at 320 px too', async () => {
  const dee = await participant('b2b-saas', 'Dee');
  const facilitator = await openPage(env.browser, env.site.origin, { viewport: { width: 320, height: 800 } });
  await facilitator.goto(dee.link);
  await facilitator.getByText('Added “Dee”.').waitFor();
  await facilitator.getByText('In the room: 1 participant').waitFor();
  assert.equal(new URL(facilitator.url()).hash, '', 'the fragment is cleared once read');
  await expectNoAxeViolations(facilitator, 'the room at 320 px');
  await expectNoAxeViolations(dee.page, 'the hand-in card');
  expectCleanPage(facilitator);
});

test('the presentation view moves by keyboard, hides the names until asked, and passes axe', async () => {
  const eve = await participant('ecommerce-payments', 'Eve');
  const fay = await participant('blogging-platform', 'Fay');
  for (const [width, scheme] of [[1280, 'light'], [390, 'dark']]) {
    const context = await env.browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
    const facilitator = await context.newPage();
    await facilitator.goto(env.site.url);
    await facilitator.getByTestId('workshop-room').click();
    await facilitator.getByLabel('Codes or links').fill(`${eve.code}\n${fay.code}`);
    await facilitator.getByTestId('room-add').click();
    await facilitator.getByText('In the room: 2 participants').waitFor();
    await facilitator.getByTestId('present-open').click();
    const deck = facilitator.getByTestId('presentation');
    await deck.waitFor();
    await facilitator.waitForFunction(() => document.activeElement?.id === 'presentation');
    const progress = deck.getByTestId('slide-progress');
    const total = Number((await progress.textContent()).split(' of ')[1]);
    assert.ok(total >= 3, `several questions differ, then the consensus (${total})`);
    assert.equal(await progress.textContent(), `1 of ${total}`);
    const first = await deck.locator('h2').textContent();
    // Two participants who differ: each answer is half the room.
    const bars = await deck.locator('.presentation-bar rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('width')));
    assert.deepEqual(bars, ['50', '50']);
    // Names are hidden until N.
    const who = deck.locator('.presentation-who');
    assert.equal(await who.count(), 0, 'names hidden at first');
    await facilitator.keyboard.press('n');
    await who.first().waitFor();
    assert.match((await who.allTextContents()).join(' '), /\b(Eve|Fay)\b/);
    await facilitator.keyboard.press('ArrowRight');
    await facilitator.waitForFunction((t) => document.querySelector('[data-testid=slide] h2')?.textContent !== t, first);
    assert.equal(await progress.textContent(), `2 of ${total}`);
    await facilitator.keyboard.press('End');
    await deck.getByTestId('slide-consensus').waitFor();
    assert.match(await deck.getByTestId('slide-consensus').textContent(), /the verdict is “.+”/);
    await expectNoAxeViolations(facilitator, `the presentation at ${width} px, ${scheme}`);
    await facilitator.keyboard.press('Escape');
    await deck.waitFor({ state: 'detached' });
    await facilitator.waitForFunction(() => document.activeElement?.id === 'present-open');
    await context.close();
  }
  expectCleanPage(eve.page);
});
