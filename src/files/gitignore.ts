import ignore, { type Ignore } from 'ignore';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The .gitignore rules in force in one folder: its own file's and every ancestor's, each relative to its folder. */
export interface IgnoreScope {
  ignores(relPath: string, isDir: boolean): boolean;
}

interface Layer {
  base: string; // root-relative folder that holds the .gitignore, '' for the root
  rules: Ignore;
}

class Layers implements IgnoreScope {
  constructor(private readonly layers: readonly Layer[]) {}
  ignores(relPath: string, isDir: boolean): boolean {
    for (const { base, rules } of this.layers) {
      const sub = base === '' ? relPath : relPath.slice(base.length + 1);
      if (rules.ignores(isDir ? `${sub}/` : sub)) return true;
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
  return (parent as Layers).with({ base: relDir, rules: ignore({ allowRelativePaths: true }).add(text) });
}
