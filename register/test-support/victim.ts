import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A queue-writer child process for the kill test: started ahead of time (it loads, prints
 * `warm` and waits), let go, watched line by line, then SIGKILLed. `exited` resolves with every
 * line it printed before dying and how it died.
 */
const WRITER = fileURLToPath(new URL('./queue-writer.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Esbuild {
  build(options: Record<string, unknown>): Promise<unknown>;
}

/**
 * The command that runs the writer. `node --import tsx queue-writer.ts` costs ~1 s of CPU per
 * start (the loader; a bundle ~0.25 s), which over dozens of kills breaks the test budget; so by default the same
 * source is bundled once with esbuild (tsx's own copy, resolved through tsx) and each start is a
 * plain `node queue-writer.mjs`. `viaTsx` keeps the unbundled path for a slower, literal run.
 */
export async function writerCommand(outDir: string, viaTsx: boolean): Promise<string[]> {
  if (viaTsx) return ['--import', 'tsx', WRITER];
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const esbuild = fromTsx('esbuild') as Esbuild;
  const outfile = join(outDir, 'queue-writer.mjs');
  await esbuild.build({
    entryPoints: [WRITER],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
  });
  return [outfile];
}

export interface Death {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

export class Victim {
  readonly lines: string[] = [];
  readonly exited: Promise<Death>;
  private readonly child: ChildProcess;
  private stderr = '';
  private waiters: Array<() => void> = [];

  constructor(command: string[], file: string, seed: number, prefix: string, mode: 'append' | 'compact') {
    this.child = spawn(process.execPath, [...command, file, String(seed), prefix, mode], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let partial = '';
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      this.lines.push(...parts);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr!.setEncoding('utf8').on('data', (c: string) => {
      this.stderr += c;
    });
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code, signal) => {
        for (const wake of this.waiters.splice(0)) wake();
        resolve({ lines: this.lines, signal, code, stderr: this.stderr });
      });
    });
  }

  /** Resolves once `count` lines matching `re` were printed; rejects if the child died first. */
  async until(re: RegExp, count = 1): Promise<void> {
    for (;;) {
      if (this.lines.filter((l) => re.test(l)).length >= count) return;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`writer died before ${count}× ${re}: ${this.stderr}`);
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  go(): void {
    this.child.stdin!.write('go\n');
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
