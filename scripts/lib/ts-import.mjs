// Lets a script import src/ and __tests__/helpers/ TypeScript modules: `const m = await importTs('src/x.ts')`.
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

register(new URL('./ts-resolve.mjs', import.meta.url));

const REPO = join(import.meta.dirname, '..', '..');

export function importTs(relative) {
  return import(pathToFileURL(join(REPO, relative)).href);
}
