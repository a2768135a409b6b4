import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload, type CryptoKey } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createTokenVerifier,
  hashApiKey,
  parseApiKeys,
  parseRoleMap,
  DEFAULT_ROLE_MAP,
} from '../../src/auth/index.js';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/**
 * JWTs from an OpenID Connect provider, checked against a real JWKS that a node:http server in this
 * test publishes on loopback, through the service's HTTP API (GraphQL and downloads).
 */

const ISSUER = 'https://idp.example.org/realms/yrd';
const AUDIENCE = 'yrd-graph';
const QUOTE =
  'Wenzhou will also build an important hub port influencing southern Zhejiang, northern Fujian and eastern Jiangxi';
/** Where QUOTE is in the plan's text (seed/wenzhou-yrd/sources/wenzhou-yrd-action-plan-2020.txt). */
const QUOTE_START = 6960;

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function makeKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** The provider's JWKS endpoint: serves `published` and counts fetches. */
const jwks = { published: [] as JWK[], fetches: 0 };
let jwksServer: http.Server;
let jwksUrl: URL;

/** A token as a Keycloak realm issues it; `overrides` replace claims, `undefined` removes one. */
async function token(
  key: SigningKey,
  overrides: Record<string, unknown> = {},
  header: { kid?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'f3b1c2d4-0000-4000-8000-000000000001',
    preferred_username: 'carla',
    iat: now,
    exp: now + 300,
    realm_access: { roles: ['offline_access', 'kg-curator'] },
    ...overrides,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: 'RS256', kid: header.kid ?? key.kid, typ: 'JWT' })
    .sign(key.privateKey);
}

let firstKey: SigningKey;
let strangerKey: SigningKey;

beforeAll(async () => {
  [firstKey, strangerKey] = await Promise.all([makeKey('key-2025-01'), makeKey('key-stranger')]);
  jwks.published = [firstKey.jwk];
  jwksServer = http.createServer((request, response) => {
    if (request.url !== '/realms/yrd/protocol/openid-connect/certs') {
      response.writeHead(404).end();
      return;
    }
    jwks.fetches++;
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: jwks.published }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  jwksUrl = new URL(`http://127.0.0.1:${port}/realms/yrd/protocol/openid-connect/certs`);
});

afterAll(async () => {
  await new Promise((resolve) => jwksServer?.close(resolve));
});

type GraphQLBody = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
};

