// Turns recipient entries into one sheet's grid in a given shape: title block, one- or two-row header, values in the workbook's style.
import { columnLetter as letter } from '../../core/text/a1';
import { utcDate, type Ymd } from './ids';
import type { Person } from './people';
import type { Rng } from './random';
import type { Col, Shape, Style } from './shapes';
import type { DemoSheet } from './types';

export type Status = 'aktif' | 'nonaktif' | 'pindah' | 'meninggal';

/** One row of a recipient list before it is written in a shape. */
export interface Entry {
  person: Person;
  program?: string;
  periode?: string | number;
  nominal?: number;
  status: Status;
  verif?: string;
  tglVerif?: Ymd;
  ket?: string;
  desil?: number;
  school?: { name: string; kelas: string; nisn: string };
  /** Cell values that replace the rendered ones: a NIK typed as a number, a misspelt kelurahan. */
  set?: Partial<Record<Col, unknown>>;
  /** Problems planted on this row. */
  plants?: { rule: string; note: string }[];
}

export interface SheetPlan {
  name: string;
  shape: Shape;
  style: Style;
  /** Title lines; the shape decides how many are used. */
  title: string[];
  /** The official who signs the list. */
  signer: { place: string; role: string; name: string };
  entries: Entry[];
}

export interface RenderedSheet {
  sheet: DemoSheet;
  /** Per planted problem, its 1-based sheet row. */
  planted: { rule: string; note: string; row: number }[];
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const PLACES = [
  'Binjai',
  'Binjai',
  'Binjai',
  'Binjai',
  'Medan',
  'Langkat',
  'Stabat',
  'Tanjung Pura',
  'Deli Serdang',
  'Kabanjahe',
  'Pematang Siantar',
  'Tebing Tinggi',
];
/** Spellings of kelurahan names that differ only in spacing: all refer to the same kelurahan. */
const SPACING: Readonly<Record<string, string>> = {
  'Jati Negara': 'Jatinegara',
  'Suka Maju': 'Sukamaju',
  'Paya Roba': 'Payaroba',
  Pujidadi: 'Puji Dadi',
  Sukaramai: 'Sukaramai ',
  'Sumber Mulyorejo': 'Sumber Mulyo Rejo',
  'Binjai Estate': 'Binjai Estate ',
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatDate(b: Ymd, style: Style['date']): unknown {
  switch (style) {
    case 'dash':
      return `${pad2(b.d)}-${pad2(b.m)}-${b.y}`;
    case 'slash':
      return `${pad2(b.d)}/${pad2(b.m)}/${b.y}`;
    case 'dot':
      return `${pad2(b.d)}.${pad2(b.m)}.${b.y}`;
    case 'long':
      return `${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
    case 'iso':
      return `${b.y}-${pad2(b.m)}-${pad2(b.d)}`;
    case 'short':
      return `${pad2(b.d)}-${pad2(b.m)}-${pad2(b.y % 100)}`;
    case 'date':
      return utcDate(b);
  }
}

/** "Rp 600.000", "Rp. 600.000,-", 600000 or "600.000". */
export function formatMoney(n: number, style: Style['money']): unknown {
  const dotted = n.toLocaleString('de-DE');
  switch (style) {
    case 'rp':
      return `Rp ${dotted}`;
    case 'rpdash':
      return `Rp. ${dotted},-`;
    case 'number':
      return n;
    case 'dots':
      return dotted;
  }
}

const placeOf = (p: Person): string => PLACES[Number(p.nik.slice(12)) % PLACES.length];

export function sexText(sex: 'L' | 'P', style: Style): string {
  if (style.sex === 'LP') return sex;
  if (style.sex === 'LKPR') return sex === 'L' ? 'LK' : 'PR';
  return sex === 'L' ? 'Laki-laki' : 'Perempuan';
}

/** A birth date as the sheet writes it: in a TTL column after the place of birth. */
export function birthText(col: 'ttl' | 'tgl', p: Person, b: Ymd, style: Style): unknown {
  if (col === 'tgl') return formatDate(b, style.date);
  return `${placeOf(p)}, ${formatDate(b, style.date === 'date' ? 'dash' : style.date) as string}`;
}

export function kelurahanText(name: string, style: Style['kel']): string {
  switch (style) {
    case 'plain':
      return name;
    case 'upper':
      return name.toUpperCase();
    case 'prefix':
      return 'Kel. ' + name;
    case 'nospace':
      return SPACING[name] ?? name;
  }
}

function kecamatanText(name: string, style: Style['kel']): string {
  return style === 'upper' ? name.toUpperCase() : style === 'prefix' ? 'Kec. ' + name : name;
}

/** The name as a list writes it: case, sometimes an honorific before it or a degree after it (all removed by name normalisation). */
export function displayName(rng: Rng, p: Person, style: Style): string {
  let name = p.name;
  const adult = p.role !== 'anak';
  if (adult && rng.next() < style.honorific) {
    const title = p.hajj ? (p.sex === 'L' ? 'H.' : 'Hj.') : p.sex === 'L' ? rng.pick(['Bpk.', 'Bapak']) : 'Ibu';
    name = `${title} ${name}`;
  } else if (name.startsWith('Muhammad ') && rng.chance(0.3)) {
    name = rng.pick(['M.', 'Mhd.', 'Muhamad']) + name.slice('Muhammad'.length);
  }
  if (p.degree && rng.chance(0.6)) name += p.degree;
  return style.name === 'upper' ? name.toUpperCase() : name;
}

function statusText(s: Status, upper: boolean): string {
  const t = s === 'aktif' ? 'Aktif' : s === 'nonaktif' ? 'Non Aktif' : s === 'pindah' ? 'Pindah' : 'Meninggal';
  return upper ? t.toUpperCase() : t;
}

function cellOf(rng: Rng, col: Col, e: Entry, i: number, style: Style, shape: Shape): unknown {
  const p = e.person;
  const f = p.family;
  const upper = style.name === 'upper';
  switch (col) {
    case 'no':
      return i + 1;
    case 'nik':
      return p.nik;
    case 'kk':
      return f.kk;
    case 'nama':
      return displayName(rng, p, style);
    case 'jk':
      return sexText(p.sex, style);
    case 'ttl':
      return birthText('ttl', p, p.birth, style);
    case 'tgl':
      // Someone pasted a few birth dates as real dates into a text column.
      return style.date !== 'date' && rng.chance(0.04) ? utcDate(p.birth) : formatDate(p.birth, style.date);
    case 'tempat':
      return upper ? placeOf(p).toUpperCase() : placeOf(p);
    case 'alamat': {
      const hasArea = shape.cols.some((c) => c.col === 'rt' || c.col === 'rw' || c.col === 'ling');
      let a = `Jl. ${f.street}${f.gang ? ` Gg. ${f.gang}` : ''} No. ${f.houseNo}`;
      if (!hasArea && f.houseNo % 3 === 0) a += ` Ling. ${ROMAN[f.rw - 1]}`;
      return upper ? a.toUpperCase() : a;
    }
    case 'rt':
      return pad2(f.rt).padStart(3, '0');
    case 'rw':
      return pad2(f.rw).padStart(3, '0');
    case 'ling':
      return f.houseNo % 2 === 0 ? ROMAN[f.rw - 1] : `Ling. ${ROMAN[f.rw - 1]}`;
    case 'kel': {
      // Most rows follow the sheet's spelling; a few were typed by someone else.
      const kelStyle = rng.chance(0.1) ? rng.pick(['plain', 'upper', 'prefix', 'nospace'] as const) : style.kel;
      return kelurahanText(f.kelurahan.name, kelStyle);
    }
    case 'kec':
      return kecamatanText(f.kecamatan.name, style.kel);
    case 'program':
      return e.program ?? '';
    case 'periode':
      return e.periode ?? '';
    case 'basis':
      return rng.chance(0.7) ? 'DTKS' : 'DTSEN';
    case 'desil':
      return e.desil ?? f.desil;
    case 'verif':
      return e.verif ?? '';
    case 'tglverif':
      return e.tglVerif ? formatDate(e.tglVerif, style.date) : '';
    case 'status':
      return statusText(e.status, upper);
    case 'nominal':
      return e.nominal === undefined ? '' : formatMoney(e.nominal, style.money);
    case 'ket':
      return e.ket ?? '';
    case 'ibu': {
      const mother = f.members.find((m) => m.role !== 'anak' && m.sex === 'P');
      return mother ? mother.name.toUpperCase() : '';
    }
    case 'hubungan':
      return p.role === 'kepala' ? 'Kepala Keluarga' : p.role === 'istri' ? 'Istri' : 'Anak';
    case 'pekerjaan':
      return p.role === 'anak' ? 'Pelajar/Mahasiswa' : p.sex === 'P' ? 'Mengurus Rumah Tangga' : 'Buruh Harian Lepas';
    case 'sekolah':
      return e.school?.name ?? '';
    case 'kelas':
      return e.school?.kelas ?? '';
    case 'nisn':
      return e.school?.nisn ?? '';
  }
}

/** The grid of one recipient list, with its merges, formats and the rows of planted problems. */
export function renderSheet(rng: Rng, plan: SheetPlan): RenderedSheet {
  const { shape, style } = plan;
  const cols = shape.cols;
  const width = cols.length;
  const last = letter(width - 1);
  const rows: unknown[][] = [];
  const merges: string[] = [];
  const boldRows: number[] = [];
  for (const line of plan.title.slice(0, shape.titleLines)) {
    boldRows.push(rows.length);
    merges.push(`A${rows.length + 1}:${last}${rows.length + 1}`);
    rows.push([line]);
  }
  if (shape.titleLines > 0 && shape.blankAfterTitle) rows.push([]);
  const twoRow = cols.some((c) => c.group);
  const top = rows.length + 1;
  if (twoRow) {
    const upperRow: string[] = [];
    const lowerRow: string[] = [];
    for (let i = 0; i < width; i++) {
      const c = cols[i];
      if (!c.group) {
        upperRow.push(c.label);
        lowerRow.push('');
        merges.push(`${letter(i)}${top}:${letter(i)}${top + 1}`);
        continue;
      }
      const starts = i === 0 || cols[i - 1].group !== c.group;
      upperRow.push(starts ? c.group : '');
      lowerRow.push(c.label);
      if (starts) {
        let end = i;
        while (end + 1 < width && cols[end + 1].group === c.group) end++;
        merges.push(`${letter(i)}${top}:${letter(end)}${top}`);
      }
    }
    boldRows.push(rows.length, rows.length + 1);
    rows.push(upperRow, lowerRow);
  } else {
    boldRows.push(rows.length);
    rows.push(cols.map((c) => c.label));
  }
  if (shape.numberRow) rows.push(cols.map((_, i) => i + 1));
  const planted: RenderedSheet['planted'] = [];
  plan.entries.forEach((e, i) => {
    const row = cols.map((c) => (e.set && c.col in e.set ? e.set[c.col] : cellOf(rng, c.col, e, i, style, shape)));
    for (const p of e.plants ?? []) planted.push({ ...p, row: rows.length + 1 });
    rows.push(row);
  });
  if (shape.signature) {
    // Signature lines are lone texts: kept off identity columns, where a lone value would read as a register row.
    let at = Math.max(0, width - 3);
    while (at > 0 && (cols[at].col === 'nik' || cols[at].col === 'kk')) at--;
    const line = (text: string): unknown[] => [...new Array<string>(at).fill(''), text];
    rows.push([], line(`${plan.signer.place}`), line(plan.signer.role), [], [], line(`( ${plan.signer.name} )`));
  }
  const textColumns: number[] = [];
  const numberFormats: Record<string, string> = {};
  cols.forEach((c, i) => {
    if (c.col === 'nik' || c.col === 'kk' || c.col === 'nisn' || c.col === 'rt' || c.col === 'rw') textColumns.push(i);
    if (c.col === 'nominal' && style.money === 'number') numberFormats[letter(i)] = '#,##0';
    if (c.col === 'tgl' || c.col === 'tglverif') numberFormats[letter(i)] = 'dd/mm/yyyy';
  });
  return { sheet: { name: plan.name, rows, merges, textColumns, numberFormats, boldRows }, planted };
}
