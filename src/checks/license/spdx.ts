import parse, { type SpdxNode } from 'spdx-expression-parse';
import { licenseFromName } from './spdx-names.js';

/** One license named by an SPDX expression, reduced to what the comparison needs. */
export interface DeclaredLicense {
  /** As written, e.g. "GPL-3.0-or-later". */
  raw: string;
  /** Without -only/-or-later/+, e.g. "GPL-3.0"; LicenseRef-* and unknown ids as written. */
  base: string;
  orLater?: boolean;
  exception?: string;
}

export interface Declaration {
  /** The expression (or license name) as written. */
  text: string;
  /** "or": any one of the leaves suffices; "and": all apply. */
  conjunction: 'or' | 'and';
  leaves: DeclaredLicense[];
  /** What was done to read it: a non-SPDX name mapped, an unknown exception dropped. */
  note?: string;
}

/**
 * Reads a license declaration: an SPDX expression (spdx-expression-parse), else a license name ("GPLv3",
 * "Apache License, Version 2.0"). An exception unknown to the parser's list (OpenSSL-exception in older lists)
 * is dropped and the rest parsed. undefined when nothing can be read.
 */
export function readDeclaration(text: string): Declaration | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const tried = tryParse(trimmed) ?? tryParse(trimmed.replace(/(?<!\s)\s+WITH\s+[\w.+-]+/g, ''));
  if (tried) {
    const leaves = leavesOf(tried);
    const withException = /\bWITH\s+([\w.+-]+)/.exec(text);
    if (withException && !leaves.some((l) => l.exception)) leaves.forEach((l) => (l.exception = withException[1]));
    return { text: trimmed, conjunction: conjunctionOf(tried), leaves };
  }
  // Legacy Cargo "MIT/Apache-2.0" means OR.
  if (/^[\w.+-]+(?:\s*\/\s*[\w.+-]+)+$/.test(trimmed)) {
    const parts = trimmed.split('/').map((p) => tryParse(p.trim()));
    if (parts.every(Boolean)) return { text: trimmed, conjunction: 'or', leaves: parts.flatMap((p) => leavesOf(p!)), note: 'read "/" as OR' };
  }
  const named = licenseFromName(trimmed);
  if (named) {
    const raw = named.orLater === undefined ? named.id : `${named.id}-${named.orLater ? 'or-later' : 'only'}`;
    return { text: trimmed, conjunction: 'or', leaves: [{ raw, base: named.id, orLater: named.orLater }], note: `read the name as ${raw}` };
  }
  return undefined;
}

function tryParse(s: string): SpdxNode | undefined {
  try {
    return parse(s);
  } catch {
    return undefined;
  }
}

function conjunctionOf(node: SpdxNode): 'or' | 'and' {
  return 'conjunction' in node ? node.conjunction : 'or';
}

function leavesOf(node: SpdxNode): DeclaredLicense[] {
  if ('conjunction' in node) return [...leavesOf(node.left), ...leavesOf(node.right)];
  return [leaf(node.license, node.plus, node.exception)];
}

export function leaf(id: string, plus?: boolean, exception?: string): DeclaredLicense {
  const m = /^(.*?)(-only|-or-later|\+)?$/.exec(id)!;
  const base = m[1];
  const orLater = plus || m[2] === '-or-later' || m[2] === '+' ? true : m[2] === '-only' ? false : undefined;
  return { raw: `${id}${plus ? '+' : ''}${exception ? ` WITH ${exception}` : ''}`, base, orLater, exception };
}
