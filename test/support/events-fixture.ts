import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadDataset } from '../../src/dataset/index.js';
import type { Dataset } from '../../src/model/index.js';

/**
 * A small dataset with events, written to a directory and read by the real loader: two plans, the
 * first naming a park, a fund, an initiative and an office through its tasks and stating two
 * cooperations, and an events.yaml of reports about them. The expectations of the events contract
 * (test/store/events-contract.ts) are worked out by hand from this file.
 */

const PLAN_TEXT = [
  'The Riverton plan sets out two tasks for the delta.',
  'Riverton will cooperate with Hilltown on a shared science park.',
  'Riverton will open the Riverton Science Park in Hilltown.',
  'Riverton will set up a Delta Fund for green firms.',
  'Riverton will run a talent exchange with its partners.',
  'A plan office will steer the work of both tasks.',
  'Riverton will cooperate with Lakeside on river transport.',
].join('\n');

const OTHER_TEXT = [
  'The Lakeside plan has one task of its own.',
  'Lakeside will cooperate with Riverton on ferries.',
  'Lakeside will build a ferry initiative across the lake.',
].join('\n');

/** QUOTED evidence of a sentence of a source's text, at its offsets. */
function quoted(source: 'plan' | 'other', sentence: string) {
  const text = source === 'plan' ? PLAN_TEXT : OTHER_TEXT;
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`not in ${source}: ${sentence}`);
  return { kind: 'QUOTED', source, quote: sentence, start, end: start + sentence.length };
}

const cited = (source: string, note: string) => ({ kind: 'CITED', source, note });

function entity(id: string, kind: string, name: string, evidence: unknown[], extra: object = {}) {
  return { id, kind, name, ...extra, evidence };
}

function link(type: string, from: string, to: string, evidence: unknown[]) {
  return { type, from, to, evidence };
}

const PLAN = 'The Riverton plan sets out two tasks for the delta.';

function event(id: string, name: string, attributes: object, involves: string[], report = 'report-a') {
  return {
    entity: entity(id, 'EVENT', name, [cited(report, `${name}, as the report states it.`)], { attributes }),
    links: involves.map((to) => link('INVOLVES', id, to, [cited(report, `${name} concerns ${to}.`)])),
  };
}

const EVENTS = [
  event(
    'event:science-park-agreement-signed',
    'Science park agreement signed',
    { date: '2018-11', eventType: 'SIGNED', projects: 3 },
    ['park:riverton-science-park', 'city:riverton', 'city:hilltown'],
  ),
  event(
    'event:science-park-opened',
    'Riverton Science Park opens',
    { date: '2019-12-16', eventType: 'OPENED', areaSquareMetres: 9610, firms: 21 },
    ['park:riverton-science-park', 'city:hilltown'],
    'report-b',
  ),
  event(
    'event:delta-fund-launched',
    'Delta Fund launched',
    { date: '2019', eventType: 'LAUNCHED', amountYuan: 10_000_000_000 },
    ['fund:delta-fund'],
  ),
  event('event:alpha-summit', 'Alpha summit held', { date: '2019-01-01', eventType: 'HELD' }, [
    'city:riverton',
  ]),
  event('event:river-forum', 'River forum held', { date: '2020-06', eventType: 'HELD' }, [
    'city:riverton',
    'city:lakeside',
  ]),
  event('event:hilltown-joined', 'Hilltown joins the alliance', { date: '2021-03-02', eventType: 'JOINED' }, [
    'city:hilltown',
  ]),
  event(
    'event:ferry-started',
    'Ferry service started',
    { date: '2022', eventType: 'STARTED', lengthKm: 12.5 },
    ['initiative:ferry-initiative'],
  ),
];

