const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random id such as `r-k3j9x0q2ab`: 10 base-36 characters (about 51 bits) after a readable prefix. */
export function newId(prefix: 'r' | 'u' | 'a' | 'i' | 'n' | 'e'): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  let id = `${prefix}-`;
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
