// Guards the cross-check table: every cross rule id is registered under its own id, has a test table and words in both languages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES } from '../../../src/core/i18n';
import { CROSS_RULE_IDS } from '../../../src/core/model/rule-ids';
import { CROSS_TABLE } from '../../../src/core/checks/registry';

const root = join(__dirname, '..', '..', '..');

test('every cross rule id is registered under its own id', () => {
  expect(Object.keys(CROSS_TABLE).sort()).toEqual([...CROSS_RULE_IDS].sort());
  for (const [id, rule] of Object.entries(CROSS_TABLE)) expect(rule.id).toBe(id);
});

describe.each(Object.keys(CROSS_TABLE))('%s', (id) => {
  test('has a test table of passing and failing cases', () => {
    const file = join(root, 'test/core/checks', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/crossTable\(/);
  });

  test('has its message, and every variant it uses, in Indonesian and English', () => {
    const src = readFileSync(join(root, 'src/core/checks', `${id}.ts`), 'utf8');
    const keys = [id, ...[...src.matchAll(/variant:\s*'([\w.]+)'/g)].map((m) => `${id}.${m[1]}`)];
    for (const lang of ['id', 'en'] as const) {
      const cat = CATALOGUES[lang] as Record<string, string>;
      for (const k of keys) expect({ lang, key: k, text: typeof cat[k] }).toEqual({ lang, key: k, text: 'string' });
    }
  });
});
