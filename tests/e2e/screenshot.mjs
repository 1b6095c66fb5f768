// Take the README screenshot of the release build: node tests/e2e/screenshot.mjs OUT.png [width height theme]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from './serve.mjs';
import { launch } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [out = 'www/screenshot.png', width = '1440', height = '900', theme = 'light'] = process.argv.slice(2);
const { server, url } = await serveDir(path.join(root, 'dist'));
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: Number(width), height: Number(height) });
  await page.addInitScript((t) => localStorage.setItem('layerlab.theme', t), theme);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.app .workspace');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
