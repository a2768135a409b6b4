import type { MutationResolvers } from '../generated/resolvers-types.js';

/**
 * What each mutation is called in a refusal ("Writing an entity needs the curator role; …"): the
 * credentials plugin refuses a write in these words before it runs, and the resolvers check again.
 */
export const WRITE_NAMES: Readonly<Record<keyof MutationResolvers, string>> = {
  upsertEntity: 'Writing an entity',
  upsertRelationship: 'Writing a relationship',
  retractEntity: 'Retracting an entity',
  retractRelationship: 'Retracting a relationship',
  importDataset: 'Importing a dataset',
};

/** The name of a mutation field, or of writing in general for a field that is not a write. */
export function writeNameOf(field: string | undefined): string {
  return field !== undefined && Object.hasOwn(WRITE_NAMES, field)
    ? WRITE_NAMES[field as keyof MutationResolvers]
    : 'Writing to this graph';
}
