import { randomUUID } from 'node:crypto';
import { requireRole } from '../../auth/index.js';
import {
  claimId,
  DatasetError,
  entityLabel,
  recordsOfYamlText,
  relationshipLabel,
} from '../../dataset/index.js';
import { entitiesFileSchema, relationshipsFileSchema } from '../../dataset/dataset-schema.js';
import { parseWithSchema } from '../../dataset/parse-with-schema.js';
import type { RecordPosition } from '../../dataset/record-position.js';
import { BadInputError } from '../../errors.js';
import type {
  ChangeAction,
  EntityRecord,
  EvidenceRecord,
  RelationshipRecord,
  WriteBatch,
  WriteOperation,
} from '../../model/index.js';
import { deriveRelationshipId, PLAN_ATTRIBUTE_KEYS, RELATIONSHIP_PROPERTY_KEYS } from '../../model/index.js';
import {
  entitySchema,
  evidenceSchema,
  firstIssue,
  reasonSchema,
  relationshipSchema,
  toEvidenceRecord,
} from '../../validation/index.js';
import type { GraphQLContext } from '../context.js';
import { connectionOf, ownCursor, pageRequest } from '../connection.js';
import { WRITE_NAMES } from './write-names.js';
import type {
  EntityInput,
  EvidenceInput,
  RelationshipInput,
  Resolvers,
} from '../generated/resolvers-types.js';

/** A change id: its batch's time and suffix, `#`, its place in the batch (src/store/common/change-record.ts). */
const CHANGE_ID = /^\d{4}-\d{2}-\d{2}T[^#]*#\d+(?:\.\d+)?$/;

/** Records a bulk import may carry in one transaction. */
const MAX_IMPORT_RECORDS = 5000;

/** Checks the caller is a curator, then writes the operations as one batch. */
async function write(context: GraphQLContext, what: string, operations: WriteOperation[]) {
  const principal = requireRole(context.authentication, 'curator', what);
  const at = new Date().toISOString();
  const batch: WriteBatch = {
    id: `${at}-${randomUUID().slice(0, 8)}`,
    at,
    actor: principal.name,
    operations,
  };
  const changes = await context.store.write(batch);
  // Later reads in this request must see the write, not what the loaders cached before it.
  context.loaders.entity.clearAll();
  context.loaders.relationship.clearAll();
  context.loaders.relationshipsOf.clearAll();
  context.loaders.degree.clearAll();
  context.loaders.otherEnds.clear();
  return { changes };
}

function entityFromInput(input: EntityInput): EntityRecord {
  const attributes: EntityRecord['attributes'] = {};
  for (const key of PLAN_ATTRIBUTE_KEYS) {
    const value = input[key];
    if (value !== null && value !== undefined) (attributes as Record<string, unknown>)[key] = value;
  }
  return {
    id: input.id,
    kind: input.kind,
    name: input.name,
    aliases: input.aliases ?? [],
    description: input.description ?? null,
    ...(input.status ? { status: input.status } : {}),
    attributes,
    evidence: input.evidence.map((item, index) => evidenceFromInput(item, `entity.evidence[${index}]`)),
  };
}

function relationshipFromInput(input: RelationshipInput): RelationshipRecord {
  const properties: RelationshipRecord['properties'] = {};
  for (const key of RELATIONSHIP_PROPERTY_KEYS) {
    const value = input[key];
    if (value !== null && value !== undefined) (properties as Record<string, unknown>)[key] = value;
  }
  return {
    id: input.id ?? deriveRelationshipId(input.from, input.type, input.to),
    type: input.type,
    from: input.from,
    to: input.to,
    properties,
    evidence: input.evidence.map((item, index) => evidenceFromInput(item, `relationship.evidence[${index}]`)),
  };
}

/**
 * An evidence input as a record: the fields given, in the stores' form when they make a valid record
 * (so the same write twice compares equal). An invalid one is passed on as given, for the store's
 * validation (src/validation, the loader's schema) to refuse with the field it names.
 */
function evidenceFromInput(input: EvidenceInput, field: string): EvidenceRecord {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input))
    if (value !== null && value !== undefined) raw[key] = value;
  if (input.mentions) {
    // A record keeps one set of words per entity; a second would silently replace the first.
    const named = new Set<string>();
    for (const { entityId } of input.mentions) {
      if (named.has(entityId)) {
        throw new BadInputError(
          `\`${field}.mentions\` names "${entityId.slice(0, 120)}" twice: give each entity once, with the words that name it.`,
          `${field}.mentions`,
        );
      }
      named.add(entityId);
    }
    raw['mentions'] = Object.fromEntries(input.mentions.map((mention) => [mention.entityId, mention.text]));
  }
  const parsed = evidenceSchema.safeParse(raw);
  return parsed.success ? toEvidenceRecord(parsed.data) : (raw as unknown as EvidenceRecord);
}

