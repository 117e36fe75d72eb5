import type { Format } from '../../cli/args.js';
import type { MergedReport } from '../../sweep/model.js';
import { renderJson } from '../json.js';
import { renderMergedMarkdown } from './markdown.js';
import { renderMergedSarif } from './sarif.js';
import { renderMergedText } from './text.js';

export function renderMerged(merged: MergedReport, format: Format, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return renderJson(merged);
    case 'sarif':
      return renderMergedSarif(merged);
    case 'markdown':
      return renderMergedMarkdown(merged);
    case 'text':
      return renderMergedText(merged, options);
  }
}
