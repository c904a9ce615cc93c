import type { Services } from '../../../context.ts';
import { NoSuchEntityError, ValidationError } from '../../../errors.ts';
import { type SearchResult, search } from '../../framework/search.ts';
import { parseSearchCriteria } from '../../framework/search-criteria.ts';
import { SOURCES, type Source } from '../types.ts';
import { noSpecialChars, notEmpty, noWhitespace } from './checks.ts';
import { asBool, asFloat, asInt, asString } from './coerce.ts';

/**
 * MSI sources: read, list, and save (an upsert by source_code; sources are never deleted, only
 * disabled). Saving runs the source validator chain (name, code, postcode, country) and fails
 * with `Validation Failed` listing every error.
 * @see Magento\Inventory\Model\SourceRepository
 * @see Magento\Inventory\Model\Source\Command\Save
 */
export function getSource(s: Services, code: string): Source {
  const source = s.store.get<Source>(SOURCES, code);
  if (!source) throw new NoSuchEntityError('Source with code "%value" does not exist.', { value: code });
  return source;
}

/** `GET /V1/inventory/sources`: searchCriteria over all sources. */
export function listSources(s: Services, query: Record<string, unknown>): SearchResult<unknown> {
  return search(s.store.all<Source>(SOURCES), parseSearchCriteria(s, query));
}

const TEXT = ['name', 'description', 'country_id', 'region', 'city', 'street', 'postcode'] as const;
const CONTACT = ['contact_name', 'email', 'phone', 'fax'] as const;

/** Saves a source from a request DTO; `code` (the PUT URL) overrides the body's source_code. */
export function saveSource(s: Services, input: Record<string, unknown>, code?: string): void {
  const raw = code === undefined ? input : { ...input, source_code: code };
  const existing = s.store.get<Source>(SOURCES, String(raw['source_code'] ?? ''));
  const source = toSource(raw, existing);
  const errors = [
    ...notEmpty('name', source.name),
    ...noSpecialChars(source.name),
    ...notEmpty('source_code', source.source_code),
    ...noWhitespace('source_code', source.source_code),
    ...noSpecialChars(source.source_code),
    ...notEmpty('postcode', source.postcode),
    ...notEmpty('country_id', source.country_id),
  ];
  if (errors.length > 0) throw ValidationError.of(errors);
  s.store.put(SOURCES, source.source_code, source);
}

function toSource(raw: Record<string, unknown>, existing: Source | undefined): Source {
  const out: Record<string, unknown> = {
    ...(existing ?? { enabled: true, use_default_carrier_config: true }),
  };
  out['source_code'] = asString('source_code', raw['source_code']) ?? '';
  for (const f of [...TEXT, ...CONTACT]) {
    if (f in raw) out[f] = asString(f, raw[f]) ?? undefined;
  }
  for (const f of ['latitude', 'longitude'] as const) if (f in raw) out[f] = asFloat(f, raw[f]) ?? undefined;
  if ('region_id' in raw) out['region_id'] = asInt('region_id', raw['region_id']) ?? undefined;
  for (const f of ['enabled', 'use_default_carrier_config'] as const) {
    if (f in raw) out[f] = asBool(f, raw[f]) ?? out[f];
  }
  if (Array.isArray(raw['carrier_links'])) out['carrier_links'] = raw['carrier_links'];
  if (raw['extension_attributes'] && typeof raw['extension_attributes'] === 'object') {
    out['extension_attributes'] = {
      ...(existing?.extension_attributes ?? {}),
      ...raw['extension_attributes'],
    };
  }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as unknown as Source;
}
