// Bahasa Indonesia: words of the report area.
export const report = {} as const;
