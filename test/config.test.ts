import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DATASET_DIR, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded store with the bundled dataset on loopback port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      neo4j: null,
      datasetDir: DEFAULT_DATASET_DIR,
      introspection: true,
    });
  });

  it('selects Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_PASSWORD: 'pw' });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://example.databases.neo4j.io',
      user: 'neo4j',
      password: 'pw',
      database: 'neo4j',
    });
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('accepts GET queries without a preflight header unless CSRF_PREVENTION is on', () => {
    expect(loadConfig({}).csrfPrevention).toBe(false);
    expect(loadConfig({ CSRF_PREVENTION: 'true' }).csrfPrevention).toBe(true);
  });

  it('names every invalid variable and what it must be', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', INTROSPECTION: 'maybe' });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      [
        'Invalid configuration:',
        '  PORT: must be a port number (0-65535)',
        '  NEO4J_URI: must be a neo4j:// or bolt:// URI (neo4j+s:// for Aura)',
        '  INTROSPECTION: must be true or false',
      ].join('\n'),
    );
  });

  it('reads an OpenID Connect provider from OIDC_*', () => {
    const config = loadConfig({
      OIDC_ISSUER: 'https://idp.example.org/realms/yrd',
      OIDC_AUDIENCE: 'yrd-graph, yrd-graph-admin',
      OIDC_JWKS_URL: 'https://idp.example.org/realms/yrd/protocol/openid-connect/certs',
      OIDC_ROLE_CLAIM: 'realm_access.roles',
      OIDC_ROLE_MAP: 'kg-editor:curator,urn:yrd:viewer:reader',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://idp.example.org/realms/yrd',
      audience: ['yrd-graph', 'yrd-graph-admin'],
      jwksUrl: new URL('https://idp.example.org/realms/yrd/protocol/openid-connect/certs'),
      roleClaim: 'realm_access.roles',
      roleMap: new Map([
        ['kg-editor', 'curator'],
        ['urn:yrd:viewer', 'reader'],
      ]),
      nameClaim: 'sub',
      clockToleranceMs: 30_000,
    });
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('names what is missing or wrong in an OpenID Connect set-up', () => {
    const messageOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (caught) {
        expect(caught).toBeInstanceOf(ConfigError);
        return (caught as ConfigError).message;
      }
      return null;
    };
    expect(messageOf({ OIDC_ISSUER: 'https://idp.example.org/realms/yrd' })).toBe(
      [
        'Invalid configuration:',
        '  OIDC_AUDIENCE: must be set too: JWTs need OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL (OIDC_ISSUER given)',
        '  OIDC_JWKS_URL: must be set too: JWTs need OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL (OIDC_ISSUER given)',
      ].join('\n'),
    );
    expect(
      messageOf({
        OIDC_ISSUER: 'https://idp.example.org/realms/yrd',
        OIDC_AUDIENCE: 'yrd-graph',
        OIDC_JWKS_URL: 'http://idp.example.org/certs',
        OIDC_ROLE_MAP: 'kg-editor:admin',
        OIDC_ROLE_CLAIM: 'realm_access..roles',
      }),
    ).toBe(
      [
        'Invalid configuration:',
        '  OIDC_JWKS_URL: must be an https:// URL (http:// only on localhost)',
        '  OIDC_ROLE_CLAIM: must be a claim name or a dotted path such as realm_access.roles',
        '  OIDC_ROLE_MAP: entry "kg-editor:admin" must be <claim value>:reader|curator',
      ].join('\n'),
    );
    expect(
      loadConfig({
        OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yrd',
        OIDC_AUDIENCE: 'yrd-graph',
        OIDC_JWKS_URL: 'http://127.0.0.1:8080/realms/yrd/certs',
      }).oidc?.jwksUrl.href,
    ).toBe('http://127.0.0.1:8080/realms/yrd/certs');
  });
});
