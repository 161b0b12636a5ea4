// Pure logic of the findings sidebar: A1 addresses, links and places in the findings sheet, reading it defensively, grouping.
import { cellOf, parseA1, parsePlaces } from '../../src/app/panel-cells';
import { parseFindingsSheet, severityOf } from '../../src/app/panel-findings';
import { buildSidebarData, MAX_ITEMS, sidebarWords } from '../../src/app/panel';
import { planJump } from '../../src/app/panel-jump';

describe('parseA1', () => {
  test.each([
    ['B7', 'B7', 7, 2, 1, 1],
    ['$b$7', 'B7', 7, 2, 1, 1],
    [' AA10 ', 'AA10', 10, 27, 1, 1],
    ['C9:B7', 'B7:C9', 7, 2, 3, 2],
    ['ZZZ10000000', 'ZZZ10000000', 10000000, 18278, 1, 1],
  ])('%s', (text, a1, row, column, numRows, numColumns) => {
    expect(parseA1(text)).toEqual({ a1, row, column, numRows, numColumns });
  });
  test.each(['', 'B', '7', 'A0', 'B07', 'AAAA1', 'A10000001', 'A1:B2:C3', 'A:A', 'Sheet!A1', '=A1', null, 12, {}])('rejects %p', (text) => {
    expect(parseA1(text)).toBeNull();
  });
});

describe('cellOf', () => {
  test('the displayed address, else the HYPERLINK formula (either separator, either quote style)', () => {
    expect(cellOf('B7', '=HYPERLINK("#gid=1&range=B7";"B7")')).toBe('B7');
    expect(cellOf('', '=HYPERLINK("#gid=1&range=B7";"B7")')).toBe('B7');
    expect(cellOf('', '=hyperlink("#gid=1&range=C9", "Lihat ""sel""")')).toBe('C9');
    expect(cellOf('', '=HYPERLINK("#gid=1&range=%24D%242")')).toBe('D2');
    expect(cellOf("'PKH'!E5", '')).toBe('E5');
    expect(cellOf('', '=SUM(A1:A3)')).toBe('');
    expect(cellOf('', '')).toBe('');
    expect(cellOf(undefined, undefined)).toBe('');
  });
});

describe('parsePlaces', () => {
  test('Sheet!A1 pieces become places; anything else stays text', () => {
    expect(parsePlaces("PKH!B5; 'It''s, ok'!C7\nberkas.xlsx: X!A1, dan 2 tempat lainnya")).toEqual([
      { text: 'PKH!B5', sheet: 'PKH', cell: 'B5' },
      { text: "'It''s, ok'!C7", sheet: "It's, ok", cell: 'C7' },
      { text: 'berkas.xlsx: X!A1', sheet: 'berkas.xlsx: X', cell: 'A1' },
      { text: 'dan 2 tempat lainnya' },
    ]);
    expect(parsePlaces('')).toEqual([]);
    expect(parsePlaces(undefined)).toEqual([]);
    expect(parsePlaces('!A1, X!nope')).toEqual([{ text: '!A1' }, { text: 'X!nope' }]);
  });
});

describe('parseFindingsSheet', () => {
  test('finds the header below a title, in any order, and ignores extra columns and empty rows', () => {
    const rows = parseFindingsSheet([
      ['Hasil pemeriksaan Sinergi', '', '', '', '', '', ''],
      ['Sheet', 'Sel', 'Berkas', 'Aturan', 'Tingkat', 'Keterangan', 'Tempat lain'],
      ['PKH', 'B7', 'x.xlsx', 'nik.format', 'Galat', 'Pesan', ''],
      ['', '', '', '', '', '', ''],
      ['PKH', '', '', 'header.missing_field', 'ERROR', 'Kolom tidak ada', ''],
      ['PKH', 'C3', '', 'x.y', 'sangat parah', 'Aturan baru', ''],
    ]);
    expect(rows).toEqual([
      { rule: 'nik.format', severity: 'error', sheet: 'PKH', cell: 'B7', message: 'Pesan', places: [] },
      { rule: 'header.missing_field', severity: 'error', sheet: 'PKH', cell: '', message: 'Kolom tidak ada', places: [] },
      { rule: 'x.y', severity: 'warning', sheet: 'PKH', cell: 'C3', message: 'Aturan baru', places: [] },
    ]);
  });

  test('no recognisable header: the documented column order, first row skipped', () => {
    const rows = parseFindingsSheet([
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ['kk.format', 'peringatan', 'PKH', 'C5', 'KK pendek', 'PKH!C9'],
      ['short'],
      ['Tidak ada temuan.', '', '', '', '', ''],
    ]);
    expect(rows).toEqual([
      {
        rule: 'kk.format',
        severity: 'warning',
        sheet: 'PKH',
        cell: 'C5',
        message: 'KK pendek',
        places: [{ text: 'PKH!C9', sheet: 'PKH', cell: 'C9' }],
      },
    ]);
    expect(parseFindingsSheet([])).toEqual([]);
    expect(parseFindingsSheet(null as never)).toEqual([]);
  });

  test('severity words in both languages', () => {
    expect(['galat', 'Error', 'Peringatan', 'warning', 'Info', 'Note', 'catatan', '?'].map(severityOf)).toEqual([
      'error',
      'error',
      'warning',
      'warning',
      'info',
      'info',
      'info',
      'warning',
    ]);
  });
});

