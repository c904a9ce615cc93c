import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * A child process of a kill test, watched line by line: started ahead of time (it prints `warm`
 * and waits for a line on stdin), let go, then SIGKILLed; `exited` resolves with every line it
 * printed and how it died.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export class Child {
  readonly lines: string[] = [];
  readonly exited: Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }>;
  private readonly proc: ChildProcess;
  private stderr = '';
  private waiters: Array<() => void> = [];

  constructor(command: string[], args: string[]) {
    this.proc = spawn(process.execPath, [...command, ...args], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let partial = '';
    this.proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      this.lines.push(...parts);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.proc.stderr?.setEncoding('utf8').on('data', (c: string) => {
      this.stderr += c;
    });
    this.exited = new Promise((resolve) => {
      this.proc.on('close', (code, signal) => {
        for (const wake of this.waiters.splice(0)) wake();
        resolve({ signal, code, stderr: this.stderr });
      });
    });
  }

  /** Resolves once `count` lines matching `re` were printed; rejects if the child died first. */
  async until(re: RegExp, count = 1): Promise<void> {
    for (;;) {
      if (this.lines.filter((l) => re.test(l)).length >= count) return;
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) {
        throw new Error(`child died before ${count}× ${re}: ${this.stderr}`);
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  go(): void {
    this.proc.stdin?.write('go\n');
  }

  kill(): void {
    this.proc.kill('SIGKILL');
  }
}
