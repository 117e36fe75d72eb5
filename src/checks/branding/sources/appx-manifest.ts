import type { Title } from '../types.js';
import { attributes, blankXmlComments, xmlTextContent } from './xml-text.js';

const DISPLAY_NAME = /<DisplayName>([\s\S]*?)<\/DisplayName\s*>/g;
const VISUAL_ELEMENTS = /<(?:uap\d*:)?VisualElements\b([^>]*)>/g;

/**
 * A Windows app package manifest (`Package.appxmanifest`): the package's `<DisplayName>` and the app's
 * `VisualElements DisplayName`, the name on the Start menu. `ms-resource:` references are placeholders.
 */
export function appxManifestTitles(text: string): Title[] {
  const xml = blankXmlComments(text);
  const out: Title[] = [];
  DISPLAY_NAME.lastIndex = 0;
  for (let m = DISPLAY_NAME.exec(xml); m; m = DISPLAY_NAME.exec(xml)) {
    const inner = m[1];
    const lead = inner.length - inner.trimStart().length;
    out.push({ source: 'app package manifest', key: 'DisplayName', value: xmlTextContent(inner).trim(), offset: m.index + '<DisplayName>'.length + lead });
  }
  VISUAL_ELEMENTS.lastIndex = 0;
  for (let m = VISUAL_ELEMENTS.exec(xml); m; m = VISUAL_ELEMENTS.exec(xml)) {
    const tagAt = m.index + m[0].length - m[1].length - 1;
    const name = attributes(m[1], tagAt).get('DisplayName');
    if (name) out.push({ source: 'app package manifest', key: 'VisualElements DisplayName', value: name.value, offset: name.offset });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
