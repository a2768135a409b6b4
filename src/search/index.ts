export { tokenize, normalizePhrase } from './tokenize.js';
export { TopHits } from './top-hits.js';
export { prepareQuery, scoreEntity, compareHits, compareText, type PreparedQuery } from './score-entity.js';
export { searchFieldsOf, codePointLength, type SearchFields } from './search-fields.js';
