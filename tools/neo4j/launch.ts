/**
 * Starts and stops a real Neo4j Community 5.26 DBMS in a JVM of our own (see README.md):
 * Bolt only, on 127.0.0.1, auth disabled. Needs `java` (17+) and `mvn` on PATH; no Docker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** Options for {@link startLocalNeo4j}. */
export interface LocalNeo4jOptions {
  /** Where the DBMS keeps data/ and logs/; created if missing. Two running instances must not share it. */
  homeDir: string;
  /** Bolt port on 127.0.0.1. Default: a free port chosen by binding 127.0.0.1:0. */
  port?: number;
  /** Page cache size in MiB (default 256). */
  pageCacheMb?: number;
  /** JVM heap (-Xmx) in MiB (default 1024); loading millions of records wants more. */
  heapMb?: number;
  /** Server-side cap on any transaction, db.transaction.timeout (default 30). */
  transactionTimeoutSeconds?: number;
  /**
   * The most memory one transaction may use, db.memory.transaction.max, in MiB (default 0: Neo4j's
   * own default, no limit but the global pool). A transaction over it fails, and the service answers
   * LIMIT_EXCEEDED.
   */
  transactionMemoryMaxMb?: number;
  /** Receives every line the Maven build and the JVM print (default: dropped). */
  log?: (line: string) => void;
  /** How long to wait for the ready line, build excluded (default 180000). */
  startTimeoutMs?: number;
  /** Make the JVM exit when this Node process goes away, even if stop() never runs (default true). */
  exitWithParent?: boolean;
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  /** `bolt://127.0.0.1:<port>`; any user/password is accepted (auth is disabled). */
  uri: string;
  port: number;
  /** Shuts the DBMS down (SIGTERM, SIGKILL after 20 s); resolves once the JVM has exited. Idempotent. */
  stop(): Promise<void>;
}

const toolDir = dirname(fileURLToPath(import.meta.url));
const pomFile = join(toolDir, 'pom.xml');
const javaSource = join(toolDir, 'src/main/java/yrdgraph/neo4j/Neo4jLauncher.java');
const classesDir = join(toolDir, 'target/classes');
const compiledClass = join(classesDir, 'yrdgraph/neo4j/Neo4jLauncher.class');
const classpathFile = join(toolDir, 'target/classpath.txt');
const lockFile = join(toolDir, 'target/build.lock');
const buildLockWaitMs = 15 * 60_000;
const readyPrefix = 'NEO4J_READY ';
const stopGraceMs = 20_000;
const keptLines = 40;

