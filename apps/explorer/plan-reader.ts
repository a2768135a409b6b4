import './plan-reader.css';
import { element, swatch } from './element.js';
import { humanize, kindColor } from './palette.js';
import { citationsIn, loadSourceDocument, type Citation, type SourceDocument } from './plan-reader-data.js';
import {
  formatReadHash,
  parseReadHash,
  passagesOf,
  type ReadTarget,
  type Span,
} from './plan-reader-passages.js';
import { relationshipName } from './relationship-style.js';

export type { ReadTarget } from './plan-reader-passages.js';

/** What a listed fact leads to in the explorer. */
export interface PlanReaderActions {
  showEntity(id: string): void;
  showRelationship(id: string): void;
}

/**
 * "Read it in the plan": the whole source with every quoted passage marked and the chosen quote
 * highlighted; choosing a passage lists the facts it supports. A modal dialog (a side panel when wide,
 * a full-screen sheet when narrow) whose state is the URL fragment `#read=…`, so Back closes it and a
 * copied address opens it.
 */
export interface PlanReader {
  /** Opens the reader at a quote; `opener` gets the focus back when it closes. */
  open(target: ReadTarget, opener: HTMLElement | null): void;
  /** Opens the view the address names, if any (a permalink or a reload). */
  restore(): void;
}

/** The history entries the reader pushed, so closing can go Back instead of leaving a dead entry. */
const PUSHED = 'planReader';

