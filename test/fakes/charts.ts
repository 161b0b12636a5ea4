// Embedded charts: the builder keeps type, ranges, position and options so tests can check what was asked for.
import { Env, list, metered, quietly } from './env';

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

/** The `Charts` global: only the enums add-on code reaches for. */
export function createChartsGlobal() {
  return {
    ChartType,
    Position: { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' },
    CurveStyle: { NORMAL: 'NORMAL', SMOOTH: 'SMOOTH' },
    PointStyle: { NONE: 'NONE', TINY: 'TINY', MEDIUM: 'MEDIUM', LARGE: 'LARGE', HUGE: 'HUGE' },
  };
}

interface ChartRange {
  getA1Notation(): string;
  getSheet(): { getName(): string };
}

export interface ChartSpec {
  type: string;
  ranges: ChartRange[];
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** What a chart needs from its sheet. */
export interface ChartSheet {
  _nextChartId(): number;
}

export class FakeEmbeddedChartBuilder {
  private spec: ChartSpec;

  constructor(
    private readonly env: Env,
    private readonly sheet: ChartSheet,
    from?: ChartSpec,
    private readonly chartId?: number,
  ) {
    this.spec = from
      ? { ...from, ranges: from.ranges.slice(), options: { ...from.options }, position: { ...from.position } }
      : { type: 'COLUMN', ranges: [], position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 }, options: {} };
  }

  addRange(range: ChartRange): this {
    this.spec.ranges.push(range);
    return this;
  }
  removeRange(range: ChartRange): this {
    this.spec.ranges = this.spec.ranges.filter((r) => r !== range);
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): ChartRange[] {
    return list(this.env, this.spec.ranges);
  }
  setChartType(type: string): this {
    this.spec.type = String(type);
    return this;
  }
  getChartType(): string {
    return this.spec.type;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.spec.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.spec.options[option] = value;
    return this;
  }
  setNumHeaders(n: number): this {
    return this.setOption('numHeaders', n);
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.setOption('transposeRowsAndColumns', transpose);
  }
  setMergeStrategy(strategy: string): this {
    return this.setOption('mergeStrategy', String(strategy));
  }
  setHiddenDimensionStrategy(strategy: string): this {
    return this.setOption('hiddenDimensionStrategy', String(strategy));
  }
  // Typed sub-builders in Apps Script; here they set the type and share one builder.
  asAreaChart(): this {
    return this.setChartType('AREA');
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  asScatterChart(): this {
    return this.setChartType('SCATTER');
  }
  asComboChart(): this {
    return this.setChartType('COMBO');
  }
  asTableChart(): this {
    return this.setChartType('TABLE');
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setLegendPosition(position: string): this {
    return this.setOption('legend.position', String(position));
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', Array.from(colors));
  }
  build(): FakeEmbeddedChart {
    return metered(
      this.env,
      'EmbeddedChart',
      new FakeEmbeddedChart(this.env, this.sheet, this.spec, this.chartId ?? this.sheet._nextChartId()),
    );
  }
}

export class FakeEmbeddedChart {
  constructor(
    private readonly env: Env,
    private readonly sheet: ChartSheet,
    private readonly spec: ChartSpec,
    private readonly chartId: number,
  ) {}

  getChartId(): number {
    return this.chartId;
  }
  getRanges(): ChartRange[] {
    return list(this.env, this.spec.ranges);
  }
  getOptions(): { get(option: string): unknown } {
    const options = this.spec.options;
    return { get: (option: string) => (option in options ? options[option] : null) };
  }
  getContainerInfo() {
    const p = this.spec.position;
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.env, this.sheet, this.spec, this.chartId);
  }
  /** Test-side view: type, ranges as 'Sheet!A1:B2', position and options. Not counted. */
  _describe(): { type: string; ranges: string[]; position: ChartSpec['position']; options: Record<string, unknown> } {
    return {
      type: this.spec.type,
      ranges: quietly(this.env, () => this.spec.ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)),
      position: { ...this.spec.position },
      options: { ...this.spec.options },
    };
  }
}
