/**
 * Magento's searchCriteria as a query string (bracketed keys, as in Magento's docs). Filters in
 * one group are OR'ed, groups are AND'ed. Used by `MagentoClient.searchAll`, e.g. to find the
 * order of a cart after an unknown outcome: `[[{ field: 'quote_id', value: cartId }]]`.
 * @see magento-rest.md §4
 */
export interface SearchFilter {
  field: string;
  value: string | number;
  /** `eq` when omitted (Magento's default); `in` takes a comma-separated list. */
  conditionType?: string;
}

export interface SearchCriteria {
  filterGroups?: SearchFilter[][];
  sortOrders?: Array<{ field: string; direction?: 'ASC' | 'DESC' }>;
  pageSize?: number;
  currentPage?: number;
}

export function searchQuery(criteria: SearchCriteria): string {
  const parts: string[] = [];
  const add = (key: string, value: string | number) =>
    parts.push(`searchCriteria${key}=${enc(String(value))}`);
  (criteria.filterGroups ?? []).forEach((group, g) => {
    group.forEach((f, i) => {
      const p = `[filter_groups][${g}][filters][${i}]`;
      add(`${p}[field]`, f.field);
      add(`${p}[value]`, f.value);
      if (f.conditionType) add(`${p}[condition_type]`, f.conditionType);
    });
  });
  (criteria.sortOrders ?? []).forEach((o, i) => {
    add(`[sortOrders][${i}][field]`, o.field);
    if (o.direction) add(`[sortOrders][${i}][direction]`, o.direction);
  });
  if (criteria.pageSize !== undefined) add('[pageSize]', criteria.pageSize);
  if (criteria.currentPage !== undefined) add('[currentPage]', criteria.currentPage);
  // Magento requires the argument even when empty ("searchCriteria" is required).
  return parts.length > 0 ? parts.join('&') : 'searchCriteria=';
}

/** RFC 3986 encoding, so the OAuth signer's decode/re-encode round-trips exactly. */
function enc(v: string): string {
  return encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
