import { PLACEHOLDER_MARK } from './title-word.js';

// ${productName} (Gradle, electron-builder), $(PRODUCT_NAME) (Xcode), @PROJECT_NAME@ (CMake), __MSG_appName__
// (browser extensions), {{appName}} (templates), ms-resource:AppName (Windows app packages): filled in at build
// time or from resources, so they are not the title's words.
const PLACEHOLDER = /\$\{[^}\n]*\}|\$\([^)\n]*\)|@[A-Za-z_][\w.]*@|__MSG_\w+__|\{\{[^}\n]*\}\}|ms-resource:[\w./-]+/g;

/** The title with each placeholder replaced by marks of the same length, which are neither letters nor spaces. */
export function maskPlaceholders(title: string): string {
  return title.replace(PLACEHOLDER, (m) => PLACEHOLDER_MARK.repeat(m.length));
}
