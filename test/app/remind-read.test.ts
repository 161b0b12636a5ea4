// The reminders' snapshot of a master: the add-on's layout and the CLI's give the same sources, schedule and log.
import { findingsTable, sourcesTable } from '../../src/app/consolidate-finish';
import type { SourceEntry } from '../../src/app/consolidate';
import type { WorkbookPort } from '../../src/app/ports';
import { readRemindSnapshot } from '../../src/app/remind-read';
import { remindLogRows } from '../../src/app/remind-log';
import type { Finding, Lang, Severity } from '../../src/core/model/types';
import { DEFAULT_SCHEDULE, scheduleSheetRows } from '../../src/core/remind/schedule';
import type { LogEntry, RemindSource } from '../../src/core/remind/types';
import type { SourceStatus } from '../../src/core/sync/state';

const ID_A = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCd';
const ID_B = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210_-ZyXw';
const ID_C = '1CcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCc';
const ID_D = '1DdDdDdDdDdDdDdDdDdDdDdDdDdDdDdDdDdDdDdDdDd';
const ID_MASTER = '1MaStErMaStErMaStErMaStErMaStErMaStErMaStE';
const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;
const link = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;
const day = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86400000);

// 01:30 in Jakarta on 11 December: a Jakarta day, not a UTC one.
const SYNC_A = '2026-12-10T18:30:00.000Z';
const CHANGED_A = '2026-11-20T03:00:00.000Z';
const SYNC_B = '2026-12-09T01:00:00.000Z';
const SYNC_D = '2026-12-09T01:00:00.000Z';

const ENTRIES: SourceEntry[] = [
  {
    id: `${ID_A}:beneficiary`,
    opd: 'Dinas Sosial',
    kind: 'beneficiary',
    ref: url(ID_A),
    contactName: 'Rina',
    contactEmail: 'Rina <Rina@BinjaiKota.go.id>; dinsos@binjaikota.go.id',
    active: true,
  },
  {
    id: `${ID_B}:program`,
    opd: 'Bappeda',
    kind: 'program',
    ref: ID_B,
    contactEmail: 'bappeda@binjaikota.go.id, bappeda.binjai',
    active: true,
  },
  { id: `${ID_C}:beneficiary`, opd: 'Dinas Kesehatan', kind: 'beneficiary', ref: url(ID_C), active: true },
  {
    id: `${ID_D}:program`,
    opd: 'Dinas Pendidikan',
    kind: 'program',
    ref: url(ID_D),
    contactEmail: 'disdik@binjaikota.go.id',
    active: true,
  },
];

const STATUSES: Record<string, SourceStatus> = {
  [`${ID_A}:beneficiary`]: { state: 'errors', rows: 3, errors: 2, warnings: 1, digest: 'a', lastSync: SYNC_A, changedAt: CHANGED_A },
  [`${ID_B}:program`]: { state: 'ok', rows: 5, errors: 0, warnings: 0, digest: 'b', lastSync: SYNC_B },
  [`${ID_D}:program`]: { state: 'unreachable', rows: 0, errors: 1, warnings: 0, digest: '', lastSync: SYNC_D },
};

const finding = (severity: Severity, file: string, rule: string): Finding => ({
  rule: rule as Finding['rule'],
  severity,
  file,
  sheet: 'Penerima',
  row: 3,
  column: 'NIK',
  cell: 'B3',
  message: 'pesan',
  key: rule,
  params: {},
});

const FINDINGS: Finding[] = [
  finding('error', `${ID_A}:beneficiary`, 'nik.checksum'),
  finding('error', `${ID_A}:beneficiary`, 'nik.checksum'),
  finding('warning', `${ID_A}:beneficiary`, 'name.short'),
  finding('error', `${ID_A}:beneficiary`, 'dup.nik.same_program'),
  finding('info', `${ID_B}:program`, 'program.note'),
  finding('error', `${ID_D}:program`, 'source.unreachable'),
];

const TODAY = day(2026, 12, 11);
const LOG: LogEntry[] = [
  {
    day: TODAY - 1,
    key: `${ID_A}:beneficiary|2026-11|0`,
    recipient: 'dinsos@binjaikota.go.id',
    outcome: 'sent',
    reason: '',
    sourceId: `${ID_A}:beneficiary`,
    opd: 'Dinas Sosial',
    kind: 'beneficiary',
    periodKey: '2026-11',
    step: 0,
    subject: 'Pengingat',
  },
];

