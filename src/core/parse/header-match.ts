// Which field a header text names: folded synonym lookup, then without brackets or a trailing unit, then quarterly headers, then typos.
import { FIELDS, type FieldDef } from '../model/fields';
import type { RegisterKind } from '../model/types';
import { fold, foldWords } from '../text/fold';
import { editDistance } from '../text/fuzzy';
import { parseQuarterly } from './header-quarter';
import { EXTRA_SYNONYMS, NOT_FIELDS } from './synonyms';

/** 3: the header is a synonym; 2: it is one once brackets or a unit are dropped, or a quarterly header; 1: a typo of a synonym. */
export type MatchRank = 1 | 2 | 3;

export interface LabelMatch {
  field: string;
  rank: MatchRank;
}

interface KindIndex {
  exact: Map<string, string>;
  /** Folded synonyms for typo matching; quarterly ones are left out, "TW II" is one letter from "TW III". */
  fuzzy: { key: string; field: string }[];
  defs: Map<string, FieldDef>;
  quarterly: boolean;
}

const QUARTERLY = /_tw[1-4]$/;

function buildIndex(kind: RegisterKind): KindIndex {
  const exact = new Map<string, string>();
  const fuzzy: { key: string; field: string }[] = [];
  const defs = new Map<string, FieldDef>();
  let quarterly = false;
  for (const def of FIELDS[kind]) {
    defs.set(def.id, def);
    if (QUARTERLY.test(def.id)) quarterly = true;
    for (const s of [def.id, ...def.synonyms, ...(EXTRA_SYNONYMS[kind][def.id] ?? [])]) {
      const key = fold(s);
      // The catalogue's order decides when two fields share a spelling; the synonym test keeps that from happening.
      if (!key || exact.has(key)) continue;
      exact.set(key, def.id);
      if (!QUARTERLY.test(def.id) && key.length >= 3) fuzzy.push({ key, field: def.id });
    }
  }
  return { exact, fuzzy, defs, quarterly };
}

const INDEX: Record<RegisterKind, KindIndex> = { beneficiary: buildIndex('beneficiary'), program: buildIndex('program') };
const NOT_FIELD_KEYS = new Set(NOT_FIELDS.map(fold));

/** A header that resembles a field but names something else ("No", "Sumber Dana"). */
export const isNotField = (text: string): boolean => NOT_FIELD_KEYS.has(fold(text));

/** Folded synonyms of a kind, field by field (for tests and for a host's mapping editor). */
export function synonymKeys(kind: RegisterKind): ReadonlyMap<string, string> {
  return INDEX[kind].exact;
}

/** "Pagu Anggaran (Rp)" -> "Pagu Anggaran"; "NIK [16 digit]" -> "NIK". */
function dropBrackets(s: string): string {
  if (s.indexOf('(') < 0 && s.indexOf('[') < 0) return s;
  return s.replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ');
}

const MONEY_UNITS = new Set(['rp', 'rupiah']);
const PERCENT_UNITS = new Set(['persen', 'prosen']);

/** "Pagu Anggaran Rp" -> pagu, but "Target Rp" is no target: a unit is dropped only where it fits the field's type. */
function withoutUnit(ix: KindIndex, s: string): string | undefined {
  const words = foldWords(s.indexOf('%') >= 0 ? s.replace(/%/g, ' persen ') : s).split(' ');
  if (words.length < 2) return undefined;
  const last = words[words.length - 1];
  const money = MONEY_UNITS.has(last);
  if (!money && !PERCENT_UNITS.has(last)) return undefined;
  const field = ix.exact.get(words.slice(0, -1).join(''));
  if (!field) return undefined;
  const type = ix.defs.get(field)?.type;
  return (money ? type === 'money' : type === 'percent') ? field : undefined;
}

const SEX_WORDS = new Set(['l', 'p', 'lk', 'pr', 'lakilaki', 'perempuan', 'pria', 'wanita']);

/** "Jenis Kelamin" over an "L" or "P" sub-column (ticked per row): the sex field, read with its sibling by parse. */
function sexSubColumn(ix: KindIndex, s: string): string | undefined {
  const words = foldWords(s).split(' ');
  for (let cut = 1; cut <= 2 && cut < words.length; cut++) {
    if (!SEX_WORDS.has(words.slice(-cut).join(''))) continue;
    const field = ix.exact.get(words.slice(0, -cut).join(''));
    if (field === 'jenis_kelamin') return field;
  }
  return undefined;
}

