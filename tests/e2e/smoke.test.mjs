// End-to-end smoke test of the release build: the page loads, the app mounts, every pane is
// there, the theme switches, the layout adapts to a tablet, and the console shows no errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.LAYERLAB_DIST ?? path.join(root, 'dist');
let server;
let url;
let browser;

before(async () => {
  ({ server, url } = await serveDir(dist));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(viewport) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.app .workspace', { timeout: 15000 });
  return { page, problems };
}

test('the app mounts with every pane, a title and a description', async () => {
  const { page, problems } = await open({ width: 1440, height: 900 });
  assert.equal(await page.title(), 'layerlab: a Docker image playground in your browser');
  const description = await page.getAttribute('meta[name="description"]', 'content');
  assert.ok(description && description.length > 50, 'meta description is set');
  assert.equal(await page.textContent('.topbar h1'), 'layerlab');
  for (const id of ['tutorial', 'editor', 'terminal', 'layers', 'preview']) {
    const pane = page.locator(`#pane-${id}`);
    assert.ok(await pane.isVisible(), `pane ${id} is visible on a laptop`);
    assert.match(await pane.textContent(), /appear/, `pane ${id} says what will appear`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('the theme button switches the theme and the choice survives a reload', async () => {
  const { page, problems } = await open({ width: 1280, height: 800 });
  const before = await page.getAttribute('html', 'data-theme');
  await page.click('.theme-toggle');
  const after = await page.getAttribute('html', 'data-theme');
  assert.notEqual(after, before);
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('.app');
  assert.equal(await page.getAttribute('html', 'data-theme'), after);
  assert.deepEqual(problems, []);
  await page.close();
});

test('on a tablet the tutorial stays and the tabs switch the work pane', async () => {
  const { page, problems } = await open({ width: 1024, height: 768 });
  assert.ok(await page.locator('#pane-tutorial').isVisible());
  assert.ok(await page.locator('#pane-editor').isVisible());
  assert.ok(!(await page.locator('#pane-terminal').isVisible()));
  await page.click('.tab-terminal');
  assert.ok(await page.locator('#pane-terminal').isVisible());
  assert.ok(!(await page.locator('#pane-editor').isVisible()));
  assert.deepEqual(problems, []);
  await page.close();
});
