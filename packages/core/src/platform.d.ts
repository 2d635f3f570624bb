/**
 * The few platform globals the pure core may use. They exist in Node 20 and every browser; the
 * core's build deliberately has neither the DOM nor the Node type libraries, so any other
 * platform API (fetch, fs, process, document) is a type error here.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const crypto: {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
  randomUUID(): string;
};
