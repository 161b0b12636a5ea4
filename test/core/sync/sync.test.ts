// Row fingerprints, the typed-row <-> cell round trip, cursors and source records of the consolidation.
import { decodeRow, dayText, encodeRow, textDay } from '../../../src/core/sync/cells';
import { consolidatedColumns, consolidatedHeader, fieldCount, textColumns } from '../../../src/core/sync/columns';
import { fnv1a64, rowFingerprint } from '../../../src/core/sync/fingerprint';
import { parseCursor, parseRecord } from '../../../src/core/sync/state';
import { decodeFinding, encodeFinding } from '../../../src/core/sync/finding-cells';
import { hasMessage } from '../../../src/core/i18n';

describe('fnv1a64', () => {
  it('matches the published FNV-1a/64 vectors for ASCII', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('tells a number from the same digits as text', () => {
    expect(rowFingerprint([12, null])).not.toBe(rowFingerprint(['12', null]));
    expect(rowFingerprint(['a', 'b'])).toBe(rowFingerprint(['a', 'b']));
  });
});

describe('cells', () => {
  it('writes days as dd/mm/yyyy text and reads them back, before 1970 too', () => {
    const day = Math.round(Date.UTC(1958, 7, 17) / 86400000);
    expect(dayText(day)).toBe('17/08/1958');
    expect(textDay('17/08/1958')).toBe(day);
  });
  it('round-trips a beneficiary row, a formula-like text staying text', () => {
    const row = {
      row: 7,
      nik: { digits: '1275041708800001', junk: false, fromNumber: false, trusted: true },
      no_kk: { digits: '12750401', junk: true, fromNumber: false, trusted: true },
      nama: '=IMPORTXML("http://x","//a")',
      tanggal_lahir: Math.round(Date.UTC(1980, 7, 17) / 86400000),
      program: 'PKH',
      desil: 2,
    };
    const cells = encodeRow('beneficiary', row);
    expect(cells).toHaveLength(fieldCount('beneficiary'));
    const cols = consolidatedColumns('beneficiary').map((c) => c.key);
    expect(cells[cols.indexOf('nik')]).toBe('1275041708800001');
    expect(cells[cols.indexOf('no_kk')]).toBe('?12750401');
    expect(cells[cols.indexOf('nama')]).toBe('=IMPORTXML("http://x","//a")');
    expect(cells[cols.indexOf('tanggal_lahir')]).toBe('17/08/1980');
    const back = decodeRow('beneficiary', cells, 7);
    expect(back.nik).toEqual(row.nik);
    expect(back.no_kk).toMatchObject({ digits: '12750401', trusted: false, junk: true });
    expect(back.tanggal_lahir).toBe(row.tanggal_lahir);
    expect(back.desil).toBe(2);
    expect(encodeRow('beneficiary', back)).toEqual(cells);
  });
  it('reads back what a host may have turned into numbers', () => {
    const cols = consolidatedColumns('program').map((c) => c.key);
    const cells: unknown[] = new Array(fieldCount('program')).fill('');
    cells[cols.indexOf('kode')] = '1.06.02';
    cells[cols.indexOf('pagu')] = '1500000';
    cells[cols.indexOf('keterangan')] = 12;
    const back = decodeRow('program', cells, 3);
    expect(back).toMatchObject({ row: 3, kode: '1.06.02', pagu: 1500000, keterangan: '12', level: 'program' });
  });
  it('labels every column and marks identifiers as text columns', () => {
    const head = consolidatedHeader('beneficiary', 'id');
    expect(head[0]).toBe('NIK');
    expect(head.slice(-5)).toEqual(['Sumber', 'Sheet', 'Baris', 'Sidik baris', 'Disinkronkan']);
    const text = textColumns('beneficiary');
    expect(text).toContain(0);
    expect(text).not.toContain(fieldCount('beneficiary') + 2);
  });
});

describe('state', () => {
  it('refuses damaged cursors and records', () => {
    expect(parseCursor('{')).toBeUndefined();
    expect(parseCursor('{"run":"a"}')).toBeUndefined();
    const c = { run: 'r', startedAt: 's', next: 2, list: 'l', staged: { beneficiary: 1, program: 0, findings: 3 } };
    expect(parseCursor(JSON.stringify(c))).toEqual(c);
    expect(parseRecord('null')).toBeUndefined();
  });
  it('keeps a finding through a staging row', () => {
    const f = {
      rule: 'nik.format' as const,
      severity: 'error' as const,
      file: 'a.xlsx',
      sheet: 'S',
      row: 4,
      column: 'NIK',
      cell: 'B4',
      message: 'm',
      key: 'nik.format',
      params: { n: 1 },
    };
    expect(decodeFinding(encodeFinding(f))).toEqual(f);
  });
  it('has the source rule messages in both languages', () => {
    for (const k of ['source.unreachable', 'source.no_register', 'source.late']) {
      expect(hasMessage('id', k)).toBe(true);
      expect(hasMessage('en', k)).toBe(true);
    }
  });
});
