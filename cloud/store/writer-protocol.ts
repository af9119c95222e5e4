import type { WriteRequest, WriteResponse } from './write-request.js';

/** Messages from the store to its writer thread. On 'close' it closes its connection and exits. */
export type WriterMessage = { kind: 'write'; id: number; now: number; request: WriteRequest } | { kind: 'close' };

/** Messages from the writer thread back to the store. */
export type WriterReply =
  | { kind: 'ready' }
  | { kind: 'written'; id: number; response: WriteResponse }
  | { kind: 'failed'; id: number; message: string; sqliteCode: string | undefined };
