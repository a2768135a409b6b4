/** The label value that stands for every value past the limit. */
export const OTHER_LABEL = '__other__';

/**
 * Keeps a client-chosen label (an operation name) from growing a metric without bound: the first
 * `max` distinct values pass as they are, later new ones become `__other__`. Values are cut to 100
 * characters.
 */
export function createBoundedLabel(max: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    const label = value.slice(0, 100);
    if (seen.has(label)) return label;
    if (seen.size >= max) return OTHER_LABEL;
    seen.add(label);
    return label;
  };
}
