// generateDemo: a seeded, realistic synthetic set of Binjai workbooks (recipient lists, Renja, references) with problems planted on purpose.
import { BINJAI_KECAMATAN } from '../../core/ref/wilayah';
import { ageTheLists, enrol } from './enrol';
import { buildLists, type ListPlan } from './lists';
import { PopulationBuilder, type Family } from './people';
import { plant } from './plants';
import { mulberry32, type Rng } from './random';
import { referenceWorkbook } from './reference';
import { renderSheet } from './render';
import { renjaWorkbooks } from './renja';
import type { DemoOptions, DemoSet, DemoSheet, DemoWorkbook, Planted } from './types';

export const DEFAULT_SEED = 20251201;
export const DEFAULT_RECIPIENTS = 3000;
/** Recipient rows per household in the population, measured over many seeds: sizes the population to the rows asked for. */
const ROWS_PER_FAMILY = 1.34;

/** Welfare deciles as a city's population spreads over them; social aid reaches desil 1-4. */
const drawDesil = (rng: Rng) => (): number => rng.weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [14, 16, 16, 14, 10, 9, 7, 6, 4, 4]);

/** BST's summary sheet: counts per kecamatan, no NIK or name, so no register. */
function bstRekap(bst: ListPlan): DemoSheet {
  const rows: unknown[][] = [['REKAPITULASI KPM BST KOTA BINJAI TAHUN 2021'], [], ['No', 'Kecamatan', 'Jumlah KPM', 'Jumlah (Rp)']];
  let total = 0;
  BINJAI_KECAMATAN.forEach((k, i) => {
    const n = bst.entries.filter((e) => e.person.family.kecamatan.code === k.code).length;
    total += n;
    rows.push([i + 1, k.name, n, n * 300000]);
  });
  rows.push(['', 'JUMLAH', total, total * 300000]);
  return { name: 'Rekap', rows, boldRows: [0, 2], numberFormats: { D: '#,##0' } };
}

export function generateDemo(options: DemoOptions = {}): DemoSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const recipients = options.recipients ?? DEFAULT_RECIPIENTS;
  const rng = mulberry32(seed);
  const people = new PopulationBuilder(rng);
  const lists = buildLists(rng);
  const population = people.population(Math.max(60, Math.round(recipients / ROWS_PER_FAMILY)), drawDesil(rng));
  const receiving = enrol(rng, population, lists);
  ageTheLists(rng, lists.all);
  const planted = plant(rng, people, lists);

  const workbooks: DemoWorkbook[] = [];
  const found: Planted[] = [];
  const byFile = new Map<string, DemoWorkbook>();
  for (const l of lists.all) {
    if (l.entries.length === 0) continue;
    let wb = byFile.get(l.file);
    if (!wb) {
      byFile.set(l.file, (wb = { file: l.file, sheets: [] }));
      workbooks.push(wb);
    }
    const r = renderSheet(rng, l);
    wb.sheets.push(r.sheet);
    for (const p of r.planted) found.push({ rule: p.rule, file: l.file, sheet: l.name, row: p.row, note: p.note });
  }
  byFile.get(lists.bst.file)?.sheets.push(bstRekap(lists.bst));

  const renja = renjaWorkbooks(rng);
  workbooks.push(...renja.workbooks);
  found.push(...renja.planted);

  // The extract lists every recipient household and part of the others (richer households, or never aided).
  const inDtks: Family[] = [];
  for (const f of population) if (receiving.has(f) || rng.chance(0.2)) inDtks.push(f);
  inDtks.push(...planted.families);
  const leaveOut = new Set(
    renja.planted
      .filter((p) => p.rule === 'program.code_unknown' || p.rule === 'program.code_format')
      .map((p) => codeAt(renja.workbooks, p)),
  );
  workbooks.push(referenceWorkbook({ families: inDtks, extra: planted.extra, notListed: planted.notListed }, renja.codes, leaveOut));
  return { workbooks, planted: found };
}

/** The code in column A of a planted Renja row. */
function codeAt(workbooks: readonly DemoWorkbook[], p: Planted): string {
  const sheet = workbooks.find((w) => w.file === p.file)!.sheets.find((s) => s.name === p.sheet)!;
  return String(sheet.rows[p.row - 1][0]);
}
