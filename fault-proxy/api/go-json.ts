/**
 * Reads a request body the way Go's `json.NewDecoder(body).Decode(&v)` does: the first JSON value
 * is decoded and anything after it ignored, and a syntax error carries Go's message (`EOF`,
 * `unexpected EOF`, `invalid character 'x' looking for beginning of value`, ...), which Toxiproxy
 * returns as `bad request body: <message>`.
 */
export class GoJsonError extends Error {
  override name = 'GoJsonError';
}

/** Go's quoteChar: how a byte is shown in a syntax error. */
export function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const escapes: Record<string, string> = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '\\': '\\\\',
  };
  const code = c.charCodeAt(0);
  const shown = escapes[c] ?? (code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c);
  return `'${shown}'`;
}

class Scanner {
  i = 0;
  constructor(private readonly s: string) {}

  document(): number {
    this.space();
    if (this.i >= this.s.length) throw new GoJsonError('EOF');
    this.value();
    return this.i;
  }

  private value(): void {
    this.space();
    const c = this.s[this.i];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === 't') this.literal('true');
    else if (c === 'f') this.literal('false');
    else if (c === 'n') this.literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else this.fail('looking for beginning of value');
  }

  private object(): void {
    this.i++;
    this.space();
    if (this.s[this.i] === '}') return void this.i++;
    for (;;) {
      this.space();
      if (this.s[this.i] !== '"') this.fail('looking for beginning of object key string');
      this.string();
      this.space();
      if (this.s[this.i] !== ':') this.fail('after object key');
      this.i++;
      this.value();
      this.space();
      const c = this.s[this.i];
      this.i++;
      if (c === '}') return;
      if (c !== ',') this.back('after object key:value pair');
    }
  }

  private array(): void {
    this.i++;
    this.space();
    if (this.s[this.i] === ']') return void this.i++;
    for (;;) {
      this.value();
      this.space();
      const c = this.s[this.i];
      this.i++;
      if (c === ']') return;
      if (c !== ',') this.back('after array element');
    }
  }

  private string(): void {
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('');
      if (c === '"') return void this.i++;
      if (c === '\\') {
        this.i++;
        const e = this.s[this.i] ?? '';
        if (e !== '' && '"\\/bfnrt'.includes(e)) this.i++;
        else if (e === 'u') {
          this.i++;
          for (let k = 0; k < 4; k++, this.i++)
            if (!/^[0-9a-fA-F]$/.test(this.s[this.i] ?? '')) this.fail('in \\u hexadecimal character escape');
        } else this.fail('in string escape code');
        continue;
      }
      if (c < ' ') this.fail('in string literal');
      this.i++;
    }
  }

  private literal(word: string): void {
    for (let k = 1; k < word.length; k++)
      if (this.s[this.i + k] !== word[k]) {
        this.i += k;
        this.fail(`in literal ${word} (expecting ${quoteChar(word[k] as string)})`);
      }
    this.i += word.length;
  }

  private number(): void {
    if (this.s[this.i] === '-') {
      this.i++;
      if (!this.digit()) this.fail('in numeric literal');
    }
    if (this.s[this.i] === '0') this.i++;
    else while (this.digit()) this.i++;
    if (this.s[this.i] === '.') {
      this.i++;
      if (!this.digit()) this.fail('after decimal point in numeric literal');
      while (this.digit()) this.i++;
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (!this.digit()) this.fail('in exponent of numeric literal');
      while (this.digit()) this.i++;
    }
  }

  private digit(): boolean {
    const c = this.s[this.i];
    return c !== undefined && c >= '0' && c <= '9';
  }

  private space(): void {
    while (' \t\n\r'.includes(this.s[this.i] || 'x')) this.i++;
  }

  private back(context: string): never {
    this.i--;
    return this.fail(context);
  }

  private fail(context: string): never {
    const c = this.s[this.i];
    if (c === undefined) throw new GoJsonError('unexpected EOF');
    throw new GoJsonError(`invalid character ${quoteChar(c)} ${context}`);
  }
}

/** The first JSON value of `text`, or a GoJsonError with Go's message. */
export function decodeFirstValue(text: string): unknown {
  const end = new Scanner(text).document();
  return JSON.parse(text.slice(0, end));
}
