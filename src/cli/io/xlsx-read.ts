// Reads every worksheet of an .xlsx: parts found through the package's relationships, each sheet streamed cell by cell.
import type { SheetData } from '../../app/ports';
import { a1 } from '../../core/text/a1';
import { DamagedFile } from './errors';
import { rectangular, usedSize } from './grid';
import { formatCode, isDateFormat, serialToDate } from './number-format';
import { isRel, relationships, sharedStrings, styleFormats, walk, workbookInfo } from './xlsx-parts';
import { SheetCollector, type RawSheet } from './xlsx-sheet';
import { ZipFile } from './zip';

/** A1:C3 -> 0-based corners; undefined when malformed. */
function mergeRange(ref: string): [number, number, number, number] | undefined {
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = +m[2] - 1;
  const c1 = col(m[1]);
  return [r1, c1, m[4] ? +m[4] - 1 : r1, m[3] ? col(m[3]) : c1];
}

/** Like Sheets' getValues(): a merged range shows its value in the top-left cell only. */
function clearMerged(raw: RawSheet): void {
  for (const ref of raw.merges) {
    const m = mergeRange(ref);
    if (!m) continue;
    const [r1, c1, r2, c2] = m;
    for (let r = r1; r <= r2 && r < raw.values.length; r++) {
      const row = raw.values[r];
      if (!row) continue;
      for (let c = r === r1 ? c1 + 1 : c1; c <= c2 && c < row.length; c++) row[c] = '';
    }
  }
}

/** Twice the cells Google Sheets holds in a whole spreadsheet: one stray value at XFD1048576 must not fill the memory. */
export const MAX_SHEET_CELLS = 20_000_000;

/** The finished sheet: merges cleared, dates from date-formatted numbers, rectangular, formats only when any cell has one. */
function finish(name: string, raw: RawSheet, codes: readonly string[], date1904: boolean): SheetData {
  clearMerged(raw);
  const { height, width } = usedSize(raw.values);
  if (height * width > MAX_SHEET_CELLS)
    throw new DamagedFile({
      key: 'io.reason.too_large',
      params: { sheet: name, cell: a1(height, width - 1), max: MAX_SHEET_CELLS },
    });
  const values = rectangular(raw.values, height, width, '' as unknown);
  const isDate: (boolean | undefined)[] = [];
  let anyFormat = false;
  const numberFormats: string[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const sty = raw.styles[r];
    const row = values[r];
    const fmts = new Array<string>(width).fill('');
    if (sty) {
      const n = Math.min(sty.length, width);
      for (let c = 0; c < n; c++) {
        const s = sty[c];
        if (!s) continue;
        const code = formatCode(codes[s]);
        if (code === '') continue;
        fmts[c] = code;
        anyFormat = true;
        const v = row[c];
        if (typeof v === 'number' && (isDate[s] ??= isDateFormat(code))) {
          const d = serialToDate(v, date1904);
          if (d) row[c] = d;
        }
      }
    }
    numberFormats[r] = fmts;
  }
  return anyFormat ? { name, values, numberFormats } : { name, values };
}

/** The workbook part: the package's officeDocument relationship, or the usual place. */
async function workbookPart(zip: ZipFile): Promise<string> {
  for (const rel of (await relationships(zip, '')).values()) if (isRel(rel, 'officeDocument')) return rel.part;
  return 'xl/workbook.xml';
}

/**
 * Every worksheet in tab order (hidden ones too: a hidden sheet can hold a register or a reference list); chart sheets
 * have no cells and are left out. 'not_workbook' for a zip that is no spreadsheet (.docx, .ods, a plain archive).
 * Throws DamagedFile when a part is missing, cut off or fails its checksum: never a silently partial grid.
 */
export async function readXlsx(path: string): Promise<SheetData[] | 'not_workbook'> {
  const zip = new ZipFile(path);
  const bookPart = await workbookPart(zip);
  const book = await workbookInfo(zip, bookPart);
  if (!book) return 'not_workbook';
  const rels = await relationships(zip, bookPart);
  const partOf = (kind: string) => [...rels.values()].find((r) => isRel(r, kind))?.part;
  const codes = await styleFormats(zip, partOf('styles'));
  const strings = await sharedStrings(zip, partOf('sharedStrings'));
  const out: SheetData[] = [];
  for (const s of book.sheets) {
    const rel = rels.get(s.rId);
    if (!isRel(rel, 'worksheet')) continue;
    const entry = zip.entry(rel!.part);
    if (!entry) throw new DamagedFile({ key: 'io.reason.missing_sheet', params: { sheet: s.name } });
    const sheet = new SheetCollector(strings);
    await walk(zip.text(entry), sheet);
    const raw = sheet.raw;
    if (!raw.complete) throw new DamagedFile({ key: 'io.reason.truncated', params: { sheet: s.name } });
    if (raw.usesSharedStrings && !strings) throw new DamagedFile({ key: 'io.reason.missing_part', params: { part: 'sharedStrings' } });
    out.push(finish(s.name, raw, codes, book.date1904));
  }
  return out;
}
