// Acceptance of `npm start`: the built CLI's demo leaves the three reports, and checking the demo files as JSON finds the planted problems.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../../src/cli/demo';
import { ReportSchema } from './report-schema';

const bin = join(__dirname, '..', '..', 'dist', 'cli', 'sinergi.js');
const dir = mkdtempSync(join(tmpdir(), 'sinergi-demo-'));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });

test('sinergi demo writes the workbooks and demo/out/report.{html,xlsx,json}; check --format json finds every planted problem', () => {
  const demo = run('demo', '--dir', 'demo', '--quiet');
  expect(demo.status).toBe(0);
  for (const f of ['report.html', 'report.xlsx', 'report.json']) expect(existsSync(join(dir, 'demo', 'out', f))).toBe(true);

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
