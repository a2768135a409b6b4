import { randomUUID } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { requireRole } from '../../auth/index.js';
import { entitySchema, relationshipSchema } from '../../dataset/dataset-schema.js';
import { BadInputError } from '../../errors.js';
import type { EntityRecord, RelationshipRecord, WriteBatch, WriteOperation } from '../../model/index.js';
import { deriveRelationshipId } from '../../model/index.js';
import type { GraphQLContext } from '../context.js';
import { connectionOf, pageRequest } from '../connection.js';
import type { EntityInput, RelationshipInput, Resolvers } from '../generated/resolvers-types.js';

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
  return { changes };
}

function entityFromInput(input: EntityInput): EntityRecord {
  const attributes: EntityRecord['attributes'] = {};
  for (const key of ['province', 'latitude', 'longitude', 'number', 'year', 'title'] as const) {
    const value = input[key];
    if (value !== null && value !== undefined) (attributes as Record<string, unknown>)[key] = value;
  }
  return {
    id: input.id,
    kind: input.kind,
    name: input.name,
    aliases: input.aliases ?? [],
    description: input.description ?? null,
    attributes,
    evidence: input.evidence.map((item) => ({
      quote: item.quote,
      section: item.section ?? null,
      source: item.source,
    })),
  };
}

function relationshipFromInput(input: RelationshipInput): RelationshipRecord {
  const properties: RelationshipRecord['properties'] = {};
  for (const key of ['hours', 'year', 'status', 'validFrom', 'validTo', 'announced'] as const) {
    const value = input[key];
    if (value !== null && value !== undefined) (properties as Record<string, unknown>)[key] = value;
  }
  return {
    id: input.id ?? deriveRelationshipId(input.from, input.type, input.to),
    type: input.type,
    from: input.from,
    to: input.to,
    properties,
    evidence: input.evidence.map((item) => ({
      quote: item.quote,
      section: item.section ?? null,
      source: item.source,
    })),
  };
}

/** Records of one YAML file of the dataset format, checked with the loader's schemas. */
function recordsFromYaml<T>(
  text: string | null | undefined,
  file: 'entities' | 'relationships',
  toRecord: (raw: unknown, label: string) => T,
): T[] {
  if (text === null || text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    throw new BadInputError(`\`${file}\` is not valid YAML: ${(error as Error).message}`, file);
  }
  const list = (parsed as Record<string, unknown> | null)?.[file];
  if (!Array.isArray(list))
    throw new BadInputError(`\`${file}\` must be YAML with a top-level \`${file}:\` list.`, file);
  if (list.length > MAX_IMPORT_RECORDS) {
    throw new BadInputError(
      `\`${file}\` holds ${list.length} records; import at most ${MAX_IMPORT_RECORDS} at a time.`,
      file,
    );
  }
  return list.map((raw, index) => toRecord(raw, `${file}[${index}]`));
}

function issueText(issues: { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0]!;
  return `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`;
}

export const curationResolvers: Resolvers = {
  Mutation: {
    upsertEntity: (_root, { entity }, context) =>
      write(context, 'Writing an entity', [{ action: 'UPSERT_ENTITY', entity: entityFromInput(entity) }]),

    upsertRelationship: (_root, { relationship }, context) =>
      write(context, 'Writing a relationship', [
        { action: 'UPSERT_RELATIONSHIP', relationship: relationshipFromInput(relationship) },
      ]),

    retractEntity: (_root, { id, reason }, context) => {
      if (reason.trim() === '')
        throw new BadInputError('`reason` must say why the entity is retracted.', 'reason');
      return write(context, 'Retracting an entity', [{ action: 'RETRACT_ENTITY', id, reason }]);
    },

    retractRelationship: (_root, { id, reason }, context) => {
      if (reason.trim() === '')
        throw new BadInputError('`reason` must say why the relationship is retracted.', 'reason');
      return write(context, 'Retracting a relationship', [{ action: 'RETRACT_RELATIONSHIP', id, reason }]);
    },

    importDataset: (_root, args, context) => {
      requireRole(context.authentication, 'curator', 'Importing a dataset');
      const entities = recordsFromYaml(args.entities, 'entities', (raw, label) => {
        const result = entitySchema.safeParse(raw);
        if (!result.success)
          throw new BadInputError(`\`${label}\`: ${issueText(result.error.issues)}`, 'entities');
        const { description, ...rest } = result.data;
        return {
          ...rest,
          description: description ?? null,
          evidence: rest.evidence.map((e) => ({ ...e, section: e.section ?? null })),
        };
      });
      const relationships = recordsFromYaml(args.relationships, 'relationships', (raw, label) => {
        const result = relationshipSchema.safeParse(raw);
        if (!result.success)
          throw new BadInputError(`\`${label}\`: ${issueText(result.error.issues)}`, 'relationships');
        const data = result.data;
        return {
          id: data.id ?? deriveRelationshipId(data.from, data.type, data.to),
          type: data.type,
          from: data.from,
          to: data.to,
          properties: data.properties,
          evidence: data.evidence.map((e) => ({ ...e, section: e.section ?? null })),
        };
      });
      if (entities.length + relationships.length === 0) {
        throw new BadInputError('Nothing to import: give `entities`, `relationships` or both.', 'entities');
      }
      return write(context, 'Importing a dataset', [
        ...entities.map((entity): WriteOperation => ({ action: 'UPSERT_ENTITY', entity })),
        ...relationships.map((relationship): WriteOperation => ({
          action: 'UPSERT_RELATIONSHIP',
          relationship,
        })),
      ]);
    },
  },

  Query: {
    history: async (_root, args, { store }) => {
      const request = pageRequest(args.first, args.after);
      return connectionOf(await store.history({ targetId: args.targetId ?? null }, request), request);
    },
  },

  WriteResult: {
    changed: (result) => result.changes.length > 0,
  },
};
