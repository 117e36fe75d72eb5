import type { FileEntry } from '../../files/types.js';

// Files at the scanned root that state a project's license in prose.
const NOTICE_FILE = /^(?:README|LEGAL|NOTICE|COPYRIGHT)(?:\.[\w]+)?$/i;

export function noticeFiles(tree: readonly FileEntry[], root: string): FileEntry[] {
  return tree.filter((f) => f.path.startsWith(root) && !f.path.slice(root.length).includes('/') && NOTICE_FILE.test(f.path.slice(root.length)));
}
