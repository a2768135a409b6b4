import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A service (ours or the peer) running in a child process, spoken to over IPC. */
export interface ChildService {
  url: string;
  /** The child's process id (for its CPU time, see cpu-per-request.ts). */
  pid: number;
  ready: Record<string, unknown>;
  stats(): Promise<{ storeCalls: number; rssMb: number; heapUsedMb?: number }>;
  stop(): Promise<void>;
}

/** Children not yet stopped: killed when the bench exits, even by an uncaught error. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Compiles the service and the bench's children with tsc (tsconfig.bench.json, into dist/); the bench
 * and the trivial-operation tool call it before they start any. Why not run them under tsx: tsx
 * compiles with esbuild's keepNames, which wraps every function made at run time in a call that names
 * it; the service makes closures per request, and under tsx it took 9% to 16% more CPU per request
 * than the build `npm start` runs, for a trivial operation and for the nested bench query on the
 * embedded store (interleaved runs on 4 December 2026, docs/performance.md). The bench measures what
 * users run, and the limits and the peer the same way.
 */
export function buildBenchChildren(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.bench.json'], { cwd: repositoryRoot, stdio: 'inherit' });
}

/**
 * Forks the compiled `script` (named by its source, relative to tools/bench/; buildBenchChildren first)
 * with `args`, resolving when it reports `ready`. `endpoint` is the path requests go to, below the URL
 * the child reports.
 */
export async function startChildService(
  script: string,
  args: string[],
  heapMb: number,
  endpoint = '/graphql',
): Promise<ChildService> {
  const compiled = new URL(`../../dist/tools/bench/${script.replace(/\.ts$/, '.js')}`, import.meta.url);
  const child: ChildProcess = fork(fileURLToPath(compiled), args, {
    execArgv: [`--max-old-space-size=${heapMb}`],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // As the Dockerfile runs the service: libraries skip their development checks (graphql-js's
    // instanceOf, for one). Every child gets it, ours, the peer and the limits alike.
    env: { ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'production' },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    child.once('message', (message) => resolve(message as Record<string, unknown>));
  });
  child.removeAllListeners('exit');
  child.once('exit', () => running.delete(child));
  return {
    url: `${String(ready['url']).replace(/\/$/, '')}${endpoint}`,
    pid: child.pid!,
    ready,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (message) => resolve(message as never));
        child.send({ type: 'stats' });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'stop' });
      }),
  };
}
