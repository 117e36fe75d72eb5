import { isMap, isScalar, parseDocument } from 'yaml';
import { ListingFileError } from '../types.js';

/**
 * The text of the named top-level fields of a YAML file (F-Droid build metadata's `Name`, `Summary` and
 * `Description`), in the order given; undefined when the file has no `description` field (it is then no listing).
 */
export function yamlFields(text: string, keys: readonly string[], description: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new ListingFileError(`not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  if (!isMap(doc.contents) || !doc.contents.has(description)) return undefined;
  const values: string[] = [];
  for (const key of keys) {
    const node = doc.contents.get(key, true);
    if (isScalar(node) && typeof node.value === 'string') values.push(node.value);
  }
  return values.length > 0 ? values.join('\n\n') : undefined;
}