describe('a service that accepts tokens from an OpenID Connect provider', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startService({
      store: createEmbeddedStore({ dataset: await bundledDataset() }),
      logger: createLogger({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
      introspection: false,
      readsRequireKey: true,
      security: {
        apiKeys: parseApiKeys(`ops:curator:${hashApiKey('ops-key')}`),
        oidc: {
          issuer: ISSUER,
          audience: [AUDIENCE],
          jwksUrl,
          roleClaim: 'realm_access.roles',
          roleMap: parseRoleMap('kg-curator:curator,kg-reader:reader'),
          nameClaim: 'preferred_username',
          clockToleranceMs: 30_000,
          // Every unknown key id may refetch the JWKS at once, so rotation is seen without waiting.
          jwksCooldownMs: 0,
        },
        corsOrigins: [],
        landingPage: false,
      },
    });
  });

  afterAll(async () => {
    await service?.stop();
  });

  beforeEach(() => {
    jwks.published = [firstKey.jwk];
  });

  async function post(query: string, headers: Record<string, string>) {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody };
  }
  const read = (bearer: string) => post('{ summary { entityCount } }', { authorization: `Bearer ${bearer}` });
  const write = (bearer: string) =>
    post(
      `mutation { upsertEntity(entity: {
        id: "infrastructure:token-port", kind: INFRASTRUCTURE, name: "Token Port",
        evidence: [{ kind: QUOTED, quote: "${QUOTE}", start: ${QUOTE_START}, end: ${QUOTE_START + QUOTE.length},
                     section: "Task Three", source: "wenzhou-yrd-action-plan-2020" }]
      }) { changed changes { actor } } }`,
      { authorization: `Bearer ${bearer}` },
    );

  function refusal(result: { status: number; body: GraphQLBody }) {
    return {
      status: result.status,
      code: result.body.errors?.[0]?.extensions['code'],
      message: result.body.errors?.[0]?.message,
    };
  }

  it("lets a reader's token read and refuses it a write with 403 FORBIDDEN", async () => {
    const readerToken = await token(firstKey, {
      preferred_username: 'rita',
      realm_access: { roles: ['kg-reader'] },
    });
    const reading = await read(readerToken);
    expect(reading.status).toBe(200);
    expect(reading.body.data).toEqual({ summary: { entityCount: expect.any(Number) } });
    expect(refusal(await write(readerToken))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
      message: 'Writing an entity needs the curator role; the token of "rita" is a reader\'s.',
    });
  });

  it("lets a curator's token write, recorded under the token's name claim", async () => {
    const curatorToken = await token(firstKey);
    expect((await read(curatorToken)).status).toBe(200);
    const writing = await write(curatorToken);
    expect(writing.status).toBe(200);
    expect(writing.body.data).toEqual({ upsertEntity: { changed: true, changes: [{ actor: 'carla' }] } });
  });

  it('refuses an expired token with 401 UNAUTHENTICATED, past the clock tolerance', async () => {
    const exp = Math.floor(Date.now() / 1000) - 120;
    expect(refusal(await read(await token(firstKey, { exp, iat: exp - 300 })))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: `The token expired at ${new Date(exp * 1000).toISOString()}. Reading this graph needs a valid token in \`Authorization: Bearer <token>\`.`,
    });
  });

  it('refuses a token from another issuer', async () => {
    expect(refusal(await read(await token(firstKey, { iss: 'https://evil.example/realms/yrd' })))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message:
        'The token was issued by "https://evil.example/realms/yrd", not by the configured issuer "https://idp.example.org/realms/yrd". Reading this graph needs a valid token in `Authorization: Bearer <token>`.',
    });
  });

  it('refuses a token meant for another audience', async () => {
    expect(refusal(await read(await token(firstKey, { aud: ['account', 'billing'] })))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message:
        'The token is meant for ["account","billing"], not for this service ("yrd-graph"). Reading this graph needs a valid token in `Authorization: Bearer <token>`.',
    });
  });

  it('refuses a token signed by a key the provider does not publish', async () => {
    const before = jwks.fetches;
    expect(refusal(await read(await token(strangerKey)))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message:
        "No signing key of the identity provider matches the token's key id (kid). Reading this graph needs a valid token in `Authorization: Bearer <token>`.",
    });
    // An unknown kid is looked for in a fresh copy of the JWKS before the token is refused.
    expect(jwks.fetches).toBe(before + 1);
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const [header, , signature] = (await token(firstKey, { realm_access: { roles: ['kg-reader'] } })).split(
      '.',
    );
    const forged = Buffer.from(
      JSON.stringify({
        iss: ISSUER,
        aud: AUDIENCE,
        sub: 'x',
        preferred_username: 'rita',
        exp: Math.floor(Date.now() / 1000) + 300,
        realm_access: { roles: ['kg-curator'] },
      }),
    ).toString('base64url');
    expect(refusal(await read(`${header}.${forged}.${signature}`))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message:
        "The token's signature does not verify. Reading this graph needs a valid token in `Authorization: Bearer <token>`.",
    });
  });

  it('refuses a token signed by a stranger under a published key id', async () => {
    const impostor = await token(strangerKey, {}, { kid: firstKey.kid });
    expect(refusal(await read(impostor))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(refusal(await read(impostor)).message).toMatch(/^The token's signature does not verify\./);
  });

  it('refuses a genuine token that carries no role claim with 403 FORBIDDEN', async () => {
    expect(refusal(await read(await token(firstKey, { realm_access: undefined })))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
      message:
        'Reading this graph needs the reader role; the token of "carla" grants no role of this service: claim `realm_access.roles` should hold "kg-curator" or "kg-reader", but it has no such claim.',
    });
    expect(
      refusal(await read(await token(firstKey, { realm_access: { roles: ['offline_access'] } }))).message,
    ).toContain('but it holds ["offline_access"].');
  });

  it('refuses a token without an expiry, or without the name claim', async () => {
    expect(refusal(await read(await token(firstKey, { exp: undefined })))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message:
        'The token has no "exp" claim. Reading this graph needs a valid token in `Authorization: Bearer <token>`.',
    });
    expect(refusal(await read(await token(firstKey, { preferred_username: undefined }))).message).toBe(
      'The token has no "preferred_username" claim to name its holder. Reading this graph needs a valid token in `Authorization: Bearer <token>`.',
    );
  });

  it('finds a rotated key by fetching the JWKS again, and then refuses the retired key', async () => {
    expect((await read(await token(firstKey))).status).toBe(200);
    const rotated = await makeKey('key-2025-02');
    jwks.published = [rotated.jwk];
    const before = jwks.fetches;
    const withNewKey = await read(await token(rotated));
    expect(withNewKey.status).toBe(200);
    expect(jwks.fetches).toBe(before + 1);
    // The cached set now holds only the new key; a second token under it needs no fetch.
    expect((await read(await token(rotated))).status).toBe(200);
    expect(jwks.fetches).toBe(before + 1);
    expect(refusal(await read(await token(firstKey)))).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('still takes API keys, by Authorization: Bearer and by X-API-Key', async () => {
    expect((await read('ops-key')).status).toBe(200);
    const byHeader = await post('{ summary { entityCount } }', { 'x-api-key': 'ops-key' });
    expect(byHeader.status).toBe(200);
    expect(refusal(await post('{ summary { entityCount } }', { 'x-api-key': 'wrong' }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message:
        'The API key is not valid. Reading this graph needs a valid key in `Authorization: Bearer <API key>`.',
    });
  });

  it('names both kinds of credential when none is sent', async () => {
    expect(refusal(await post('{ summary { entityCount } }', {}))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'Reading this graph needs a credential: send `Authorization: Bearer <API key or token>`.',
    });
  });

  it('checks tokens on downloads too', async () => {
    const url = `${service.url}/export/neighborhood?id=district:jiading&format=d3`;
    const good = await fetch(url, { headers: { authorization: `Bearer ${await token(firstKey)}` } });
    expect(good.status).toBe(200);
    const expired = await fetch(url, {
      headers: {
        authorization: `Bearer ${await token(firstKey, { exp: Math.floor(Date.now() / 1000) - 120 })}`,
      },
    });
    expect(expired.status).toBe(401);
    const body = (await expired.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions['code']).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(
      /^The token expired at .+ Exporting from this graph needs a valid token/,
    );
  });
});

