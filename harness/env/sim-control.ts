import axios, { type AxiosInstance } from 'axios';

/**
 * Client for the simulator's `/__sim` control API: reset, seed, config, faults, journal, clock.
 * Only scenarios tagged `@simulator` may rely on it (a real Magento has none).
 */
export interface JournalEntry {
  seq: number;
  method: string;
  url: string;
  status: number;
  route: string | null;
  unhandled: boolean;
  error?: string;
  fault?: string;
}

export interface FaultSpec {
  method?: string;
  path: string;
  action: '429' | '5xx' | 'delay' | 'commit-then-drop';
  status?: number;
  retryAfter?: number | null;
  body?: string;
  delayMs?: number;
  times?: number;
  name?: string;
}

/** A fault rule as `GET /__sim/faults` lists it: how often it answered, how many hits are left. */
export interface FaultRuleState {
  id: number;
  name: string;
  hits: number;
  remaining: number | null;
}

export class SimControl {
  private readonly http: AxiosInstance;
  constructor(
    readonly baseUrl: string,
    token?: string,
  ) {
    this.http = axios.create({
      baseURL: `${baseUrl.replace(/\/$/, '')}/__sim`,
      timeout: 30_000,
      headers: token ? { 'X-Posgate-Control-Token': token } : {},
      validateStatus: () => true,
    });
  }

  private async call<T>(method: string, url: string, data?: unknown): Promise<T> {
    const res = await this.http.request({ method, url, data });
    if (res.status >= 300)
      throw new Error(
        `control API ${method} /__sim${url} answered ${res.status}: ${JSON.stringify(res.data)}`,
      );
    return res.data as T;
  }

  reset = () => this.call<void>('POST', '/reset');
  seed = (scenario: unknown) => this.call<unknown>('POST', '/seed', scenario);
  setConfig = (values: Record<string, string>) => this.call<Record<string, string>>('PUT', '/config', values);
  addFault = (spec: FaultSpec) => this.call<{ id: string }>('POST', '/faults', spec);
  clearFaults = () => this.call<void>('DELETE', '/faults');
  faults = () => this.call<FaultRuleState[]>('GET', '/faults');
  removeFault = (id: number) => this.call<void>('DELETE', `/faults/${id}`);
  journal = (since?: number) =>
    this.call<JournalEntry[]>('GET', `/journal${since === undefined ? '' : `?since=${since}`}`);
  unhandled = () => this.call<JournalEntry[]>('GET', '/journal?unhandled=1');
  clearJournal = () => this.call<void>('DELETE', '/journal');
  state = () => this.call<{ collections: Record<string, Record<string, unknown>> }>('GET', '/state');
  advanceClock = (ms: number) => this.call<unknown>('PUT', '/clock', { advanceMs: ms });
  info = () => this.call<Record<string, unknown>>('GET', '/info');
}
