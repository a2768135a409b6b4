import type { GeneratedEntity, GeneratedRelationship } from './yaml-records.js';

/**
 * One generated record as a line of JSON Lines (docs/dataset-format.md): the fields of the YAML
 * record, in the same order, with empty aliases, attributes and properties left out as YAML leaves
 * them out.
 */

export function entityJsonLine(entity: GeneratedEntity): string {
  return `${JSON.stringify({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    ...(entity.aliases.length > 0 ? { aliases: entity.aliases } : {}),
    description: entity.description,
    ...(Object.keys(entity.attributes).length > 0 ? { attributes: entity.attributes } : {}),
    evidence: entity.evidence,
  })}\n`;
}

export function relationshipJsonLine(relationship: GeneratedRelationship): string {
  return `${JSON.stringify({
    type: relationship.type,
    from: relationship.from,
    to: relationship.to,
    ...(Object.keys(relationship.properties).length > 0 ? { properties: relationship.properties } : {}),
    evidence: relationship.evidence,
  })}\n`;
}
