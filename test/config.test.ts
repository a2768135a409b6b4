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
});
