import type { EntityDetail, EvidenceData, PathData, RelationshipDetail } from './api-types.js';
import { element, swatch } from './element.js';
import { humanize, kindColor } from './palette.js';

export interface DetailsActions {
  /** Shows an entity's details. */
  showEntity(id: string): void;
  /** Merges an entity's neighbourhood into the drawing. */
  expand(id: string): void;
  showRelationship(id: string): void;
}

/** The right-hand panel: what is selected, with its evidence. */
export interface DetailsPanel {
  entity(detail: EntityDetail): void;
  relationship(detail: RelationshipDetail): void;
  paths(paths: PathData[], names: ReadonlyMap<string, string>): void;
  message(text: string): void;
}

export function createDetailsPanel(container: HTMLElement, actions: DetailsActions): DetailsPanel {
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
    entity(detail) {
      show(
        element('p', { class: 'eyebrow' }, swatch(kindColor(detail.kind)), humanize(detail.kind)),
        element('h2', { 'data-testid': 'details-title' }, detail.name),
        element('p', { class: 'muted mono' }, detail.id),
        detail.description ? element('p', {}, detail.description) : null,
        facts([
          ['Relationships', String(detail.degree)],
          ['Also called', detail.aliases.join(' · ')],
          ['Province', detail.province ?? ''],
        ]),
        element(
          'button',
          {
            type: 'button',
            class: 'primary',
            'data-testid': 'expand-entity',
            onclick: () => actions.expand(detail.id),
          },
          'Expand neighbourhood',
        ),
        evidenceList(detail.evidence),
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
          ['Type', detail.type],
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
        evidenceList(detail.evidence),
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

function evidenceList(evidence: EvidenceData[]): HTMLElement {
  return element(
    'section',
    { class: 'evidence', 'aria-label': 'Evidence' },
    element('h3', {}, `Evidence (${evidence.length})`),
    ...evidence.map((item) =>
      element(
        'figure',
        {},
        element('blockquote', { 'data-testid': 'evidence-quote' }, item.quote),
        element(
          'figcaption',
          { 'data-testid': 'evidence-source' },
          [item.section, item.source.title].filter(Boolean).join(' · '),
        ),
      ),
    ),
    evidence.length === 0 ? element('p', { class: 'muted' }, 'No evidence recorded.') : null,
  );
}
