// Data validation rules and their builder; rules that reject input are enforced on writes, as in Sheets.
import { Env, list } from './env';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  CHECKBOX: 'CHECKBOX',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

/** Sheets refuses list rules longer than this and points to 'List from a range'. */
export const MAX_LIST_ITEMS = 500;

/** What a rule needs from a range it refers to, without importing the range module. */
export interface ValueSource {
  _flatValues(): unknown[];
}

export class FakeDataValidation {
  constructor(
    private readonly env: Env,
    readonly _criteria: string,
    readonly _args: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {}

  getCriteriaType(): string {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return list(this.env, this._args);
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.env, this._criteria, this._args, this._allowInvalid, this._helpText);
  }

  /** Whether a stored value satisfies the rule; empty cells always do. */
  _accepts(value: unknown): boolean {
    if (value === undefined || value === '') return true;
    const text = String(value);
    const args = this._args;
    switch (this._criteria) {
      case 'VALUE_IN_LIST':
        return (args[0] as unknown[]).some((item) => String(item) === text);
      case 'VALUE_IN_RANGE':
        return (args[0] as ValueSource)._flatValues().some((item) => item !== '' && String(item) === text);
      case 'CHECKBOX':
        return args.length ? args.some((a) => String(a) === text) : typeof value === 'boolean';
      case 'NUMBER_BETWEEN':
        return typeof value === 'number' && value >= Number(args[0]) && value <= Number(args[1]);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && value >= Number(args[0]);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && value <= Number(args[0]);
      default:
        return true;
    }
  }
}

export class FakeDataValidationBuilder {
  constructor(
    private readonly env: Env,
    private criteria = '',
    private args: unknown[] = [],
    private allowInvalid = true,
    private helpText = '',
  ) {}

  private require(criteria: string, args: unknown[]): this {
    this.criteria = criteria;
    this.args = args;
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    return this.require('VALUE_IN_LIST', [Array.from(values), showDropdown]);
  }
  requireValueInRange(range: ValueSource, showDropdown = true): this {
    return this.require('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.require('CHECKBOX', checked === undefined ? [] : [checked, unchecked ?? '']);
  }
  requireDate(): this {
    return this.require('DATE_IS_VALID_DATE', []);
  }
  requireTextIsEmail(): this {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.require('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this.require(String(criteria), Array.from(args));
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  getCriteriaType(): string {
    return this.criteria;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new this.env.realm.Error('You must specify a criteria type before building a data validation rule.');
    return new FakeDataValidation(this.env, this.criteria, this.args, this.allowInvalid, this.helpText);
  }
}
