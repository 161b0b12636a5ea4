// The findings sidebar in headless Chromium with a stubbed google.script.run: groups, filters, jump, chunked check, hostile text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { browserSuite, launchChromium } from '../support/chromium';
import { createGasFake, formula } from '../fakes/gas';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';
import { menuRollup, menuSidebar, sidebarData } from '../../src/gas/commands/panel';
import type { SidebarData } from '../../src/app/panel';

const suite = browserSuite('sidebar');

// Inside page callbacks these are the browser's; the project compiles without the DOM library, so they are typed loosely here.
declare const document: any;
declare const window: any;

const XSS = '<img src=x onerror=alert(1)>';
const SIDEBAR = readFileSync(join(__dirname, '..', '..', 'src', 'ui', 'sidebar.html'), 'utf8');
const link = (a1: string) => formula(`=HYPERLINK("#gid=1&range=${a1}";"${a1}")`, a1);

/** The sidebar as menuSidebar shows it, and sidebarData from a findings sheet (plus a rollup whose label a user edited). */
function fromFake(locale: string, findings: unknown[][], rollup = true): { html: string; data: SidebarData } {
  const fake = createGasFake({ locale });
  fake.install();
  try {
    fake.addHtmlFile('sidebar', SIDEBAR);
    const ss = fake.createSpreadsheet('Monitoring', {
      'Renja Dinsos': RENJA_SHEET,
      'PKH Tanah Tinggi': PKH_SHEET,
      'Sinergi Temuan': findings,
    });
    if (rollup) {
      menuRollup();
      fake.uncounted(() => ss.getSheetByName('Sinergi Rekap')!.getRange('A6').setValue(`'${XSS}`));
    }
    menuSidebar();
    return { html: fake.ui.sidebars[0].content, data: sidebarData() };
  } finally {
    fake.uninstall();
  }
}

const HEAD = ['Aturan', 'Tingkat', 'Sheet', 'Sel', 'Pesan', 'Tempat lain'];
const FINDINGS: unknown[][] = [
  HEAD,
  ['nik.format', 'galat', 'PKH Tanah Tinggi', link('B7'), 'NIK 127504******00 tidak lengkap.', ''],
  ['nik.format', 'galat', 'PKH Tanah Tinggi', link('B8'), 'NIK berisi huruf.', ''],
  ['nik.format', 'galat', XSS, link('B3'), `Nama ${XSS} tidak dapat dibaca.`, ''],
  ['nik.stored_as_number', 'peringatan', 'PKH Tanah Tinggi', link('B6'), 'NIK tersimpan sebagai angka.', ''],
  ['program.cumulative_decrease', 'galat', 'Renja Dinsos', link('I8'), 'Realisasi keuangan turun.', ''],
  ['program.parent_sum_mismatch', 'peringatan', 'Renja Dinsos', link('F6'), 'Pagu program tidak sama.', ''],
  [
    'dup.nik.cross_program',
    'info',
    'PKH Tanah Tinggi',
    link('B5'),
    'NIK menerima 2 program.',
    `'Renja Dinsos'!B6, ${XSS}!C2, dan 1 tempat lainnya`,
  ],
  [XSS, 'peringatan', 'Hilang', link('A1'), XSS, ''],
  // A finding about a whole row, linked as the check command does it.
  ['field.required', 'galat', 'PKH Tanah Tinggi', formula('=HYPERLINK("#gid=1&range=9:9", "baris 9")', 'baris 9'), 'Baris tanpa NIK.', ''],
];

