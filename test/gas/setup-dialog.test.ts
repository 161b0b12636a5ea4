// The setup dialog as HtmlService renders it: 640 wide, data printed escaped, no innerHTML, the server calls it makes exist.
import * as main from '../../src/gas/main';
import { menuSetup } from '../../src/gas/commands/setup';
import type { GasFake } from '../fakes/gas';
import { PKH_SHEET } from '../fixtures/sheets';
import { SETUP_HTML, setupFake } from './setup-helpers';

let fake: GasFake;
beforeEach(() => {
  fake = setupFake();
});
afterEach(() => fake.uninstall());

const XSS = '<img src=x onerror=alert(1)>';

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function dataOf(html: string) {
  const m = /<div id="data" hidden>([\s\S]*?)<\/div>/.exec(html);
  if (!m) throw new Error('no data element');
  return JSON.parse(unescape(m[1]));
}

test('a header and a sheet name holding markup are printed escaped, and reach the client intact', () => {
  const grid = PKH_SHEET.map((row) => [...row]);
  grid[3][11] = XSS;
  fake.createSpreadsheet('Kelurahan', { [`PKH ${XSS}`]: grid });
  menuSetup();
  expect(fake.ui.dialogs).toHaveLength(1);
  const d = fake.ui.dialogs[0];
  expect(d).toMatchObject({ kind: 'modal', title: 'Siapkan register', width: 640 });
  expect(d.content).not.toContain(XSS);
  expect(d.content).not.toContain('<img');
  expect(d.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
  const data = dataOf(d.content);
  expect(data.view.sheetName).toBe(`PKH ${XSS}`);
  expect(data.view.headers.map((h: { label: string }) => h.label)).toContain(XSS);
  expect(data.words['setup.apply']).toBe('Simpan pemetaan dan siapkan kolom');
  // Six reference buttons (the reminder schedule the last), labelled in the spreadsheet's language.
  expect(d.content.match(/class="ref" data-kind="/g)).toHaveLength(6);
  expect(d.content).toContain('data-kind="schedule">Jadwal pengingat</button>');
  expect(d.content).toContain('data-kind="program_rules">Aturan program bansos</button>');
});

test('English spreadsheets get an English dialog', () => {
  fake.createSpreadsheet('Social', { Sheet1: [] }, { locale: 'en_US' });
  menuSetup();
  const d = fake.ui.dialogs[0];
  expect(d.title).toBe('Set up register');
  expect(d.content).toContain('<html lang="en">');
  expect(dataOf(d.content).view.status).toBe('empty');
});

test('the client code shows data as text only and calls only exported server functions', () => {
  const script = SETUP_HTML.slice(SETUP_HTML.indexOf('<script>'));
  expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  // Only <?= ?> (escaped) prints data; <?!= ?> (raw) is never used.
  expect(SETUP_HTML).not.toContain('<?!=');
  const called = [...SETUP_HTML.matchAll(/\.(setup\w+)\(/g)].map((m) => m[1]);
  expect(new Set(called)).toEqual(new Set(['setupDetect', 'setupApplyMapping', 'setupCreateRegister', 'setupCreateReference']));
  for (const fn of called) expect(typeof (main as Record<string, unknown>)[fn]).toBe('function');
});
