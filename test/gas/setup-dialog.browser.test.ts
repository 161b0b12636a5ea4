// The setup dialog in headless Chromium, its google.script.run calls answered by the real server functions over the fake.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { browserSuite, launchChromium } from '../support/chromium';
import * as main from '../../src/gas/main';
import { loadMapping } from '../../src/gas/mappings';
import type { GasFake } from '../fakes/gas';
import { PKH_SHEET } from '../fixtures/sheets';
import { setupFake } from './setup-helpers';

const suite = browserSuite('setup dialog');

const XSS = '<img src=x onerror=alert(1)>';

/** google.script.run as the client sees it: chainable handlers, any server function name, answered asynchronously. */
const RUN_STUB = `
  (function () {
    function run(ok, fail) {
      return new Proxy({}, {
        get: function (_, name) {
          if (name === 'withSuccessHandler') return function (h) { return run(h, fail); };
          if (name === 'withFailureHandler') return function (h) { return run(ok, h); };
          return function () {
            window.__calls.push(name);
            window.__server(name, JSON.stringify(Array.prototype.slice.call(arguments))).then(function (text) {
              var r = JSON.parse(text);
              if ('error' in r) { if (fail) fail(new Error(r.error)); } else if (ok) ok(r.result);
            });
          };
        }
      });
    }
    window.__calls = [];
    window.google = { script: { run: run(), host: { close: function () { window.__closed = true; } } } };
  })();`;

suite('setup dialog in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let fake: GasFake;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium('setup dialog');
    dir = mkdtempSync(join(tmpdir(), 'sinergi-setup-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    fake = setupFake();
    problems.length = 0;
  });
  afterEach(() => fake.uninstall());

  async function open(): Promise<Page> {
    main.menuSetup();
    const file = join(dir, 'setup.html');
    writeFileSync(file, fake.ui.dialogs[fake.ui.dialogs.length - 1].content);
    const page = await browser.newPage();
    page.on('dialog', async (d) => {
      problems.push('dialog: ' + d.message());
      await d.dismiss();
    });
    page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push('request: ' + r.url());
    });
    await page.exposeFunction('__server', (name: string, args: string) => {
      try {
        const fn = (main as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
        return JSON.stringify({ result: fn(...JSON.parse(args)) });
      } catch (e) {
        return JSON.stringify({ error: (e as Error).message });
      }
    });
    await page.addInitScript(RUN_STUB);
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('#sheet-status:not(:empty)');
    return page;
  }

  async function waitMessage(page: Page, pattern: RegExp): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const text = await page.locator('#message').innerText();
      if (pattern.test(text)) return text;
      await page.waitForTimeout(30);
    }
    return page.locator('#message').innerText();
  }

  test('map, correct and save an agency sheet; hostile header text stays text', async () => {
    const grid = PKH_SHEET.map((row) => [...row]);
    grid[3][12] = XSS;
    const ss = fake.createSpreadsheet('Kelurahan', { PKH: grid });
    const page = await open();

    expect(await page.locator('#sheet-status').innerText()).toContain('register penerima bantuan, judul kolom di baris 4');
    expect(await page.locator('#map tbody tr').count()).toBe(19);
    expect(await page.locator('#sheet-warnings li').allInnerTexts()).toEqual([
      'Tanpa kolom, dibaca dari judul sheet: Program = PKH.',
      expect.stringContaining('2 sel NIK/No. KK tersimpan sebagai angka'),
    ]);
    expect(await page.locator('select[data-field="nik"]').inputValue()).toBe('NIK KTP');
    const options = await page.locator('select[data-field="keterangan"] option').allTextContents();
    expect(options).toContain(`M: ${XSS}`);
    expect(await page.locator('img').count()).toBe(0);

    // Picking a column another field holds frees it there and says so.
    await page.selectOption('select[data-field="keterangan"]', 'Kel');
    expect(await page.locator('select[data-field="kelurahan"]').inputValue()).toBe('');
    expect(await page.locator('#message').innerText()).toContain('Kolom "Kel" tadinya dipakai untuk Kelurahan');
    await page.selectOption('select[data-field="kelurahan"]', 'Kel');
    await page.selectOption('select[data-field="keterangan"]', '');
    expect(await page.locator('select[data-field="keterangan"]').inputValue()).toBe('');

    await page.click('#apply');
    const msg = await waitMessage(page, /disimpan/);
    expect(msg).toContain('Pemetaan sheet "PKH" disimpan');
    expect(await page.locator('select[data-field="keterangan"]').inputValue()).toBe('');
    expect(await page.locator('#sheet-status').innerText()).toContain('Pemetaan yang pernah disimpan ikut dipakai.');
    const saved = loadMapping(PropertiesService.getDocumentProperties(), ss.getSheetByName('PKH')!.getSheetId())!;
    // Only what the user changed is an override: kelurahan went back to its own column.
    expect(saved.overrides).toEqual({ keterangan: null });

    // Switching the kind asks the server again.
    await page.selectOption('#kind', 'program');
    for (let i = 0; i < 100 && (await page.locator('#map tbody tr').count()) !== 28; i++) await page.waitForTimeout(30);
    expect(await page.locator('#map tbody tr').count()).toBe(28);
    expect(await page.evaluate(() => (globalThis as unknown as { __calls: string[] }).__calls)).toEqual([
      'setupApplyMapping',
      'setupDetect',
      'setupDetect',
    ]);
    expect(problems).toEqual([]);
  });

  test('create a register and a reference sheet from the dialog', async () => {
    const ss = fake.createSpreadsheet('Dinsos', { Sheet1: [] });
    const page = await open();
    expect(await page.locator('#sheet-status').innerText()).toContain('masih kosong');
    expect(await page.locator('#apply').isDisabled()).toBe(true);

    await page.check('input[name=newkind][value=program]');
    expect(await page.locator('#new-name').inputValue()).toBe('Program Kegiatan');
    await page.click('#create');
    expect(await waitMessage(page, /dibuat/)).toContain('Sheet "Program Kegiatan" dibuat');
    await page.click('#create');
    expect(await waitMessage(page, /sudah ada/)).toContain('sudah ada');

    await page.click('button.ref[data-kind="nomenclature"]');
    expect(await waitMessage(page, /Nomenklatur/)).toContain('Sheet referensi "Nomenklatur" dibuat');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Program Kegiatan', 'Nomenklatur']);

    await page.click('#close');
    expect(await page.evaluate(() => (globalThis as unknown as { __closed?: boolean }).__closed)).toBe(true);
    expect(problems).toEqual([]);
  });
});
