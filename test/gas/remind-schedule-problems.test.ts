// Unreadable schedule lines reach the TKPP from the trigger too: one audit row per problem, once per Jakarta day.
import { REMIND_DAY_KEY } from '../../src/gas/remind-job';
import { DAY, fire, remindWorld, SCHEDULE, sheetValues, type World } from './remind-helpers';

let world: World | undefined;
afterEach(() => world?.fake.uninstall());

const AUDIT = 'Sinergi Log';
/** [action, outcome] of the audit rows about the schedule. */
const scheduleRows = (w: World) =>
  sheetValues(w.fake, w.ss, AUDIT)
    .slice(1)
    .filter((r) => r[2] === 'remind_schedule')
    .map((r) => [r[2], r[4]]);

test('each unreadable schedule line is one audit row, once a Jakarta day, however often the job runs', () => {
  world = remindWorld();
  const { fake, ss } = world;
  fake.ui.available = false;
  fake.uncounted(() => {
    const sheet = ss.getSheetByName(SCHEDULE)!;
    const r = sheetValues(fake, ss, SCHEDULE).findIndex((row) => row[0] === 'Penerima bantuan');
    sheet.getRange(r + 1, 4).setValue('tiga hari sebelum 1275041708800001');
  });
  expect(fire(fake)).toEqual(['remind:done']);
  const first = scheduleRows(world);
  expect(first).toHaveLength(1);
  expect(first[0][1]).toMatch(/D\d/);
  // Never a digit run of 16 (a NIK typed into the schedule by mistake).
  expect(String(first[0][1])).not.toMatch(/\d{16}/);

  // An hour later (idle), and a same-day rerun with the day marker cleared: no second row.
  fake.clock.advance(3_600_000);
  expect(fire(fake)).toEqual(['remind:idle']);
  PropertiesService.getDocumentProperties().deleteProperty(REMIND_DAY_KEY);
  expect(fire(fake)).toEqual(['remind:done']);
  expect(scheduleRows(world)).toHaveLength(1);

  // The next Jakarta day: said again.
  fake.clock.advance(DAY);
  expect(fire(fake)).toEqual(['remind:done']);
  expect(scheduleRows(world)).toEqual([...first, ...first]);
});
