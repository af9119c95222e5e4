/**
 * Who may read the hub's data (stations, observations, fields, nowcasts...) over REST and gRPC. With
 * no `api.readers` in the config anyone who can reach the ports may: a hub on a private network, or
 * an open data service. With readers, each request needs `Authorization: Bearer <token>` of one of
 * them (or the operator's token); each reader is named, so one can be revoked without the others,
 * and refusals are counted and logged (once a minute per reason). Configs hold SHA-256 of tokens.
 * `systemctl reload wx-cloud` replaces the readers (cloud/reload.ts): a revoked one is refused at once.
 */
import type { Counter } from 'prom-client';
import { WxError } from '../../common/errors.js';
import { bearerToken, tokenMatches } from '../../common/credentials.js';
import { createLogLimiter } from '../../common/log-limiter.js';
import type { Logger } from '../../common/logger.js';

export interface ReaderConfig {
  name: string;
  tokenSha256: string;
}

export interface ReadAccess {
  /** No readers configured: reads are open. */
  readonly open: boolean;
  /** The readers from now on (a reload). */
  setReaders(readers: readonly ReaderConfig[]): void;
  /**
   * The reader's name ('operator' for the operator token); throws WX_ERR_NOT_AUTHORIZED. `api`
   * labels the refusal; `peer` (the client's address) goes in its log line.
   */
  check(authorization: unknown, api: 'rest' | 'grpc', peer?: string): string;
}

export function createReadAccess(o: { readers: readonly ReaderConfig[]; operatorTokenSha256?: string | undefined; refused: Counter<'api' | 'reason'>; logger: Logger }): ReadAccess {
  const operator = o.operatorTokenSha256 ? [{ name: 'operator', tokenSha256: o.operatorTokenSha256 }] : [];
  let accepted: readonly ReaderConfig[] = [];
  let open = true;
  const warn = createLogLimiter(o.logger, 60_000);
  const access: ReadAccess = {
    get open() {
      return open;
    },
    setReaders(readers) {
      accepted = [...readers, ...operator];
      open = readers.length === 0;
    },
    check(authorization, api, peer) {
      if (open) return 'anyone';
      const token = bearerToken(authorization);
      // Every token compared (timing-safe), so the time taken does not tell which reader is near.
      let who: string | undefined;
      for (const r of accepted) if (token !== undefined && tokenMatches(token, r.tokenSha256) && who === undefined) who = r.name;
      if (who !== undefined) return who;
      const reason = token === undefined ? 'missing' : 'wrong';
      o.refused.inc({ api, reason });
      warn(`${api}:${reason}`, { api, reason, peer }, 'read refused: bearer token missing or wrong');
      throw new WxError('WX_ERR_NOT_AUTHORIZED', reason === 'missing' ? 'this hub needs a reader token: Authorization: Bearer <token>' : 'reader token wrong or revoked');
    },
  };
  access.setReaders(o.readers);
  return access;
}