/**
 * A reason is kept in the history as given, so it is held to what a record's text is (reasonSchema):
 * something to read, text a store can keep, of a bounded length.
 */
function assertReason(reason: string, what: 'entity' | 'relationship'): void {
  // The likely slip, told with what the reason is for.
  if (reason.trim() === '')
    throw new BadInputError(`\`reason\` must say why the ${what} is retracted.`, 'reason');
  const result = reasonSchema.safeParse(reason);
  if (!result.success) throw new BadInputError(`\`reason\` ${firstIssue(result.error).message}.`, 'reason');
}

/** Where an imported record came from: what an error about it names. */
interface ImportedRecord<T> {
  record: T;
  label: string;
}

/**
 * The records of one YAML file of the dataset format, checked with the loader's schema (src/validation)
 * and, as the loader does, refused when a record repeats an earlier one's id (which would replace it
 * without a word). An error names the file, the line and the record, as the loader's do.
 */
function recordsFromYaml<T extends { id: string }>(
  text: string | null | undefined,
  kind: 'entities' | 'relationships',
  toRecord: (raw: unknown, position: RecordPosition, label: string) => T,
  labelOf: (record: T) => string,
): ImportedRecord<T>[] {
  if (text === null || text === undefined) return [];
  const file = `${kind}.yaml`;
  return asBadInput(kind, () => {
    const raws =
      kind === 'entities'
        ? recordsOfYamlText(text, file, 'entities', entitiesFileSchema)
        : recordsOfYamlText(text, file, 'relationships', relationshipsFileSchema);
    if (raws.length > MAX_IMPORT_RECORDS) {
      throw new BadInputError(
        `\`${kind}\` holds ${raws.length} records; import at most ${MAX_IMPORT_RECORDS} at a time.`,
        kind,
      );
    }
    const ids = new Set<string>();
    return raws.map(({ raw, position }) => {
      const where = position.line === null ? file : `${file}:${position.line}`;
      const record = toRecord(
        raw,
        position,
        (kind === 'entities' ? entityLabel : relationshipLabel)(raw, position.index),
      );
      claimId(ids, record.id, kind === 'entities' ? 'entity' : 'relationship', position, labelOf(record));
      return { record, label: `${where}: ${labelOf(record)}` };
    });
  });
}

/** Runs `work`, turning a DatasetError (which names file, line, record and field) into BAD_USER_INPUT. */
function asBadInput<T>(argument: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DatasetError) throw new BadInputError(error.message, argument);
    throw error;
  }
}

/**
 * Writes an import's operations; a refusal of operation i (the store names \`operations[i]…\`) is
 * told against the file, line and record it came from.
 */
