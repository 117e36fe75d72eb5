import { open } from 'node:fs/promises';
import type { FileEntry } from '../../files/types.js';

const README = /^readme(?:\.(?:md|markdown|rst|txt|adoc|org))?$/i;

/** The root README, where repository-wide publication findings are anchored; README.md (the file the fix creates) when there is none. */
export function readmeOf(tree: readonly FileEntry[]): FileEntry | undefined {
  const candidates = tree.filter((f) => !f.path.includes('/') && README.test(f.path));
  return candidates.find((f) => /\.md$/i.test(f.path)) ?? candidates[0];
}

export interface Anchor {
  path: string;
  /** Line 1 of the file, for an inline `tg-compliance:allow` comment there. */
  lineText?: string;
  /** There is no README: the path is the file the fix would create. */
  fileToCreate?: boolean;
}

export async function anchorAt(readme: FileEntry | undefined): Promise<Anchor> {
  if (!readme) return { path: 'README.md', fileToCreate: true };
  try {
    const handle = await open(readme.abs, 'r');
    try {
      const buffer = Buffer.alloc(1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return { path: readme.path, lineText: buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] };
    } finally {
      await handle.close();
    }
  } catch {
    return { path: readme.path };
  }
}
