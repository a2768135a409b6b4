/** The two media types a GraphQL response (and so an error body) may be sent in. */
export type ErrorMediaType = 'application/json' | 'application/graphql-response+json';

const OFFERED: readonly ErrorMediaType[] = ['application/json', 'application/graphql-response+json'];

/** How a client's `Accept` ranks one type: by its most exact range (the rule of RFC 9110 §12.5.1). */
interface Rank {
  type: ErrorMediaType;
  q: number;
  /** 2 for the type itself, 1 for `application/*`, 0 for `*\/*`. */
  exactness: number;
  /** The range's place in the header: earlier wins a tie. */
  position: number;
}

/**
 * The media type an error body is sent in, for the request's `Accept` header, negotiated as Express's
 * `request.accepts` and Apollo negotiate (the `negotiator` rules: higher q, then the more exact range,
 * then the earlier range, then `application/json`); `application/json` when the client sends no
 * header or accepts neither. Apollo Client reads the errors of a 4xx only in
 * `application/graphql-response+json`, so a client that asks for it must get it.
 */
export function errorMediaType(accept: string | undefined): ErrorMediaType {
  if (!accept) return 'application/json';
  const ranges = accept.split(',').map((range, position) => {
    const [name = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const qParameter = parameters.find((parameter) => parameter.startsWith('q='));
    return { name, q: qParameter ? Number(qParameter.slice(2)) : 1, position };
  });
  const ranks = OFFERED.map((type): Rank | null => {
    let rank: Rank | null = null;
    for (const range of ranges) {
      const exactness =
        range.name === type ? 2 : range.name === 'application/*' ? 1 : range.name === '*/*' ? 0 : -1;
      if (exactness < 0) continue;
      if (!rank || exactness > rank.exactness || (exactness === rank.exactness && range.q > rank.q)) {
        rank = { type, q: range.q, exactness, position: range.position };
      }
    }
    return rank && rank.q > 0 ? rank : null;
  }).filter((rank): rank is Rank => rank !== null);
  ranks.sort((a, b) => b.q - a.q || b.exactness - a.exactness || a.position - b.position);
  return ranks[0]?.type ?? 'application/json';
}
