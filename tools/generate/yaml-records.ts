import type { EntityAttributes, RelationshipProperties } from '../../src/model/index.js';

/**
 * YAML text of one generated record, in the layout of docs/dataset-format.md. Strings are written
 * with JSON syntax, which is valid YAML double-quoted syntax for the ASCII text the generator makes.
 */

/** A generated evidence record: its keys are written in this order. */
export type YamlEvidence = Readonly<Record<string, string | number>>;

const q = (text: string): string => JSON.stringify(text);

/** A generated entity, ready to be written in either format. */
export interface GeneratedEntity {
  id: string;
  kind: string;
  name: string;
  aliases: readonly string[];
  description: string;
  attributes: EntityAttributes;
  evidence: readonly YamlEvidence[];
}

/** A generated relationship, ready to be written in either format. */
export interface GeneratedRelationship {
  type: string;
  from: string;
  to: string;
  properties: RelationshipProperties;
  evidence: readonly YamlEvidence[];
}

export function entityYaml(entity: GeneratedEntity): string {
  let text = `  - id: ${entity.id}\n    kind: ${entity.kind}\n    name: ${q(entity.name)}\n`;
  if (entity.aliases.length > 0) text += `    aliases: [${entity.aliases.map(q).join(', ')}]\n`;
  text += `    description: ${q(entity.description)}\n`;
  text += fieldsYaml('attributes', entity.attributes as Record<string, unknown>);
  return text + evidenceYaml(entity.evidence);
}

export function relationshipYaml(relationship: GeneratedRelationship): string {
  const text = `  - type: ${relationship.type}\n    from: ${relationship.from}\n    to: ${relationship.to}\n`;
  return (
    text +
    fieldsYaml('properties', relationship.properties as Record<string, unknown>) +
    evidenceYaml(relationship.evidence)
  );
}

function fieldsYaml(name: string, fields: Record<string, unknown>): string {
  const keys = Object.keys(fields);
  if (keys.length === 0) return '';
  return `    ${name}:\n${keys.map((key) => `      ${key}: ${q(fields[key] as string)}\n`).join('')}`;
}

function evidenceYaml(evidence: readonly YamlEvidence[]): string {
  return `    evidence:\n${evidence
    .map((item) =>
      Object.entries(item)
        .map(
          ([key, value], index) => `${index === 0 ? '      - ' : '        '}${key}: ${q(value as string)}\n`,
        )
        .join(''),
    )
    .join('')}`;
}
