import ignore, { type Ignore } from 'ignore';
import { join } from 'node:path';
import { readRegularFileSync } from './read-regular.js';

// A 100,000-line .gitignore is about 2 MiB. One that cannot be read (a link, a device, larger) adds no rules: its
// folder is then scanned whole, never less.
const MAX_GITIGNORE_BYTES = 8 * 1024 * 1024;

/** The .gitignore rules in force in one folder: its own file's and every ancestor's, each relative to its folder. */
export interface IgnoreScope {
  ignores(relPath: string, isDir: boolean): boolean;
}

/** What one .gitignore says of a path: a rule leaves it out, a `!` rule takes it back, or no rule matches. */
type Verdict = 'ignored' | 'unignored' | undefined;

interface Layer {
  base: string; // root-relative folder that holds the .gitignore, '' for the root
  verdict: (relPath: string) => Verdict;
}

class Layers implements IgnoreScope {
  // A plain field, not a parameter property: scripts/ import this file with Node's type stripping.
  private readonly layers: readonly Layer[];
  constructor(layers: readonly Layer[]) {
    this.layers = layers;
  }
  /** As git decides: the deepest .gitignore with a matching rule wins, so a nested `!app.json` beats a root `*.json`. */
  ignores(relPath: string, isDir: boolean): boolean {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const { base, verdict } = this.layers[i];
      const sub = base === '' ? relPath : relPath.slice(base.length + 1);
      const said = verdict(isDir ? `${sub}/` : sub);
      if (said) return said === 'ignored';
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
    text = readRegularFileSync(join(absDir, '.gitignore'), MAX_GITIGNORE_BYTES);
  } catch {
    return parent;
  }
  return (parent as Layers).with({ base: relDir, verdict: rulesOnly(ignore({ allowRelativePaths: true }).add(text)) });
}

interface RuleList {
  test(path: string, mode: string): { ignored: boolean; unignored: boolean };
}

/**
 * `Ignore.ignores` checks every parent folder of a path too, and caches each answer, for callers that test paths in
 * any order: most of a walk's time, and a cache as large as the tree. Walks and change sets here never ask about a
 * path under an ignored folder, so the package's rule list alone decides (its `_rules.test`, what `ignores` runs
 * for the path itself). If a version of the package no longer has it, the public method serves. walk.test.ts
 * compares the result with git's own listing.
 */
function rulesOnly(ig: Ignore): (relPath: string) => Verdict {
  const rules = (ig as unknown as { _rules?: RuleList })._rules;
  const test = typeof rules?.test === 'function' ? (path: string) => rules.test(path, 'regex') : (path: string) => ig.test(path);
  return (path) => {
    const { ignored, unignored } = test(path);
    return ignored ? 'ignored' : unignored ? 'unignored' : undefined;
  };
}
