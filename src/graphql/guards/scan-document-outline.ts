import { Lexer, Source, syntaxError, TokenKind, type GraphQLError, type Token } from 'graphql';
import {
  addOutlineField,
  createDocumentOutline,
  createOutlineSet,
  type DocumentOutline,
  type OutlineDefinition,
  type OutlineSet,
} from './document-outline.js';

/**
 * What reading a query text gave:
 * - `outline`: the text is an executable document graphql-js parses, outlined for the limits;
 * - `tooManyTokens`: graphql-js's parser would stop at this token with this error;
 * - `undecided`: a syntax error, or type-system definitions (never executable); the parser decides
 *   what to answer, as it did before this pass existed.
 */
export type ScanResult =
  | { kind: 'outline'; outline: DocumentOutline }
  | { kind: 'tooManyTokens'; error: GraphQLError }
  | { kind: 'undecided' };

/** Thrown (one shared instance: no stack trace to build) where the parser would throw a syntax error. */
const UNDECIDED = new Error('not an executable document this pass reads');

/**
 * Reads a GraphQL document with graphql-js's lexer and builds only its outline (what the size limits
 * count), following graphql-js 16's parser rule by rule: it accepts what the parser accepts and
 * stops where the parser would, so the outline is the one `outlineDocument` gives for the parsed
 * document. No syntax tree is built, no location or token is kept: a 1,200-field document costs
 * about what lexing it costs, and leaves almost nothing for the garbage collector.
 *
 * Tokens are counted as graphql-js's parser counts them for `maxTokens`, so a document over the limit
 * gets the parser's own error.
 */
