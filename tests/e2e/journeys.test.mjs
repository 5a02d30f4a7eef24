// Whole journeys, answered as a user would, against the built dist/. Each asserts what the page
// shows at the end: the verdict, the service count, the first extraction candidate and the phases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, expectCleanPage, expectFocus } from './support/browser.mjs';
import { answerFactors, buildMap, fillContext, fillReadiness, onPage, pressContinue, readResults } from './support/wizard.mjs';

const env = useSite();

async function startNew() {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(env.site.url);
  await page.getByTestId('start-new').click();
  return page;
}

test('a small blogging platform on one rhythm is told to stay a monolith', async () => {
  const page = await startNew();
  await fillContext(page, {
    engineers: 6,
    teams: 1,
    stage: 'Growing on a stable domain',
    traffic: '100,000 to a million requests a day',
    architecture: 'A monolith',
    stack: 'Python',
  });
  await answerFactors(page, {
    domain_stability: 'stable',
    scaling_profile: 'uniform',
    availability: 'same',
    deployment_cadence: 'together',
    tech_diversity: 'one_stack',
    resource_isolation: 'similar',
    data_consistency: 'cross_domain_transactions',
    time_horizon: 'speed_now',
    scaling_bottleneck: 'none',
  });
  await fillReadiness(page, ['CI/CD pipeline'], 1);
  await onPage(page, 'Domain map');
  await pressContinue(page);
  await onPage(page, 'Check your answers');
  await pressContinue(page);

  const r = await readResults(page);
  assert.equal(r.verdict, 'Monolith');
  assert.deepEqual([r.first, r.target], ['0', '0']);
  assert.equal(r.firstCandidate, null, 'a stay verdict names no candidates');
  // A small team with a pipeline but no central logs: keep the code tidy, add monitoring, review.
  assert.deepEqual(r.phases, ['Keep the code in order', 'Observability for the monolith', 'Periodic review']);
  expectCleanPage(page);
});

test('an e-commerce shop with CPU-heavy payments extracts payments alone', async () => {
  const page = await startNew();
  await fillContext(page, {
    engineers: 12,
    teams: 2,
    stage: 'Growing on a stable domain',
    traffic: 'One to ten million requests a day',
    architecture: 'A monolith',
    stack: 'Python',
  });
  await answerFactors(page, {
    domain_stability: 'stable',
    scaling_profile: 'one_hot',
    availability: 'mostly_same',
    deployment_cadence: 'some_variation',
    tech_diversity: 'one_stack',
    resource_isolation: 'isolate',
    data_consistency: 'some_transactions',
    time_horizon: 'balanced',
    scaling_bottleneck: 'clear',
  });
  await fillReadiness(page, ['CI/CD pipeline', 'Containers', 'Centralised logging', 'Metrics and alerts', 'Feature flags'], 2);
  await buildMap(
    page,
    [
      { name: 'Catalog', load: 2, team: 'shop', core: true },
      { name: 'Orders', load: 2, team: 'shop' },
      { name: 'Payments', load: 20, resource: 'CPU-heavy', team: 'payments' },
      { name: 'Users', team: 'shop' },
    ],
    [
      ['Orders', 'Synchronous call', 'Payments'],
      ['Orders', 'Synchronous call', 'Catalog'],
      ['Orders', 'Synchronous call', 'Users'],
    ],
  );
  await onPage(page, 'Check your answers');
  await pressContinue(page);

  const r = await readResults(page);
  assert.equal(r.verdict, 'Modular monolith + selective extraction');
  assert.deepEqual([r.first, r.target, r.ceiling], ['1', '1', '3']);
  assert.match(r.firstCandidate ?? '', /Payments/);
  assert.deepEqual(r.phases, ['Discovery and modular refactor', 'Infrastructure foundation', 'First service extraction', 'Move its data', 'Module boundaries', 'Stabilisation']);
  expectCleanPage(page);
});

