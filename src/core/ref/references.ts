// Reads the optional reference sheets (DTKS/DTSEN extract, RPJMD codes, nomenclature, programme rules) from plain grids.
import type { DtksLookup } from '../checks/types';
import { DEFAULT_CONFIG, type ProgramPolicy, type RuleConfig } from '../model/config';
import { fold } from '../text/fold';
import { foldRpjmdCode } from './rpjmd';
import { readEnum, readId, readInteger, readText, INVALID } from '../parse/coerce';

export type ReferenceKind = 'dtks' | 'rpjmd' | 'nomenclature' | 'program_rules';

type Grid = readonly (readonly unknown[])[];

const SHEET_NAMES: readonly [ReferenceKind, RegExp][] = [
  ['dtks', /dtks|dtsen/],
  ['rpjmd', /rpjmd|misisasaran/],
  ['nomenclature', /nomenklatur|nomenclature|kodeprogram/],
  ['program_rules', /aturanprogram|programrules|aturanbansos/],
];

/** The reference a sheet holds, judged by its name (folded): "Ref DTKS 2025" -> dtks. */
export function referenceKindOf(sheetName: string): ReferenceKind | undefined {
  const f = fold(sheetName);
  return SHEET_NAMES.find(([, re]) => re.test(f))?.[0];
}

/** Finds the header row in the first 10 rows: the first row where every wanted column group has a match. */
function columns(grid: Grid, wanted: Record<string, RegExp>): { start: number; cols: Record<string, number> } | undefined {
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    const cols: Record<string, number> = {};
    (grid[r] ?? []).forEach((v, i) => {
      const f = fold(String(v ?? ''));
      for (const [k, re] of Object.entries(wanted)) if (cols[k] === undefined && f && re.test(f)) cols[k] = i;
    });
    const required = Object.keys(wanted).filter((k) => !k.startsWith('?'));
    // With only optional columns wanted, a header row must still name one of them (a title row above names none).
    const ok = required.length > 0 ? required.every((k) => cols[k] !== undefined) : Object.keys(cols).some((k) => k !== '?ket');
    if (ok) return { start: r + 1, cols };
  }
  return undefined;
}

/** Example rows that setup writes into a new reference sheet say "CONTOH" in their Keterangan column: they are not data. */
function isExample(grid: Grid, r: number, cols: Record<string, number>): boolean {
  const k = cols['?ket'];
  return k !== undefined && fold(String(grid[r]?.[k] ?? '')).startsWith('contoh');
}

const text = (v: unknown): string | undefined => {
  const s = readText(v);
  return s === INVALID ? undefined : s;
};

/**
 * A DTKS/DTSEN extract. NIKs the extract stored as numbers may have lost their last digit (Excel keeps 15), so they
 * are kept by their first 15 digits: a recipient whose NIK shares those with such an entry counts as listed rather
 * than be wrongly flagged as missing.
 */
export class DtksList implements DtksLookup {
  readonly exact = new Map<string, number | undefined>();
  readonly loose = new Map<string, number | undefined>();
  get size(): number {
    return this.exact.size + this.loose.size;
  }
  has(nik: string): boolean {
    return this.exact.has(nik) || (this.loose.size > 0 && this.loose.has(nik.slice(0, 15)));
  }
  get(nik: string): number | undefined {
    return this.exact.has(nik) ? this.exact.get(nik) : this.loose.get(nik.slice(0, 15));
  }
}

export function readDtks(grid: Grid): DtksList | undefined {
  const h = columns(grid, { nik: /^(nik|noktp|nomorindukkependudukan|nikktp)/, '?desil': /desil/, '?ket': /^keterangan/ });
  if (!h) return undefined;
  const out = new DtksList();
  for (let r = h.start; r < grid.length; r++) {
    if (isExample(grid, r, h.cols)) continue;
    const id = readId(grid[r]?.[h.cols.nik]);
    if (!id || id.junk || id.digits.length !== 16) continue;
    const d = h.cols['?desil'] === undefined ? undefined : readInteger(grid[r]?.[h.cols['?desil']]);
    const desil = typeof d === 'number' ? d : undefined;
    if (id.trusted) out.exact.set(id.digits, desil);
    else out.loose.set(id.digits.slice(0, 15), desil);
  }
  // An extract with no NIK yet (only the example rows setup wrote) is no extract: it must not flag every recipient.
  return out.size > 0 ? out : undefined;
}

