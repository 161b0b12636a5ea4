// Call counting: one caller call is one Sheets round trip, whatever the fake does inside it.
import { createGasFake } from './gas';

function setup(rows: number) {
  const fake = createGasFake();
  const data = Array.from({ length: rows }, (_, i) => [`r${i}`, i]);
  fake.createSpreadsheet('Book', { Data: data });
  return fake;
}

/** A "command" that reads a sheet whole and writes one table, the way the add-on must. */
function command(fake: ReturnType<typeof createGasFake>): void {
  const { SpreadsheetApp } = fake.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet()!;
  const sheet = ss.getSheetByName('Data')!;
  const values = sheet.getDataRange().getValues();
  const out = ss.insertSheet('Out');
  out.insertRowsAfter(out.getMaxRows(), Math.max(0, values.length - out.getMaxRows()) || 1);
  out.getRange(1, 1, values.length, 2).setValues(values);
}

describe('call counter', () => {
  test('counts each call by method and qualified name, and resets', () => {
    const fake = setup(3);
    const sheet = fake.globals.SpreadsheetApp.getActive()!.getSheets()[0];
    const range = sheet.getRange('A1:B3');
    range.getValues();
    range.getValues();
    range.getValue();
    expect(fake.calls.count('getValues')).toBe(2);
    expect(fake.calls.count('Range.getValues')).toBe(2);
    expect(fake.calls.count('getValue')).toBe(1);
    expect(fake.calls.total()).toBe(6); // getActive, getSheets, getRange, getValues x2, getValue
    expect(fake.calls.log).toEqual(['getActive', 'getSheets', 'getRange', 'getValues', 'getValues', 'getValue']);
    fake.calls.reset();
    expect(fake.calls.total()).toBe(0);
    expect(fake.calls.log).toEqual([]);
  });

  test('work the fake does inside a call is not counted (getDataRange is one call)', () => {
    const fake = setup(5);
    const sheet = fake.uncounted(() => fake.globals.SpreadsheetApp.getActive()!.getSheets()[0]);
    expect(fake.calls.total()).toBe(0);
    sheet.getDataRange();
    expect(fake.calls.byMethod()).toEqual({ 'Sheet.getDataRange': 1 });
  });

  test('chained calls each count', () => {
    const fake = setup(1);
    const sheet = fake.uncounted(() => fake.globals.SpreadsheetApp.getActive()!.getSheets()[0]);
    sheet.getRange(1, 1).setValue('x').setBackground('#ff0000').setNote('n');
    expect(fake.calls.log).toEqual(['getRange', 'setValue', 'setBackground', 'setNote']);
  });

  test('a whole-sheet command costs the same number of calls for 100 and 50,000 rows', () => {
    const small = setup(100);
    const large = setup(50_000);
    command(small);
    command(large);
    expect(large.calls.total()).toBe(small.calls.total());
    expect(large.calls.log).toEqual(small.calls.log);
  });

  test('service calls are counted apart from Sheets calls', () => {
    const fake = setup(1);
    fake.globals.PropertiesService.getScriptProperties().setProperty('a', '1');
    expect(fake.calls.total()).toBe(0);
    expect(fake.serviceCalls.log).toEqual(['getScriptProperties', 'setProperty']);
  });
});
