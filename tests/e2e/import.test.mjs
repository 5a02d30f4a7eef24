// Importing the domain map from the code, as a user would: a tool's graph picked, grouped with a
// live preview, used, annotated, replaced and merged with an undo; the two spreadsheets at once;
// a broken graph and an oversized file refused with a message that changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite, openPage, expectCleanPage, expectNoAxeViolations } from './support/browser.mjs';
import { onPage, pressContinue } from './support/wizard.mjs';

const env = useSite();

/** A file of the import layer's fixtures, as the page's file picker receives it. */
function fixture(name) {
  const url = new URL(`../../crates/formats/tests/fixtures/import/${name}`, import.meta.url);
  return { name, mimeType: 'text/plain', buffer: readFileSync(url) };
}

async function onDomainMap(width = 1280) {
  const page = await openPage(env.browser, env.site.origin, { viewport: { width, height: 900 } });
  await page.goto(env.site.url);
  await page.getByTestId('start-new').click();
  await page.getByLabel('How many engineers work on the product?').fill('40');
  await pressContinue(page);
  for (let q = 1; q <= 9; q++) {
    await page.locator('[data-factor]').waitFor();
    await pressContinue(page);
  }
  await onPage(page, 'Operational readiness');
  await pressContinue(page);
  await onPage(page, 'Domain map');
  await page.getByText('Import the map from the code').click();
  return page;
}

const legends = (page) => page.getByTestId('module').locator('legend').allTextContents();
const card = (page, name) => page.getByTestId('module').filter({ has: page.locator('legend', { hasText: new RegExp(`^${name}$`) }) });

