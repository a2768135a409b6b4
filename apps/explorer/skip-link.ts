/**
 * The skip link ("Skip to the graph"), the first thing Tab reaches: it takes a keyboard user past the
 * search, the header and some fifty controls to the drawing in one key. Activated, it focuses the element
 * its `href` names itself instead of following the fragment: following it would add a history entry,
 * and the explorer's history is its view (Back and Undo step through it) and `#` is the plan reader's.
 */
export function attachSkipLink(link: HTMLAnchorElement): void {
  link.addEventListener('click', (event) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    target.focus();
  });
}
