import { scrypt, timingSafeEqual } from 'node:crypto';

/**
 * verifyPassword (common/credentials.ts) without blocking the event loop: scrypt runs on libuv's
 * thread pool, so a broker can take a connect storm of devices while it keeps serving the others.
 * Same `scrypt$N$saltHex$hashHex` format; false for malformed hashes.
 */
export function verifyPasswordAsync(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== 'scrypt') return Promise.resolve(false);
  const n = Number(parts[1]);
  if (!Number.isInteger(n) || n < 1024 || n > 1 << 20) return Promise.resolve(false);
  const salt = Buffer.from(parts[2]!, 'hex');
  const expected = Buffer.from(parts[3]!, 'hex');
  if (salt.length === 0 || expected.length === 0) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    scrypt(password, salt, expected.length, { N: n, maxmem: 256 * n * 8 * 2 }, (err, actual) => {
      if (err) reject(err);
      else resolve(timingSafeEqual(actual, expected));
    });
  });
}