export const EVENTS_FIXTURE_FILES: Record<string, unknown> = {
  'dataset.yaml': {
    id: 'events-fixture',
    title: 'Two plans and what happened since',
    sources: [
      { id: 'plan', kind: 'PRIMARY', title: 'The Riverton plan', file: 'sources/plan.txt' },
      { id: 'other', kind: 'PRIMARY', title: 'The Lakeside plan', file: 'sources/other.txt' },
      {
        id: 'report-a',
        kind: 'REFERENCE',
        title: 'Riverton news release',
        publisher: 'Riverton government',
        published: '2019-12-24',
        url: 'https://example.org/riverton/2019-12-24',
      },
      {
        id: 'report-b',
        kind: 'REFERENCE',
        title: 'Hilltown news',
        publisher: 'Hilltown district',
        published: '2019-12',
      },
    ],
  },
  'entities.yaml': {
    entities: [
      entity('plan:riverton-plan', 'PLAN', 'Riverton plan', [quoted('plan', PLAN)]),
      entity('task:riverton-task-one', 'TASK', 'Task One', [quoted('plan', PLAN)], {
        attributes: { number: 1 },
      }),
      entity('task:riverton-task-two', 'TASK', 'Task Two', [quoted('plan', PLAN)], {
        attributes: { number: 2 },
      }),
      entity('city:riverton', 'CITY', 'Riverton', [quoted('plan', PLAN)]),
      entity('city:hilltown', 'CITY', 'Hilltown', [
        quoted('plan', 'Riverton will cooperate with Hilltown on a shared science park.'),
      ]),
      entity('city:lakeside', 'CITY', 'Lakeside', [
        quoted('other', 'The Lakeside plan has one task of its own.'),
      ]),
      entity('park:riverton-science-park', 'PARK', 'Riverton Science Park', [
        quoted('plan', 'Riverton will open the Riverton Science Park in Hilltown.'),
      ]),
      entity('fund:delta-fund', 'FUND', 'Delta Fund', [
        quoted('plan', 'Riverton will set up a Delta Fund for green firms.'),
      ]),
      entity('initiative:talent-exchange', 'INITIATIVE', 'Talent exchange', [
        quoted('plan', 'Riverton will run a talent exchange with its partners.'),
      ]),
      entity('organization:plan-office', 'ORGANIZATION', 'Plan office', [
        quoted('plan', 'A plan office will steer the work of both tasks.'),
      ]),
      entity('plan:lakeside-plan', 'PLAN', 'Lakeside plan', [
        quoted('other', 'The Lakeside plan has one task of its own.'),
      ]),
      entity('task:lakeside-task', 'TASK', 'Lakeside task', [
        quoted('other', 'The Lakeside plan has one task of its own.'),
      ]),
      entity('initiative:ferry-initiative', 'INITIATIVE', 'Ferry initiative', [
        quoted('other', 'Lakeside will build a ferry initiative across the lake.'),
      ]),
    ],
  },
  'relationships.yaml': {
    relationships: [
      link('PART_OF', 'task:riverton-task-one', 'plan:riverton-plan', [quoted('plan', PLAN)]),
      link('PART_OF', 'task:riverton-task-two', 'plan:riverton-plan', [quoted('plan', PLAN)]),
      link('PART_OF_TASK', 'park:riverton-science-park', 'task:riverton-task-one', [
        quoted('plan', 'Riverton will open the Riverton Science Park in Hilltown.'),
      ]),
      link('PART_OF_TASK', 'fund:delta-fund', 'task:riverton-task-two', [
        quoted('plan', 'Riverton will set up a Delta Fund for green firms.'),
      ]),
      link('PART_OF_TASK', 'initiative:talent-exchange', 'task:riverton-task-two', [
        quoted('plan', 'Riverton will run a talent exchange with its partners.'),
      ]),
      link('PART_OF_TASK', 'organization:plan-office', 'task:riverton-task-one', [
        quoted('plan', 'A plan office will steer the work of both tasks.'),
      ]),
      link('LOCATED_IN', 'park:riverton-science-park', 'city:hilltown', [
        quoted('plan', 'Riverton will open the Riverton Science Park in Hilltown.'),
      ]),
      link('COOPERATES_WITH', 'city:riverton', 'city:hilltown', [
        quoted('plan', 'Riverton will cooperate with Hilltown on a shared science park.'),
      ]),
      link('COOPERATES_WITH', 'city:riverton', 'city:lakeside', [
        quoted('plan', 'Riverton will cooperate with Lakeside on river transport.'),
      ]),
      // Stated by the other plan only: not one of the Riverton plan's cooperations.
      link('COOPERATES_WITH', 'city:lakeside', 'city:riverton', [
        quoted('other', 'Lakeside will cooperate with Riverton on ferries.'),
      ]),
      // Cited, not stated by a plan.
      link('COOPERATES_WITH', 'city:hilltown', 'city:lakeside', [
        cited('report-a', 'Hilltown and Lakeside met.'),
      ]),
      link('PART_OF', 'task:lakeside-task', 'plan:lakeside-plan', [
        quoted('other', 'The Lakeside plan has one task of its own.'),
      ]),
      link('PART_OF_TASK', 'initiative:ferry-initiative', 'task:lakeside-task', [
        quoted('other', 'Lakeside will build a ferry initiative across the lake.'),
      ]),
    ],
  },
  'events.yaml': {
    entities: EVENTS.map((item) => item.entity),
    relationships: EVENTS.flatMap((item) => item.links),
  },
  'sources/plan.txt': PLAN_TEXT,
  'sources/other.txt': OTHER_TEXT,
};

/** Writes `files` (YAML objects, or text) to a new directory and returns it. */
export async function writeDatasetFiles(files: Record<string, unknown>): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-events-'));
  await mkdir(path.join(directory, 'sources'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(directory, name), typeof content === 'string' ? content : stringify(content));
  }
  return directory;
}

/** The fixture, written and loaded. */
export async function eventsFixtureDataset(): Promise<Dataset> {
  return loadDataset(await writeDatasetFiles(EVENTS_FIXTURE_FILES));
}
