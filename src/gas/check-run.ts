// Periksa as a run: read and check everything once, write the findings sheet, then mark cells block by block with a stored cursor.
import { findingsTable } from '../app/findings-table';
import { boundsOf, sortMarks, targetsOf, type Counts, type Mark } from '../app/marks';
import { jakartaDay } from '../app/ports';
import { isOwnSheet, PROPS, SHEETS } from '../app/sheets';
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { referenceKindOf } from '../core/ref/references';
import type { CheckOptions } from '../core/engine';
import { checkWorkbooks, type WorkbookOptions } from '../core/workbook';
import { writeFindingsSheet } from './check-output';
import { docLang } from './lang';
import { loadAllMappings } from './mappings';
import { markRect, readMarks, writeMarks, type MarksStore } from './marks-store';
import { readSheet, tzOffsetMinutes, type ReadSheet } from './read';

/*
 * One run = phase "check" then phase "mark".
 *   check  reads every sheet once (getValues + getNumberFormats), runs the engine and the cross checks, writes the
 *          findings sheet, and lists the sheets to mark with the rectangle their old and new marks span. The engine
 *          needs every row at once (duplicates across sheets), so this phase is never split; it is the cheap one.
 *   mark   goes through those rectangles in blocks of rows (`blockCells` cells, four range calls each), undoing the
 *          old marks and applying the new ones. After each call the tracking sheet holds the truth about the cells
 *          plus the marks still to apply ("pending"), and the cursor (document property PROPS.cursor) says where
 *          to go on. A call stops between blocks once its time budget is spent; the sidebar calls checkChunk again.
 * A mark depends only on its own cell, its old mark and its new findings, so the blocks can fall anywhere: a run
 * in many calls leaves the same cells, findings sheet and tracking sheet as a run in one. Redoing a block after a
 * crash is harmless (undo, then apply, is idempotent), so the tracking sheet is written before the cursor moves.
 * A block of 1,000,000 cells covers a 50,000-row register in one go: the menu commands make the same number of
 * Sheets calls for 100 rows as for 50,000.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type Scope = 'sheet' | 'all';

export interface RunOptions {
  /** Milliseconds a call may work before stopping between blocks; default 4.5 minutes of Apps Script's 6. */
  budgetMs?: number;
  /** Cells per block of marking; default 1,000,000. */
  blockCells?: number;
}

/**
 * What checkChunk returns (plain JSON). The sidebar reads `doneUnits`/`totalUnits` and hands `state` back on its
 * next call; `done_units`/`total_units` say the same for callers that use the spelling.
 */
export interface ChunkStatus {
  done: boolean;
  done_units: number;
  total_units: number;
  doneUnits: number;
  totalUnits: number;
  message: string;
  /** Pass back to continue this run; null when there is nothing to continue. */
  state: { runId: string } | null;
}

export function chunkStatus(done: boolean, doneUnits: number, totalUnits: number, message: string, runId?: string): ChunkStatus {
  const state = runId === undefined ? null : { runId };
  return { done, done_units: doneUnits, total_units: totalUnits, doneUnits, totalUnits, message, state };
}

export const DEFAULT_BUDGET_MS = 270_000;
export const DEFAULT_BLOCK_CELLS = 1_000_000;

