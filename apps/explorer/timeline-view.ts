import { element } from './element.js';
import type { ExplorerTimelineQuery } from './generated/graphql.js';
import { ExplorerTimelineDocument } from './generated/graphql.js';
import { requestGraphQL } from './graphql-client.js';
import { humanize } from './palette.js';

type EventData = ExplorerTimelineQuery['timeline']['edges'][number]['node'];

/** Events listed at once; the rest are counted ("and 12 more"). */
const SHOWN_EVENTS = 50;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The timeline view: what public reports say happened to the selected entity since the plan. */
export interface TimelineView {
  /**
   * Lists the events involving `entityId` (nothing is shown for an event itself). A failed request is
   * said in the view, not thrown: the details above it stand on their own.
   */
  show(entityId: string, name: string, kind: string): Promise<void>;
  /** Hides the view (a relationship or nothing is selected). */
  clear(): void;
}

export function createTimelineView(container: HTMLElement): TimelineView {
  // Each selection supersedes the one before: a slow answer for an earlier entity is dropped.
  let current = 0;
  return {
    async show(entityId, name, kind) {
      const asked = ++current;
      if (kind === 'EVENT') {
        this.clear();
        return;
      }
      let timeline: ExplorerTimelineQuery['timeline'];
      try {
        ({ timeline } = await requestGraphQL(ExplorerTimelineDocument, {
          ids: [entityId],
          first: SHOWN_EVENTS,
        }));
      } catch (error) {
        if (asked !== current) return;
        container.hidden = false;
        container.replaceChildren(
          element(
            'p',
            { class: 'muted', role: 'alert' },
            `The reported events could not be read: ${(error as Error).message}`,
          ),
        );
        return;
      }
      if (asked !== current) return;
      const events = timeline.edges.map((edge) => edge.node);
      container.hidden = false;
      const parts: (HTMLElement | null)[] = [
        element('h3', {}, `Reported since the plan (${timeline.totalCount})`),
        events.length === 0
          ? element(
              'p',
              { class: 'muted', 'data-testid': 'timeline-empty' },
              `No reported events about ${name} yet.`,
            )
          : element(
              'ol',
              {
                class: 'timeline-list',
                'data-testid': 'timeline-list',
                'aria-label': `Events about ${name}`,
              },
              ...events.map(eventItem),
            ),
        timeline.totalCount > events.length
          ? element('p', { class: 'muted' }, `and ${timeline.totalCount - events.length} more`)
          : null,
      ];
      container.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    },
    clear() {
      current++;
      container.hidden = true;
      container.replaceChildren();
    },
  };
}

function eventItem(event: EventData): HTMLElement {
  const figures = figureTexts(event.figures);
  return element(
    'li',
    { class: 'timeline-event', 'data-testid': 'timeline-event', 'data-event-id': event.id },
    element(
      'p',
      { class: 'timeline-when' },
      element('time', { datetime: event.date }, readableDate(event.date)),
      element('span', { class: 'event-type', 'data-testid': 'event-type' }, humanize(event.eventType)),
    ),
    element('p', { class: 'event-name' }, event.name),
    figures.length > 0
      ? element('p', { class: 'event-figures', 'data-testid': 'event-figures' }, figures.join(' · '))
      : null,
    ...event.evidence.filter((item) => item.kind === 'CITED').map(citation),
  );
}

/** A CITED record as its report: publisher, date and a link to it, then the note in our words. */
function citation(item: EventData['evidence'][number]): HTMLElement {
  const source = item.citation;
  const byline = [source?.publisher, source?.published].filter(Boolean).join(', ');
  return element(
    'div',
    { class: 'event-citation', 'data-testid': 'event-citation' },
    item.note ? element('p', { class: 'event-note' }, item.note) : null,
    element(
      'p',
      { class: 'event-source' },
      byline ? `${byline} — ` : '',
      source?.url
        ? element('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title)
        : (source?.title ?? ''),
    ),
  );
}

/** `2019` stays, `2019-12` is "Dec 2019", `2019-12-16` is "16 Dec 2019": the report's precision shows. */
export function readableDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The figures a report gives, in words: `9,610 m²`, `21 firms`, `10 billion yuan`. */
export function figureTexts(figures: EventData['figures']): string[] {
  const whole = new Intl.NumberFormat('en');
  const large = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long' });
  const texts: string[] = [];
  if (figures.areaSquareMetres !== null) texts.push(`${whole.format(figures.areaSquareMetres)} m²`);
  if (figures.lengthKm !== null) texts.push(`${whole.format(figures.lengthKm)} km`);
  if (figures.amountYuan !== null) texts.push(`${large.format(figures.amountYuan)} yuan`);
  if (figures.firms !== null)
    texts.push(`${whole.format(figures.firms)} firm${figures.firms === 1 ? '' : 's'}`);
  if (figures.projects !== null)
    texts.push(`${whole.format(figures.projects)} project${figures.projects === 1 ? '' : 's'}`);
  return texts;
}
