// Writes a planned rollup sheet: Sinergi's old charts out, the sheet cleared, each grid in one call, then the charts.
import { SHEETS } from '../app/sheets';
import type { ChartPlan, RollupSheetPlan } from '../app/rollup-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sinergi's rollup sheet, created at the end of the tab bar the first time. */
function rollupSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
  return ss.getSheetByName(SHEETS.rollup) ?? ss.insertSheet(SHEETS.rollup, ss.getNumSheets());
}

function buildChart(sheet: Sheet, c: ChartPlan): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let b = sheet.newChart();
  for (const r of c.ranges) b = b.addRange(sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
  b = b
    .setNumHeaders(1)
    .setPosition(c.anchor.row, c.anchor.column, c.anchor.offsetX, c.anchor.offsetY)
    .setOption('width', c.width)
    .setOption('height', c.height);
  if (c.type === 'bar') {
    const bar = b
      .asBarChart()
      .setTitle(c.title)
      .setXAxisTitle(c.valueAxisTitle)
      .setColors(c.colors)
      .setLegendPosition(Charts.Position.BOTTOM);
    return (c.stacked ? bar.setStacked() : bar).build();
  }
  const col = b
    .asColumnChart()
    .setTitle(c.title)
    .setYAxisTitle(c.valueAxisTitle)
    .setColors(c.colors)
    .setLegendPosition(Charts.Position.BOTTOM);
  return (c.stacked ? col.setStacked() : col).build();
}

/**
 * Replaces the rollup sheet's content with the plan. Every chart on Sinergi's own rollup sheet is Sinergi's (the sheet is
 * rebuilt whole on each run, so a chart placed there by hand would point at moved cells anyway): all are removed
 * before the new ones go in, so a rerun never duplicates them. The number of calls does not depend on the data.
 */
export function writeRollupSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: RollupSheetPlan): Sheet {
  const sheet = rollupSheet(ss);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  // A sheet never grows by setValues: make room first (one call each, only when needed).
  const rows = sheet.getMaxRows();
  if (rows < plan.height) sheet.insertRowsAfter(rows, plan.height - rows);
  const columns = sheet.getMaxColumns();
  if (columns < plan.minColumns) sheet.insertColumnsAfter(columns, plan.minColumns - columns);

  const range = sheet.getRange(1, 1, plan.height, plan.width);
  range.setValues(plan.values);
  range.setNumberFormats(plan.numberFormats);
  range.setFontWeights(plan.fontWeights);
  range.setBackgrounds(plan.backgrounds);
  range.setWraps(plan.wraps);
  sheet.setColumnWidth(1, plan.columnWidths.first);
  sheet.setColumnWidths(2, plan.width - 1, plan.columnWidths.rest);

  for (const c of plan.charts) sheet.insertChart(buildChart(sheet, c));
  return sheet;
}
