// Checks the plain JSON the setup dialog sends, and the names a user gives new sheets, before anything is written.
import * as z from 'zod/mini';
import type { RegisterKind } from '../core/model/types';
import { fieldIds } from '../core/parse/mapping';
import { referenceKindOf } from '../core/ref/references';
import { isOwnSheet, REFERENCE_SHEETS } from './sheets';
import { REFERENCE_SETUP_KINDS, type ReferenceSetupKind } from './setup-reference';

const Kind = z.enum(['beneficiary', 'program']);
const Name = z.string().check(z.maxLength(200));

const DetectRequest = z.object({ sheetName: z.optional(Name), kind: z.optional(Kind) });
const ApplyRequest = z.object({
  sheetName: Name,
  kind: Kind,
  overrides: z.optional(z.record(z.string().check(z.maxLength(60)), z.nullable(Name))),
});
const CreateRequest = z.object({ kind: Kind, name: z.optional(Name) });

export interface ApplyRequestValue {
  sheetName: string;
  kind: RegisterKind;
  /** Only fields of the kind: anything else from the client is dropped. */
  overrides: Record<string, string | null>;
}

export function parseDetectRequest(x: unknown): { sheetName?: string; kind?: RegisterKind } | undefined {
  const r = DetectRequest.safeParse(x ?? {});
  return r.success ? r.data : undefined;
}

export function parseApplyRequest(x: unknown): ApplyRequestValue | undefined {
  const r = ApplyRequest.safeParse(x);
  if (!r.success) return undefined;
  const ids = fieldIds(r.data.kind);
  const overrides: Record<string, string | null> = {};
  for (const [field, header] of Object.entries(r.data.overrides ?? {})) if (ids.has(field)) overrides[field] = header;
  return { sheetName: r.data.sheetName, kind: r.data.kind, overrides };
}

export function parseCreateRequest(x: unknown): { kind: RegisterKind; name?: string } | undefined {
  const r = CreateRequest.safeParse(x);
  return r.success ? r.data : undefined;
}

export const parseReferenceKind = (x: unknown): ReferenceSetupKind | undefined =>
  typeof x === 'string' && (REFERENCE_SETUP_KINDS as string[]).includes(x) ? (x as ReferenceSetupKind) : undefined;

/** Sinergi's own sheets and the reference sheets it creates: never a register. */
export function isSinergiSheet(name: string): boolean {
  const key = name.trim().toLowerCase();
  return isOwnSheet(name) || Object.values(REFERENCE_SHEETS).some((n) => n.toLowerCase() === key);
}

export type NameProblem = 'bad_name' | 'reserved' | 'ref_name';

/**
 * Why a name cannot name a new register, if it cannot: empty or too long for Sheets, taken by Sinergi, or one the engine
 * would read as a reference sheet ("Penerima DTKS" is read as a DTKS extract, not checked as a register).
 */
export function registerNameProblem(name: string): NameProblem | undefined {
  if (name === '' || name.length > 100) return 'bad_name';
  if (isSinergiSheet(name)) return 'reserved';
  if (referenceKindOf(name)) return 'ref_name';
  return undefined;
}
