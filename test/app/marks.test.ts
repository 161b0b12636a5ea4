// Planning cell marks: undo only what still shows Sinergi's mark, keep the user's notes and colours, never stack marks.
import {
  MARK_COLOURS,
  boundsOf,
  markBlock,
  parseCell,
  planArea,
  stripMarkLines,
  targetsOf,
  type Area,
  type Mark,
  type Target,
} from '../../src/app/marks';
import { marksGrid, readMarksGrid } from '../../src/app/marks-table';
import type { Finding } from '../../src/core/model/types';

const W = '#ffffff';
const area = (backgrounds: string[][], notes: string[][], top = 1, left = 1): Area => ({ top, left, backgrounds, notes });
const target = (row: number, col: number, severity: 'error' | 'warning' | 'info', message: string, rule = 'nik.format'): Target => ({
  sheetId: 7,
  row,
  col,
  items: [{ rule, severity, message }],
});

test('parseCell reads A1 addresses and refuses anything else', () => {
  expect(parseCell('B12')).toEqual({ row: 12, col: 2 });
  expect(parseCell('AB3')).toEqual({ row: 3, col: 28 });
  expect(parseCell('b7')).toEqual({ row: 7, col: 2 });
  for (const bad of ['', 'B', '12', 'B0', 'B1x', '7:7']) expect(parseCell(bad)).toBeUndefined();
});

test('a new mark keeps the user note above the Sinergi lines and records the original', () => {
  const plan = planArea(area([[W, '#00ff00']], [['', 'Sudah dicek lurah']]), [], [target(1, 2, 'error', 'NIK salah')]);
  expect(plan.backgrounds).toEqual([[null, MARK_COLOURS.error]]);
  expect(plan.notes).toEqual([['', 'Sudah dicek lurah\n[Sinergi] NIK salah']]);
  expect(plan.marks).toEqual([
    {
      sheetId: 7,
      row: 1,
      col: 2,
      items: [{ rule: 'nik.format', severity: 'error', message: 'NIK salah' }],
      origBg: '#00ff00',
      origNote: 'Sudah dicek lurah',
      bg: MARK_COLOURS.error,
      note: 'Sudah dicek lurah\n[Sinergi] NIK salah',
    },
  ]);
  expect(plan.changed).toBe(1);
});

test('undo restores the note and colour exactly; a rerun with the same findings changes nothing', () => {
  const first = planArea(area([['#00ff00']], [['catatan saya\n']]), [], [target(1, 1, 'warning', 'cek')]);
  const again = planArea(area(first.backgrounds as string[][], first.notes), first.marks, [target(1, 1, 'warning', 'cek')]);
  expect(again.marks).toEqual(first.marks);
  expect(again.notes).toEqual(first.notes);
  expect(again.backgrounds).toEqual(first.backgrounds);
  expect(again.changed).toBe(0);
  const cleared = planArea(area(first.backgrounds as string[][], first.notes), first.marks, []);
  expect(cleared.backgrounds).toEqual([['#00ff00']]);
  expect(cleared.notes).toEqual([['catatan saya\n']]);
  expect(cleared.marks).toEqual([]);
});

test('a colour or note the user changed after marking is theirs: only the Sinergi lines go', () => {
  const first = planArea(area([[W]], [['asli']]), [], [target(1, 1, 'error', 'salah')]);
  const userEdited = area([['#ff0000']], [[`${first.notes[0][0]}\nsudah diperbaiki?`]]);
  const cleared = planArea(userEdited, first.marks, []);
  expect(cleared.backgrounds).toEqual([['#ff0000']]);
  expect(cleared.notes).toEqual([['asli\nsudah diperbaiki?']]);
});

test('several findings on one cell make one note, the worst colour first', () => {
  const t: Target = {
    sheetId: 1,
    row: 2,
    col: 1,
    items: [
      { rule: 'nik.stored_as_number', severity: 'warning', message: 'angka' },
      { rule: 'nik.region', severity: 'error', message: 'wilayah' },
    ],
  };
  const plan = planArea(area([[W]], [['']], 2, 1), [], [t]);
  expect(plan.backgrounds[0][0]).toBe(MARK_COLOURS.error);
  expect(plan.notes[0][0]).toBe('[Sinergi] wilayah\n[Sinergi] angka');
});

