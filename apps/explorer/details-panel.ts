import { element, swatch } from './element.js';
import type {
  ExplorerEntityQuery,
  ExplorerEvidenceFragment,
  ExplorerRelationshipQuery,
  ExplorerShortestPathQuery,
} from './generated/graphql.js';
import { humanize, kindColor } from './palette.js';
import { formatReadHash, type ReadTarget } from './plan-reader-passages.js';
import { RELATIONSHIP_STYLES, relationshipName } from './relationship-style.js';

type EntityDetail = NonNullable<ExplorerEntityQuery['entity']>;
type RelationshipDetail = NonNullable<ExplorerRelationshipQuery['relationship']>;
type PathData = NonNullable<ExplorerShortestPathQuery['shortestPath']>;
type EvidenceData = ExplorerEvidenceFragment;

export interface DetailsActions {
  /** Shows an entity's details. */
  showEntity(id: string): void;
  /** Merges an entity's neighbourhood into the drawing (`types`: only those relationship types). */
  expand(id: string, types: string[] | null): void;
  /** Takes an entity out of the drawing. */
  hide(id: string): void;
  showRelationship(id: string): void;
  /** Opens the source at a quote ("Read it in the plan"); `opener` gets the focus back. */
  readInPlan?(target: ReadTarget, opener: HTMLElement): void;
}

/** A relationship of the shown entity that is in view, as the panel lists it. */
export interface RelationshipInView {
  id: string;
  text: string;
}

/** The details panel: what is selected, what can be done with it, and its evidence. */
export interface DetailsPanel {
  entity(detail: EntityDetail, inView: RelationshipInView[], drawn: boolean): void;
  relationship(detail: RelationshipDetail): void;
  paths(paths: PathData[], names: ReadonlyMap<string, string>): void;
  message(text: string): void;
  /** What the panel shows when nothing is selected and no path is drawn: the page's first words. */
  intro(): void;
}

