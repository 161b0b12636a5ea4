// Guards the rule table: every per-register rule id is registered under its own id, has a test table and words in both languages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROW_RULE_IDS } from '../../../src/core/model/rule-ids';
import { CATALOGUES } from '../../../src/core/i18n';
import { RULE_TABLE } from '../../../src/core/rules/registry';

const root = join(__dirname, '..', '..', '..');

test('every per-register rule id is registered under its own id', () => {
  expect(Object.keys(RULE_TABLE).sort()).toEqual([...ROW_RULE_IDS].sort());
  for (const [id, rule] of Object.entries(RULE_TABLE)) expect(rule.id).toBe(id);
});

describe.each(Object.keys(RULE_TABLE))('%s', (id) => {
  test('has a test table of passing and failing cases', () => {
    const file = join(root, 'test/core/rules', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/ruleTable\(/);
  });

  test('has its message, and every variant it uses, in Indonesian and English', () => {
    const src = readFileSync(join(root, 'src/core/rules', `${id}.ts`), 'utf8');
    const keys = [id, ...[...src.matchAll(/variant:\s*'([\w.]+)'/g)].map((m) => `${id}.${m[1]}`)];
    for (const lang of ['id', 'en'] as const) {
      const cat = CATALOGUES[lang] as Record<string, string>;
      for (const k of keys) expect({ lang, key: k, text: typeof cat[k] }).toEqual({ lang, key: k, text: 'string' });
    }
  });
});
