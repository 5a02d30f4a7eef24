// Actions a user takes in the wizard, named as the user would describe them. Every helper acts
// through the page (labels, buttons, radios), never by reaching into the app's state.
import assert from 'node:assert/strict';

/** The decision factors in the order the wizard asks them. */
export const FACTORS = [
  'domain_stability',
  'scaling_profile',
  'availability',
  'deployment_cadence',
  'tech_diversity',
  'resource_isolation',
  'data_consistency',
  'time_horizon',
  'scaling_bottleneck',
];

export async function pressContinue(page) {
  await page.getByTestId('continue').click();
}

/** Waits until the page's h1 is `name` (a string or a RegExp). */
export async function onPage(page, name) {
  // The app's own page, not the static copy index.html shows while the app loads.
  await page.locator('[data-testid=page]').waitFor();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Fills the context step. Numbers are typed; choices are the visible labels.
 * @param {{engineers?: number, teams?: number, stage?: string, traffic?: string, architecture?: string, stack?: string}} c
 */
export async function fillContext(page, c) {
  await onPage(page, 'Your context');
  if (c.engineers !== undefined) await page.getByLabel('How many engineers work on the product?').fill(String(c.engineers));
  if (c.teams !== undefined) await page.getByLabel('How many teams ship it?').fill(String(c.teams));
  for (const label of [c.stage, c.traffic, c.architecture, c.stack]) {
    if (label) await page.getByLabel(label, { exact: true }).check();
  }
  await pressContinue(page);
}

/**
 * Answers the factor questions, one page each. `answers` maps a factor id to an option id;
 * a factor left out is skipped, as a user may skip it.
 */
export async function answerFactors(page, answers) {
  for (let i = 0; i < FACTORS.length; i++) {
    await page.locator(`[data-factor="${FACTORS[i]}"]`).waitFor();
    assert.match(await page.getByTestId('progress').textContent(), new RegExp(`Question ${i + 1} of ${FACTORS.length}`));
    const option = answers[FACTORS[i]];
    if (option) await page.locator(`input[name="factor-${FACTORS[i]}"][value="${option}"]`).check();
    await pressContinue(page);
  }
}

/** Ticks the named capabilities (visible labels) and enters the operations headcount. */
export async function fillReadiness(page, capabilities, ops) {
  await onPage(page, 'Operational readiness');
  for (const label of capabilities) await page.getByLabel(label, { exact: true }).check();
  if (ops !== undefined) await page.getByLabel('How many people run production?').fill(String(ops));
  await pressContinue(page);
}

/**
 * Builds a domain map by hand: `modules` are `{ name, load?, resource?, team?, core? }`,
 * `dependencies` are `[from, how, to]` with the visible labels of the editor.
 */
export async function buildMap(page, modules, dependencies) {
  await onPage(page, 'Domain map');
  for (const m of modules) {
    await page.getByLabel('Add a module').fill(m.name);
    await page.getByTestId('add-module').click();
    const card = page.getByTestId('module').filter({ has: page.locator('legend', { hasText: m.name }) });
    await card.waitFor();
    if (m.load !== undefined) await card.getByLabel('Relative load').fill(String(m.load));
    if (m.resource) await card.getByLabel('Resource profile').selectOption({ label: m.resource });
    if (m.team) await card.getByLabel('Owning team').fill(m.team);
    if (m.core) await card.getByLabel('Part of the core domain').check();
  }
  for (const [from, how, to] of dependencies) {
    await page.getByLabel('From', { exact: true }).selectOption({ label: from });
    await page.getByLabel('How', { exact: true }).selectOption({ label: how });
    await page.getByLabel('To', { exact: true }).selectOption({ label: to });
    await page.getByTestId('add-dependency').click();
  }
  await pressContinue(page);
}

/**
 * Opens the example `id` from the start page; when it would replace answers, the page asks
 * first and this accepts.
 */
export async function openExample(page, id) {
  await page.getByTestId(`example-${id}`).getByRole('button').click();
  await page.locator('[data-testid=offer], [data-testid=page][data-step=results]').first().waitFor();
  if (await page.getByTestId('offer').isVisible()) await page.getByTestId('offer-accept').click();
  await onPage(page, 'Results');
}

/** What the results page shows, as text. */
export async function readResults(page) {
  await onPage(page, 'Results');
  const text = async (id) => (await page.getByTestId(id).first().textContent())?.trim();
  const candidates = await page.getByTestId('candidates').locator('li').allTextContents().catch(() => []);
  return {
    verdict: await text('verdict'),
    first: await text('count-first'),
    target: await text('count-target'),
    ceiling: await text('count-ceiling'),
    firstCandidate: candidates[0]?.trim() ?? null,
    phases: (await page.getByTestId('phase').locator('h3').allTextContents()).map((s) => s.trim()),
  };
}
