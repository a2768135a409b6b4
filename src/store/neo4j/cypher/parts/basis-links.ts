/**
 * Fragments that keep the `(:BasisLink {dependent, basis})` nodes: one per record and id its INFERRED
 * evidence rests on, so "which records rest on X" is a seek on the `basis_link_basis` index. The
 * records themselves keep their basis as `evidenceBasis`, one space-joined string per evidence item,
 * which no index can look inside (a range index holds a list as one value; a text index holds only
 * strings). Every statement that writes or deletes a record keeps its links in the same statement.
 */

/**
 * Clauses that make the links of the row's record (`row.props.id`) exactly `row.basis` (its distinct
 * basis ids, see basisIdsOf): the old ones are deleted by the `basis_link_dependent` index and the new
 * ones created. For the statements that UNWIND upsert or import rows.
 */
export const REPLACE_ROW_BASIS_LINKS = `WITH *
CALL (row) {
  MATCH (old:BasisLink {dependent: row.props.id})
  DELETE old
}
FOREACH (basisId IN row.basis | CREATE (:BasisLink {dependent: row.props.id, basis: basisId}))`;

/** A unit subquery that deletes the links of the records whose ids the list expression `ids` holds. */
export function deleteBasisLinksOf(importing: string, ids: string): string {
  return `CALL (${importing}) {
  UNWIND ${ids} AS dependent
  MATCH (link:BasisLink {dependent: dependent})
  DELETE link
}`;
}
