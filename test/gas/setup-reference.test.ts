// Reference sheets created on request: readable by the engine's readers, codes and NIKs kept as text, never created twice.
import { jakartaDay } from '../../src/app/ports';
import { REFERENCE_SHEETS } from '../../src/app/sheets';
import { parseCode } from '../../src/core/ref/program-code';
import { readDtks, readNomenclature, readProgramRules, readRpjmd } from '../../src/core/ref/references';
import { checkWorkbooks } from '../../src/core/workbook';
import { setupCreateReference } from '../../src/gas/commands/setup';
import { readAllSheets } from '../../src/gas/read';
import type { GasFake } from '../fakes/gas';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';
import { setupFake } from './setup-helpers';

let fake: GasFake;
beforeEach(() => {
  fake = setupFake();
});
afterEach(() => fake.uninstall());

const KINDS = ['rpjmd', 'dtks', 'nomenclature', 'program_rules', 'settings', 'schedule'] as const;

test('each reference sheet is created once, with a frozen protected header, and read by the engine', () => {
  const ss = fake.createSpreadsheet('TKPP', { PKH: PKH_SHEET, Renja: RENJA_SHEET });
  for (const kind of KINDS) {
    const res = setupCreateReference(kind);
    expect(res).toMatchObject({ ok: true, sheetName: REFERENCE_SHEETS[kind] });
  }
  expect(setupCreateReference('dtks').message).toBe('Sheet referensi "Ref DTKS" sudah ada; isinya tidak diubah.');
  expect(setupCreateReference('wilayah').ok).toBe(false);
  expect(ss.getSheets().map((s) => s.getName())).toEqual([
    'PKH',
    'Renja',
    'RPJMD',
    'Ref DTKS',
    'Nomenklatur',
    'Aturan Program',
    'Pengaturan Sinergi',
    'Jadwal Pengingat',
  ]);

  // As the user will have it once the example rows are replaced: the CONTOH mark gone.
  const grid = (name: string) =>
    fake
      .uncounted(() => ss.getSheetByName(name)!.getDataRange().getValues())
      .map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('CONTOH') ? '' : v)));
  const dtks = readDtks(grid('Ref DTKS'))!;
  expect(dtks.exact.size).toBe(4);
  expect(grid('Ref DTKS')[2][0]).toBe('1275014107859901'); // text, not a number
  expect(readRpjmd(grid('RPJMD'))!.sasaran.size).toBe(7);
  expect(readNomenclature(grid('Nomenklatur'), (c) => parseCode(c)?.code)!.get('1.06.04')).toBe('PROGRAM REHABILITASI SOSIAL');
  expect(grid('Nomenklatur')[2][0]).toBe('1.06.01'); // not 1.06 the number
  expect(readProgramRules(grid('Aturan Program'))!.config.exclusive).toHaveLength(2);
  expect(grid('Pengaturan Sinergi').map((r) => r[1])).toContain('Binjai Maju, Sejahtera, dan Berkelanjutan');

  fake.uncounted(() => {
    const rpjmd = ss.getSheetByName('RPJMD')!;
    expect(rpjmd.getRange('A1').getNote()).toContain('Visi: Binjai Maju, Sejahtera, dan Berkelanjutan');
    expect(rpjmd.getFrozenRows()).toBe(1);
    const d = ss.getSheetByName('Ref DTKS')!;
    expect(d.getFrozenRows()).toBe(2);
    expect(d.getProtections('RANGE')[0].isWarningOnly()).toBe(true);
    expect(d.getRange('A10').getNumberFormat()).toBe('@'); // a pasted extract keeps its NIKs as text
  });

  // The whole workbook through the engine: the four references are recognised, the registers are still checked.
  const run = checkWorkbooks(
    fake.uncounted(() => readAllSheets(ss as never)),
    { today: jakartaDay(new Date()) },
  );
  expect(run.references.map((r) => r.kind).sort()).toEqual(['dtks', 'nomenclature', 'program_rules', 'rpjmd']);
  expect(run.registers.map((r) => r.sheet)).toEqual(['PKH', 'Renja']);
  expect(run.skipped.map((s) => s.sheet)).toEqual(['Pengaturan Sinergi', 'Jadwal Pengingat']);
  expect(run.findings.filter((f) => f.sheet === 'Jadwal Pengingat')).toEqual([]);
  // The Renja misi M2 / sasaran S2.1 are in the example RPJMD.
  expect(run.findings.filter((f) => f.rule === 'program.rpjmd_unmapped' && f.row === 6)).toEqual([]);
});

test('the DTKS message warns that unlisted NIKs are flagged; English titles in an English spreadsheet', () => {
  const ss = fake.createSpreadsheet('Social', { Sheet1: [['x']] }, { locale: 'en_GB' });
  const res = setupCreateReference('dtks');
  expect(res.message).toContain('every recipient NIK not listed in it is flagged');
  expect(fake.uncounted(() => ss.getSheetByName('Ref DTKS')!.getRange('A1').getValue())).toMatch(/^DTKS\/DTSEN extract/);
  expect(setupCreateReference('settings').message).toBe(
    'Reference sheet "Pengaturan Sinergi" created with 5 rows. Change the values as needed.',
  );
});