test('stray Sinergi lines (a lost tracking sheet) are not taken for the user note, nor their colour', () => {
  const plan = planArea(area([[MARK_COLOURS.error]], [['milik saya\n[Sinergi] lama']]), [], [target(1, 1, 'error', 'baru')]);
  expect(plan.marks[0].origNote).toBe('milik saya');
  expect(plan.marks[0].origBg).toBeNull();
  expect(plan.notes[0][0]).toBe('milik saya\n[Sinergi] baru');
  expect(stripMarkLines('a\n[Sinergi] x\nb')).toBe('a\nb');
  expect(stripMarkLines('tanpa tanda')).toBe('tanpa tanda');
});

test('white is written as no fill, other cells keep their colour and note', () => {
  const plan = planArea(area([['#FFFFFF', '#abcdef']], [['x', '']]), [], []);
  expect(plan.backgrounds).toEqual([[null, '#abcdef']]);
  expect(plan.notes).toEqual([['x', '']]);
  expect(plan.changed).toBe(0);
});

test('a message never spans lines in a note', () => {
  expect(markBlock([{ rule: 'r', severity: 'info', message: 'baris satu\nbaris dua' }])).toBe('[Sinergi] baris satu baris dua');
});

test('targetsOf marks every place of a cross finding and skips sheet-level findings', () => {
  const base = { column: 'NIK', key: 'k', params: {} };
  const findings: Finding[] = [
    { ...base, rule: 'nik.format', severity: 'error', sheet: 'A', row: 5, cell: 'B5', message: 'm1' },
    { ...base, rule: 'nik.format', severity: 'error', sheet: 'A', row: 5, cell: 'B5', message: 'm1' },
    { ...base, rule: 'header.missing_field', severity: 'error', sheet: 'A', row: 4, cell: '', message: 'm2' },
    {
      ...base,
      rule: 'dup.nik.same_program',
      severity: 'error',
      sheet: 'A',
      row: 5,
      cell: 'B5',
      message: 'm3',
      places: [
        { sheet: 'A', row: 5, cell: 'B5' },
        { sheet: 'B', row: 9, cell: 'C9' },
      ],
    },
  ];
  const ids: Record<string, number> = { A: 0, B: 12 };
  const got = targetsOf(findings, (s) => ids[s]);
  expect(got.map((t) => [t.sheetId, t.row, t.col, t.items.map((i) => i.message)])).toEqual([
    [0, 5, 2, ['m1', 'm3']],
    [12, 9, 3, ['m3']],
  ]);
});

test('boundsOf spans every cell', () => {
  expect(boundsOf([])).toBeUndefined();
  expect(
    boundsOf([
      { row: 5, col: 3 },
      { row: 2, col: 7 },
    ]),
  ).toEqual({ top: 2, left: 3, bottom: 5, right: 7 });
});

test('the tracking grid round-trips, and every text goes in as text', () => {
  const m: Mark = {
    sheetId: 100007919,
    row: 12,
    col: 28,
    items: [{ rule: 'nik.format', severity: 'error', message: '=SUM(A1) "kutip"' }],
    origBg: null,
    origNote: '0812',
    bg: MARK_COLOURS.error,
    note: '0812\n[Sinergi] =SUM(A1) "kutip"',
  };
  const pending: Target = { sheetId: 0, row: 3, col: 1, items: [{ rule: 'x', severity: 'info', message: 'TRUE' }] };
  const grid = marksGrid({ marks: [m], pending: [pending] }, 'id');
  expect(grid).toHaveLength(2);
  expect(grid[1][1]).toBe('AB12');
  expect(grid[1][3]).toBe("'0812");
  // What Sheets hands back: the apostrophe is gone.
  const read = grid.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
  expect(readMarksGrid(read)).toEqual({ marks: [m], pending: [pending] });
  expect(readMarksGrid([['head'], ['x', 'B2', '', '', '', '', 'not json']])).toEqual({ marks: [], pending: [] });
});
