import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replaces a file atomically and durably: `<file>.tmp` written and fsynced, renamed over the
 * file, the directory fsynced. After a crash the file is the old one or the new one; a leftover
 * `.tmp` (a crash before the rename) is simply overwritten next time. A fixed temp name (rather
 * than write-file-atomic's random one) leaves no litter behind kill -9.
 */
export function writeFileAtomicSync(file: string, data: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const bytes = Buffer.from(data, 'utf8');
  const fd = openSync(tmp, 'w');
  try {
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
