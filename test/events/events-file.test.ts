import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, openDataset } from '../../src/dataset/index.js';
import { EVENTS_FIXTURE_FILES, writeDatasetFiles } from '../support/events-fixture.js';

/**
 * The optional events.yaml: read after the plan's records, and each bad event refused with the file,
 * the line its record starts on, the record and the field.
 */

type Records = { entities: Record<string, unknown>[]; relationships: Record<string, unknown>[] };

/** The fixture with its events.yaml changed by `change`. */
async function withEvents(change: (events: Records) => void): Promise<string> {
  const events = structuredClone(EVENTS_FIXTURE_FILES['events.yaml']) as Records;
  change(events);
  return writeDatasetFiles({ ...EVENTS_FIXTURE_FILES, 'events.yaml': events });
}

/** The 1-based line of events.yaml where the last list item holding `text` starts. */
async function lineOf(directory: string, text: string): Promise<number> {
  const lines = (await readFile(path.join(directory, 'events.yaml'), 'utf8')).split('\n');
  const at = lines.findLastIndex((line) => line.includes(text));
  for (let line = at; line >= 0; line--) if (/^ {2}- /.test(lines[line]!)) return line + 1;
  throw new Error(`no list item holds ${text}`);
}

async function refusal(directory: string): Promise<string> {
  const error = await loadDataset(directory).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).message;
}

describe('events.yaml', () => {
  it('is read after entities.yaml and relationships.yaml, and counted with them', async () => {
    const directory = await writeDatasetFiles(EVENTS_FIXTURE_FILES);
    const dataset = await loadDataset(directory);
    expect(dataset.entities.at(-7)!.id).toBe('event:science-park-agreement-signed');
    expect(dataset.entities.slice(-7).every((entity) => entity.kind === 'EVENT')).toBe(true);
    expect(dataset.relationships.at(-1)!.id).toBe(
      'event:ferry-started-[INVOLVES]->initiative:ferry-initiative',
    );
    const reader = await openDataset(directory);
    expect(await reader.count('entities')).toBe(dataset.entities.length);
    expect(await reader.count('relationships')).toBe(dataset.relationships.length);
  });

  it('is optional', async () => {
    const { ['events.yaml']: _events, ...rest } = EVENTS_FIXTURE_FILES;
    const dataset = await loadDataset(await writeDatasetFiles(rest));
    expect(dataset.entities.some((entity) => entity.kind === 'EVENT')).toBe(false);
  });

  it.each([
    [
      'an event without a date',
      (events: Records) => delete (events.entities[1]!['attributes'] as Record<string, unknown>)['date'],
      'entity "event:science-park-opened": attributes.date: an EVENT needs its date, at the precision the report gives (2019, 2019-12 or 2019-12-16)',
    ],
    [
      'an event without a type',
      (events: Records) => delete (events.entities[1]!['attributes'] as Record<string, unknown>)['eventType'],
      'entity "event:science-park-opened": attributes.eventType: an EVENT needs its eventType, one of OPENED, SIGNED, FOUNDED, JOINED, COMPLETED, LAUNCHED, STARTED, HELD',
    ],
    [
      'an event of an unknown type',
      (events: Records) =>
        ((events.entities[1]!['attributes'] as Record<string, unknown>)['eventType'] = 'BUILT'),
      'entity "event:science-park-opened": attributes.eventType: Invalid option',
    ],
    [
      'an event dated at no precision the format has',
      (events: Records) =>
        ((events.entities[1]!['attributes'] as Record<string, unknown>)['date'] = '16/12/2019'),
      'entity "event:science-park-opened": attributes.date: must be an ISO date',
    ],
    [
      'a negative figure',
      (events: Records) => ((events.entities[1]!['attributes'] as Record<string, unknown>)['firms'] = -21),
      'entity "event:science-park-opened": attributes.firms: must be 0 or more',
    ],
    [
      'a figure that is not a number',
      (events: Records) =>
        ((events.entities[1]!['attributes'] as Record<string, unknown>)['areaSquareMetres'] = '9,610 m²'),
      'entity "event:science-park-opened": attributes.areaSquareMetres: must be a number',
    ],
    [
      'a count that is not whole',
      (events: Records) => ((events.entities[1]!['attributes'] as Record<string, unknown>)['firms'] = 2.5),
      'entity "event:science-park-opened": attributes.firms: must be a whole number',
    ],
    [
      'an event without CITED evidence',
      (events: Records) =>
        (events.entities[1]!['evidence'] = [
          { kind: 'INFERRED', rationale: 'We think it opened.', basis: ['park:riverton-science-park'] },
        ]),
      'entity "event:science-park-opened": evidence: an EVENT needs at least one CITED record',
    ],
  ])('refuses %s, naming file, line, record and field', async (_what, change, message) => {
    const directory = await withEvents(change);
    expect(await refusal(directory)).toContain(
      `events.yaml:${await lineOf(directory, 'id: event:science-park-opened')}: ${message}`,
    );
  });

  it('refuses event attributes on an entity that is not an event', async () => {
    const directory = await withEvents((events) =>
      events.entities.push({
        id: 'park:odd-park',
        kind: 'PARK',
        name: 'Odd park',
        attributes: { date: '2020' },
        evidence: [{ kind: 'CITED', source: 'report-a', note: 'A park.' }],
      }),
    );
    expect(await refusal(directory)).toBe(
      `events.yaml:${await lineOf(directory, 'id: park:odd-park')}: entity "park:odd-park": attributes.date: only an EVENT has \`date\` (this entity is a PARK)`,
    );
  });

  // Which kinds INVOLVES joins is its row of the relationship table (src/model/relationship-rules.ts).
  it.each([
    [
      { type: 'INVOLVES', from: 'city:riverton', to: 'park:riverton-science-park' },
      'relationship "city:riverton-[INVOLVES]->park:riverton-science-park": from: must be of a kind INVOLVES goes from (EVENT), not CITY',
    ],
    [
      { type: 'INVOLVES', from: 'event:alpha-summit', to: 'event:river-forum' },
      'relationship "event:alpha-summit-[INVOLVES]->event:river-forum": to: must be of a kind INVOLVES goes to from EVENT (PLAN, TASK, GOAL, MILESTONE, CITY, DISTRICT, REGION, PARK, FUND, UNIVERSITY, INITIATIVE, INDUSTRY, INFRASTRUCTURE, ORGANIZATION, PERSON), not EVENT',
    ],
    [
      { type: 'LOCATED_IN', from: 'event:alpha-summit', to: 'city:riverton' },
      'relationship "event:alpha-summit-[LOCATED_IN]->city:riverton": from: must be of a kind LOCATED_IN goes from (PARK, FUND, UNIVERSITY, INITIATIVE, INDUSTRY, INFRASTRUCTURE, ORGANIZATION), not EVENT',
    ],
    [
      { type: 'INVOLVES', from: 'event:alpha-summit', to: 'park:no-such-park' },
      'relationship "event:alpha-summit-[INVOLVES]->park:no-such-park": to: no entity has the id "park:no-such-park"',
    ],
  ])('refuses the link %j', async (link, message) => {
    const directory = await withEvents((events) =>
      events.relationships.push({
        ...link,
        evidence: [{ kind: 'CITED', source: 'report-a', note: 'A link.' }],
      }),
    );
    const line = await lineOf(directory, `to: ${link.to}`);
    expect(await refusal(directory)).toBe(`events.yaml:${line}: ${message}`);
  });
});
