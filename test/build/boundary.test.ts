// The architecture's boundary is enforced by ESLint: a core file that touches a host global or module fails lint.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

function lintAs(filePath: string, code: string): { ruleId: string; message: string }[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [eslintBin, '--format', 'json', '--stdin', '--stdin-filename', filePath], {
      cwd: root,
      input: code,
      encoding: 'utf8',
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  return JSON.parse(out)[0].messages;
}

const violation = readFileSync(join(root, 'test/fixtures/boundary/core-violation.ts'), 'utf8');

test.each(['src/core/model/leak.ts', 'src/app/leak.ts'])('%s may not touch host globals or modules', (path) => {
  const rules = lintAs(path, violation).map((m) => m.ruleId);
  expect(rules.filter((r) => r === 'no-restricted-imports')).toHaveLength(2);
  expect(rules.filter((r) => r === 'no-restricted-globals')).toHaveLength(3);
});

test('the same code is allowed in a host (src/cli)', () => {
  const rules = lintAs('src/cli/leak.ts', violation).map((m) => m.ruleId);
  expect(rules).not.toContain('no-restricted-imports');
  expect(rules).not.toContain('no-restricted-globals');
});
