// axe-core (WCAG 2.2 AA) on every page of the journey, on error states and on the results, at the
// narrowest phone width and on a desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, expectNoAxeViolations, expectCleanPage } from './support/browser.mjs';
import { onPage, openExample, pressContinue } from './support/wizard.mjs';

const env = useSite();

// The examples the start page offers, in its order. The results of each must pass axe, so a
// missing example (or a page that lists none) fails here rather than passing with nothing checked.
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

for (const width of [320, 1280]) {
  test(`every page of the journey passes axe at ${width} px`, async () => {
    const page = await openPage(env.browser, env.site.origin, { viewport: { width, height: 800 } });
    await page.goto(env.site.url);
    await onPage(page, 'Monolith, modular monolith or microservices?');
    await expectNoAxeViolations(page, `start at ${width} px`);

    await page.getByTestId('start-new').click();
    await onPage(page, 'Your context');
    await expectNoAxeViolations(page, `context at ${width} px`);

    // The error state: a bad number, Continue, the summary and the inline message.
    await page.getByLabel('How many engineers work on the product?').fill('lots');
    await pressContinue(page);
    await page.getByTestId('error-summary').waitFor();
    await expectNoAxeViolations(page, `context with an error at ${width} px`);
    await page.getByLabel('How many engineers work on the product?').fill('40');
    await pressContinue(page);

    for (let q = 1; q <= 9; q++) {
      await page.locator('[data-factor]').waitFor();
      if (q === 1) await page.locator('input[type=radio]').first().check();
      await expectNoAxeViolations(page, `factor question ${q} at ${width} px`);
      await pressContinue(page);
    }

    await onPage(page, 'Operational readiness');
    await expectNoAxeViolations(page, `readiness at ${width} px`);
    await pressContinue(page);

    await onPage(page, 'Domain map');
    await expectNoAxeViolations(page, `empty domain map at ${width} px`);
    await page.getByTestId('use-example-map').click();
    // The first example map is the blogging platform's, which has a Posts module.
    await page.getByLabel('Add a module').fill('posts');
    await page.getByTestId('add-module').click();
    await page.getByText(/already exists/).first().waitFor();
    await expectNoAxeViolations(page, `domain map with modules and an error at ${width} px`);
    await page.getByLabel('Add a module').fill('Billing');
    await page.getByTestId('add-module').click();
    await pressContinue(page);

    await onPage(page, 'Check your answers');
    await expectNoAxeViolations(page, `check answers at ${width} px`);
    await pressContinue(page);

    await onPage(page, 'Results');
    await expectNoAxeViolations(page, `results at ${width} px`);
    expectCleanPage(page);
  });

  test(`the results of every example pass axe at ${width} px`, async () => {
    const page = await openPage(env.browser, env.site.origin, { viewport: { width, height: 800 } });
    await page.goto(env.site.url);
    await onPage(page, 'Monolith, modular monolith or microservices?');
    const listed = await page.locator('[data-testid^=example-]').evaluateAll((els) => els.map((e) => e.dataset.testid));
    assert.deepEqual(listed, EXAMPLES.map((id) => `example-${id}`), 'the start page lists every example');
    for (const id of EXAMPLES) {
      await openExample(page, id);
      await expectNoAxeViolations(page, `results of ${id} at ${width} px`);
      await page.locator('.brand').click();
      await onPage(page, 'Monolith, modular monolith or microservices?');
    }
    expectCleanPage(page);
  });
}
