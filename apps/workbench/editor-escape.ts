/**
 * A way out of GraphiQL's editors for keyboard users. In a CodeMirror 5 editor (the query, the variables,
 * the headers) Tab indents, so Tab alone never leaves it. As in CodeMirror 6, Escape and then Tab moves
 * the focus to what follows the editor, and Escape then Shift-Tab to what precedes it; Tab without
 * Escape still indents. The keys are read in the capture phase, before CodeMirror's own handler sees
 * the Tab. Each editor's input is described by `description` (for example "Tab indents; press Escape,
 * then Tab, to leave the editor"), so a screen reader says how when the focus enters it.
 */
export function attachEditorEscape(root: Document, description: HTMLElement): void {
  // The editor input that Escape was last pressed in, until the next key.
  let escapedFrom: HTMLElement | null = null;

  root.addEventListener(
    'keydown',
    (event) => {
      // Shift pressed on its way to Shift-Tab is not a key between Escape and Tab.
      if (MODIFIERS.has(event.key)) return;
      const input = editorInputOf(event.target);
      const escaped = escapedFrom;
      escapedFrom = input && event.key === 'Escape' ? input : null;
      if (
        !input ||
        input !== escaped ||
        event.key !== 'Tab' ||
        event.ctrlKey ||
        event.altKey ||
        event.metaKey
      )
        return;
      const editor = input.closest('.CodeMirror');
      const next = editor && focusableBeside(root, editor, event.shiftKey ? 'before' : 'after');
      if (!next) return;
      event.preventDefault();
      event.stopPropagation();
      next.focus();
    },
    true,
  );

  root.addEventListener('focusin', (event) => {
    const input = editorInputOf(event.target);
    if (input && !input.hasAttribute('aria-describedby'))
      input.setAttribute('aria-describedby', description.id);
  });
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** The hidden textarea CodeMirror 5 types into, when `target` is one. */
function editorInputOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof HTMLTextAreaElement && target.closest('.CodeMirror') ? target : null;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

/** The first element Tab would reach after `editor` (or the last before it), outside it. */
function focusableBeside(root: Document, editor: Element, side: 'before' | 'after'): HTMLElement | null {
  const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.tabIndex >= 0 && !editor.contains(element) && isShown(element),
  );
  const isAfter = (element: HTMLElement) =>
    (editor.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return side === 'after'
    ? (candidates.find(isAfter) ?? null)
    : (candidates.filter((element) => !isAfter(element)).at(-1) ?? null);
}

/** Whether `element` takes up room on the page (a hidden panel's buttons do not). */
function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}
