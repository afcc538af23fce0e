// Rust panics inside the WebAssembly schema engine. WebAssembly itself only reports a bare
// "RuntimeError: unreachable"; the engine hands the panic's message to a global registry first.
let lastPanic: string | undefined;
let panics = 0;

/** The registry the engine's glue calls (globalThis.PRISMA_WASM_PANIC_REGISTRY). */
export const panicRegistry = {
  set_message: (message: string) => {
    lastPanic = message;
    panics += 1;
  },
};

/** The message of the engine's last internal panic, to explain a "RuntimeError: unreachable". */
export function lastEnginePanic(): string | undefined {
  return lastPanic;
}

/** A Rust panic inside the engine, with its message. */
export class SchemaEnginePanic extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Prisma's schema engine panicked: ${message}`, options);
    this.name = 'SchemaEnginePanic';
  }
}

/**
 * Runs an engine call (sync or async), turning a trap into a SchemaEnginePanic with the panic's message.
 * A trap stops Rust mid-way (no unwinding): the engine that panicked must not be used again, but the
 * module stays usable for new engines (drift.db.test.ts proves it). Instantiating the module afresh
 * does not work: wasm-bindgen's glue keeps views of the first instance's memory.
 */
export function guard<T>(run: () => T): T {
  const before = panics;
  const explain = (error: unknown): Error => {
    if (panics !== before || error instanceof WebAssembly.RuntimeError) {
      const message = panics !== before ? (lastPanic ?? 'no message') : String(error);
      return new SchemaEnginePanic(message, { cause: error });
    }
    // Engine errors end with the Rust span trace of the call ("0: schema_engine_wasm::..."): noise here.
    if (!(error instanceof Error)) return new Error(String(error));
    error.message = error.message.replace(/\n\s+0: schema_engine_wasm::[\s\S]*$/, '').trimEnd();
    return error;
  };
  try {
    const result = run();
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => Promise.reject(explain(error))) as T;
  } catch (error) {
    throw explain(error);
  }
}
