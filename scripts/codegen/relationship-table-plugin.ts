import { readFileSync } from 'node:fs';
import { isEnumType, type GraphQLSchema } from 'graphql';
import { relationshipRulesMarkdown } from '../../src/model/relationship-rules.js';
import { valuesInSdlOrder } from './vocabulary-plugin.js';

/** The markers around the generated table in docs/dataset-format.md; the rest of the file is hand-written. */
const START =
  '<!-- relationship-types: written by `npm run codegen` from schema/relationship.graphql and src/model/relationship-rules.ts -->';
const END = '<!-- /relationship-types -->';

/**
 * A graphql-codegen plugin that rewrites the relationship-type table of `documentPath` between its
 * markers: each type of the schema's `RelationshipType`, with the kinds its row in
 * src/model/relationship-rules.ts lets it join and its description in the SDL as its meaning.
 */
export function relationshipTablePlugin(schema: GraphQLSchema, documentPath: string): string {
  const types = schema.getType('RelationshipType');
  if (!isEnumType(types)) throw new Error('The schema has no RelationshipType enum.');
  const values = valuesInSdlOrder(types);
  const meanings = Object.fromEntries(values.map((value) => [value.name, value.description ?? '']));
  const text = readFileSync(documentPath, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${documentPath} lacks the markers ${START} … ${END}.`);
  const table = relationshipRulesMarkdown(
    values.map((value) => value.name),
    meanings,
  );
  return `${text.slice(0, start)}${START}\n\n${table}\n\n${text.slice(end)}`;
}
