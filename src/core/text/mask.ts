// Masking of NIK and KK for any text a person or a log may see: first 6 and last 2 digits only.

/** "1275011708800001" -> "127501********01". Shorter inputs keep at most a third of their characters. */
export function maskId(value: string): string {
  const s = value.trim();
  if (s.length >= 12) return s.slice(0, 6) + '*'.repeat(s.length - 8) + s.slice(-2);
  const keep = Math.floor(s.length / 3);
  return s.slice(0, keep) + '*'.repeat(s.length - keep);
}

/** Masks every run of 12 or more digits in a text, so a NIK typed into any column never reaches a message whole. */
export function maskDigitRuns(text: string): string {
  return text.replace(/\d{12,}/g, (run) => maskId(run));
}
