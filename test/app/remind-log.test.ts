// The reminder log sheet: rows written in either language read back as the same entries, whatever Sheets made of the cells.
import { parseRemindLog, REMIND_LOG_COLUMNS, REMIND_LOG_SHEET, remindLogHeader, remindLogRows } from '../../src/app/remind-log';
import type { LogEntry } from '../../src/core/remind/types';

const day = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86400000);
const TODAY = day(2026, 12, 11);
const NOW = new Date('2026-12-11T00:05:00.000Z');
const SRC = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCd:beneficiary';

const ENTRIES: LogEntry[] = [
  {
    day: TODAY,
    key: `${SRC}|2026-11|1`,
    recipient: 'dinsos@binjaikota.go.id',
    outcome: 'sent',
    reason: '',
    sourceId: SRC,
    opd: 'Dinas Sosial',
    kind: 'beneficiary',
    periodKey: '2026-11',
    step: 1,
    subject: '[Sinergi] Pengingat laporan Dinas Sosial — November 2026: terlambat 1 hari',
  },
  {
    day: TODAY,
    key: 'prog:program|2026-Q3|-3',
    recipient: 'bappeda@binjaikota.go.id',
    outcome: 'deferred',
    reason: 'quota',
    sourceId: 'prog:program',
    opd: 'Bappeda',
    kind: 'program',
    periodKey: '2026-Q3',
    step: -3,
    subject: '[Sinergi] Pengingat laporan Bappeda',
  },
  {
    day: TODAY - 1,
    key: 'prog:program|2026-Q3|0',
    recipient: 'kontak tidak valid',
    outcome: 'skipped',
    reason: 'bad_email',
    sourceId: 'prog:program',
    opd: 'Bappeda',
    kind: 'program',
    periodKey: '2026-Q3',
    step: 0,
    subject: '',
  },
  {
    day: TODAY,
    key: 'x:beneficiary|2026-11|7',
    recipient: 'tkpp@binjaikota.go.id',
    outcome: 'failed',
    reason: 'send_failed',
    sourceId: 'x:beneficiary',
    opd: 'Kel. Jati Makmur',
    kind: 'beneficiary',
    periodKey: '2026-11',
    step: 7,
    subject: 'Pengingat',
  },
  {
    day: TODAY,
    key: 'weekly|2026-W50',
    recipient: 'tkpp@binjaikota.go.id',
    outcome: 'sent',
    reason: '',
    sourceId: '',
    opd: '',
    periodKey: '2026-W50',
    step: null,
    subject: '[Sinergi] Ringkasan mingguan',
  },
];

/** What getValues hands back for a written string: the apostrophe that kept it text is not part of the value. */
const readBack = (rows: unknown[][]): unknown[][] =>
  rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));

describe('remind log', () => {
  it('is a fixed, named layout with a header in the language of the sheet', () => {
    expect(REMIND_LOG_SHEET).toBe('Sinergi Log Pengingat');
    expect(remindLogHeader('id')).toHaveLength(REMIND_LOG_COLUMNS.length);
    expect(remindLogHeader('en')).toHaveLength(REMIND_LOG_COLUMNS.length);
  });

  it('writes every string as text: the date, the step, codes', () => {
    const rows = remindLogRows(ENTRIES, 'id', NOW);
    expect(rows[0].slice(0, 2)).toEqual(["'2026-12-11", NOW]);
    expect(rows[0][7]).toBe("'+1");
    expect(rows[1][7]).toBe("'-3");
    expect(rows[2][7]).toBe("'0");
    expect(rows[4][7]).toBe('');
    expect(rows[0].slice(9, 11)).toEqual(["'sent", '']);
    expect(rows[1].slice(9, 11)).toEqual(["'deferred", "'quota"]);
    expect(rows[0][5]).toBe("'penerima");
    expect(remindLogRows(ENTRIES, 'en', NOW)[1][5]).toBe("'programme");
    for (const r of rows) expect(r).toHaveLength(REMIND_LOG_COLUMNS.length);
  });

  it.each(['id', 'en'] as const)('reads back the same entries (%s)', (lang) => {
    const sheet = readBack([remindLogHeader(lang), ...remindLogRows(ENTRIES, lang, NOW)]);
    expect(parseRemindLog(sheet)).toEqual(ENTRIES);
  });

  it('accepts what Sheets may make of the cells: dates as Dates, steps as numbers', () => {
    const sheet = readBack(remindLogRows(ENTRIES, 'en', NOW));
    // Midnight of the shown date in the spreadsheet's zone: Jakarta, Los Angeles, Jayapura.
    sheet[0][0] = new Date('2026-12-10T17:00:00.000Z');
    sheet[1][0] = new Date('2026-12-11T08:00:00.000Z');
    sheet[3][0] = new Date('2026-12-10T15:00:00.000Z');
    sheet[0][7] = 1;
    sheet[1][7] = -3;
    sheet[2][7] = 0;
    expect(parseRemindLog(sheet)).toEqual(ENTRIES);
  });

  it('reads a retyped step from the key, and skips rows that are not log lines', () => {
    const sheet = readBack(remindLogRows(ENTRIES.slice(0, 1), 'id', NOW));
    sheet[0][7] = 'satu';
    const junk = [
      ['Log pengingat'],
      [],
      ['', '', '', '', '', '', '', '', '', '', '', '', ''],
      ['2026-12-11', NOW, 'k|2026-11|1', 's', 'o', 'penerima', '2026-11', '1', 'a@b.id', 'terkirim'],
      ['11 Des', NOW, 'k|2026-11|1', 's', 'o', 'penerima', '2026-11', '1', 'a@b.id', 'sent'],
      ['2026-12-11', NOW, '', 's', 'o', 'penerima', '2026-11', '1', 'a@b.id', 'sent'],
      'not a row',
    ] as unknown[][];
    expect(parseRemindLog([...junk, ...sheet])).toEqual(ENTRIES.slice(0, 1));
  });

  it('masks digit runs in free text, never the address a mail went to', () => {
    const e: LogEntry = {
      ...ENTRIES[0],
      opd: 'Dinsos 1275041708800001',
      subject: 'Perihal 1275041708800001',
      recipient: '081234567890@gmail.com',
    };
    const [r] = readBack(remindLogRows([e], 'id', NOW));
    expect(r[4]).toBe('Dinsos 127504********01');
    expect(r[12]).toBe('Perihal 127504********01');
    expect(r[8]).toBe('081234567890@gmail.com');
    expect(JSON.stringify(r)).not.toMatch(/\d{16}/);
  });
});