test('a 60-engineer organisation with divergent needs and mature operations migrates', async () => {
  const page = await startNew();
  await fillContext(page, {
    engineers: 60,
    teams: 7,
    stage: 'Mature and operating at scale',
    traffic: 'Ten million or more requests a day',
    architecture: 'A monolith',
    stack: 'Another stack',
  });
  await answerFactors(page, {
    domain_stability: 'stable',
    scaling_profile: 'many_divergent',
    availability: 'different',
    deployment_cadence: 'mismatch',
    tech_diversity: 'libraries',
    resource_isolation: 'some',
    data_consistency: 'eventual',
    time_horizon: 'flexibility_later',
    scaling_bottleneck: 'clear',
  });
  await onPage(page, 'Operational readiness');
  for (const box of await page.locator('input[type=checkbox]').all()) await box.check();
  await page.getByLabel('How many people run production?').fill('6');
  await pressContinue(page);
  await onPage(page, 'Domain map');
  await page.getByLabel('Start from an example map').selectOption({ label: 'A 60-engineer platform with mature operations' });
  await page.getByTestId('use-example-map').click();
  await page.getByRole('status').getByText(/Loaded the map/).waitFor();
  await pressContinue(page);
  await pressContinue(page);

  const r = await readResults(page);
  assert.equal(r.verdict, 'Microservices migration');
  assert.deepEqual([r.first, r.target, r.ceiling], ['1', '7', '7']);
  // The clear bottleneck goes first: Search carries six times the median load.
  assert.match(r.firstCandidate ?? '', /Search/);
  assert.deepEqual(r.phases, [
    'Discovery and modular refactor',
    'First service extraction',
    'Infrastructure foundation',
    'Iterative extraction',
    'Database decomposition',
    'Stabilisation',
  ]);
  expectCleanPage(page);
});

test('strong pressure without CI/CD or tracing is told to build the foundation first', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(env.site.url);
  await page.getByTestId('example-pressure-without-foundation').getByRole('button', { name: 'Open this example' }).click();
  const r = await readResults(page);
  assert.equal(r.verdict, 'Not ready yet: build the foundation first');
  // A million requests a day and more with nobody on call: the rota comes first, then delivery.
  assert.deepEqual(r.phases.slice(0, 2), ['On-call and incident response', 'Automated delivery']);
  assert.equal(r.phases.at(-1), 'Re-evaluate');
  expectCleanPage(page);
});

test('results follow a changed answer, and Change links return to the check page', async () => {
  const page = await openPage(env.browser, env.site.origin);
  await page.goto(env.site.url);
  await page.getByTestId('example-blogging-platform').getByRole('button', { name: 'Open this example' }).click();
  assert.equal((await readResults(page)).verdict, 'Monolith');

  // Back to the answers, change one through its Change link, and come back.
  await page.getByTestId('back').click();
  await onPage(page, 'Check your answers');
  await page.getByRole('button', { name: 'Change engineers' }).click();
  await onPage(page, 'Your context');
  await page.getByLabel('How many engineers work on the product?').fill('80');
  await page.getByRole('button', { name: 'Save and return to your answers' }).click();
  await onPage(page, 'Check your answers');
  const engineersRow = page.locator('.summary-row', { hasText: 'Engineers' });
  assert.match(await engineersRow.textContent(), /80/);
  expectCleanPage(page);
});

test('a wrong number is refused with a message, keeps the last good answer and blocks Continue', async () => {
  const page = await startNew();
  const field = page.getByLabel('How many engineers work on the product?');
  await field.fill('25');
  await field.fill('twenty');
  await pressContinue(page);
  const summary = page.getByTestId('error-summary');
  await summary.waitFor();
  assert.match(await summary.textContent(), /Enter the number of engineers as a whole number/);
  await expectFocus(page, 'error-summary', 'the summary takes focus');
  await onPage(page, 'Your context');

  await summary.getByRole('link').click();
  await expectFocus(page, 'engineers', 'the link focuses the field');
  await field.fill('30');
  await pressContinue(page);
  await page.locator('[data-factor="domain_stability"]').waitFor();
  expectCleanPage(page);
});

test('the domain-map editor refuses duplicates and self-dependencies with clear messages', async () => {
  const page = await startNew();
  // Context, nine factor questions and readiness, all skipped.
  for (let i = 0; i < 11; i++) await pressContinue(page);
  await onPage(page, 'Domain map');

  for (const name of ['Orders', 'Payments']) {
    await page.getByLabel('Add a module').fill(name);
    await page.getByTestId('add-module').click();
  }
  await page.getByLabel('Add a module').fill('orders');
  await page.getByTestId('add-module').click();
  await page.getByText('A module called “orders” already exists: choose another name').first().waitFor();
  assert.equal(await page.getByTestId('module').count(), 2);

  await page.getByLabel('From', { exact: true }).selectOption({ label: 'Orders' });
  await page.getByLabel('To', { exact: true }).selectOption({ label: 'Orders' });
  await page.getByTestId('add-dependency').click();
  await page.getByText('Choose two different modules: a module cannot depend on itself').first().waitFor();

  await page.getByLabel('To', { exact: true }).selectOption({ label: 'Payments' });
  await page.getByTestId('add-dependency').click();
  assert.equal(await page.getByTestId('dependency-list').locator('li').count(), 1);

  // Removing a module takes its dependencies with it.
  await page.getByRole('button', { name: 'Remove Payments' }).click();
  assert.equal(await page.getByTestId('module').count(), 1);
  assert.equal(await page.getByTestId('dependency-list').count(), 0);
  expectCleanPage(page);
});
