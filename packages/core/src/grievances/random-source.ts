/** A source of cryptographically strong random bytes; injected so tests are deterministic. */
export type RandomSource = (length: number) => Uint8Array;

/** Random bytes from Web Crypto, present in Node 20 and every browser. */
export const webCryptoRandom: RandomSource = (length) => crypto.getRandomValues(new Uint8Array(length));
