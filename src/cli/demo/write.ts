// writeDemo: the demo set as .xlsx files, with merges, text-formatted NIK columns, real dates and readable column widths.
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { columnLetter as letter } from '../../core/text/a1';
import type { DemoSet, DemoSheet } from './types';

const MIN_WIDTH = 5;
const MAX_WIDTH = 45;
const DATE_FORMAT = 'dd/mm/yyyy';

/** Widths from the longest value per column, leaving out title lines (one cell spread over a merge). */
function widths(sheet: DemoSheet): number[] {
  const out: number[] = [];
  for (const row of sheet.rows.slice(0, 500)) {
    if (row.length < 2) continue;
    row.forEach((v, c) => {
      const len = v instanceof Date ? 10 : typeof v === 'number' ? String(v).length + 3 : String(v ?? '').length;
      out[c] = Math.max(out[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, len + 2));
    });
  }
  return out;
}

function addSheet(wb: ExcelJS.Workbook, sheet: DemoSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  widths(sheet).forEach((w, c) => (ws.getColumn(c + 1).width = w));
  // Column formats go first: cells written afterwards take their column's style, so a typed NIK stays text.
  const text = new Set(sheet.textColumns ?? []);
  for (const c of text) ws.getColumn(c + 1).numFmt = '@';
  const formats = sheet.numberFormats ?? {};
  const bold = new Set(sheet.boldRows ?? []);
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === '' || v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v as ExcelJS.CellValue;
      const fmt = formats[letter(c)];
      if (v instanceof Date) cell.numFmt = fmt ?? DATE_FORMAT;
      // A NIK typed as a number never went through a text cell: it carries a number format, as in the files it imitates.
      else if (typeof v === 'number' && text.has(c)) cell.numFmt = '0';
      // A date format only on dates: a column-number row above them must stay numbers.
      else if (typeof v === 'number' && fmt && !/[dy]/i.test(fmt)) cell.numFmt = fmt;
      if (bold.has(r)) cell.font = { bold: true };
    });
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
}

/** Writes every workbook of the set into `dir` (created if needed); returns the paths written, in the set's order. */
export async function writeDemo(dir: string, set: DemoSet): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const book of set.workbooks) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Sinergi demo (data sintetis)';
    for (const sheet of book.sheets) addSheet(wb, sheet);
    const path = join(dir, book.file);
    await wb.xlsx.writeFile(path);
    paths.push(path);
  }
  return paths;
}
