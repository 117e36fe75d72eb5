import type { FileEntry } from '../../../files/types.js';
import { blankCComments } from '../text.js';
import type { TextReader } from './types.js';

// Libraries of libraries are followed this many levels deep, and at most this many in all, for one module.
const MAX_LEVELS = 3;
const MAX_LIBRARIES = 16;

const BUILD_FILE = /^(?:(.*)\/)?build\.gradle(?:\.kts)?$/;
const SETTINGS_FILE = /^(?:(.*)\/)?settings\.gradle(?:\.kts)?$/;
// `implementation project(':lib')`, `api project(path: ':lib')` (Groovy), `implementation(project(":lib"))` (Kotlin).
// Only the configurations every variant gets: a flavor's or build type's own dependency is not the main one's.
const DEPENDENCY = /\b(?:implementation|api|compile)\s*\(?\s*project\s*\(\s*(?:path\s*[:=]\s*)?(["'])(:[\w.:-]*)\1\s*\)/g;
// `project(':lib').projectDir = new File(settingsDir, 'libs/lib')` or `= file("libs/lib")`, also with rootDir.
const PROJECT_DIR = /\bproject\s*\(\s*(["'])(:[\w.:-]*)\1\s*\)\s*\.projectDir\s*=\s*([^\n;]*)/g;
const PROJECT_DIR_VALUE = /^(?:new\s+)?(?:File|file)\s*\(\s*(?:(?:settingsDir|rootDir|rootProject\.projectDir)\s*,\s*)?(["'])([\w./-]+)\1\s*\)\s*$/;

/** The folders of the library modules a module's resources merge with (its `project(':x')` dependencies), nearest first. */
export type LibraryModules = (moduleDir: string) => string[];

/**
 * Reads the tree's Gradle build and settings files when a module's libraries are first asked for. A library whose
 * folder the settings move in a way not read here is not followed.
 */
export function libraryModules(files: readonly FileEntry[], readText: TextReader): LibraryModules {
  const builds = new Map<string, FileEntry>();
  const settings = new Map<string, FileEntry>();
  for (const file of files) {
    const build = BUILD_FILE.exec(file.path);
    if (build && !builds.has(build[1] ?? '')) builds.set(build[1] ?? '', file);
    const setting = SETTINGS_FILE.exec(file.path);
    if (setting && !settings.has(setting[1] ?? '')) settings.set(setting[1] ?? '', file);
  }
  const code = (file: FileEntry | undefined) => {
    const text = file && readText(file);
    return text === undefined ? undefined : blankCComments(text, `"'`);
  };
  const moved = new Map<string, Map<string, string | undefined>>();
  const movedIn = (settingsDir: string) => {
    let table = moved.get(settingsDir);
    if (!table) moved.set(settingsDir, (table = projectDirs(code(settings.get(settingsDir)) ?? '', settingsDir)));
    return table;
  };
  const direct = (moduleDir: string): string[] => {
    const text = code(builds.get(moduleDir));
    const settingsDir = enclosing(moduleDir, settings);
    if (text === undefined || settingsDir === undefined) return [];
    const out: string[] = [];
    for (const m of text.matchAll(DEPENDENCY)) {
      const table = movedIn(settingsDir);
      const dir = table.has(m[2]) ? table.get(m[2]) : join(settingsDir, m[2].split(':').filter(Boolean).join('/'));
      if (dir !== undefined && !out.includes(dir)) out.push(dir);
    }
    return out;
  };
  const cache = new Map<string, string[]>();
  return (moduleDir) => {
    const known = cache.get(moduleDir);
    if (known) return known;
    const seen = new Set([moduleDir]);
    const out: string[] = [];
    let level = [moduleDir];
    for (let depth = 0; depth < MAX_LEVELS && level.length > 0; depth++) {
      const next: string[] = [];
      for (const dir of level.flatMap(direct)) {
        if (seen.has(dir) || out.length >= MAX_LIBRARIES) continue;
        seen.add(dir);
        out.push(dir);
        next.push(dir);
      }
      level = next;
    }
    cache.set(moduleDir, out);
    return out;
  };
}

/** The settings' `projectDir` assignments by project path; undefined for one whose folder is not a plain relative path. */
function projectDirs(code: string, settingsDir: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const m of code.matchAll(PROJECT_DIR)) {
    const path = PROJECT_DIR_VALUE.exec(m[3].trim())?.[2];
    const parts = path?.split('/').filter((p) => p !== '' && p !== '.');
    out.set(m[2], parts && parts.length > 0 && !parts.includes('..') && !path!.startsWith('/') ? join(settingsDir, parts.join('/')) : undefined);
  }
  return out;
}

/** The nearest folder at or above `dir` that holds one of the files. */
function enclosing(dir: string, holders: ReadonlyMap<string, FileEntry>): string | undefined {
  for (let current: string | undefined = dir; current !== undefined; current = current === '' ? undefined : current.replace(/\/?[^/]*$/, '')) {
    if (holders.has(current)) return current;
  }
  return undefined;
}

function join(dir: string, path: string): string {
  return dir === '' ? path : path === '' ? dir : `${dir}/${path}`;
}
