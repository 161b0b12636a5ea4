// Pengingat ▸ Aktifkan / Matikan and the consolidation schedule share one trigger per document: its kind follows the flags, refusals are told.
import { menuRemindersOff, menuRemindersOn } from '../../src/gas/commands/remind';
import { menuScheduleConsolidation, menuUnscheduleConsolidation } from '../../src/gas/commands/scheduled';
import { FLAGS_KEY, HOURLY_HANDLER, reconcileTrigger, storedFlags, triggerDocKey, triggerKindKey } from '../../src/gas/schedule';
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import { createGasFake, type FakeSpreadsheet, type GasFake } from '../fakes/gas';
import { idOf, lastAlert, master } from './consolidate-helpers';
import { SCHEDULE, sheetValues } from './remind-helpers';

let fake: GasFake;
afterEach(() => fake?.uninstall());

const DAILY = { everyDays: 1, atHour: 7, inTimezone: 'Asia/Jakarta' };
const HOURLY = { everyHours: 1 };

/** A master listing two sources with contacts, no schedule sheet yet. */
function fresh(
  rows: unknown[][] = [['Dinas Sosial', 'penerima', `1SRC00${'x'.repeat(40)}`, '', 'Budi', 'dinsos@binjaikota.go.id', 'Y']],
): FakeSpreadsheet {
  fake = createGasFake({ now: () => new Date('2026-11-28T03:00:00Z') });
  fake.install();
  return master(fake, rows);
}

const ours = () => fake.triggers.filter((t) => t.handler === HOURLY_HANDLER);
const flags = () => storedFlags(PropertiesService.getDocumentProperties());

describe('Aktifkan', () => {
  test('twice: one daily trigger at 07:00 Asia/Jakarta for this document, the schedule sheet created once', () => {
    const ss = fresh();
    menuRemindersOn();
    expect(lastAlert(fake)).toMatch(/Sheet "Jadwal Pengingat" dibuat/);
    expect(lastAlert(fake)).toMatch(/Pengingat aktif untuk spreadsheet ini. Setiap hari sekitar pukul 7.00 WIB/);
    menuRemindersOn();
    expect(lastAlert(fake)).toMatch(/^Pengingat sudah aktif/);
    expect(lastAlert(fake)).not.toMatch(/dibuat/);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ sourceId: idOf(fake, ss), eventType: 'CLOCK', schedule: DAILY });
    expect(flags()).toEqual({ consolidate: false, remind: true });
    // The kind and the document are recorded by the trigger's id, for firings without an active document.
    const uid = ours()[0].id;
    expect(fake.properties('user')).toMatchObject({ [triggerDocKey(uid)]: idOf(fake, ss), [triggerKindKey(uid)]: 'daily' });
    expect(fake.uncounted(() => ss.getSheets().map((s) => s.getName()))).toEqual([SYNC_SHEETS.sources, SCHEDULE]);
  });

  test('with scheduled consolidation on: the one hourly trigger carries the reminders too', () => {
    fresh();
    menuScheduleConsolidation();
    menuRemindersOn();
    expect(lastAlert(fake)).toMatch(/Pemicu per jam konsolidasi terjadwal juga mengirim pengingat/);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].schedule).toEqual(HOURLY);
    expect(flags()).toEqual({ consolidate: true, remind: true });
  });

  test('a trigger of the previous version (no flags) is kept: it meant consolidation, which stays on', () => {
    const ss = fresh();
    ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
    expect(flags()).toBeUndefined();
    menuRemindersOn();
    expect(ours()).toHaveLength(1);
    expect(ours()[0].schedule).toEqual(HOURLY);
    expect(flags()).toEqual({ consolidate: true, remind: true });
    expect(reconcileTrigger(idOf(fake, ss), 'hourly')).toEqual({ ok: true, created: false, removed: 0 });
  });

  test('the 21st trigger is refused: the user is told why, the flag is not left on', () => {
    fresh();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger('otherHandler').forSpreadsheet(`doc${i}`).onOpen().create();
    expect(() => menuRemindersOn()).not.toThrow();
    expect(lastAlert(fake)).toMatch(/Pengingat tidak dapat diaktifkan: akun ini sudah memakai 20 pemicu \(batas Google\)/);
    expect(ours()).toHaveLength(0);
    expect(flags()?.remind ?? false).toBe(false);
  });

  test('another clock trigger in this document (add-on rule): refused in words, the other trigger untouched', () => {
    fresh();
    ScriptApp.newTrigger('legacyDaily').timeBased().everyDays(1).create();
    menuRemindersOn();
    expect(lastAlert(fake)).toMatch(/satu pemicu berkala per pengguna per spreadsheet/);
    expect(fake.triggers.map((t) => t.handler)).toEqual(['legacyDaily']);
    expect(flags()?.remind ?? false).toBe(false);
  });

  test('warns of what stops mail: no TKPP address, no contact email, an unreadable schedule line', () => {
    const ss = fresh([
      ['Dinas Sosial', 'penerima', `1SRC00${'x'.repeat(40)}`, '', 'Budi', '', 'Y'],
      ['Kelurahan Tangsi', 'penerima', `1SRC01${'x'.repeat(40)}`, '', 'Siti', 'siti(at)binjai', 'Y'],
    ]);
    menuRemindersOn();
    expect(lastAlert(fake)).toMatch(/belum ada alamat email TKPP/);
    expect(lastAlert(fake)).toMatch(/tidak ada sumber di sheet "Sumber Data" yang punya email kontak yang valid/);
    // A step list nobody can read: said with its cell, the default used.
    fake.uncounted(() => {
      const sheet = ss.getSheetByName(SCHEDULE)!;
      const r = sheetValues(fake, ss, SCHEDULE).findIndex((row) => row[0] === 'Penerima bantuan');
      sheet.getRange(r + 1, 4).setValue('tiga hari sebelum');
    });
    menuRemindersOn();
    expect(lastAlert(fake)).toMatch(/Baris jadwal berikut tidak terbaca/);
    expect(lastAlert(fake)).toMatch(/D4/);
  });

  test('without a sources sheet: says how to get one', () => {
    fake = createGasFake();
    fake.install();
    fake.createSpreadsheet('Kosong', { Sheet1: [['x']] });
    menuRemindersOn();
    expect(lastAlert(fake)).toMatch(/sheet "Sumber Data" belum ada/);
    expect(ours()).toHaveLength(1);
  });

  test('some sources without a contact: counted', () => {
    fresh([
      ['Dinas Sosial', 'penerima', `1SRC00${'x'.repeat(40)}`, '', 'Budi', 'dinsos@binjaikota.go.id', 'Y'],
      ['Kelurahan Tangsi', 'penerima', `1SRC01${'x'.repeat(40)}`, '', 'Siti', '', 'Y'],
    ]);
    menuRemindersOn();
    expect(lastAlert(fake)).toMatch(/1 dari 2 sumber aktif di sheet "Sumber Data" belum punya email kontak/);
  });
});

