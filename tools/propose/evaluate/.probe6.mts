import { proposeDocument } from '../propose-document.js';
import { readCurated } from './read-curated.js';
import { scoreProposal } from './score-proposal.js';
const c = await readCurated(
  '../../../seed/wenzhou-yrd',
  'wenzhou-yrd-action-plan-2020',
  'sources/wenzhou-yrd-action-plan-2020.txt',
);
const p = proposeDocument(c.text);
const s = scoreProposal(p, c);
console.log(
  s.entitiesFound,
  s.entitiesTotal,
  s.entitiesFoundWithKind,
  s.relationshipsFound,
  s.relationshipsTotal,
);
console.log(s.missedEntities.join('\n'));
console.log('---');
console.log(s.missedRelationships.join('\n'));
const g = proposeDocument(c.text, { known: c.entities });
const t = scoreProposal(g, c);
console.log(
  'gaz',
  t.entitiesFound,
  t.entitiesTotal,
  t.relationshipsFound,
  t.relationshipsTotal,
  g.entities.length,
  g.relationships.length,
);
