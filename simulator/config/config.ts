import type { Store } from '../state/store.ts';
import { CONFIG_DEFAULTS } from './defaults.ts';

/**
 * Magento config values by path, with Magento's scope fallback: store view, then website, then
 * default, then the shipped default. Values live in the state (collection `config`, keys
 * `default/<path>`, `websites/<code>/<path>`, `stores/<code>/<path>`), so they survive restarts.
 */
export class Config {
  constructor(private readonly store: Store) {}

  get(path: string, scope?: { store?: string; website?: string }): string | undefined {
    if (scope?.store) {
      const v = this.store.get<string>('config', `stores/${scope.store}/${path}`);
      if (v !== undefined) return v;
    }
    if (scope?.website) {
      const v = this.store.get<string>('config', `websites/${scope.website}/${path}`);
      if (v !== undefined) return v;
    }
    return this.store.get<string>('config', `default/${path}`) ?? CONFIG_DEFAULTS[path];
  }

  flag(path: string, scope?: { store?: string; website?: string }): boolean {
    const v = this.get(path, scope);
    return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
  }

  number(path: string, scope?: { store?: string; website?: string }): number {
    return Number(this.get(path, scope) ?? 0);
  }

  /** Sets a value; `key` is a bare path (default scope) or `websites/<code>/<path>`, `stores/<code>/<path>`. */
  set(key: string, value: string | number | boolean): void {
    const scoped = /^(default|websites\/[^/]+|stores\/[^/]+)\//.test(key) ? key : `default/${key}`;
    this.store.put('config', scoped, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }

  /** Every explicitly set value (not the shipped defaults), keyed as stored. */
  overrides(): Record<string, string> {
    return Object.fromEntries(this.store.entries<string>('config'));
  }
}
