import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/server/start-service.js';
import { startTestService } from '../support/graphql-harness.js';

/**
 * Every audit of the `graphql-http` package (the GraphQL-over-HTTP spec) against the real HTTP
 * service. Errors fail; warnings must be exactly the known, deliberate set; notices are allowed.
 * Requests go out exactly as the audit wrote them, GETs included (no preflight-forcing header is
 * needed: docs/front-end.md), so every audit sees the service as any client does.
 */

/**
 * Apollo answers a request that fails to parse, validate or coerce its variables with 400 even under
 * the legacy `application/json` response type, where the spec says SHOULD 200. Apollo keeps this on
 * purpose (apollo-server's httpSpecTests.ts); we follow it rather than patch the response status.
 */
const KNOWN_WARNINGS = new Set(['572B', 'FDE2', '7B9B']);

let service: RunningService;
const results: AuditResult[] = [];

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  const count = (status: AuditResult['status']) =>
    results.filter((result) => result.status === status).length;
  console.info(
    `graphql-http audits: ${count('ok')} ok, ${count('warn')} warn, ${count('notice')} notice, ${count('error')} error (of ${results.length})`,
  );
  await service.stop();
});

describe('graphql-http server audits', () => {
  const audits = serverAudits({ url: () => `${service.url}/graphql` });

  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      results.push(result);
      if (result.status === 'ok') return;
      const detail = `${result.id} ${result.name}: ${result.reason}`;
      if (result.status === 'error') throw new Error(detail);
      if (result.status === 'warn') {
        console.warn(`warning ${detail}`);
        expect(KNOWN_WARNINGS.has(result.id), `an unexpected warning: ${detail}`).toBe(true);
      } else {
        console.info(`notice ${detail}`);
      }
    });
  }

  it('still warns about every known warning, so the list holds nothing stale', async () => {
    // Runs the known audits itself rather than reading what the tests above recorded: it must hold in
    // any order, and alone.
    const known = audits.filter((audit) => KNOWN_WARNINGS.has(audit.id));
    expect(known.map((audit) => audit.id).sort()).toEqual([...KNOWN_WARNINGS].sort());
    for (const audit of known) expect((await audit.fn()).status, `${audit.id} ${audit.name}`).toBe('warn');
  });
});
