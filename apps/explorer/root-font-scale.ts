/** The root font size browsers use unless the reader sets another: the page's sizes are designed at it. */
const USUAL_ROOT_FONT_PX = 16;

/**
 * How much larger than usual the reader set the browser's font size: 1 at the usual 16 px, 2 at 32 px.
 * The page's own sizes are in rem and follow the setting by themselves; what is drawn on a canvas (the
 * drawing's names) has to be multiplied by this.
 */
export function rootFontScale(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px / USUAL_ROOT_FONT_PX : 1;
}