/** A table as Sheets or an .xlsx reader hands it back: null is an empty cell. */
const cells = (rows: readonly (readonly unknown[])[]): unknown[][] => rows.map((r) => r.map((v) => (v === null ? '' : v)));
const unquote = (rows: unknown[][]): unknown[][] =>
  rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));

function workbook(id: string, name: string, sheets: Record<string, unknown[][]>): WorkbookPort & { reads: string[] } {
  const reads: string[] = [];
  return {
    id,
    name,
    reads,
    sheetNames: () => Object.keys(sheets),
    readSheet: (n) => {
      reads.push(n);
      return { name: n, values: sheets[n] };
    },
    writeTable: () => undefined,
  };
}

const logSheet = (lang: Lang) => unquote(remindLogRows(LOG, lang, new Date('2026-12-10T00:05:00Z')));

/** The add-on's master: the TKPP's list, the consolidation's sheets under their add-on names, Sheets' own conversions. */
function addonMaster() {
  const status = cells(sourcesTable(ENTRIES, STATUSES, 'id').rows);
  status[2][8] = new Date(SYNC_B); // Sheets read the ISO text as a date-time
  return workbook(ID_MASTER, 'Master TKPP 2026', {
    'Sumber Data': [
      [
        'OPD/Unit',
        'Jenis Register',
        'URL atau ID Spreadsheet',
        'Nama Sheet (opsional)',
        'Nama Kontak',
        'Email Kontak',
        'Aktif (Y/N)',
        'Sinkron Terakhir',
      ],
      ...ENTRIES.map((e) => [
        e.opd,
        e.kind === 'program' ? 'program' : 'penerima',
        e.ref,
        '',
        e.contactName ?? '',
        e.contactEmail ?? '',
        'Y',
        '',
      ]),
    ],
    'Sinergi Konsolidasi Status': status,
    'Sinergi Konsolidasi Temuan': cells(findingsTable(FINDINGS, 'id').rows),
    'Sinergi Konsolidasi Penerima': [['NIK'], ['1275041708800001']],
    'Jadwal Pengingat': scheduleSheetRows('id'),
    'Sinergi Log Pengingat': logSheet('id'),
  });
}

/** The CLI's master, written in English: no list of its own, the status table carries the contacts. */
function cliMaster() {
  return workbook('/data/master.xlsx', 'Master TKPP 2026', {
    'Consolidated Beneficiaries': [['NIK'], ['1275041708800001']],
    Sources: cells(sourcesTable(ENTRIES, STATUSES, 'en').rows),
    Findings: cells(findingsTable(FINDINGS, 'en').rows),
    'jadwal pengingat': scheduleSheetRows('en'),
    'Sinergi Log Pengingat': logSheet('en'),
  });
}

const EXPECTED: RemindSource[] = [
  {
    id: `${ID_A}:beneficiary`,
    opd: 'Dinas Sosial',
    kind: 'beneficiary',
    link: link(ID_A),
    emails: ['rina@binjaikota.go.id', 'dinsos@binjaikota.go.id'],
    badEmails: [],
    active: true,
    state: 'errors',
    lastSync: day(2026, 12, 11),
    lastChange: day(2026, 11, 20),
    // 2 in its own sheets (the status) and a cross-register duplicate pinned on it (the findings table).
    errors: 3,
    warnings: 1,
    errorsByRule: { 'nik.checksum': 2, 'dup.nik.same_program': 1 },
  },
  {
    id: `${ID_B}:program`,
    opd: 'Bappeda',
    kind: 'program',
    link: link(ID_B),
    emails: ['bappeda@binjaikota.go.id'],
    badEmails: ['bappeda.binjai'],
    active: true,
    state: 'ok',
    lastSync: day(2026, 12, 9),
    errors: 0,
    warnings: 0,
    errorsByRule: {},
  },
  {
    id: `${ID_C}:beneficiary`,
    opd: 'Dinas Kesehatan',
    kind: 'beneficiary',
    link: link(ID_C),
    emails: [],
    badEmails: [],
    active: true,
    errors: 0,
    warnings: 0,
    errorsByRule: {},
  },
  {
    id: `${ID_D}:program`,
    opd: 'Dinas Pendidikan',
    kind: 'program',
    link: link(ID_D),
    emails: ['disdik@binjaikota.go.id'],
    badEmails: [],
    active: true,
    state: 'unreachable',
    lastSync: day(2026, 12, 9),
    errors: 1,
    warnings: 0,
    errorsByRule: { 'source.unreachable': 1 },
  },
];

