import { byId } from './element.js';

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
 * `onMoved` is called whenever a drawer opens or closes and again once it has slid into place, so the
 * drawing can keep its labels clear of an open one.
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
  const wide = matchMedia(WIDE);
  const set = (name: DrawerName, open: boolean) => {
    panels[name].classList.toggle('open', open);
    toggles[name].setAttribute('aria-expanded', String(open));
    panels[name].inert = !wide.matches && !open;
  };
  const api = {
    open(name: DrawerName) {
      // One drawer at a time on narrow screens: two would cover the whole drawing.
      for (const other of Object.keys(panels) as DrawerName[]) if (other !== name) set(other, false);
      set(name, true);
      onMoved();
    },
    close(name: DrawerName) {
      set(name, false);
      onMoved();
    },
    isWide: () => wide.matches,
  };
  for (const name of Object.keys(panels) as DrawerName[]) {
    toggles[name].addEventListener('click', () => {
      if (panels[name].classList.contains('open')) return api.close(name);
      api.open(name);
      // Keyboard users land in what they opened.
      panels[name].querySelector<HTMLElement>('.drawer-close')?.focus();
    });
    panels[name].querySelector('.drawer-close')?.addEventListener('click', () => {
      api.close(name);
      toggles[name].focus();
    });
    set(name, false);
  }
  // Escape closes an open drawer, wherever focus is, except in a field one types in, where Escape has its
  // own use (closing the suggestions, clearing the search). A checkbox or radio has none.
  const typedIn = (target: EventTarget | null) =>
    target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(target.type);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || wide.matches || typedIn(event.target)) return;
    for (const name of Object.keys(panels) as DrawerName[]) {
      if (!panels[name].classList.contains('open')) continue;
      const hadFocus = panels[name].contains(document.activeElement);
      api.close(name);
      if (hadFocus) toggles[name].focus();
    }
  });
  // A drawer slides for 0.2 s; what lies over the drawing is known once it has stopped (when motion is
  // reduced it does not slide, and the call on opening or closing is the last).
  for (const panel of Object.values(panels))
    panel.addEventListener('transitionend', (event) => {
      if (event.target === panel && event.propertyName === 'transform') onMoved();
    });
  wide.addEventListener('change', () => {
    for (const name of Object.keys(panels) as DrawerName[])
      set(name, panels[name].classList.contains('open'));
    onMoved();
  });
  return api;
}
