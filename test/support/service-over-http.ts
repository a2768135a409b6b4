import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, expect } from 'vitest';
import type { RunningService } from '../../src/server/start-service.js';
import { startTestService, type TestServiceOptions } from './graphql-harness.js';

/** The service a test file runs its clients against, over real HTTP. */
export interface ServiceOverHttp {
  /** The GraphQL endpoint (read it in a test or a hook: the service starts in `beforeAll`). */
  readonly url: string;
  /** The server's data for a document as written, sent as a plain JSON POST; fails the test on errors. */
  serverData(document: DocumentNode | string, variables?: Record<string, unknown>): Promise<unknown>;
}

/**
 * Starts the service (startTestService) before the file's tests and stops it after them. The clients'
 * answers are compared with `serverData`, the answer to the same document sent without any client.
 */
export function serviceForTheseTests(options: TestServiceOptions = {}): ServiceOverHttp {
  let service: RunningService | undefined;
  beforeAll(async () => {
    service = await startTestService(options);
  });
  afterAll(async () => {
    await service?.stop();
  });
  const url = () => {
    if (!service) throw new Error('the service starts in beforeAll: read its url in a test or a hook');
    return `${service.url}/graphql`;
  };
  return {
    get url() {
      return url();
    },
    async serverData(document, variables = {}) {
      const response = await fetch(url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    },
  };
}
