// Test helpers: a temp dir per test file, and hand-made .xlsx packages (a tiny zip writer) for XML that exceljs would never write.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-io-'));
  return { dir, file: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of deflated entries (stored ones when `stored`), in the given order. */
export function zip(entries: { name: string; data: string | Buffer }[], stored = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const crc = crc32(data);
    const packed = stored ? data : deflateRawSync(data);
    const method = stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawSheetSpec {
  name: string;
  /** Inner XML of <worksheet> (sheetData, mergeCells, ...), or the whole document when it starts with "<?xml". */
  xml: string;
  /** Relationship target; default "worksheets/sheet{n}.xml". */
  target?: string;
  kind?: 'worksheet' | 'chartsheet';
  state?: 'hidden';
}

/**
 * A minimal .xlsx: workbook, rels, styles with the given number formats (style i+1 uses formats[i]), shared strings,
 * sheets. `order` puts the parts in the zip in another order (Excel writes sheets before shared strings).
 */
export function rawXlsx(opts: {
  sheets: RawSheetSpec[];
  strings?: string[];
  /** Raw <si> contents, for rich text and phonetic runs. */
  stringsXml?: string[];
  formats?: { id: number; code?: string }[];
  date1904?: boolean;
  sheetsFirst?: boolean;
  omit?: string[];
  stored?: boolean;
}): Buffer {
  const sheetEntries = opts.sheets.map((s, i) => ({ ...s, file: s.target ?? `worksheets/sheet${i + 1}.xml`, rId: `rId${i + 1}` }));
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetEntries
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="${s.rId}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetEntries
    .map((s) => `<Relationship Id="${s.rId}" Type="${REL}/${s.kind ?? 'worksheet'}" Target="${s.file}"/>`)
    .join(
      '',
    )}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdSS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const formats = opts.formats ?? [];
  const custom = formats.filter((f) => f.code !== undefined);
  const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${
    custom.length
      ? `<numFmts count="${custom.length}">${custom.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${f.code}"/>`).join('')}</numFmts>`
      : ''
  }<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${formats
    .map((f) => `<xf numFmtId="${f.id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
    .join('')}</cellXfs></styleSheet>`;
  const si = [...(opts.strings ?? []).map((s) => `<t xml:space="preserve">${s}</t>`), ...(opts.stringsXml ?? [])];
  const shared = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${si.length}" uniqueCount="${si.length}">${si.map((x) => `<si>${x}</si>`).join('')}</sst>`;
  const head = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
  ];
  const sheetParts = sheetEntries.map((s) => ({
    name: 'xl/' + s.file.replace(/^\/?(xl\/)?/, ''),
    data: s.xml.startsWith('<?xml') ? s.xml : `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${s.xml}</worksheet>`,
  }));
  const tail = [
    { name: 'xl/styles.xml', data: styles },
    { name: 'xl/sharedStrings.xml', data: shared },
  ];
  const parts = opts.sheetsFirst ? [...head, ...sheetParts, ...tail] : [...head, ...tail, ...sheetParts];
  return zip(
    parts.filter((p) => !(opts.omit ?? []).includes(p.name)),
    opts.stored,
  );
}

export function writeRawXlsx(path: string, opts: Parameters<typeof rawXlsx>[0]): string {
  writeFileSync(path, rawXlsx(opts));
  return path;
}