export function readRpjmd(grid: Grid): { misi: Set<string>; sasaran: Set<string> } | undefined {
  const h = columns(grid, { '?misi': /^(kode)?misi/, '?sasaran': /^(kode)?sasaran/, '?ket': /^keterangan/ });
  if (!h || (h.cols['?misi'] === undefined && h.cols['?sasaran'] === undefined)) return undefined;
  const misi = new Set<string>();
  const sasaran = new Set<string>();
  for (let r = h.start; r < grid.length; r++) {
    if (isExample(grid, r, h.cols)) continue;
    const m = h.cols['?misi'] === undefined ? undefined : text(grid[r]?.[h.cols['?misi']]);
    const s = h.cols['?sasaran'] === undefined ? undefined : text(grid[r]?.[h.cols['?sasaran']]);
    if (m) misi.add(foldRpjmdCode(m));
    if (s) sasaran.add(foldRpjmdCode(s));
  }
  return misi.size + sasaran.size > 0 ? { misi, sasaran } : undefined;
}

export function readNomenclature(grid: Grid, normalise: (code: string) => string | undefined): Map<string, string> | undefined {
  const h = columns(grid, { kode: /^kode/, '?nama': /^(nama|uraian|nomenklatur)/, '?ket': /^keterangan/ });
  if (!h) return undefined;
  const out = new Map<string, string>();
  for (let r = h.start; r < grid.length; r++) {
    if (isExample(grid, r, h.cols)) continue;
    const raw = text(grid[r]?.[h.cols.kode]);
    const code = raw === undefined ? undefined : normalise(raw);
    if (code) out.set(code, (h.cols['?nama'] === undefined ? undefined : text(grid[r]?.[h.cols['?nama']])) ?? '');
  }
  return out.size > 0 ? out : undefined;
}

/**
 * Programme rules: one row per programme with optional desil limit, age band and the programmes it excludes
 * ("BST" excludes "PKH; BPNT"). Programmes not in the built-in list become valid programme names.
 */
export function readProgramRules(
  grid: Grid,
  base: RuleConfig = DEFAULT_CONFIG,
): { config: RuleConfig; aliases: Record<string, string> } | undefined {
  const h = columns(grid, {
    program: /^(program|namaprogram|jenisbantuan)/,
    '?desil': /desil/,
    '?min': /(usia|umur)(min|minimal|dari)/,
    '?max': /(usia|umur)(max|maks|maksimal|sampai)/,
    '?excl': /(eksklusif|tidakbolehbersama|excludes|kecuali|larangan)/,
  });
  if (!h) return undefined;
  const programs: Record<string, ProgramPolicy> = { ...base.programs };
  const aliases: Record<string, string> = {};
  const exclusive: [string, string][] = [];
  const canon = (s: string): string => {
    const e = readEnum('program', s, aliases);
    if (e && 'value' in e) return e.value;
    const name = s.trim();
    aliases[fold(name)] = name;
    return name;
  };
  const num = (r: number, k: string) => {
    if (h.cols[k] === undefined) return undefined;
    const v = readInteger(grid[r]?.[h.cols[k]]);
    return typeof v === 'number' ? v : undefined;
  };
  for (let r = h.start; r < grid.length; r++) {
    if (isExample(grid, r, h.cols)) continue;
    const name = text(grid[r]?.[h.cols.program]);
    if (!name) continue;
    const p = canon(name);
    const policy: ProgramPolicy = { ...programs[p] };
    const desil = num(r, '?desil');
    const min = num(r, '?min');
    const max = num(r, '?max');
    if (desil !== undefined) policy.desilMax = desil;
    if (min !== undefined) policy.ageMin = min;
    if (max !== undefined) policy.ageMax = max;
    programs[p] = policy;
    const excl = h.cols['?excl'] === undefined ? undefined : text(grid[r]?.[h.cols['?excl']]);
    for (const other of (excl ?? '')
      .split(/[;,/]| dan | and /)
      .map((s) => s.trim())
      .filter(Boolean))
      exclusive.push([p, canon(other)]);
  }
  return { config: { ...base, programs, exclusive: exclusive.length > 0 ? exclusive : base.exclusive }, aliases };
}