export function createPlanReader(actions: PlanReaderActions): PlanReader {
  const title = element('h2', { id: 'plan-reader-title', 'data-testid': 'plan-reader-title' });
  const meta = element('p', { class: 'plan-reader-meta', 'data-testid': 'plan-reader-meta' });
  const closeButton = element(
    'button',
    { type: 'button', class: 'small', 'aria-label': 'Close the plan', 'data-testid': 'plan-reader-close' },
    '✕',
  );
  const text = element('div', {
    class: 'plan-reader-text',
    'data-testid': 'plan-reader-text',
    tabindex: '0',
    role: 'region',
    'aria-label': 'The text of the plan; marked passages list the facts they support',
  });
  const facts = element('section', {
    class: 'plan-reader-facts',
    'data-testid': 'plan-reader-facts',
    'aria-live': 'polite',
    'aria-label': 'Facts from the chosen passage',
  });
  const dialog = element(
    'dialog',
    { class: 'plan-reader', 'aria-labelledby': 'plan-reader-title', 'data-testid': 'plan-reader' },
    element(
      'header',
      { class: 'plan-reader-head' },
      element('div', {}, element('p', { class: 'eyebrow' }, 'Read it in the plan'), title, meta),
      closeButton,
    ),
    element('div', { class: 'plan-reader-body' }, text, facts),
  );
  document.body.append(dialog);

  let shown: ReadTarget | null = null;
  let returnFocus: { element: HTMLElement | null; hash: string } | null = null;
  /** Bumped by every show and hide, so a slow answer for a view already left is dropped. */
  let generation = 0;
  let closing: Promise<void> | null = null;
  /** Bumped by every listing, so only the last passage chosen fills the list. */
  let listing = 0;
  /** The listed facts' quotes, to show where in the passage each fact is stated. */
  let factQuotes = new Map<string, Span[]>();

  // Pointing at a listed fact (or moving to it with Tab) underlines its own quote in the text: a long
  // passage holds many quotes, and this is how the analyst sees which words state which fact.
  const previewFact = (event: Event) => {
    const id = (event.target as Element).closest('[data-fact-id]')?.getAttribute('data-fact-id');
    showQuotes(text, id ? (factQuotes.get(id) ?? []) : []);
  };
  facts.addEventListener('mouseover', previewFact);
  facts.addEventListener('focusin', previewFact);
  facts.addEventListener('mouseleave', () => showQuotes(text, []));
  facts.addEventListener('focusout', () => showQuotes(text, []));

  async function show(target: ReadTarget): Promise<void> {
    const ticket = ++generation;
    shown = target;
    if (!dialog.open) dialog.showModal();
    title.textContent = 'Opening the plan…';
    meta.textContent = '';
    text.replaceChildren();
    facts.replaceChildren();
    dialog.setAttribute('aria-busy', 'true');
    try {
      const document = await loadSourceDocument(target.source);
      if (ticket !== generation) return;
      title.textContent = document.title;
      meta.textContent = [document.publisher, document.published && `published ${document.published}`]
        .filter(Boolean)
        .join(' · ');
      if (target.end > document.text.length)
        throw new Error(`That passage (${target.start}–${target.end}) is past the end of the text.`);
      const chosen = renderText(document, target);
      // The chosen passage takes the focus, so Enter lists its facts and Tab walks on to the next one.
      chosen.element.focus({ preventScroll: true });
      text.querySelector('mark')?.scrollIntoView({ block: 'center' });
      await listFacts(document, chosen.passage, chosen.element, ticket);
    } catch (error) {
      if (ticket !== generation) return;
      title.textContent = 'The plan cannot be shown';
      text.replaceChildren(
        element(
          'p',
          { class: 'plan-reader-error', 'data-testid': 'plan-reader-error', role: 'alert' },
          error instanceof Error ? error.message : String(error),
        ),
      );
    } finally {
      if (ticket === generation) dialog.removeAttribute('aria-busy');
    }
  }

  /** Writes the text with its passages marked; returns the passage holding the chosen quote. */
  function renderText(document: SourceDocument, target: ReadTarget): { passage: Span; element: HTMLElement } {
    // A quote no passage holds (an address typed by hand) becomes, or joins, a passage of its own.
    const passages = document.passages.some((p) => p.start <= target.start && target.end <= p.end)
      ? document.passages
      : passagesOf([...document.passages, target]);
    const slice = (start: number, end: number) => document.text.slice(start, end);
    const nodes: (Node | string)[] = [];
    let at = 0;
    let chosen: { passage: Span; element: HTMLElement } | null = null;
    for (const passage of passages) {
      if (passage.start < at || passage.end > document.text.length) continue;
      const holdsQuote = passage.start <= target.start && target.end <= passage.end;
      const marked = element(
        'span',
        {
          class: 'passage',
          role: 'button',
          // One passage is a Tab stop (roving tabindex); the arrow keys move between them.
          tabindex: holdsQuote ? '0' : '-1',
          'data-testid': 'plan-passage',
          'data-start': passage.start,
          'data-end': passage.end,
        },
        ...(holdsQuote
          ? [
              slice(passage.start, target.start),
              element('mark', { 'data-testid': 'plan-quote' }, slice(target.start, target.end)),
              slice(target.end, passage.end),
            ]
          : [slice(passage.start, passage.end)]),
      );
      if (holdsQuote) chosen = { passage, element: marked };
      nodes.push(document.text.slice(at, passage.start), marked);
      at = passage.end;
    }
    nodes.push(document.text.slice(at));
    text.replaceChildren(...nodes);
    text.scrollTop = 0;
    if (!chosen) throw new Error('The quote could not be placed in the text.');
    return chosen;
  }

  /** Lists the facts citing a passage (`evidenceIn`), each leading to its entity or relationship. */
  async function listFacts(
    document: SourceDocument,
    passage: Span,
    marked: HTMLElement,
    ticket = generation,
  ): Promise<void> {
    const mine = ++listing;
    for (const other of text.querySelectorAll('.passage[aria-current]'))
      other.removeAttribute('aria-current');
    marked.setAttribute('aria-current', 'true');
    facts.replaceChildren(element('p', { class: 'muted' }, 'Finding the facts this passage supports…'));
    const citations = await citationsIn(document.id, passage);
    // A passage chosen since, or a reader closed since, has the list now.
    if (ticket !== generation || mine !== listing) return;
    const found = uniqueFacts(citations);
    factQuotes = quotesByFact(citations);
    const entities = found.filter((fact) => !('type' in fact));
    const relationships = found.filter((fact) => 'type' in fact);
    facts.replaceChildren(
      ...present<HTMLElement>(
        element(
          'h3',
          { 'data-testid': 'plan-facts-title' },
          `This passage supports ${found.length} fact${found.length === 1 ? '' : 's'}`,
        ),
        element(
          'p',
          { class: 'muted plan-reader-hint' },
          'Choose another marked passage to see its facts; choose a fact to show it in the graph.',
        ),
        entities.length > 0 ? element('h4', {}, `Entities (${entities.length})`) : null,
        entities.length > 0 ? element('ul', { class: 'plain' }, ...entities.map(entityItem)) : null,
        relationships.length > 0 ? element('h4', {}, `Relationships (${relationships.length})`) : null,
        relationships.length > 0
          ? element('ul', { class: 'plain' }, ...relationships.map(relationshipItem))
          : null,
      ),
    );
  }

  const entityButton = (entity: { id: string; name: string; kind: string }) =>
    element(
      'button',
      {
        type: 'button',
        class: 'link',
        'data-entity-id': entity.id,
        title: `Show ${entity.name} in the graph`,
        onclick: () => void closeThen(() => actions.showEntity(entity.id)),
      },
      swatch(kindColor(entity.kind)),
      entity.name,
    );

  const entityItem = (fact: Fact) =>
    'name' in fact
      ? element(
          'li',
          { 'data-testid': 'plan-fact', 'data-fact-id': fact.id, class: 'plan-entity' },
          entityButton(fact),
          element('span', { class: 'plan-kind' }, humanize(fact.kind)),
        )
      : null;

  // The type first, as a small heading that opens the relationship, then its two ends.
  const relationshipItem = (fact: Fact) =>
    'type' in fact
      ? element(
          'li',
          { 'data-testid': 'plan-fact', 'data-fact-id': fact.id, class: 'plan-relationship' },
          element(
            'button',
            {
              type: 'button',
              class: 'link plan-relationship-type',
              title: 'Show this relationship',
              onclick: () => void closeThen(() => actions.showRelationship(fact.id)),
            },
            relationshipName(fact.type),
          ),
          element('span', { class: 'plan-relationship-end' }, entityButton(fact.from)),
          element(
            'span',
            { class: 'plan-relationship-end' },
            element('span', { class: 'arrow', 'aria-label': 'to' }, '→'),
            entityButton(fact.to),
          ),
        )
      : null;

  // Passages answer a click, and Enter or Space when focused (they are role="button").
  const choose = (event: Event) => {
    const marked = (event.target as Element).closest<HTMLElement>('.passage');
    const document = shown && marked ? loadSourceDocument(shown.source) : null;
    if (!marked || !document) return false;
    const passage = { start: Number(marked.dataset['start']), end: Number(marked.dataset['end']) };
    void document.then((loaded) => listFacts(loaded, passage, marked));
    return true;
  };
  text.addEventListener('click', (event) => void choose(event));
  text.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && choose(event)) event.preventDefault();
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    const from = (event.target as Element).closest('.passage');
    if (!step || !from) return;
    const all = [...text.querySelectorAll<HTMLElement>('.passage')];
    const next = all[all.indexOf(from as HTMLElement) + step];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
  // The Tab stop follows the focus, so Shift+Tab and Tab come back to the passage last visited.
  text.addEventListener('focusin', (event) => {
    const passage = (event.target as Element).closest('.passage');
    if (!passage) return;
    for (const other of text.querySelectorAll('.passage[tabindex="0"]')) other.setAttribute('tabindex', '-1');
    passage.setAttribute('tabindex', '0');
  });

  function hide(): void {
    generation += 1;
    shown = null;
    showQuotes(text, []);
    if (!dialog.open) return;
    dialog.close();
    const back = returnFocus;
    returnFocus = null;
    // The opener may have been redrawn while the reader was open: find its successor by what it opens.
    const opener =
      back?.element?.isConnected === true
        ? back.element
        : back
          ? window.document.querySelector<HTMLElement>(`[data-read="${CSS.escape(back.hash)}"]`)
          : null;
    (opener ?? window.document.getElementById('details'))?.focus();
  }

  /** Closes the reader: Back when the reader pushed the entry (so Forward reopens it), else drops `#read`. */
  function requestClose(): Promise<void> {
    if (!dialog.open) return Promise.resolve();
    closing ??= new Promise<void>((resolve) => {
      if ((history.state as Record<string, unknown> | null)?.[PUSHED]) {
        window.addEventListener('popstate', () => resolve(), { once: true });
        history.back();
      } else {
        history.replaceState(history.state, '', location.pathname + location.search);
        hide();
        resolve();
      }
    }).finally(() => (closing = null));
    return closing;
  }

  /** Closes the reader, then (once Back has landed) does what the analyst chose in it. */
  async function closeThen(action: () => void): Promise<void> {
    await requestClose();
    action();
  }

  // Escape closes the reader and only the reader (the narrow layout's drawer listens for it too).
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    void requestClose();
  });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    void requestClose();
  });
  closeButton.addEventListener('click', () => void requestClose());
  // A click on the backdrop (the dimmed page around the panel) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) void requestClose();
  });

  const sync = () => {
    const target = parseReadHash(location.hash);
    if (!target) return hide();
    if (shown && sameTarget(shown, target)) return;
    void show(target);
  };
  window.addEventListener('popstate', sync);

  return {
    open(target, opener) {
      returnFocus = { element: opener, hash: formatReadHash(target) };
      const url = location.pathname + location.search + formatReadHash(target);
      const state = { ...((history.state as Record<string, unknown> | null) ?? {}), [PUSHED]: true };
      if (dialog.open) history.replaceState(state, '', url);
      else history.pushState(state, '', url);
      void show(target);
    },
    restore: sync,
  };
}

