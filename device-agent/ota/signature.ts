import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { WxError } from '../../common/errors.js';

/**
 * Ed25519 over the raw 32-byte SHA-256 digest of the .onnx file (models.proto ModelDeploy.signature),
 * with node:crypto: no library needed. The public key comes from the firmware config as PEM (SPKI).
 */
export function parsePublicKey(pem: string, field = 'nowcast.update.publicKeyPem'): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (err) {
    throw new WxError('WX_ERR_CONFIG_INVALID', `${field}: not a PEM public key`, { field, cause: err });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new WxError('WX_ERR_CONFIG_INVALID', `${field}: an ${key.asymmetricKeyType} key, expected ed25519`, { field });
  return key;
}

export function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** True when `signature` is the key holder's Ed25519 signature of `digest`. */
export function signatureValid(digest: Uint8Array, signature: Uint8Array, key: KeyObject): boolean {
  if (signature.byteLength !== 64) return false;
  try {
    return verify(null, digest, key, signature);
  } catch {
    return false;
  }
}
