// The demo set: deterministic per seed, structurally sound where nothing is planted, synthetic names only, and every planted problem found.
import { generateDemo, type DemoSet, type Planted } from '../../../src/cli/demo';
import { BLOCKED_NAMES, NAME_WORDS } from '../../../src/cli/demo/names';
import type { SheetInput } from '../../../src/core/engine';
import { dayParts } from '../../../src/core/i18n/format';
import type { BeneficiaryRow } from '../../../src/core/model/schemas';
import type { Finding } from '../../../src/core/model/types';
import { checkWorkbooks, type WorkbookResult } from '../../../src/core/workbook';

const TODAY = Math.round(Date.UTC(2025, 11, 1) / 86400000);

const inputsOf = (set: DemoSet): SheetInput[] =>
  set.workbooks.flatMap((w) => w.sheets.map((s) => ({ file: w.file, sheet: s.name, values: s.rows })));
const key = (x: { file?: string; sheet: string; row: number }): string => `${x.file}|${x.sheet}|${x.row}`;
const places = (f: Finding): string[] => [key(f), ...(f.places ?? []).map(key)];

const set = generateDemo();
const result: WorkbookResult = checkWorkbooks(inputsOf(set), { today: TODAY, tzOffsetMinutes: 0 });
const plantedRows = new Set(set.planted.map(key));
const beneficiary = result.registers.filter((r) => r.kind === 'beneficiary');
const cleanRows = beneficiary.flatMap((r) =>
  (r.rows as BeneficiaryRow[])
    .filter((x) => !plantedRows.has(key({ file: r.file, sheet: r.sheet, row: x.row })))
    .map((x) => ({ reg: r, row: x })),
);

describe('determinism', () => {
  test('the same seed gives the same set; another seed another one', () => {
    const a = generateDemo({ seed: 7, recipients: 500 });
    expect(generateDemo({ seed: 7, recipients: 500 })).toEqual(a);
    expect(generateDemo({ seed: 8, recipients: 500 })).not.toEqual(a);
  });

  test('the default size is about 3,000 recipient rows', () => {
    const rows = beneficiary.reduce((n, r) => n + r.rows.length, 0);
    expect(rows).toBeGreaterThan(2500);
    expect(rows).toBeLessThan(3600);
  });
});

describe('what the engine reads', () => {
  test('every sheet is a register or a reference, except the BST summary', () => {
    expect(result.references.map((r) => r.kind).sort()).toEqual(['dtks', 'nomenclature', 'program_rules', 'rpjmd']);
    expect(result.skipped).toEqual([{ file: 'bst-2021-dinsos.xlsx', sheet: 'Rekap' }]);
    const files = new Set(result.registers.filter((r) => r.kind === 'program').map((r) => r.file));
    expect(files.size).toBeGreaterThanOrEqual(4);
  });

  test('the lists are messy the way real ones are', () => {
    const nikHeaders = new Set(beneficiary.map((r) => r.header.columns.find((c) => c.index === r.header.fields.nik)!.label));
    expect(nikHeaders.size).toBeGreaterThanOrEqual(5);
    const sheets = set.workbooks.flatMap((w) => w.sheets);
    const cells = sheets.flatMap((s) => s.rows.flat());
    expect(cells.some((v) => v instanceof Date)).toBe(true);
    expect(cells.some((v) => typeof v === 'number' && v > 1e15)).toBe(true);
    for (const s of ['Kel. ', 'Jatinegara', 'Rp ', 'DAFTAR PENERIMA PKH', 'TAHUN ANGGARAN 2025', 'Binjai, 31 Maret 2025'])
      expect(cells.some((v) => typeof v === 'string' && v.includes(s))).toBe(true);
    // Two-row headers: a merged group cell spanning columns within one row, below the title block.
    const group = (m: string): boolean => {
      const [a, b] = m.split(':').map((x) => /^([A-Z]+)(\d+)$/.exec(x)!);
      return a[2] === b[2] && a[1] !== b[1] && a[1] !== 'A';
    };
    expect(sheets.filter((s) => (s.merges ?? []).some(group)).length).toBeGreaterThanOrEqual(5);
    const programs = new Set((beneficiary.flatMap((r) => r.rows) as BeneficiaryRow[]).map((x) => x.program));
    expect([...programs].sort()).toEqual(['BPNT/Sembako', 'BST', 'KIP/PIP', 'PBI-JK', 'PKH']);
    const periods = new Set((beneficiary.flatMap((r) => r.rows) as BeneficiaryRow[]).map((x) => x.periode));
    expect(periods.has('2021')).toBe(true);
    expect([...periods].some((p) => p?.startsWith('2025-'))).toBe(true);
  });
});

