package yrdgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs an embedded Neo4j Community DBMS whose only network listener is Bolt on 127.0.0.1:PORT.
 *
 * <p>Usage: {@code Neo4jLauncher --home DIR [--port 7687] [--page-cache-mb 256]
 * [--tx-timeout-seconds 30] [--tx-memory-max-mb 0] [--exit-on-stdin-eof]}. Each option falls back to
 * an env variable (NEO4J_LAUNCHER_HOME, NEO4J_LAUNCHER_PORT, NEO4J_LAUNCHER_PAGE_CACHE_MB,
 * NEO4J_LAUNCHER_TX_TIMEOUT_SECONDS, NEO4J_LAUNCHER_TX_MEMORY_MAX_MB). Auth is disabled.
 * {@code --tx-memory-max-mb} is db.memory.transaction.max, the most memory one transaction may use
 * (0, the default, is Neo4j's: no limit but the global pool).
 *
 * <p>Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:PORT} on stdout once the DBMS has
 * started; everything else (Neo4j's user log, errors) goes to stderr. Data and debug.log live under
 * the home dir. SIGTERM/SIGINT shut down cleanly; with --exit-on-stdin-eof so does EOF on stdin,
 * so a parent that dies without stopping us does not leave an orphan JVM.
 */
public final class Neo4jLauncher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws InterruptedException {
        String home = env("NEO4J_LAUNCHER_HOME", null);
        int port = Integer.parseInt(env("NEO4J_LAUNCHER_PORT", "7687"));
        long pageCacheMb = Long.parseLong(env("NEO4J_LAUNCHER_PAGE_CACHE_MB", "256"));
        long txTimeoutSeconds = Long.parseLong(env("NEO4J_LAUNCHER_TX_TIMEOUT_SECONDS", "30"));
        long txMemoryMaxMb = Long.parseLong(env("NEO4J_LAUNCHER_TX_MEMORY_MAX_MB", "0"));
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = value(args, ++i);
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--page-cache-mb" -> pageCacheMb = Long.parseLong(value(args, ++i));
                case "--tx-timeout-seconds" -> txTimeoutSeconds = Long.parseLong(value(args, ++i));
                case "--tx-memory-max-mb" -> txMemoryMaxMb = Long.parseLong(value(args, ++i));
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> fail("unknown argument: " + args[i]);
            }
        }
        if (home == null) {
            fail("--home DIR is required");
        }

        SocketAddress bolt = new SocketAddress(HOST, port);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(Path.of(home).toAbsolutePath())
                    .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // Nothing may call out from the machine or listen beyond loopback.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                    .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(BoltConnector.advertised_address, bolt)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMaxMb))
                    // Bolt's Netty loops otherwise idle 5 s each (10 s in all) after the databases have stopped.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            // Stack trace first, then a short cause chain, so the tail a parent shows says what went wrong.
            e.printStackTrace();
            System.err.println("NEO4J_FAILED " + e.getMessage() + " (details: " + home + "/logs/debug.log)");
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            System.exit(1);
            return;
        }

        // build() has started the DBMS and its connectors (a failed start throws above); the hook stops them.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-launcher: shutting down");
            dbms.shutdown();
        }, "neo4j-shutdown"));
        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
            System.err.println("NEO4J_FAILED the default database did not become available");
            System.exit(1);
        }
        if (exitOnStdinEof) {
            Thread watcher = new Thread(Neo4jLauncher::exitOnStdinEof, "stdin-eof-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
        System.out.flush();
        new CountDownLatch(1).await(); // block until a signal or stdin EOF runs the shutdown hook
    }

    private static void exitOnStdinEof() {
        byte[] buffer = new byte[256];
        try (InputStream in = System.in) {
            while (in.read(buffer) != -1) {
                // ignore input; only EOF matters
            }
        } catch (IOException ignored) {
            // a broken pipe means the parent is gone, same as EOF
        }
        System.err.println("neo4j-launcher: stdin closed");
        System.exit(0);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail("missing value for " + args[i - 1]);
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
