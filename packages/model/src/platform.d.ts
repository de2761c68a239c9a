// The model runs in browsers, workers and Node without DOM types; it needs only Web Crypto's
// random numbers, which all three provide as a global.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
