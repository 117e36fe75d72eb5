// Module resolution hook for scripts that import the TypeScript sources directly (Node 22 strips the types): the
// sources import each other as `./x.js`, which is `./x.ts` on disk.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(`${specifier.slice(0, -3)}.ts`, context);
    throw err;
  }
}
