// The small parts of an .xlsx package: relationships, the workbook (sheets, date system), styles (number formats), shared strings.
import { posix } from 'node:path';
import parseSax from 'exceljs/lib/utils/parse-sax';
import { decodeEscapes } from './xlsx-sheet';
import type { ZipFile } from './zip';

export const localName = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  onText?(s: string): void;
  close?(name: string): void;
}

/** Runs a part's XML through saxes (exceljs's wrapper), element names without their namespace prefix. */
export async function walk(chunks: AsyncIterable<string>, h: XmlHandler): Promise<void> {
  for await (const events of parseSax(chunks)) {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if (e.eventType === 'opentag') h.open(localName(e.value.name), e.value.attributes);
      else if (e.eventType === 'text') h.onText?.(e.value);
      else h.close?.(localName(e.value.name));
    }
  }
}

export interface Relationship {
  type: string;
  /** Part name the target resolves to, from the package root, no leading slash. */
  part: string;
}

/** Relationships of `source` ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"), targets resolved against its folder. */
export async function relationships(zip: ZipFile, source: string): Promise<Map<string, Relationship>> {
  const dir = posix.dirname(source);
  const relsName = posix.join(dir === '.' ? '' : dir, '_rels', posix.basename(source) + '.rels');
  const entry = zip.entry(relsName);
  const rels = new Map<string, Relationship>();
  if (!entry) return rels;
  await walk(zip.text(entry), {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      const target = a.Target.replace(/\\/g, '/');
      const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir === '.' ? '' : dir, target));
      rels.set(a.Id, { type: a.Type ?? '', part });
    },
  });
  return rels;
}

export const isRel = (rel: Relationship | undefined, kind: string): boolean => rel !== undefined && rel.type.endsWith('/' + kind);

export interface WorkbookInfo {
  sheets: { name: string; rId: string; state?: string }[];
  date1904: boolean;
}

export async function workbookInfo(zip: ZipFile, part: string): Promise<WorkbookInfo | undefined> {
  const entry = zip.entry(part);
  if (!entry) return undefined;
  const info: WorkbookInfo = { sheets: [], date1904: false };
  await walk(zip.text(entry), {
    open(name, a) {
      if (name === 'workbookPr') info.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet') {
        const rId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
        info.sheets.push(a.state ? { name: a.name ?? '', rId, state: a.state } : { name: a.name ?? '', rId });
      }
    },
  });
  return info;
}

/** Excel's built-in number formats (ids without a <numFmt>); locale-specific ids are left out. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The number format code of every cell style (cellXfs index -> code). */
export async function styleFormats(zip: ZipFile, part: string | undefined): Promise<string[]> {
  const entry = part === undefined ? undefined : zip.entry(part);
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  await walk(zip.text(entry), {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(+a.numFmtId, a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfIds.push(a.numFmtId === undefined ? 0 : +a.numFmtId || 0);
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfIds.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id] ?? '');
}

/** Shared strings as plain text: every <t> of an <si> (rich text runs joined), phonetic guides left out, _xHHHH_ decoded. */
export async function sharedStrings(zip: ZipFile, part: string | undefined): Promise<string[] | undefined> {
  const entry = part === undefined ? undefined : zip.entry(part);
  if (!entry) return undefined;
  const out: string[] = [];
  let text = '';
  let inT = false;
  let inPhonetic = false;
  await walk(zip.text(entry), {
    open(name) {
      if (name === 't') inT = !inPhonetic;
      else if (name === 'si') text = '';
      else if (name === 'rPh') inPhonetic = true;
    },
    onText(s) {
      if (inT) text += s;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') out.push(decodeEscapes(text));
    },
  });
  return out;
}
