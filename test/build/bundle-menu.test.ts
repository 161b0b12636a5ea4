// Acceptance of the add-on: the built Code.js in node:vm runs onOpen in NONE mode, then every menu entrypoint against a fake spreadsheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createGasFake } from '../fakes/gas';
import { RENJA_SHEET } from '../fixtures/sheets';
import { bpntRegister } from '../gas/check-helpers';

const dist = join(__dirname, '..', '..', 'dist', 'addon');

interface MenuEntry {
  caption?: string;
  functionName?: string;
  submenu?: { items: MenuEntry[] };
}

/** Loads the bundle for a spreadsheet holding a BPNT register of `rows` rows and a Renja sheet; returns the fake and the menu's functions. */
function setup(rows: number) {
  const fake = createGasFake({ noneMode: true, now: () => new Date('2026-11-28T03:00:00Z') });
  for (const f of ['setup', 'sidebar']) fake.addHtmlFile(f, readFileSync(join(dist, `${f}.html`), 'utf8'));
  const ss = fake.createSpreadsheet('Register Kelurahan', { BPNT: bpntRegister(rows), 'Renja 2025': RENJA_SHEET });
  const ctx = fake.createContext();
  vm.runInContext(readFileSync(join(dist, 'Code.js'), 'utf8'), ctx, { filename: 'Code.js' });
  vm.runInContext('onOpen({ authMode: "NONE" })', ctx);
  expect(fake.noneModeViolations).toEqual([]);
  fake.liftNoneMode();
  const flat = (items: MenuEntry[]): string[] =>
    items.flatMap((i) => (i.submenu ? flat(i.submenu.items) : i.functionName ? [i.functionName] : []));
  const fns = flat(fake.ui.menus[0].items as MenuEntry[]);
  return { fake, ss, ctx, fns };
}

/** Sheets calls of each menu entrypoint, in menu order (check before clear, so that marks exist to clear). */
function callsPerEntry(rows: number): { counts: Record<string, number>; findings: unknown[][]; fake: ReturnType<typeof setup>['fake'] } {
  const { fake, ss, ctx, fns } = setup(rows);
  const counts: Record<string, number> = {};
  fake.uncounted(() => ss.setActiveSheet(ss.getSheetByName('BPNT')!));
  for (const fn of fns) {
    fake.calls.reset();
    vm.runInContext(`${fn}()`, ctx);
    counts[fn] = fake.calls.total();
  }
  vm.runInContext('menuCheckAll()', ctx);
  // The fake does not evaluate formulas: the Sel column's HYPERLINK shows its label in the formula text.
  const findings = fake.uncounted(() => {
    const range = ss.getSheetByName('Sinergi Temuan')!.getDataRange();
    const formulas = range.getFormulas();
    return range.getDisplayValues().map((row, r) => row.map((v, c) => /^=HYPERLINK\(".*", *"(.*)"\)$/.exec(formulas[r][c])?.[1] ?? v));
  });
  return { counts, findings, fake };
}

test('every menu entrypoint runs from the built bundle; Sheets calls do not grow with the rows', () => {
  const small = callsPerEntry(100);
  const large = callsPerEntry(5000);
  expect(Object.keys(small.counts)).toEqual([
    'menuSetup',
    'menuCheckSheet',
    'menuCheckAll',
    'menuRollup',
    'menuConsolidate',
    'menuPushRefs',
    'menuScheduleConsolidation',
    'menuUnscheduleConsolidation',
    'menuRemindersOn',
    'menuRemindersPreview',
    'menuRemindersOff',
    'menuSidebar',
    'menuClearMarks',
    'showAbout',
  ]);
  expect(large.counts).toEqual(small.counts);
  expect(small.counts.menuCheckAll).toBeGreaterThan(0);
  // The reminder items do real work now (schedule sheet, trigger, preview dialog), in a few calls whatever the register's size.
  // Each also reads the job flags from the document's developer metadata (getDeveloperMetadata, getKey, getValue), and the
  // switches write them back (setValue): the same calls for 100 and 5,000 rows.
  const reminders = (counts: Record<string, number>) =>
    ['menuRemindersOn', 'menuRemindersPreview', 'menuRemindersOff'].map((fn) => [fn, counts[fn]]);
  expect(reminders(small.counts)).toEqual([
    ['menuRemindersOn', 53],
    ['menuRemindersPreview', 22],
    ['menuRemindersOff', 9],
  ]);
  expect(reminders(large.counts)).toEqual(reminders(small.counts));

  // The findings sheet: a title row, the headings, then one row per finding with its rule, severity, sheet and cell.
  const [title, head, ...rows] = small.findings as string[][];
  expect(title[0]).toMatch(/Periksa/);
  expect(head.slice(0, 5)).toEqual(['Aturan', 'Tingkat', 'Sheet', 'Sel', 'Pesan']);
  const kel = rows.filter((r) => r[0] === 'wilayah.kelurahan_unknown');
  expect(kel).toHaveLength(10);
  expect(kel[0].slice(1, 4)).toEqual(['galat', 'BPNT', 'H5']);
  expect(rows.some((r) => r[0] === 'program.parent_sum_mismatch' && r[2] === 'Renja 2025' && r[3] === 'F6')).toBe(true);
  expect(large.findings.length - 2).toBe(new Set(large.findings.slice(2).map((r) => `${r[0]}|${r[2]}|${r[3]}`)).size);

  // Konsolidasi with no sources sheet creates it and explains how to fill it; Kirim referensi then finds no active source.
  const sheetNames = small.fake.uncounted(() => small.fake.spreadsheets[0].getSheets().map((sh) => sh.getName()));
  expect(sheetNames).toContain('Sumber Data');
  const prompts = small.fake.ui.alerts.map((a) => a.prompt);
  expect(prompts.some((p) => /Sumber Data" sudah dibuat/.test(p))).toBe(true);
  expect(prompts.some((p) => /Belum ada sumber aktif/.test(p))).toBe(true);

  // Pengingat: the schedule sheet created, turned on (daily trigger, as scheduled consolidation was turned off before),
  // previewed (nothing to send: no sources sheet in a register workbook), turned off again.
  expect(sheetNames).toContain('Jadwal Pengingat');
  expect(prompts.some((p) => /Pengingat aktif untuk spreadsheet ini/.test(p))).toBe(true);
  expect(prompts.some((p) => /Pengingat dimatikan untuk spreadsheet ini; pemicunya dihapus/.test(p))).toBe(true);
  expect(small.fake.triggers).toEqual([]);
  expect(small.fake.mail.sent).toEqual([]);

  // The setup dialog, the reminder preview and the sidebar opened; no alert said anything went wrong.
  expect(small.fake.ui.sidebars.length).toBe(1);
  expect(small.fake.ui.dialogs.map((d) => d.title)).toEqual(['Siapkan register', 'Pratinjau pengingat']);
  expect(small.fake.ui.dialogs[1].content).toMatch(/Tidak ada email yang perlu dikirim hari ini/);
  expect(prompts.filter((p) => /terhenti|gagal/i.test(p))).toEqual([]);
});
