// The HTML report in headless Chromium: rows rendered, filters and search, charts, and data that cannot run as script.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { browserSuite, launchChromium } from '../../support/chromium';
import { renderHtml } from '../../../src/cli/report/html';
import { XSS, XSS_SHEET, findings, makeReport } from './report-fixture';

const suite = browserSuite('HTML report');

suite('HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const dialogs: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium('HTML report');
    dir = mkdtempSync(join(tmpdir(), 'sinergi-html-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes the page to a file and opens it over file://, recording dialogs, script errors and any non-file request. */
  async function open(name: string, html: string): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage();
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push('console: ' + m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push('request: ' + r.url());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('#f-body tr');
    return page;
  }

  const rows = (page: Page): Promise<number> => page.locator('#f-body tr').count();
  const status = (page: Page): Promise<string> => page.locator('#f-status').innerText();
  /** Picks an option by its label without the live count, e.g. "Galat" for "Galat (14)"; returns the rule options' texts after. */
  async function select(page: Page, id: string, label: string): Promise<string[]> {
    const value = await page.locator(`#${id} option[data-label="${label}"]`).getAttribute('value');
    await page.selectOption(`#${id}`, value!);
    return page.locator('#f-rule option').allTextContents();
  }
  /** Search waits for its debounce; the page's CSP forbids eval, so poll from outside instead of waitForFunction with a string. */
  async function waitRows(page: Page, n: number): Promise<void> {
    for (let i = 0; i < 60 && (await rows(page)) !== n; i++) await page.waitForTimeout(50);
    expect(await rows(page)).toBe(n);
  }

  test('rows, filters, search, charts; hostile text stays text', async () => {
    const page = await open('report.html', renderHtml(makeReport(), 'id', { generatedAt: new Date(2025, 7, 17, 14, 5) }));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await rows(page)).toBe(30);
    expect(await status(page)).toBe('Menampilkan 30 dari 30 temuan');

    // Severity filter; the rule options then count within it.
    const ruleOptions = await select(page, 'f-sev', 'Galat');
    expect(await rows(page)).toBe(14);
    expect(await status(page)).toBe('Menampilkan 14 dari 30 temuan');
    expect(ruleOptions).toContain('nik.format (8)');
    expect(ruleOptions).toContain('nik.stored_as_number (0)');
    await select(page, 'f-sev', 'Peringatan');
    expect(await rows(page)).toBe(13);
    await select(page, 'f-sev', 'Info');
    expect(await rows(page)).toBe(3);

    // Rule filter combined with a severity that it never has: nothing, and a message that says so.
    await select(page, 'f-rule', 'nik.format');
    expect(await rows(page)).toBe(0);
    expect(await page.locator('#f-empty').isVisible()).toBe(true);
    await select(page, 'f-sev', 'Galat');
    expect(await rows(page)).toBe(8);
    expect(await page.locator('#f-empty').isVisible()).toBe(false);

    // File filter.
    await page.click('#f-reset');
    expect(await rows(page)).toBe(30);
    await select(page, 'f-file', 'dinsos-bpnt-2025.xlsx');
    expect(await rows(page)).toBe(8);
    await page.click('#f-reset');

    // Search: case-insensitive, over message, sheet, cell, column, file and other places.
    await page.fill('#f-q', 'tanah TINGI');
    await waitRows(page, 4);
    await page.fill('#f-q', 'bpnt');
    await waitRows(page, 8);
    await page.fill('#f-q', 'onerror');
    await waitRows(page, 1);
    await page.click('#f-reset');
    expect(await rows(page)).toBe(30);

    // A rule in the per-rule table and a summary card jump to the filtered list.
    await page.click('button[data-rule="dup.nik.same_program"]');
    expect(await rows(page)).toBe(3);
    expect(await page.locator('#f-body tr').first().innerText()).toContain('BPNT!D90, dinsos-pkh-2025.xlsx › PKH TW II!C40');
    await page.click('a.card[data-sev="info"]');
    expect(await rows(page)).toBe(3);
    await page.click('#f-reset');

    // Both charts, with bars and accessible names.
    for (const id of ['chart-realisation', 'chart-verification']) {
      const svg = page.locator(`svg#${id}`);
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await svg.getAttribute('aria-label')).toBeTruthy();
      expect(await svg.locator('title').first().textContent()).toBeTruthy();
    }
    expect(await page.locator('#chart-realisation rect.bar').count()).toBe(10);
    expect(await page.locator('#chart-verification rect.bar').count()).toBe(21);

    // Hostile text: rendered literally in the findings table, rollup tables and chart labels; nothing ran.
    const xssRow = page.locator('#f-body tr', { hasText: 'onerror' });
    expect(await xssRow.locator('td').nth(3).innerText()).toBe(XSS_SHEET);
    expect(await xssRow.locator('td.msg').innerText()).toBe(`Nama ${XSS} tidak dapat dibaca.`);
    expect(await page.locator('#rollups td', { hasText: XSS }).count()).toBeGreaterThan(0);
    expect(await page.locator('#chart-realisation text', { hasText: XSS }).count()).toBe(1);
    expect(await page.locator('#chart-verification text', { hasText: XSS_SHEET }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a large list renders a page at a time', async () => {
    const base = findings();
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...base[i % base.length], row: i + 2, cell: `C${i + 2}` }));
    const page = await open('large.html', renderHtml(makeReport(many), 'en', { generatedAt: new Date(2025, 0, 2, 9, 30) }));
    expect(await rows(page)).toBe(500);
    expect(await status(page)).toBe('Showing 1,200 of 1,200 findings');
    expect(await page.locator('#f-more').innerText()).toBe('Show 500 more');
    await page.click('#f-more');
    await page.click('#f-more');
    expect(await rows(page)).toBe(1200);
    expect(await page.locator('#f-more').isVisible()).toBe(false);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
