import { byId } from './element.js';
import { keepTabInside } from './focus-trap.js';

/** The side panels, which are drawers below the wide layout's breakpoint. */
export type DrawerName = 'controls' | 'details';

/**
 * Must match the wide layout's `@media` in explorer.css. In em, as there: 1200 px at the usual 16 px
 * font, wider for a reader who set a larger font, who then gets the drawers.
 */
const WIDE = '(min-width: 75em)';

/**
 * Opens and closes the drawers. On a wide screen both panels are always shown beside the drawing and
 * these calls only set state. A closed drawer is `inert`, so Tab never walks into what cannot be seen.
 * An open one is modal, as a dialog is: it takes the focus, Tab and Shift+Tab cycle inside it, the page
 * behind is `inert` under a scrim (a tap on the scrim closes it), and closing it gives the focus back to
 * what opened it. `onMoved` is called whenever a drawer opens or closes and again once it has slid into
 * place, so the drawing can keep its labels clear of an open one.
 */
export function createDrawers(onMoved: () => void = () => {}): {
  open(name: DrawerName): void;
  close(name: DrawerName): void;
  isWide(): boolean;
} {
  const panels: Record<DrawerName, HTMLElement> = {
    controls: byId('controls'),
    details: byId('details-drawer'),
  };
  const toggles: Record<DrawerName, HTMLButtonElement> = {
    controls: byId<HTMLButtonElement>('open-controls'),
    details: byId<HTMLButtonElement>('open-details'),
  };
  /** What a modal drawer makes inert: everything on the page but the drawers and the dialogs. */
  const behind = [byId('skip-link'), byId('topbar'), byId('stage')];
  const scrim = byId('drawer-scrim');
  const names = Object.keys(panels) as DrawerName[];
  /** What had the focus when each drawer opened, to give it back when it closes. */
  const openers = new Map<DrawerName, Element | null>();
  const wide = matchMedia(WIDE);
  const isOpen = (name: DrawerName) => panels[name].classList.contains('open');
  /** The drawer open over the drawing, if any: none on a wide screen, where they lie beside it. */
  const modal = () => (wide.matches ? undefined : names.find(isOpen));
  const set = (name: DrawerName, open: boolean) => {
    panels[name].classList.toggle('open', open);
    toggles[name].setAttribute('aria-expanded', String(open));
    panels[name].inert = !wide.matches && !open;
    const covered = modal() !== undefined;
    for (const element of behind) element.inert = covered;
    scrim.hidden = !covered;
  };
  /**
   * Where the focus goes back to: what opened the drawer if it can still take the focus, else the
   * drawer's button (what opened it may sit in the other drawer, closed since, or be gone).
   */
  const returnFocus = (name: DrawerName) => {
    const opener = openers.get(name);
    const canTakeFocus =
      opener instanceof HTMLElement &&
      opener.isConnected &&
      opener !== document.body &&
      !opener.closest('[inert]');
    (canTakeFocus ? opener : toggles[name]).focus();
  };
  const api = {
    open(name: DrawerName) {
      // Read before the other drawer closes: what had the focus may be in it, and is inert once it has.
      if (!isOpen(name) && !panels[name].contains(document.activeElement))
        openers.set(name, document.activeElement);
      // One drawer at a time on narrow screens: two would cover the whole drawing.
      for (const other of names) if (other !== name) set(other, false);
      set(name, true);
      // A modal drawer holds the focus from the start, however it was opened (a button, a tap on the
      // drawing, a search): what had it is inert now.
      if (!wide.matches) panels[name].querySelector<HTMLElement>('.drawer-close')?.focus();
      onMoved();
    },
    close(name: DrawerName) {
      // Focus left on the page's body counts as the drawer's: the element that had it was taken away.
      const hadFocus =
        panels[name].contains(document.activeElement) || document.activeElement === document.body;
      const wasModal = modal() === name;
      set(name, false);
      if (wasModal && hadFocus) returnFocus(name);
      onMoved();
    },
    isWide: () => wide.matches,
  };
  for (const name of names) {
    toggles[name].addEventListener('click', () => (isOpen(name) ? api.close(name) : api.open(name)));
    panels[name].querySelector('.drawer-close')?.addEventListener('click', () => api.close(name));
    set(name, false);
  }
  scrim.addEventListener('click', () => {
    const open = modal();
    if (open) api.close(open);
  });
  // Escape closes an open drawer, wherever focus is, except in a field one types in, where Escape has its
  // own use (closing the suggestions, clearing the search). A checkbox or radio has none. Tab stays in
  // it. A dialog opened from a drawer (the plan reader) is modal itself and keeps its own keys.
  const typedIn = (target: EventTarget | null) =>
    target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(target.type);
  document.addEventListener('keydown', (event) => {
    const open = modal();
    if (!open || (event.target instanceof Element && event.target.closest('dialog'))) return;
    if (event.key === 'Tab') keepTabInside(event, panels[open]);
    else if (event.key === 'Escape' && !typedIn(event.target)) api.close(open);
  });
  // A drawer slides for 0.2 s; what lies over the drawing is known once it has stopped (when motion is
  // reduced it does not slide, and the call on opening or closing is the last).
  for (const panel of Object.values(panels))
    panel.addEventListener('transitionend', (event) => {
      if (event.target === panel && event.propertyName === 'transform') onMoved();
    });
  wide.addEventListener('change', () => {
    for (const name of names) set(name, isOpen(name));
    onMoved();
  });
  return api;
}
