// The JSON report's public contract as a zod schema: what `sinergi check --format json` promises machines.
import * as z from 'zod';

const severity = z.enum(['error', 'warning', 'info']);
const place = z.object({ file: z.string().optional(), sheet: z.string(), row: z.number().int().nonnegative(), cell: z.string() });

export const ReportSchema = z.object({
  tool: z.literal('sinergi'),
  version: z.string().regex(/^\d+\.\d+\.\d+/),
  lang: z.enum(['id', 'en']),
  inputs: z.array(z.object({ file: z.string(), sheets: z.array(z.string()) })),
  registers: z.array(
    z.object({
      file: z.string().optional(),
      sheet: z.string(),
      kind: z.enum(['beneficiary', 'program']),
      headerRow: z.number().int().positive(),
      rows: z.number().int().nonnegative(),
      mapping: z.record(z.string(), z.string()),
    }),
  ),
  references: z.array(z.object({ file: z.string().optional(), sheet: z.string(), kind: z.string() })),
  findings: z.array(
    z.object({
      rule: z.string().regex(/^[a-z]+(\.[a-z_]+)+$/),
      severity,
      file: z.string().optional(),
      sheet: z.string(),
      row: z.number().int().nonnegative(),
      column: z.string(),
      cell: z.string().regex(/^([A-Z]+\d+)?$/),
      message: z.string().min(1),
      places: z.array(place).optional(),
    }),
  ),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    byRule: z.record(z.string(), z.number().int()),
  }),
  rollups: z.object({
    tables: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        columns: z.array(z.string()),
        header: z.array(z.string()),
        rows: z.array(z.array(z.union([z.string(), z.number()]))),
      }),
    ),
  }),
});
