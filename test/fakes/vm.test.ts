// Running code in node:vm with only the fake's globals, as tests of the built bundle dist/addon/Code.js do.
import * as vm from 'node:vm';
import { createGasFake } from './gas';

const SCRIPT = `
function probe() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var values = ss.getSheetByName('Data').getDataRange().getValues();
  var err = null;
  try { ss.insertSheet('Data'); } catch (e) { err = e; }
  return {
    dateIsDate: values[1][1] instanceof Date,
    gridIsArray: values instanceof Array && values[0] instanceof Array,
    errorIsError: err instanceof Error,
    message: err && err.message,
    hasProcess: typeof process !== 'undefined',
    hasRequire: typeof require !== 'undefined',
  };
}
function writeBack() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  sheet.getRange(3, 1, 1, 2).setValues([['Citra', new Date(Date.UTC(2024, 0, 2))]]);
}
`;

describe('node:vm context', () => {
  test("values come back in the context's realm; only the fake's globals exist", () => {
    const fake = createGasFake();
    fake.createSpreadsheet('Book', {
      Data: [
        ['nama', 'tanggal'],
        ['Ani', new Date('2024-01-01T00:00:00Z')],
      ],
    });
    const context = fake.createContext();
    vm.runInContext(SCRIPT, context);
    const result = vm.runInContext('probe()', context);
    expect(result).toEqual({
      dateIsDate: true,
      gridIsArray: true,
      errorIsError: true,
      message: 'A sheet with the name "Data" already exists. Please enter another name.',
      hasProcess: false,
      hasRequire: false,
    });
    expect(fake.calls.log).toEqual(['getActiveSpreadsheet', 'getSheetByName', 'getDataRange', 'getValues', 'insertSheet']);
  });

  test('Dates written from the context are stored as dates', () => {
    const fake = createGasFake();
    const ss = fake.createSpreadsheet('Book', { Data: [['nama', 'tanggal']] });
    const context = fake.createContext();
    vm.runInContext(SCRIPT, context);
    vm.runInContext('writeBack()', context);
    const [[name, when]] = fake.uncounted(() => ss.getSheetByName('Data')!.getRange('A3:B3').getValues());
    expect(name).toBe('Citra');
    expect(Object.prototype.toString.call(when)).toBe('[object Date]');
    expect((when as Date).toISOString()).toBe('2024-01-02T00:00:00.000Z');
  });

  test('install/uninstall puts the globals on a target and restores it', () => {
    const fake = createGasFake();
    const target: Record<string, unknown> = { console: 'original' };
    fake.install(target);
    expect(target.SpreadsheetApp).toBe(fake.globals.SpreadsheetApp);
    expect(target.console).toBe(fake.globals.console);
    fake.uninstall();
    expect(target).toEqual({ console: 'original' });
  });

  test('install on globalThis for direct TS tests', () => {
    const fake = createGasFake();
    fake.createSpreadsheet('Book');
    fake.install();
    try {
      expect(SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Book');
    } finally {
      fake.uninstall();
    }
    expect((globalThis as Record<string, unknown>).SpreadsheetApp).toBeUndefined();
  });
});
