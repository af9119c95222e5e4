import type { Metadata } from '@grpc/grpc-js';
import { WxError } from '../../common/errors.js';
import { tokenMatches, hashToken } from '../../common/credentials.js';
import type { GatewayConfig } from '../config.js';

/**
 * Who a stream belongs to: a configured gateway (its batches are stored under its configured id,
 * whatever they claim), or any gateway presenting the shared `--gateway-token` (stored under the
 * id its batches name).
 */
export type GatewayIdentity = { kind: 'configured'; gatewayId: string } | { kind: 'shared' };

export type Authenticator = (metadata: Metadata) => GatewayIdentity;

export interface AuthOptions {
  gateways: readonly GatewayConfig[];
  /** The shared bearer token accepted from any gateway id (local set-ups). */
  sharedToken?: string;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Checks `authorization: Bearer <token>` metadata; throws WX_ERR_NOT_AUTHORIZED when it fails. */
export function createAuthenticator(options: AuthOptions): Authenticator {
  const sharedSha = options.sharedToken ? hashToken(options.sharedToken) : undefined;
  return (metadata) => {
    const header = metadata.get('authorization')[0];
    const match = typeof header === 'string' ? BEARER.exec(header) : null;
    if (!match) throw new WxError('WX_ERR_NOT_AUTHORIZED', 'missing "authorization: Bearer <token>" metadata');
    const token = match[1]!;
    // Compare against every entry (constant time each) so timing does not tell which one matched.
    let found: GatewayIdentity | undefined;
    for (const g of options.gateways) if (tokenMatches(token, g.tokenSha256.toLowerCase()) && !found) found = { kind: 'configured', gatewayId: g.id };
    if (sharedSha !== undefined && tokenMatches(token, sharedSha) && !found) found = { kind: 'shared' };
    if (!found) throw new WxError('WX_ERR_NOT_AUTHORIZED', 'bearer token is not accepted');
    return found;
  };
}
