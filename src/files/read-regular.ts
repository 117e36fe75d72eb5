import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The text of a small regular file, read without following a symbolic link at its own name (O_NOFOLLOW where the
 * platform has it, and the opened file checked to be a regular one) and never more than `maxBytes`: a `.gitignore`
 * linked to /dev/zero, or a huge one, cannot take the run's memory. Throws an Error whose message says why.
 */
export function readRegularFileSync(abs: string, maxBytes: number): string {
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
    const buffer = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buffer, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}
