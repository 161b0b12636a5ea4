// Cell coercion: every reader that turns a raw cell from getValues/exceljs into a typed value, undefined or INVALID.
export { INVALID, isEmpty, isErrorValue, plainNumber, unwrap, type Invalid, type Read } from './coerce-cell';
export { civilDay, dateToDay, monthOf, readDate, serialToDay } from './coerce-date';
export { readEnum, type EnumRead } from './coerce-enum';
export { readId } from './coerce-id';
export { looksLikeFractionColumn, readInteger, readMoney, readNumber, readPercent } from './coerce-number';
export { periodSortKey, periodYear, readPeriod, readYear } from './coerce-period';
export { readText, shownValue } from './coerce-text';
