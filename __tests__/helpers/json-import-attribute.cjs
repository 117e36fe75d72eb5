// Jest transform for @actions/workflow-parser: its ES modules import their JSON schemas without
// `with { type: 'json' }`, which Node refuses and Jest only tolerates with a deprecation warning.
const JSON_IMPORT = /^(import\s+\w+\s+from\s+(["'])[^"']+\.json\2)\s*;/gm;

module.exports = {
  process(source) {
    return { code: source.replace(JSON_IMPORT, "$1 with { type: 'json' };") };
  },
};