export function createDetailsPanel(container: HTMLElement, actions: DetailsActions): DetailsPanel {
  // Kept from the page as written, so the words live in one place (index.html).
  const introduction = [...container.childNodes].map((node) => node.cloneNode(true));
  const entityLink = (entity: { id: string; name: string; kind: string }) =>
    element(
      'button',
      {
        type: 'button',
        class: 'link',
        'data-entity-id': entity.id,
        onclick: () => actions.showEntity(entity.id),
      },
      swatch(kindColor(entity.kind)),
      entity.name,
    );

  const show = (...children: (Node | null)[]) => {
    container.replaceChildren(...children.filter((child): child is Node => child !== null));
    container.scrollTop = 0;
  };

  return {
    entity(detail, inView, drawn) {
      const typeSelect = element(
        'select',
        { 'data-testid': 'expand-type', 'aria-label': 'Relationship type to expand' },
        element('option', { value: '' }, 'All types'),
        ...Object.keys(RELATIONSHIP_STYLES).map((type) =>
          element('option', { value: type }, relationshipName(type)),
        ),
      );
      show(
        element('p', { class: 'eyebrow' }, swatch(kindColor(detail.kind)), humanize(detail.kind)),
        element('h2', { 'data-testid': 'details-title' }, detail.name),
        detail.description ? element('p', {}, detail.description) : null,
        facts([
          ['Relationships', String(detail.degree)],
          ['Also called', detail.aliases.join(' · ')],
          ['Province', ('province' in detail ? detail.province : null) ?? ''],
        ]),
        element(
          'div',
          { class: 'button-row actions' },
          element(
            'button',
            {
              type: 'button',
              class: 'primary',
              'data-testid': 'expand-entity',
              onclick: () => actions.expand(detail.id, typeSelect.value ? [typeSelect.value] : null),
            },
            'Expand',
          ),
          typeSelect,
          drawn
            ? element(
                'button',
                { type: 'button', 'data-testid': 'hide-entity', onclick: () => actions.hide(detail.id) },
                'Hide',
              )
            : null,
        ),
        inView.length > 0
          ? element(
              'section',
              { class: 'in-view', 'aria-label': 'Relationships in view' },
              element('h3', {}, `Relationships in view (${inView.length})`),
              element(
                'ul',
                { class: 'plain' },
                ...inView.map((relationship) =>
                  element(
                    'li',
                    {},
                    element(
                      'button',
                      {
                        type: 'button',
                        class: 'link',
                        'data-testid': 'entity-relationship',
                        'data-relationship-id': relationship.id,
                        onclick: () => actions.showRelationship(relationship.id),
                      },
                      relationship.text,
                    ),
                  ),
                ),
              ),
            )
          : null,
        evidenceList(detail.evidence, actions.readInPlan),
      );
    },

    relationship(detail) {
      show(
        element('p', { class: 'eyebrow' }, 'Relationship'),
        element('h2', { 'data-testid': 'details-title' }, humanize(detail.type)),
        element(
          'p',
          { class: 'endpoints', 'data-testid': 'relationship-endpoints' },
          entityLink(detail.from),
          element('span', { class: 'arrow', 'aria-label': 'to' }, '→'),
          entityLink(detail.to),
        ),
        facts([
          ['Hours', detail.hours === null ? '' : `${detail.hours} h`],
          ['Status', detail.status ? humanize(detail.status) : ''],
          ['Year', detail.year === null ? '' : String(detail.year)],
          [
            'Valid',
            [detail.validFrom, detail.validTo].some(Boolean)
              ? `${detail.validFrom ?? '…'} – ${detail.validTo ?? '…'}`
              : '',
          ],
          ['Announced', detail.announced ?? ''],
        ]),
        evidenceList(detail.evidence, actions.readInPlan),
      );
    },

    paths(paths, names) {
      const first = paths[0];
      if (!first) {
        show(
          element('h2', {}, 'No path'),
          element('p', {}, 'No path joins these entities with the chosen filters.'),
        );
        return;
      }
      show(
        element(
          'p',
          { class: 'eyebrow' },
          paths.length > 1 ? `${paths.length} shortest paths` : 'Shortest path',
        ),
        element('h2', {}, `${first.length} step${first.length === 1 ? '' : 's'}`),
        ...paths.map((path) =>
          element(
            'div',
            { class: 'path' },
            element(
              'ol',
              { class: 'path-nodes', 'data-testid': 'path-nodes', 'aria-label': 'Entities on the path' },
              ...path.nodes.map((node) => element('li', {}, entityLink(node))),
            ),
            element(
              'ul',
              { class: 'plain' },
              ...path.relationships.map((relationship) =>
                element(
                  'li',
                  {},
                  element(
                    'button',
                    {
                      type: 'button',
                      class: 'link',
                      onclick: () => actions.showRelationship(relationship.id),
                    },
                    `${names.get(relationship.from.id) ?? relationship.from.id} —${humanize(relationship.type)}→ ${names.get(relationship.to.id) ?? relationship.to.id}`,
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    },

    message(text) {
      show(element('p', { class: 'muted' }, text));
    },

    intro() {
      show(...introduction.map((node) => node.cloneNode(true)));
    },
  };
}

function facts(rows: [string, string][]): HTMLElement {
  const shown = rows.filter(([, value]) => value !== '');
  return element(
    'dl',
    { class: 'facts', 'data-testid': 'details-facts' },
    ...shown.flatMap(([name, value]) => [element('dt', {}, name), element('dd', {}, value)]),
  );
}

/** What each kind of evidence is, in the analyst's words. */
const EVIDENCE_KIND_LABELS: Record<EvidenceData['kind'], string> = {
  QUOTED: 'The plan says',
  CITED: 'Cited from a public report',
  INFERRED: 'Inferred by a curator',
};

/** Where a QUOTED record sits in its source, when the record says (older datasets have no offsets). */
function readTarget(item: EvidenceData): ReadTarget | null {
  return item.kind === 'QUOTED' && item.source && item.start !== null && item.end !== null
    ? { source: item.source.id, start: item.start, end: item.end }
    : null;
}

function readButton(item: EvidenceData, readInPlan: DetailsActions['readInPlan']): HTMLElement | null {
  const target = readTarget(item);
  if (!target || !readInPlan) return null;
  const button: HTMLButtonElement = element(
    'button',
    {
      type: 'button',
      class: 'small read-in-plan',
      'data-testid': 'read-in-plan',
      // Lets the reader give the focus back to this button's successor if the panel was redrawn.
      'data-read': formatReadHash(target),
      onclick: () => readInPlan(target, button),
    },
    'Read it in the plan',
  );
  return button;
}

function evidenceList(evidence: EvidenceData[], readInPlan: DetailsActions['readInPlan']): HTMLElement {
  return element(
    'section',
    { class: 'evidence', 'aria-label': 'Evidence' },
    element('h3', {}, `Evidence (${evidence.length})`),
    ...evidence.map((item) =>
      element(
        'figure',
        { 'data-evidence-kind': item.kind },
        // The analyst must tell what the plan says from what was cited or inferred.
        element(
          'p',
          { class: 'evidence-kind', 'data-testid': 'evidence-kind' },
          EVIDENCE_KIND_LABELS[item.kind],
        ),
        element(
          'blockquote',
          { 'data-testid': 'evidence-quote' },
          item.quote ?? item.note ?? item.rationale ?? '',
        ),
        element(
          'figcaption',
          { 'data-testid': 'evidence-source' },
          [item.section, item.source?.title].filter(Boolean).join(' · '),
        ),
        readButton(item, readInPlan),
      ),
    ),
    evidence.length === 0 ? element('p', { class: 'muted' }, 'No evidence recorded.') : null,
  );
}
