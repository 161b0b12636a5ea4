// The demo data of `sinergi demo`: a seeded synthetic Binjai workbook set (generateDemo) and its .xlsx files (writeDemo).
export { generateDemo, DEFAULT_SEED, DEFAULT_RECIPIENTS } from './generate';
export { writeDemo } from './write';
export type { DemoOptions, DemoSet, DemoSheet, DemoWorkbook, Planted } from './types';
