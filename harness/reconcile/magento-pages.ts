import { z } from 'zod';
import type { AdminClient } from '../magento/admin-client.ts';
import { ReconcileError } from './errors.ts';
import { describe, explainFailure, type FailureContext } from './magento-failure.ts';

/**
 * Reads every match of a Magento getList route, page by page, with a stable sort so a write during
 * the read does not shift a page under us. Ends on `total_count`, never on an empty page alone:
 * Magento before 2.4.4 answers a page past the end with the last page again.
 * @see /work/shared/docs/magento-rest.md §4 (searchCriteria, page past the end)
 */
export interface PageQuery {
  /** Each filter is its own group (AND); `[field, value, condition]`. */
  filters?: Array<[string, string, string]>;
  sort: [string, 'ASC' | 'DESC'];
  /** Magento's `fields` projection (e.g. `items[sku,qty],total_count`), to keep big lists light. */
  fields?: string;
  pageSize?: number;
}

/** A guard against a server that ignores `currentPage`: 2 million rows at the default size. */
const MAX_PAGES = 10_000;
const Envelope = z.object({
  items: z.array(z.unknown()),
  total_count: z.coerce.number().int().nonnegative(),
});

export async function readAllPages<T>(
  client: AdminClient,
  path: string,
  query: PageQuery,
  item: z.ZodType<T>,
  ctx: FailureContext,
): Promise<T[]> {
  const pageSize = query.pageSize ?? 200;
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const url = `${path}?${criteria(query, pageSize, page)}`;
    let body: unknown;
    try {
      body = await client.get<unknown>(url);
    } catch (err) {
      throw explainFailure(err, ctx);
    }
    const envelope = Envelope.safeParse(body);
    if (!envelope.success)
      throw new ReconcileError(
        'not-magento',
        `${ctx.baseUrl} does not answer like Magento: GET /rest${path} answered ${describe(body)}, not a search result; --magento must be the shop's base URL (without /rest)`,
      );
    for (const [i, raw] of envelope.data.items.entries()) {
      const parsed = item.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ReconcileError(
          'not-magento',
          `Magento listed ${ctx.reading} that cannot be read: item ${(page - 1) * pageSize + i + 1}, ${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}`,
        );
      }
      out.push(parsed.data);
    }
    const { items, total_count } = envelope.data;
    if (out.length >= total_count || items.length === 0) return out;
    if (page >= MAX_PAGES)
      throw new ReconcileError(
        'magento',
        `Magento kept paging ${ctx.reading} past ${MAX_PAGES} pages: stopped`,
      );
  }
}

/** The query string: `searchCriteria[filter_groups][i][filters][0][...]`, sort, page, fields. */
export function criteria(query: PageQuery, pageSize: number, page: number): string {
  const parts = (query.filters ?? []).flatMap(([field, value, condition], i) => {
    const p = `searchCriteria[filter_groups][${i}][filters][0]`;
    return [
      `${p}[field]=${encodeURIComponent(field)}`,
      `${p}[value]=${encodeURIComponent(value)}`,
      `${p}[condition_type]=${encodeURIComponent(condition)}`,
    ];
  });
  parts.push(
    `searchCriteria[sortOrders][0][field]=${encodeURIComponent(query.sort[0])}`,
    `searchCriteria[sortOrders][0][direction]=${query.sort[1]}`,
    `searchCriteria[pageSize]=${pageSize}`,
    `searchCriteria[currentPage]=${page}`,
  );
  if (query.fields) parts.push(`fields=${encodeURIComponent(query.fields)}`);
  return parts.join('&');
}
