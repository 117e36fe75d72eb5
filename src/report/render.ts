import type { Format } from '../cli/args.js';
import { jsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './model.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export function render(report: Report, format: Format, options: { color?: boolean } = {}): string {
  return [...renderPieces(report, format, options)].join('');
}

/** The report as text in pieces: JSON a piece at a time, so 100,000 findings are never one string beside their objects. */
export function renderPieces(report: Report, format: Format, options: { color?: boolean } = {}): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(report);
    case 'sarif':
      return [renderSarif(report)];
    case 'markdown':
      return [renderMarkdown(report)];
    case 'text':
      return [renderText(report, options)];
  }
}
