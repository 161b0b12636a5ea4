// The job flags live in the master itself (developer metadata), switching them is locked, and only a spent quota stops MailApp sending.
import { QuotaExceeded } from '../../src/app/remind';
import { menuRemindersOff, menuRemindersOn } from '../../src/gas/commands/remind';
import { menuScheduleConsolidation, sinergiHourlyWith } from '../../src/gas/commands/scheduled';
import { mailAppMailer } from '../../src/gas/remind-mail';
import {
  FLAGS_KEY,
  FLAGS_METADATA_KEY,
  HOURLY_HANDLER,
  metadataFlags,
  ownerProperties,
  triggerDocKey,
  triggerKindKey,
} from '../../src/gas/schedule';
import { createGasFake, type GasFake } from '../fakes/gas';
import { idOf, lastAlert, master } from './consolidate-helpers';
import { remindWorld, type World } from './remind-helpers';

let world: World | undefined;
let fake: GasFake | undefined;
afterEach(() => {
  world?.fake.uninstall();
  fake?.uninstall();
  world = undefined;
  fake = undefined;
});

const A = 'operator@binjaikota.go.id';
const B = 'kabid.tkpp@binjaikota.go.id';
const ROW = ['Dinas Sosial', 'penerima', `1SRC00${'x'.repeat(40)}`, '', 'Budi', 'dinsos@binjaikota.go.id', 'Y'];

describe('the flags in the master itself', () => {
  test("editor B turns reminders off: A's trigger, firing without the document, reads the document's flag and sends nothing", () => {
    world = remindWorld();
    const { fake: f, ss } = world;
    const uid = f.uncounted(() => ScriptApp.getProjectTriggers()[0].getUniqueId());
    expect(f.uncounted(() => metadataFlags(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet))).toEqual({
      consolidate: false,
      remind: true,
    });

    f.setActiveUser(B);
    f.ui.available = true;
    menuRemindersOff();
    // B holds no trigger: nothing of B's was deleted, and the alert says so.
    expect(lastAlert(f)).toBe(
      'Pengingat dimatikan untuk spreadsheet ini. Akun Anda tidak memegang pemicunya; bila pemicu dibuat oleh pengguna lain, pemicu itu tetap ada di akun mereka tetapi tidak mengirim apa pun.',
    );
    expect(f.uncounted(() => ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]))).toEqual([
      [FLAGS_METADATA_KEY, JSON.stringify({ consolidate: false, remind: false })],
    ]);

    // A's trigger fires with no active document: A's own mirror still says remind, the document says off.
    f.setActiveUser(A);
    f.ui.available = false;
    f.setActive(null);
    expect(f.uncounted(() => ownerProperties(idOf(f, ss)).getProperty(FLAGS_KEY))).toBe(
      JSON.stringify({ consolidate: false, remind: true }),
    );
    expect(sinergiHourlyWith({ now: () => f.clock.now(), budgetMs: 0, triggerUid: uid })).toEqual([]);
    expect(f.mail.sent).toHaveLength(0);
  });

  test('the user whose trigger it is gets "trigger removed"; the metadata holds one tag however often it is switched', () => {
    fake = createGasFake({ now: () => new Date('2026-11-28T03:00:00Z') });
    fake.install();
    const ss = master(fake, [ROW]);
    menuRemindersOn();
    menuRemindersOff();
    expect(lastAlert(fake)).toBe('Pengingat dimatikan untuk spreadsheet ini; pemicunya dihapus.');
    menuRemindersOn();
    expect(fake.uncounted(() => ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]))).toEqual([
      [FLAGS_METADATA_KEY, JSON.stringify({ consolidate: false, remind: true })],
    ]);
  });
});

describe('switching under the document lock', () => {
  test('busy: told in words to try again, nothing changed', () => {
    fake = createGasFake({ now: () => new Date('2026-11-28T03:00:00Z') });
    fake.install();
    const ss = master(fake, [ROW]);
    menuRemindersOn();
    fake.holdLock('document', undefined, ss);
    menuRemindersOff();
    expect(lastAlert(fake)).toBe(
      'Sinergi sedang mengubah jadwal atau menjalankan tugas terjadwal di spreadsheet ini. Tidak ada yang diubah; coba lagi dalam beberapa menit.',
    );
    menuScheduleConsolidation();
    expect(lastAlert(fake)).toMatch(/^Sinergi sedang mengubah jadwal/);
    expect(fake.triggers.filter((t) => t.handler === HOURLY_HANDLER).map((t) => t.schedule)).toEqual([
      { everyDays: 1, atHour: 7, inTimezone: 'Asia/Jakarta' },
    ]);
    expect(fake.uncounted(() => metadataFlags(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet))).toEqual({
      consolidate: false,
      remind: true,
    });
    expect(fake.properties('document', ss)[FLAGS_KEY]).toBe(JSON.stringify({ consolidate: false, remind: true }));
  });

  test('a refused create leaves alone the trigger a concurrent click created meanwhile', () => {
    fake = createGasFake({ now: () => new Date('2026-11-28T03:00:00Z') });
    fake.install();
    const ss = master(fake, [ROW]);
    const docId = idOf(fake, ss);
    const g = globalThis as unknown as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    const real = g.ScriptApp;
    let concurrent = '';
    // The first create is refused, but not before another tab's click got its daily trigger in.
    g.ScriptApp = new Proxy(real, {
      get: (target, key) =>
        key === 'newTrigger'
          ? () => {
              g.ScriptApp = real;
              const t = real.newTrigger(HOURLY_HANDLER).timeBased().everyDays(1).atHour(7).inTimezone('Asia/Jakarta').create();
              concurrent = t.getUniqueId();
              PropertiesService.getUserProperties().setProperty(triggerDocKey(concurrent), docId);
              PropertiesService.getUserProperties().setProperty(triggerKindKey(concurrent), 'daily');
              throw new Error('This script has too many triggers.');
            }
          : Reflect.get(target, key),
    });
    menuScheduleConsolidation();
    g.ScriptApp = real;
    expect(lastAlert(fake)).toMatch(/too many triggers/);
    expect(fake.triggers.filter((t) => t.handler === HOURLY_HANDLER).map((t) => t.id)).toEqual([concurrent]);
  });
});

describe('MailApp errors', () => {
  const MAIL = { to: ['dinsos@binjaikota.go.id'], cc: [], subject: 's', text: 't', html: 'h' };
  const throwing = (message: string) => {
    (globalThis as unknown as { MailApp: object }).MailApp = {
      sendEmail: () => {
        throw new Error(message);
      },
      getRemainingDailyQuota: () => 100,
    };
  };
  const saved = (globalThis as unknown as { MailApp?: object }).MailApp;
  afterEach(() => {
    (globalThis as unknown as { MailApp?: object }).MailApp = saved;
  });

  test.each(['Service invoked too many times for one day: email.', 'Service invoked too many times: email'])(
    'the daily quota (%s) stops the day: QuotaExceeded',
    (message) => {
      throwing(message);
      expect(() => mailAppMailer.send(MAIL)).toThrow(QuotaExceeded);
    },
  );

  test.each(['Limit Exceeded: Email Body Size.', 'Invalid email: dinsos(at)binjaikota', 'Limit Exceeded: Email Recipients Per Message.'])(
    'anything else (%s) fails that mail alone',
    (message) => {
      throwing(message);
      let thrown: unknown;
      try {
        mailAppMailer.send(MAIL);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).not.toBeInstanceOf(QuotaExceeded);
      expect((thrown as Error).message).toBe(message);
    },
  );
});
