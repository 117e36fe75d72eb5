import { TitleFileError, type Title } from '../types.js';
import { at, JsonSyntaxError, parseLocated, type Located } from './json-locate.js';

/** Reads the string values at the given key paths of a JSON file; a missing or non-string value is no title. */
export function jsonTitles(text: string, source: string, paths: readonly (readonly string[])[]): Title[] {
  const root = parse(text);
  const out: Title[] = [];
  for (const path of paths) {
    const node = at(root, path);
    if (node?.type === 'string') out.push({ source, key: path.join('.'), value: node.value, offset: node.offset + 1 });
  }
  return out;
}

export function parse(text: string): Located {
  try {
    return parseLocated(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new TitleFileError(`not valid JSON: ${err.message}`);
    throw err;
  }
}

/** `productName`, and electron-builder's `build.productName`. */
export function packageJsonTitles(text: string): Title[] {
  return jsonTitles(text, 'package.json', [['productName'], ['build', 'productName']]);
}

// Keys only a web app manifest or a browser extension manifest has: a plain `manifest.json` of another tool is no title file.
const WEB_MANIFEST_KEYS = ['short_name', 'start_url', 'display', 'icons', 'manifest_version', 'theme_color', 'background_color', 'scope'];

/** `name` and `short_name` of a web app manifest (or a browser extension's `manifest.json`). */
export function webManifestTitles(text: string, path: string): Title[] {
  const root = parse(text);
  if (root.type !== 'object') return [];
  if (!/\.webmanifest$/i.test(path) && !root.entries.some((e) => WEB_MANIFEST_KEYS.includes(e.key))) return [];
  return jsonTitles(text, 'web app manifest', [['name'], ['short_name']]);
}

/** Tauri's `productName` (`package.productName` in Tauri 1). */
export function tauriTitles(text: string): Title[] {
  return jsonTitles(text, 'Tauri config', [['productName'], ['package', 'productName']]);
}

/** React Native's `displayName` and Expo's `expo.name` in `app.json` (its plain `name` is a module or Heroku app name). */
export function appJsonTitles(text: string): Title[] {
  return jsonTitles(text, 'app.json', [['displayName'], ['expo', 'name']]);
}

/** Capacitor's `appName`. */
export function capacitorTitles(text: string): Title[] {
  return jsonTitles(text, 'Capacitor config', [['appName']]);
}