/** Exact and near-exact matching of one header text; undefined for no field and for known look-alikes. */
export function matchExact(kind: RegisterKind, text: string): LabelMatch | undefined {
  const ix = INDEX[kind];
  const key = fold(text);
  if (!key || NOT_FIELD_KEYS.has(key)) return undefined;
  // Folding drops "%": "Realisasi Keuangan TW III" over "%" is the share of the pagu spent, not the amount.
  const share = text.indexOf('%') >= 0;
  const fits = (field: string): boolean => !share || ix.defs.get(field)?.type !== 'money';
  const hit = ix.exact.get(key);
  if (hit && fits(hit)) return { field: hit, rank: 3 };
  const bare = dropBrackets(text);
  if (bare !== text) {
    const k2 = fold(bare);
    if (!k2 || NOT_FIELD_KEYS.has(k2)) return undefined;
    const h2 = ix.exact.get(k2);
    if (h2 && fits(h2)) return { field: h2, rank: 2 };
  }
  const unit = withoutUnit(ix, bare);
  if (unit) return { field: unit, rank: 2 };
  const sex = sexSubColumn(ix, bare);
  if (sex) return { field: sex, rank: 2 };
  if (ix.quarterly) {
    const q = parseQuarterly(text);
    if (q) return { field: q.field, rank: q.fuzzy ? 1 : 2 };
  }
  return undefined;
}

/** A typo of one synonym ("Nama Lengkp", "Kelurahaan"): similarity at least 0.8, at most 2 edits, never for texts under 4 letters. */
export function matchFuzzy(kind: RegisterKind, text: string): LabelMatch | undefined {
  const bare = dropBrackets(text);
  const key = fold(bare);
  if (key.length < 4 || key.length > 60 || NOT_FIELD_KEYS.has(key) || NOT_FIELD_KEYS.has(fold(text))) return undefined;
  // "Triwulan II" is not a typo of "Triwulan": a numbered header is one of a series, never a slip.
  if (/(^|[^a-z])(\d+|i|ii|iii|iv|v|vi)$/.test(foldWords(bare))) return undefined;
  const ix = INDEX[kind];
  const share = text.indexOf('%') >= 0;
  let best: string | undefined;
  let bestSim = 0;
  let tie = false;
  for (const c of ix.fuzzy) {
    const len = Math.max(key.length, c.key.length);
    const max = Math.min(2, Math.floor(len * 0.2));
    if (max < 1 || Math.abs(key.length - c.key.length) > max) continue;
    const d = editDistance(key, c.key, max);
    if (d > max || (share && ix.defs.get(c.field)?.type === 'money')) continue;
    const sim = 1 - d / len;
    if (sim > bestSim) {
      best = c.field;
      bestSim = sim;
      tie = false;
    } else if (sim === bestSim && c.field !== best) tie = true;
  }
  // Equally close to two fields is a guess, not a match.
  return best && !tie ? { field: best, rank: 1 } : undefined;
}

export interface ColumnMatch extends LabelMatch {
  /** Matched on the lower header levels only, the group text above did not take part. */
  partial: boolean;
}

/** Memo of header texts already matched (null: no field); spans of header rows share their lower levels. */
export type MatchCache = Map<string, LabelMatch | null>;

function memo(cache: MatchCache | undefined, key: string, run: () => LabelMatch | undefined): LabelMatch | undefined {
  if (!cache) return run();
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const m = run();
  cache.set(key, m ?? null);
  return m;
}

/**
 * The field a column's header levels name (top group first, e.g. ["Realisasi Keuangan", "s.d. TW I"]): the whole text first,
 * then without the upper groups ("Identitas Penerima" / "NIK" -> nik); exact before fuzzy at every level.
 */
export function matchColumn(kind: RegisterKind, levels: readonly string[], cache?: MatchCache): ColumnMatch | undefined {
  if (levels.length === 0) return undefined;
  const texts: string[] = [];
  for (let k = 0; k < levels.length; k++) texts.push(k === levels.length - 1 ? levels[k] : levels.slice(k).join(' '));
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < texts.length; k++) {
      const t = texts[k];
      const m = pass === 0 ? memo(cache, 'e\u0001' + t, () => matchExact(kind, t)) : memo(cache, 'f\u0001' + t, () => matchFuzzy(kind, t));
      if (m) return { field: m.field, rank: m.rank, partial: k > 0 };
    }
  }
  return undefined;
}
