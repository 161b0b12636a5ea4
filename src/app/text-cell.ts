// Text for setValues: Sheets reads written strings as typed input, so Sinergi's text goes in behind a leading apostrophe.

/**
 * Sheets would turn "=…" into a formula, "+62 812…" or "-" lists into formula errors, "0812" into 812, "TRUE" into a
 * boolean and "2025-01-31" into a date. A leading apostrophe makes any of them plain text, shown and read back
 * without the apostrophe. Every string Sinergi writes goes through this, except the formulas it builds itself.
 */
export const textCell = (s: string): string => (s === '' ? '' : `'${s}`);
