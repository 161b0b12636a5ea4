// Reference sheets setup creates: the engine's readers read them, example rows are marked, and the sheets are named as the engine expects.
import { EXAMPLE_MARK, planReference, REFERENCE_SETUP_KINDS, RPJMD_EXAMPLE } from '../../src/app/setup-reference';
import { isSinergiSheet } from '../../src/app/setup-request';
import { REFERENCE_SHEETS } from '../../src/app/sheets';
import { DEFAULT_SCHEDULE, parseSchedule, SCHEDULE_SHEET } from '../../src/core/remind/schedule';
import { DEFAULT_CONFIG } from '../../src/core/model/config';
import { dayOfDate } from '../../src/core/ref/nik';
import { parseCode } from '../../src/core/ref/program-code';
import { readDtks, readNomenclature, readProgramRules, readRpjmd, referenceKindOf } from '../../src/core/ref/references';
import { foldRpjmdCode } from '../../src/core/ref/rpjmd';

const today = dayOfDate(2025, 8, 20)!;
const plan = (kind: (typeof REFERENCE_SETUP_KINDS)[number]) => planReference(kind, 'id', today);
/** The sheet once the user has replaced the examples with real rows: the CONTOH mark gone. */
const filled = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.map((v) => (v === EXAMPLE_MARK ? '' : v)));

test('untouched example rows are not reference data: an example-only sheet reads as no reference', () => {
  expect(readDtks(plan('dtks').rows)).toBeUndefined();
  expect(readRpjmd(plan('rpjmd').rows)).toBeUndefined();
  expect(readNomenclature(plan('nomenclature').rows, (c) => parseCode(c)?.code)).toBeUndefined();
});

test('every plan is rectangular, named from REFERENCE_SHEETS, and recognised by name', () => {
  for (const kind of REFERENCE_SETUP_KINDS) {
    const p = plan(kind);
    expect(p.sheetName).toBe(REFERENCE_SHEETS[kind]);
    const width = p.rows[p.headerRow - 1].length;
    expect(p.rows.every((r) => r.length === width)).toBe(true);
    expect(p.widths).toHaveLength(width);
    expect(p.examples).toBe(p.rows.length - p.headerRow);
    // Settings and the reminder schedule are no reference the engine reads: never a register either (isSinergiSheet).
    if (kind !== 'settings' && kind !== 'schedule') expect(referenceKindOf(p.sheetName)).toBe(kind);
    // Nothing Sinergi writes could be read as a formula: such text only in the text-formatted columns below the header.
    p.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && /^[=+\-@]/.test(v))
          expect({ kind, r, c, text: r >= p.headerRow && p.textColumns.includes(c) }).toMatchObject({ text: true });
      }),
    );
  }
});

test('RPJMD: the 2025-2029 vision in the header note, misi and sasaran codes readable', () => {
  const p = plan('rpjmd');
  expect(p.headerRow).toBe(1);
  expect(p.note).toContain('Visi: Binjai Maju, Sejahtera, dan Berkelanjutan');
  expect(p.note).toContain('RPJMD Kota Binjai 2025-2029');
  const r = readRpjmd(filled(p.rows))!;
  expect([...r.misi]).toEqual(['M1', 'M2', 'M3', 'M4', 'M5'].map(foldRpjmdCode));
  expect(r.sasaran.has(foldRpjmdCode('S2.1'))).toBe(true);
  expect(r.sasaran.size).toBe(7);
  expect(p.rows.slice(p.headerRow).every((row) => row[row.length - 1] === EXAMPLE_MARK)).toBe(true);
});

test('DTKS: NIKs as text (trusted, exact) with their desil', () => {
  const p = plan('dtks');
  expect(p.textColumns).toEqual([0, 1]);
  const d = readDtks(filled(p.rows))!;
  expect(d.exact.size).toBe(4);
  expect(d.loose.size).toBe(0);
  expect(d.get('1275014107859901')).toBe(1);
  expect(d.get('1275040808829904')).toBe(4);
});

test('nomenclature: real-shaped codes at every level, read through the code parser', () => {
  const p = plan('nomenclature');
  const n = readNomenclature(filled(p.rows), (c) => parseCode(c)?.code)!;
  expect(n.size).toBe(10);
  expect(n.get('1.06.04.2.01.0001')).toBe('Penyediaan Permakanan');
  expect(['1.06.04', '1.06.04.2.01', '1.06.04.2.01.0001'].map((c) => parseCode(c)?.level)).toEqual(['program', 'kegiatan', 'sub_kegiatan']);
});

test('programme rules: the built-in rules written out, read back as the same configuration', () => {
  const r = readProgramRules(plan('program_rules').rows)!;
  expect(r.config.exclusive).toEqual([
    ['BST', 'PKH'],
    ['BST', 'BPNT/Sembako'],
  ]);
  expect(r.config.programs['KIP/PIP']).toEqual({ ageMin: 6, ageMax: 21, desilMax: 4 });
  expect(r.config.programs.BST).toEqual({ desilMax: 4 });
  expect(r.config.desilMax).toBe(DEFAULT_CONFIG.desilMax);
  expect(r.aliases).toEqual({});
});

test('settings: TKPP admins, RPJMD period and vision, the running year and quarter', () => {
  const p = plan('settings');
  const values = Object.fromEntries(p.rows.slice(p.headerRow).map((r) => [r[0], r[1]]));
  expect(values['Admin TKPP']).toMatch(/@binjaikota\.go\.id$/);
  expect(values['Visi RPJMD']).toBe(RPJMD_EXAMPLE.vision);
  expect(values['Periode RPJMD']).toBe('2025-2029');
  expect(values['Tahun Anggaran']).toBe(2025);
  expect(values['Periode Berjalan']).toBe('Triwulan III 2025');
  expect(planReference('settings', 'en', dayOfDate(2026, 1, 2)!).rows.find((r) => r[0] === 'Periode Berjalan')![1]).toBe('Triwulan I 2026');
});

test('reminder schedule: the sheet core/remind writes, read back as the default schedule, never taken for a register', () => {
  for (const lang of ['id', 'en'] as const) {
    const p = planReference('schedule', lang, today);
    expect(p.sheetName).toBe(SCHEDULE_SHEET);
    expect(p.rows[p.headerRow - 1].filter((v) => v !== '').length).toBeGreaterThanOrEqual(3);
    expect(p.note).toMatch(/Sumber Data/);
    expect(parseSchedule(p.rows)).toEqual({ schedule: DEFAULT_SCHEDULE, problems: [] });
    // The steps column is text-formatted, so "-3, 0, +1, +7" is kept as typed, never parsed as a formula.
    const steps = p.rows.slice(p.headerRow).find((r) => typeof r[3] === 'string' && r[3].startsWith('-'));
    expect(steps?.[3]).toBe('-3, 0, +1, +7');
    expect(p.textColumns).toContain(3);
  }
  expect(isSinergiSheet('jadwal pengingat')).toBe(true);
  expect(referenceKindOf(SCHEDULE_SHEET)).toBeUndefined();
});
