// Findings of one source as staging rows and back, so a chunked run keeps them in the master, not in small property slots.
import type { RuleId } from '../model/rule-ids';
import type { Finding, Severity } from '../model/types';

export const FINDING_COLUMNS = ['rule', 'severity', 'file', 'sheet', 'row', 'column', 'cell', 'message', 'key', 'params'] as const;

export function encodeFinding(f: Finding): (string | number)[] {
  return [f.rule, f.severity, f.file ?? '', f.sheet, f.row, f.column, f.cell, f.message, f.key, JSON.stringify(f.params)];
}

export function decodeFinding(cells: readonly unknown[]): Finding {
  const s = (i: number) => (cells[i] === null || cells[i] === undefined ? '' : String(cells[i]));
  let params: Finding['params'] = {};
  try {
    const p: unknown = JSON.parse(s(9) || '{}');
    if (p && typeof p === 'object') params = p as Finding['params'];
  } catch {
    params = {};
  }
  const f: Finding = {
    rule: s(0) as RuleId,
    severity: s(1) as Severity,
    sheet: s(3),
    row: Number(cells[4]) || 0,
    column: s(5),
    cell: s(6),
    message: s(7),
    key: s(8),
    params,
  };
  if (s(2) !== '') f.file = s(2);
  return f;
}
