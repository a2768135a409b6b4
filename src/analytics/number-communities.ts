/**
 * Renumbers a partition so community ids say something: 0 is the largest community, then 1, 2 …
 * by decreasing size, ties broken by the smallest member id. Returns the new id of every node.
 */
export function numberCommunities(partition: Readonly<Record<string, number>>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(partition)) {
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const groups = [...members.values()].map((ids) => ({ ids, smallest: ids.reduce(minId) }));
  groups.sort((a, b) => b.ids.length - a.ids.length || compareIds(a.smallest, b.smallest));
  const numbered = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const id of group.ids) numbered.set(id, index);
  });
  return numbered;
}

function minId(a: string, b: string): string {
  return compareIds(a, b) <= 0 ? a : b;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
