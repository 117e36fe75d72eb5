// The part of the WebAssembly JS API that Node provides and the prefilter uses: TypeScript declares it only in its
// DOM and web-worker libraries, which would bring browser globals into a Node project.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Memory {
    constructor(descriptor: { initial: number; maximum?: number });
    readonly buffer: ArrayBuffer;
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
}
