// Assigning a candidate header's columns to fields: the user's overrides first, then the stored mapping, then synonyms.
import * as z from 'zod/mini';
import { FIELDS } from '../model/fields';
import type { RegisterKind } from '../model/types';
import { fold } from '../text/fold';
import { isNotField, matchColumn, type ColumnMatch, type MatchCache } from './header-match';
import { isCumulative } from './header-quarter';

/** A mapping the user confirmed, as a host stores it (document properties, a JSON file) and a user may edit it. */
export const StoredMappingSchema = z.object({
  kind: z.enum(['beneficiary', 'program']),
  /** 1-based sheet row of the last header row. */
  headerRow: z.int().check(z.minimum(1)),
  /** field id -> the column's header text as shown and its 0-based index when the mapping was stored. */
  fields: z.record(z.string(), z.object({ header: z.string(), index: z.int().check(z.minimum(0)) })),
});
export type StoredMapping = z.infer<typeof StoredMappingSchema>;

/** field id -> header text the user chose for it, or null: "this sheet has no column for this field". */
export type Overrides = Readonly<Record<string, string | null>>;
export type MatchHow = 'exact' | 'fuzzy' | 'stored' | 'override';

/** One non-empty column of a candidate header. */
export interface HeaderColumn {
  index: number;
  /** The header levels joined, as the user reads them: "Realisasi Keuangan s.d. TW I". */
  label: string;
  /** Header texts from the top group down to the column's own cell. */
  levels: readonly string[];
}

export interface Assignment {
  kind: RegisterKind;
  fields: Record<string, number>;
  /** column index -> the field it holds and how it was found. */
  byColumn: Map<number, { field: string; how: MatchHow }>;
  ambiguous: { field: string; headers: string[] }[];
  /** Fields weighted (required 3, optional 1; a typo 0.9, a stored field found only by place 0.8): how header-like this is. */
  score: number;
  mapped: number;
  required: number;
  /** Matches that needed the upper header rows dropped: a sign that those rows are not part of the header. */
  partial: number;
}

export interface AssignOptions {
  stored?: StoredMapping;
  overrides?: Overrides;
}

const REQUIRED: Record<RegisterKind, ReadonlySet<string>> = {
  beneficiary: new Set(FIELDS.beneficiary.filter((d) => d.required).map((d) => d.id)),
  program: new Set(FIELDS.program.filter((d) => d.required).map((d) => d.id)),
};
const FIELD_IDS: Record<RegisterKind, ReadonlySet<string>> = {
  beneficiary: new Set(FIELDS.beneficiary.map((d) => d.id)),
  program: new Set(FIELDS.program.map((d) => d.id)),
};

export const requiredFields = (kind: RegisterKind): ReadonlySet<string> => REQUIRED[kind];
export const fieldIds = (kind: RegisterKind): ReadonlySet<string> => FIELD_IDS[kind];

/** The untaken column whose folded header is `key`, nearest to `near` when several are. */
function findByHeader(
  columns: readonly HeaderColumn[],
  keys: readonly string[],
  key: string,
  taken: ReadonlySet<number>,
  near: number,
): number {
  let best = -1;
  for (let i = 0; i < columns.length; i++) {
    if (keys[i] !== key || taken.has(i)) continue;
    if (best < 0 || Math.abs(columns[i].index - near) < Math.abs(columns[best].index - near)) best = i;
  }
  return best;
}

export function assign(kind: RegisterKind, columns: readonly HeaderColumn[], options: AssignOptions, cache: MatchCache): Assignment {
  const ids = FIELD_IDS[kind];
  const out: Assignment = { kind, fields: {}, byColumn: new Map(), ambiguous: [], score: 0, mapped: 0, required: 0, partial: 0 };
  const taken = new Set<number>(); // positions in `columns`
  const byPlace = new Set<string>(); // stored fields found by index only: weaker evidence of a header
  const settled = new Set<string>(); // fields decided by the user: never by synonyms, never ambiguous
  const { stored, overrides } = options;
  const keys = stored || overrides ? columns.map((c) => fold(c.label)) : [];
  const put = (pos: number, field: string, how: MatchHow): void => {
    taken.add(pos);
    settled.add(field);
    out.fields[field] = columns[pos].index;
    out.byColumn.set(columns[pos].index, { field, how });
  };

  if (overrides) {
    for (const field of Object.keys(overrides)) {
      if (!ids.has(field)) continue;
      const header = overrides[field];
      if (header === null) {
        settled.add(field);
        continue;
      }
      // A header the sheet no longer has leaves the field to the stored mapping and synonyms.
      const pos = typeof header === 'string' ? findByHeader(columns, keys, fold(header), taken, -1) : -1;
      if (pos >= 0) put(pos, field, 'override');
    }
  }

  if (stored && stored.kind === kind) {
    const entries = Object.keys(stored.fields)
      .filter((f) => ids.has(f) && !settled.has(f))
      .map((f) => ({ field: f, key: fold(stored.fields[f].header), index: stored.fields[f].index }));
    const left: typeof entries = [];
    // By header first: the column may have moved.
    for (const e of entries) {
      const pos = e.key ? findByHeader(columns, keys, e.key, taken, e.index) : -1;
      if (pos >= 0) put(pos, e.field, 'stored');
      else left.push(e);
    }
    // Then by place: the column was renamed, unless its new header is another stored field's or names another field.
    // Only under a header that still shows some stored header: a data or title row must not pass for a renamed header.
    const claimed = new Set(entries.map((e) => e.key));
    const anchored = left.length < entries.length;
    for (const e of anchored ? left : []) {
      const pos = columns.findIndex((c) => c.index === e.index);
      if (pos < 0 || taken.has(pos) || claimed.has(keys[pos]) || isNotField(columns[pos].label)) continue;
      const m = matchColumn(kind, columns[pos].levels, cache);
      if (!m || m.field === e.field) {
        put(pos, e.field, 'stored');
        byPlace.add(e.field);
      }
    }
  }

  const claims = new Map<string, { pos: number; m: ColumnMatch }[]>();
  for (let pos = 0; pos < columns.length; pos++) {
    if (taken.has(pos)) continue;
    const m = matchColumn(kind, columns[pos].levels, cache);
    if (!m || settled.has(m.field)) continue;
    const list = claims.get(m.field);
    if (list) list.push({ pos, m });
    else claims.set(m.field, [{ pos, m }]);
  }
  for (const [field, list] of claims) {
    // The better match wins, the first column among equals; every claimant is listed for the user to settle.
    // A sheet with both "TW II" and "s.d. TW II" columns: the quarterly fields are cumulative.
    let win = list[0];
    if (list.length > 1) {
      const quarterly = /_tw[1-4]$/.test(field);
      const worth = (c: { pos: number; m: ColumnMatch }) => c.m.rank + (quarterly && isCumulative(columns[c.pos].label) ? 10 : 0);
      let best = worth(win);
      for (const c of list) {
        const w = worth(c);
        if (w > best) [win, best] = [c, w];
      }
    }
    put(win.pos, field, win.m.rank === 1 ? 'fuzzy' : 'exact');
    if (win.m.partial) out.partial++;
    if (list.length > 1) out.ambiguous.push({ field, headers: list.map((c) => columns[c.pos].label) });
  }

  const req = REQUIRED[kind];
  for (const [, { field, how }] of out.byColumn) {
    const w = req.has(field) ? 3 : 1;
    out.score += how === 'fuzzy' ? w * 0.9 : byPlace.has(field) ? w * 0.8 : w;
    out.mapped++;
    if (req.has(field)) out.required++;
  }
  return out;
}
