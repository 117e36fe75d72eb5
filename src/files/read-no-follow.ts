import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

export type NoFollowRead =
  | { ok: true; text: string }
  /** `link`: the path is a symbolic link; `special`: a device, FIFO or folder; `too-large`: over the cap; else the error code. */
  | { ok: false; problem: 'link' | 'special' | 'too-large' | string };

/**
 * Reads a small file that came with the tree (a config file, a `.gitignore`) without ever following a symbolic
 * link at its name, opening a device or FIFO for good, or reading more than `maxBytes`: a link to /dev/zero or to a
 * file outside the workspace is refused, not read. `noFollow` is the platform's O_NOFOLLOW; where it has none
 * (Windows), the name is looked at with lstat first.
 */
export function readNoFollowSync(abs: string, maxBytes: number, noFollow: number = constants.O_NOFOLLOW ?? 0): NoFollowRead {
  let fd: number;
  try {
    if (!noFollow && lstatSync(abs).isSymbolicLink()) return { ok: false, problem: 'link' };
    // O_NONBLOCK: opening a FIFO to read would otherwise wait for a writer.
    fd = openSync(abs, constants.O_RDONLY | noFollow | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return { ok: false, problem: code === 'ELOOP' ? 'link' : code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, problem: 'special' };
    if (stat.size > maxBytes) return { ok: false, problem: 'too-large' };
    // The file may grow between fstat and read: read on until the end, one byte past the cap at most.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { ok: false, problem: 'too-large' };
        const larger = Buffer.allocUnsafe(Math.min(length * 2, maxBytes + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (err) {
    return { ok: false, problem: (err as NodeJS.ErrnoException).code ?? String(err) };
  } finally {
    closeSync(fd);
  }
}
