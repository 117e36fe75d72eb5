import { isScalar, parseDocument } from 'yaml';
import { TitleFileError, type Title } from '../types.js';
import { jsonTitles } from './json-titles.js';

/** `productName` of an electron-builder config file (`electron-builder.yml`, `.yaml` or `.json`). */
export function electronBuilderTitles(text: string, path: string): Title[] {
  if (/\.json$/i.test(path)) return jsonTitles(text, 'electron-builder config', [['productName']]);
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new TitleFileError(`not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const node = doc.get('productName', true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return [];
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return [{ source: 'electron-builder config', key: 'productName', value: node.value, offset: node.range[0] + (quoted ? 1 : 0) }];
}