export function scanDocumentOutline(text: string, maxTokens: number): ScanResult {
  const source = new Source(text);
  const lexer = new Lexer(source);
  let tokens = 0;
  // The token past the limit, once there is one (an object: TypeScript does not track the closure's writes).
  const overLimit: { token: Token | null } = { token: null };

  function advance(): void {
    const token = lexer.advance();
    if (token.kind === TokenKind.EOF) return;
    tokens += 1;
    if (tokens > maxTokens) {
      overLimit.token = token;
      throw UNDECIDED;
    }
  }
  const peek = (kind: TokenKind): boolean => lexer.token.kind === kind;
  function expect(kind: TokenKind): Token {
    const token = lexer.token;
    if (token.kind !== kind) throw UNDECIDED;
    advance();
    return token;
  }
  function expectOptional(kind: TokenKind): boolean {
    if (!peek(kind)) return false;
    advance();
    return true;
  }
  function expectKeyword(value: string): void {
    if (!expectOptionalKeyword(value)) throw UNDECIDED;
  }
  function expectOptionalKeyword(value: string): boolean {
    if (lexer.token.kind !== TokenKind.NAME || lexer.token.value !== value) return false;
    advance();
    return true;
  }
  const name = (): string => expect(TokenKind.NAME).value;
  const peekDescription = (): boolean => peek(TokenKind.STRING) || peek(TokenKind.BLOCK_STRING);
  /** `many` and `optionalMany` of the parser: one item or more between the brackets. */
  function many(open: TokenKind, item: () => void, close: TokenKind): void {
    expect(open);
    do item();
    while (!expectOptional(close));
  }
  /** `any` of the parser: zero items or more between the brackets. */
  function any(open: TokenKind, item: () => void, close: TokenKind): void {
    expect(open);
    while (!expectOptional(close)) item();
  }

  function definition(): OutlineDefinition {
    if (peek(TokenKind.BRACE_L)) return operation();
    const hasDescription = peekDescription();
    const keyword = hasDescription ? lexer.lookahead() : lexer.token;
    if (keyword.kind === TokenKind.NAME) {
      if (keyword.value === 'query' || keyword.value === 'mutation' || keyword.value === 'subscription') {
        return operation();
      }
      if (keyword.value === 'fragment') return fragmentDefinition();
    }
    // Type-system definitions and extensions (`{` after a description is a syntax error), or a syntax error.
    throw UNDECIDED;
  }

  function operation(): OutlineDefinition {
    if (peek(TokenKind.BRACE_L)) return { kind: 'operation', name: '', directives: 0, set: selectionSet() };
    description();
    const type = name();
    if (type !== 'query' && type !== 'mutation' && type !== 'subscription') throw UNDECIDED;
    if (peek(TokenKind.NAME)) name();
    if (peek(TokenKind.PAREN_L)) many(TokenKind.PAREN_L, variableDefinition, TokenKind.PAREN_R);
    const count = directives(false);
    return { kind: 'operation', name: '', directives: count, set: selectionSet() };
  }

  function fragmentDefinition(): OutlineDefinition {
    description();
    expectKeyword('fragment');
    const fragmentName = fragmentNameToken();
    expectKeyword('on');
    name();
    const count = directives(false);
    return { kind: 'fragment', name: fragmentName, directives: count, set: selectionSet() };
  }

  function fragmentNameToken(): string {
    if (lexer.token.value === 'on') throw UNDECIDED;
    return name();
  }

  function description(): void {
    if (peekDescription()) advance();
  }

  function variableDefinition(): void {
    description();
    expect(TokenKind.DOLLAR);
    name();
    expect(TokenKind.COLON);
    typeReference();
    if (expectOptional(TokenKind.EQUALS)) value(true);
    directives(true);
  }

  function typeReference(): void {
    if (expectOptional(TokenKind.BRACKET_L)) {
      typeReference();
      expect(TokenKind.BRACKET_R);
    } else {
      name();
    }
    expectOptional(TokenKind.BANG);
  }

  function selectionSet(): OutlineSet {
    const set = createOutlineSet();
    many(TokenKind.BRACE_L, () => selection(set), TokenKind.BRACE_R);
    return set;
  }

  function selection(set: OutlineSet): void {
    if (peek(TokenKind.SPREAD)) fragment(set);
    else field(set);
  }

  function field(set: OutlineSet): void {
    const nameOrAlias = name();
    let alias: string | undefined;
    let fieldName = nameOrAlias;
    if (expectOptional(TokenKind.COLON)) {
      alias = nameOrAlias;
      fieldName = name();
    }
    args(false);
    set.directives += directives(false);
    const child = peek(TokenKind.BRACE_L) ? selectionSet() : undefined;
    addOutlineField(set, fieldName, alias, child);
  }

  function fragment(set: OutlineSet): void {
    expect(TokenKind.SPREAD);
    const hasTypeCondition = expectOptionalKeyword('on');
    if (!hasTypeCondition && peek(TokenKind.NAME)) {
      const spread = fragmentNameToken();
      set.directives += directives(false);
      set.nested.push({ kind: 'spread', name: spread });
      return;
    }
    if (hasTypeCondition) name();
    set.directives += directives(false);
    set.nested.push({ kind: 'inline', set: selectionSet() });
  }

  function args(isConst: boolean): void {
    if (!peek(TokenKind.PAREN_L)) return;
    many(
      TokenKind.PAREN_L,
      () => {
        name();
        expect(TokenKind.COLON);
        value(isConst);
      },
      TokenKind.PAREN_R,
    );
  }

  function directives(isConst: boolean): number {
    let count = 0;
    while (peek(TokenKind.AT)) {
      advance();
      name();
      args(isConst);
      count += 1;
    }
    return count;
  }

  function value(isConst: boolean): void {
    switch (lexer.token.kind) {
      case TokenKind.BRACKET_L:
        return any(TokenKind.BRACKET_L, () => value(isConst), TokenKind.BRACKET_R);
      case TokenKind.BRACE_L:
        return any(
          TokenKind.BRACE_L,
          () => {
            name();
            expect(TokenKind.COLON);
            value(isConst);
          },
          TokenKind.BRACE_R,
        );
      case TokenKind.INT:
      case TokenKind.FLOAT:
      case TokenKind.STRING:
      case TokenKind.BLOCK_STRING:
      case TokenKind.NAME:
        return advance();
      case TokenKind.DOLLAR:
        if (isConst) throw UNDECIDED;
        advance();
        name();
        return;
      default:
        throw UNDECIDED;
    }
  }

  try {
    const definitions: OutlineDefinition[] = [];
    expect(TokenKind.SOF);
    do definitions.push(definition());
    while (!expectOptional(TokenKind.EOF));
    return { kind: 'outline', outline: createDocumentOutline(definitions) };
  } catch {
    // UNDECIDED, the lexer's own syntax errors, or a stack overflow on absurd nesting (as in the parser).
    const token = overLimit.token;
    if (!token) return { kind: 'undecided' };
    // The parser's message, typo included, so the answer does not depend on which pass refused.
    const message = `Document contains more that ${maxTokens} tokens. Parsing aborted.`;
    return { kind: 'tooManyTokens', error: syntaxError(source, token.start, message) };
  }
}
