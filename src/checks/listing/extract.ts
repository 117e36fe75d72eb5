import type { ListingFormat } from './select.js';
import { appstreamListing } from './sources/appstream.js';
import { yamlFields } from './sources/yaml-fields.js';

/**
 * The listing text a file holds: its whole text, or its name, summary and description fields; undefined when a
 * structured file has no description (a snapcraft.yaml that adopts it from AppStream). Throws ListingFileError.
 */
export function listingText(text: string, format: ListingFormat): string | undefined {
  switch (format) {
    case 'text':
      return text;
    case 'fdroid-yaml':
      return yamlFields(text, ['Name', 'AutoName', 'Summary', 'Description'], 'Description');
    case 'snapcraft-yaml':
      return yamlFields(text, ['title', 'summary', 'description'], 'description');
    case 'appstream':
      return appstreamListing(text);
  }
}
