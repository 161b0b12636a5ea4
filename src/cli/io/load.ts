// Input files as workbooks: an .xlsx or .csv read once, whole, into memory, then served to the use-cases through WorkbookPort.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { SheetData, TableData, WorkbookPort } from '../../app/ports';
import { decodeCsv, parseCsv } from './csv';
import { DamagedFile, InputError } from './errors';
import { rectangular, usedSize } from './grid';
import { isEncryptedPackage, sniff } from './sniff';
import { readXlsx } from './xlsx-read';

/** Dates of file inputs are UTC midnights (exceljs and Excel serials carry no zone): the engine's tzOffsetMinutes for them. */
export const FILE_TZ_OFFSET_MINUTES = 0;

export class FileWorkbook implements WorkbookPort {
  /** The file's path, as given. */
  readonly id: string;
  /** The file name, as people call it. */
  readonly name: string;
  private readonly sheets: Map<string, SheetData>;

  constructor(
    path: string,
    sheets: readonly SheetData[],
    readonly format: 'xlsx' | 'csv',
  ) {
    this.id = path;
    this.name = basename(path);
    this.sheets = new Map(sheets.map((s) => [s.name, s]));
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  readSheet(name: string): SheetData {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`no sheet "${name}" in ${this.name}`);
    return sheet;
  }

  /** Inputs are never written: reports and masters are new files. */
  writeTable(_sheet: string, _table: TableData): void {
    throw new Error(`read-only: ${this.name} is an input file`);
  }
}

const HEAD_BYTES = 64 * 1024;

/** `length` bytes of the file from `position` (clamped to the file). */
function bytesAt(path: string, position: number, length: number): Uint8Array {
  const buf = new Uint8Array(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, length, position);
  } finally {
    closeSync(fd);
  }
  return buf;
}

function accessError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('not_found', path, 'io.not_found', undefined, { cause: e });
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', path, 'io.no_access', undefined, { cause: e });
  return new InputError('unreadable', path, 'io.unreadable', (e as Error).message, { cause: e });
}

function sizeOf(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw accessError(path, e);
  }
  if (st.isDirectory()) throw new InputError('not_spreadsheet', path, 'io.not_spreadsheet.folder');
  return st.size;
}

const hasValue = (s: SheetData): boolean => s.values.length > 0;

function loadCsv(path: string): FileWorkbook {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw accessError(path, e);
  }
  const rows: (string[] | undefined)[] = parseCsv(decodeCsv(bytes));
  const { height, width } = usedSize(rows);
  const values = rectangular(rows, height, width, '');
  const name = basename(path, extname(path)) || basename(path);
  return new FileWorkbook(path, [{ name, values }], 'csv');
}

async function loadXlsx(path: string): Promise<FileWorkbook> {
  let sheets: SheetData[] | 'not_workbook';
  try {
    sheets = await readXlsx(path);
  } catch (e) {
    if (e instanceof DamagedFile) {
      if (e.reason.key === 'io.reason.encrypted')
        throw new InputError('password_protected', path, 'io.password_protected', undefined, { cause: e });
      if (e.reason.key === 'io.reason.too_large') throw new InputError('unreadable', path, 'io.too_large', e.reason, { cause: e });
      throw new InputError('unreadable', path, 'io.unreadable', e.reason, { cause: e });
    }
    // Errors without an errno come from XML parsing: the contents are damaged (a TypeError is a bug of ours: let it show).
    if ((e as NodeJS.ErrnoException).code === undefined && !(e instanceof TypeError))
      throw new InputError('unreadable', path, 'io.unreadable', { key: 'io.reason.damaged' }, { cause: e });
    throw accessError(path, e);
  }
  if (sheets === 'not_workbook') throw new InputError('not_spreadsheet', path, 'io.not_spreadsheet.zip');
  return new FileWorkbook(path, sheets, 'xlsx');
}

/**
 * Reads an input file whole. The content decides, not the name: a zip is read as .xlsx whatever its extension, text as
 * CSV only when named .csv. Throws InputError (not_found, not_spreadsheet, password_protected, empty, unreadable).
 */
export async function loadWorkbook(path: string): Promise<FileWorkbook> {
  const size = sizeOf(path);
  let bytes: Uint8Array;
  try {
    bytes = bytesAt(path, 0, Math.min(size, HEAD_BYTES));
  } catch (e) {
    throw accessError(path, e);
  }
  const kind = sniff(bytes, size);
  let wb: FileWorkbook;
  switch (kind) {
    case 'empty':
      throw new InputError('empty', path, 'io.empty_file');
    case 'zip':
      wb = await loadXlsx(path);
      break;
    case 'ole': {
      const encrypted = isEncryptedPackage(readFileSync(path));
      throw new InputError('password_protected', path, encrypted ? 'io.password_protected' : 'io.old_xls');
    }
    case 'web':
      throw new InputError('not_spreadsheet', path, 'io.not_spreadsheet.web');
    case 'text':
      if (extname(path).toLowerCase() !== '.csv') throw new InputError('not_spreadsheet', path, 'io.not_spreadsheet');
      wb = loadCsv(path);
      break;
    default:
      throw new InputError('not_spreadsheet', path, 'io.not_spreadsheet');
  }
  if (!wb.sheetNames().some((n) => hasValue(wb.readSheet(n)))) throw new InputError('empty', path, 'io.empty');
  return wb;
}
