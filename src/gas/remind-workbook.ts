// The master spreadsheet as a read-only WorkbookPort for the reminder use-case: one getValues per sheet read, nothing written.
import type { SheetData, WorkbookPort } from '../app/ports';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Unlike the sources' SourceWorkbook, Sinergi's own sheets are the point here: sources, statuses, findings, the log. */
export class MasterWorkbook implements WorkbookPort {
  readonly id: string;
  readonly name: string;
  private sheets: { sheet: Sheet; name: string }[] | undefined;

  constructor(private readonly ss: Spreadsheet) {
    this.id = ss.getId();
    this.name = ss.getName();
  }

  private list(): { sheet: Sheet; name: string }[] {
    this.sheets ??= this.ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
    return this.sheets;
  }

  sheetNames(): string[] {
    return this.list().map((s) => s.name);
  }

  /** Sheets finds names ignoring case, so this does too. */
  readSheet(name: string): SheetData {
    const lower = name.toLowerCase();
    const found = this.list().find((s) => s.name.toLowerCase() === lower);
    if (!found) throw new Error(`Sheet "${name}" not found`);
    return { name: found.name, values: found.sheet.getDataRange().getValues() };
  }

  writeTable(): void {
    throw new Error('Reminders read the master; the log is appended by the host');
  }
}
