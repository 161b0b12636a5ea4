// writeDemo: the set as .xlsx files that exceljs opens with the same values, text NIKs as text, numbers as numbers, dates as dates.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateDemo, writeDemo } from '../../../src/cli/demo';
import { loadWorkbook } from '../../../src/cli/io';
import { checkWorkbooks } from '../../../src/core/workbook';

const set = generateDemo({ seed: 5, recipients: 400 });
const dir = mkdtempSync(join(tmpdir(), 'sinergi-demo-'));
let paths: string[] = [];

beforeAll(async () => {
  paths = await writeDemo(join(dir, 'demo'), set);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('one file per workbook, in the set order, inside the directory it creates', () => {
  expect(paths.map((p) => basename(p))).toEqual(set.workbooks.map((w) => w.file));
  expect(paths.every((p) => p.startsWith(join(dir, 'demo')))).toBe(true);
});

test('every file opens with exceljs and holds the generated values', async () => {
  for (const [i, book] of set.workbooks.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(paths[i]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(book.sheets.map((s) => s.name));
    for (const sheet of book.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const diff: string[] = [];
      sheet.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = ws.getCell(r + 1, c + 1);
          // A merged cell other than the top-left one shows the top-left value in exceljs; its own was empty.
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const got = cell.value;
          const want = v === '' ? null : v;
          const same = want instanceof Date ? got instanceof Date && got.getTime() === want.getTime() : got === want;
          if (!same) diff.push(`${sheet.name}!${cell.address}: ${String(got)} != ${String(want)}`);
        }),
      );
      expect(diff.slice(0, 5)).toEqual([]);
      for (const m of sheet.merges ?? []) expect(ws.getCell(m.split(':')[1]).isMerged).toBe(true);
    }
  }
});

test('NIK columns are formatted as text; a NIK typed as a number keeps a number format', async () => {
  const book = set.workbooks.find((w) => w.sheets.some((s) => s.rows.some((r) => r.some((v) => typeof v === 'number' && v > 1e15))))!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(paths[set.workbooks.indexOf(book)]);
  let text = 0;
  let numbers = 0;
  for (const sheet of book.sheets) {
    const ws = wb.getWorksheet(sheet.name)!;
    for (const c of sheet.textColumns ?? []) {
      sheet.rows.forEach((row, r) => {
        const v = row[c];
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === 'string' && /^\d{16}$/.test(v)) {
          expect(cell.numFmt).toBe('@');
          text++;
        } else if (typeof v === 'number' && v > 1e15) {
          expect(typeof cell.value).toBe('number');
          expect(cell.numFmt).toBe('0');
          numbers++;
        }
      });
    }
  }
  expect(text).toBeGreaterThan(10);
  expect(numbers).toBeGreaterThan(0);
});

test('read back as the CLI reads files, the engine still finds every planted problem', async () => {
  const inputs = [];
  for (const p of paths) {
    const wb = await loadWorkbook(p);
    for (const name of wb.sheetNames()) {
      const s = wb.readSheet(name);
      inputs.push({ file: basename(p), sheet: name, values: s.values, numberFormats: s.numberFormats });
    }
  }
  const res = checkWorkbooks(inputs, { today: Math.round(Date.UTC(2025, 11, 1) / 86400000), tzOffsetMinutes: 0 });
  const key = (x: { file?: string; sheet: string; row: number }) => `${x.file}|${x.sheet}|${x.row}`;
  const missing = set.planted.filter(
    (p) => !res.findings.some((f) => f.rule === p.rule && [key(f), ...(f.places ?? []).map(key)].includes(key(p))),
  );
  expect(missing).toEqual([]);
});
