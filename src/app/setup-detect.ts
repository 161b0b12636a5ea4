// What the setup dialog shows about a sheet: the detected kind, header row and field -> column pairs, as plain JSON.
import { FIELDS } from '../core/model/fields';
import type { Lang, RegisterKind } from '../core/model/types';
import { detectHeader, type HeaderResult, type MatchHow, type Overrides, type StoredMapping } from '../core/parse/header';
import { cellText } from '../core/parse/header-cells';
import { titleFacts } from '../core/parse/title';
import { referenceKindOf } from '../core/ref/references';
import { columnLetter } from '../core/text/a1';
import { fieldLabel } from './setup-columns';

type Grid = readonly (readonly unknown[])[];

/** `missing`: no sheet of that name (renamed or deleted while the dialog was open). */
export type DetectStatus = 'detected' | 'not_register' | 'empty' | 'own' | 'missing';

export interface DetectView {
  sheetName: string;
  status: DetectStatus;
  kind: RegisterKind;
  /** 1-based last header row, or null when no header was recognised. */
  headerRow: number | null;
  /** The sheet's header columns the user can pick from. */
  headers: { index: number; column: string; label: string }[];
  fields: { id: string; label: string; required: boolean; header: string | null; column: string | null; how: MatchHow | null }[];
  /** Labels of required fields without a column (and not named by the title block). */
  missing: string[];
  /** Fields without a column that the title block supplies, as the engine reads them ("Program" = "PKH"). */
  fromTitle: { field: string; value: string }[];
  ambiguous: { field: string; headers: string[] }[];
  /** NIK/KK cells holding numbers (to be retyped by the user). */
  numericIds: number;
  /** A mapping was saved for this sheet before. */
  saved: boolean;
  /** The name makes the engine read the sheet as a reference sheet ("Penerima DTKS"): the user should rename it. */
  referenceName: boolean;
}

export interface DetectInput {
  sheetName: string;
  grid: Grid;
  kind?: RegisterKind;
  stored?: StoredMapping;
  overrides?: Overrides;
  /** Sinergi's own or a reference sheet: never a register. */
  own?: boolean;
  missing?: boolean;
}

/** The row among the first 10 with the most texts: the likely header when none was recognised. */
function guessHeaderRow(grid: Grid): number {
  let best = -1;
  let most = 0;
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    let n = 0;
    for (const v of grid[r] ?? []) if (typeof v === 'string' && v.trim() !== '') n++;
    if (n > most) [best, most] = [r, n];
  }
  return best;
}

function countNumericIds(grid: Grid, header: HeaderResult): number {
  const cols = FIELDS[header.kind].filter((d) => d.type === 'id16' && header.fields[d.id] !== undefined).map((d) => header.fields[d.id]);
  let n = 0;
  for (let r = header.dataStart; r < grid.length; r++) {
    const row = grid[r];
    if (row) for (const c of cols) if (typeof row[c] === 'number') n++;
  }
  return n;
}

export function detectView(input: DetectInput, lang: Lang): DetectView {
  const { grid, sheetName } = input;
  const empty = grid.every((row) => row.every((v) => cellText(v) === ''));
  const skip = input.own || input.missing || empty;
  const header = skip ? undefined : detectHeader(grid, { kind: input.kind, stored: input.stored, overrides: input.overrides });
  const kind: RegisterKind = header?.kind ?? input.kind ?? input.stored?.kind ?? 'beneficiary';
  const status: DetectStatus = input.missing ? 'missing' : input.own ? 'own' : empty ? 'empty' : header ? 'detected' : 'not_register';

  let headers: DetectView['headers'] = [];
  if (header) headers = header.columns.map((c) => ({ index: c.index, column: columnLetter(c.index), label: c.label }));
  else if (status === 'not_register') {
    const r = guessHeaderRow(grid);
    if (r >= 0)
      grid[r].forEach((v, index) => {
        const label = cellText(v);
        if (label) headers.push({ index, column: columnLetter(index), label });
      });
  }

  const byColumn = new Map(header?.columns.map((c) => [c.index, c]) ?? []);
  const fields = FIELDS[kind].map((d) => {
    const index = header?.fields[d.id];
    const col = index === undefined ? undefined : byColumn.get(index);
    return {
      id: d.id,
      label: fieldLabel(lang, d.id),
      required: d.required,
      header: col?.label ?? null,
      column: index === undefined ? null : columnLetter(index),
      how: col?.how ?? null,
    };
  });
  // As the engine does: a field the title block names ("DAFTAR PENERIMA PKH ...") is not missing.
  const facts: Record<string, string | number | undefined> = header ? { ...titleFacts(kind, header.context.title, sheetName) } : {};
  const fromTitle: DetectView['fromTitle'] = [];
  for (const [field, value] of Object.entries(facts))
    if (value !== undefined && header?.fields[field] === undefined && FIELDS[kind].some((d) => d.id === field))
      fromTitle.push({ field: fieldLabel(lang, field), value: String(value) });
  const missing = (header ? header.issues.missing : FIELDS[kind].filter((d) => d.required).map((d) => d.id)).filter(
    (f) => facts[f] === undefined,
  );
  return {
    sheetName,
    status,
    kind,
    headerRow: header ? header.headerRow + 1 : null,
    headers,
    fields,
    missing: status === 'detected' || status === 'not_register' ? missing.map((f) => fieldLabel(lang, f)) : [],
    fromTitle,
    ambiguous: (header?.issues.ambiguous ?? []).map((a) => ({ field: fieldLabel(lang, a.field), headers: [...a.headers] })),
    numericIds: header ? countNumericIds(grid, header) : 0,
    saved: input.stored !== undefined,
    referenceName: !input.own && referenceKindOf(sheetName) !== undefined,
  };
}
