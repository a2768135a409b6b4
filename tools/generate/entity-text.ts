import {
  ENTITY_KINDS,
  KIND_ID_PREFIX,
  PLACE_KINDS,
  type EntityAttributes,
  type EntityKind,
  type EventType,
} from '../../src/model/index.js';
import { mix32 } from './create-prng.js';

/**
 * The words of a generated entity, derived from (seed, index) alone, so they can be produced while
 * writing without keeping a million strings in memory. Text is ASCII, so JSON string syntax is valid
 * YAML double-quoted syntax.
 */
export interface EntityText {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string;
  attributes: EntityAttributes;
  /** The sentence of the entity's chapter that states it (a PRIMARY quote). */
  sentence: string;
  /** For places: the curated sentence about its coordinates (a CURATED quote). */
  curatedSentence: string | null;
}

const SYLLABLES = [
  'an',
  'bai',
  'bei',
  'chang',
  'cheng',
  'dong',
  'feng',
  'fu',
  'gao',
  'hai',
  'he',
  'hua',
  'jia',
  'jiang',
  'jin',
  'kang',
  'lan',
  'li',
  'lin',
  'long',
  'nan',
  'ning',
  'ping',
  'qing',
  'rui',
  'shan',
  'shang',
  'tai',
  'tian',
  'wen',
  'xi',
  'xin',
  'ya',
  'yang',
  'yong',
  'yu',
  'yuan',
  'ze',
  'zhou',
  'zhu',
] as const;

/** The name stems of generated entities: what a search benchmark can look for. */
export const NAME_SYLLABLES: readonly string[] = SYLLABLES;

const PROVINCES = ['Zhejiang', 'Jiangsu', 'Anhui', 'Shanghai'] as const;
const SUFFIXES: Partial<Record<EntityKind, readonly string[]>> = {
  REGION: ['Economic Zone', 'Metropolitan Area', 'Urban Agglomeration'],
  PARK: ['Hi-Tech Park', 'Innovation Zone', 'Industrial Park', 'Science Enclave'],
  INITIATIVE: ['Talent Programme', 'Innovation Platform', 'Cooperation Mechanism', 'Service Project'],
  INDUSTRY: [
    'Smart Equipment Cluster',
    'Biomedicine Cluster',
    'Digital Economy Cluster',
    'New Materials Cluster',
  ],
  INFRASTRUCTURE: ['Hub Airport', 'Port', 'Rail Hub', 'Logistics Centre'],
  ORGANIZATION: ['Development Commission', 'Industry Alliance', 'Research Institute', 'Chamber of Commerce'],
  GOAL: ['Central City Goal', 'Innovation Hub Goal', 'Gateway Goal'],
  EVENT: ['Park Opening', 'Agreement Signing', 'Fund Launch', 'Summit'],
};
const EVENT_TYPES_BY_SUFFIX: Readonly<Record<string, EventType>> = {
  'Park Opening': 'OPENED',
  'Agreement Signing': 'SIGNED',
  'Fund Launch': 'LAUNCHED',
  Summit: 'HELD',
};
// A kind's id prefix doubles as the plain noun the generated sentences use for it.
const NOUNS = KIND_ID_PREFIX;
const TASK_TOPICS = [
  'Industrial collaboration',
  'Enhance energy levels',
  'Interconnected infrastructure',
  'Regional cooperation',
  'Innovation and talent',
  'Open platforms',
  'Green development',
  'Shared public services',
];
// The kinds that carry a province and coordinates (src/model's ATTRIBUTE_CARRIERS).
const PLACES = new Set<EntityKind>(PLACE_KINDS);

/** The text of entity `index` of kind `kindIndex` (see ENTITY_KINDS) in a graph generated with `seed`. */
export function entityText(seed: number, index: number, kindIndex: number): EntityText {
  const kind = ENTITY_KINDS[kindIndex]!;
  const h = mix32(seed, index);
  const syllable = (shift: number) => SYLLABLES[(h >>> shift) % SYLLABLES.length]!;
  const stem = capitalise(syllable(0) + syllable(7) + ((h & 0x3) === 0 ? syllable(14) : ''));
  const pick = (items: readonly string[]) => items[(h >>> 21) % items.length]!;
  const year = 2020 + ((h >>> 9) % 16);
  let name: string;
  switch (kind) {
    case 'CITY':
      name = stem;
      break;
    case 'DISTRICT':
      name = `${stem} District`;
      break;
    case 'PLAN':
      name = `${stem} Integration Action Plan`;
      break;
    case 'TASK':
      name = `Task ${(index % 8) + 1}: ${TASK_TOPICS[index % 8]} for ${stem}`;
      break;
    case 'MILESTONE':
      name = `${stem} ${year} Milestone`;
      break;
    case 'FUND':
      name = `${stem} Industry Fund`;
      break;
    case 'UNIVERSITY':
      name = `${stem} University`;
      break;
    case 'PERSON':
      name = `${capitalise(syllable(0))} ${capitalise(syllable(7) + syllable(14))}`;
      break;
    default:
      name = `${stem} ${pick(SUFFIXES[kind]!)}`;
  }
  const id = `${KIND_ID_PREFIX[kind]}:${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${index}`;
  const aliases = kind === 'CITY' ? [`${stem} City`] : (h & 0x10) === 0 ? [stem] : [];
  const province = PROVINCES[(h >>> 3) % PROVINCES.length]!;
  const attributes: EntityAttributes = {};
  let curatedSentence: string | null = null;
  if (PLACES.has(kind)) {
    attributes.province = province;
    attributes.latitude = 27 + ((h >>> 4) % 600) / 100;
    attributes.longitude = 117 + ((h >>> 13) % 600) / 100;
    curatedSentence = `${name} lies at ${attributes.latitude}, ${attributes.longitude} in ${province}.`;
  }
  if (kind === 'TASK') attributes.number = (index % 8) + 1;
  if (kind === 'MILESTONE') attributes.year = year;
  if (kind === 'PERSON') attributes.title = `Director of the ${stem} Commission`;
  if (kind === 'EVENT') {
    // Events carry a date at a report's precision and cite a report (the CITED record an EVENT needs).
    attributes.date =
      (h & 0x20) === 0 ? `${year}` : `${year}-${String(1 + ((h >>> 5) % 12)).padStart(2, '0')}`;
    attributes.eventType = EVENT_TYPES_BY_SUFFIX[pick(SUFFIXES.EVENT!)]!;
    attributes.firms = (h >>> 11) % 40;
    curatedSentence = `${name} was reported in ${attributes.date}.`;
  }
  return {
    id,
    kind,
    name,
    aliases,
    description: `A generated ${NOUNS[kind]} of the ${province} part of the delta, entity ${index}.`,
    attributes,
    sentence: `${name} is named as a ${NOUNS[kind]} of the integrated development of the delta.`,
    curatedSentence,
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
