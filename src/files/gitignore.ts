import ignore, { type Ignore } from 'ignore';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The .gitignore rules in force in one folder: its own file's and every ancestor's, each relative to its folder. */
export interface IgnoreScope {
  ignores(relPath: string, isDir: boolean): boolean;
}

interface Layer {
  base: string; // root-relative folder that holds the .gitignore, '' for the root
  ignores: (relPath: string) => boolean;
}

class Layers implements IgnoreScope {
  constructor(private readonly layers: readonly Layer[]) {}
  ignores(relPath: string, isDir: boolean): boolean {
    for (const { base, ignores } of this.layers) {
      const sub = base === '' ? relPath : relPath.slice(base.length + 1);
      if (ignores(isDir ? `${sub}/` : sub)) return true;
    }
    return false;
  }
  with(layer: Layer): Layers {
    return new Layers([...this.layers, layer]);
  }
}

export const NO_RULES: IgnoreScope = new Layers([]);

/** Adds the folder's own .gitignore, if it has one, to the rules inherited from its parents. */
export function scopeFor(parent: IgnoreScope, absDir: string, relDir: string, hasGitignore: boolean): IgnoreScope {
  if (!hasGitignore) return parent;
  let text: string;
  try {
    text = readFileSync(join(absDir, '.gitignore'), 'utf8');
  } catch {
    return parent;
  }
  return (parent as Layers).with({ base: relDir, ignores: rulesOnly(ignore({ allowRelativePaths: true }).add(text)) });
}

interface RuleList {
  test(path: string, mode: string): { ignored: boolean };
}

/**
 * `Ignore.ignores` checks every parent folder of a path too, and caches each answer, for callers that test paths in
 * any order: most of a walk's time, and a cache as large as the tree. Walks and change sets here never ask about a
 * path under an ignored folder, so the package's rule list alone decides (its `_rules.test`, what `ignores` runs
 * for the path itself). If a version of the package no longer has it, the public method serves. walk.test.ts
 * compares the result with git's own listing.
 */
function rulesOnly(ig: Ignore): (relPath: string) => boolean {
  const rules = (ig as unknown as { _rules?: RuleList })._rules;
  if (typeof rules?.test !== 'function') return (path) => ig.ignores(path);
  return (path) => rules.test(path, 'regex').ignored;
}
