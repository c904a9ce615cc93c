/**
 * The few DOM helpers the page needs: elements by id (the ids are the page's own; page objects
 * use roles and names), text outputs, input values, and an action runner that disables its
 * button while it runs (a double-clicked "Complete sale" must not sell twice).
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

export function setText(id: string, text: string): void {
  byId(id).textContent = text;
}

export function clearText(...ids: string[]): void {
  for (const id of ids) setText(id, '');
}

export function inputValue(id: string): string {
  return byId<HTMLInputElement>(id).value.trim();
}

export function setInput(id: string, value: string): void {
  byId<HTMLInputElement>(id).value = value;
}

/** Runs an action with its button disabled (and the main region busy) until it settles. */
export async function withButton(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
  const main = byId('main');
  button.disabled = true;
  main.setAttribute('aria-busy', 'true');
  try {
    await action();
  } finally {
    button.disabled = false;
    main.setAttribute('aria-busy', 'false');
  }
}

/** What the cashier reads for a failure: zod issues as `path: message`, else the message. */
export function errorText(e: unknown): string {
  const issues = (e as { issues?: Array<{ path: PropertyKey[]; message: string }> } | null)?.issues;
  if (Array.isArray(issues)) {
    return `invalid input: ${issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ')}`;
  }
  return e instanceof Error ? e.message : String(e);
}

/** A number typed by the cashier ('' is undefined; a comma is a decimal point). */
export function parseAmount(text: string, label: string): number | undefined {
  if (text === '') return undefined;
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n)) throw new PageInputError(`${label} must be a number, got "${text}"`);
  return n;
}

/** Input the page refuses before it reaches the register. */
export class PageInputError extends Error {
  override name = 'PageInputError';
}

export function money(n: number | undefined): string {
  return n === undefined ? '' : n.toFixed(2);
}