type Fact = Citation['fact'];

/** One line per fact: a fact citing the passage twice (two of its records overlap it) is listed once. */
function uniqueFacts(found: Citation[]): Fact[] {
  const byId = new Map<string, Fact>();
  for (const citation of found) if (!byId.has(citation.fact.id)) byId.set(citation.fact.id, citation.fact);
  return [...byId.values()];
}

/** Each fact's quoted spans among the citations (a fact may quote a passage more than once). */
function quotesByFact(citations: Citation[]): Map<string, Span[]> {
  const quotes = new Map<string, Span[]>();
  for (const { fact, evidence } of citations) {
    if (evidence.start === null || evidence.end === null) continue;
    quotes.set(fact.id, [...(quotes.get(fact.id) ?? []), { start: evidence.start, end: evidence.end }]);
  }
  return quotes;
}

const FACT_HIGHLIGHT = 'plan-reader-fact';

/**
 * Marks spans of the text with the CSS Custom Highlight API, which paints text ranges without touching
 * the DOM: the passages' elements cannot nest inside each other's quotes. Browsers without it show none.
 */
function showQuotes(container: HTMLElement, spans: Span[]): void {
  if (!('highlights' in CSS)) return;
  if (spans.length === 0) {
    CSS.highlights.delete(FACT_HIGHLIGHT);
    return;
  }
  const ranges = spans.flatMap((span) => {
    const start = textPoint(container, span.start);
    const end = textPoint(container, span.end);
    if (!start || !end) return [];
    const range = new Range();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return [range];
  });
  CSS.highlights.set(FACT_HIGHLIGHT, new Highlight(...ranges));
}

/** The text node and offset in it at a character offset of the container's whole text. */
function textPoint(container: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const walker = window.document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let before = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= before + node.length) return { node, offset: offset - before };
    before += node.length;
  }
  return null;
}

function present<T>(...items: (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}

function sameTarget(a: ReadTarget, b: ReadTarget): boolean {
  return a.source === b.source && a.start === b.start && a.end === b.end;
}