async function writeImport(context: GraphQLContext, operations: WriteOperation[], labels: string[]) {
  try {
    return await write(context, WRITE_NAMES.importDataset, operations);
  } catch (error) {
    const field = error instanceof BadInputError ? error.extensions['argument'] : undefined;
    const match = typeof field === 'string' ? /^operations\[(\d+)\]/.exec(field) : null;
    // A batch of one operation names no index.
    const index = match ? Number(match[1]) : labels.length === 1 ? 0 : -1;
    const label = labels[index];
    if (!(error instanceof BadInputError) || label === undefined) throw error;
    const argument = label.startsWith('entities') ? 'entities' : 'relationships';
    // The label names the record; the field is told within it, as the loader tells it.
    const message = error.message.replace(/`(?:operations\[\d+\]\.)?(?:entity|relationship)\./, '`');
    throw new BadInputError(`${label}: ${message}`, argument);
  }
}

export const curationResolvers: Resolvers = {
  Mutation: {
    upsertEntity: (_root, { entity }, context) =>
      write(context, WRITE_NAMES.upsertEntity, [
        { action: 'UPSERT_ENTITY', entity: entityFromInput(entity) },
      ]),

    upsertRelationship: (_root, { relationship }, context) =>
      write(context, WRITE_NAMES.upsertRelationship, [
        { action: 'UPSERT_RELATIONSHIP', relationship: relationshipFromInput(relationship) },
      ]),

    retractEntity: (_root, { id, reason }, context) => {
      assertReason(reason, 'entity');
      return write(context, WRITE_NAMES.retractEntity, [{ action: 'RETRACT_ENTITY', id, reason }]);
    },

    retractRelationship: (_root, { id, reason }, context) => {
      assertReason(reason, 'relationship');
      return write(context, WRITE_NAMES.retractRelationship, [
        { action: 'RETRACT_RELATIONSHIP', id, reason },
      ]);
    },

    importDataset: (_root, args, context) => {
      requireRole(context.authentication, 'curator', WRITE_NAMES.importDataset);
      const entities = recordsFromYaml(
        args.entities,
        'entities',
        (raw, position, label) => {
          const data = parseWithSchema(entitySchema, raw, position, label);
          const entity: EntityRecord = {
            id: data.id,
            kind: data.kind,
            name: data.name,
            aliases: data.aliases,
            description: data.description ?? null,
            ...(data.status ? { status: data.status } : {}),
            attributes: data.attributes,
            evidence: data.evidence.map(toEvidenceRecord),
          };
          return entity;
        },
        (entity) => `entity "${entity.id}"`,
      );
      const relationships = recordsFromYaml(
        args.relationships,
        'relationships',
        (raw, position, label) => {
          const data = parseWithSchema(relationshipSchema, raw, position, label);
          const relationship: RelationshipRecord = {
            id: data.id ?? deriveRelationshipId(data.from, data.type, data.to),
            type: data.type,
            from: data.from,
            to: data.to,
            properties: data.properties,
            evidence: data.evidence.map(toEvidenceRecord),
          };
          return relationship;
        },
        (relationship) => `relationship "${relationship.id}"`,
      );
      if (entities.length + relationships.length === 0) {
        throw new BadInputError('Nothing to import: give `entities`, `relationships` or both.', 'entities');
      }
      return writeImport(
        context,
        [
          ...entities.map(({ record }): WriteOperation => ({ action: 'UPSERT_ENTITY', entity: record })),
          ...relationships.map(({ record }): WriteOperation => ({
            action: 'UPSERT_RELATIONSHIP',
            relationship: record,
          })),
        ],
        [...entities, ...relationships].map(({ label }) => label),
      );
    },
  },

  Query: {
    history: async (_root, args, { store }) => {
      const request = ownCursor(pageRequest(args.first, args.after), 'history', (key) => CHANGE_ID.test(key));
      return connectionOf(await store.history({ targetId: args.targetId ?? null }, request), request);
    },
  },

  WriteResult: {
    changed: (result) => result.changes.length > 0,
    nodes: async (result, _args, { store }) => {
      const upserted = (action: ChangeAction) => [
        ...new Set(
          result.changes.filter((change) => change.action === action).map((change) => change.targetId),
        ),
      ];
      const entityIds = upserted('UPSERT_ENTITY');
      const relationshipIds = upserted('UPSERT_RELATIONSHIP');
      // From the store, not the request's loaders: they may hold the records as they were before.
      const records = await Promise.all([
        entityIds.length > 0 ? store.getEntities(entityIds) : [],
        relationshipIds.length > 0 ? store.getRelationships(relationshipIds) : [],
      ]);
      const byId = new Map(records.flat().flatMap((record) => (record ? [[record.id, record]] : [])));
      const order = result.changes.map((change) => change.targetId);
      return [...new Set(order)].flatMap((id) => byId.get(id) ?? []);
    },
  },
};