describe('structure where nothing is planted', () => {
  test('every NIK is 16 digits of a real Binjai kecamatan, agreeing with birth date and sex', () => {
    expect(cleanRows.length).toBeGreaterThan(2500);
    const bad: string[] = [];
    for (const { reg, row } of cleanRows) {
      const nik = row.nik!;
      const where = `${key({ file: reg.file, sheet: reg.sheet, row: row.row })}`;
      if (nik.junk || nik.fromNumber || !/^12750[1-5]\d{6}(?!0000)\d{4}$/.test(nik.digits)) bad.push(`${where} NIK`);
      const day = Number(nik.digits.slice(6, 8));
      if (row.jenis_kelamin && (day > 40 ? 'P' : 'L') !== row.jenis_kelamin) bad.push(`${where} sex`);
      if (row.tanggal_lahir !== undefined) {
        const b = dayParts(row.tanggal_lahir);
        const ddmmyy = [(day > 40 ? 40 : 0) + b.d, b.m, b.y % 100].map((n) => String(n).padStart(2, '0')).join('');
        if (nik.digits.slice(6, 12) !== ddmmyy) bad.push(`${where} birth date`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('KK numbers are well formed, one per person, and shared by a family', () => {
    const kkOf = new Map<string, string>();
    const bad: string[] = [];
    for (const { row } of cleanRows) {
      const kk = row.no_kk!.digits;
      if (!/^12750[1-5](0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(0[6-9]|1\d|2[0-4])(?!0000)\d{4}$/.test(kk)) bad.push(`KK ${kk}`);
      const seen = kkOf.get(row.nik!.digits);
      if (seen && seen !== kk) bad.push(`two KK for one NIK: ${seen} ${kk}`);
      kkOf.set(row.nik!.digits, kk);
    }
    expect(bad).toEqual([]);
    // PBI-JK lists whole families: each KK has one head and more than one member on average.
    const pbi = set.workbooks.find((w) => w.file === 'peserta-pbi-jk-2025.xlsx')!;
    let families = 0;
    let members = 0;
    for (const s of pbi.sheets) {
      const head = s.rows.findIndex((r) => r.includes('Hubungan Keluarga'));
      const kkCol = s.rows[head].indexOf('No. KK');
      const relCol = s.rows[head].indexOf('Hubungan Keluarga');
      const heads = new Map<string, number>();
      for (const r of s.rows.slice(head + 1)) {
        if (
          typeof r[kkCol] !== 'string' ||
          r[kkCol] === '' ||
          plantedRows.has(key({ file: pbi.file, sheet: s.name, row: s.rows.indexOf(r) + 1 }))
        )
          continue;
        members++;
        if (!heads.has(r[kkCol] as string)) heads.set(r[kkCol] as string, 0);
        if (r[relCol] === 'Kepala Keluarga') heads.set(r[kkCol] as string, heads.get(r[kkCol] as string)! + 1);
      }
      for (const n of heads.values()) expect(n).toBe(1);
      families += heads.size;
    }
    expect(members / families).toBeGreaterThan(2);
  });

  test('names are synthetic combinations of common names, never a blocked public figure', () => {
    const strip = (s: string): string[] =>
      s
        .toLowerCase()
        .replace(/,.*$/, '')
        .replace(/^(bpk\.|bapak|ibu|h\.|hj\.|ny\.)\s+/, '')
        .replace(/^(m\.|mhd\.|muhamad)\s/, 'muhammad ')
        .split(/\s+/);
    const names = cleanRows.map((x) => x.row.nama!);
    const dtks = set.workbooks
      .find((w) => w.file === 'referensi.xlsx')!
      .sheets[0].rows.slice(4)
      .map((r) => String(r[3]));
    const foreign: string[] = [];
    for (const n of [...names, ...dtks]) {
      for (const w of strip(n)) if (!NAME_WORDS.has(w)) foreign.push(`${w} in "${n}"`);
      for (const b of BLOCKED_NAMES) if (n.toLowerCase().includes(b)) foreign.push(`"${n}"`);
    }
    expect(foreign).toEqual([]);
  });

  test('social aid rows stay within desil 4 and KIP/PIP pupils within 6-21', () => {
    for (const { row } of cleanRows) {
      if (row.desil !== undefined) expect(row.desil).toBeLessThanOrEqual(4);
      if (row.program === 'KIP/PIP' && row.tanggal_lahir !== undefined) {
        const age = 2025 - dayParts(row.tanggal_lahir).y;
        expect(age).toBeGreaterThanOrEqual(6);
        expect(age).toBeLessThanOrEqual(21);
      }
    }
  });
});

describe('the planted problems', () => {
  const REQUIRED = [
    'nik.format',
    'nik.region',
    'nik.stored_as_number',
    'kk.format',
    'nik.dob_mismatch',
    'nik.sex_mismatch',
    'wilayah.kelurahan_unknown',
    'wilayah.kecamatan_mismatch',
    'status.deceased_active',
    'eligibility.age',
    'dup.nik.same_program',
    'dup.nik.name_conflict',
    'dup.person.different_nik',
    'exclusive.program',
    'dtks.not_listed',
    'dtks.desil',
    'program.parent_sum_mismatch',
    'program.realisasi_exceeds_pagu',
    'program.fisik_range',
    'program.cumulative_decrease',
    'program.target_missing',
    'program.code_format',
    'program.code_duplicate',
    'program.overlap_opd',
    'program.rpjmd_unmapped',
    'program.behind_schedule',
  ];

  test('cover every problem the demo promises', () => {
    const rules = new Set(set.planted.map((p) => p.rule));
    for (const r of REQUIRED) expect(rules.has(r) ? r : `missing ${r}`).toBe(r);
    expect(set.planted.filter((p) => p.rule === 'dtks.not_listed').length).toBeGreaterThanOrEqual(3);
    const numbers = set.planted.filter((p) => p.rule === 'nik.stored_as_number');
    expect(numbers.length).toBeGreaterThanOrEqual(4);
  });

  test.each(set.planted.map((p) => [`${p.rule} at ${key(p)}`, p] as [string, Planted]))('%s is found', (_, p) => {
    const hit = result.findings.find((f) => f.rule === p.rule && places(f).includes(key(p)));
    expect(hit ? key(p) : `no ${p.rule} finding (${p.note})`).toBe(key(p));
  });

  test('exclusivity is found for a person and for a family', () => {
    const keys = result.findings.filter((f) => f.rule === 'exclusive.program').map((f) => f.key);
    expect(keys).toContain('exclusive.program');
    expect(keys).toContain('exclusive.program.family');
  });

  test('nothing else is flagged above info: every other row is clean', () => {
    const stray = result.findings.filter((f) => f.severity !== 'info' && !places(f).some((k) => plantedRows.has(k)));
    expect(stray.map((f) => `${key(f)} ${f.cell} ${f.rule}: ${f.message}`)).toEqual([]);
  });

  test('other seeds and sizes plant the same problems and still find them all', () => {
    for (const [seed, recipients] of [
      [3, 400],
      [11, 1200],
    ]) {
      const other = generateDemo({ seed, recipients });
      const res = checkWorkbooks(inputsOf(other), { today: TODAY, tzOffsetMinutes: 0 });
      const rows = new Set(other.planted.map(key));
      expect(other.planted.map((p) => p.rule).sort()).toEqual(set.planted.map((p) => p.rule).sort());
      const missing = other.planted.filter((p) => !res.findings.some((f) => f.rule === p.rule && places(f).includes(key(p))));
      expect(missing).toEqual([]);
      expect(res.findings.filter((f) => f.severity !== 'info' && !places(f).some((k) => rows.has(k))).map((f) => f.message)).toEqual([]);
    }
  });
});
