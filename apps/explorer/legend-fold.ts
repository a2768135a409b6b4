/**
 * Must match the cramped layout's `@media` in explorer.css: a phone's width, or a short window (a
 * landscape phone, a laptop at 200 % zoom). In em, so a reader's larger font counts as a smaller screen.
 */
const CRAMPED = '(max-width: 39.99875em), (max-height: 34.99875em)';

/**
 * Starts the legend folded on a cramped screen, where open it would take a third of the height the
 * drawing needs; its "Legend" button then sits beside the status line. Only the first state is set:
 * once the reader opens or folds it, it stays as they left it.
 */
export function foldLegendWhenCramped(legend: HTMLDetailsElement): void {
  if (matchMedia(CRAMPED).matches) legend.open = false;
}
