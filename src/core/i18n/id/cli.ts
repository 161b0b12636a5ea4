// Bahasa Indonesia: words of the cli area.
export const cli = {} as const;
