// Stored column mappings, one document property per register sheet, validated when loaded (a user may have edited them).
import * as z from 'zod/mini';
import { PROPS } from '../app/sheets';
import { StoredMappingSchema, type StoredMapping } from '../core/parse/mapping';

export const SavedMappingSchema = z.object({
  stored: StoredMappingSchema,
  /** field -> header text the user chose, or null for "this field has no column". */
  overrides: z.optional(z.record(z.string(), z.nullable(z.string()))),
});
export type SavedMapping = z.infer<typeof SavedMappingSchema>;

export function loadMapping(props: GoogleAppsScript.Properties.Properties, sheetId: number): SavedMapping | undefined {
  const raw = props.getProperty(PROPS.mapping(sheetId));
  if (!raw) return undefined;
  try {
    const parsed = SavedMappingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveMapping(
  props: GoogleAppsScript.Properties.Properties,
  sheetId: number,
  stored: StoredMapping,
  overrides?: Record<string, string | null>,
): void {
  const value: SavedMapping = overrides ? { stored, overrides } : { stored };
  props.setProperty(PROPS.mapping(sheetId), JSON.stringify(value));
}

/** Every saved mapping of the document, by sheet id, read in one call. */
export function loadAllMappings(props: GoogleAppsScript.Properties.Properties): Map<number, SavedMapping> {
  const out = new Map<number, SavedMapping>();
  const all = props.getProperties();
  for (const [key, raw] of Object.entries(all)) {
    const m = /^mapping:(\d+)$/.exec(key);
    if (!m) continue;
    try {
      const parsed = SavedMappingSchema.safeParse(JSON.parse(raw));
      if (parsed.success) out.set(Number(m[1]), parsed.data);
    } catch {
      // A damaged value is ignored: the sheet is mapped afresh.
    }
  }
  return out;
}