describe('buildSidebarData', () => {
  const row = (rule: string, severity: 'error' | 'warning' | 'info', sheet: string, cell = 'A1') => ({
    rule,
    severity,
    sheet,
    cell,
    message: 'm',
    places: [],
  });

  test('the overall cap keeps every finding counted', () => {
    const rows = Array.from({ length: 40 }, (_, k) => Array.from({ length: 100 }, () => row(`r${k}`, 'warning', `S${k}`))).flat();
    const data = buildSidebarData(rows, null, 'en', 'Sinergi Temuan');
    expect(data.total).toBe(4000);
    expect(data.loaded).toBe(MAX_ITEMS);
    expect(data.rules.reduce((n, g) => n + g.count, 0)).toBe(4000);
    expect(data.rules.reduce((n, g) => n + g.items.length, 0)).toBe(MAX_ITEMS);
    expect(data.rules[0].title).toBe('r0');
    expect(buildSidebarData(null, null, 'id', 'X')).toMatchObject({ checked: false, total: 0, severities: [], sheets: [] });
  });

  test('a rule with an error comes before a larger rule of warnings', () => {
    const data = buildSidebarData(
      [row('a', 'warning', 'S'), row('a', 'warning', 'S'), row('b', 'info', 'S'), row('b', 'error', 'T')],
      null,
      'id',
      'X',
    );
    expect(data.rules.map((g) => [g.id, g.worst, g.counts])).toEqual([
      [
        'b',
        0,
        [
          [2, 0, 1],
          [0, 1, 1],
        ],
      ],
      ['a', 1, [[1, 0, 2]]],
    ]);
    expect(data.severities).toEqual(['error', 'warning', 'info']);
  });

  test('the sidebar words: panel and chunk words, not rule names nor server replies', () => {
    const keys = sidebarWords('id').map(([k]) => k);
    expect(keys).toContain('chunk.run');
    expect(keys).toContain('panel.severity.error');
    expect(keys.some((k) => k.startsWith('panel.rule.') || k.startsWith('panel.jump.') || k.startsWith('rekap.'))).toBe(false);
  });
});

describe('planJump', () => {
  const sheet = { name: 'PKH', maxRows: 1000, maxColumns: 26, hidden: false };
  test('checks the sheet, then the address against its size', () => {
    expect(planJump('id', 'PKH', 'B7', sheet)).toEqual({ ok: true, range: { row: 7, column: 2, numRows: 1, numColumns: 1 } });
    expect(planJump('id', 'PKH', '', sheet)).toEqual({ ok: true, range: null });
    expect(planJump('en', 'PKH', 'AA1', sheet)).toEqual({
      ok: false,
      message: 'Cell AA1 is outside the sheet "PKH". Its row or column may have been deleted; run the check again.',
    });
    expect(planJump('en', 'Nope', 'A1', null)).toEqual({
      ok: false,
      message: 'The sheet "Nope" is no longer in this spreadsheet. It may have been renamed; run the check again.',
    });
    expect(planJump('en', 'PKH', 'x'.repeat(500), sheet)).toEqual({
      ok: false,
      message: `The cell address "${'x'.repeat(100)}" is not recognised.`,
    });
  });
});

describe('whole rows, as the check command links a finding about a row', () => {
  test('"7:7" parses, the link label "baris 7" is not an address, the sheet alone has none', () => {
    expect(parseA1('7:7')).toEqual({ row: 7, column: 1, numRows: 1, numColumns: 0, a1: '7:7' });
    expect(parseA1('$9:$7')).toEqual({ row: 7, column: 1, numRows: 3, numColumns: 0, a1: '7:9' });
    expect(parseA1('0:1')).toBeNull();
    expect(cellOf('baris 7', '=HYPERLINK("#gid=5&range=7:7", "baris 7")')).toBe('7:7');
    expect(cellOf('PKH', '=HYPERLINK("#gid=5", "PKH")')).toBe('');
    expect(parsePlaces("'PKH Kel A'!7:7; BST!B9")).toEqual([
      { text: "'PKH Kel A'!7:7", sheet: 'PKH Kel A', cell: '7:7' },
      { text: 'BST!B9', sheet: 'BST', cell: 'B9' },
    ]);
    expect(planJump('id', 'PKH', '7:7', { name: 'PKH', maxRows: 1000, maxColumns: 26, hidden: false })).toEqual({
      ok: true,
      range: { row: 7, column: 1, numRows: 1, numColumns: 26 },
    });
  });
});
