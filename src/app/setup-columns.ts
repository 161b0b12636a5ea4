// What each register field gets when a sheet is set up: header label, header note, number format, validation, width.
import { t } from '../core/i18n';
import { ENUMS, type EnumId } from '../core/model/enums';
import { FIELDS, type FieldDef } from '../core/model/fields';
import type { Lang, RegisterKind } from '../core/model/types';
import { BINJAI_KECAMATAN, BINJAI_KELURAHAN } from '../core/ref/wilayah';

/** Notes and help texts Sinergi writes start with this, so a rerun recognises (and refreshes) its own and keeps the user's. */
export const SINERGI_MARK = 'Sinergi: ';

export const TEXT_FORMAT = '@';

export type ValidationSpec =
  | { kind: 'list'; values: readonly string[]; help: string }
  | { kind: 'date'; help: string }
  | { kind: 'number'; min: number; max: number; help: string };

export interface FieldSetup {
  field: string;
  /** Header text of a new register (Indonesian: it must match the field's synonyms whatever the spreadsheet's locale). */
  header: string;
  note: string;
  /** Number format: '@' keeps typed NIKs, codes and RT numbers as text; the others only change how numbers show. */
  format?: string;
  validation?: ValidationSpec;
  width: number;
}

export interface SetupLists {
  /** Programmes for the programme dropdown: the canonical ones plus those configured in the programme-rules sheet. */
  programs: readonly string[];
}

/** Flat programme registers carry `uraian`; the level comes from the code, so program/kegiatan/sub_kegiatan columns are not created. */
const NEW_REGISTER_SKIP: Record<RegisterKind, ReadonlySet<string>> = {
  beneficiary: new Set(),
  program: new Set(['program', 'kegiatan', 'sub_kegiatan']),
};

/** Fields of a new register, in catalogue order. */
export const newRegisterFields = (kind: RegisterKind): readonly FieldDef[] =>
  FIELDS[kind].filter((d) => !NEW_REGISTER_SKIP[kind].has(d.id));

const TEXT_FIELDS = new Set(['rt', 'rw']);
/** A hint in brackets that the header synonyms still match exactly (tested). */
const HEADER_HINT: Readonly<Record<string, string>> = {
  jenis_kelamin: ' (L/P)',
  nominal: ' (Rp)',
  pagu: ' (Rp)',
  pariwisata: ' (Y/N)',
};
const WIDTH: Readonly<Record<string, number>> = {
  nik: 150,
  no_kk: 150,
  nama: 200,
  alamat: 220,
  uraian: 320,
  indikator: 240,
  keterangan: 200,
  opd: 180,
  lokasi: 160,
  rt: 50,
  rw: 50,
  jenis_kelamin: 110,
  kelurahan: 140,
  kecamatan: 130,
  status_verifikasi: 160,
  status_penerima: 130,
};
const TYPE_WIDTH: Readonly<Record<string, number>> = { date: 110, money: 140, percent: 110, code: 150, integer: 70, year: 70 };

const cap = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** "diverifikasi_kelurahan" -> "Diverifikasi kelurahan": the values a dropdown offers, each read back as its canonical value. */
export function enumChoices(id: EnumId): string[] {
  const keys = Object.keys(ENUMS[id]);
  if (id === 'status_verifikasi' || id === 'status_penerima') return keys.map((k) => cap(k.replace(/_/g, ' ')));
  return keys;
}

export const kelurahanChoices = (): string[] => BINJAI_KELURAHAN.map((k) => k.name.trim());
export const kecamatanChoices = (): string[] => BINJAI_KECAMATAN.map((k) => k.name.trim());
export const defaultPrograms = (): string[] => enumChoices('program');

/** The field's plain name as a header: "Nomor KK", "Realisasi keuangan s.d. TW I". */
export const fieldLabel = (lang: Lang, field: string): string => cap(t(lang, `field.${field}`));

const baseName = (field: string): string => field.replace(/_tw[1-4]$/, '');

function listOf(def: FieldDef, lists: SetupLists): readonly string[] | undefined {
  if (def.id === 'kelurahan') return kelurahanChoices();
  if (def.id === 'kecamatan') return kecamatanChoices();
  if (def.enum === 'program') return lists.programs;
  return def.enum ? enumChoices(def.enum) : undefined;
}

function validationOf(lang: Lang, def: FieldDef, lists: SetupLists): ValidationSpec | undefined {
  const values = listOf(def, lists);
  if (values) return { kind: 'list', values, help: SINERGI_MARK + t(lang, 'setup.help.list') };
  if (def.type === 'date') return { kind: 'date', help: SINERGI_MARK + t(lang, 'setup.help.date') };
  const range = def.id === 'desil' ? [1, 10] : def.type === 'percent' ? [0, 100] : undefined;
  if (range)
    return {
      kind: 'number',
      min: range[0],
      max: range[1],
      help: SINERGI_MARK + t(lang, 'setup.help.number', { min: range[0], max: range[1] }),
    };
  return undefined;
}

function noteOf(lang: Lang, def: FieldDef, values: readonly string[] | undefined): string {
  const head = `${fieldLabel(lang, def.id)} (${t(lang, def.required ? 'setup.note.required' : 'setup.note.optional')}).`;
  const own = `setup.note.${baseName(def.id)}`;
  const body = t(lang, own) !== own ? t(lang, own) : t(lang, `type.${def.type}.form`);
  // Short lists are spelled out; the 37 kelurahan are not.
  const list = values && values.length <= 10 && def.id !== 'program' ? ' ' + t(lang, 'setup.note.list', { values: values.join(', ') }) : '';
  return `${SINERGI_MARK}${head} ${body}${list}`;
}

function formatOf(def: FieldDef): string | undefined {
  if (def.type === 'id16' || def.type === 'code' || TEXT_FIELDS.has(def.id)) return TEXT_FORMAT;
  if (def.type === 'date') return 'dd/mm/yyyy';
  if (def.type === 'money') return '#,##0';
  if (def.type === 'year' || def.type === 'integer') return '0';
  return undefined;
}

export function fieldSetup(lang: Lang, kind: RegisterKind, field: string, lists: SetupLists): FieldSetup | undefined {
  const def = FIELDS[kind].find((d) => d.id === field);
  if (!def) return undefined;
  const validation = validationOf(lang, def, lists);
  const out: FieldSetup = {
    field,
    header: cap(t('id', `field.${field}`)) + (HEADER_HINT[field] ?? ''),
    note: noteOf(lang, def, validation?.kind === 'list' ? validation.values : undefined),
    width: WIDTH[field] ?? TYPE_WIDTH[def.type] ?? (/_tw[1-4]$/.test(field) ? 130 : 110),
  };
  const format = formatOf(def);
  if (format) out.format = format;
  if (validation) out.validation = validation;
  return out;
}
