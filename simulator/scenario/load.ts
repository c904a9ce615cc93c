import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Scenario } from '../../contracts/scenario.ts';
import { describeIssues } from './issues.ts';

/**
 * Reads merchant scenarios: bundled ones by name (`scenarios/<name>.json`, `.yaml` or `.yml`) or any
 * file by path, JSON or YAML, validated by the `Scenario` contract. Every failure is a
 * `ScenarioError` whose one-line message says which file and which field, and what to do.
 */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(
    message: string,
    /** `unknown`: no such bundled scenario or file; `invalid`: it cannot be read or applied. */
    readonly kind: 'unknown' | 'invalid' = 'invalid',
  ) {
    super(message);
  }
}

/** The repository's `scenarios/` folder. */
export const SCENARIOS_DIR = resolve(import.meta.dirname, '../../scenarios');
const EXTENSIONS = ['.json', '.yaml', '.yml'];

export interface BundledScenario {
  name: string;
  description: string;
  file: string;
}

/** The bundled scenarios, by name. */
export function listScenarios(dir = SCENARIOS_DIR): BundledScenario[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => EXTENSIONS.includes(extname(f))) : [];
  return files.sort().map((f) => {
    const sc = readScenarioFile(join(dir, f));
    return { name: f.slice(0, -extname(f).length), description: sc.description, file: join(dir, f) };
  });
}

/** Loads a scenario by bundled name (`two-shops-and-web`) or by file path (`./my-shop.yaml`). */
export function loadScenario(ref: string, dir = SCENARIOS_DIR): Scenario {
  if (looksLikePath(ref)) {
    if (!existsSync(ref))
      throw new ScenarioError(`scenario file ${ref} does not exist: check the path`, 'unknown');
    return readScenarioFile(ref);
  }
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(ref)) throw unknown(ref, dir);
  for (const ext of EXTENSIONS) {
    const file = join(dir, ref + ext);
    if (existsSync(file)) return readScenarioFile(file);
  }
  throw unknown(ref, dir);
}

/** Validates a scenario given as data (`source` names it in errors). */
export function parseScenario(data: unknown, source: string): Scenario {
  const parsed = Scenario.safeParse(data);
  if (!parsed.success)
    throw new ScenarioError(`${source} is not a valid scenario: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function readScenarioFile(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ScenarioError(`cannot read scenario file ${file}: ${(err as Error).message}`);
  }
  let data: unknown;
  const yaml = extname(file) === '.yaml' || extname(file) === '.yml';
  try {
    data = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    const kind = yaml ? 'YAML' : 'JSON';
    throw new ScenarioError(`${file} is not valid ${kind}: ${firstLine((err as Error).message)}`);
  }
  return parseScenario(data, file);
}

function looksLikePath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || EXTENSIONS.includes(extname(ref));
}

function unknown(ref: string, dir: string): ScenarioError {
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => EXTENSIONS.includes(extname(f)))
        .map((f) => f.slice(0, -extname(f).length))
        .sort()
    : [];
  return new ScenarioError(
    `unknown scenario "${ref}": use one of ${names.join(', ') || '(none bundled)'}, or a path to a .json or .yaml file`,
    'unknown',
  );
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
