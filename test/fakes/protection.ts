// Sheet and range protections; the fake only records them (scripts run as an editor, so nothing is blocked).
import { Env, list } from './env';
import type { FakeRange } from './range';

export const ProtectionType = { SHEET: 'SHEET', RANGE: 'RANGE' } as const;

/** What a protection needs from its sheet. */
export interface ProtectedSheet {
  _rangeAt(row: number, column: number, numRows: number, numColumns: number): FakeRange;
  _maxRows(): number;
  _maxColumns(): number;
  _removeProtection(p: unknown): void;
}

interface RangeLike {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
}

export class FakeProtection {
  private description = '';
  private warningOnly = false;
  private editors: string[];
  private domainEdit = true;
  private unprotected: unknown[] = [];

  constructor(
    private readonly env: Env,
    private readonly sheet: ProtectedSheet,
    private readonly type: 'SHEET' | 'RANGE',
    private rect: { row: number; column: number; numRows: number; numColumns: number } | null,
    owner: string,
  ) {
    this.editors = owner ? [owner] : [];
  }

  getProtectionType(): string {
    return this.type;
  }
  getRange(): FakeRange {
    const r = this.rect;
    return r
      ? this.sheet._rangeAt(r.row, r.column, r.numRows, r.numColumns)
      : this.sheet._rangeAt(1, 1, this.sheet._maxRows(), this.sheet._maxColumns());
  }
  setRange(range: RangeLike): this {
    this.rect = { row: range.getRow(), column: range.getColumn(), numRows: range.getNumRows(), numColumns: range.getNumColumns() };
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): this {
    this.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = Boolean(warningOnly);
    return this;
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.domainEdit = Boolean(editable);
    return this;
  }
  getEditors(): Array<{ getEmail(): string }> {
    return list(
      this.env,
      this.editors.map((email) => ({ getEmail: () => email })),
    );
  }
  addEditor(email: string): this {
    return this.addEditors([email]);
  }
  addEditors(emails: string[]): this {
    for (const e of emails) if (!this.editors.includes(String(e))) this.editors.push(String(e));
    return this;
  }
  removeEditor(email: string): this {
    return this.removeEditors([email]);
  }
  removeEditors(emails: string[]): this {
    this.editors = this.editors.filter((e) => !emails.map(String).includes(e));
    return this;
  }
  getUnprotectedRanges(): unknown[] {
    return list(this.env, this.unprotected);
  }
  setUnprotectedRanges(ranges: unknown[]): this {
    this.unprotected = Array.from(ranges);
    return this;
  }
  remove(): void {
    this.sheet._removeProtection(this);
  }
}
