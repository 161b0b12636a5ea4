// Reads every register of the active spreadsheet once and runs the engine with the stored column mappings, for the rollup.
import { jakartaDay } from '../app/ports';
import type { Lang } from '../core/model/types';
import type { CheckOptions } from '../core/engine';
import { checkWorkbooks, type WorkbookResult } from '../core/workbook';
import { loadAllMappings } from './mappings';
import { readAllSheets, tzOffsetMinutes } from './read';

export function checkSpreadsheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang, now: Date = new Date()): WorkbookResult {
  const sheets = readAllSheets(ss);
  const saved = loadAllMappings(PropertiesService.getDocumentProperties());
  const mappings: Record<string, Pick<CheckOptions, 'stored' | 'overrides'>> = {};
  for (const s of sheets) {
    const m = saved.get(s.sheetId);
    if (m) mappings[s.sheet] = m.overrides ? { stored: m.stored, overrides: m.overrides } : { stored: m.stored };
  }
  return checkWorkbooks(sheets, { today: jakartaDay(now), lang, tzOffsetMinutes: tzOffsetMinutes(ss, now), mappings });
}
