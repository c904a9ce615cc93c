import { type FileHandle, open } from 'node:fs/promises';

/**
 * The two fsync steps the durability argument rests on, in one place. A file's data is durable
 * after `datasync`, but a new or renamed directory entry only after the directory itself is synced.
 */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes all of `buf` (a single write may be short) at the file position or, in append mode, the end. */
export async function writeFully(fh: FileHandle, buf: Buffer): Promise<void> {
  let off = 0;
  while (off < buf.length) {
    const { bytesWritten } = await fh.write(buf, off, buf.length - off);
    off += bytesWritten;
  }
}