describe('Matikan, and the consolidation items, touch only their own job', () => {
  test('reminders off keeps consolidation and its hourly trigger', () => {
    fresh();
    menuScheduleConsolidation();
    menuRemindersOn();
    const uid = ours()[0].id;
    menuRemindersOff();
    expect(lastAlert(fake)).toMatch(/Pemicu per jam tetap ada untuk konsolidasi terjadwal/);
    expect(ours().map((t) => [t.id, t.schedule])).toEqual([[uid, HOURLY]]);
    expect(flags()).toEqual({ consolidate: true, remind: false });
  });

  test('consolidation off keeps the reminders: the trigger becomes the daily one', () => {
    const ss = fresh();
    menuScheduleConsolidation();
    menuRemindersOn();
    const hourly = ours()[0].id;
    menuUnscheduleConsolidation();
    expect(lastAlert(fake)).toMatch(/dimatikan[\s\S]*Pengingat tetap aktif: pemicunya kini berjalan sekali sehari sekitar pukul 7.00 WIB/);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ sourceId: idOf(fake, ss), schedule: DAILY });
    expect(flags()).toEqual({ consolidate: false, remind: true });
    // The old trigger's records went with it.
    expect(fake.properties('user')[triggerDocKey(hourly)]).toBeUndefined();
    // And back: consolidation on again turns the daily trigger into the hourly one, still one.
    menuScheduleConsolidation();
    expect(ours().map((t) => t.schedule)).toEqual([HOURLY]);
  });

  test('reminders off alone removes the trigger; again, nothing to do', () => {
    fresh();
    menuRemindersOn();
    menuRemindersOff();
    expect(lastAlert(fake)).toMatch(/Pengingat dimatikan untuk spreadsheet ini; pemicunya dihapus/);
    expect(ours()).toHaveLength(0);
    menuRemindersOff();
    expect(lastAlert(fake)).toMatch(/memang belum aktif/);
    expect(fake.properties('document')[FLAGS_KEY]).toBe(JSON.stringify({ consolidate: false, remind: false }));
  });

  test('a refused switch leaves the flags and puts the previous trigger back', () => {
    const ss = fresh();
    menuScheduleConsolidation();
    menuRemindersOn();
    // Apps Script refuses every new trigger for a while (as when the account hit its limit meanwhile).
    const g = globalThis as unknown as { ScriptApp: object };
    const real = g.ScriptApp;
    g.ScriptApp = new Proxy(real, {
      get: (target, key) =>
        key === 'newTrigger'
          ? () => {
              throw new Error('This script has too many triggers.');
            }
          : Reflect.get(target, key),
    });
    menuUnscheduleConsolidation();
    g.ScriptApp = real;
    expect(flags()).toEqual({ consolidate: true, remind: true });
    expect(lastAlert(fake)).toMatch(/too many triggers/);
    // The hourly trigger was deleted on the way (to make room) and could not come back under the same refusal:
    // the flags still say consolidation, so the next Aktifkan restores it.
    menuScheduleConsolidation();
    expect(ours().map((t) => [t.sourceId, t.schedule])).toEqual([[idOf(fake, ss), HOURLY]]);
  });
});