test('a pydeps graph becomes the map, one module per app, replaced and merged with an undo', async () => {
  const page = await onDomainMap();
  await page.locator('#import-graph').setInputFiles(fixture('pydeps-django.dot'));
  await page.getByTestId('import-read').getByText(/^Read pydeps-django\.dot \(Graphviz DOT from pydeps\): 22 files or modules and [\d,]+ imports\.$/).waitFor();

  // The suggestion leaves Django and the project's name out and groups by app.
  const preview = page.getByTestId('import-preview');
  await preview.getByText('14 files or modules make 5 modules, with 9 dependencies between them.').waitFor();
  await preview.getByText('6 imports inside a module folded into it.').waitFor();
  await preview.getByText('8 files or modules outside the project left out, with 27 imports to or from them.').waitFor();
  assert.equal(await page.getByLabel('Leave out this start of every name').inputValue(), 'shop');
  assert.equal(await page.getByLabel("The project's own package").inputValue(), 'shop');
  await preview.getByText('15 dependencies between two files joined another between the same two modules.').waitFor();
  const groups = preview.locator('table').first().locator('tbody tr');
  assert.deepEqual(await groups.locator('td:first-child').allTextContents(), ['accounts', 'billing', 'catalog', 'orders', 'urls']);
  assert.deepEqual(await groups.locator('td:last-child').allTextContents(), ['3', '3', '3', '4', '1']);
  // The heaviest dependencies first, with the imports behind each.
  const first = preview.locator('table').nth(1).locator('tbody tr').first();
  assert.equal(await first.locator('td').last().textContent(), '4');

  // Finer grouping previews at once, and nothing reaches the map until it is used.
  await page.getByLabel('Parts of each name that make a module').selectOption('2');
  await preview.getByText(/^14 files or modules make (\d+) modules/).waitFor();
  const finer = Number((await preview.locator('p').first().textContent()).match(/make (\d+) modules/)[1]);
  assert.ok(finer > 5, `depth 2 gives more modules (${finer})`);
  assert.deepEqual(await legends(page), []);
  await page.getByLabel('Parts of each name that make a module').selectOption('1');
  await preview.getByText('14 files or modules make 5 modules, with 9 dependencies between them.').waitFor();

  await expectNoAxeViolations(page, 'the import preview');
  await page.getByTestId('import-use').click();
  await page.getByTestId('import-status').getByText('Imported 5 modules and 9 dependencies.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'modules-heading');
  assert.deepEqual(await legends(page), ['accounts', 'billing', 'catalog', 'orders', 'urls']);
  assert.equal(await page.getByTestId('dependency-list').locator('li').count(), 9);

  // Each dependency keeps its imports; one the user knows to be an event is marked so.
  const firstDep = page.getByTestId('dependency-list').locator('li').first();
  await firstDep.getByText(/^ ?\d+ imports?$/).waitFor();
  await firstDep.locator('select').selectOption('1');
  assert.equal(await page.getByTestId('dependency-list').locator('li').first().locator('select').inputValue(), '1');

  // Annotated after the import: several modules at once, then one by one.
  await card(page, 'billing').getByLabel('Select billing').check();
  await card(page, 'orders').getByLabel('Select orders').check();
  const bulk = page.getByTestId('bulk-edit');
  await bulk.getByRole('heading', { name: 'Change 2 modules at once' }).waitFor();
  await bulk.getByLabel('Owning team').fill('payments');
  await page.getByTestId('bulk-set-team').click();
  await bulk.getByLabel('Availability target').selectOption({ label: '99.99%' });
  await page.getByTestId('bulk-status').getByText('Changed 2 modules.').waitFor();
  for (const name of ['billing', 'orders']) {
    assert.equal(await card(page, name).getByLabel('Owning team').inputValue(), 'payments', name);
    assert.equal(await card(page, name).getByLabel('Availability target').locator('option:checked').textContent(), '99.99%', name);
  }
  assert.equal(await card(page, 'catalog').getByLabel('Owning team').inputValue(), '', 'not selected, not changed');
  await expectNoAxeViolations(page, 'the bulk edit');
  await page.getByTestId('bulk-clear').click();
  assert.equal(await page.getByTestId('bulk-edit').count(), 0);
  await card(page, 'orders').getByLabel('Owning team').fill('');
  await card(page, 'billing').getByLabel('Part of the core domain').check();

  // Over a map, the page asks how: replacing drops the annotations (and the picks made on the
  // old map), and undo brings them back.
  await card(page, 'billing').getByLabel('Select billing').check();
  await page.getByTestId('bulk-edit').waitFor();
  await page.locator('#import-graph').setInputFiles(fixture('pydeps-django.dot'));
  await page.getByTestId('import-replace').waitFor();
  await page.getByTestId('import-merge').waitFor();
  await page.getByTestId('import-replace').click();
  await page.getByTestId('import-status').getByText(/^Imported 5 modules and 9 dependencies\./).waitFor();
  assert.equal(await page.getByTestId('bulk-edit').count(), 0, 'a new map drops the picks');
  assert.equal(await card(page, 'billing').getByLabel('Owning team').inputValue(), '');
  await page.getByTestId('import-undo').click();
  await page.getByTestId('import-status').getByText('Restored the previous map.').waitFor();
  assert.equal(await card(page, 'billing').getByLabel('Owning team').inputValue(), 'payments');
  assert.ok(await card(page, 'billing').getByLabel('Part of the core domain').isChecked());

  // Merging keeps what the graph cannot know.
  await page.locator('#import-graph').setInputFiles(fixture('pydeps-django.dot'));
  await page.getByTestId('import-merge').click();
  await page.getByTestId('import-status').getByText('Merged the import into the map: 5 modules kept their details, 0 modules added, 0 modules removed.').waitFor();
  assert.equal(await card(page, 'billing').getByLabel('Owning team').inputValue(), 'payments');
  assert.ok(await card(page, 'billing').getByLabel('Part of the core domain').isChecked());

  // The answers and the results read the imported map.
  await pressContinue(page);
  await onPage(page, 'Check your answers');
  await page.getByText('accounts, billing, catalog, orders, urls', { exact: true }).waitFor();
  await pressContinue(page);
  await onPage(page, 'Results');
  await page.getByTestId('page').getByText(/“billing”/).first().waitFor({ state: 'attached' });
  // The matrix shows the imports behind each mark.
  const counts = await page.locator('[data-testid=dsm] td .dsm-count').allTextContents();
  assert.deepEqual([...counts].sort(), ['2', '2', '2', '2', '2', '2', '4', '4', '4'], 'the nine dependencies with their imports');
  expectCleanPage(page);
});

test('the two spreadsheets dropped together give the modules their details', async () => {
  const page = await onDomainMap();
  const sheets = ['modules.csv', 'dependencies.csv'].map((name) => ({ name, text: fixture(name).buffer.toString('utf8') }));
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return dt;
  }, sheets);
  await page.dispatchEvent('[data-testid=graph-drop]', 'drop', { dataTransfer: transfer });
  await page.getByTestId('import-read').getByText(/^Read modules\.csv \+ dependencies\.csv \(spreadsheet\)/).waitFor();
  await page.getByTestId('import-use').click();
  await page.getByTestId('import-status').getByText(/^Imported \d+ modules and \d+ dependencies\./).waitFor();
  const billing = card(page, 'Billing');
  assert.equal(await billing.getByLabel('Owning team').inputValue(), 'Payments');
  assert.equal(await billing.getByLabel('Availability target').locator('option:checked').textContent(), '99.99%');
  assert.ok(await billing.getByLabel('Part of the core domain').isChecked());
  expectCleanPage(page);
});

test('a broken graph or an oversized file is refused with a message, and the map is unchanged', async () => {
  const page = await onDomainMap(390);
  await page.getByLabel('Or paste the graph here').fill('digraph G {\n  a -> b;\n\n  c -> ;\n}\n');
  await page.getByTestId('read-pasted').click();
  await page.getByTestId('import-problem').getByText("Line 4: expected a node name after '->'.").waitFor();
  assert.equal(await page.getByTestId('import-preview').count(), 0);

  const big = { name: 'huge.dot', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') };
  await page.locator('#import-graph').setInputFiles(big);
  await page.getByTestId('import-problem').getByText('The file is too large to import (6,144 KB; at most 5,120 KB).').waitFor();

  // A good paste after a refusal reads, and the map is still empty until it is used.
  await page.getByLabel('Or paste the graph here').fill('digraph { "shop.orders" -> "shop.billing"; "shop.billing" -> "shop.accounts" }');
  await page.getByTestId('read-pasted').click();
  await page.getByTestId('import-read').getByText(/^Read the pasted text \(Graphviz DOT\): 3 files or modules and 2 imports\.$/).waitFor();
  assert.equal(await page.getByTestId('import-problem').count(), 0);
  assert.deepEqual(await legends(page), []);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'the import panel on a phone, dark');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow})`);
  expectCleanPage(page);
});
