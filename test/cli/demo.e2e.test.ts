// Acceptance of `npm start`: the built CLI's demo leaves the three reports and a master, checking the demo files as JSON finds the
// planted problems, and the reminder preview the demo suggests runs as printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../../src/cli/demo';
import { ReportSchema } from './report-schema';

const bin = join(__dirname, '..', '..', 'dist', 'cli', 'sinergi.js');
const dir = mkdtempSync(join(tmpdir(), 'sinergi-demo-'));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });

let demo: ReturnType<typeof run>;
beforeAll(() => {
  demo = run('demo', '--dir', 'demo', '--quiet');
});

test('sinergi demo writes the workbooks and demo/out/report.{html,xlsx,json}; check --format json finds every planted problem', () => {
  expect(demo.status).toBe(0);
  for (const f of ['report.html', 'report.xlsx', 'report.json', 'master.xlsx']) expect(existsSync(join(dir, 'demo', 'out', f))).toBe(true);

  const files = readdirSync(join(dir, 'demo')).filter((f) => f.endsWith('.xlsx'));
  const check = run('check', ...files.map((f) => join('demo', f)), '--format', 'json', '--today', '2025-12-01');
  expect(check.status).toBe(1);
  const report = ReportSchema.parse(JSON.parse(check.stdout));
  const { planted } = generateDemo();
  const missed = planted.filter(
    (p) =>
      !report.findings.some(
        (f) =>
          f.rule === p.rule &&
          [{ file: f.file, sheet: f.sheet, row: f.row }, ...(f.places ?? [])].some(
            (at) => at.file === p.file && at.sheet === p.sheet && at.row === p.row,
          ),
      ),
  );
  expect(missed).toEqual([]);
  expect(planted.length).toBeGreaterThan(40);
});

test('the remind command the demo prints runs as printed, and plans mails to the demo contacts only', () => {
  expect(demo.status).toBe(0);
  const hint = demo.stdout.split('\n').find((l) => l.includes(' remind --preview '));
  expect(hint).toBeDefined();
  const command = hint!.slice(hint!.indexOf('node '));
  expect(command).toBe(`node ${bin} remind --preview --today 2025-12-10 ${join('demo', 'out', 'master.xlsx')}`);
  const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const to = r.stdout.split('\n').filter((l) => l.startsWith('Kepada: '));
  expect(to.length).toBeGreaterThan(1);
  for (const l of to) expect(l).toMatch(/^Kepada: operator\.[a-z]+@contoh\.binjaikota\.example$/);
});
