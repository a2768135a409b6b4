import { parseApiKeys } from '../auth/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { DatasetError } from '../dataset/index.js';
import { createLogger } from '../logger.js';
import { createServiceMetrics } from '../observability/index.js';
import { startService } from '../server/start-service.js';
import { JournalError } from '../store/embedded/index.js';
import { openStore } from './open-store.js';

/** `npm start`: serve the API on the configured store until SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const metrics = createServiceMetrics();
  const store = await openStore(config, logger, metrics);
  const service = await startService({
    store,
    logger,
    host: config.host,
    port: config.port,
    introspection: config.introspection,
    readsRequireKey: config.readsRequireKey,
    csrfPrevention: config.csrfPrevention,
    metrics,
    readyTimeoutMs: config.readyTimeoutMs,
    refusalDelayMs: config.refusalDelayMs,
    requestTimeoutMs: config.requestTimeoutMs,
    shutdownGraceMs: config.shutdownGraceMs,
    security: {
      apiKeys: parseApiKeys(config.apiKeys),
      oidc: config.oidc,
      corsOrigins: config.corsOrigins,
      landingPage: config.landingPage,
    },
  });
  logger.info(
    { url: `${service.url}/graphql`, store: store.kind },
    `yrd-graph is serving ${service.url}/graphql`,
  );

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // The drain gives in-flight requests 10 s; if closing still hangs past this, leave anyway.
    setTimeout(() => {
      logger.error({ signal }, 'shutdown did not finish within 30 s; exiting');
      process.exit(1);
    }, 30_000).unref();
    try {
      await service.stop();
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Configuration, dataset and journal problems are the user's to fix: say what, without a stack trace.
  if (error instanceof ConfigError || error instanceof DatasetError || error instanceof JournalError) {
    console.error(`yrd-graph cannot start.\n${error.message}`);
  } else {
    console.error('yrd-graph failed to start:', error);
  }
  process.exit(1);
});
