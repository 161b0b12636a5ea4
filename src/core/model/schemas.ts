// The register kinds as zod schemas: the shape of a typed row after parsing, the source of the row types.
import * as z from 'zod/mini';
import { ENUMS, type EnumId } from './enums';

const enumOf = <E extends EnumId>(e: E) =>
  z.enum(Object.keys(ENUMS[e]) as [keyof (typeof ENUMS)[E] & string, ...(keyof (typeof ENUMS)[E] & string)[]]);

/** A NIK or KK as read from a cell: the digits plus how they arrived, so rules can tell "typed as number" from "typed as text". */
export const IdValueSchema = z.object({
  /** Digits after removing spaces, dots, dashes and a leading apostrophe; "" when the cell held none. */
  digits: z.string(),
  /** The cell held something other than digits and those separators (letters, other punctuation). */
  junk: z.boolean(),
  /** The cell held a number, not text. */
  fromNumber: z.boolean(),
  /** False when the number cannot carry 16 trustworthy digits (>= 2^53, or 15 significant digits then 0). */
  trusted: z.boolean(),
});

const day = z.int(); // days since 1970-01-01
const text = z.optional(z.string());
const num = z.optional(z.number());

export const BeneficiaryRowSchema = z.object({
  row: z.int(),
  nik: z.optional(IdValueSchema),
  no_kk: z.optional(IdValueSchema),
  nama: text,
  jenis_kelamin: z.optional(enumOf('sex')),
  tanggal_lahir: z.optional(day),
  alamat: text,
  rt: text,
  rw: text,
  kelurahan: text,
  kecamatan: text,
  /** Canonical programme name: an ENUMS.program key or a programme configured in the rules sheet. */
  program: text,
  /** Normalised period key, e.g. "2025", "2025-Q1", "2025-03". */
  periode: text,
  basis_data: z.optional(enumOf('basis_data')),
  desil: num,
  status_verifikasi: z.optional(enumOf('status_verifikasi')),
  tanggal_verifikasi: z.optional(day),
  status_penerima: z.optional(enumOf('status_penerima')),
  nominal: num,
  keterangan: text,
});

export const CodeLevelSchema = z.enum(['urusan', 'bidang', 'program', 'kegiatan', 'sub_kegiatan']);

export const ProgramRowSchema = z.object({
  row: z.int(),
  /** Level read from the code; undefined when the code is malformed or missing. */
  level: z.optional(CodeLevelSchema),
  opd: text,
  tahun: num,
  kode: text,
  uraian: text,
  program: text,
  kegiatan: text,
  sub_kegiatan: text,
  misi: text,
  sasaran: text,
  indikator: text,
  satuan: text,
  target: num,
  pagu: num,
  realisasi_keuangan_tw1: num,
  realisasi_keuangan_tw2: num,
  realisasi_keuangan_tw3: num,
  realisasi_keuangan_tw4: num,
  /** Percent on a 0-100 scale. */
  realisasi_fisik_tw1: num,
  realisasi_fisik_tw2: num,
  realisasi_fisik_tw3: num,
  realisasi_fisik_tw4: num,
  capaian_tw1: num,
  capaian_tw2: num,
  capaian_tw3: num,
  capaian_tw4: num,
  lokasi: text,
  pariwisata: z.optional(enumOf('yesno')),
  keterangan: text,
});

export type IdValue = z.infer<typeof IdValueSchema>;
export type BeneficiaryRow = z.infer<typeof BeneficiaryRowSchema>;
export type ProgramRow = z.infer<typeof ProgramRowSchema>;
export type CodeLevel = z.infer<typeof CodeLevelSchema>;
export type RowOf<K extends 'beneficiary' | 'program'> = K extends 'beneficiary' ? BeneficiaryRow : ProgramRow;