const jvmFlags = [
  '-Xms256m',
  '-XX:+ExitOnOutOfMemoryError',
  // The module opens that Neo4j's own neo4j.conf sets; without them Netty and the page cache degrade or fail.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

/** Reports whether `java` and `mvn` are on PATH, so callers can fail loudly before trying to start. */
export function findJavaAndMaven(): { ok: true } | { ok: false; missing: string[] } {
  const missing = ['java', 'mvn'].filter((tool) => !onPath(tool));
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}

/**
 * Builds the Java launcher if needed (Maven runs only when the pom or the .java file is newer than the
 * build output, or a classpath jar is gone), starts the DBMS and resolves once Bolt accepts connections.
 * Rejects, with the last lines of output, if the build fails, the JVM exits early or the timeout passes.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const tools = findJavaAndMaven();
  if (!tools.ok) throw new Error(`local Neo4j needs ${tools.missing.join(' and ')} on PATH`);

  const classpath = await ensureBuilt(log);
  const port = options.port ?? (await freePort());
  const homeDir = resolve(options.homeDir);
  mkdirSync(homeDir, { recursive: true });
  const exitWithParent = options.exitWithParent ?? true;

  const args = [
    ...jvmFlags,
    `-Xmx${options.heapMb ?? 1024}m`,
    '-cp',
    [classesDir, classpath].join(delimiter),
    'yrdgraph.neo4j.Neo4jLauncher',
    '--home',
    homeDir,
    '--port',
    String(port),
    '--page-cache-mb',
    String(options.pageCacheMb ?? 256),
    '--tx-timeout-seconds',
    String(options.transactionTimeoutSeconds ?? 30),
    '--tx-memory-max-mb',
    String(options.transactionMemoryMaxMb ?? 0),
    ...(exitWithParent ? ['--exit-on-stdin-eof'] : []),
  ];
  // With exitWithParent, the JVM's stdin is a pipe that we never write to: it closes when we die.
  const child = spawn('java', args, { stdio: [exitWithParent ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const uri = await waitForReady(child, port, homeDir, options.startTimeoutMs ?? 180_000, log);
  child.once('exit', (code, signal) => log(`Neo4j JVM exited (code ${code}, signal ${signal})`));

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= terminate(child, exited));
  return { uri, port, stop };
}

/** Returns the launcher's dependency classpath, running Maven first unless the build output is current. */
async function ensureBuilt(log: (line: string) => void): Promise<string> {
  if (!isBuildCurrent()) {
    building ??= withBuildLock(async () => {
      if (!isBuildCurrent()) await runMaven(log); // another process may have built it meanwhile
    }).finally(() => (building = undefined));
    await building;
  }
  return readFileSync(classpathFile, 'utf8').trim();
}
let building: Promise<void> | undefined; // one Maven run at a time within this process

/** One Maven run at a time across processes too (parallel test workers on a fresh checkout). */
async function withBuildLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + buildLockWaitMs;
  while (!tryLock()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for the Maven build lock ${lockFile}`);
    await new Promise((wake) => setTimeout(wake, 500));
  }
  try {
    await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/** Takes the lock file (holding our pid), or removes it if its owner died; false while another process holds it. */
function tryLock(): boolean {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    let owner: number;
    try {
      owner = Number(readFileSync(lockFile, 'utf8'));
    } catch {
      return false; // released just now; try again
    }
    // An empty file means its owner is still writing it.
    if (owner > 0 && !isAlive(owner)) rmSync(lockFile, { force: true });
    return false;
  }
}

function isBuildCurrent(): boolean {
  if (!existsSync(classpathFile) || !existsSync(compiledClass)) return false;
  const newestInput = Math.max(mtime(pomFile), mtime(javaSource));
  if (mtime(classpathFile) <= newestInput || mtime(compiledClass) <= newestInput) return false;
  // A cleaned ~/.m2 leaves a stale classpath behind.
  const jars = readFileSync(classpathFile, 'utf8').trim().split(delimiter);
  return jars.every((jar) => existsSync(jar));
}

async function runMaven(log: (line: string) => void): Promise<void> {
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', pomFile, 'compile', 'dependency:build-classpath'];
  args.push(`-Dmdep.outputFile=${classpathFile}`);
  log(`building the Neo4j launcher: mvn ${args.join(' ')}`);
  const child = spawn('mvn', args, { cwd: toolDir, stdio: ['ignore', 'pipe', 'pipe'] });
  // Maven 3.8 prints bare ANSI resets even in batch mode; drop them.
  const lines = collectLines(child, log, stripVTControlCharacters);
  const code = await new Promise<number | null>((done) => {
    child.once('error', () => done(null));
    child.once('close', (exitCode) => done(exitCode));
  });
  if (code !== 0) throw new Error(`mvn failed (exit ${code}) building ${pomFile}:\n${lines.join('\n')}`);
  // The plugin leaves classpath.txt untouched when its content is unchanged; mark the build as current.
  const now = new Date();
  utimesSync(classpathFile, now, now);
}

function waitForReady(
  child: ChildProcess,
  port: number,
  homeDir: string,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<string> {
  const uri = `bolt://127.0.0.1:${port}`;
  return new Promise((resolveReady, rejectReady) => {
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        rejectReady(error);
      } else {
        resolveReady(uri);
      }
    };
    const fail = (reason: string): void =>
      settle(
        new Error(
          `local Neo4j on port ${port} ${reason} (details: ${homeDir}/logs/debug.log); last output:\n${lines.join('\n')}`,
        ),
      );
    const lines = collectLines(child, (line) => {
      log(line);
      if (line === readyPrefix + uri) settle();
    });
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code, signal) => fail(`exited before it was ready (code ${code}, signal ${signal})`));
    child.once('error', (error) => fail(`could not be spawned: ${error.message}`));
  });
}

/** Passes every output line to `onLine` and keeps the last few for error messages (the array is live). */
function collectLines(
  child: ChildProcess,
  onLine: (line: string) => void,
  clean = (line: string) => line,
): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    // Reading to the end also keeps the pipes drained, so the JVM never blocks on a full pipe.
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (raw) => {
      const line = clean(raw);
      if (!line.trim()) return;
      lines.push(line);
      if (lines.length > keptLines) lines.shift();
      onLine(line);
    });
  }
  return lines;
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
  await exited;
  clearTimeout(killer);
  child.stdin?.destroy();
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer();
    server.once('error', rejectPort);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : rejectPort(new Error('no free port'))));
    });
  });
}

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return statSync(join(dir, command)).isFile();
    } catch {
      return false;
    }
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function mtime(file: string): number {
  return statSync(file).mtimeMs;
}
