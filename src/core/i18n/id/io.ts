// Bahasa Indonesia: words of the io area.
export const io = {} as const;
