// The TKPP's sources sheet as plain values: stable ids, defaults, malformed rows as problems, references and links.
import { parseSourcesSheet, refShape, sheetsLinkOf, spreadsheetIdOf } from '../../src/app/sources-sheet';

const ID_A = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCd';
const ID_B = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210_-ZyXw';
const HEAD = [
  'OPD/Unit',
  'Jenis Register',
  'URL atau ID Spreadsheet',
  'Nama Sheet (opsional)',
  'Nama Kontak',
  'Email Kontak',
  'Aktif (Y/N)',
];

test('stable ids, defaults, and malformed rows as problems, as the add-on read them before', () => {
  const { sources, problems } = parseSourcesSheet([
    [...HEAD, 'Sinkron Terakhir', 'Status'],
    [
      'Dinsos',
      'Penerima',
      `https://docs.google.com/spreadsheets/d/${ID_A}/edit#gid=0`,
      '',
      'Rina',
      'rina@binjaikota.go.id',
      'Y',
      new Date(),
      'Berhasil',
    ],
    [' Bappeda ', 'program', ID_B, 'Renja 2025', '', '', ''],
    ['', '', '', '', '', '', ''],
    ['Dinkes', 'bantuan', ID_B, '', '', '', 'Y'],
    ['Disdik', 'program', '', '', '', '', 'N'],
    ['Dinsos', 'penerima', ID_A, '', '', '', 'Tidak'],
    ['Kec. Binjai Kota', 'penerima', 'sheet saya', '', '', '', 'mungkin'],
    ['Kec. Binjai Utara', 'Beneficiary', 'sheet saya', '', '', '', false],
    [],
  ]);
  expect(sources).toEqual([
    {
      id: `${ID_A}:beneficiary`,
      opd: 'Dinsos',
      kind: 'beneficiary',
      ref: `https://docs.google.com/spreadsheets/d/${ID_A}/edit#gid=0`,
      contactName: 'Rina',
      contactEmail: 'rina@binjaikota.go.id',
      active: true,
      row: 2,
    },
    { id: `${ID_B}:program:renja2025`, opd: 'Bappeda', kind: 'program', ref: ID_B, sheet: 'Renja 2025', active: true, row: 3 },
    { id: 'row:9', opd: 'Kec. Binjai Utara', kind: 'beneficiary', ref: 'sheet saya', active: false, row: 9 },
  ]);
  expect(problems).toEqual([
    { row: 5, code: 'unknown_kind', key: 'syncgas.problem.unknown_kind', params: { row: 5, value: 'bantuan' } },
    { row: 6, code: 'empty_ref', key: 'syncgas.problem.empty_ref', params: { row: 6 } },
    { row: 7, code: 'duplicate', key: 'syncgas.problem.duplicate', params: { row: 7, other: 2 } },
    { row: 8, code: 'bad_active', key: 'syncgas.problem.bad_active', params: { row: 8, value: 'mungkin' } },
  ]);
});

test('an empty sheet or a header alone holds no sources', () => {
  expect(parseSourcesSheet([])).toEqual({ sources: [], problems: [] });
  expect(parseSourcesSheet([HEAD])).toEqual({ sources: [], problems: [] });
});

test('references: ids and Sheets URLs open and link; paths, short runs and other sites do not', () => {
  expect(refShape(ID_A)).toBe('id');
  expect(refShape(` https://docs.google.com/spreadsheets/u/1/d/${ID_B}/edit `)).toBe('url');
  expect(refShape('Sheet1')).toBeUndefined();
  expect(refShape('/data/dinsos.xlsx')).toBeUndefined();
  expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/d/${ID_A}/edit#gid=0`)).toBe(ID_A);
  expect(spreadsheetIdOf(`https://example.com/spreadsheets/d/${ID_A}`)).toBeUndefined();
  expect(sheetsLinkOf(`https://docs.google.com/spreadsheets/d/${ID_A}/edit#gid=0`)).toBe(
    `https://docs.google.com/spreadsheets/d/${ID_A}/edit`,
  );
  expect(sheetsLinkOf(ID_B)).toBe(`https://docs.google.com/spreadsheets/d/${ID_B}/edit`);
  expect(sheetsLinkOf('dinsos.xlsx')).toBeUndefined();
});
