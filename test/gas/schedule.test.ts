// Scheduled consolidation: one idempotent hourly trigger per document, and sinergiHourly running one chunk per firing without a Ui.
import { runConsolidateMenu } from '../../src/gas/commands/consolidate';
import { DAILY_KEY, menuScheduleConsolidation, menuUnscheduleConsolidation, sinergiHourlyWith } from '../../src/gas/commands/scheduled';
import { documentOfFiring, HOURLY_HANDLER, reconcileTrigger } from '../../src/gas/schedule';
import { SheetsMaster } from '../../src/gas/sync-master';
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import { CURSOR_KEY } from '../../src/core/sync/state';
import { createGasFake, type FakeSpreadsheet, type GasFake } from '../fakes/gas';
import { idOf, lastAlert, master, register, valuesOf } from './consolidate-helpers';

/** 07:00 WIB. */
const START = new Date('2026-11-28T00:00:00Z');
const HOUR = 3_600_000;
const id = (n: number) => `1SRC${String(n).padStart(2, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
let fake: GasFake;
afterEach(() => fake?.uninstall());

function fresh(options: { addon?: boolean } = {}): FakeSpreadsheet {
  fake = createGasFake({ now: () => START, ...options });
  fake.install();
  return master(fake, []);
}

const ours = () => fake.triggers.filter((t) => t.handler === HOURLY_HANDLER);
const installHourly = (docId: string) => reconcileTrigger(docId, 'hourly');

describe('the one hourly trigger', () => {
  test('installing twice leaves one hourly trigger for this document', () => {
    const ss = fresh();
    expect(installHourly(idOf(fake, ss))).toEqual({ ok: true, created: true, removed: 0 });
    expect(installHourly(idOf(fake, ss))).toEqual({ ok: true, created: false, removed: 0 });
    menuScheduleConsolidation();
    expect(lastAlert(fake)).toMatch(/sudah aktif/);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ sourceId: idOf(fake, ss), eventType: 'CLOCK', schedule: { everyHours: 1 } });
  });

  test('duplicates left by an older install are deleted down to one', () => {
    const ss = fresh({ addon: false });
    for (let i = 0; i < 3; i++) ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
    expect(installHourly(idOf(fake, ss))).toEqual({ ok: true, created: false, removed: 2 });
    expect(ours()).toHaveLength(1);
  });

  test('removing removes only Sinergi trigger of this document', () => {
    const ss = fresh();
    ScriptApp.newTrigger('otherHandler').forSpreadsheet(idOf(fake, ss)).onEdit().create();
    const other = fake.createSpreadsheet('Master lain');
    fake.setActive(other);
    installHourly(idOf(fake, other));
    fake.setActive(ss);
    menuScheduleConsolidation();
    expect(lastAlert(fake)).toMatch(/Konsolidasi terjadwal aktif untuk spreadsheet ini/);
    expect(ours()).toHaveLength(2);
    menuUnscheduleConsolidation();
    expect(lastAlert(fake)).toMatch(/dimatikan/);
    expect(fake.triggers.map((t) => [t.handler, t.sourceId])).toEqual([
      ['otherHandler', idOf(fake, ss)],
      [HOURLY_HANDLER, idOf(fake, other)],
    ]);
    menuUnscheduleConsolidation();
    expect(lastAlert(fake)).toMatch(/memang belum aktif/);
    expect(reconcileTrigger(idOf(fake, ss), undefined)).toEqual({ ok: true, created: false, removed: 0 });
  });

  test('a refusal (20 triggers, or the add-on one-per-document rule) is reported, not thrown', () => {
    const ss = fresh();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger('otherHandler').forSpreadsheet(`doc${i}`).onOpen().create();
    expect(installHourly(idOf(fake, ss))).toMatchObject({ ok: false, reason: 'too_many', message: expect.stringMatching(/too many/) });
    expect(() => menuScheduleConsolidation()).not.toThrow();
    expect(lastAlert(fake)).toMatch(/tidak dapat diaktifkan: akun ini sudah memakai 20 pemicu/);
    expect(ours()).toHaveLength(0);

    const ss2 = fresh();
    ScriptApp.newTrigger('legacyDaily').timeBased().everyDays(1).create();
    expect(installHourly(idOf(fake, ss2))).toMatchObject({ ok: false, reason: 'addon_limit' });
    menuScheduleConsolidation();
    expect(lastAlert(fake)).toMatch(/satu pemicu berkala per pengguna per spreadsheet/);
  });
});

describe('sinergiHourly', () => {
  const OUTPUTS = [
    SYNC_SHEETS.sources,
    ...Object.values(SYNC_SHEETS.consolidated),
    SYNC_SHEETS.output.findings,
    SYNC_SHEETS.output.sources,
    SYNC_SHEETS.rollup,
  ];
  const outputs = (ss: FakeSpreadsheet) => OUTPUTS.map((n) => [n, valuesOf(fake, ss, n)]);

  /** A master and 6 sources (one deleted) in a fresh fake at 07:00 WIB. */
  function world(): FakeSpreadsheet {
    fake = createGasFake({ now: () => START });
    fake.install();
    const rows: unknown[][] = [];
    for (let s = 0; s < 6; s++) {
      fake.createSpreadsheet(
        `OPD ${s}`,
        { Penerima: register(s, 10 + s) },
        { id: id(s), ...(s === 2 ? { openFailure: 'deleted' as const } : {}) },
      );
      rows.push([`OPD ${s}`, 'penerima', id(s), '', '', '', 'Y']);
    }
    return master(fake, rows);
  }
  const fire = () => sinergiHourlyWith({ budgetMs: 0, now: () => fake.clock.now() });

  test('one chunk per hourly firing until done, without a Ui; the result equals a single run', () => {
    const single = world();
    runConsolidateMenu({ now: () => START });
    const expected = outputs(single);
    expect((expected[1][1] as unknown[][]).length).toBeGreaterThan(50);

    const ss = world();
    fake.ui.available = false;
    const seen: string[][] = [];
    for (let i = 0; i < 8; i++) {
      seen.push(fire());
      fake.clock.advance(HOUR);
    }
    expect(seen.map((s) => s.join())).toEqual([
      ...Array(5).fill('consolidate:continue'),
      'consolidate:done',
      'consolidate:idle',
      'consolidate:idle',
    ]);
    expect(fake.calls.count('getUi')).toBe(0);
    expect(fake.ui.alerts).toHaveLength(0);
    expect(outputs(ss)).toEqual(expected);
    expect(fake.properties('document')[CURSOR_KEY]).toBeUndefined();
    // The statuses and the audit log were written by the last chunk.
    const log = valuesOf(fake, ss, 'Sinergi Log')?.slice(1) ?? [];
    expect(log.filter((r) => r[2] === 'consolidate')).toHaveLength(6);
  });

  test('before 06:00 WIB nothing starts; the next day, the first firing from 06:00 starts a new run', () => {
    world();
    fake.clock.set(new Date('2026-11-28T22:00:00Z')); // 05:00 WIB on the 29th
    expect(fire()).toEqual(['consolidate:idle']);
    fake.clock.advance(HOUR);
    expect(fire()).toEqual(['consolidate:continue']);
    expect(fake.properties('document')[DAILY_KEY]).toBeDefined();
  });

  test('a run started from the sidebar or menu is continued by the schedule even before 06:00', () => {
    world();
    fake.clock.set(new Date('2026-11-28T20:00:00Z')); // 03:00 WIB
    fake.ui.available = false;
    expect(fire()).toEqual(['consolidate:idle']);
    PropertiesService.getDocumentProperties().setProperty(CURSOR_KEY, '{"stale":true}');
    expect(fire()).toEqual(['consolidate:continue']);
  });

  test('a firing with no active document finds its document through the trigger it was installed with', () => {
    const ss = world();
    menuScheduleConsolidation();
    const uid = fake.uncounted(() => ScriptApp.getProjectTriggers()[0].getUniqueId());
    fake.setActive(null);
    expect(documentOfFiring(undefined)).toBeNull();
    expect(documentOfFiring('unknown')).toBeNull();
    expect(documentOfFiring(uid)?.getId()).toBe(idOf(fake, ss));
  });

  test('skips the firing when the document lock is held, changing nothing', () => {
    world();
    fake.ui.available = false;
    fake.holdLock('document');
    expect(fire()).toEqual(['busy']);
    expect(fake.properties('document')[CURSOR_KEY]).toBeUndefined();
    expect(fake.properties('document')[DAILY_KEY]).toBeUndefined();
    fake.freeLock('document');
    expect(fire()).toEqual(['consolidate:continue']);
  });

  test('a failing chunk never throws: it is logged in the audit sheet and the next firing goes on', () => {
    const ss = world();
    fake.ui.available = false;
    const spy = jest.spyOn(SheetsMaster.prototype, 'appendStaging').mockImplementationOnce(() => {
      throw new Error('Exceeded maximum execution time');
    });
    let out: string[] = [];
    expect(() => (out = fire())).not.toThrow();
    expect(out).toEqual(['consolidate:failed']);
    spy.mockRestore();
    const log = valuesOf(fake, ss, 'Sinergi Log')!;
    expect(log.at(-1)!.slice(2, 5)).toEqual(['consolidate_scheduled', '', 'failed: Exceeded maximum execution time']);
    fake.clock.advance(HOUR);
    expect(fire()).toEqual(['consolidate:continue']);
  });

  test('no sources sheet: the schedule does not create one', () => {
    fake = createGasFake({ now: () => START });
    fake.install();
    const ss = fake.createSpreadsheet('Kosong', { Sheet1: [['x']] });
    fake.ui.available = false;
    expect(fire()).toEqual(['consolidate:no_sources']);
    expect(fake.uncounted(() => ss.getSheetByName(SYNC_SHEETS.sources))).toBeNull();
  });
});