describe('a service with open reads and API keys only', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startService({
      store: createEmbeddedStore({ dataset: await bundledDataset() }),
      logger: createLogger({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
      introspection: false,
      security: { apiKeys: [], corsOrigins: [], landingPage: false },
    });
  });

  afterAll(async () => {
    await service?.stop();
  });

  const read = (headers: Record<string, string>) =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ summary { entityCount } }' }),
    });

  it('answers an anonymous read', async () => {
    expect((await read({})).status).toBe(200);
  });

  it('refuses a read that sends a bad credential instead of serving it as anonymous', async () => {
    const response = await read({ 'x-api-key': 'not-a-key' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions['code']).toBe('UNAUTHENTICATED');
  });

  it('says that it takes no tokens when sent a JWT', async () => {
    const response = await read({ authorization: `Bearer ${await token(firstKey)}` });
    expect(response.status).toBe(401);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.message).toBe(
      'The bearer credential is a JWT, but this service accepts no tokens (OIDC_ISSUER is not set). Reading this graph needs a valid key in `Authorization: Bearer <API key>`.',
    );
  });
});

describe('createTokenVerifier', () => {
  const options = {
    issuer: ISSUER,
    audience: [AUDIENCE],
    roleClaim: 'role',
    roleMap: DEFAULT_ROLE_MAP,
    nameClaim: 'sub',
    clockToleranceMs: 0,
  };

  it('reads a plain `role` claim with the default role names', async () => {
    const verify = createTokenVerifier({ ...options, jwksUrl });
    expect(await verify(await token(firstKey, { role: 'curator', sub: 'svc-loader' }))).toEqual({
      principal: { name: 'svc-loader', role: 'curator', via: 'token' },
    });
    expect(await verify(await token(firstKey, { role: 'reader', sub: 'svc-dash' }))).toEqual({
      principal: { name: 'svc-dash', role: 'reader', via: 'token' },
    });
    expect(await verify(await token(firstKey, { role: ['reader', 'curator'], sub: 'both' }))).toEqual({
      principal: { name: 'both', role: 'curator', via: 'token' },
    });
  });

  it('fetches the JWKS once and, within the cooldown, not again for an unknown key id', async () => {
    const verify = createTokenVerifier({ ...options, jwksUrl, jwksCooldownMs: 60_000 });
    const before = jwks.fetches;
    await verify(await token(firstKey, { role: 'reader' }));
    await verify(await token(firstKey, { role: 'reader' }));
    expect(jwks.fetches).toBe(before + 1);
    expect(await verify(await token(strangerKey, { role: 'reader' }))).toMatchObject({
      principal: null,
      problem: 'invalid',
    });
    expect(jwks.fetches).toBe(before + 1);
  });

  it("says the provider's keys could not be fetched when the JWKS URL does not answer", async () => {
    const missing = new URL('/no-such-jwks', jwksUrl);
    const verify = createTokenVerifier({ ...options, jwksUrl: missing });
    expect(await verify(await token(firstKey, { role: 'reader' }))).toEqual({
      principal: null,
      problem: 'invalid',
      credential: 'token',
      reason: `The token could not be checked: the identity provider's keys at ${missing.href} could not be fetched. Try again shortly.`,
    });
  });
});
