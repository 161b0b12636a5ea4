// The check use-case: read every sheet of every workbook once, run the engine and the cross checks, return findings and rollups.
import type { SheetInput } from '../core/engine';
import { checkWorkbooks, type WorkbookOptions, type WorkbookResult } from '../core/workbook';
import { NO_PROGRESS, type Progress, type WorkbookPort } from './ports';

export interface CheckRun extends WorkbookResult {
  inputs: { id: string; name: string; sheets: string[] }[];
}

export function runCheck(workbooks: readonly WorkbookPort[], options: WorkbookOptions, progress: Progress = NO_PROGRESS): CheckRun {
  const inputs: SheetInput[] = [];
  const listed: CheckRun['inputs'] = [];
  const names = workbooks.map((wb) => wb.sheetNames());
  const total = names.reduce((n, s) => n + s.length, 0);
  progress.start('read', total);
  let done = 0;
  workbooks.forEach((wb, i) => {
    listed.push({ id: wb.id, name: wb.name, sheets: names[i] });
    for (const sheet of names[i]) {
      const data = wb.readSheet(sheet);
      const input: SheetInput = { file: wb.name, sheet, values: data.values };
      if (data.numberFormats) input.numberFormats = data.numberFormats;
      inputs.push(input);
      progress.tick(++done);
    }
  });
  progress.end();
  return { inputs: listed, ...checkWorkbooks(inputs, options) };
}
