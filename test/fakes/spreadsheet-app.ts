// SpreadsheetApp and the set of spreadsheets the fake knows: active one, openById/openByUrl, simulated open failures.
import { createHash } from 'node:crypto';
import { isDate } from './cells';
import { Env, fail, metered, quietly } from './env';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './metadata';
import { ProtectionType } from './protection';
import { DEFAULT_COLUMNS, DEFAULT_ROWS } from './sheet';
import { FakeSpreadsheet, Toast } from './spreadsheet';
import { FakeRichTextValueBuilder } from './richtext';
import { FakeUi, requireUi, UiLog } from './ui';
import { DataValidationCriteria, FakeDataValidationBuilder } from './validation';

export type OpenFailure = 'deleted' | 'noAccess';
export const OPEN_FAILURE_MESSAGES: Record<OpenFailure, string> = {
  deleted: 'Requested entity was not found.',
  noAccess: 'You do not have permission to access the requested document.',
};

/** A fixture cell holding a formula and the value Sheets would have computed for it. */
export interface FormulaCell {
  readonly __fakeFormula: string;
  readonly value: unknown;
}

/** Fixture helper: formula('=SUM(A1:A3)', 6) puts a formula in a cell whose getValues() result is 6. */
export function formula(text: string, value: unknown = ''): FormulaCell {
  return { __fakeFormula: text, value };
}

function isFormulaCell(v: unknown): v is FormulaCell {
  return typeof v === 'object' && v !== null && '__fakeFormula' in v;
}

export class SpreadsheetRegistry {
  readonly byId = new Map<string, FakeSpreadsheet>();
  readonly failures = new Map<string, OpenFailure>();
  active: FakeSpreadsheet | null = null;
  readonly toasts: Toast[];
  private seq = 0;

  constructor(
    readonly env: Env,
    readonly ui: UiLog,
    readonly owner: () => string,
  ) {
    this.toasts = ui.toasts;
  }

  /**
   * A spreadsheet from a fixture. Cells hold exactly what is given (stored values, not typed input: a string
   * '0812' stays text); use formula() for formulas. Each sheet is at least 1000 x 26 and grows to fit its data.
   */
  create(
    name: string,
    sheets?: Record<string, unknown[][]>,
    options: { id?: string; locale?: string; timeZone?: string; openFailure?: OpenFailure } = {},
  ): FakeSpreadsheet {
    return quietly(this.env, () => {
      const id = options.id ?? `1${createHash('sha256').update(`fake-spreadsheet-${++this.seq}-${name}`).digest('base64url').slice(0, 43)}`;
      if (this.byId.has(id)) fail(this.env, `Spreadsheet id ${id} already exists in the fake`);
      const ss = new FakeSpreadsheet(
        this,
        id,
        name,
        options.locale ?? this.env.spreadsheetLocale,
        options.timeZone ?? this.env.spreadsheetTimeZone,
      );
      const entries = Object.entries(sheets ?? { Sheet1: [] });
      for (const [sheetName, grid] of entries.length ? entries : [['Sheet1', []] as [string, unknown[][]]]) {
        const rows = Math.max(DEFAULT_ROWS, grid.length);
        const columns = grid.reduce((n, line) => Math.max(n, line.length), DEFAULT_COLUMNS);
        const sheet = ss._newSheet(sheetName, undefined, rows, columns);
        grid.forEach((line, r) => {
          const values: unknown[] = new Array(line.length);
          line.forEach((v, c) => {
            if (isFormulaCell(v)) {
              sheet._data.formulas.set(r, c, v.__fakeFormula);
              values[c] = v.value === '' ? undefined : v.value;
            } else if (v !== '' && v !== null) {
              values[c] = isDate(v) ? new Date(v.getTime()) : v;
            }
          });
          sheet._data.values.setRow(r, values);
        });
      }
      this.byId.set(id, ss);
      if (options.openFailure) this.failures.set(id, options.openFailure);
      if (!this.active) this.active = ss;
      return ss;
    });
  }

  open(id: string, method: string): FakeSpreadsheet {
    const failure = this.failures.get(id);
    if (failure) fail(this.env, OPEN_FAILURE_MESSAGES[failure]);
    const ss = this.byId.get(id);
    if (!ss) fail(this.env, `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`);
    return ss;
  }
}

export function createSpreadsheetApp(reg: SpreadsheetRegistry, addonName: string) {
  const env = reg.env;
  const ui = new FakeUi(env, reg.ui, addonName);
  return metered(env, 'SpreadsheetApp', {
    DataValidationCriteria,
    ProtectionType,
    DeveloperMetadataVisibility,
    DeveloperMetadataLocationType,
    WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
    Dimension: { COLUMNS: 'COLUMNS', ROWS: 'ROWS' },
    BorderStyle: {
      DOTTED: 'DOTTED',
      DASHED: 'DASHED',
      SOLID: 'SOLID',
      SOLID_MEDIUM: 'SOLID_MEDIUM',
      SOLID_THICK: 'SOLID_THICK',
      DOUBLE: 'DOUBLE',
    },
    CopyPasteType: { PASTE_NORMAL: 'PASTE_NORMAL', PASTE_VALUES: 'PASTE_VALUES', PASTE_FORMAT: 'PASTE_FORMAT' },
    /** null when no spreadsheet is active (standalone script), as in Apps Script. */
    getActive: () => reg.active,
    getActiveSpreadsheet: () => reg.active,
    getActiveSheet: () => (reg.active ? reg.active.getActiveSheet() : null),
    getActiveRange: () => (reg.active ? reg.active.getActiveRange() : null),
    setActiveSpreadsheet: (ss: FakeSpreadsheet) => {
      reg.active = ss;
    },
    setActiveSheet: (sheet: { activate(): unknown }) => sheet.activate(),
    openById: (id: string) => reg.open(String(id), 'openById'),
    /** Takes the id from .../d/<id>/...; anything else is an invalid argument. */
    openByUrl: (url: string) => {
      const m = /\/d\/([a-zA-Z0-9_-]+)/.exec(String(url));
      if (!m) fail(env, 'Invalid argument: url');
      return reg.open(m[1], 'openByUrl');
    },
    create: (name: string, rows?: number, columns?: number) => {
      const ss = reg.create(String(name));
      if (rows || columns) ss.getSheets()[0]._resize(rows ?? DEFAULT_ROWS, columns ?? DEFAULT_COLUMNS);
      return ss;
    },
    /** Throws in trigger runs (fake.ui.available = false), where there is no user interface. */
    getUi: () => {
      requireUi(env, reg.ui);
      return ui;
    },
    flush: () => undefined,
    newDataValidation: () => new FakeDataValidationBuilder(env),
    newRichTextValue: () => new FakeRichTextValueBuilder(),
  });
}
