import { v1 } from '../../protos/index.js';

/**
 * Commands on wx/v1/{site}/{device}/cmd (wx.v1.Command), answered on cmd-result. Later issues add
 * kinds (config, model update) by adding handlers; a malformed or unknown command is answered with
 * ok=false and never throws.
 */
export interface CommandRequest {
  commandId: string;
  kind: string;
  payload: Uint8Array;
  issuedMs: number;
}

export interface CommandOutcome {
  ok: boolean;
  message: string;
}

export type CommandHandler = (cmd: CommandRequest) => CommandOutcome | Promise<CommandOutcome>;

export const MAX_COMMAND_ID_LENGTH = 128;

export interface HandledCommand {
  kind: string;
  result: Buffer;
  ok: boolean;
  message: string;
  commandId: string;
}

export async function handleCommand(payload: Buffer, handlers: Readonly<Record<string, CommandHandler>>, nowMs: number): Promise<HandledCommand> {
  let commandId = '';
  let kind = '(malformed)';
  let outcome: CommandOutcome;
  try {
    const cmd = v1.Command.decode(payload);
    commandId = cmd.commandId;
    kind = cmd.kind || '(none)';
    if (!cmd.commandId) outcome = { ok: false, message: 'command_id is required' };
    else if (cmd.commandId.length > MAX_COMMAND_ID_LENGTH) outcome = { ok: false, message: `command_id is longer than ${MAX_COMMAND_ID_LENGTH}` };
    else if (!cmd.kind) outcome = { ok: false, message: 'kind is required' };
    else {
      const handler = Object.hasOwn(handlers, cmd.kind) ? handlers[cmd.kind] : undefined;
      if (!handler) outcome = { ok: false, message: `unknown command kind ${JSON.stringify(cmd.kind)}` };
      else {
        try {
          outcome = await handler({ commandId: cmd.commandId, kind: cmd.kind, payload: cmd.payload, issuedMs: Number(cmd.issuedMs) });
        } catch (err) {
          outcome = { ok: false, message: `command failed: ${(err as Error).message}` };
        }
      }
    }
  } catch (err) {
    outcome = { ok: false, message: `malformed command: ${(err as Error).message}` };
  }
  const bytes = v1.CommandResult.encode({ commandId, ok: outcome.ok, message: outcome.message, timeMs: nowMs }).finish();
  return { kind, commandId, ...outcome, result: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
