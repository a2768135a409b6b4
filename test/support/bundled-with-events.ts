import { appendFile, cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadDataset } from '../../src/dataset/index.js';
import type { Dataset } from '../../src/model/index.js';

/**
 * The bundled dataset with three reported events of its own (written here, so browser tests do not
 * depend on the events the bundled dataset carries): a copy of seed/wenzhou-yrd with its own report
 * sources and its own events.yaml, read by the real loader. The facts are from the cited public
 * reports; the notes are ours.
 */
const REPORTS = [
  {
    id: 'test-jiading-park-report',
    kind: 'REFERENCE',
    title: 'Jiading-Wenzhou joint innovation park opens',
    publisher: 'Jiading District government',
    published: '2019-12-24',
    url: 'http://english.jiading.gov.cn/2019-12/24/content_37530243.htm',
  },
  {
    id: 'test-jiading-2019-report',
    kind: 'REFERENCE',
    title: 'What Jiading government has done in 2019',
    publisher: 'Jiading District government',
    published: '2020',
  },
  {
    id: 'test-hangzhou-wenzhou-hsr-report',
    kind: 'REFERENCE',
    title: 'Hangzhou-Wenzhou high-speed railway begins operations',
    publisher: "Xinhua (People's Daily Online)",
    published: '2024-09-06',
    url: 'http://en.people.cn/n3/2024/0906/c90000-20216270.html',
  },
];

function event(
  id: string,
  name: string,
  attributes: object,
  source: string,
  note: string,
  involves: string[],
) {
  const evidence = [{ kind: 'CITED', source, note }];
  return {
    entity: { id, kind: 'EVENT', name, attributes, evidence },
    links: involves.map((to) => ({ type: 'INVOLVES', from: id, to, evidence })),
  };
}

const EVENTS = [
  event(
    'event:test-jiading-park-opened',
    'Wenzhou (Jiading) Science and Technology Innovation Park opens',
    { date: '2019-12-16', eventType: 'OPENED', areaSquareMetres: 9610, firms: 21 },
    'test-jiading-park-report',
    'The district reports the park opened with about 9,610 m² and the labs or R&D units of 21 Wenzhou firms.',
    ['park:wenzhou-jiading-sti-park', 'district:jiading', 'city:wenzhou'],
  ),
  event(
    'event:test-jiading-wenzhou-ties',
    'Jiading and Wenzhou form collaborative ties',
    { date: '2019', eventType: 'SIGNED' },
    'test-jiading-2019-report',
    "Jiading's review of 2019 lists Wenzhou among the cities it formed collaborative ties with.",
    ['district:jiading', 'city:wenzhou'],
  ),
  event(
    'event:test-hangzhou-wenzhou-hsr-opened',
    'Hangzhou–Wenzhou high-speed railway begins operations',
    { date: '2024-09-06', eventType: 'OPENED', lengthKm: 276 },
    'test-hangzhou-wenzhou-hsr-report',
    'Xinhua reports the 276 km line between Hangzhou and Wenzhou began carrying passengers.',
    ['city:hangzhou', 'city:wenzhou'],
  ),
];

export async function bundledDatasetWithEvents(): Promise<Dataset> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-bundled-events-'));
  await cp(path.resolve('seed/wenzhou-yrd'), directory, { recursive: true });
  // dataset.yaml ends with its `sources` list: the reports join it.
  await appendFile(
    path.join(directory, 'dataset.yaml'),
    stringify(REPORTS)
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n'),
  );
  await writeFile(
    path.join(directory, 'events.yaml'),
    stringify({
      entities: EVENTS.map((item) => item.entity),
      relationships: EVENTS.flatMap((item) => item.links),
    }),
  );
  return loadDataset(directory);
}
