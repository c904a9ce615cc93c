/**
 * Renders a Magento phrase the way Magento does before showing it: `%name` placeholders take the
 * named parameters, `%1`, `%2`… take positional ones (1-based), in one pass, longest placeholder
 * first, never re-replacing inserted text. Magento's REST error body carries the *raw* phrase and
 * its parameters separately, so a register that shows `message` as is shows "%fieldName".
 * @see Magento\Framework\Phrase\Renderer\Placeholder::render (PHP strtr semantics)
 */
export type MagentoParameters = Record<string, unknown> | unknown[];

export function renderMagentoMessage(message: string, parameters?: MagentoParameters | null): string {
  if (!parameters) return message;
  const pairs = new Map<string, string>();
  const named = Array.isArray(parameters)
    ? parameters.map((v, i) => [String(i + 1), v] as const)
    : Object.entries(parameters);
  for (const [k, v] of named) pairs.set(`%${k}`, text(v));
  if (pairs.size === 0) return message;
  const keys = [...pairs.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return message.replace(new RegExp(keys.join('|'), 'g'), (m) => pairs.get(m) ?? m);
}

function text(v: unknown): string {
  return typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : JSON.stringify(v);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
