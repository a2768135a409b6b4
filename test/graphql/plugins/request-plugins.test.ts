import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { hideSuggestionsPlugin } from '../../../src/graphql/hide-suggestions-plugin.js';
import { mergeRequestPlugins, type RequestPlugin } from '../../../src/graphql/request-plugins.js';

/** Several request plugins as one Apollo listener, run as Apollo runs separate listeners. */

const typeDefs = 'type Query { hello: String }';
const resolvers = { Query: { hello: () => 'world' } };

let server: ApolloServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function serverWith(plugins: RequestPlugin<object>[]) {
  server = new ApolloServer({ typeDefs, resolvers, plugins: [mergeRequestPlugins(plugins)] });
  await server.start();
  return server;
}

async function run(query = '{ hello }') {
  const response = await server!.executeOperation({ query });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult };
}

/** A plugin that writes what it is called for into `calls`, and throws `refusal` when resolving. */
function recording(name: string, calls: string[], refusal?: GraphQLError): RequestPlugin<object> {
  return {
    requestDidStart: () => ({
      didResolveOperation() {
        calls.push(`${name}:didResolveOperation`);
        if (refusal) throw refusal;
      },
      didEncounterErrors({ errors }) {
        calls.push(`${name}:didEncounterErrors:${errors.map((error) => error.message).join()}`);
      },
      willSendResponse({ response }) {
        calls.push(`${name}:willSendResponse`);
        if (response.body.kind === 'single')
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, [name]: true };
      },
    }),
  };
}

describe('mergeRequestPlugins', () => {
  it("runs every part's hooks at every step, in the parts' order", async () => {
    const calls: string[] = [];
    await serverWith([recording('a', calls), recording('b', calls)]);
    const { result } = await run();
    expect(result.data).toEqual({ hello: 'world' });
    expect(result.extensions).toEqual({ a: true, b: true });
    expect(calls).toEqual([
      'a:didResolveOperation',
      'b:didResolveOperation',
      'a:willSendResponse',
      'b:willSendResponse',
    ]);
  });

  it("answers the first part's refusal when several refuse, after every part has run", async () => {
    const calls: string[] = [];
    await serverWith([
      recording('a', calls),
      recording('b', calls, new GraphQLError('refused by b', { extensions: { code: 'B' } })),
      recording('c', calls, new GraphQLError('refused by c', { extensions: { code: 'C' } })),
    ]);
    const { result } = await run();
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([expect.objectContaining({ message: 'refused by b' })]);
    expect(calls).toEqual([
      'a:didResolveOperation',
      'b:didResolveOperation',
      'c:didResolveOperation',
      'a:didEncounterErrors:refused by b',
      'b:didEncounterErrors:refused by b',
      'c:didEncounterErrors:refused by b',
      'a:willSendResponse',
      'b:willSendResponse',
      'c:willSendResponse',
    ]);
  });

  it('leaves out a part with nothing to do for the request, and adds no listener when no part has', async () => {
    const calls: string[] = [];
    const sometimes: RequestPlugin<object> = {
      requestDidStart: ({ request }) =>
        request.query?.includes('#skip') ? undefined : recording('s', calls).requestDidStart({} as never),
    };
    await serverWith([sometimes]);
    expect((await run('{ hello } #skip')).result.extensions).toBeUndefined();
    expect(calls).toEqual([]);
    expect((await run()).result.extensions).toEqual({ s: true });
    const merged = mergeRequestPlugins([{ requestDidStart: () => undefined }]);
    expect(await merged.requestDidStart!({} as never)).toBeUndefined();
  });

  it('ends validation with every part that asked, so suggestions are taken off validation errors', async () => {
    const calls: string[] = [];
    await serverWith([recording('a', calls), hideSuggestionsPlugin()]);
    expect((await run('{ helo }')).result.errors).toEqual([
      expect.objectContaining({ message: 'Cannot query field "helo" on type "Query".' }),
    ]);
    await server!.stop();
    await serverWith([recording('a', calls)]);
    expect((await run('{ helo }')).result.errors).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "helo" on type "Query". Did you mean "hello"?',
      }),
    ]);
  });
});
