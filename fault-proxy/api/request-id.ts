import { randomBytes } from 'node:crypto';

/**
 * Request ids in the xid format Toxiproxy's `X-Toxiproxy-Request-Id` uses (rs/xid via zerolog's
 * hlog): 12 bytes (seconds, machine, pid, counter) in lower-case base32hex, 20 characters.
 */
const alphabet = '0123456789abcdefghijklmnopqrstuv';
const machine = randomBytes(3);
let counter = randomBytes(3).readUIntBE(0, 3);

export function requestId(): string {
  const raw = Buffer.alloc(12);
  raw.writeUInt32BE(Math.floor(Date.now() / 1000) >>> 0, 0);
  machine.copy(raw, 4);
  raw.writeUInt16BE(process.pid & 0xffff, 7);
  counter = (counter + 1) & 0xffffff;
  raw.writeUIntBE(counter, 9, 3);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of raw) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out + alphabet[(value << (5 - bits)) & 31];
}
