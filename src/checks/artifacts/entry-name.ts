/**
 * Why an archive entry's name is refused: an absolute path or a `..` segment would let an extractor write outside
 * its folder. Nothing is ever extracted here, but an artifact carrying such a name is not read either.
 */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\0')) return 'its name holds a NUL byte';
  if (/^(?:[/\\]|[A-Za-z]:)/.test(name)) return 'absolute path in an entry name (path traversal)';
  if (name.split(/[/\\]/).includes('..')) return '".." in an entry name (path traversal)';
  return undefined;
}

/** Expanded-to-compressed ratio or declared size that marks a zip or gzip bomb. */
export function bombReason(expanded: number, compressed: number, ratioFloorBytes: number, maxRatio: number, kind: 'zip' | 'gzip' = 'zip'): string | undefined {
  if (expanded <= ratioFloorBytes) return undefined;
  const ratio = expanded / Math.max(compressed, 1);
  if (ratio <= maxRatio) return undefined;
  return `refused: expands ${Math.round(ratio)}:1 (${expanded} bytes from ${compressed}), above the ${maxRatio}:1 limit: a ${kind} bomb`;
}
