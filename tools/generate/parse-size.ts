/** `10k`, `100k`, `1M` or a plain number, as a whole number of entities. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`Not a size: ${JSON.stringify(text)} (try 10k, 100k, 1M or 5000)`);
  const scale = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]!]!;
  return Math.round(Number(match[1]) * scale);
}
