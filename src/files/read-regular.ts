import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

/**
 * The text of a small regular file, read without following a symbolic link at its own name (O_NOFOLLOW where the
 * platform has it, lstat first where it has not, and the opened file checked to be a regular one) and never more
 * than `maxBytes`: a `.gitignore` or config file linked to /dev/zero or outside the workspace, or a huge one, is
 * refused unread. Throws an Error whose message says why (code ELOOP for a link).
 */
export function readRegularFileSync(abs: string, maxBytes: number, noFollow: number = constants.O_NOFOLLOW ?? 0): string {
  // Where the platform has no O_NOFOLLOW (Windows), the name is looked at first; the error is the one open gives.
  if (!noFollow && lstatSync(abs).isSymbolicLink()) throw Object.assign(new Error(`ELOOP: a symbolic link, never followed: ${abs}`), { code: 'ELOOP' });
  const fd = openSync(abs, constants.O_RDONLY | noFollow | (constants.O_NONBLOCK ?? 0));
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