interface QueueItem {
  id: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Cursor {
  v: 1;
  runId: string;
  scope: Scope;
  sheet?: string;
  lang: Lang;
  queue: QueueItem[];
  index: number;
  /** Next row to mark in queue[index]; 0 = its top. */
  row: number;
  blockCells: number;
  counts: Counts;
  registers: number;
  /** Sheets where Sheets refused the marks (protected cells): their old marks stay as they were. */
  refused: string[];
  doneUnits: number;
  totalUnits: number;
}

export type StartOutcome = { kind: 'ok'; status: ChunkStatus } | { kind: 'own'; sheet: string } | { kind: 'not_register'; sheet: string };

function readInputs(
  ss: Spreadsheet,
  scope: Scope,
): { inputs: ReadSheet[]; sheets: Map<number, Sheet>; active?: ReadSheet } | { own: string } {
  const sheets = new Map<number, Sheet>();
  const inputs: ReadSheet[] = [];
  const add = (s: Sheet): ReadSheet => {
    const r = readSheet(s);
    sheets.set(r.sheetId, s);
    inputs.push(r);
    return r;
  };
  if (scope === 'all') {
    for (const s of ss.getSheets()) if (!isOwnSheet(s.getName())) add(s);
    return { inputs, sheets };
  }
  const current = ss.getActiveSheet();
  const name = current.getName();
  if (isOwnSheet(name)) return { own: name };
  // The reference sheets come along: the programme rules set age bands and desil limits, the DTKS list is checked.
  for (const s of ss.getSheets()) {
    const n = s.getName();
    if (n !== name && !isOwnSheet(n) && referenceKindOf(n)) add(s);
  }
  return { inputs, sheets, active: add(current) };
}

function mappingsOf(inputs: readonly ReadSheet[]): WorkbookOptions['mappings'] {
  const saved = loadAllMappings(PropertiesService.getDocumentProperties());
  const out: Record<string, Pick<CheckOptions, 'stored' | 'overrides'>> = {};
  for (const input of inputs) {
    const m = saved.get(input.sheetId);
    if (m) out[input.sheet] = m.overrides ? { stored: m.stored, overrides: m.overrides } : { stored: m.stored };
  }
  return out;
}

const groupBySheet = <T extends { sheetId: number }>(list: readonly T[]): Map<number, T[]> => {
  const out = new Map<number, T[]>();
  for (const x of list) {
    const g = out.get(x.sheetId);
    if (g) g.push(x);
    else out.set(x.sheetId, [x]);
  }
  return out;
};

/** Phase "check", then as much marking as the budget allows. A new run replaces any run under way. */
export function startRun(scope: Scope, options: RunOptions = {}): StartOutcome {
  const deadline = Date.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  const ss = SpreadsheetApp.getActive();
  const lang = docLang();
  const read = readInputs(ss, scope);
  if ('own' in read) return { kind: 'own', sheet: read.own };
  const { inputs, sheets, active } = read;
  const today = jakartaDay(new Date());
  const result = checkWorkbooks(inputs, { today, lang, tzOffsetMinutes: tzOffsetMinutes(ss), mappings: mappingsOf(inputs) });
  if (active && !result.registers.some((r) => r.sheet === active.sheet)) return { kind: 'not_register', sheet: active.sheet };

  const props = PropertiesService.getDocumentProperties();
  props.deleteProperty(PROPS.cursor);
  const ids = new Map(inputs.map((i) => [i.sheet, i.sheetId]));
  const sheetIdOf = (name: string) => ids.get(name);
  const run = { scope, sheet: active?.sheet, registers: result.registers.length, today };
  const table = findingsTable(result.findings, lang, run, sheetIdOf);
  writeFindingsSheet(ss, table);

  const targets = targetsOf(result.findings, sheetIdOf);
  const store = readMarks(ss);
  const oldBySheet = groupBySheet(store.marks);
  const newBySheet = groupBySheet(targets);
  // Checking one sheet leaves the other sheets' marks alone; checking all drops marks of sheets that are gone.
  const kept: Mark[] = active ? store.marks.filter((m) => m.sheetId !== active.sheetId) : [];
  const queue: QueueItem[] = [];
  const known = new Map<number, SheetInfo>();
  for (const input of active ? [active] : inputs) {
    const old = oldBySheet.get(input.sheetId) ?? [];
    const fresh = newBySheet.get(input.sheetId) ?? [];
    if (old.length === 0 && fresh.length === 0) continue;
    const sheet = sheets.get(input.sheetId) as Sheet;
    const maxRows = sheet.getMaxRows();
    const maxCols = sheet.getMaxColumns();
    known.set(input.sheetId, { sheet, maxRows, maxCols });
    // A mark outside the sheet lost its cell (rows or columns deleted): nothing to undo.
    const live = old.filter((m) => m.row <= maxRows && m.col <= maxCols);
    const b = boundsOf([...live, ...fresh]);
    if (!b) continue;
    kept.push(...live);
    queue.push({ id: input.sheetId, ...b });
  }
  const state: MarksStore = { sheet: store.sheet, marks: sortMarks(kept), pending: targets };
  const cursor: Cursor = {
    v: 1,
    runId: `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`,
    scope,
    lang,
    queue,
    index: 0,
    row: 0,
    blockCells: Math.max(1, options.blockCells ?? DEFAULT_BLOCK_CELLS),
    counts: table.counts,
    registers: result.registers.length,
    refused: [],
    doneUnits: 1,
    totalUnits: 1 + queue.reduce((n, q) => n + q.bottom - q.top + 1, 0),
  };
  if (active) cursor.sheet = active.sheet;
  return { kind: 'ok', status: proceed(ss, cursor, state, deadline, true, known) };
}

/** One more call of a run under way; a finished or missing run answers "done". */
export function continueRun(options: RunOptions = {}): ChunkStatus {
  const deadline = Date.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  const cursor = loadCursor();
  if (!cursor) return chunkStatus(true, 0, 0, t(docLang(), 'check.chunk.idle'));
  const ss = SpreadsheetApp.getActive();
  return proceed(ss, cursor, readMarks(ss), deadline, false);
}

function loadCursor(): Cursor | undefined {
  const raw = PropertiesService.getDocumentProperties().getProperty(PROPS.cursor);
  if (!raw) return undefined;
  try {
    const c = JSON.parse(raw) as Cursor;
    return c && c.v === 1 && Array.isArray(c.queue) && typeof c.index === 'number' ? c : undefined;
  } catch {
    return undefined;
  }
}

interface SheetInfo {
  sheet: Sheet | null;
  maxRows: number;
  maxCols: number;
}

function proceed(
  ss: Spreadsheet,
  cur: Cursor,
  store: MarksStore,
  deadline: number,
  worked: boolean,
  known?: Map<number, SheetInfo>,
): ChunkStatus {
  const info = known ?? new Map<number, SheetInfo>();
  const infoOf = (id: number): SheetInfo => {
    let i = info.get(id);
    if (!i) {
      const sheet = ss.getSheetById(id);
      i = sheet ? { sheet, maxRows: sheet.getMaxRows(), maxCols: sheet.getMaxColumns() } : { sheet: null, maxRows: 0, maxCols: 0 };
      info.set(id, i);
    }
    return i;
  };
  while (cur.index < cur.queue.length) {
    if (worked && Date.now() >= deadline) break;
    const item = cur.queue[cur.index];
    const top = Math.max(cur.row, item.top);
    const rows = Math.max(1, Math.floor(cur.blockCells / (item.right - item.left + 1)));
    const bottom = Math.min(item.bottom, top + rows - 1);
    const info = infoOf(item.id);
    if (!markBlock(store, item, top, bottom, info)) {
      const name = info.sheet ? info.sheet.getName() : String(item.id);
      if (!cur.refused.includes(name)) cur.refused.push(name);
    }
    cur.doneUnits += bottom - top + 1;
    if (bottom >= item.bottom) {
      cur.index++;
      cur.row = 0;
    } else cur.row = bottom + 1;
    worked = true;
  }
  const done = cur.index >= cur.queue.length;
  const props = PropertiesService.getDocumentProperties();
  if (done) store.pending = [];
  writeMarks(ss, store, cur.lang);
  if (done) props.deleteProperty(PROPS.cursor);
  else props.setProperty(PROPS.cursor, JSON.stringify(cur));
  const message = done
    ? doneMessage(cur)
    : t(cur.lang, 'check.chunk.progress', { percent: Math.floor((100 * cur.doneUnits) / cur.totalUnits) });
  if (done) ss.toast(message, t(cur.lang, 'app.name'), 10);
  return chunkStatus(done, done ? cur.totalUnits : cur.doneUnits, cur.totalUnits, message, cur.runId);
}

function doneMessage(cur: Cursor): string {
  const c = cur.counts;
  const params = { ...c, registers: cur.registers, findings: SHEETS.findings, sheet: cur.sheet ?? '' };
  const key =
    cur.scope === 'sheet'
      ? c.errors + c.warnings + c.infos === 0
        ? 'check.done_sheet_clean'
        : 'check.done_sheet'
      : cur.registers === 0
        ? 'check.done_no_register'
        : 'check.done_all';
  const refused = cur.refused ?? [];
  return t(cur.lang, key, params) + (refused.length > 0 ? ' ' + t(cur.lang, 'check.refused', { sheets: refused.join(', ') }) : '');
}

/**
 * Rows top..bottom of one queued rectangle: undo the old marks there, apply the pending ones, update the store.
 * False when Sheets refused the writes (cells protected against this user): the rectangle and its marks stay as
 * they were, so the tracking stays true.
 */
function markBlock(store: MarksStore, item: QueueItem, top: number, bottom: number, info: SheetInfo): boolean {
  const inRows = (m: { sheetId: number; row: number }) => m.sheetId === item.id && m.row >= top && m.row <= bottom;
  const lastRow = Math.min(bottom, info.maxRows);
  const right = Math.min(item.right, info.maxCols);
  const inRect = (m: { row: number; col: number }) => m.row <= lastRow && m.col >= item.left && m.col <= right;
  const rest: Mark[] = [];
  const planned: Mark[] = [];
  for (const m of store.marks) {
    if (!inRows(m)) rest.push(m);
    else if (inRect(m)) planned.push(m);
    // Marks made meanwhile (by an edit) beside the rectangle stay tracked; marks whose cell is gone are dropped.
    else if (m.row <= info.maxRows && m.col <= info.maxCols) rest.push(m);
  }
  const targets = store.pending.filter((p) => inRows(p) && inRect(p));
  let made: Mark[] = [];
  let ok = true;
  if (info.sheet && lastRow >= top && right >= item.left && (planned.length > 0 || targets.length > 0)) {
    try {
      made = markRect(info.sheet, { top, left: item.left, bottom: lastRow, right }, planned, targets);
    } catch {
      made = planned;
      ok = false;
    }
  }
  store.marks = sortMarks(rest.concat(made));
  return ok;
}

/** Hapus tanda: undo every tracked mark (in blocks, as a run does), then empty the tracking sheet. */
export function clearAllMarks(options: RunOptions = {}): { removed: number; lang: Lang } {
  const ss = SpreadsheetApp.getActive();
  const lang = docLang();
  PropertiesService.getDocumentProperties().deleteProperty(PROPS.cursor);
  const store = readMarks(ss);
  const kept: Mark[] = [];
  const blockCells = Math.max(1, options.blockCells ?? DEFAULT_BLOCK_CELLS);
  for (const [id, marks] of groupBySheet(store.marks)) {
    const sheet = ss.getSheetById(id);
    if (!sheet) continue;
    const maxRows = sheet.getMaxRows();
    const maxCols = sheet.getMaxColumns();
    const live = marks.filter((m) => m.row <= maxRows && m.col <= maxCols);
    const b = boundsOf(live);
    if (!b) continue;
    const rows = Math.max(1, Math.floor(blockCells / (b.right - b.left + 1)));
    // Undo is idempotent, so a Hapus tanda stopped half-way can simply be run again.
    for (let top = b.top; top <= b.bottom; top += rows) {
      const bottom = Math.min(b.bottom, top + rows - 1);
      const inBlock = live.filter((m) => m.row >= top && m.row <= bottom);
      if (inBlock.length === 0) continue;
      try {
        markRect(sheet, { top, left: b.left, bottom, right: b.right }, inBlock, []);
      } catch {
        kept.push(...inBlock); // protected cells: their marks stay, and stay tracked
      }
    }
  }
  const removed = store.marks.length - kept.length;
  store.marks = sortMarks(kept);
  store.pending = [];
  writeMarks(ss, store, lang);
  return { removed, lang };
}
