// Playwright core driving the system Chromium (never a downloaded browser), with helpers that every
// journey uses: a page that records foreign requests and errors, and an axe-core check.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The WCAG 2.2 AA rule set every page is checked against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Opens a page in a fresh context. `page.foreign` collects every request to another origin,
 * `page.problems` every uncaught error and console error.
 */
export async function openPage(browser, origin, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.foreign = [];
  page.problems = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) page.foreign.push(url);
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
  });
  return page;
}

/** Fails with a readable list when axe finds any WCAG 2.2 AA violation on the page as it is. */
export async function expectNoAxeViolations(page, where) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(found, [], `axe violations on ${where}:\n${found.join('\n')}`);
}

/** Fails when the page asked any other origin for anything, or logged an error. */
export function expectCleanPage(page) {
  assert.deepEqual(page.foreign, [], 'the page requested something outside its own origin');
  assert.deepEqual(page.problems, [], 'the page logged errors');
}

/**
 * For a test file: starts the browser and serves dist/ before its tests, and stops both after.
 * The returned object's `browser` and `site` are set once the tests run.
 */
export function useSite(options = { root: 'dist' }) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.site = await serve(options);
  });
  after(async () => {
    await env.site?.close();
    await env.browser?.close();
  });
  return env;
}

/**
 * Waits until the element with this id has the focus (the page moves focus after it renders,
 * in the next frame), and fails with `message` if it never does.
 */
export async function expectFocus(page, id, message) {
  const has = () => page.evaluate((want) => document.activeElement?.id === want, id);
  await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 3000 }).catch(() => {});
  assert.ok(await has(), `${message}: the focus is on “${await page.evaluate(() => document.activeElement?.id ?? '')}”`);
}
