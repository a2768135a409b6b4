import { RELATIONSHIP_TYPES } from '../model/index.js';

/**
 * The longest text each field of a written record may hold, in characters (code points: `𠀀` is one,
 * as search text is counted), on every way in: the dataset loader, `importDataset` and the other
 * mutations. Each is several times the longest the bundled dataset has (in brackets), so no real
 * record comes near it. A record is written once and then read by every query, export and search;
 * and an id is a key of Neo4j's range indexes, which refuse a value of about 8 kB where the embedded
 * store keeps it, so a relationship between two 5,000-character ids (whose id is both) would be kept
 * by one store and fail on the other. docs/limits.md lists them.
 */
export const WRITE_LIMITS = {
  /** An entity id, `city:wenzhou` (63). A relationship id is two of them around its type. */
  entityId: 120,
  /** A source id, what evidence names in `source` (46). */
  sourceId: 120,
  /** An entity's name (120). */
  name: 300,
  /** Each of an entity's aliases (96). */
  alias: 300,
  /** An entity's description (320). */
  description: 2000,
  /** An attribute's text: a province, a person's title (57). */
  attributeText: 200,
  /** The part of a source evidence names, `Task Three` (12). */
  section: 200,
  /** A QUOTED record's quote, a clause of its source (405). */
  quote: 2000,
  /** The words of a quote that name an entity (`mentions`) (127). */
  mention: 300,
  /** A CITED record's note, in our own words (301). */
  note: 1000,
  /** An INFERRED record's rationale, one line saying why (232). */
  rationale: 1000,
  /** Why an entity or relationship is retracted (`reason`). */
  reason: 1000,
  /** A source's title (201), publisher (140) and URL (180), in dataset.yaml. */
  sourceTitle: 1000,
  sourcePublisher: 500,
  sourceUrl: 2000,
  /**
   * A PRIMARY source's whole text, the file dataset.yaml names (11,346; a chapter `npm run generate`
   * writes is about 33,000). `Source.text` returns it whole, so the query cost prices it at this
   * length (docs/limits.md).
   */
  sourceText: 1_000_000,
} as const;

/**
 * The most items each list of a written record may hold, again several times the most the bundled
 * dataset has (in brackets). Why: every read of a record carries all of its lists (a relationship's
 * evidence is always whole), so one record with a hundred thousand aliases or evidence items would
 * weigh on every page, export and search that shows it. docs/limits.md lists them.
 */
export const WRITE_LIST_LIMITS = {
  /** An entity's aliases (4). */
  aliases: 50,
  /** A record's evidence items (5). */
  evidence: 50,
  /** The facts an INFERRED item's `basis` names (4). */
  basis: 50,
  /** The entities a quote's `mentions` names (2). */
  mentions: 50,
} as const;

/**
 * The longest relationship id: two entity ids around the longest type (`-[TYPE]->`) and a `#n`
 * suffix of up to six digits. A derived id always fits, so this only bounds an explicit one (and the
 * ids `basis` names).
 */
export const MAX_RELATIONSHIP_ID_LENGTH =
  2 * WRITE_LIMITS.entityId +
  Math.max(...RELATIONSHIP_TYPES.map((type) => type.length)) +
  '-[]->#999999'.length;