describe('readRemindSnapshot', () => {
  it('reads the add-on master: the TKPP list joined with the status table and findings, schedule and log', () => {
    const wb = addonMaster();
    const snap = readRemindSnapshot(wb);
    expect(snap.sources).toEqual(EXPECTED);
    expect(snap.schedule).toEqual(DEFAULT_SCHEDULE);
    expect(snap.scheduleProblems).toEqual([]);
    expect(snap.log).toEqual(LOG);
    expect(snap.master).toEqual({ name: 'Master TKPP 2026', link: link(ID_MASTER) });
    // One read per sheet it needs; the consolidated register is never read.
    expect([...wb.reads].sort()).toEqual(
      ['Jadwal Pengingat', 'Sinergi Konsolidasi Status', 'Sinergi Konsolidasi Temuan', 'Sinergi Log Pengingat', 'Sumber Data'].sort(),
    );
  });

  it('reads the CLI master in English to the same snapshot (no link for a file)', () => {
    const addon = readRemindSnapshot(addonMaster());
    const cli = readRemindSnapshot(cliMaster());
    expect(cli.sources).toEqual(EXPECTED);
    expect({ ...cli, master: undefined }).toEqual({ ...addon, master: undefined });
    expect(cli.master).toEqual({ name: 'Master TKPP 2026' });
  });

  it('reads a CLI master in Bahasa Indonesia the same way, and uses the default schedule and an empty log when absent', () => {
    const wb = workbook('/data/master.xlsx', 'master', {
      Sumber: cells(sourcesTable(ENTRIES, STATUSES, 'id').rows),
      Temuan: cells(findingsTable(FINDINGS, 'id').rows),
    });
    const snap = readRemindSnapshot(wb);
    expect(snap.sources).toEqual(EXPECTED);
    expect(snap.schedule).toEqual(DEFAULT_SCHEDULE);
    expect(snap.log).toEqual([]);
  });

  it('keeps inactive rows inactive, leaves out rows that cannot be read, and treats unlisted sources as never consolidated', () => {
    const wb = workbook(ID_MASTER, 'm', {
      'Sumber Data': [
        ['OPD', 'Jenis', 'Ref', 'Sheet', 'Nama', 'Email', 'Aktif'],
        ['Dinas Sosial', 'penerima', url(ID_A), '', '', 'dinsos@binjaikota.go.id', 'N'],
        ['Dinas X', 'bantuan', url(ID_B), '', '', '', 'Y'],
        ['Dinas Kesehatan', 'penerima', url(ID_C), '', '', '', ''],
      ],
    });
    const snap = readRemindSnapshot(wb);
    expect(snap.sources.map((s) => [s.id, s.active, s.state, s.lastSync])).toEqual([
      [`${ID_A}:beneficiary`, false, undefined, undefined],
      [`${ID_C}:beneficiary`, true, undefined, undefined],
    ]);
  });

  it('never calls a source unreadable on words it does not know, nor throws on a table missing columns', () => {
    const wb = workbook('/m.xlsx', 'm', {
      Sources: [
        ['Status of the sources'],
        ['ID', 'Kind', 'State', 'Errors', 'Last sync', 'Contact email'],
        ['a', 'programme', 'gelöscht', 0, SYNC_B, 'a@binjaikota.go.id'],
        ['b', 'beneficiary', 'rusak', '3', SYNC_B, ''],
        ['c', 'penerima', '', '', '', ''],
        ['d', 'penerima', '', '', 'kemarin', ''],
        ['e', 'lainnya', 'ok', 0, SYNC_B, ''],
        ['', 'penerima', 'ok', 0, SYNC_B, ''],
      ],
      Findings: [
        ['Source', 'Rule'],
        ['a', 'nik.checksum'],
      ],
    });
    const snap = readRemindSnapshot(wb);
    expect(snap.sources.map((s) => [s.id, s.kind, s.state, s.errors, s.lastSync, s.opd, s.link])).toEqual([
      ['a', 'program', 'ok', 0, day(2026, 12, 9), '', undefined],
      ['b', 'beneficiary', 'errors', 3, day(2026, 12, 9), '', undefined],
      ['c', 'beneficiary', undefined, 0, undefined, '', undefined],
      ['d', 'beneficiary', 'ok', 0, undefined, '', undefined],
    ]);
    expect(snap.sources[0].errorsByRule).toEqual({});
    expect(snap.sources[0].emails).toEqual(['a@binjaikota.go.id']);
  });

  it('gives an empty snapshot for an empty workbook', () => {
    expect(readRemindSnapshot(workbook('x', 'x', {}))).toEqual({
      sources: [],
      schedule: DEFAULT_SCHEDULE,
      scheduleProblems: [],
      log: [],
      master: { name: 'x' },
    });
  });

  it('masks digit runs in source ids (they key the log) and in bad addresses, never in good ones', () => {
    const wb = workbook('/m.xlsx', 'm', {
      Sumber: [
        ['ID', 'Jenis', 'Status', 'Email kontak'],
        ['1275041708800001.xlsx', 'penerima', 'baik', '081234567890@gmail.com; 1275041708800001'],
      ],
    });
    const [s] = readRemindSnapshot(wb).sources;
    expect(s.id).toBe('127504********01.xlsx');
    expect(s.emails).toEqual(['081234567890@gmail.com']);
    expect(s.badEmails).toEqual(['127504********01']);
  });

  it('reads the change history into changeDays: sorted, each day once, as text or as the Date Sheets made of one day', () => {
    const withChanges: Record<string, SourceStatus> = {
      ...STATUSES,
      [`${ID_A}:beneficiary`]: {
        ...STATUSES[`${ID_A}:beneficiary`],
        changes: ['2026-10-08T02:00:00.000Z', '2026-11-20T03:00:00.000Z', '2026-11-20T09:00:00.000Z'],
      },
    };
    const status = cells(sourcesTable(ENTRIES, withChanges, 'id').rows);
    expect(status[0][10]).toBe('Riwayat perubahan');
    expect(status[1][10]).toBe('2026-10-08 2026-11-20');
    // A hand-edited cell out of order with junk, and a single day Sheets turned into a Date (local midnight in Jakarta).
    status[2][10] = '2026-12-01, kemarin 2026-11-05 2026-12-01';
    status[4][10] = new Date('2026-11-06T17:00:00Z');
    const snap = readRemindSnapshot(workbook('/m.xlsx', 'm', { Sumber: status }));
    expect(snap.sources.map((s) => [s.id, s.changeDays])).toEqual([
      [`${ID_A}:beneficiary`, [day(2026, 10, 8), day(2026, 11, 20)]],
      [`${ID_B}:program`, [day(2026, 11, 5), day(2026, 12, 1)]],
      [`${ID_C}:beneficiary`, undefined],
      [`${ID_D}:program`, [day(2026, 11, 7)]],
    ]);
  });

  it('a listed source whose id the status table lacks joins the row of the same spreadsheet and kind (the sheet column filled in since)', () => {
    const status = cells(sourcesTable(ENTRIES, STATUSES, 'id').rows);
    const wb = workbook(ID_MASTER, 'm', {
      'Sumber Data': [
        ['OPD', 'Jenis', 'Ref', 'Sheet', 'Nama', 'Email', 'Aktif'],
        // Consolidated as `${ID_A}:beneficiary`; the TKPP has since named the sheet, which changes the id.
        ['Dinas Sosial', 'penerima', url(ID_A), 'PKH 2026', '', 'dinsos@binjaikota.go.id', 'Y'],
        // Same spreadsheet as the program row of Bappeda, other kind: no join.
        ['Bappeda', 'penerima', ID_B, '', '', '', 'Y'],
        // The program row is still listed under its own id: it keeps its own status.
        ['Bappeda', 'program', ID_B, '', '', '', 'Y'],
      ],
      'Sinergi Konsolidasi Status': status,
      'Sinergi Konsolidasi Temuan': cells(findingsTable(FINDINGS, 'id').rows),
    });
    const snap = readRemindSnapshot(wb);
    expect(snap.sources.map((s) => [s.id, s.state, s.lastSync, s.lastChange, s.errors, s.errorsByRule])).toEqual([
      [`${ID_A}:beneficiary:pkh2026`, 'errors', day(2026, 12, 11), day(2026, 11, 20), 3, { 'nik.checksum': 2, 'dup.nik.same_program': 1 }],
      [`${ID_B}:beneficiary`, undefined, undefined, undefined, 0, {}],
      [`${ID_B}:program`, 'ok', day(2026, 12, 9), undefined, 0, {}],
    ]);
  });
});
