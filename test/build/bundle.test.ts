// Loads the built dist/addon/Code.js in node:vm with only the Apps Script fake's globals, as Apps Script would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createGasFake } from '../fakes/gas';

const bundlePath = join(__dirname, '..', '..', 'dist', 'addon', 'Code.js');

function load(fake: ReturnType<typeof createGasFake>) {
  const context = fake.createContext();
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, unknown>;
}

beforeAll(() => {
  if (!existsSync(bundlePath)) throw new Error('dist/addon/Code.js is missing: run `npm run build` (npm test does)');
});

test('entrypoints are top-level functions; internal helpers are not globals', () => {
  const fake = createGasFake();
  fake.createSpreadsheet('Register');
  const ctx = load(fake);
  for (const name of ['onOpen', 'onInstall', 'showAbout']) expect(typeof ctx[name]).toBe('function');
  const source = readFileSync(bundlePath, 'utf8');
  expect(source).toMatch(/^function onOpen\(\) \{ return __sinergi\.onOpen\.apply\(this, arguments\); \}$/m);
  for (const helper of ['buildMenu', 'checkSheet', 't', 'detectHeader', 'maskId']) expect(ctx[helper]).toBeUndefined();
  expect(Object.keys(ctx).sort()).toEqual(expect.arrayContaining(['__sinergi', 'onInstall', 'onOpen', 'showAbout']));
  expect(vm.runInContext('typeof process + typeof require', ctx as vm.Context)).toBe('undefinedundefined');
});

test('onOpen in AuthMode.NONE builds the menu and touches no other service', () => {
  const fake = createGasFake({ noneMode: true });
  fake.createSpreadsheet('Register');
  const ctx = load(fake);
  vm.runInContext('onOpen({ authMode: "NONE" })', ctx as vm.Context);
  expect(fake.noneModeViolations).toEqual([]);
  expect(fake.ui.menus).toHaveLength(1);
  expect(fake.ui.menus[0].addon).toBe(true);
  expect(
    fake.ui.menus[0].items.map((i) => ('caption' in i ? i.caption : 'functionName' in i ? '' : 'separator' in i ? '---' : i.submenu.title)),
  ).toEqual([
    'Siapkan register…',
    'Periksa sheet ini',
    'Periksa semua sheet (lintas sheet)',
    'Rekap progres',
    '---',
    'Konsolidasi sumber (TKPP)',
    'Kirim referensi ke sumber (TKPP)',
    'Konsolidasi terjadwal: aktifkan',
    'Konsolidasi terjadwal: matikan',
    'Pengingat',
    '---',
    'Panel temuan',
    'Hapus tanda',
    'Tentang Sinergi',
  ]);
});

test('onInstall builds the same menu', () => {
  const fake = createGasFake({ noneMode: true });
  fake.createSpreadsheet('Register');
  const ctx = load(fake);
  vm.runInContext('onInstall({ authMode: "NONE" })', ctx as vm.Context);
  expect(fake.noneModeViolations).toEqual([]);
  expect(fake.ui.menus[0].items.filter((i) => 'caption' in i)).toHaveLength(11);
});

test('"Tentang Sinergi" shows the version and a two-line description', () => {
  const fake = createGasFake();
  fake.createSpreadsheet('Register');
  const ctx = load(fake);
  vm.runInContext('showAbout()', ctx as vm.Context);
  expect(fake.ui.alerts).toHaveLength(1);
  const { prompt, title } = fake.ui.alerts[0];
  expect(title).toBe('Tentang Sinergi');
  const version = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  const [first, ...description] = prompt.split('\n');
  expect(first).toBe(`Sinergi ${version}`);
  expect(description).toHaveLength(2);
});