suite('findings sidebar in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let dialogs: string[];
  let problems: string[];

  beforeAll(async () => {
    browser = await launchChromium('sidebar');
    dir = mkdtempSync(join(tmpdir(), 'sinergi-sidebar-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    dialogs = [];
    problems = [];
  });

  interface Stub {
    /** sidebarData's answers in order (the last one repeats). */
    data: unknown[];
    /** checkChunk's answers in order; the string "fail" makes that call fail. */
    chunks?: unknown[];
    /** Milliseconds before an answer arrives (default 5). */
    delay?: number;
  }

  /**
   * Opens the sidebar over file:// with google.script.run stubbed before any script runs: it answers asynchronously as
   * Apps Script does, records every call with its arguments, and for checkChunk the progress bar's value at call time.
   */
  async function open(html: string, stub: Stub): Promise<Page> {
    const file = join(dir, `sidebar-${Date.now()}-${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push('console: ' + m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push('request: ' + r.url());
    });
    await page.addInitScript((s: Stub) => {
      const w = window as unknown as Record<string, unknown>;
      const calls: { name: string; args: unknown[] }[] = [];
      const bars: (string | null)[] = [];
      const count: Record<string, number> = {};
      w.__calls = calls;
      w.__bars = bars;
      const answer = (name: string, args: unknown[]): { ok: boolean; value: unknown } => {
        const n = (count[name] = (count[name] ?? 0) + 1);
        if (name === 'sidebarData') return { ok: true, value: s.data[Math.min(n, s.data.length) - 1] };
        if (name === 'jumpTo') {
          return args[0] === 'Hilang'
            ? { ok: true, value: { ok: false, message: 'Sheet "Hilang" tidak ada lagi di spreadsheet ini.' } }
            : { ok: true, value: { ok: true } };
        }
        if (name === 'checkChunk') {
          bars.push(document.getElementById('bar')!.getAttribute('aria-valuenow'));
          const r = (s.chunks ?? [])[n - 1];
          return r === 'fail' ? { ok: false, value: new Error('Waktu habis') } : { ok: true, value: r };
        }
        return { ok: false, value: new Error('unknown function ' + name) };
      };
      const runner = (ok: ((v: unknown) => void) | null, fail: ((e: unknown) => void) | null): unknown =>
        new Proxy(
          {},
          {
            get: (_t, prop: string) => {
              if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
              if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
              return (...args: unknown[]) => {
                calls.push({ name: prop, args: JSON.parse(JSON.stringify(args)) });
                const r = answer(prop, args);
                const value = r.value === undefined || r.value instanceof Error ? r.value : JSON.parse(JSON.stringify(r.value));
                setTimeout(() => (r.ok ? ok?.(value) : fail?.(value)), s.delay ?? 5);
              };
            },
          },
        );
      w.google = { script: { run: runner(null, null) } };
    }, stub);
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => document.getElementById('groups')!.childElementCount > 0);
    return page;
  }

  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
  const groups = (page: Page) =>
    page.$$eval('details.group', (els) =>
      els.map((d) => [d.getAttribute('data-rule'), d.querySelector('.g-title')!.textContent, d.querySelector('.count')!.textContent]),
    );
  const visibleItems = (page: Page) => page.$$eval('details.group[open] li.item .loc', (els) => els.map((e) => e.textContent));
  const choose = (page: Page, id: string, text: string) =>
    page.evaluate(
      ([sel, label]) => {
        const el = document.getElementById(sel);
        const opt = [...el.options].find((o) => o.textContent === label);
        if (!opt) throw new Error(`no option ${label} in ${sel}: ${[...el.options].map((o) => o.textContent).join(' | ')}`);
        el.value = opt.value;
        el.dispatchEvent(new Event('change'));
      },
      [id, text],
    );

  test('groups by rule with counts, filters by severity and sheet, click jumps; hostile text stays text', async () => {
    const { html, data } = fromFake('in_ID', FINDINGS);
    const page = await open(html, { data: [data] });
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.locator('#summary').textContent()).toBe('9 dari 9 temuan');
    expect(await groups(page)).toEqual([
      ['nik.format', 'NIK bukan 16 angka', '3'],
      ['field.required', 'Isian wajib kosong', '1'],
      ['program.cumulative_decrease', 'Angka kumulatif turun', '1'],
      [XSS, XSS, '1'],
      ['nik.stored_as_number', 'NIK tersimpan sebagai angka', '1'],
      ['program.parent_sum_mismatch', 'Pagu tidak sama dengan jumlah rinciannya', '1'],
      ['dup.nik.cross_program', 'NIK di beberapa program', '1'],
    ]);
    // The first group is open; its findings name sheet and cell.
    expect(await visibleItems(page)).toEqual(['PKH Tanah Tinggi · B7', 'PKH Tanah Tinggi · B8', `${XSS} · B3`]);

    // Headline from the rollup sheet, formatted for Indonesian readers; the label a user typed stays text.
    expect(await page.$$eval('#headline .kv', (els) => els.map((e) => [e.children[0].textContent, e.children[1].textContent]))).toEqual([
      ['Pagu seluruh OPD (Rp)', '251.000.000'],
      ['Realisasi keuangan s.d. TW III (%)', '55,78%'],
      ['Realisasi fisik s.d. TW III (%, bobot pagu)', '75,70%'],
      [XSS, '4'],
      ['Keluarga penerima (KK)', '4'],
    ]);

    // Severity filter.
    await choose(page, 'f-sev', 'Peringatan');
    expect(await page.locator('#summary').textContent()).toBe('3 dari 9 temuan');
    expect((await groups(page)).map((g) => g[0])).toEqual([XSS, 'nik.stored_as_number', 'program.parent_sum_mismatch']);
    await choose(page, 'f-sev', 'Semua tingkat');

    // Sheet filter, including the sheet whose name is markup.
    await choose(page, 'f-sheet', 'Renja Dinsos');
    expect((await groups(page)).map((g) => g.slice(0, 1).concat(g.slice(2)))).toEqual([
      ['program.cumulative_decrease', '1'],
      ['program.parent_sum_mismatch', '1'],
    ]);
    await choose(page, 'f-sheet', XSS);
    expect(await groups(page)).toEqual([['nik.format', 'NIK bukan 16 angka', '1']]);
    expect(await visibleItems(page)).toEqual([`${XSS} · B3`]);
    expect(await page.locator('details.group[open] .msg').textContent()).toBe(`Nama ${XSS} tidak dapat dibaca.`);
    await choose(page, 'f-sev', 'Info');
    expect(await page.locator('#groups .empty').textContent()).toBe('Tidak ada temuan yang cocok dengan saringan ini.');
    await choose(page, 'f-sev', 'Semua tingkat');
    await choose(page, 'f-sheet', 'Semua sheet');

    // Click a finding: jumpTo with its sheet and cell.
    await page.locator('li.item .finding', { hasText: 'NIK berisi huruf.' }).click();
    await page.locator('details[data-rule="program.cumulative_decrease"] > summary').click();
    await page.locator('li.item .finding', { hasText: 'Realisasi keuangan turun.' }).click();
    // Other places are links too; a place the server cannot find answers with a message shown as text.
    await page.locator('details[data-rule="dup.nik.cross_program"] > summary').click();
    await page.locator('.places button', { hasText: "'Renja Dinsos'!B6" }).click();
    await page.locator(`details[data-rule="${XSS}"] > summary`).click();
    await page.locator('details[data-rule="field.required"] > summary').click();
    expect(await page.locator('details[data-rule="field.required"] .loc').textContent()).toBe('PKH Tanah Tinggi · baris 9');
    await page.locator('li.item .finding', { hasText: 'Baris tanpa NIK.' }).click();
    await page.locator('li.item .finding', { hasText: 'Hilang' }).click();
    await page.waitForFunction(() => document.getElementById('status')!.textContent !== '');
    expect(await page.locator('#status').textContent()).toBe('Sheet "Hilang" tidak ada lagi di spreadsheet ini.');
    expect((await calls(page)).filter((c) => c.name === 'jumpTo').map((c) => c.args)).toEqual([
      ['PKH Tanah Tinggi', 'B8'],
      ['Renja Dinsos', 'I8'],
      ['Renja Dinsos', 'B6'],
      ['PKH Tanah Tinggi', '9:9'],
      ['Hilang', 'A1'],
    ]);

    // Nothing hostile ran or became an element.
    expect(await page.locator('.places', { hasText: `${XSS}!C2` }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('"Periksa semua (bertahap)" drives checkChunk until done with a progress bar, then reloads the findings', async () => {
    const { html, data } = fromFake('in_ID', FINDINGS);
    const after = fromFake('in_ID', FINDINGS.slice(0, 3), false).data;
    const chunk = (doneUnits: number, done = false) => ({
      done,
      doneUnits,
      totalUnits: 3,
      message: `Memeriksa bagian ${doneUnits}`,
      state: { cursor: doneUnits },
    });
    // Answers take 150 ms, so that the page is seen mid-run.
    const page = await open(html, { data: [data, after], chunks: [chunk(1), chunk(2), chunk(3, true)], delay: 150 });
    await page.click('#run');
    expect(await page.locator('#run').isDisabled()).toBe(true);
    await page.waitForFunction(() => document.getElementById('progress-text')!.textContent!.startsWith('Pemeriksaan selesai'));
    // The bar's value when each chunk was asked for: it advanced after every answer, then reached 100.
    expect(await page.evaluate(() => (window as unknown as { __bars: string[] }).__bars)).toEqual(['0', '33', '67']);
    expect(await page.locator('#bar').getAttribute('aria-valuenow')).toBe('100');
    // Each call handed back the state the previous chunk returned; the first starts from nothing.
    expect((await calls(page)).filter((c) => c.name === 'checkChunk').map((c) => c.args)).toEqual([
      [null],
      [{ cursor: 1 }],
      [{ cursor: 2 }],
    ]);
    expect(await page.locator('#progress-detail').textContent()).toBe('Memeriksa bagian 3');
    await page.waitForFunction(() => document.getElementById('summary')!.textContent === '2 dari 2 temuan');
    expect((await calls(page)).filter((c) => c.name === 'sidebarData')).toHaveLength(2);
    expect(await page.locator('#run').isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a failing chunk, a server without chunks, and stopping between chunks', async () => {
    const { html, data } = fromFake('in_ID', FINDINGS, false);
    const step = (n: number) => ({ done: false, doneUnits: n, totalUnits: 10, message: '', state: n });

    let page = await open(html, { data: [data], chunks: [step(1), 'fail'] });
    expect(await page.locator('#headline-note').textContent()).toBe('Belum ada rekap. Jalankan menu "Rekap progres".');
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('progress-text')!.textContent!.startsWith('Pemeriksaan berhenti'));
    expect(await page.locator('#progress-text').textContent()).toBe('Pemeriksaan berhenti karena kesalahan: Waktu habis');
    expect(await page.locator('#run').isDisabled()).toBe(false);
    await page.close();

    page = await open(html, { data: [data], chunks: [] }); // checkChunk answers undefined (not built yet)
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('progress-text')!.textContent!.includes('belum tersedia'));
    await page.close();

    page = await open(html, { data: [data], chunks: Array.from({ length: 50 }, (_, i) => step(i % 10)), delay: 300 });
    await page.click('#run');
    await page.click('#cancel');
    await page.waitForFunction(() => document.getElementById('progress-text')!.textContent === 'Pemeriksaan dihentikan.');
    expect((await calls(page)).filter((c) => c.name === 'checkChunk').length).toBeLessThan(5);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('English, no findings sheet yet', async () => {
    const fake = createGasFake({ locale: 'en_US' });
    fake.install();
    fake.addHtmlFile('sidebar', SIDEBAR);
    fake.createSpreadsheet('Monitoring', { A: [['x']] });
    menuSidebar();
    const html = fake.ui.sidebars[0].content;
    const data = sidebarData();
    fake.uninstall();
    const page = await open(html, { data: [data] });
    expect(await page.locator('#run').textContent()).toBe('Check everything (in steps)');
    expect(await page.locator('#groups').textContent()).toBe('No check results yet. Click "Check everything (in steps)" above.');
    expect(problems).toEqual([]);
    await page.close();
  });
});
