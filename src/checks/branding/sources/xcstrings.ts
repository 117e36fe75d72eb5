import type { Title } from '../types.js';
import { at, type Located } from './json-locate.js';
import { parse } from './json-titles.js';

const TITLE_KEYS = ['CFBundleDisplayName', 'CFBundleName'];

/** Each language's `CFBundleDisplayName`/`CFBundleName` in an Xcode string catalog (`InfoPlist.xcstrings`). */
export function xcstringsTitles(text: string): Title[] {
  const root = parse(text);
  const out: Title[] = [];
  for (const key of TITLE_KEYS) {
    const localizations = at(root, ['strings', key, 'localizations']);
    if (localizations?.type !== 'object') continue;
    for (const { key: lang, value } of localizations.entries) {
      for (const unit of stringUnits(value)) out.push({ source: 'InfoPlist.xcstrings', key: `${key} (${lang})`, value: unit.value, offset: unit.offset + 1 });
    }
  }
  return out;
}

/** The `stringUnit.value` of a localization, and of its plural or device variations. */
function stringUnits(node: Located): { value: string; offset: number }[] {
  if (node.type !== 'object') return [];
  const out: { value: string; offset: number }[] = [];
  const value = at(node, ['stringUnit', 'value']);
  if (value?.type === 'string') out.push(value);
  const variations = at(node, ['variations']);
  if (variations?.type === 'object') {
    for (const kind of variations.entries) {
      if (kind.value.type === 'object') for (const v of kind.value.entries) out.push(...stringUnits(v.value));
    }
  }
  return out;
}
