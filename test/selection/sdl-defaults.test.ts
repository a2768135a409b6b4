import { isInputObjectType, isObjectType, valueFromASTUntyped, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema.js';
import { DEFAULTS } from '../../src/selection/index.js';

/**
 * Which entry of the selection's DEFAULTS each SDL default stands for: by coordinate
 * (`Query.neighborhood(depth:)`, `GraphSelection.limit`) first, then by argument name for the
 * arguments every connection shares.
 */
const BY_COORDINATE: Record<string, keyof typeof DEFAULTS> = {
  'Query.search(first:)': 'searchResults',
  'Query.neighborhood(depth:)': 'neighborhoodDepth',
  'Query.neighborhood(limit:)': 'neighborhoodNodes',
  'Query.network(depth:)': 'neighborhoodDepth',
  'Query.network(limit:)': 'neighborhoodNodes',
  'Query.network(relationshipTypes:)': 'networkRelationshipTypes',
  'Query.shortestPath(maxHops:)': 'pathHops',
  'Query.paths(maxHops:)': 'pathHops',
  'Query.paths(first:)': 'paths',
  'Query.paths(mode:)': 'pathMode',
  'GraphSelection.depth': 'selectionDepth',
  'GraphSelection.limit': 'selectionNodes',
  'Analytics.metrics(first:)': 'metrics',
  'Analytics.metrics(orderBy:)': 'metricOrder',
  'GraphSummary.mostConnected(first:)': 'mostConnected',
  'Evidence.context(chars:)': 'contextChars',
};
const BY_ARGUMENT: Record<string, keyof typeof DEFAULTS> = {
  first: 'pageSize',
  direction: 'direction',
};

/** Every default value the SDL states, by coordinate, as plain JSON values. */
function sdlDefaults(schema: GraphQLSchema): Map<string, { argument: string; value: unknown }> {
  const defaults = new Map<string, { argument: string; value: unknown }>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args) {
          if (argument.astNode?.defaultValue) {
            defaults.set(`${type.name}.${field.name}(${argument.name}:)`, {
              argument: argument.name,
              value: valueFromASTUntyped(argument.astNode.defaultValue),
            });
          }
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.astNode?.defaultValue) {
          defaults.set(`${type.name}.${field.name}`, {
            argument: field.name,
            value: valueFromASTUntyped(field.astNode.defaultValue),
          });
        }
      }
    }
  }
  return defaults;
}

describe('argument defaults', () => {
  const defaults = sdlDefaults(createSchema());

  it('finds the SDL defaults (the reader works)', () => {
    expect(defaults.get('Query.neighborhood(depth:)')?.value).toBe(1);
    expect(defaults.size).toBeGreaterThan(Object.keys(BY_COORDINATE).length);
  });

  it('every SDL default equals the selection table’s (src/selection/argument-defaults.ts)', () => {
    const mismatches: string[] = [];
    for (const [coordinate, { argument, value }] of defaults) {
      const key = BY_COORDINATE[coordinate] ?? BY_ARGUMENT[argument];
      if (key === undefined) {
        mismatches.push(`${coordinate} = ${JSON.stringify(value)} has no entry in DEFAULTS (add one)`);
      } else if (JSON.stringify(DEFAULTS[key]) !== JSON.stringify(value)) {
        mismatches.push(
          `${coordinate} = ${JSON.stringify(value)}, DEFAULTS.${key} = ${JSON.stringify(DEFAULTS[key])}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('every entry of the table is a default the SDL states', () => {
    const used = new Set(
      [...defaults].map(([coordinate, { argument }]) => BY_COORDINATE[coordinate] ?? BY_ARGUMENT[argument]),
    );
    expect(Object.keys(DEFAULTS).filter((key) => !used.has(key as keyof typeof DEFAULTS))).toEqual([]);
  });

  it('names only coordinates the SDL has', () => {
    expect(Object.keys(BY_COORDINATE).filter((coordinate) => !defaults.has(coordinate))).toEqual([]);
  });
});
