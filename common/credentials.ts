import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt from node:crypto: memory-hard, no native dependency to build on a Pi.
const SCRYPT_N = 16384;
const KEY_LENGTH = 32;

/** Hashes a device password as `scrypt$N$saltHex$hashHex`. */
export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(password, salt, KEY_LENGTH, { N: SCRYPT_N });
  return `scrypt$${SCRYPT_N}$${salt.toString('hex')}$${hash.toString('hex')}`;
}

/** Constant-time check of a password against a `hashPassword` string; false for malformed hashes. */
export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== 'scrypt') return false;
  const n = Number(parts[1]);
  if (!Number.isInteger(n) || n < 1024 || n > 1 << 20) return false;
  const salt = Buffer.from(parts[2]!, 'hex');
  const expected = Buffer.from(parts[3]!, 'hex');
  if (salt.length === 0 || expected.length === 0) return false;
  const actual = scryptSync(password, salt, expected.length, { N: n });
  return timingSafeEqual(actual, expected);
}

/** SHA-256 hex of a bearer token; configs store this, never the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `authorization: Bearer <token>` HTTP header or gRPC metadata value. */
export function bearerToken(header: unknown): string | undefined {
  return typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
}

export function tokenMatches(token: string, sha256Hex: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(sha256Hex, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Hex, not base64url: a base64url secret starts with '-' one time in 64, and a CLI parser then
 * reads `--token -abc` as a missing argument (this failed a CI run).
 */
export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString('hex');
}
