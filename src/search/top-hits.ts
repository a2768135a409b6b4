import { compareHits } from './score-entity.js';

type Hit = { score: number; entity: { name: string; id: string } };

/**
 * The `first` best hits in `compareHits` order, keeping only that many while scanning: a common word
 * can match tens of thousands of entities, and sorting them all to return ten was most of a search.
 */
export class TopHits<T extends Hit> {
  private readonly best: T[] = [];

  constructor(private readonly first: number) {}

  offer(hit: T): void {
    const { best, first } = this;
    if (first <= 0) return;
    if (best.length === first && compareHits(hit, best[first - 1]!) >= 0) return;
    let position = best.length;
    while (position > 0 && compareHits(hit, best[position - 1]!) < 0) position--;
    best.splice(position, 0, hit);
    if (best.length > first) best.pop();
  }

  /** Best first. */
  toArray(): T[] {
    return [...this.best];
  }
}
