import { requestGraphQL } from './graphql-client.js';
import { CAPABILITIES_QUERY } from './queries.js';

/** Which optional parts of the API the running server has (some are newer than others). */
export interface Capabilities {
  /** `time` on `neighborhood` and `shortestPath`. */
  timeFilter: boolean;
  /** `Query.paths` (every shortest path). */
  paths: boolean;
  /** `Query.analytics`. */
  analytics: boolean;
  /** `Query.graph` with `Subgraph.export`. */
  export: boolean;
}

interface IntrospectionAnswer {
  __schema: { queryType: { fields: { name: string; args: { name: string }[] }[] } };
  subgraph: { fields: { name: string }[] } | null;
}

/**
 * Asks the server's schema what it offers. When introspection is off (production), every feature is
 * assumed and a missing one shows its error where it is used.
 */
export async function detectCapabilities(): Promise<Capabilities> {
  try {
    const answer = await requestGraphQL<IntrospectionAnswer>(CAPABILITIES_QUERY);
    const fields = new Map(answer.__schema.queryType.fields.map((field) => [field.name, field]));
    const hasArg = (field: string, arg: string) =>
      fields.get(field)?.args.some((candidate) => candidate.name === arg) ?? false;
    return {
      timeFilter: hasArg('neighborhood', 'time') && hasArg('shortestPath', 'time'),
      paths: fields.has('paths'),
      analytics: fields.has('analytics'),
      export:
        fields.has('graph') && (answer.subgraph?.fields.some((field) => field.name === 'export') ?? false),
    };
  } catch {
    return { timeFilter: true, paths: true, analytics: true, export: true };
  }
}
