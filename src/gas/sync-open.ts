// Opens agency workbooks for consolidation: a URL or id becomes a read-only WorkbookPort, every failure a SourceError('unreachable').
import type { SheetData, WorkbookPort } from '../app/ports';
import { isOwnSheet } from '../app/sheets';
import { refShape } from '../app/sources-sheet';
import { isSyncSheet } from './sync-names';
import { SourceUnreachable, type SourceFailure, type SourceOpener } from './sync-ports';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export { refShape };

/** Apps Script's messages, in English or the operator's language; anything else about opening is an access problem. */
export function failureOf(message: string): SourceFailure {
  const m = message.toLowerCase();
  if (m.includes('not found') || m.includes('tidak ditemukan')) return 'deleted';
  if (m.includes('invalid argument') || m.includes('unexpected error') || m.includes('bad value')) return 'bad_ref';
  return 'no_access';
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class SheetsSourceOpener implements SourceOpener {
  open(ref: string): WorkbookPort {
    const s = String(ref ?? '').trim();
    const shape = refShape(s);
    if (!shape) throw new SourceUnreachable('bad_ref', s, 'not a spreadsheet URL or id');
    let ss: Spreadsheet;
    try {
      ss = shape === 'url' ? SpreadsheetApp.openByUrl(s) : SpreadsheetApp.openById(s);
    } catch (e) {
      throw new SourceUnreachable(failureOf(messageOf(e)), s, messageOf(e));
    }
    try {
      return new SourceWorkbook(ss, s);
    } catch (e) {
      throw new SourceUnreachable(failureOf(messageOf(e)), s, messageOf(e));
    }
  }
}

/** A source spreadsheet seen through the WorkbookPort: reads only; Sinergi's own sheets are not registers. */
class SourceWorkbook implements WorkbookPort {
  readonly id: string;
  readonly name: string;
  private readonly sheets: { sheet: Sheet; name: string }[];

  constructor(
    ss: Spreadsheet,
    private readonly ref: string,
  ) {
    this.id = ss.getId();
    this.name = ss.getName();
    this.sheets = ss
      .getSheets()
      .map((sheet) => ({ sheet, name: sheet.getName() }))
      .filter((s) => !isOwnSheet(s.name) && !isSyncSheet(s.name));
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** One getValues and one getNumberFormats; a sheet gone or unreadable since opening is the source being unreachable. */
  readSheet(name: string): SheetData {
    const lower = name.toLowerCase();
    const found = this.sheets.find((s) => s.name.toLowerCase() === lower);
    if (!found) throw new SourceUnreachable('bad_ref', this.ref, `sheet "${name}" not found`);
    try {
      const range = found.sheet.getDataRange();
      return { name: found.name, values: range.getValues(), numberFormats: range.getNumberFormats() };
    } catch (e) {
      throw new SourceUnreachable(failureOf(messageOf(e)), this.ref, messageOf(e));
    }
  }

  writeTable(): void {
    throw new Error('Sinergi never writes to an agency workbook while consolidating');
  }
}
