// Rule settings that a city changes without a release: programme limits, exclusive pairs, progress curve.
export interface ProgramPolicy {
  /** Highest DTKS/DTSEN desil the programme accepts. */
  desilMax?: number;
  /** Age band in whole years, inclusive. */
  ageMin?: number;
  ageMax?: number;
}

export interface RuleConfig {
  /** Per canonical programme name. */
  programs: Readonly<Record<string, ProgramPolicy>>;
  /** Pairs of programmes a person or family may not receive in the same period. */
  exclusive: readonly (readonly [string, string])[];
  /** Expected cumulative physical progress (%) at the end of each quarter. */
  expectedFisik: readonly [number, number, number, number];
  /** Default desil limit for programmes without their own. */
  desilMax: number;
}

export const DEFAULT_CONFIG: RuleConfig = {
  programs: {
    'KIP/PIP': { ageMin: 6, ageMax: 21 },
  },
  exclusive: [
    ['BST', 'PKH'],
    ['BST', 'BPNT/Sembako'],
  ],
  expectedFisik: [25, 50, 75, 100],
  desilMax: 4,
};
